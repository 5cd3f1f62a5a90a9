package dev.readiness.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The settings a gate reads: one {@link Setting} per key, matched by relaxed names. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder()}: every source added later takes precedence over the ones added before it,
 * exactly as later files win on the command line. {@link #standard()} layers the usual sources in Spring's order:
 * system properties over environment variables.
 */
public final class Settings implements Iterable<Setting> {

    private static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Setting> byCanonicalKey;

    private Settings(Map<String, Setting> byCanonicalKey) {
        this.byCanonicalKey = byCanonicalKey;
    }

    /**
     * No settings at all.
     *
     * @return the empty settings
     */
    public static Settings empty() {
        return EMPTY;
    }

    /**
     * Settings from a map, each with the origin {@code map}; handy in tests.
     *
     * @param values keys and values
     * @return the settings
     */
    public static Settings of(Map<String, String> values) {
        return builder().map(values, "map").build();
    }

    /**
     * The process environment, overlaid by JVM system properties (as Spring orders them).
     *
     * @return the settings
     */
    public static Settings standard() {
        return builder().environment().systemProperties().build();
    }

    /**
     * A builder; not thread-safe.
     *
     * @return a new, empty builder
     */
    public static SettingsBuilder builder() {
        return new SettingsBuilder();
    }

    static Settings copyOf(Map<String, Setting> byCanonicalKey) {
        return byCanonicalKey.isEmpty() ? EMPTY
                : new Settings(Collections.unmodifiableMap(new LinkedHashMap<>(byCanonicalKey)));
    }

    /**
     * The setting a key names, matched by relaxed names ({@code JWT_SECRET} finds {@code jwt.secret}).
     *
     * @param key the key in any spelling
     * @return the setting, or empty
     */
    public Optional<Setting> get(String key) {
        return Optional.ofNullable(byCanonicalKey.get(RelaxedNames.canonical(key)));
    }

    /**
     * The value a key names, matched by relaxed names.
     *
     * @param key the key in any spelling
     * @return the value, or empty
     */
    public Optional<String> value(String key) {
        return get(key).map(Setting::value);
    }

    /**
     * Whether a key is present, even with an empty value.
     *
     * @param key the key in any spelling
     * @return {@code true} when present
     */
    public boolean contains(String key) {
        return byCanonicalKey.containsKey(RelaxedNames.canonical(key));
    }

    /**
     * Every setting, in the order their keys first appeared.
     *
     * @return the settings
     */
    public List<Setting> list() {
        return List.copyOf(byCanonicalKey.values());
    }

    /**
     * Every setting, in the order their keys first appeared.
     *
     * @return a stream of the settings
     */
    public Stream<Setting> stream() {
        return byCanonicalKey.values().stream();
    }

    /**
     * The settings whose key starts with a prefix, matched by relaxed names.
     *
     * @param prefix a key prefix such as {@code readiness.secrets}
     * @return the matching settings
     */
    public List<Setting> withPrefix(String prefix) {
        String canonicalPrefix = RelaxedNames.canonical(prefix);
        List<Setting> matching = new ArrayList<>();
        byCanonicalKey.forEach((key, setting) -> {
            if (key.startsWith(canonicalPrefix)) {
                matching.add(setting);
            }
        });
        return matching;
    }

    /**
     * How many settings there are.
     *
     * @return the count
     */
    public int size() {
        return byCanonicalKey.size();
    }

    @Override
    public Iterator<Setting> iterator() {
        return byCanonicalKey.values().iterator();
    }

    @Override
    public String toString() {
        return "Settings" + byCanonicalKey.values();
    }
}

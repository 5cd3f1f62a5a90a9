package dev.readiness.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The settings a gate reads: one {@link Setting} per key, matched by relaxed names. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder()}: every source added later takes precedence over the ones added before it,
 * exactly as later files win on the command line. {@link #standard()} layers the usual sources in Spring's order:
 * system properties over environment variables.
 *
 * <p>Compact: besides the keys and values themselves, a setting takes about 50 bytes, so a million settings fit in
 * a 256 MB heap; iterating, {@link #list()}, {@link #stream()} and {@link #withPrefix(String)} copy no setting.
 * Prefix lookups ({@link #withPrefix(String)}, {@link #list(String)}) read an index of about 8 bytes a setting, built
 * on the first lookup, rather than every setting.
 */
public final class Settings implements Iterable<Setting> {

    private static final Settings EMPTY = new Settings(new SettingIndex(0));

    private final SettingIndex index;
    private final List<Setting> all;
    private final Setting[] entries;
    private final int count;
    private volatile @Nullable PrefixIndex prefixes;

    private Settings(SettingIndex index) {
        this.index = index;
        this.entries = index.entries();
        this.count = index.size();
        this.all = Collections.unmodifiableList(Arrays.asList(entries).subList(0, count));
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
     * A builder; mutable and not thread-safe.
     *
     * @return a new, empty builder
     */
    public static SettingsBuilder builder() {
        return new SettingsBuilder();
    }

    /**
     * These settings with some values replaced, keys and order unchanged, without building a new index.
     *
     * @param replacement for each position, a setting with the same key as the one there
     * @return the new settings
     */
    Settings withEntries(Setting[] replacement) {
        return new Settings(index.withEntries(replacement));
    }

    /** Settings over an index that nobody fills any more. */
    static Settings over(SettingIndex index) {
        return index.size() == 0 ? EMPTY : new Settings(index);
    }

    /**
     * The setting a key names, matched by relaxed names ({@code JWT_SECRET} finds {@code jwt.secret}).
     *
     * @param key the key in any spelling
     * @return the setting, or empty
     */
    public Optional<Setting> get(String key) {
        return Optional.ofNullable(index.get(key));
    }

    /**
     * The value a key names, matched by relaxed names.
     *
     * @param key the key in any spelling
     * @return the value, or empty
     */
    public Optional<String> value(String key) {
        Optional<Setting> setting = get(key);
        return setting.isPresent() ? Optional.of(setting.get().value()) : Optional.empty();
    }

    /**
     * Whether a key is present, even with an empty value.
     *
     * @param key the key in any spelling
     * @return {@code true} when present
     */
    public boolean contains(String key) {
        return index.get(key) != null;
    }

    /**
     * A list setting, in both forms Spring binds: the comma-separated value of {@code key} and the indexed form
     * ({@code key[0]}, {@code key[1]}, in any relaxed spelling such as {@code KEY_0}) in index order. Spring binds
     * the form of the highest-precedence source; merged settings no longer say which that is, so a check reads
     * the items of both (plain first), each split at commas, trimmed, empty ones and repeats left out. Deferred
     * values (see {@link Setting#isDeferred()}) are left out: they are not known yet.
     *
     * @param key the key in any spelling
     * @return the items, possibly empty
     */
    public List<String> list(String key) {
        List<Setting> items = listItems(key);
        if (items.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> values = new ArrayList<>(items.size());
        for (Setting item : items) {
            values.add(item.value());
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * The items of a list setting, read as {@link #list(String)} reads them, each as a setting of its own: the item
     * is its value, and it keeps the key and origin of the setting it was written in, so a finding can say where an
     * item came from.
     *
     * @param key the key in any spelling
     * @return the items, possibly empty
     */
    public List<Setting> listItems(String key) {
        // the gates ask for their policy lists (readiness.secrets.extra-keys, …) at the head of every check, and
        // most snapshots hold none: one look at the prefix's group answers that without a map or a list
        String canonical = RelaxedNames.canonicalOfConstant(key);
        if (!prefixIndex().any(canonical)) {
            return List.of();
        }
        java.util.TreeMap<Long, Setting> indexed = new java.util.TreeMap<>();
        for (Setting setting : prefixIndex().withPrefix(canonical)) {
            String candidate = setting.canonicalKey();
            if (candidate.length() > canonical.length() && candidate.length() - canonical.length() <= 9
                    && isDigits(candidate, canonical.length())) {
                indexed.put(Long.parseLong(candidate.substring(canonical.length())), setting);
            }
        }
        Map<String, Setting> items = new LinkedHashMap<>();
        List<Setting> sources = new ArrayList<>();
        Setting plain = index.get(canonical);
        if (plain != null) {
            sources.add(plain);
        }
        sources.addAll(indexed.values());
        for (Setting setting : sources) {
            if (setting.isDeferred()) {
                continue;
            }
            for (String part : setting.value().split(",")) {
                if (!part.isBlank()) {
                    items.putIfAbsent(part.strip(), Setting.of(setting.key(), part.strip(), setting.origin()));
                }
            }
        }
        return List.copyOf(items.values());
    }

    /**
     * Every setting, in the order their keys first appeared.
     *
     * @return the settings
     */
    public List<Setting> list() {
        return all;
    }

    /**
     * Every setting, in the order their keys first appeared.
     *
     * @return a stream of the settings
     */
    public Stream<Setting> stream() {
        return all.stream();
    }

    /**
     * The settings whose key starts with a prefix, matched by relaxed names.
     *
     * @param prefix a key prefix such as {@code readiness.secrets}
     * @return the matching settings
     */
    public List<Setting> withPrefix(String prefix) {
        return prefixIndex().withPrefix(RelaxedNames.canonical(prefix));
    }

    private PrefixIndex prefixIndex() {
        PrefixIndex byPrefix = prefixes;
        if (byPrefix == null) {
            byPrefix = PrefixIndex.of(index.entries(), index.size());
            prefixes = byPrefix;
        }
        return byPrefix;
    }

    private static boolean isDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * How many settings there are.
     *
     * @return the count
     */
    public int size() {
        return index.size();
    }

    /**
     * The settings in order, read straight from the index's array: every gate walks all settings several times per
     * run, and the list view's iterator checked two wrappers on every step.
     */
    @Override
    public Iterator<Setting> iterator() {
        return new Walk(entries, count);
    }

    /** An iterator over the first {@code size} entries of an array nobody writes any more. */
    private static final class Walk implements Iterator<Setting> {

        private final Setting[] entries;
        private final int size;
        private int next;

        Walk(Setting[] entries, int size) {
            this.entries = entries;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Setting next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return entries[next++];
        }
    }

    @Override
    public String toString() {
        return "Settings" + all;
    }
}

package dev.readiness.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link Settings} by layering sources: each source added later takes precedence over those added before.
 * Not thread-safe; the {@link Settings} it builds are immutable.
 */
public final class SettingsBuilder {

    private final Map<String, Setting> byCanonicalKey = new LinkedHashMap<>();

    SettingsBuilder() {
    }

    /**
     * Adds one setting, taking precedence over any earlier one with the same relaxed key.
     *
     * @param setting the setting
     * @return this builder
     */
    public SettingsBuilder add(Setting setting) {
        Objects.requireNonNull(setting, "setting");
        byCanonicalKey.put(setting.canonicalKey(), setting);
        return this;
    }

    /**
     * Adds every setting of another {@link Settings}.
     *
     * @param settings the settings to layer on top
     * @return this builder
     */
    public SettingsBuilder addAll(Iterable<Setting> settings) {
        settings.forEach(this::add);
        return this;
    }

    /**
     * Adds the entries of a map, each with the given origin description.
     *
     * @param values keys and values
     * @param originDescription how to describe where they came from, e.g. {@code map} or {@code test}
     * @return this builder
     */
    public SettingsBuilder map(Map<String, String> values, String originDescription) {
        Origin origin = Origin.of(originDescription);
        values.forEach((key, value) -> add(Setting.of(key, value, origin)));
        return this;
    }

    /**
     * Adds the process environment, each value with the origin {@code environment variable NAME}.
     *
     * @return this builder
     */
    public SettingsBuilder environment() {
        return environment(System.getenv());
    }

    /**
     * Adds the given environment variables, each with the origin {@code environment variable NAME}.
     *
     * @param environment names and values
     * @return this builder
     */
    public SettingsBuilder environment(Map<String, String> environment) {
        environment.forEach((name, value) -> add(Setting.of(name, value, Origin.environmentVariable(name))));
        return this;
    }

    /**
     * Adds the JVM system properties, each value with the origin {@code system property NAME}.
     *
     * @return this builder
     */
    public SettingsBuilder systemProperties() {
        System.getProperties().forEach((name, value) -> {
            if (name instanceof String key && value instanceof String text) {
                add(Setting.of(key, text, Origin.systemProperty(key)));
            }
        });
        return this;
    }

    /**
     * Adds a dotenv file ({@code KEY=value} lines), each value with the origin {@code file:line}.
     *
     * @param file the file; its name as given becomes the origin
     * @return this builder
     * @throws SettingsFileException when the file is missing, unreadable or malformed, naming file and line
     */
    public SettingsBuilder dotenvFile(java.nio.file.Path file) {
        throw new UnsupportedOperationException("dotenv reading is being implemented on branch engine");
    }

    /**
     * Adds a Java properties file, each value with the origin {@code file:line}.
     *
     * @param file the file; its name as given becomes the origin
     * @return this builder
     * @throws SettingsFileException when the file is missing, unreadable or malformed, naming file and line
     */
    public SettingsBuilder propertiesFile(java.nio.file.Path file) {
        throw new UnsupportedOperationException("properties reading is being implemented on branch engine");
    }

    /**
     * Builds the settings.
     *
     * @return immutable settings
     */
    public Settings build() {
        return Settings.copyOf(byCanonicalKey);
    }
}

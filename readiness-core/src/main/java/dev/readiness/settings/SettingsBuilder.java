package dev.readiness.settings;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link Settings} by layering sources: each source added later takes precedence over those added before.
 * Not thread-safe; the {@link Settings} it builds are immutable.
 */
public final class SettingsBuilder {

    private SettingIndex index;
    private boolean handedOver;

    SettingsBuilder() {
        this(16);
    }

    /** A builder sized for about as many settings as expected, so a large read does not grow it step by step. */
    SettingsBuilder(int expected) {
        index = new SettingIndex(expected);
    }

    /**
     * Adds one setting, taking precedence over any earlier one with the same relaxed key.
     *
     * @param setting the setting
     * @return this builder
     */
    public SettingsBuilder add(Setting setting) {
        Objects.requireNonNull(setting, "setting");
        if (handedOver) {
            index = index.copy();
            handedOver = false;
        }
        index.put(setting);
        return this;
    }

    /**
     * Adds one setting read from a Spring Boot configuration file (properties, YAML, XML), as {@link #add(Setting)}
     * does, except that an environment-style key there ({@code JWT_SECRET}) replaces only its own spelling: Spring Boot
     * binds such a key of a file as one element ({@code jwtsecret}), not as the environment variable that sets
     * {@code jwt.secret} (forty-second pass).
     *
     * @param setting the setting
     * @return this builder
     */
    SettingsBuilder addFromConfigurationFile(Setting setting) {
        Objects.requireNonNull(setting, "setting");
        if (handedOver) {
            index = index.copy();
            handedOver = false;
        }
        index.put(setting, true);
        return this;
    }

    /**
     * Says which lines of a file start its documents after the first, so that a key of a later document replaces every
     * spelling of an earlier document's, as Spring Boot ranks a file's documents as separate sources (forty-third
     * pass); before they are added.
     *
     * @param file the file name of the settings' origins
     * @param laterStarts the first line of each document after the first
     * @return this builder
     */
    SettingsBuilder documents(String file, int[] laterStarts) {
        if (handedOver) {
            index = index.copy();
            handedOver = false;
        }
        index.documents(file, laterStarts);
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
     * Adds a dotenv file ({@code KEY=value} lines), each value with the origin {@code file:line}, later lines
     * winning over earlier ones. The file is read as UTF-8; a byte order mark is skipped. The syntax accepted
     * (comments, {@code export}, quotes, escapes, multi-line double-quoted values) is described in
     * {@code docs/reference/settings.md}; values are never interpolated, so {@code ${X}} stays as written.
     *
     * @param file the file; its name as given ({@link Path#toString()}) becomes the origin
     * @return this builder
     * @throws SettingsFileException when the file is missing, a directory, unreadable, not UTF-8 or malformed,
     *         naming the file and, where one is at fault, the line; never quoting a value. The builder is unchanged.
     */
    public SettingsBuilder dotenvFile(Path file) {
        Objects.requireNonNull(file, "file");
        return dotenv(file.toString(), SettingsFiles.read(file, SettingsFiles.Encoding.STRICT_UTF_8));
    }

    /**
     * Adds dotenv text read from a reader (which is not closed), as {@link #dotenvFile(Path)} does for a file.
     *
     * @param fileName the name to print in origins and errors, e.g. {@code prod.env}
     * @param reader the text
     * @return this builder
     * @throws SettingsFileException when the text cannot be read or is malformed; the builder is unchanged
     */
    public SettingsBuilder dotenv(String fileName, Reader reader) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reader, "reader");
        return dotenv(fileName, SettingsFiles.read(fileName, reader));
    }

    /**
     * Adds dotenv text, as {@link #dotenvFile(Path)} does for a file.
     *
     * @param fileName the name to print in origins and errors, e.g. {@code prod.env}
     * @param text the text
     * @return this builder
     * @throws SettingsFileException when the text is malformed, naming the line; the builder is unchanged
     */
    public SettingsBuilder dotenv(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        TextContent.checkText(fileName, text);
        TextContent.checkNotYaml(fileName, text, "a dotenv file of KEY=value lines");
        DotenvParser.parse(fileName, text).forEach(this::add);
        return this;
    }

    /**
     * Adds a Java properties file, each value with the origin {@code file:line} (the line where a continued entry
     * starts), later entries winning. The syntax is that of {@link java.util.Properties#load(Reader)}. The file is
     * read as UTF-8, as editors write it and as {@link java.util.PropertyResourceBundle} reads it since Java 9; a
     * file that is not valid UTF-8 is read as ISO-8859-1 instead, the encoding {@code Properties.load(InputStream)}
     * and Spring Boot's loader assume, so legacy files still read as the application reads them.
     *
     * @param file the file; its name as given ({@link Path#toString()}) becomes the origin
     * @return this builder
     * @throws SettingsFileException when the file is missing, a directory, unreadable or has a malformed
     *         {@code \}{@code uXXXX} escape, naming the file and line; never quoting a value. The builder is
     *         unchanged.
     */
    public SettingsBuilder propertiesFile(Path file) {
        Objects.requireNonNull(file, "file");
        return properties(file.toString(), SettingsFiles.read(file, SettingsFiles.Encoding.UTF_8_ELSE_ISO_8859_1));
    }

    /**
     * Adds Java properties text read from a reader (which is not closed), as {@link #propertiesFile(Path)} does.
     *
     * @param fileName the name to print in origins and errors, e.g. {@code application.properties}
     * @param reader the text
     * @return this builder
     * @throws SettingsFileException when the text cannot be read or is malformed; the builder is unchanged
     */
    public SettingsBuilder properties(String fileName, Reader reader) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reader, "reader");
        return properties(fileName, SettingsFiles.read(fileName, reader));
    }

    /**
     * Adds Java properties text, as {@link #propertiesFile(Path)} does for a file.
     *
     * @param fileName the name to print in origins and errors, e.g. {@code application.properties}
     * @param text the text
     * @return this builder
     * @throws SettingsFileException when an escape is malformed, naming the line; the builder is unchanged
     */
    public SettingsBuilder properties(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        TextContent.checkText(fileName, text);
        TextContent.checkNotYaml(fileName, text, "Java properties");
        SourceSpellings.inReadingOrder(PropertiesParser.parse(fileName, text)).forEach(this::addFromConfigurationFile);
        return this;
    }

    /**
     * Builds the settings. They take over what the builder holds, without a copy; adding to the builder afterwards
     * copies it first, so the settings never change.
     *
     * @return immutable settings
     */
    public Settings build() {
        handedOver = true;
        return Settings.over(index);
    }
}

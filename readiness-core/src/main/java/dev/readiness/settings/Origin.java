package dev.readiness.settings;

import java.util.Objects;

/**
 * Where a setting's value came from, printed as people look for it: {@code prod.env:3},
 * {@code environment variable JWT_SECRET}, {@code system property jwt.secret}. Immutable and thread-safe.
 */
public final class Origin {

    private static final Origin UNKNOWN = new Origin("unknown origin");

    private final String description;

    private Origin(String description) {
        this.description = description;
    }

    /**
     * An origin described in free text, e.g. as Spring describes a property source.
     *
     * @param description the description; never contains the value
     * @return the origin
     */
    public static Origin of(String description) {
        Objects.requireNonNull(description, "description");
        return description.isBlank() ? UNKNOWN : new Origin(description);
    }

    /**
     * A line of a file, printed {@code name:line}.
     *
     * @param fileName the file name as the user gave it
     * @param line the 1-based line number
     * @return the origin
     */
    public static Origin file(String fileName, int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, but was " + line);
        }
        return new Origin(fileName + ":" + line);
    }

    /**
     * A line and column of a file, printed {@code name:line:column}, as Spring Boot reports YAML origins.
     *
     * @param fileName the file name as the user gave it
     * @param line the 1-based line number
     * @param column the 1-based column number
     * @return the origin
     */
    public static Origin file(String fileName, int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be at least 1, but were " + line + ":" + column);
        }
        return new Origin(fileName + ":" + line + ":" + column);
    }

    /**
     * A process environment variable.
     *
     * @param name the variable's name
     * @return the origin
     */
    public static Origin environmentVariable(String name) {
        return new Origin("environment variable " + name);
    }

    /**
     * A JVM system property.
     *
     * @param name the property's name
     * @return the origin
     */
    public static Origin systemProperty(String name) {
        return new Origin("system property " + name);
    }

    /**
     * An origin for values whose source is not known.
     *
     * @return the unknown origin
     */
    public static Origin unknown() {
        return UNKNOWN;
    }

    /**
     * The description, e.g. {@code prod.env:3}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin that && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return description.hashCode();
    }

    @Override
    public String toString() {
        return description;
    }
}

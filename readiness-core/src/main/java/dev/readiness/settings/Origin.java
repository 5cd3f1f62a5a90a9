package dev.readiness.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where a setting's value came from, printed as people look for it: {@code prod.env:3},
 * {@code environment variable JWT_SECRET}, {@code system property jwt.secret}. Immutable and thread-safe.
 */
public final class Origin {

    private static final Origin UNKNOWN = new Origin("unknown origin");

    static {
        dev.readiness.internal.PlainOrigins.install(Origin::isPlainFile);
    }

    /**
     * The printed form; for a plain file origin made when first asked, since most origins a check makes (one per
     * {@link Setting#origin()} call) are compared or dropped, never printed. Written at most once with an equal
     * string, so a racing read that sees {@code null} only makes the same text again.
     */
    private @Nullable String description;
    private final @Nullable String file;
    private final int line;
    private final int column;
    private final boolean plainFile;
    /**
     * The one source of variables this origin is in, where it is not a file origin's file: the file of a manifest whose
     * object the value comes through, or {@link #ENVIRONMENT}; {@code null} for none.
     */
    private final @Nullable String source;

    /** The {@link #source} of the process environment's variables: no file name is empty. */
    private static final String ENVIRONMENT = "";

    private Origin(String description) {
        this(description, null, 0, 0, false, null);
    }

    private Origin(@Nullable String description, @Nullable String file, int line, int column, boolean plainFile) {
        this(description, file, line, column, plainFile, null);
    }

    private Origin(@Nullable String description, @Nullable String file, int line, int column, boolean plainFile,
            @Nullable String source) {
        this.description = description;
        this.file = file;
        this.line = line;
        this.column = column;
        this.plainFile = plainFile;
        this.source = source;
    }

    /**
     * An origin described in free text that is in one file without being a line of it, such as a manifest's Secret
     * key read through a container's {@code envFrom}: printed as described, with no {@link #file()}, but of the same
     * {@link #source()} as the file's own lines.
     */
    static Origin describedIn(String description, String file) {
        return new Origin(Objects.requireNonNull(description, "description"), null, 0, 0, false,
                Objects.requireNonNull(file, "file"));
    }

    /**
     * The one source of variables this origin is in: its file, the file it was {@linkplain #describedIn described in},
     * or the process environment; {@code null} for another origin. Two names of one source are two variables.
     */
    @Nullable String source() {
        return source != null ? source : file;
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
        Objects.requireNonNull(fileName, "fileName");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, but was " + line);
        }
        return new Origin(null, fileName, line, 0, true);
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
        Objects.requireNonNull(fileName, "fileName");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, but was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be at least 1, but was " + column);
        }
        return new Origin(null, fileName, line, column, true);
    }

    /**
     * A process environment variable.
     *
     * @param name the variable's name
     * @return the origin
     */
    public static Origin environmentVariable(String name) {
        return new Origin("environment variable " + name, null, 0, 0, false, ENVIRONMENT);
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
        String text = description;
        if (text == null) {
            text = column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
            description = text;
        }
        return text;
    }

    /**
     * This origin with a note of where its value came through, printed {@code prod.env:3 via JWT_SECRET}; a file
     * origin keeps its file, line and column.
     *
     * @param detail what the value came through, e.g. the placeholders resolved
     * @return the origin
     */
    public Origin via(String detail) {
        return new Origin(description() + " via " + Objects.requireNonNull(detail, "detail"), file, line, column, false,
                source);
    }

    /**
     * Whether this origin is exactly {@code file:line} or {@code file:line:column}, so a setting can keep just the
     * shared file name and the numbers and make the origin again when asked.
     */
    boolean isPlainFile() {
        return plainFile;
    }

    /**
     * The file, for an origin made by {@link #file(String, int)} or {@link #file(String, int, int)}.
     *
     * @return the file name as the user gave it, or empty when the origin is not a file
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The 1-based line, for a file origin.
     *
     * @return the line, or empty when the origin is not a file
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The 1-based column, for a file origin made with one.
     *
     * @return the column, or empty when not known
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Origin that)) {
            return false;
        }
        if (plainFile && that.plainFile) {
            return line == that.line && column == that.column && Objects.equals(file, that.file);
        }
        return description().equals(that.description())
                && Objects.equals(file, that.file) && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(description(), file, line, column);
    }

    @Override
    public String toString() {
        return description();
    }
}

package dev.readiness.settings;

import java.util.OptionalInt;

/**
 * A settings file could not be read: it is missing, unreadable or malformed. The message names the file and, for a
 * malformed file, the line; it never quotes a value from the file.
 */
public final class SettingsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 when the problem is the whole file
     * @param reason what is wrong, without any value from the file
     */
    public SettingsFileException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /**
     * The file as the user named it.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * The line at fault.
     *
     * @return the 1-based line, or empty when the problem is the whole file
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}

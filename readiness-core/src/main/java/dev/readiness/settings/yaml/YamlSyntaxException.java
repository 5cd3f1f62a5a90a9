package dev.readiness.settings.yaml;

/**
 * Text that is not valid YAML. The message says what is wrong without quoting the text; the line and column say
 * where.
 */
public final class YamlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param reason what is wrong, quoting nothing from the text
     */
    public YamlSyntaxException(int line, int column, String reason) {
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    /**
     * The 1-based line at fault.
     *
     * @return the line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column at fault.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }
}

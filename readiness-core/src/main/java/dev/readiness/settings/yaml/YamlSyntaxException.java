package dev.readiness.settings.yaml;

import java.util.List;

/**
 * Text that is not valid YAML. The message says what is wrong without quoting the text; the line and column say
 * where. A text of several documents reports the first error of every broken document (SnakeYAML stops at the
 * first, so reading resumes at the next {@code ---}).
 */
public final class YamlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most problems one exception lists; more are counted. */
    public static final int MAX_PROBLEMS = 20;

    private final int line;
    private final int column;
    private final transient List<Problem> problems;
    private final int total;

    /**
     * One place where the text is not valid YAML.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param reason what is wrong, quoting nothing from the text
     */
    public record Problem(int line, int column, String reason) {
    }

    /**
     * Creates the exception.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param reason what is wrong, quoting nothing from the text
     */
    public YamlSyntaxException(int line, int column, String reason) {
        this(List.of(new Problem(line, column, reason)), 1);
    }

    /**
     * Creates the exception for several broken documents of one text: the first problem is the message, line and
     * column; all are in {@link #problems()}.
     *
     * @param problems the problems in text order, at least one; at most {@value #MAX_PROBLEMS} are kept
     * @param total how many problems were found, at least {@code problems.size()}
     */
    public YamlSyntaxException(List<Problem> problems, int total) {
        super(problems.get(0).reason(), null, false, false);
        this.line = problems.get(0).line();
        this.column = problems.get(0).column();
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.total = Math.max(total, this.problems.size());
    }

    /**
     * Every problem found, one per broken document, in text order; at most {@value #MAX_PROBLEMS}.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems were found, also beyond those listed.
     *
     * @return the count
     */
    public int total() {
        return total;
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

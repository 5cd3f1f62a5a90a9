package dev.readiness.settings;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A settings file could not be read: it is missing, unreadable or malformed. The message names the file and, for a
 * malformed file, the line; it never quotes a value from the file. A file with several malformed lines reports
 * them all at once (up to {@value #MAX_PROBLEMS}), on one line: the first in full, then the others' lines and
 * reasons. Its problems are immutable; like any exception, it is not thread-safe.
 */
public final class SettingsFileException extends RuntimeException {

    /** The most problems one exception lists; more are counted. */
    public static final int MAX_PROBLEMS = 20;

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    /**
     * One malformed place of a file. Immutable and thread-safe.
     *
     * @param line the 1-based line, or 0 when the problem is the whole file
     * @param reason what is wrong, without any value from the file; a key or name in it shaped like a secret (a token
     *     pasted as a key, then named by a placeholder cycle) is replaced by {@code [redacted]}
     */
    public record Problem(int line, String reason) {

        /**
         * Creates a problem.
         *
         * @param line the 1-based line, or 0 for the whole file
         * @param reason what is wrong
         */
        public Problem {
            Objects.requireNonNull(reason, "reason");
            reason = dev.readiness.internal.SecretShapedKeys.redacted(reason);
        }
    }

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 when the problem is the whole file
     * @param reason what is wrong, without any value from the file
     */
    public SettingsFileException(String file, int line, String reason) {
        this(file, List.of(new Problem(line, reason)), 1);
    }

    /**
     * Creates the exception for several problems of one file.
     *
     * @param file the file as the user named it
     * @param problems the problems, at least one; at most {@value #MAX_PROBLEMS} are kept
     * @param total how many problems were found, at least {@code problems.size()}
     */
    public SettingsFileException(String file, List<Problem> problems, int total) {
        super(message(file, problems, total), null, false, false);
        this.file = file;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    /**
     * Collects the problems of one file while its reader goes on, so that every malformed line is reported at once.
     * Not thread-safe.
     */
    static final class Collector {

        private final String file;
        private final java.util.ArrayList<Problem> problems = new java.util.ArrayList<>();
        private int total;

        Collector(String file) {
            this.file = file;
        }

        void add(SettingsFileException malformed) {
            total++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.addAll(malformed.problems());
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new SettingsFileException(file, problems, total);
            }
        }
    }

    private static String message(String file, List<Problem> problems, int total) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder message = new StringBuilder(where(file, problems.get(0).line()))
                .append(": ").append(problems.get(0).reason());
        int shown = Math.min(problems.size(), MAX_PROBLEMS);
        for (int i = 1; i < shown; i++) {
            Problem problem = problems.get(i);
            message.append("; ").append(problem.line() > 0 ? "line " + problem.line() + ": " : "")
                    .append(problem.reason());
        }
        int more = Math.max(total, shown) - shown;
        if (more > 0) {
            message.append("; and ").append(more).append(" more");
        }
        return message.toString();
    }

    private static String where(String file, int line) {
        return line > 0 ? file + ":" + line : file;
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
     * The first line at fault.
     *
     * @return the 1-based line, or empty when the problem is the whole file
     */
    public OptionalInt line() {
        int line = problems.get(0).line();
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Every problem reported, in file order, at most {@value #MAX_PROBLEMS}.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }
}

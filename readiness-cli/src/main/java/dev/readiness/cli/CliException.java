package dev.readiness.cli;

/**
 * The command cannot run as given; its message is the one line printed on standard error, naming the option or
 * the file and line, never a value read from a file.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean usage;

    private CliException(String message, boolean usage) {
        super(message, null, false, false);
        this.usage = usage;
    }

    /**
     * The command line itself is wrong: an unknown option, a missing or invalid value.
     *
     * @param message what is wrong, naming the option
     * @return the exception
     */
    static CliException usage(String message) {
        return new CliException(message, true);
    }

    /**
     * The command line is right but what it names cannot be used: a missing file, a malformed waiver in a file.
     *
     * @param message what is wrong, naming the option or file and line
     * @return the exception
     */
    static CliException input(String message) {
        return new CliException(message, false);
    }

    /**
     * Whether the command line itself is wrong, so pointing at {@code --help} helps.
     *
     * @return {@code true} for a usage error
     */
    boolean isUsage() {
        return usage;
    }
}

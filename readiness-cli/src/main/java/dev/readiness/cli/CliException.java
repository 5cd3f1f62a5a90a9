package dev.readiness.cli;

/**
 * The command cannot run as given; its message is the one line printed on standard error, naming the option or
 * the file and line, never a value read from a file.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message, null, false, false);
    }
}

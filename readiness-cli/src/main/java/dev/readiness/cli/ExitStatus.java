package dev.readiness.cli;

/**
 * The exit statuses of the command line, as the readiness contract defines them.
 */
final class ExitStatus {

    /** The verdict is below {@code fail-on} (or nothing blocks in this stage). */
    static final int PASSED = 0;

    /** The verdict is at or above {@code fail-on}. */
    static final int BLOCKED = 1;

    /** The command could not run: bad option, unreadable or malformed file. */
    static final int CANNOT_RUN = 2;

    private ExitStatus() {
    }
}

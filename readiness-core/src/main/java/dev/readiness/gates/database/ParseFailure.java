package dev.readiness.gates.database;

/** A parse error; carries a message that never quotes the input, and no stack trace. */
final class ParseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ParseFailure(String message) {
        super(message, null, false, false);
    }
}

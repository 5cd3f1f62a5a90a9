package dev.readiness.gates.database;

/**
 * A login whose user and password are both left unset in Python's spelling: Odoo's {@code odoo.conf} writes
 * {@code db_user = False} and {@code db_password = False} (with {@code db_host = False}) for a connection over the
 * local socket as the operating-system user, and other Python services write {@code None}. The two equal words are no
 * pair of credentials, let alone a password equal to its user; a real user with {@code False} as its password, or
 * {@code false} in another language's spelling, is judged as before. Stateless.
 */
final class UnsetLiteralPairs {

    private UnsetLiteralPairs() {
    }

    /**
     * Whether a user and its password are both Python's unset literal.
     *
     * @param user the user's value
     * @param password the password's value
     * @return {@code true} when both are {@code False}, or both {@code None}
     */
    static boolean bothUnset(String user, String password) {
        String trimmed = password.trim();
        return (trimmed.equals("False") || trimmed.equals("None")) && user.trim().equals(trimmed);
    }
}

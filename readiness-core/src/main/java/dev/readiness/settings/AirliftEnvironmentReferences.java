package dev.readiness.settings;

/**
 * Trino's, Presto's and other Airlift services' environment references, {@code ${ENV:POSTGRES_PASSWORD}}: in a catalog
 * or server properties file the service reads the variable named after {@code ENV:} when it starts (Trino's "secrets"
 * documentation; public catalogs write {@code connection-password=${ENV:PG_PASSWORD}} and
 * {@code connection-url=jdbc:postgresql://${ENV:PG_HOST}:5432/db}). Spring would read the same text as the property
 * {@code ENV} with the default {@code POSTGRES_PASSWORD}, a placeholder-shaped password (thirty-third pass: such a
 * catalog's every reference was {@code secrets.guessable} NO-GO). A reference of this form is rewritten to
 * {@code ${POSTGRES_PASSWORD}}, which is deferred to run time like any other; only {@code ENV} in capitals followed by a
 * variable's name in capitals ({@code [A-Z_][A-Z0-9_]*}) is read so, and a default after it
 * ({@code ${ENV:DB_PASSWORD:x}}) leaves the text as written. Stateless.
 */
final class AirliftEnvironmentReferences {

    private static final String OPEN = "${ENV:";

    private AirliftEnvironmentReferences() {
    }

    /**
     * The setting with each {@code ${ENV:NAME}} of its value written as {@code ${NAME}}; a deferred or literal setting,
     * and one whose value holds no such reference, as it is.
     *
     * @param written the setting as written
     * @return the rewritten setting, or {@code written}
     */
    static Setting rewritten(Setting written) {
        if (written.isDeferred() || written.isLiteral()) {
            return written;
        }
        String rewritten = rewritten(written.value());
        return rewritten == written.value() ? written : Setting.of(written.key(), rewritten, written.origin());
    }

    /**
     * The value with each {@code ${ENV:NAME}} written as {@code ${NAME}}.
     *
     * @param value a setting's value as written
     * @return the rewritten value, or the same instance when it holds no such reference
     */
    static String rewritten(String value) {
        int at = value.indexOf(OPEN);
        if (at < 0) {
            return value;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            int end = nameEnd(value, at + OPEN.length());
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(value.length());
                }
                out.append(value, copied, at).append("${").append(value, at + OPEN.length(), end + 1);
                copied = end + 1;
            }
            at = value.indexOf(OPEN, at + OPEN.length());
        }
        return out == null ? value : out.append(value, copied, value.length()).toString();
    }

    /** The index of the closing brace after a name in capitals starting at {@code from}; {@code -1} for anything else. */
    private static int nameEnd(String value, int from) {
        int i = from;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '}') {
                return i > from && !Character.isDigit(value.charAt(from)) ? i : -1;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return -1;
            }
            i++;
        }
        return -1;
    }
}

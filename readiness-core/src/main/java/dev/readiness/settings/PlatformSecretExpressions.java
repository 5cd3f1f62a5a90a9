package dev.readiness.settings;

/**
 * A whole value that is a platform's expression for one of its stored secrets: Nhost's {@code nhost.toml}
 * ({@code adminSecret = '{{ secrets.HASURA_GRAPHQL_ADMIN_SECRET }}'}, also lower-case names,
 * {@code {{ secrets.stripe_secret_key }}}) and Kestra's flows ({@code {{ secret('DB_PASSWORD') }}}). The platform puts
 * the secret in when it deploys, as GitHub Actions does for {@code ${{ secrets.X }}}, so the expression is not what
 * the service reads. A name that addresses the reader ({@code {{ secrets.YOUR_TOKEN }}}, {@code {{ secret('CHANGE_ME')
 * }}}) is a fill-in marker and stays judged, as does anything more than the one look-up. Stateless.
 */
final class PlatformSecretExpressions {

    /** What supplies such a value. */
    static final String SUPPLIED_BY = "a platform's secret expression filled in when it deploys the service";

    private PlatformSecretExpressions() {
    }

    /**
     * Whether a value is one secret look-up between double braces and nothing else.
     *
     * @param value the value as written, starting with a brace
     * @return {@code true} for {@code {{ secrets.NAME }}} and {@code {{ secret('NAME') }}}
     */
    static boolean isWhole(String value) {
        int end = value.length() - 2;
        if (end < 12 || !value.startsWith("{{") || !value.startsWith("}}", end)) {
            return false;
        }
        int i = 2;
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        while (end > i && value.charAt(end - 1) == ' ') {
            end--;
        }
        if (value.startsWith("secrets.", i)) {
            return isName(value, i + 8, end);
        }
        if (value.startsWith("secret(", i) && end - i > 11 && value.charAt(end - 1) == ')') {
            char quote = value.charAt(i + 7);
            return (quote == '\'' || quote == '"') && value.charAt(end - 2) == quote && isName(value, i + 8, end - 2);
        }
        return false;
    }

    /** Whether the text between two indexes is a variable name that does not address the reader. */
    private static boolean isName(String value, int start, int end) {
        if (end - start < 2 || Character.isDigit(value.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return !(value.regionMatches(true, start, "your", 0, 4) || value.regionMatches(true, start, "change", 0, 6)
                || value.regionMatches(true, start, "replace", 0, 7) || value.regionMatches(true, start, "my_", 0, 3));
    }
}

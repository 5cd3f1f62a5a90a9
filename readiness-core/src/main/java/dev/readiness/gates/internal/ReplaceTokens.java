package dev.readiness.gates.internal;

/**
 * Deployment tokens that a release pipeline replaces before the file ships: Azure DevOps' Replace Tokens task
 * ({@code #{JWT_SECRET_KEY}#}, its default pattern) and Octopus Deploy's variable substitution ({@code #{Db.Password}}),
 * whole or inside a value ({@code Server=tcp:#{SqlServer}#.database.windows.net;Password=#{SqlPassword}#}). Like
 * {@code ${NAME}}, such a value is filled outside the file, so it is a reference rather than a placeholder, and a
 * connection string built of them is not broken. Stateless; one scan of the value.
 */
public final class ReplaceTokens {

    private ReplaceTokens() {
    }

    /**
     * Whether the trimmed value is one token {@code #{NAME}#}.
     *
     * @param value the value, trimmed
     * @return {@code true} for a whole Replace Tokens token
     */
    public static boolean isWholeToken(String value) {
        return value.length() > 4 && value.startsWith("#{") && tokenEnd(value, 0) == value.length()
                && value.endsWith("}#");
    }

    /**
     * Whether the value holds a token {@code #{NAME}#} or {@code #{NAME}}.
     *
     * @param value the value
     * @return {@code true} when a part of the value is replaced by the release pipeline
     */
    public static boolean containsToken(String value) {
        int at = value.indexOf("#{");
        while (at >= 0) {
            if (tokenEnd(value, at) > 0) {
                return true;
            }
            at = value.indexOf("#{", at + 2);
        }
        return false;
    }

    /**
     * Where the token starting at {@code at} ends (after its {@code }} and an optional {@code #}), or {@code -1}: a
     * variable name of letters, digits, {@code _}, {@code -} and {@code .}, starting with a letter or {@code _}.
     */
    private static int tokenEnd(String value, int at) {
        int i = at + 2;
        if (i >= value.length() || !(Character.isLetter(value.charAt(i)) || value.charAt(i) == '_')) {
            return -1;
        }
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '}') {
                return i + 1 < value.length() && value.charAt(i + 1) == '#' ? i + 2 : i + 1;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.')) {
                return -1;
            }
            i++;
        }
        return -1;
    }
}

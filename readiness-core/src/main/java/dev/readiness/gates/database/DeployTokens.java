package dev.readiness.gates.database;

/**
 * A whole value that is a release tool's substitution token: a {@code $} and a name in any case
 * ({@code ConnectionStrings.Reports=$ConnectString} in an {@code appsettings.Production.json} that a release step or
 * a PowerShell script fills, as it fills {@code $SmtpPass} beside it). No database URL, connection string or host
 * has this shape (a URL needs its scheme, a connection string its {@code key=value} pairs, and no host name holds a
 * {@code $}), so the value is the name of what the release writes there, not a broken connection string. A value
 * with anything after the name ({@code $Server=db;…}) is no token and stays judged. Stateless.
 */
final class DeployTokens {

    private DeployTokens() {
    }

    /**
     * Whether a stripped value is {@code $} followed by a letter and then letters, digits or underscores only.
     *
     * @param value the stripped value
     * @return {@code true} for {@code $ConnectString}, {@code $db_url}; {@code false} for {@code $}, {@code $1abc}
     */
    static boolean isWholeToken(String value) {
        int length = value.length();
        if (length < 3 || length > 64 || value.charAt(0) != '$' || !isLetter(value.charAt(1))) {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

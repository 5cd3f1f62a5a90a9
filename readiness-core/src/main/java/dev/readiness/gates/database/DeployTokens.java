package dev.readiness.gates.database;

/**
 * A whole value that is a release tool's substitution token: a {@code $} and a name in Pascal case
 * ({@code ConnectionStrings.Reports=$ConnectString} in an {@code appsettings.Production.json} that a release step or
 * a PowerShell script fills, as it fills {@code $SmtpPass} beside it). No database URL, connection string or host
 * has this shape (a URL needs its scheme, a connection string its {@code key=value} pairs, and no host name holds a
 * {@code $}), so the value is the name of what the release writes there, not a broken connection string. Names in
 * capitals or in lower case are not read so: a shell's {@code $DATABASE_URL} that single quotes keep from being
 * expanded reaches the service as that text, and HOCON's {@code $jdbc_url} is no substitution; both stay
 * {@code database.unparseable}, as does a value with anything after the name ({@code $Server=db;…}). Stateless.
 */
final class DeployTokens {

    private DeployTokens() {
    }

    /**
     * Whether a stripped value is {@code $}, a capital letter, and then letters and digits only, one of them a
     * lower-case letter.
     *
     * @param value the stripped value
     * @return {@code true} for {@code $ConnectString}; {@code false} for {@code $DATABASE_URL}, {@code $jdbc_url}
     */
    static boolean isWholeToken(String value) {
        int length = value.length();
        if (length < 3 || length > 64 || value.charAt(0) != '$' || !(value.charAt(1) >= 'A' && value.charAt(1) <= 'Z')) {
            return false;
        }
        boolean lower = false;
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return lower;
    }
}

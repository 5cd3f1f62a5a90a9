package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A key=value connection string (ADO.NET {@code Server=…;Password=…;Encrypt=False}, libpq
 * {@code host=… password=… sslmode=disable}) whose only run-time parts are its password or user: what the deploy
 * injects is the credential, while the server, the TLS switches and the file of an embedded database are written
 * out. {@code ConnectionStrings__Default=Server=mssql.prod;User Id=app;Password=${DB_PASSWORD};Encrypt=False} is the
 * usual form in Compose and Kubernetes environments of .NET services, and its {@code Encrypt=False} holds whatever
 * password arrives. The string is judged as if the password were written, and only what the written part decides is
 * kept: TLS switched off or unverified, an embedded database, and a loopback server (a WARN when the login is the
 * server's superuser: the gate reads a superuser's written password on loopback as a developer's, and the password
 * is not written here). A reference anywhere else (the server, a
 * switch, the database name) leaves the string alone, as before. Stateless.
 */
final class InjectedPasswordStrings {

    /** A stand-in for the injected value: no word, no default, nothing a rule reads as weak. */
    private static final String STAND_IN = "q7Xv2Lm9Tz4Rk8Pw";
    private static final Set<String> CREDENTIAL_NAMES = Set.of("password", "pwd", "userpassword", "pass", "userid",
            "uid", "user", "username");
    private static final Set<String> KEPT_CODES = Set.of("database.tls-disabled", "database.tls-unverified",
            "database.embedded");
    private static final int MAX_LENGTH = 2048;
    private static final Set<String> USER_NAMES = Set.of("userid", "uid", "user", "username");
    private static final Set<String> SUPERUSERS = Set.of("sa", "root", "postgres");

    private InjectedPasswordStrings() {
    }

    /**
     * The findings on a deferred key=value connection string whose references all stand in its credentials, judged
     * by {@code judge} with the credentials filled in; empty for any other value.
     *
     * @param setting a deferred setting the gate classified as a database URL
     * @param judge the gate's judgement of a setting known whole
     * @return the findings the written part decides
     */
    static List<Finding> judge(Setting setting, Function<Setting, List<Finding>> judge) {
        String filled = filled(setting.value());
        if (filled == null) {
            return List.of();
        }
        boolean superuser = superuser(filled);
        List<Finding> kept = new ArrayList<>(2);
        for (Finding finding : judge.apply(Setting.of(setting.key(), filled, setting.origin()))) {
            if (KEPT_CODES.contains(finding.code()) || finding.code().equals("database.loopback")
                    && (!superuser || finding.severity() == Severity.WARN)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /**
     * Whether the string logs in as a server's built-in superuser ({@code sa}, {@code root}, {@code postgres}): the
     * gate calls a loopback login of the superuser with a written password a developer's, which an injected password
     * does not say.
     */
    private static boolean superuser(String filled) {
        for (String entry : filled.split(filled.indexOf(';') >= 0 ? ";" : " ")) {
            int equals = entry.indexOf('=');
            if (equals > 0 && USER_NAMES.contains(UrlSyntax.normalizeKey(entry.substring(0, equals).strip()))
                    && SUPERUSERS.contains(entry.substring(equals + 1).strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection string with each referenced credential replaced by a stand-in, or {@code null} when the value
     * is no key=value string or holds a reference outside a password or user entry.
     */
    static @Nullable String filled(String value) {
        if (value.length() > MAX_LENGTH || value.indexOf("://") >= 0 || value.indexOf('=') < 0) {
            return null;
        }
        char separator = value.indexOf(';') >= 0 ? ';' : ' ';
        StringBuilder out = new StringBuilder(value.length());
        int start = 0;
        boolean replaced = false;
        while (start <= value.length()) {
            int end = value.indexOf(separator, start);
            end = end < 0 ? value.length() : end;
            String entry = value.substring(start, end);
            if (entry.indexOf("${") >= 0) {
                int equals = entry.indexOf('=');
                if (equals <= 0 || entry.lastIndexOf("${", equals) >= 0 || !entry.endsWith("}")
                        || !CREDENTIAL_NAMES.contains(UrlSyntax.normalizeKey(entry.substring(0, equals).strip()))) {
                    return null;
                }
                entry = entry.substring(0, equals + 1) + STAND_IN;
                replaced = true;
            }
            out.append(entry);
            if (end < value.length()) {
                out.append(separator);
            }
            start = end + 1;
        }
        return replaced ? out.toString() : null;
    }
}

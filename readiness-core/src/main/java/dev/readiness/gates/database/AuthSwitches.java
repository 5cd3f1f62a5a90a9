package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Database server settings that switch password authentication off: the official PostgreSQL image's
 * {@code POSTGRES_HOST_AUTH_METHOD=trust} (any client connects as any user without a password), and the MySQL,
 * MariaDB and Bitnami images' {@code *_ALLOW_EMPTY_PASSWORD} / {@code *_ALLOW_EMPTY_ROOT_PASSWORD} switched on.
 * With such a switch in the same settings, a URL that names a default superuser ({@code postgres}, {@code root},
 * {@code sa}) and no password is default credentials: nothing else protects it. Also a search server's security
 * switched off: Elasticsearch's {@code xpack.security.enabled=false} (no authentication and no TLS on its HTTP and
 * transport layers; Elasticsearch 8 turns it on by default) and OpenSearch's {@code plugins.security.disabled=true} or
 * its image's {@code DISABLE_SECURITY_PLUGIN=true}; these say nothing about a database URL's superuser.
 */
final class AuthSwitches {

    private static final Set<String> ON = Set.of("yes", "true", "1", "y", "on");
    private static final Set<String> NO_PASSWORD_METHODS = Set.of("trust");
    private static final Set<String> SUPERUSERS = Set.of("postgres", "root", "sa");

    private AuthSwitches() {
    }

    /** The canonical endings of the keys that can switch authentication off, kept with the key test. */
    private static final String[] SWITCH_ENDS = DatabaseKey.AUTH_SWITCH_ENDS;

    /** The canonical endings of the keys that switch a search server's security off, kept with the key test. */
    private static final String[] SEARCH_SWITCH_ENDS = DatabaseKey.SEARCH_SECURITY_SWITCH_ENDS;
    private static final Set<String> OFF = Set.of("false", "no", "0", "off", "n");


    /**
     * Whether a setting switches Elasticsearch's or OpenSearch's security off ({@code xpack.security.enabled=false},
     * {@code plugins.security.disabled=true}, {@code DISABLE_SECURITY_PLUGIN=true}).
     */
    static boolean switchesSearchSecurityOff(Setting setting) {
        String key = setting.key();
        if (!CanonicalKeys.endsWithAny(key, SEARCH_SWITCH_ENDS)) {
            return false;
        }
        String canonical = setting.canonicalKey();
        String value = setting.value().strip().toLowerCase(Locale.ROOT);
        return canonical.endsWith("xpacksecurityenabled") ? OFF.contains(value) : ON.contains(value);
    }

    /** Whether a setting switches a database server's authentication off. */
    static boolean switchesOff(Setting setting) {
        String key = setting.key();
        if (!CanonicalKeys.endsWithAny(key, SWITCH_ENDS)) {
            return false;
        }
        String canonical = setting.canonicalKey();
        if (canonical.length() < 13) {
            return false;
        }
        String value = setting.value().strip().toLowerCase(Locale.ROOT);
        if (canonical.endsWith("hostauthmethod")) {
            return NO_PASSWORD_METHODS.contains(value);
        }
        return (canonical.endsWith("allowemptypassword") || canonical.endsWith("allowemptyrootpassword"))
                && ON.contains(value);
    }

    static @Nullable Finding judge(Setting setting, Stage stage) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return null;
        }
        if (switchesSearchSecurityOff(setting)) {
            return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.auth-disabled",
                            setting)
                    .message(setting.key() + " switches the search server's security off: no authentication and no "
                            + "TLS, so any client that reaches it reads, writes and deletes every index.")
                    .remediation("Keep security on (Elasticsearch 8 and OpenSearch turn it on by default), set the "
                            + "built-in users' passwords from a secret manager and give clients their own credentials.")
                    .build();
        }
        if (!switchesOff(setting)) {
            return null;
        }
        return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.auth-disabled", setting)
                .message(setting.key() + " switches the database server's password authentication off: any client"
                        + " that reaches it connects without a password.")
                .remediation("Remove " + setting.key() + ", set a generated password for the database user and"
                        + " store it in a secret manager.")
                .build();
    }

    /** Whether any setting switches authentication off; read once per check, only for URLs without a password. */
    static boolean anyOff(Settings settings) {
        for (Setting setting : settings) {
            if (switchesOff(setting)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a URL names a default superuser and no password at all. */
    static boolean superuserWithoutPassword(DatabaseUrl url) {
        Optional<String> user = url.user();
        return user.isPresent() && !url.passwordPresent()
                && SUPERUSERS.contains(user.get().strip().toLowerCase(Locale.ROOT));
    }
}

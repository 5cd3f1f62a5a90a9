package dev.readiness.gates.database;

import static dev.readiness.gates.internal.WordSets.containsAny;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A local proxy to a managed database that the same configuration switches on: the Cloud SQL Auth Proxy
 * ({@code cloudSqlProxy.enabled=true}, {@code CLOUD_SQL_PROXY_INSTANCES}), the AlloyDB Auth Proxy, a PgBouncer sidecar.
 * The application then reaches its database on the local machine by design, so a loopback host beside it is the
 * proxy, not a developer's database: the file's own evidence settles the doubt a loopback host leaves. Also the
 * proxy's instance connection name left as the documentation's placeholder ({@code PROJECT_ID:REGION:INSTANCE_NAME}).
 * Stateless.
 */
final class LocalProxies {

    private static final List<String> PROXIES = List.of("cloudsqlproxy", "sqlproxy", "alloydbauthproxy",
            "alloydbproxy", "authproxy", "pgbouncer");

    private LocalProxies() {
    }

    /** Whether a setting switches on, or configures, a local proxy to the database. */
    static boolean enabledIn(Settings settings) {
        for (Setting setting : settings) {
            String key = setting.canonicalKey();
            if (!namesProxy(key) || setting.isDeferred()) {
                continue;
            }
            String value = setting.value().strip().toLowerCase(Locale.ROOT);
            if (key.endsWith("enabled") || key.endsWith("enable")) {
                if (value.equals("true") || value.equals("yes") || value.equals("on") || value.equals("1")) {
                    return true;
                }
            } else if ((key.endsWith("instanceconnectionname") || key.endsWith("instances")
                    || key.endsWith("instance")) && !value.isEmpty() && !value.equals("false")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesProxy(String canonical) {
        return containsAny(canonical, PROXIES);
    }

    /** Whether a value can be an instance connection name, {@code project:region:instance}: two colons, no slash. */
    private static boolean twoColonsNoSlash(String value) {
        int first = value.indexOf(':');
        if (first < 0 || value.indexOf('/') >= 0) {
            return false;
        }
        int second = value.indexOf(':', first + 1);
        return second > 0 && value.indexOf(':', second + 1) < 0;
    }

    /**
     * The finding of a Cloud SQL instance connection name ({@code project:region:instance}) whose parts are the
     * documentation's placeholders ({@code PROJECT_ID:REGION:INSTANCE_NAME}, {@code <project>:<region>:<instance>}), or
     * {@code null}.
     */
    static @Nullable Finding templateInstance(Setting setting, Stage stage) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || setting.value().length() > 200
                || !twoColonsNoSlash(setting.value()) || !namesInstanceConnection(KeyWords.of(setting.key()))) {
            return null;
        }
        String value = setting.value().strip();
        String[] parts = value.split(":", -1);
        if (parts.length != 3) {
            return null;
        }
        boolean template = false;
        for (String part : parts) {
            template |= placeholderPart(part);
        }
        if (!template) {
            return null;
        }
        return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.template-host", setting)
                .message(setting.key() + " names the Cloud SQL instance as the documentation's placeholder ('"
                        + JudgedUrl.printable(value) + "'): the proxy cannot reach any instance.")
                .remediation("Set the instance connection name (project:region:instance) of the production instance in "
                        + setting.key() + " at " + setting.origin() + ".")
                .build();
    }

    /** Whether a key ends in the words {@code instance connection name}, read from the memo of key words. */
    private static boolean namesInstanceConnection(List<String> words) {
        int size = words.size();
        return size >= 3 && words.get(size - 1).equals("name") && words.get(size - 2).equals("connection")
                && words.get(size - 3).equals("instance");
    }

    /** A part written in capitals with {@code _} ({@code PROJECT_ID}), or a template's brackets or words. */
    private static boolean placeholderPart(String part) {
        if (part.isEmpty() || Hosts.isTemplate(part)) {
            return true;
        }
        boolean lower = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !lower && part.length() >= 4;
    }
}

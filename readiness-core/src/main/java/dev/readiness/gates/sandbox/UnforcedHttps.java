package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's own HTTPS requirement switched off where nothing in the configuration carries TLS in front of it
 * (forty-eighth pass): the WARN {@code sandbox.tls-off} that {@link PlainHttpSwitches}, {@link HttpsRequirements} and
 * {@link ServerTlsSwitches} give a force-HTTPS switch turned off ({@code force_ssl=0}, {@code RAILS_FORCE_SSL=false},
 * {@code dolibarr_main_force_https=0}, {@code SECURE_SSL_REDIRECT=False}, {@code REQUIRE_HTTPS=false},
 * {@code secure_connection_required=false}, {@code security.require-ssl=false}, Keycloak's
 * {@code ssl-required=none}) is a NO-GO when the configuration declares no TLS-terminating front (no ingress the file
 * keeps on, no forwarded-header handling: {@link ServerTlsSwitches#terminatedInFront}). The WARN was for a platform or
 * proxy in front that may redirect; a file that deploys the service and shows no such front answers plain HTTP with
 * the sign-in pages, cookies and tokens readable on the path (of the labelled WARNs of such keys, every one without a
 * front was a problem; the one clean, Umami's {@code forceSSL}, sits beside an ingress with a TLS block). The switch of
 * an ingress controller itself ({@code ingress-nginx.controller.config.ssl-redirect=false},
 * {@code controller.config.force-ssl-redirect=false}) is the front's own: it is raised whatever else the file says. ASP.NET Core's {@code RequireHttpsMetadata=false} is raised without asking for a
 * front: it is the service's own outbound fetch of its identity provider's signing keys, which no proxy in front
 * protects. Keys of a mail client ({@code EMAIL_REQUIRE_TLS}, {@code MAILGUN_REQUIRE_TLS}), of HSTS or of cookies,
 * and a switch in a file whose name says development or test ({@code config-dev.toml}, {@code testing-conf.php}),
 * are not read. Read only on the gate's finished findings; the configuration is scanned for a front once, at the
 * first raised candidate. Stateless.
 */
final class UnforcedHttps {

    static final String CODE = "sandbox.tls-off";
    private static final Set<String> COMPOUND = Set.of("forcessl", "forcehttps", "requirehttps", "requiressl",
            "enforcehttps");
    private static final Set<String> TLS_WORDS = Set.of("https", "ssl", "tls");
    private static final Set<String> FORCE_WORDS = Set.of("force", "enforce", "always", "require");
    /** Words of a mail client's, HSTS's or a cookie's key; a word that starts with {@code mail} counts too. */
    private static final Set<String> KEPT_WORDS = Set.of("email", "smtp", "imap", "pop3", "hsts", "cookie",
            "cookies");

    private UnforcedHttps() {
    }

    /**
     * Raises each WARN {@code sandbox.tls-off} on a force-HTTPS switch to a NO-GO when the configuration declares no
     * TLS-terminating front.
     *
     * @param settings every setting of the check, read for a front only when a candidate is found
     * @param findings the gate's findings, changed in place
     */
    static void raise(Settings settings, List<Finding> findings) {
        int front = -1;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.severity() != Severity.WARN || !finding.code().equals(CODE)) {
                continue;
            }
            String key = finding.subject();
            List<String> words = KeyWords.of(key);
            boolean metadata = metadata(words);
            if (!metadata && !forceSwitch(words) || kept(words) || developmentFile(settings, key)) {
                continue;
            }
            if (!metadata && !frontsOwn(key, words)) {
                if (front < 0) {
                    front = ServerTlsSwitches.terminatedInFront(settings) ? 1 : 0;
                }
                if (front == 1) {
                    continue;
                }
            }
            findings.set(i, SandboxFindings.raisedToNoGo(finding, metadata ? " No proxy in front protects this"
                    + " fetch: it is the service's own request." : " The configuration declares no ingress or proxy"
                    + " that carries TLS in front of the service."));
        }
    }

    /**
     * Whether the key's last words force or require HTTPS: {@code force_ssl}, {@code RAILS_FORCE_SSL},
     * {@code forceSSL}, {@code REQUIRE_HTTPS}, {@code require-ssl}, {@code SSL_REDIRECT}, {@code force_login_ssl},
     * {@code ssl-required}, {@code secure_connection_required}.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a switch
     */
    static boolean forceSwitch(List<String> words) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if (COMPOUND.contains(last)) {
            return true;
        }
        if (size < 2) {
            return false;
        }
        String before = words.get(size - 2);
        if (TLS_WORDS.contains(last)) {
            return FORCE_WORDS.contains(before)
                    || size >= 3 && before.equals("login") && FORCE_WORDS.contains(words.get(size - 3));
        }
        if (last.equals("redirect")) {
            return TLS_WORDS.contains(before);
        }
        return last.equals("required") && (TLS_WORDS.contains(before) || before.equals("secure")
                || size >= 3 && before.equals("connection") && words.get(size - 3).equals("secure"));
    }

    /**
     * Whether the switch is the TLS-terminating front's own: an ingress controller's configuration
     * ({@code ingress-nginx.controller.config.ssl-redirect}, a chart's {@code controller.config.force-ssl-redirect}).
     */
    private static boolean frontsOwn(String key, List<String> words) {
        return AsciiCase.regionIs(key, 0, "ingress") || words.contains("controller") && words.contains("config");
    }

    /** Whether the switch is written in a file whose name says development or test ({@code config-dev.toml}). */
    private static boolean developmentFile(Settings settings, String key) {
        Optional<Setting> setting = settings.get(key);
        return setting.isPresent() && EnvironmentFiles.development(setting.get()) != null;
    }

    private static boolean metadata(List<String> words) {
        int size = words.size();
        return size >= 3 && words.get(size - 1).equals("metadata") && words.get(size - 2).equals("https")
                && words.get(size - 3).equals("require");
    }

    private static boolean kept(List<String> words) {
        for (String word : words) {
            if (KEPT_WORDS.contains(word) || word.startsWith("mail")) {
                return true;
            }
        }
        return false;
    }
}

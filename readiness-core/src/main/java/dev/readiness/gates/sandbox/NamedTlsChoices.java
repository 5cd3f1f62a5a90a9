package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Values that name a choice about certificates or TLS by a product's own word, under keys no TLS switch rule reads:
 * <ul>
 * <li>an ACME staging issuer as a cert-manager issuer ({@code global.ingress.certManager.issuerName:
 * letsencrypt-staging}, {@code ingress.annotations[cert-manager.io/cluster-issuer]: letsencrypt-staging}): Let's
 * Encrypt's staging CA signs with a root no browser or client trusts, so the production site's certificate is
 * refused (NO-GO {@code sandbox.test-mode}, as {@code CERTBOT_STAGING=true} is); so does the shorter
 * {@code letsencrypt-stage}, and an ACME client's environment set to that server by name ({@code certbot_environment:
 * staging}, the Galaxy playbooks' variable; forty-third pass). An issuer named for Let's Encrypt needs no certificate
 * word in its key ({@code global.clusterIssuer: lets-encrypt-staging}: cert-manager's resource is the key's own word;
 * forty-fourth pass); a shorter {@code le-} or {@code acme-} name still does. {@code letsencrypt-prod},
 * {@code certbot_environment: production} and a JWT's {@code issuer} stay clean;</li>
 * <li>iRODS's {@code CS_NEG_REFUSE} as the client-server negotiation policy ({@code irods_client_server_policy},
 * Metalnx's {@code ssl.negotiation.policy}): the client refuses TLS with the data grid, so passwords and data cross
 * in clear (WARN {@code sandbox.tls-off}, as other clients' TLS switches are). {@code CS_NEG_REQUIRE} and
 * {@code CS_NEG_DONT_CARE} stay clean.</li>
 * </ul>
 * Stateless.
 */
final class NamedTlsChoices {

    /** Values longer than this name no issuer or policy. */
    static final int MAX_LENGTH = 40;

    /** Words of the key naming which of an ACME client's servers it talks to ({@code certbot_environment: staging}). */
    private static final java.util.Set<String> ENVIRONMENT_WORDS = java.util.Set.of("environment", "env", "server",
            "mode");

    /** The ACME clients whose environment setting names the CA's staging server by that word alone. */
    private static final java.util.Set<String> ACME_CLIENTS = java.util.Set.of("acme", "letsencrypt", "certbot",
            "lego");

    /** iRODS's negotiation policy that refuses TLS. */
    static final String REFUSE_TLS = "CS_NEG_REFUSE";

    private NamedTlsChoices() {
    }

    /**
     * The finding on a staging certificate issuer or a refused TLS negotiation, or {@code null}.
     *
     * @param setting the setting, judged for production, whose value is short and holds {@code staging} or is
     *     {@value #REFUSE_TLS} (the gate asks that first, with these constants, so a clean start loads no class)
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting) {
        String value = setting.value().strip();
        List<String> words = KeyWords.of(setting.key());
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (value.equals(REFUSE_TLS)) {
            return last.equals("policy") ? Finding.warn("sandbox.tls-off", setting)
                    .message(SandboxFindings.format("%s refuses TLS when this iRODS client negotiates with the server, "
                            + "in production: passwords and data cross the network readable by anyone on the path.",
                            setting.key()))
                    .remediation("Set CS_NEG_REQUIRE in " + setting.key() + " and give the server a certificate.")
                    .build() : null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        List<String> valueWords = KeyWords.of(value);
        if (!valueWords.contains("staging") && !valueWords.contains("stage")) {
            return null;
        }
        boolean issuerKey = last.equals("issuer") || last.equals("issuername") || last.equals("clusterissuer")
                || last.equals("name") && words.size() >= 2 && words.get(words.size() - 2).equals("issuer");
        boolean acme = lower.startsWith("letsencrypt") || lower.startsWith("lets-encrypt") || lower.startsWith("le-")
                || lower.startsWith("acme");
        boolean acmeEnvironment = valueWords.size() == 1 && ENVIRONMENT_WORDS.contains(last)
                && words.stream().anyMatch(ACME_CLIENTS::contains);
        boolean letsEncrypt = lower.startsWith("letsencrypt") || lower.startsWith("lets-encrypt");
        if (!acmeEnvironment && (!issuerKey || !acme || !letsEncrypt && !certificateKey(words))) {
            return null;
        }
        return Finding.noGo("sandbox.test-mode", setting)
                .message(SandboxFindings.format("%s names the ACME staging certificate issuer in production: its "
                        + "certificates chain to a root no browser or client trusts.", setting.key()))
                .remediation("Name the production issuer (letsencrypt-prod or your own) in " + setting.key() + ".")
                .build();
    }

    /** Whether a word names certificates or the tool that issues them: an OAuth or JWT issuer is another thing. */
    private static boolean certificateKey(List<String> words) {
        for (String word : words) {
            if (word.equals("cert") || word.equals("certs") || word.equals("certmanager") || word.equals("certificate")
                    || word.equals("certificates") || word.equals("tls") || word.equals("ingress")
                    || word.equals("acme")) {
                return true;
            }
        }
        return false;
    }
}

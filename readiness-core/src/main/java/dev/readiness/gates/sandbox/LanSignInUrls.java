package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in server that a browser bundle opens, over plain {@code http://} to a private-network address: a front
 * end's runtime settings ({@code frontend.runtimeConfig.keycloak.url=http://192.168.14.55:8080}, its
 * {@code silentCheckSso} page), {@code VITE_KEYCLOAK_URL}, {@code NEXT_PUBLIC_OIDC_AUTHORITY}. The browser is sent
 * there to type the user's password and receives the tokens from it, so both cross the network in clear text; no
 * certificate authority issues one for such an address, so the deployment cannot be serving TLS there. Only keys
 * that a browser reads (a build variable, a {@code frontend}, {@code front} or {@code fe} word) and that name an
 * identity provider ({@link KeyClass#IDENTITY}'s words) are read; a back end's issuer or token URL on a private address
 * ({@code issuer-uri=http://10.1.12.70:8081/auth/realms/x}) is the back channel inside a network and stays clean, as
 * do {@code https} URLs and names. Public addresses are {@link PlainHttpAddresses}'s. A WARN: an intranet may accept
 * the risk. Stateless.
 */
final class LanSignInUrls {

    private static final Set<String> BROWSER_WORDS = Set.of("frontend", "front", "fe");

    private LanSignInUrls() {
    }

    /**
     * The finding on a browser's sign-in URL in clear text to a private address, or {@code null}.
     *
     * @param setting the setting
     * @param words the key's lower-case words
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, Endpoint endpoint) {
        String scheme = endpoint.scheme();
        String host = endpoint.host();
        if (scheme == null || host.isEmpty() || host.charAt(0) < '0' || host.charAt(0) > '9'
                || !scheme.equalsIgnoreCase("http") || !namesIdentity(words)
                || !browserReads(setting.key(), words) || Hosts.kind(host) != Hosts.Kind.PRIVATE) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(SandboxFindings.format("%s sends browsers to sign in at %s over plain http in production: "
                        + "the passwords typed there and the tokens returned cross the network readable and "
                        + "alterable by anyone on it.", setting.key(), host))
                .remediation("Serve the identity provider over HTTPS under a name its certificate covers "
                        + "(https://sso.your-domain/…).")
                .build();
    }

    private static boolean namesIdentity(List<String> words) {
        for (String word : words) {
            if (KeyClass.IDENTITY.words().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean browserReads(String key, List<String> words) {
        for (String word : words) {
            if (BROWSER_WORDS.contains(word)) {
                return true;
            }
        }
        return BrowserBundles.ships(key, words);
    }
}

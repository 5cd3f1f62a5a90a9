package dev.readiness.gates.sandbox;

import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who uses a URL on the container host ({@code host.docker.internal}, Docker's bridge gateway {@code 172.17.0.1}):
 * only containers on that machine reach it. A back end the service calls there ({@code SALES_API_URL},
 * {@code REDIS_HOST}, an OAuth client's back-channel {@code token-uri}) works wherever the compose stack runs with
 * that service on the host, and is left alone. A URL a browser or another machine follows does not work there at all:
 * a public, site, redirect or callback URL, an OAuth authorization endpoint that browsers are sent to, or any URL on
 * the host the configuration itself publishes as its public address
 * ({@code ESHOP_STORAGE_CATALOG_URL=http://host.docker.internal:5121/…} beside
 * {@code ESHOP_EXTERNAL_DNS_NAME_OR_IP=host.docker.internal}: picture links handed to browsers).
 */
final class ContainerHosts {

    private ContainerHosts() {
    }

    /**
     * Words of an OAuth or OpenID Connect client's back-channel endpoints: the service calls them server to server
     * (token, user info, key set, introspection, revocation), browsers never do.
     */
    private static final Set<String> BACK_CHANNEL_WORDS = Set.of("token", "userinfo", "jwk", "jwks", "jwkset",
            "introspect", "introspection", "revoke", "revocation", "certs");

    /**
     * How a URL on the container host is used: {@code use} as the key says, except that an OAuth back-channel
     * endpoint is the service's own call ({@link SandboxFindings.LoopbackUse#OTHER}) and any URL on a host that
     * another setting publishes as the public address is public.
     *
     * @param use the use the key's classes give
     * @param references the configuration, for the other settings
     * @param setting the setting judged
     * @param words the key's lower-case words
     * @param endpoint the endpoint found in the value
     * @param verdict the verdict on that endpoint
     * @return the use to judge the endpoint by
     */
    static SandboxFindings.LoopbackUse use(SandboxFindings.LoopbackUse use, ReferencedValues references,
            Setting setting, List<String> words, Endpoint endpoint, EndpointJudge.Verdict verdict) {
        if (!verdict.containerHost()) {
            return use;
        }
        if (use == SandboxFindings.LoopbackUse.PUBLIC && backChannel(words)) {
            return SandboxFindings.LoopbackUse.OTHER;
        }
        if (use == SandboxFindings.LoopbackUse.OTHER && publishedAsPublic(references, setting, endpoint.host())) {
            return SandboxFindings.LoopbackUse.PUBLIC;
        }
        return use;
    }

    /**
     * Whether a key names an OAuth client's back-channel endpoint ({@code tokenUri}, {@code user-info-uri},
     * {@code jwk-set-uri}, {@code introspection-uri}).
     *
     * @param words the key's lower-case words
     * @return whether the service itself calls the endpoint
     */
    static boolean backChannel(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (BACK_CHANNEL_WORDS.contains(word)
                    || word.equals("user") && i + 1 < words.size() && words.get(i + 1).equals("info")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another setting of a public key holds the host, alone or as a URL's host: the configuration publishes
     * that host as the address browsers and other machines use.
     */
    private static boolean publishedAsPublic(ReferencedValues references, Setting setting, String host) {
        String name = host.toLowerCase(Locale.ROOT);
        for (Setting other : references.settings()) {
            if (other.key().equals(setting.key()) || other.value().length() > Endpoint.MAX_LENGTH
                    || !other.value().toLowerCase(Locale.ROOT).contains(name)
                    || !SandboxGate.keyClasses(other.key()).contains(KeyClass.PUBLIC)) {
                continue;
            }
            for (Endpoint published : Endpoint.parseAll(other.value().strip(), true)) {
                if (published.host().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}

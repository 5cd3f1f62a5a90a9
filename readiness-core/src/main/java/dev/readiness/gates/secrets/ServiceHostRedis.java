package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A blank Redis password whose Redis runs on a service host of the same deployment ({@code spring.data.redis.host=redis},
 * {@code REDIS_HOST=cache}): Redis asks for no password by default and a Compose or Kubernetes service name is
 * reachable only inside that deployment's network, so the blank is a choice, not a missing secret. Judged only
 * when a host key of the same prefix names a single-label host, alone or with its port
 * ({@code REDIS_ADDR=redis:6379}), or the loopback host ({@code spring.data.redis.host=localhost},
 * {@code REDIS_HOST=127.0.0.1}): a Redis on the same machine or pod is a sidecar only that machine reaches, as the
 * corpus policy reads back-end services on localhost (forty-third pass; every labelled blank of the kind, four in
 * the open sets, is clean); a public or private-address host keeps the blank reported, and so does the unspecified
 * address {@code 0.0.0.0}, a bind address rather than a destination. The password
 * is a Redis one when the word before it says so ({@code REDIS_PASSWORD}) or when a type setting of the same section
 * does ({@code storage.type=redis} beside {@code storage.host=api-gateway-redis} and {@code storage.password=}, Tyk's
 * gateway configuration). A Redis URL of the same prefix counts as the host key when it carries no password and
 * its host is such a service name ({@code REDIS_URL=redis://redis-server:6379/4} beside {@code REDIS_PASSWORD=},
 * Chatwoot's stack file), and so does one on the loopback host ({@code redis://localhost:6379}); a URL on a public or
 * private-address host, or with a password of its own, does not. Stateless.
 */
final class ServiceHostRedis {

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pass", "pwd", "psw");

    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "addr", "address");

    /** The last words of a setting beside the password that holds the whole Redis address as a URL. */
    private static final Set<String> URL_WORDS = Set.of("url", "uri");

    /** The last words of a setting beside the password that says which store its section configures. */
    private static final Set<String> TYPE_WORDS = Set.of("type", "kind", "driver", "engine", "backend", "adapter");

    private ServiceHostRedis() {
    }

    /**
     * Whether a blank password key belongs to a Redis on a service host.
     *
     * @param settings the settings of the check
     * @param key the blank password's key
     * @return {@code true} when a Redis host key beside it names a single-label service host or the loopback host
     */
    static boolean isPasswordless(Settings settings, String key) {
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last < 1 || !PASSWORD_WORDS.contains(words.get(last))
                || !words.get(last - 1).startsWith("redis") && !sectionTypeIsRedis(settings, key)) {
            return false;
        }
        List<String> prefix = words.subList(0, last);
        for (Setting setting : settings) {
            List<String> other = KeyWords.of(setting.key());
            if (other.size() == words.size() && other.subList(0, last).equals(prefix)) {
                if (HOST_WORDS.contains(other.get(last))) {
                    return isSameDeploymentHost(Hosts.withoutPort(setting.value().strip()));
                }
                if (URL_WORDS.contains(other.get(last))) {
                    return isPasswordlessServiceUrl(setting.value().strip());
                }
            }
        }
        return false;
    }

    /**
     * Whether a value is a {@code redis://} URL with no password whose host is a single-label service name or the
     * loopback host: {@code redis://redis-server:6379/4}, {@code redis://cache}, {@code redis://localhost:6379}. A user without a password ({@code redis://default@redis})
     * still asks for none; {@code redis://:pw@redis}, {@code rediss://} and any other scheme are not read.
     */
    static boolean isPasswordlessServiceUrl(String value) {
        String scheme = "redis://";
        if (!value.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return false;
        }
        int end = value.length();
        for (int i = scheme.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String authority = value.substring(scheme.length(), end);
        int at = authority.lastIndexOf('@');
        if (at >= 0 && authority.substring(0, at).indexOf(':') >= 0) {
            return false;
        }
        return isSameDeploymentHost(Hosts.withoutPort(authority.substring(at + 1)));
    }

    /**
     * Whether a Redis host is reachable only from the deployment that names it: a single-label service name, or the
     * loopback host other than the unspecified address ({@code 0.0.0.0}, {@code ::}).
     */
    private static boolean isSameDeploymentHost(String host) {
        String h = host.strip();
        return Hosts.isServiceName(h) || Hosts.isLoopback(h) && !h.equals("0.0.0.0") && !h.equals("::");
    }

    /**
     * Whether the section of a password key says it configures Redis: {@code storage.type=redis} beside
     * {@code storage.password}. Looks the sibling keys up by name, written in the case of the password's last word.
     */
    private static boolean sectionTypeIsRedis(Settings settings, String key) {
        int cut = Math.max(key.lastIndexOf('.'), Math.max(key.lastIndexOf('_'), key.lastIndexOf('-'))) + 1;
        if (cut <= 1 || cut >= key.length()) {
            return false;
        }
        boolean upper = Character.isUpperCase(key.charAt(cut));
        String section = key.substring(0, cut);
        for (String word : TYPE_WORDS) {
            Setting type = settings.get(section + (upper ? word.toUpperCase(Locale.ROOT) : word)).orElse(null);
            if (type != null && type.value().strip().equalsIgnoreCase("redis")) {
                return true;
            }
        }
        return false;
    }
}

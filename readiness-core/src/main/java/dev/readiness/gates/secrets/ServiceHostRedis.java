package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;

/**
 * A blank Redis password whose Redis runs on a service host of the same deployment ({@code spring.data.redis.host=redis},
 * {@code REDIS_HOST=cache}): Redis asks for no password by default and a Compose or Kubernetes service name is
 * reachable only inside that deployment's network, so the blank is a choice, not a missing secret. Judged only
 * when a host key of the same prefix names a single-label host, alone or with its port
 * ({@code REDIS_ADDR=redis:6379}); a public, private-address or loopback host keeps the blank reported. Stateless.
 */
final class ServiceHostRedis {

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pass", "pwd", "psw");

    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "addr", "address");

    private ServiceHostRedis() {
    }

    /**
     * Whether a blank password key belongs to a Redis on a service host.
     *
     * @param settings the settings of the check
     * @param key the blank password's key
     * @return {@code true} when a Redis host key beside it names a single-label service host
     */
    static boolean isPasswordless(Settings settings, String key) {
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last < 1 || !PASSWORD_WORDS.contains(words.get(last)) || !words.get(last - 1).startsWith("redis")) {
            return false;
        }
        List<String> prefix = words.subList(0, last);
        for (Setting setting : settings) {
            List<String> other = KeyWords.of(setting.key());
            if (other.size() == words.size() && HOST_WORDS.contains(other.get(last))
                    && other.subList(0, last).equals(prefix)) {
                return Hosts.isServiceName(Hosts.withoutPort(setting.value().strip()));
            }
        }
        return false;
    }
}

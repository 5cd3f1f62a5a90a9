package dev.readiness.gates.internal;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Boot properties that Boot ignores once another is set, so a value left in them is never used: with
 * {@code spring.rabbitmq.addresses} set, {@code spring.rabbitmq.host} and {@code .port} are ignored (Boot's
 * {@code RabbitProperties}: "When set, the host and port are ignored"); with {@code spring.data.redis.url} set,
 * {@code spring.data.redis.host} and {@code .port} are (Boot's {@code DataRedisProperties}: the URL "overrides
 * host, port, username, and password"). A development default such as {@code spring.rabbitmq.host=localhost} in
 * {@code application.properties}, overridden by {@code spring.rabbitmq.addresses} in the production profile, is
 * not where the service connects, so the endpoint gates do not judge it (session 23's worker got a false
 * {@code sandbox.local-host} WARN). Credentials are not listed: a weak password left in the files is still
 * reported.
 */
public final class BootSuperseded {

    private static final Map<String, List<String>> RULES = Map.of(
            RelaxedNames.canonical("spring.rabbitmq.addresses"),
            List.of(RelaxedNames.canonical("spring.rabbitmq.host"), RelaxedNames.canonical("spring.rabbitmq.port")),
            RelaxedNames.canonical("spring.data.redis.url"),
            List.of(RelaxedNames.canonical("spring.data.redis.host"),
                    RelaxedNames.canonical("spring.data.redis.port")));

    private BootSuperseded() {
    }

    /**
     * The canonical keys ({@link Setting#canonicalKey()}) that Spring Boot ignores in these settings.
     *
     * @param settings the settings
     * @return the ignored keys, empty when none
     */
    public static Set<String> of(Settings settings) {
        Set<String> ignored = null;
        for (Map.Entry<String, List<String>> rule : RULES.entrySet()) {
            Optional<Setting> overriding = settings.get(rule.getKey());
            if (overriding.isPresent() && (overriding.get().isDeferred() || !overriding.get().value().isBlank())) {
                if (ignored == null) {
                    ignored = new HashSet<>();
                }
                ignored.addAll(rule.getValue());
            }
        }
        return ignored == null ? Set.of() : ignored;
    }
}

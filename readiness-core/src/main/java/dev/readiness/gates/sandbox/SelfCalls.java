package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.Optional;
import java.util.Set;

/**
 * Loopback URLs by which the application calls itself: the port is its own {@code server.port} or Actuator's
 * {@code management.server.port}, written literally or
 * as a reference ({@code http://127.0.0.1:${server.port}/admin}, a Spring Boot Admin client registering with the
 * server embedded in the same application), or the key names a health probe ({@code HEALTHCHECK_URL},
 * {@code management.liveness-probe.url}): a service probes itself on loopback. Loopback is correct there, so no
 * {@code sandbox.local-host} is reported.
 */
final class SelfCalls {

    private static final java.util.List<String> OWN_PORTS = java.util.List.of("server.port",
            "management.server.port");
    private static final Set<String> PROBE_WORDS = Set.of("health", "healthcheck", "healthz", "liveness", "probe");

    private SelfCalls() {
    }

    static boolean callsItself(ReferencedValues references, Setting setting, Endpoint endpoint) {
        for (String word : KeyWords.of(setting.key())) {
            if (PROBE_WORDS.contains(word)) {
                return true;
            }
        }
        if (endpoint.port() <= 0) {
            return false;
        }
        java.util.List<Setting> referenced = references.referenced(setting);
        for (String port : OWN_PORTS) {
            String canonicalPort = RelaxedNames.canonical(port);
            for (Setting reference : referenced) {
                if (RelaxedNames.canonical(reference.key()).equals(canonicalPort)) {
                    return true;
                }
            }
            Optional<Setting> own = references.setting(port);
            if (own.isPresent() && own.get().value().trim().equals(Integer.toString(endpoint.port()))) {
                return true;
            }
        }
        return false;
    }
}

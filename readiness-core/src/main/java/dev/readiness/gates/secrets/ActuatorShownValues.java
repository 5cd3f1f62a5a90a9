package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spring Boot actuator endpoints that serve every setting's value unmasked over HTTP (forty-sixth pass):
 * {@code management.endpoint.env.show-values=always} (or {@code configprops}, {@code quartz}) with the endpoint in
 * {@code management.endpoints.web.exposure.include} ({@code *} or its id) and not excluded or switched off (its
 * {@code access} or {@code management.endpoints.access.default} {@code none}, {@code management.server.port=-1}) hands the
 * secrets of the whole environment to anyone who can reach the endpoint: {@code always} shows values to
 * unauthenticated callers too, where {@code when-authorized} asks for a signed-in user. Spring Boot masks every value
 * by default; a service that says {@code always} and exposes the endpoint was GO without a word. Stateless.
 */
final class ActuatorShownValues {

    /** The endpoints whose {@code show-values} shows setting values. */
    private static final List<String> ENDPOINTS = List.of("env", "configprops", "quartz");

    private ActuatorShownValues() {
    }

    /**
     * The findings, one per endpoint that shows its values over HTTP.
     *
     * @param settings the settings
     * @param severity the gate's severity for the stage
     * @return the findings, usually none
     */
    static List<Finding> findings(Settings settings, Severity severity) {
        List<Finding> findings = new ArrayList<>(0);
        for (String endpoint : ENDPOINTS) {
            Optional<Setting> shown = settings.get("management.endpoint." + endpoint + ".show-values");
            if (shown.isEmpty() || shown.get().isDeferred() || !"always".equals(word(shown.get().value()))
                    || !exposed(settings, endpoint)) {
                continue;
            }
            findings.add(Finding.of(severity, "secrets.shown-by-actuator", shown.get())
                    .message("show-values is always and management.endpoints.web.exposure.include exposes the "
                            + endpoint + " endpoint over HTTP: /actuator/" + endpoint + " serves the values of the"
                            + " service's settings unmasked, every secret included, to anyone who can reach it,"
                            + " signed in or not")
                    .remediation("Set " + shown.get().key() + " to when-authorized (with the roles allowed to see"
                            + " values) or never, or leave " + endpoint + " out of"
                            + " management.endpoints.web.exposure.include.")
                    .build());
        }
        return findings;
    }

    /** Whether the endpoint is exposed over HTTP and not switched off, as Spring Boot reads the exposure lists. */
    private static boolean exposed(Settings settings, String endpoint) {
        String access = settings.value("management.endpoint." + endpoint + ".access")
                .or(() -> settings.value("management.endpoints.access.default")).map(ActuatorShownValues::word)
                .orElse("");
        if (access.equals("none") || settings.value("management.endpoint." + endpoint + ".enabled")
                .map(ActuatorShownValues::word).filter("false"::equals).isPresent()
                || settings.value("management.server.port").map(String::strip).filter("-1"::equals).isPresent()) {
            return false; // switched off, or no HTTP port for the actuator at all
        }
        List<String> included = words(settings.list("management.endpoints.web.exposure.include"));
        List<String> excluded = words(settings.list("management.endpoints.web.exposure.exclude"));
        return (included.contains("*") || included.contains(endpoint))
                && !excluded.contains("*") && !excluded.contains(endpoint);
    }

    private static List<String> words(List<String> values) {
        List<String> words = new ArrayList<>(values.size());
        for (String value : values) {
            words.add(word(value));
        }
        return words;
    }

    /** A value as Spring Boot binds an enum or an endpoint id: case and dashes aside. */
    private static String word(String value) {
        return value.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}

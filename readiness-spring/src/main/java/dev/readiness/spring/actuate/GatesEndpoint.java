package dev.readiness.spring.actuate;

import dev.readiness.render.JsonReportRenderer;
import dev.readiness.spring.ReadinessReport;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code gates} actuator endpoint ({@code /actuator/gates}): the report of the gates run at boot, as the JSON
 * of the readiness contract, as {@link JsonReportRenderer} writes it. Never contains a value. Like Spring Boot's
 * {@code env} endpoint it follows {@code management.endpoint.gates.show-values} ({@code never} by default,
 * {@code when-authorized}, {@code always}): unless shown, hosts, database names and paths are masked in messages,
 * remediations and origins, while codes, subjects, statuses and counts stay. Not named {@code readiness}, which
 * Spring Boot uses for its probe group. Thread-safe.
 */
@Endpoint(id = "gates")
public class GatesEndpoint {

    private static final JsonReportRenderer RENDERER = JsonReportRenderer.compact();

    private final ReadinessReport report;

    private final Show showValues;

    private final Set<String> roles;

    /**
     * Creates the endpoint that masks hosts, names and paths for everyone.
     *
     * @param report the holder of the boot's report
     */
    public GatesEndpoint(ReadinessReport report) {
        this(report, Show.NEVER, Set.of());
    }

    /**
     * Creates the endpoint.
     *
     * @param report the holder of the boot's report
     * @param showValues when hosts, database names and paths are shown
     * @param roles the roles that may see them with {@link Show#WHEN_AUTHORIZED}; any authenticated user when empty
     */
    public GatesEndpoint(ReadinessReport report, Show showValues, Set<String> roles) {
        this.report = report;
        this.showValues = showValues;
        this.roles = Set.copyOf(roles);
    }

    /**
     * The report as JSON.
     *
     * @param securityContext who asks
     * @return the JSON text, or {@code null} (404) while the gates have not run yet
     */
    @ReadOperation(produces = { "application/vnd.spring-boot.actuator.v3+json", "application/json" })
    public @Nullable String gates(SecurityContext securityContext) {
        boolean shown = showValues.isShown(securityContext, roles);
        return report.report().map(RENDERER::render).map(json -> shown ? json : ReportMasking.mask(json))
                .orElse(null);
    }
}

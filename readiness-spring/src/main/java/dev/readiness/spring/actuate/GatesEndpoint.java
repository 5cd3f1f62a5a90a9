package dev.readiness.spring.actuate;

import dev.readiness.render.JsonReportRenderer;
import dev.readiness.spring.ReadinessReport;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code gates} actuator endpoint ({@code /actuator/gates}): the report of the gates run at boot, as the JSON
 * of the readiness contract, exactly as {@link JsonReportRenderer} writes it. Never contains a value. Not named
 * {@code readiness}, which Spring Boot uses for its probe group. Thread-safe.
 */
@Endpoint(id = "gates")
public class GatesEndpoint {

    private static final JsonReportRenderer RENDERER = JsonReportRenderer.compact();

    private final ReadinessReport report;

    /**
     * Creates the endpoint.
     *
     * @param report the holder of the boot's report
     */
    public GatesEndpoint(ReadinessReport report) {
        this.report = report;
    }

    /**
     * The report as JSON.
     *
     * @return the JSON text, or {@code null} (404) while the gates have not run yet
     */
    @ReadOperation(produces = { "application/vnd.spring-boot.actuator.v3+json", "application/json" })
    public @Nullable String gates() {
        return report.report().map(RENDERER::render).orElse(null);
    }
}

package dev.readiness.spring.actuate;

import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessReport;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code gates} health contributor. A running application passed its gates, or its stage only reports, so
 * the contributor is {@code UP} with the verdict, stage and counts as details; flapping a probe would restart a
 * service whose configuration has not changed. It is {@code UNKNOWN} while the gates have not run yet, and
 * {@code OUT_OF_SERVICE} only if a blocking report is somehow present (the application would normally have
 * refused to start). Thread-safe.
 */
public class GatesHealthIndicator implements HealthIndicator {

    private final ReadinessReport report;

    /**
     * Creates the contributor.
     *
     * @param report the holder of the boot's report
     */
    public GatesHealthIndicator(ReadinessReport report) {
        this.report = report;
    }

    @Override
    public Health health() {
        Report current = report.report().orElse(null);
        if (current == null) {
            return Health.unknown().withDetail("verdict", "PENDING").build();
        }
        Health.Builder health = current.blocks() ? Health.outOfService() : Health.up();
        return health.withDetail("verdict", current.verdict().name())
                .withDetail("stage", current.stage().id())
                .withDetail("blocking", current.blocks())
                .withDetail("gates", dev.readiness.render.ProblemList.gateCount(current))
                .withDetail("noGo", current.count(Severity.NO_GO))
                .withDetail("warn", current.count(Severity.WARN))
                .withDetail("waived", current.findings().filter(dev.readiness.Finding::waived).count())
                .build();
    }
}

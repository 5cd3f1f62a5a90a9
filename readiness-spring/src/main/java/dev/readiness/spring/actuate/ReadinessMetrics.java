package dev.readiness.spring.actuate;

import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;

/**
 * Micrometer meters for the boot's report, registered once it exists:
 * <ul>
 * <li>{@code readiness.gate.status}, a gauge per gate (tag {@code gate}): 0 GO, 1 WARN, 2 NO-GO;</li>
 * <li>{@code readiness.findings}, a gauge per gate and severity (tags {@code gate}, {@code severity} =
 * {@code info}, {@code warn}, {@code no_go}): the number of findings that are not waived.</li>
 * </ul>
 * Tags carry gate ids and severities only, never a setting key or value. Thread-safe.
 */
public class ReadinessMetrics implements MeterBinder {

    /** Name of the per-gate status gauge. */
    public static final String GATE_STATUS = "readiness.gate.status";

    /** Name of the per-gate, per-severity findings gauge. */
    public static final String FINDINGS = "readiness.findings";

    private final ReadinessReport report;

    /**
     * Creates the binder.
     *
     * @param report the holder of the boot's report
     */
    public ReadinessMetrics(ReadinessReport report) {
        this.report = report;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        report.whenAvailable(current -> register(registry, current));
    }

    private static void register(MeterRegistry registry, Report report) {
        for (GateResult gate : report.gates()) {
            Gauge.builder(GATE_STATUS, gate, result -> result.status().ordinal())
                    .description("Status of a readiness gate at boot: 0 GO, 1 WARN, 2 NO-GO")
                    .tag("gate", gate.id())
                    .register(registry);
            for (Severity severity : Severity.values()) {
                long count = gate.findings().stream()
                        .filter(finding -> !finding.waived() && finding.severity() == severity).count();
                Gauge.builder(FINDINGS, () -> count)
                        .description("Findings of a readiness gate at boot that are not waived, by severity")
                        .tag("gate", gate.id())
                        .tag("severity", severity.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
        }
    }
}

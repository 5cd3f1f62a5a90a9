package dev.readiness.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import dev.readiness.spring.ReadinessReport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;

/**
 * Session 28's newcomer booted a service whose log said {@code readiness WARN for development: 0 NO-GO, 6 WARN in
 * 9 gates, 1 exemption} while {@code /actuator/info} answered {@code "gates":10}: the info entry and the health
 * details counted the report's {@code readiness.exemptions} entry (and would count {@code readiness.waivers} and
 * {@code readiness.facts}) as a gate, which the summary line, the CLI and the failure banner do not. They now give
 * the summary's figure.
 */
class TwentyEighthPassNewcomerGateCountTests {

    private static Report reportWithExemption() {
        Settings settings = Settings.of(Map.of("readiness.sandbox.allowed-hosts", "localhost"));
        Report report = Readiness.builder()
                .stage(Stage.DEVELOPMENT)
                .settings(settings)
                .gate(Gate.of("acme.one", "first", context -> Outcome.go()))
                .gate(Gate.of("acme.two", "second", context -> Outcome.go()))
                .build()
                .run();
        assertThat(report.gates()).extracting(gate -> gate.id()).contains(Readiness.EXEMPTIONS_GATE_ID);
        return report;
    }

    @Test
    void infoCountsTheGatesAsTheSummaryLineDoes() {
        Report report = reportWithExemption();
        ReadinessReport holder = new ReadinessReport();
        holder.set(report);
        Info.Builder builder = new Info.Builder();
        new GatesInfoContributor(holder).contribute(builder);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) builder.build().getDetails().get("readiness");
        assertThat(details).containsEntry("gates", 2);
        assertThat(TextReportRenderer.summary(report)).contains(" in 2 gates");
    }

    @Test
    void healthCountsTheGatesAsTheSummaryLineDoes() {
        ReadinessReport holder = new ReadinessReport();
        holder.set(reportWithExemption());
        assertThat(new GatesHealthIndicator(holder).health().getDetails()).containsEntry("gates", 2);
    }
}

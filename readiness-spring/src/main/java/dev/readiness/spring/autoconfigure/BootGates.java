package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Status;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.springframework.core.env.Environment;

/**
 * What every phase shares: a runner configured with the boot's stage, settings, policy and time limits, and the
 * adapter's own gates. Each phase adds its gates and facts, runs once ({@link Readiness#runPhase()}), and the last
 * one asks core for the one report of every phase.
 */
final class BootGates {

    /** Where the adapter's own gates come from, as reports name it. */
    static final String ADAPTER_SOURCE = "the Spring adapter";

    private BootGates() {
    }

    static Readiness.Builder builder(ReadinessOptions options, Settings settings) {
        return Readiness.builder()
                .stage(options.stage().stage())
                .settings(settings)
                .policy(options.policy())
                .gateTimeout(options.gateTimeout())
                .deadline(options.deadline());
    }

    /** The adapter's own gates (stage consistency, unknown {@code readiness.*} properties) added to a runner. */
    static Readiness.Builder withAdapterGates(Readiness.Builder builder, ReadinessOptions options,
            Environment environment) {
        return builder
                .gate(new StageConsistencyGate(options.stage(), StageResolution.activeProfiles(environment)),
                        ADAPTER_SOURCE)
                .gate(new UnknownPropertiesGate(), ADAPTER_SOURCE);
    }

    /**
     * Logs the report once: one line for GO, the summary and a compact table of the findings otherwise. A
     * blocking report is not logged here: the failure analysis prints it.
     */
    static void log(Log log, Report report, StageResolution stage, double backgroundMillis, double mainMillis) {
        if (report.blocks()) {
            return;
        }
        String summary = TextReportRenderer.summary(report) + String.format(Locale.ROOT,
                ". Stage %s: %s (background %.1f ms, main thread %.1f ms)", report.stage().id(), stage.source(),
                backgroundMillis, mainMillis);
        if (report.verdict() == Status.GO) {
            log.info(summary);
            return;
        }
        List<Finding> shown = report.findings()
                .filter(finding -> finding.severity() != Severity.INFO || finding.waived()).toList();
        StringBuilder table = new StringBuilder(summary);
        int codeWidth = 4;
        int subjectWidth = 7;
        for (Finding finding : shown) {
            codeWidth = Math.max(codeWidth, Math.min(finding.code().length(), 40));
            subjectWidth = Math.max(subjectWidth, Math.min(finding.subject().length(), 40));
        }
        String row = "%n  %-6s %-" + codeWidth + "s  %-" + subjectWidth + "s  %s";
        table.append(String.format(Locale.ROOT, row, "", "code", "subject", "origin"));
        for (Finding finding : shown) {
            table.append(String.format(Locale.ROOT, row,
                    finding.waived() ? "waived" : finding.severity().displayName(), finding.code(),
                    finding.subject(), finding.origin().description()));
        }
        log.warn(table);
    }
}

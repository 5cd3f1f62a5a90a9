package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Severity;
import java.util.List;
import java.util.Locale;

/**
 * Renders the problems of a {@link Report} as one numbered list, for a failed build or a failed test: the summary
 * line, then every finding that is not waived and not INFO, in report order, as
 * {@code [1] of [2] NO-GO secrets.too-short JWT_SECRET (application-prod.yml:3): …} with its remediation below.
 * Like every rendering it carries keys, origins and fixed text, never a value. Thread-safe.
 */
public final class ProblemListRenderer {

    private ProblemListRenderer() {
    }

    /**
     * The problems a report counts against its verdict.
     *
     * @param report the report
     * @return the findings that are neither waived nor INFO, in report order
     */
    public static List<Finding> problems(Report report) {
        return report.findings().filter(finding -> !finding.waived() && finding.severity() != Severity.INFO).toList();
    }

    /**
     * Renders the summary and the numbered problems.
     *
     * @param report the report
     * @return the text, without a trailing line break
     */
    public static String render(Report report) {
        List<Finding> problems = problems(report);
        StringBuilder out = new StringBuilder(TextReportRenderer.summary(report));
        for (int i = 0; i < problems.size(); i++) {
            Finding finding = problems.get(i);
            out.append(String.format(Locale.ROOT, "%n[%d] of [%d] %s %s %s (%s): %s", i + 1, problems.size(),
                    finding.severity().displayName(), finding.code(), TextReportRenderer.oneLine(finding.subject()),
                    TextReportRenderer.oneLine(finding.origin().description()),
                    TextReportRenderer.oneLine(finding.message())));
            if (!finding.remediation().isBlank()) {
                out.append(String.format(Locale.ROOT, "%n    -> %s", TextReportRenderer.oneLine(finding.remediation())));
            }
        }
        return out.toString();
    }
}

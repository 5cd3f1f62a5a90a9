package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Status;
import dev.readiness.Waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Renders a {@link Report} for people: a one-line summary first, then each gate with its status, its findings
 * aligned in columns, the problems numbered as in {@link ProblemList}, and under every finding that is not INFO
 * its remediation. Plain text, no colour; every control, format and bidi character of a finding is
 * {@linkplain ProblemList#escape(String) escaped} (a line feed shows as {@code \n}), so a finding cannot forge lines
 * of the report. Immutable and thread-safe.
 *
 * <pre>
 * readiness NO-GO for production: 2 NO-GO, 1 WARN in 5 gates (blocking: fail-on NO-GO)
 *
 * NO-GO  secrets  (0.4 ms)
 *   [1] NO-GO  secrets.placeholder  JWT_SECRET  prod.env:3
 *              JWT_SECRET is an unresolved placeholder.
 *              -&gt; Set a random secret of at least 256 bits …
 * </pre>
 *
 * <p>Given the run's waivers ({@link #withWaivers(Iterable)}), a waived finding is followed by the waiver that
 * covers it, its expiry date and reason ({@code waived until 2027-03-31: Legacy ERP inside the mesh (LEDG-91)}), so
 * whoever reads the report sees why a problem does not count and until when.
 */
public final class TextReportRenderer {

    private final boolean includePassingGates;
    private final List<Waiver> waivers;

    private TextReportRenderer(boolean includePassingGates, List<Waiver> waivers) {
        this.includePassingGates = includePassingGates;
        this.waivers = waivers;
    }

    /**
     * A renderer that lists every gate, passing ones on one line each.
     *
     * @return the renderer
     */
    public static TextReportRenderer full() {
        return new TextReportRenderer(true, List.of());
    }

    /**
     * A renderer that lists only gates with findings.
     *
     * @return the renderer
     */
    public static TextReportRenderer problemsOnly() {
        return new TextReportRenderer(false, List.of());
    }

    /**
     * This renderer, also printing under each waived finding the waiver that covers it: its expiry date and reason.
     * Without the waivers (the default) a waived finding is marked {@code waived} only.
     *
     * @param waivers the waivers the run applied (from the policy, the files and the command line)
     * @return a renderer with the waivers
     */
    public TextReportRenderer withWaivers(Iterable<Waiver> waivers) {
        List<Waiver> all = new ArrayList<>(this.waivers);
        waivers.forEach(waiver -> all.add(Objects.requireNonNull(waiver, "waiver")));
        return new TextReportRenderer(includePassingGates, List.copyOf(all));
    }

    /**
     * The one-line summary, e.g. {@code readiness NO-GO for production: 2 NO-GO, 1 WARN in 5 gates}.
     *
     * @param report the report
     * @return the summary line
     */
    public static String summary(Report report) {
        return ProblemList.summary(report);
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the text, ending with a line break
     */
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        render(report, (line, level) -> out.append(line).append('\n'));
        return out.toString();
    }

    /**
     * Renders the report line by line, each line with the level of what it says, so a build log can show a NO-GO's
     * lines as errors and an INFO or waived finding's as information: the summary has the verdict's level, a gate's
     * line its status's, a finding's lines its severity when it is a problem and INFO when it is waived or INFO,
     * blank lines INFO (GO is INFO throughout).
     *
     * @param report the report
     * @param lines receives each line, without its line break, and its level
     */
    public void render(Report report, BiConsumer<String, Severity> lines) {
        lines.accept(summary(report), level(report.verdict()));
        int codeWidth = width(report, Column.CODE);
        int subjectWidth = width(report, Column.SUBJECT);
        int problemCount = ProblemList.problems(report).size();
        int numberWidth = problemCount == 0 ? 0 : ("[" + problemCount + "] ").length();
        String indent = " ".repeat(2 + numberWidth + 7);
        int number = 0;
        for (GateResult gate : report.gates()) {
            if (!includePassingGates && gate.findings().isEmpty()) {
                continue;
            }
            lines.accept("", Severity.INFO);
            lines.accept(pad(gate.status().displayName(), 6) + ' ' + oneLine(gate.id())
                    + String.format(Locale.ROOT, "  (%.1f ms)", gate.durationMillis()), level(gate.status()));
            for (Finding finding : gate.findings()) {
                Severity level = ProblemList.isProblem(finding) ? finding.severity() : Severity.INFO;
                String label = ProblemList.isProblem(finding) ? "[" + ++number + "]" : "";
                String severity = finding.waived() ? "waived" : finding.severity().displayName();
                lines.accept("  " + pad(label, numberWidth) + pad(severity, 6) + ' '
                        + pad(oneLine(finding.code()), codeWidth) + "  "
                        + pad(oneLine(finding.subject()), subjectWidth) + "  "
                        + oneLine(finding.origin().description()), level);
                if (!finding.message().isEmpty()) {
                    lines.accept(indent + oneLine(finding.message()), level);
                }
                if (finding.waived()) {
                    Waiver waiver = waiverOf(finding);
                    if (waiver != null) {
                        lines.accept(indent + "waived until " + waiver.expires() + ": " + oneLine(waiver.reason()),
                                level);
                    }
                }
                if (finding.severity() != Severity.INFO && !finding.remediation().isEmpty()) {
                    lines.accept(indent + "-> " + oneLine(finding.remediation()), level);
                }
                finding.documentation().ifPresent(link -> lines.accept(indent + "   see " + oneLine(link.toString()),
                        level));
            }
        }
    }

    private @org.jspecify.annotations.Nullable Waiver waiverOf(Finding finding) {
        return inForce(waivers, finding);
    }

    /**
     * The waiver covering a waived finding: of those covering it, the one expiring last (the one in force); shared
     * with {@link JsonReportRenderer}.
     */
    static @org.jspecify.annotations.Nullable Waiver inForce(List<Waiver> waivers, Finding finding) {
        Waiver found = null;
        for (Waiver waiver : waivers) {
            if (waiver.covers(finding) && (found == null || waiver.expires().isAfter(found.expires()))) {
                found = waiver;
            }
        }
        return found;
    }

    private static Severity level(Status status) {
        return status == Status.NO_GO ? Severity.NO_GO : status == Status.WARN ? Severity.WARN : Severity.INFO;
    }

    private enum Column { CODE, SUBJECT }

    private static int width(Report report, Column column) {
        int width = 0;
        for (Finding finding : (Iterable<Finding>) report.findings()::iterator) {
            String text = oneLine(column == Column.CODE ? finding.code() : finding.subject());
            width = Math.max(width, Math.min(text.length(), 48));
        }
        return width;
    }

    private static String oneLine(String text) {
        return Escaping.text(text);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

}

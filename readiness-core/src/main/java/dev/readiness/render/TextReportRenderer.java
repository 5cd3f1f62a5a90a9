package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Status;

import java.util.Locale;

/**
 * Renders a {@link Report} for people: a one-line summary first, then each gate with its status, its findings
 * aligned in columns, and under every finding that is not INFO its remediation. Plain text, no colour; control
 * characters in subjects and origins are escaped and multi-line messages indented, so a finding cannot forge lines
 * of the report. Thread-safe.
 *
 * <pre>
 * readiness NO-GO for production: 2 NO-GO, 1 WARN in 5 gates (blocking: fail-on NO-GO)
 *
 * NO-GO  secrets  (0.4 ms)
 *   NO-GO  secrets.placeholder  JWT_SECRET  prod.env:3
 *          JWT_SECRET is an unresolved placeholder.
 *          -&gt; Set a random secret of at least 256 bits …
 * </pre>
 */
public final class TextReportRenderer {

    private final boolean includePassingGates;

    private TextReportRenderer(boolean includePassingGates) {
        this.includePassingGates = includePassingGates;
    }

    /**
     * A renderer that lists every gate, passing ones on one line each.
     *
     * @return the renderer
     */
    public static TextReportRenderer full() {
        return new TextReportRenderer(true);
    }

    /**
     * A renderer that lists only gates with findings.
     *
     * @return the renderer
     */
    public static TextReportRenderer problemsOnly() {
        return new TextReportRenderer(false);
    }

    /**
     * The one-line summary, e.g. {@code readiness NO-GO for production: 2 NO-GO, 1 WARN in 5 gates}.
     *
     * @param report the report
     * @return the summary line
     */
    public static String summary(Report report) {
        long noGo = report.count(Severity.NO_GO);
        long warn = report.count(Severity.WARN);
        long waived = report.findings().filter(Finding::waived).count();
        StringBuilder line = new StringBuilder()
                .append("readiness ").append(report.verdict().displayName())
                .append(" for ").append(report.stage().id()).append(": ");
        if (noGo == 0 && warn == 0) {
            line.append("no problems");
        } else {
            line.append(noGo).append(" NO-GO, ").append(warn).append(" WARN");
        }
        line.append(" in ").append(report.gates().size()).append(report.gates().size() == 1 ? " gate" : " gates");
        if (waived > 0) {
            line.append(", ").append(waived).append(" waived");
        }
        if (report.blocks()) {
            line.append(" (blocking: fail-on ").append(java.util.Objects.requireNonNull(report.failOn()).displayName()).append(')');
        } else if (report.failOn() == null && report.verdict() != Status.GO) {
            line.append(" (report only in ").append(report.stage().id()).append(')');
        }
        return line.toString();
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the text, ending with a line break
     */
    public String render(Report report) {
        StringBuilder out = new StringBuilder(summary(report)).append('\n');
        int codeWidth = width(report, Column.CODE);
        int subjectWidth = width(report, Column.SUBJECT);
        for (GateResult gate : report.gates()) {
            if (!includePassingGates && gate.findings().isEmpty()) {
                continue;
            }
            out.append('\n')
                    .append(pad(gate.status().displayName(), 6)).append(' ').append(gate.id())
                    .append(String.format(Locale.ROOT, "  (%.1f ms)", gate.durationMillis()));
            if (gate.findings().isEmpty()) {
                out.append('\n');
                continue;
            }
            out.append('\n');
            for (Finding finding : gate.findings()) {
                String severity = finding.waived() ? "waived" : finding.severity().displayName();
                out.append("  ").append(pad(severity, 6)).append(' ')
                        .append(pad(finding.code(), codeWidth)).append("  ")
                        .append(pad(oneLine(finding.subject()), subjectWidth)).append("  ")
                        .append(oneLine(finding.origin().description())).append('\n');
                String indent = " ".repeat(9);
                if (!finding.message().isEmpty()) {
                    out.append(indent).append(indented(finding.message(), indent)).append('\n');
                }
                if (finding.severity() != Severity.INFO && !finding.remediation().isEmpty()) {
                    out.append(indent).append("-> ").append(indented(finding.remediation(), indent + "   "))
                            .append('\n');
                }
                finding.documentation().ifPresent(link -> out.append(indent).append("   see ").append(link).append('\n'));
            }
        }
        return out.toString();
    }

    private enum Column { CODE, SUBJECT }

    private static int width(Report report, Column column) {
        int width = 0;
        for (Finding finding : (Iterable<Finding>) report.findings()::iterator) {
            String text = column == Column.CODE ? finding.code() : oneLine(finding.subject());
            width = Math.max(width, Math.min(text.length(), 48));
        }
        return width;
    }

    /**
     * Keeps a subject or origin on its line: line breaks, tabs and other control characters (a properties key may
     * hold any of them through escapes) are shown as escapes, so no finding can forge lines of the report.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Indents every line after the first of a multi-line message, so it stays under its finding. */
    private static String indented(String text, String indent) {
        String[] lines = text.split("\r\n|\r|\n|\u2028|\u2029", -1);
        if (lines.length == 1) {
            return oneLine(text);
        }
        StringBuilder out = new StringBuilder(text.length() + lines.length * indent.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n').append(indent);
            }
            out.append(oneLine(lines[i]));
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

}

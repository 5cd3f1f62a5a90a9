package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.settings.ReadinessKeys;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered list of a report's problems, one renderer for every place a person reads them: the CLI's text
 * report numbers its findings with {@link #problems(Report)}, and an adapter's exception message
 * ({@link #message(Report)}), failure banner ({@link #description(Report)}, {@link #actions(Report)}) and boot log
 * ({@link #compactTable(Report)}) use the same numbers. A problem is a finding that is neither waived nor INFO.
 * Every text taken from a finding (code, subject, origin, message, remediation, link) and every gate id and
 * description is {@linkplain #escape(String) escaped}, so no finding can forge a line, hide text or reorder it.
 * Lines end with {@code \n}. Immutable and thread-safe.
 *
 * <pre>
 * readiness NO-GO for production: 1 NO-GO, 0 WARN in 5 gates (blocking: fail-on NO-GO)
 * [1] NO-GO secrets.placeholder JWT_SECRET (prod.env:3): JWT_SECRET is an unresolved placeholder.
 * </pre>
 */
public final class ProblemList {

    private ProblemList() {
    }

    /**
     * One numbered problem. Immutable and thread-safe.
     *
     * @param number its number, from 1
     * @param gate the gate that found it
     * @param finding the finding
     */
    public record Problem(int number, GateResult gate, Finding finding) {
    }

    /**
     * The problems, numbered from 1 in report order: every finding that is neither waived nor INFO, by gate.
     *
     * @param report the report
     * @return the problems
     */
    public static List<Problem> problems(Report report) {
        List<Problem> problems = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                if (isProblem(finding)) {
                    problems.add(new Problem(problems.size() + 1, gate, finding));
                }
            }
        }
        return problems;
    }

    /**
     * Whether a finding is one of the numbered problems: neither waived nor INFO.
     *
     * @param finding the finding
     * @return {@code true} for a problem
     */
    public static boolean isProblem(Finding finding) {
        return !finding.waived() && finding.severity() != Severity.INFO;
    }

    /**
     * The one-line summary ({@link TextReportRenderer#summary(Report)}), kept here so that a boot, which logs it
     * through this class, does not load the full renderer.
     */
    static String summary(Report report) {
        long noGo = report.count(Severity.NO_GO);
        long warn = report.count(Severity.WARN);
        long waived = 0;
        long exemptions = 0;
        int gates = gateCount(report);
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                waived += finding.waived() ? 1 : 0;
                exemptions += finding.code().startsWith("exemption.") ? 1 : 0;
            }
        }
        StringBuilder line = new StringBuilder()
                .append("readiness ").append(report.verdict().displayName())
                .append(" for ").append(report.stage().id()).append(": ");
        if (noGo == 0 && warn == 0) {
            line.append("no problems");
        } else {
            line.append(noGo).append(" NO-GO, ").append(warn).append(" WARN");
        }
        line.append(" in ").append(gates).append(gates == 1 ? " gate" : " gates");
        if (waived > 0) {
            line.append(", ").append(waived).append(" waived");
        }
        if (exemptions > 0) {
            line.append(", ").append(exemptions).append(exemptions == 1 ? " exemption" : " exemptions");
        }
        if (report.blocks()) {
            line.append(" (blocking: fail-on ").append(java.util.Objects.requireNonNull(report.failOn()).displayName()).append(')');
        } else if (report.failOn() == null && report.verdict() != Status.GO) {
            line.append(" (report only in ").append(report.stage().id()).append(')');
        }
        return line.toString();
    }

    /**
     * How many gates a report ran, as its summary line counts them ({@code … in 9 gates}): the entries of the
     * waivers, the exemptions and the fact contributors' failures, which {@link Report#gates()} lists beside the
     * gates, are not counted. The actuator's {@code gates} health details and {@code /actuator/info} entry give this
     * figure, so that they agree with the line the boot logged.
     *
     * @param report any report
     * @return the number of gates in it
     */
    public static int gateCount(Report report) {
        int gates = 0;
        for (GateResult gate : report.gates()) {
            gates += isPolicyEntry(gate.id()) ? 0 : 1;
        }
        return gates;
    }

    /**
     * Whether a report's entry is the policy's rather than a gate's: the waivers, the exemptions and the fact
     * contributors' failures are listed beside the gates (and in the JSON report's {@code gates}) but are not gates,
     * so the summary does not count them.
     */
    private static boolean isPolicyEntry(String id) {
        return id.equals(Readiness.WAIVERS_GATE_ID) || id.equals(Readiness.EXEMPTIONS_GATE_ID)
                || id.equals(Readiness.FACTS_GATE_ID);
    }

    /**
     * Shows a text on one line, every control, format and bidi character escaped: a line feed as the two characters
     * {@code \n}, ESC as {@code \}{@code u001b}, U+202E as {@code \}{@code u202e}.
     *
     * @param text any text
     * @return the text, safe to print on one line
     */
    public static String escape(String text) {
        return Escaping.text(text);
    }

    /**
     * Fits a rendered report to a console that cannot show every character, such as a JVM started under the C locale
     * (a systemd unit or {@code env -i} without {@code LANG}), whose ASCII console would print the report's ellipsis
     * in {@code sk_test_…} as {@code ?}: typographic punctuation becomes its ASCII spelling ({@code …} as
     * {@code ...}, dashes as {@code -} or {@code --}, curly quotes as straight ones, {@code →} as {@code ->}) and any
     * other character the charset lacks is shown as {@code \}{@code uXXXX}, so nothing is lost to a question mark.
     * A Unicode charset returns the text unchanged.
     *
     * @param text a rendered report or message
     * @param charset the charset the console or log writes with
     * @return the text, every character of it representable in {@code charset}
     */
    public static String forCharset(String text, Charset charset) {
        return Escaping.forCharset(text, charset);
    }

    /**
     * The summary and one line per problem, e.g. for an exception message:
     * {@code [1] NO-GO secrets.placeholder JWT_SECRET (prod.env:3): JWT_SECRET is an unresolved placeholder.}
     *
     * @param report the report
     * @return the text, without a final line break
     */
    public static String message(Report report) {
        StringBuilder message = new StringBuilder(summary(report));
        for (Problem problem : problems(report)) {
            appendLine(message, problem);
        }
        return message.toString();
    }

    /**
     * The summary and one line per problem with its remediation below it: what a failed build or a failed test
     * shows.
     *
     * <pre>
     * readiness NO-GO for production: …
     * [1] NO-GO secrets.too-short jwt.secret (application-prod.yml:3:9): jwt.secret has 12 characters; …
     *     -&gt; Generate one with openssl rand -base64 48.
     * </pre>
     *
     * @param report the report
     * @return the text, without a final line break
     */
    public static String withRemediation(Report report) {
        StringBuilder text = new StringBuilder(summary(report));
        for (Problem problem : problems(report)) {
            appendLine(text, problem);
            if (!problem.finding().remediation().isBlank()) {
                text.append("\n    -> ").append(escape(problem.finding().remediation()));
            }
        }
        List<Finding> exemptions = exemptions(report);
        if (!exemptions.isEmpty()) {
            text.append('\n').append(exemptionsHeading(exemptions.size()));
            for (Finding finding : exemptions) {
                text.append("\n    ").append(escape(finding.code())).append(' ').append(escape(finding.subject()))
                        .append(" (").append(escape(finding.origin().description())).append("): ")
                        .append(escape(finding.message()));
            }
        }
        return text.toString();
    }

    /**
     * The exemptions in force that the summary counts ({@code …, 1 exemption}): the INFO {@code exemption.*}
     * findings, each naming what the configuration exempts and where. A failed test or build and a refused start list
     * them under the problems, so a count is never shown without what it counts (session 32's newcomer: "1
     * exemption", and nothing said which). An {@code exemption.*} WARN is a problem and numbered as one.
     */
    private static List<Finding> exemptions(Report report) {
        List<Finding> exemptions = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                if (!isProblem(finding) && !finding.waived() && finding.code().startsWith("exemption.")) {
                    exemptions.add(finding);
                }
            }
        }
        return exemptions;
    }

    private static String exemptionsHeading(int count) {
        return count == 1 ? "1 exemption in force:" : count + " exemptions in force:";
    }

    private static void appendLine(StringBuilder text, Problem problem) {
        Finding finding = problem.finding();
        text.append("\n[").append(problem.number()).append("] ").append(finding.severity().displayName())
                .append(' ').append(escape(finding.code())).append(' ').append(escape(finding.subject()))
                .append(" (").append(escape(finding.origin().description())).append("): ")
                .append(escape(finding.message()));
    }

    /**
     * The summary and every problem grouped by gate, each with its origin and message: what a failure banner
     * describes.
     *
     * <pre>
     * readiness NO-GO for production: …
     *
     * Gate secrets (NO-GO) - Secrets are strong:
     *   [1] NO-GO secrets.placeholder: JWT_SECRET
     *       origin: prod.env:3
     *       JWT_SECRET is an unresolved placeholder.
     * </pre>
     *
     * @param report the report
     * @return the text, ending with a line break
     */
    public static String description(Report report) {
        StringBuilder out = new StringBuilder(summary(report)).append('\n');
        GateResult gate = null;
        for (Problem problem : problems(report)) {
            if (gate != problem.gate()) {
                gate = problem.gate();
                out.append('\n').append("Gate ").append(escape(gate.id())).append(" (")
                        .append(gate.status().displayName()).append(')')
                        .append(gate.description().isBlank() ? "" : " - " + escape(gate.description()))
                        .append(":\n");
            }
            Finding finding = problem.finding();
            out.append("  [").append(problem.number()).append("] ").append(finding.severity().displayName())
                    .append(' ').append(escape(finding.code())).append(": ").append(escape(finding.subject()))
                    .append('\n');
            out.append("      origin: ").append(escape(finding.origin().description())).append('\n');
            if (!finding.message().isBlank()) {
                out.append("      ").append(escape(finding.message())).append('\n');
            }
        }
        List<Finding> exemptions = exemptions(report);
        if (!exemptions.isEmpty()) {
            out.append('\n').append(exemptionsHeading(exemptions.size())).append('\n');
            for (Finding finding : exemptions) {
                out.append("  ").append(escape(finding.code())).append(": ").append(escape(finding.subject()))
                        .append('\n');
                out.append("      origin: ").append(escape(finding.origin().description())).append('\n');
                if (!finding.message().isBlank()) {
                    out.append("      ").append(escape(finding.message())).append('\n');
                }
            }
        }
        long waived = report.findings().filter(Finding::waived).count();
        if (waived > 0) {
            out.append('\n').append(waived).append(waived == 1 ? " finding" : " findings").append(" waived.\n");
        }
        return out.toString();
    }

    /**
     * Every problem's remediation under its number: what a failure banner says to do.
     * {@code   [1] secrets.placeholder (JWT_SECRET): Set a random secret of at least 256 bits.}
     *
     * @param report the report
     * @return the text, ending with a line break when there is a problem
     */
    public static String actions(Report report) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems(report)) {
            Finding finding = problem.finding();
            String remediation = finding.remediation().isBlank() ? "see the gate's documentation"
                    : finding.remediation();
            out.append("  [").append(problem.number()).append("] ").append(escape(finding.code())).append(" (")
                    .append(escape(finding.subject())).append("): ").append(escape(remediation)).append('\n');
            finding.documentation().ifPresent(link -> out.append("      see ").append(escape(link.toString()))
                    .append('\n'));
        }
        return out.toString();
    }

    /**
     * The summary and a compact table for a log: one row per problem, waived finding and exemption
     * ({@code exemption.*}), with its status, code, subject and origin.
     *
     * <pre>
     * readiness WARN for production: 0 NO-GO, 2 WARN in 5 gates
     *          code                subject                         origin
     *   WARN   secrets.too-short   JWT_SECRET                      prod.env:3
     *   WARN   properties.unknown  readiness.sandbox.allowed-host  application.yml:4:5
     *          did you mean readiness.sandbox.allowed-hosts?
     * </pre>
     *
     * An unknown {@code readiness.*} key's row is followed by the key it probably meant, as its message says.
     *
     * @param report the report
     * @return the text, without a final line break
     */
    public static String compactTable(Report report) {
        return compactTable(report, List.of());
    }

    /**
     * As {@link #compactTable(Report)}, with the waiver in force under each waived row, as the full text report
     * writes it ({@code waived until 2027-03-31: Cloud SQL Auth Proxy sidecar (OPS-142)}), so that a log that says a
     * finding is waived also says why and until when.
     *
     * <pre>
     * readiness GO for production: no problems in 9 gates, 1 waived
     *          code          subject           origin
     *   waived sandbox.host  PARTNER_BASE_URL  environment variable PARTNER_BASE_URL
     *          waived until 2027-01-31: partner go-live slipped (ACME-77)
     * </pre>
     *
     * @param report the report
     * @param waivers the run's waivers; a waived finding none of them covers gets no extra line
     * @return the text, without a final line break
     */
    public static String compactTable(Report report, Iterable<Waiver> waivers) {
        List<Waiver> given = new ArrayList<>();
        for (Waiver waiver : waivers) { // a loop, not forEach(given::add): no lambda spun on a start's thread
            given.add(waiver);
        }
        List<Finding> rows = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                if (isProblem(finding) || finding.waived() || finding.code().startsWith("exemption.")) {
                    rows.add(finding);
                }
            }
        }
        StringBuilder table = new StringBuilder(summary(report));
        if (rows.isEmpty()) {
            return table.toString();
        }
        int codeWidth = 4;
        int subjectWidth = 7;
        for (Finding finding : rows) {
            codeWidth = Math.max(codeWidth, Math.min(escape(finding.code()).length(), 40));
            subjectWidth = Math.max(subjectWidth, Math.min(escape(finding.subject()).length(), 40));
        }
        appendRow(table, "", "code", codeWidth, "subject", subjectWidth, "origin");
        for (Finding finding : rows) {
            appendRow(table, finding.waived() ? "waived" : finding.severity().displayName(), escape(finding.code()),
                    codeWidth, escape(finding.subject()), subjectWidth, escape(finding.origin().description()));
            if (isProblem(finding) && finding.code().equals(UNKNOWN_PROPERTY)) {
                ReadinessKeys.typoOf(finding.subject()).ifPresent(known -> table.append("\n  ")
                        .append(" ".repeat(7)).append("did you mean ").append(known).append('?'));
            }
            Waiver waiver = finding.waived() ? TextReportRenderer.inForce(given, finding) : null;
            if (waiver != null) {
                table.append("\n  ").append(" ".repeat(7)).append("waived until ").append(waiver.expires())
                        .append(": ").append(escape(waiver.reason()));
            }
        }
        return table.toString();
    }

    /**
     * The code of an unknown {@code readiness.*} key ({@code UnknownPropertiesGate.CODE}): its row says which key was
     * probably meant, since a table that shows only the key would hide the fix.
     */
    private static final String UNKNOWN_PROPERTY = "properties.unknown";

    private static void appendRow(StringBuilder table, String status, String code, int codeWidth, String subject,
            int subjectWidth, String origin) {
        table.append("\n  ").append(pad(status, 6)).append(' ').append(pad(code, codeWidth)).append("  ")
                .append(pad(subject, subjectWidth)).append("  ").append(origin);
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}

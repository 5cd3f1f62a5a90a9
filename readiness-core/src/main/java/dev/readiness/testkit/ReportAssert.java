package dev.readiness.testkit;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Status;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.RelaxedNames;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on a {@link Report}. Each failed assertion throws an {@link AssertionError} whose message says what
 * was expected and prints the whole report. Immutable and thread-safe; assertions chain.
 *
 * <p>A subject is matched as a waiver's subject is: by the setting key in any relaxed spelling
 * ({@code hasFinding("secrets.placeholder", "jwt.secret")} matches a finding on {@code JWT_SECRET}), or by the exact
 * type name.
 */
public final class ReportAssert {

    private final Report report;

    /**
     * Wraps a report.
     *
     * @param report the report
     */
    public ReportAssert(Report report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Wraps a report.
     *
     * @param report the report
     * @return assertions on it
     */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }

    /**
     * The report under test.
     *
     * @return the report
     */
    public Report report() {
        return report;
    }

    /**
     * Asserts the verdict.
     *
     * @param expected the expected verdict
     * @return this
     */
    public ReportAssert hasVerdict(Status expected) {
        if (report.verdict() != expected) {
            fail("Expected verdict " + expected.displayName() + " but was " + report.verdict().displayName());
        }
        return this;
    }

    /**
     * Asserts the verdict is GO.
     *
     * @return this
     */
    public ReportAssert isGo() {
        return hasVerdict(Status.GO);
    }

    /**
     * Asserts the verdict is WARN: something to look at, nothing that blocks by default (a gate that reports WARN
     * in staging and NO-GO in production is tested with this in staging).
     *
     * @return this
     */
    public ReportAssert isWarn() {
        return hasVerdict(Status.WARN);
    }

    /**
     * Asserts the verdict is NO-GO.
     *
     * @return this
     */
    public ReportAssert isNoGo() {
        return hasVerdict(Status.NO_GO);
    }

    /**
     * Asserts that a finding with a code exists, on any subject.
     *
     * @param code the finding code
     * @return this
     */
    public ReportAssert hasFinding(String code) {
        if (matching(code, null).isEmpty()) {
            fail("Expected a finding " + code + " but there was none");
        }
        return this;
    }

    /**
     * Asserts that a finding with a code on a subject exists.
     *
     * @param code the finding code
     * @param subject the setting key, in any relaxed spelling ({@code jwt.secret} for {@code JWT_SECRET}), or the key
     *        referencing the variable the finding is on, as a waiver names it; or a type name
     * @return this
     */
    public ReportAssert hasFinding(String code, String subject) {
        if (matching(code, subject).isEmpty()) {
            fail("Expected a finding " + code + " on " + subject + " but there was none");
        }
        return this;
    }

    /**
     * Asserts that no finding with a code exists, on any subject.
     *
     * @param code the finding code
     * @return this
     */
    public ReportAssert hasNoFinding(String code) {
        List<Finding> found = matching(code, null);
        if (!found.isEmpty()) {
            fail("Expected no finding " + code + " but found " + found.size());
        }
        return this;
    }

    /**
     * Asserts that no finding with a code on a subject exists.
     *
     * @param code the finding code
     * @param subject the setting key, in any relaxed spelling ({@code jwt.secret} for {@code JWT_SECRET}), or the key
     *        referencing the variable the finding is on, as a waiver names it; or a type name
     * @return this
     */
    public ReportAssert hasNoFinding(String code, String subject) {
        if (!matching(code, subject).isEmpty()) {
            fail("Expected no finding " + code + " on " + subject + " but there was one");
        }
        return this;
    }

    /**
     * Asserts that there are no findings of any kind, not even INFO.
     *
     * @return this
     */
    public ReportAssert hasNoFindings() {
        long count = report.findings().count();
        if (count > 0) {
            fail("Expected no findings but there were " + count);
        }
        return this;
    }

    /**
     * Asserts that no finding was waived.
     *
     * @return this
     */
    public ReportAssert hasNothingWaived() {
        long waived = report.findings().filter(Finding::waived).count();
        if (waived > 0) {
            fail("Expected nothing waived but " + waived + " finding(s) were");
        }
        return this;
    }

    /**
     * Asserts whether the report blocks under its policy.
     *
     * @param expected whether it should block
     * @return this
     */
    public ReportAssert blocks(boolean expected) {
        if (report.blocks() != expected) {
            fail(expected ? "Expected the report to block but it does not" : "Expected the report not to block but it does");
        }
        return this;
    }

    private List<Finding> matching(String code, @org.jspecify.annotations.Nullable String subject) {
        return report.findings()
                .filter(finding -> finding.code().equals(code))
                .filter(finding -> subject == null || names(subject, finding))
                .toList();
    }

    /**
     * Whether a subject names a finding as a waiver's does: its key in any relaxed spelling, or the key that references
     * the variable the finding is reported on ({@code spring.datasource.url} for a finding on {@code DB_URL}, which
     * {@code url: ${DB_URL}} references; thirty-fifth pass: {@code hasFinding("database.test-name",
     * "spring.datasource.url")} failed on such a finding, which a waiver for that subject covers).
     */
    private static boolean names(String subject, Finding finding) {
        if (finding.subject().equals(subject) || RelaxedNames.matches(subject, finding.subject())) {
            return true;
        }
        String referencing = dev.readiness.internal.ReferencedValues.referencingKey(finding);
        return referencing != null && (referencing.equals(subject) || RelaxedNames.matches(subject, referencing));
    }

    private void fail(String message) {
        throw new AssertionError(message + "\n\n" + TextReportRenderer.full().render(report));
    }
}

package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.TestFindings;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.settings.Origin;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportRendererTests {

    private static final Finding PLACEHOLDER = Finding.of(Severity.NO_GO, "secrets.placeholder", "JWT_SECRET")
            .origin(Origin.file("prod.env", 3))
            .message("JWT_SECRET is an unresolved placeholder.")
            .remediation("Set a random secret of at least 256 bits.")
            .documentation(URI.create("https://example.com/secrets"))
            .build();
    private static final Finding SHORT = Finding.of(Severity.WARN, "secrets.too-short", "STRIPE_WEBHOOK_SECRET")
            .origin(Origin.environmentVariable("STRIPE_WEBHOOK_SECRET"))
            .message("12 characters, about 71 bits.")
            .remediation("Use the secret Stripe shows.")
            .build();
    private static final Finding NOTE = Finding.of(Severity.INFO, "database.pool", "DB_POOL")
            .message("Pool size is the default.")
            .remediation("never shown for INFO")
            .build();
    private static final Finding WAIVED = TestFindings.waived(Finding.of(Severity.NO_GO, "database.loopback-host", "DB_URL")
            .origin(Origin.file("prod.env", 7))
            .message("DB_URL points at localhost.")
            .remediation("Point it at the database host.")
            .build());

    private static Report report() {
        return new Report(Status.NO_GO, Stage.PRODUCTION, List.of(
                GateResult.of("database", "", 1.25, List.of(NOTE, WAIVED)),
                GateResult.of("sandbox", "", 0.04, List.of()),
                GateResult.of("secrets", "", 0.4, List.of(PLACEHOLDER, SHORT))), Status.NO_GO);
    }

    @Test
    void renderShouldPrintTheSummaryFirstThenEachGateAligned() {
        String text = TextReportRenderer.full().render(report());

        assertThat(text).isEqualTo("""
                readiness NO-GO for production: 1 NO-GO, 1 WARN in 3 gates, 1 waived (blocking: fail-on NO-GO)

                GO     database  (1.3 ms)
                      INFO   database.pool           DB_POOL                unknown origin
                             Pool size is the default.
                      waived database.loopback-host  DB_URL                 prod.env:7
                             DB_URL points at localhost.
                             -> Point it at the database host.

                GO     sandbox  (0.0 ms)

                NO-GO  secrets  (0.4 ms)
                  [1] NO-GO  secrets.placeholder     JWT_SECRET             prod.env:3
                             JWT_SECRET is an unresolved placeholder.
                             -> Set a random secret of at least 256 bits.
                                see https://example.com/secrets
                  [2] WARN   secrets.too-short       STRIPE_WEBHOOK_SECRET  environment variable STRIPE_WEBHOOK_SECRET
                             12 characters, about 71 bits.
                             -> Use the secret Stripe shows.
                """);
    }

    @Test
    void renderWithTheWaiversShouldSayUnderAWaivedFindingUntilWhenAndWhy() {
        // Left open by sessions 21 and 22, seen again in session 23: the text report said "waived" and nothing of
        // the waiver's reason or expiry, which SARIF carried.
        dev.readiness.Waiver expired = dev.readiness.Waiver.of("database.loopback-host", "DB_URL",
                "old reason", java.time.LocalDate.of(2026, 11, 30));
        dev.readiness.Waiver active = dev.readiness.Waiver.of("database.loopback-host", "DB_URL",
                "Cloud SQL proxy sidecar\n(OPS-142)", java.time.LocalDate.of(2027, 3, 31));
        dev.readiness.Waiver other = dev.readiness.Waiver.of("secrets.placeholder", "reason of another finding",
                java.time.LocalDate.of(2027, 1, 31));

        String text = TextReportRenderer.full().withWaivers(List.of(expired, active, other)).render(report());

        assertThat(text).contains("""
                      waived database.loopback-host  DB_URL                 prod.env:7
                             DB_URL points at localhost.
                             waived until 2027-03-31: Cloud SQL proxy sidecar\\n(OPS-142)
                             -> Point it at the database host.
                """).doesNotContain("old reason", "reason of another finding");
        assertThat(TextReportRenderer.full().render(report())).doesNotContain("waived until");
    }

    @Test
    void renderLineByLineShouldGiveEachLineTheLevelOfWhatItSays() {
        java.util.Map<String, Severity> levels = new java.util.LinkedHashMap<>();
        StringBuilder text = new StringBuilder();

        TextReportRenderer.full().render(report(), (line, level) -> {
            levels.put(line.strip(), level);
            text.append(line).append('\n');
        });

        assertThat(text).hasToString(TextReportRenderer.full().render(report()));
        assertThat(levels).containsEntry(TextReportRenderer.summary(report()), Severity.NO_GO)
                .containsEntry("GO     database  (1.3 ms)", Severity.INFO)
                .containsEntry("DB_URL points at localhost.", Severity.INFO)
                .containsEntry("-> Point it at the database host.", Severity.INFO)
                .containsEntry("NO-GO  secrets  (0.4 ms)", Severity.NO_GO)
                .containsEntry("JWT_SECRET is an unresolved placeholder.", Severity.NO_GO)
                .containsEntry("-> Set a random secret of at least 256 bits.", Severity.NO_GO)
                .containsEntry("12 characters, about 71 bits.", Severity.WARN)
                .containsEntry("-> Use the secret Stripe shows.", Severity.WARN);
        assertThat(levels).hasEntrySatisfying(levels.keySet().stream()
                .filter(line -> line.startsWith("waived")).findFirst().orElseThrow(),
                level -> assertThat(level).isEqualTo(Severity.INFO));
    }

    @Test
    void renderShouldPutTheRemediationUnderEveryNoGoAndWarnButNotUnderInfo() {
        String text = TextReportRenderer.full().render(report());

        assertThat(text).contains("-> Set a random secret").contains("-> Use the secret Stripe shows.")
                .doesNotContain("never shown for INFO");
    }

    @Test
    void problemsOnlyShouldLeaveOutGatesWithoutFindings() {
        String text = TextReportRenderer.problemsOnly().render(report());

        assertThat(text).doesNotContain("sandbox").contains("secrets").contains("database");
        assertThat(text.lines().findFirst()).contains(TextReportRenderer.summary(report()));
    }

    @Test
    void summaryShouldSayReportOnlyWhereNothingBlocks() {
        Report report = new Report(Status.WARN, Stage.DEVELOPMENT,
                List.of(GateResult.of("secrets", "", 0, List.of(SHORT))), null);

        assertThat(TextReportRenderer.summary(report))
                .isEqualTo("readiness WARN for development: 0 NO-GO, 1 WARN in 1 gate (report only in development)");
    }

    @Test
    void summaryShouldSayNoProblemsForAGoReport() {
        Report report = new Report(Status.GO, Stage.STAGING, List.of(GateResult.of("a", "", 0, List.of())),
                Status.NO_GO);

        assertThat(TextReportRenderer.summary(report)).isEqualTo("readiness GO for staging: no problems in 1 gate");
    }

    private static Report ofOne(Finding finding) {
        Status status = finding.severity().toStatus();
        return new Report(status, Stage.PRODUCTION, List.of(GateResult.of("acme", "", 0, List.of(finding))),
                Status.NO_GO);
    }

    @Test
    void renderShouldKeepEveryFindingOnItsOwnLinesWhateverTheText() {
        Finding forged = Finding.of(Severity.NO_GO, "acme.forged", "KEY\nNO-GO  fake.finding\tX\u0007")
                .origin(Origin.of("a.properties:1\rGO"))
                .message("first line\nsecond line")
                .remediation("do this\r\nthen that")
                .build();
        String text = TextReportRenderer.full().render(ofOne(forged));

        assertThat(text).isEqualTo("""
                readiness NO-GO for production: 1 NO-GO, 0 WARN in 1 gate (blocking: fail-on NO-GO)

                NO-GO  acme  (0.0 ms)
                  [1] NO-GO  acme.forged  KEY\\nNO-GO  fake.finding\\tX\\u0007  a.properties:1\\rGO
                             first line\\nsecond line
                             -> do this\\r\\nthen that
                """);
    }

    @Test
    void renderShouldEscapeLineBreaksAnsiBidiAndC1SoNoFindingForgesALine() {
        Finding forged = Finding.of(Severity.WARN, "acme.forged",
                        "KEY\u001b[32m\u001b[8m\u202eOG\u2066\u2069\u009b\u007f\u2028\u2029")
                .origin(Origin.of("a.env:1\nreadiness GO for production: no problems"))
                .message("fine\n         -> forged remediation\u0085readiness GO")
                .remediation("ok\u000bnext")
                .build();
        String text = TextReportRenderer.full().render(ofOne(forged));

        assertThat(text.lines()).hasSize(6);
        assertThat(text.lines()).noneMatch(line -> line.startsWith("readiness GO"))
                .noneMatch(line -> line.strip().startsWith("-> forged"));
        assertThat(text).doesNotContain("\u001b", "\u202e", "\u2066", "\u2069", "\u009b", "\u007f", "\u2028",
                "\u2029", "\u0085", "\u000b", "\r");
        assertThat(text).contains("KEY\\u001b[32m\\u001b[8m\\u202eOG\\u2066\\u2069\\u009b\\u007f\\u2028\\u2029")
                .contains("a.env:1\\nreadiness GO").contains("fine\\n         -> forged remediation\\u0085readiness GO");
    }
}

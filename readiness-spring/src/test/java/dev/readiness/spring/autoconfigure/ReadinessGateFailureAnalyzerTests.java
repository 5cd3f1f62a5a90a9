package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.spring.ReadinessConfigurationException;
import dev.readiness.spring.ReadinessGateException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ReadinessGateFailureAnalyzerTests {

    private static final String CANARY = "sk_live_canary0123456789ABCDEFGHIJ";

    private final Setting secret = Setting.of("JWT_SECRET", CANARY, Origin.environmentVariable("JWT_SECRET"));

    private final Report report = Readiness.builder().stage(Stage.PRODUCTION)
            .gate(Gate.of("database", "Database URLs", context -> Outcome.of(List.of(
                    Finding.noGo("database.loopback-host",
                            Setting.of("spring.datasource.url", "jdbc:postgresql://localhost/app",
                                    Origin.of("class path resource [application-prod.yml] - 12:15")))
                            .message("The database host is loopback in production.")
                            .remediation("Point spring.datasource.url to the managed database.")
                            .documentation(URI.create("https://example.org/database")).build(),
                    Finding.of(Severity.INFO, "database.pool", "spring.datasource.hikari").message("fine").build()))))
            .gate(Gate.of("secrets", "Secret strength", context -> Outcome.of(List.of(
                    Finding.noGo("secrets.too-short", secret)
                            .message("The secret is too short: " + SecretShape.of(CANARY) + ".")
                            .remediation("Generate 256 random bits.").build(),
                    Finding.warn("secrets.reused", secret).message("Reused.").remediation("Use distinct secrets.")
                            .build(),
                    Finding.noGo("secrets.placeholder", secret).message("Waived one.").build()))))
            .policy(Policy.builder().waiver(new Waiver("secrets.placeholder", null, "accepted for the test",
                    LocalDate.now().plusDays(60))).build())
            .build().run();

    private final ReadinessGateException exception = new ReadinessGateException(report, 78);

    @Test
    void analyzeShouldNumberEveryProblemGroupedByGateWithOrigins() {
        FailureAnalysis analysis = new ReadinessGateFailureAnalyzer().analyze(exception);

        assertThat(analysis.getDescription())
                .contains("readiness NO-GO for production: 2 NO-GO, 1 WARN in 2 gates, 1 waived (blocking: fail-on NO-GO)")
                .containsSubsequence("Gate database (NO-GO) - Database URLs:",
                        "[1] NO-GO database.loopback-host: spring.datasource.url",
                        "origin: class path resource [application-prod.yml] - 12:15",
                        "The database host is loopback in production.",
                        "Gate secrets (NO-GO) - Secret strength:",
                        "[2] NO-GO secrets.too-short: JWT_SECRET",
                        "origin: environment variable JWT_SECRET",
                        "[3] WARN secrets.reused: JWT_SECRET",
                        "1 finding waived.")
                .doesNotContain("database.pool").doesNotContain("[4]");
        assertThat(analysis.getCause()).isSameAs(exception);
    }

    @Test
    void analyzeShouldListEveryRemediationUnderTheSameNumbers() {
        FailureAnalysis analysis = new ReadinessGateFailureAnalyzer().analyze(exception);

        assertThat(analysis.getAction()).containsSubsequence(
                "[1] database.loopback-host (spring.datasource.url): Point spring.datasource.url to the managed database.",
                "see https://example.org/database",
                "[2] secrets.too-short (JWT_SECRET): Generate 256 random bits.",
                "[3] secrets.reused (JWT_SECRET): Use distinct secrets.",
                "readiness.waivers[0].code=<code>", "readiness.stage");
    }

    @Test
    void noRenderingShouldContainTheSecretOrAFragmentOfIt() {
        FailureAnalysis analysis = new ReadinessGateFailureAnalyzer().analyze(exception);

        for (String text : List.of(analysis.getDescription(), analysis.getAction(), exception.getMessage(),
                exception.toString())) {
            for (int i = 8; i + 4 <= CANARY.length(); i++) {
                assertThat(text).doesNotContain(CANARY.substring(i, i + 4));
            }
        }
    }

    @Test
    void exceptionMessageShouldNumberEveryProblem() {
        assertThat(exception.getMessage()).startsWith("readiness NO-GO for production")
                .contains("\n[1] NO-GO database.loopback-host spring.datasource.url (class path resource"
                        + " [application-prod.yml] - 12:15): The database host is loopback in production.")
                .contains("[2] NO-GO secrets.too-short JWT_SECRET (environment variable JWT_SECRET)")
                .contains("[3] WARN secrets.reused JWT_SECRET");
        assertThat(exception.getExitCode()).isEqualTo(78);
    }

    @Test
    void configurationAnalyzerShouldNameEveryProperty() {
        FailureAnalysis analysis = new ReadinessConfigurationFailureAnalyzer().analyze(
                new ReadinessConfigurationException(List.of("readiness.waivers[0].reason is required",
                        "readiness.deadline must be a positive duration such as 5s, but was PT0S")));

        assertThat(analysis.getDescription()).containsSubsequence("readiness.waivers[0].reason is required",
                "readiness.deadline must be a positive duration");
        assertThat(analysis.getAction()).contains("Correct the properties named above");
    }
}

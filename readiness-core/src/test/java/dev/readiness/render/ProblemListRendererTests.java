package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.settings.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListRendererTests {

    private static final Finding TOO_SHORT = Finding.of(Severity.NO_GO, "secrets.too-short", "jwt.secret")
            .origin(Origin.file("application-prod.yml", 3, 9))
            .message("jwt.secret has 12 characters; at least 32 are needed.")
            .remediation("Generate one with openssl rand -base64 48.")
            .build();
    private static final Finding SANDBOX = Finding.of(Severity.WARN, "sandbox.endpoint", "PAYMENT_URL")
            .origin(Origin.file("prod.env", 2))
            .message("PAYMENT_URL points at a sandbox host.\nSecond line.")
            .build();
    private static final Finding NOTE = Finding.of(Severity.INFO, "settings.note", "X").message("Noted.").build();
    private static final Finding WAIVED = TOO_SHORT.toBuilder().build().asWaived();

    private static Report report(Finding... findings) {
        return new Report(Status.NO_GO, Stage.PRODUCTION, List.of(GateResult.of("all", "", 0, List.of(findings))),
                Status.NO_GO);
    }

    @Test
    void numbersEveryProblemWithOriginMessageAndRemediation() {
        String text = ProblemListRenderer.render(report(TOO_SHORT, NOTE, SANDBOX, WAIVED));

        assertThat(text.lines()).containsExactly(
                "readiness NO-GO for production: 1 NO-GO, 1 WARN in 1 gate, 1 waived (blocking: fail-on NO-GO)",
                "[1] of [2] NO-GO secrets.too-short jwt.secret (application-prod.yml:3:9): "
                        + "jwt.secret has 12 characters; at least 32 are needed.",
                "    -> Generate one with openssl rand -base64 48.",
                "[2] of [2] WARN sandbox.endpoint PAYMENT_URL (prod.env:2): "
                        + "PAYMENT_URL points at a sandbox host.\\nSecond line.");
    }

    @Test
    void reportWithoutProblemsIsTheSummaryAlone() {
        assertThat(ProblemListRenderer.render(report(NOTE))).doesNotContain("\n").startsWith("readiness NO-GO");
        assertThat(ProblemListRenderer.problems(report(NOTE, WAIVED))).isEmpty();
    }
}

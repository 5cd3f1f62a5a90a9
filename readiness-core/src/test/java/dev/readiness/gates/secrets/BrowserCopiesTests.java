package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserCopiesTests {

    /**
     * Judged as the git-ignored {@code .env.production.local} a deployment keeps its secrets in: a literal secret in
     * the committed {@code .env.production} is a finding of its own ({@link StageDotenvFiles}).
     */
    private static List<Finding> check(String dotenv) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION,
                Settings.builder().dotenv(".env.production.local", dotenv).build())).findings();
    }

    @Test
    void checkWhenABrowserVariableHoldsAServerSecretsValueShouldReportThatSecretAsPublic() {
        String random = Samples.alphanumeric(32, 61);
        List<Finding> findings = check("SEARCH_API_KEY=" + random + "\nNEXT_PUBLIC_SEARCH_CLIENT_KEY=" + random
                + "\n");

        assertThat(findings).extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NEXT_PUBLIC_SEARCH_CLIENT_KEY", "secrets.reused",
                        Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("same value as the secret SEARCH_API_KEY")
                .contains("every visitor").doesNotContain(random.substring(0, 8));
    }

    /**
     * The publishable keys and the browser variables that hold no credential say nothing; the fenced fill-me markers
     * ({@code *** REPLACE ***}) are placeholders under the server secret and under the browser credential alike, and
     * two of them make the file a template whose literal session secret is likely published (twentieth pass).
     */
    @Test
    void checkWhenBrowserVariablesHoldPublicKeysOrFillMarkersShouldReportOnlyMarkersAndTheTemplatesLiteral() {
        String publishable = "pk_live_" + Samples.alphanumeric(24, 62);
        List<Finding> findings = check("STRIPE_PUBLISHABLE_KEY=" + publishable + "\nNEXT_PUBLIC_STRIPE_KEY="
                + publishable + "\nSTRIPE_SECRET_KEY=*** REPLACE ***\nVITE_STRIPE_KEY=*** REPLACE ***\n"
                + "SESSION_SECRET=" + Samples.base64(32, 63) + "\nVITE_SEARCH_KEY=" + Samples.alphanumeric(32, 64)
                + "\nVITE_ENABLE_TOKEN=enabled\n");

        assertThat(findings).extracting(Finding::code).doesNotContain("secrets.reused");
        assertThat(findings).extracting(Finding::subject, Finding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("STRIPE_SECRET_KEY", "secrets.placeholder"),
                org.assertj.core.groups.Tuple.tuple("VITE_STRIPE_KEY", "secrets.placeholder"),
                org.assertj.core.groups.Tuple.tuple("SESSION_SECRET", "secrets.likely-published"));
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-seventh pass, the lead's rules from first contact with the blind set 204: a percentage under a key that
 * mentions a token ({@code TOKEN_DEPOSIT_PCT=20}) and a provider's token-exchange switch
 * ({@code EXCHANGE_TOKEN=true}) were NO-GO secrets; the secrets beside them stay judged.
 */
class FortySeventhPassLeadTests {

    private static List<String> problems(String text) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(Finding -> Finding.subject()).toList();
    }

    @Test
    void aPercentageUnderATokenKeyShouldHoldNoSecret() {
        assertThat(problems("TOKEN_DEPOSIT_PCT=25\nREFERRAL_TOKEN_PCT=5\n")).isEmpty();
        assertThat(problems("PAYMENT_TOKEN=25\n")).containsExactly("PAYMENT_TOKEN");
    }

    @Test
    void aTokenExchangeSwitchShouldHoldNoSecretButATokenLeftAtTrueStaysJudged() {
        assertThat(problems("SOCIAL_PROVIDERS.github.EXCHANGE_TOKEN=true\n")).isEmpty();
        assertThat(problems("GITHUB_TOKEN=true\n")).containsExactly("GITHUB_TOKEN");
    }
}

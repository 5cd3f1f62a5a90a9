package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-first pass: an environment look-up written in another language whose literal default holds
 * a brace that is not closed ({@code process.env.JWT_SECRET || 'change}me'}, {@code os.environ.get('X', 'pass{word')})
 * lost its default, because no Spring placeholder can carry it, and read as {@code ${JWT_SECRET}}: a value known only
 * at run time, so a committed secret was GO in production. The default is now judged as written wherever none of the
 * look-up's variables is set.
 */
class ThirtyFirstPassRedteamLookUpTests {

    private static List<String> findings(Map<String, String> environment, String line) {
        Settings settings = ApplicationConfig.builder().environment(environment).configText("application.properties",
                line + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject() + " " + finding.origin().description())
                .toList();
    }

    @Test
    void aLiteralDefaultWithAnUnclosedBraceShouldBeJudgedAsWritten() {
        assertThat(findings(Map.of(), "app.jwt-secret=process.env.JWT_SECRET || 'change}me'"))
                .containsExactly("NO_GO app.jwt-secret application.properties:1 via the default of ${JWT_SECRET}");
        assertThat(findings(Map.of(), "app.db-password=os.environ.get('DB_PASSWORD', 'hunter2{')"))
                .containsExactly("NO_GO app.db-password application.properties:1 via the default of ${DB_PASSWORD}");
        assertThat(findings(Map.of(), "app.api-token=process.env.A || process.env.B || 'hunter2}'"))
                .hasSize(1).allMatch(finding -> finding.startsWith("NO_GO app.api-token"));
    }

    @Test
    void theVariableShouldWinWhereTheEnvironmentSetsIt() {
        assertThat(findings(Map.of("JWT_SECRET", "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6"),
                "app.jwt-secret=process.env.JWT_SECRET || 'change}me'")).isEmpty();
    }

    @Test
    void aUsableDefaultAndAnExpressionShouldReadAsBefore() {
        assertThat(ForeignReferences.literalDefaultOf("process.env.SECRET || 'keyboard cat'")).isNull();
        assertThat(ForeignReferences.literalDefaultOf("process.env.X || '${Y}'")).isNull();
        assertThat(ForeignReferences.literalDefaultOf("process.env.SECURE === '}' ? true : false")).isNull();
        assertThat(ForeignReferences.literalDefaultOf("process.env.JWT_SECRET || 'change}me'"))
                .isEqualTo(new ForeignReferences.LiteralDefault(List.of("JWT_SECRET"), "change}me"));
    }
}

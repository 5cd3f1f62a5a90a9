package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.internal.ReplaceTokens;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-second pass: a whole release-pipeline token is a reference that the pipeline fills
 * ({@code @@API_SECRET_KEY@@}, {@code #{JwtSecret}#}, {@code ((secret_key_base))}), but a token whose name is a note to
 * the reader ({@code @@CHANGEME@@}, {@code %%REPLACE_ME%%}, {@code #{YOUR_JWT_SECRET}#}, {@code ((your-secret-here))})
 * was read as one too: GO in production. Such a name is a fill-in, as {@code {{YOUR_ACCESS_TOKEN}}} already is for
 * installer tokens, and the value is judged.
 */
class ThirtySecondPassRedteamFillInTokenTests {

    private static List<String> findings(String line) {
        Settings settings = Settings.builder().dotenv("prod.env", line + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET=@@CHANGEME@@", "JWT_SECRET=%%REPLACE_ME%%", "JWT_SECRET=#{YOUR_JWT_SECRET}#",
        "JWT_SECRET=((your-secret-here))", "JWT_SECRET=@@CHANGE_ME@@", "JWT_SECRET=((your_jwt_secret))"})
    void aTokenNamedAsAFillInShouldBeJudged(String line) {
        assertThat(ReplaceTokens.isWholeToken(line.substring(line.indexOf('=') + 1))).isFalse();
        assertThat(findings(line)).containsExactly("NO_GO JWT_SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET=@@JWT_SECRET@@", "JWT_SECRET=%%KEYSTORE_PASSWORD%%", "JWT_SECRET=#{JwtSecret}#",
        "JWT_SECRET=((secret_key_base))", "JWT_SECRET=((/cf/admin_password))", "JWT_SECRET=((settings_secret))",
        "JWT_SECRET=#{SetupKey}#", "JWT_SECRET=@@MYSQL_PASSWORD@@"})
    void aPipelinesVariableShouldStayAReference(String line) {
        assertThat(ReplaceTokens.isWholeToken(line.substring(line.indexOf('=') + 1))).isTrue();
        assertThat(findings(line)).isEmpty();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the twentieth pass against false alarms on clean production files (tuning-precision-6): the External
 * Secrets operator's values, which name entries of a secret store, and a negative quantity under a key with a word of
 * quantity; each with its catches and the tempting neighbours that stay judged. Values are synthetic, of the shapes
 * seen in public files.
 */
class ProductionFilesTwentiethPassTests {

    /** The codes for {@code key} in a properties file of {@code lines} joined by {@code |}. */
    private static List<String> codesIn(String lines, String key) {
        Settings settings = Settings.builder()
                .properties("values-production.properties", lines.replace('|', '\n') + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    /** The key of the last line of {@code lines}. */
    private static String lastKey(String lines) {
        String last = lines.substring(lines.lastIndexOf('|') + 1);
        return last.substring(0, last.indexOf('='));
    }

    /**
     * Each row: the file's lines joined by {@code |}, and whether its last key is still reported.
     */
    @ParameterizedTest(name = "{0} -> reported {1}")
    @CsvSource(delimiter = ';', value = {
        // The External Secrets operator: field maps, store paths and the store's kind name entries, not values.
        "externalSecrets.appEnv.fields.APP_SECRET_KEY_BASE=SECRET_KEY_BASE; false",
        "externalSecrets.appEnv.fields.APP_OPS_AUTH_PASSWORD=OPS_AUTH_PASSWORD; false",
        "externalSecrets.properties.JWT_SECRET=shop-api/prod/app; false",
        "global.externalSecrets.approach=vault; false",
        "externalSecret.data.DB_PASSWORD=app/prod/db; false",
        // The same values outside the operator's section are still secrets, and so is a section merely named alike.
        "appEnv.fields.APP_OPS_AUTH_PASSWORD=OPS_AUTH_PASSWORD; true",
        "properties.JWT_SECRET=shop-api/prod/app; true",
        "myExternalSecrets.password=changeme; true",
        "externalSecretsPassword=changeme; true",
        // A negative number is a quantity's sentinel under a key with a word of quantity.
        "QUOTA_T1_TOKEN=-1; false",
        "API_TOKEN_RATE_LIMIT=-1; false",
        // Without such a word, or with letters, it is judged as before.
        "ADMIN_PASSWORD=-1; true",
        "QUOTA_T1_TOKEN=-1abcdef; true",
    })
    void productionShouldJudgeTheSecretsOnlyWhereTheyAre(String lines, boolean reported) {
        List<String> codes = codesIn(lines, lastKey(lines));
        if (reported) {
            assertThat(codes).isNotEmpty();
        } else {
            assertThat(codes).isEmpty();
        }
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth pass's precision rules of the secrets gate, each with its catch and a tempting clean value: a
 * blank key whose comment says what the service does without it and that it carries on, and an access key that
 * repeats the configuration's user name.
 */
class TwentyEighthPassPrecisionSecretsTests {

    private static List<String> codesOf(String text, String key) {
        Settings settings = Settings.builder().dotenv("deploy/.env.prod.example", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    @Test
    void aBlankKeyTheServiceDoesWithoutShouldStayCleanButOneItFailsWithoutShouldNot() {
        assertThat(codesOf("# ---- Email (Resend). Without a key, reset/verify emails are logged, not sent. ----\n"
                + "RESEND_API_KEY=\nMAIL_FROM=no-reply@example.com\n", "RESEND_API_KEY")).isEmpty();
        assertThat(codesOf("# Without a key set, the translate button errors gracefully\nDEEPL_API_KEY=\n",
                "DEEPL_API_KEY")).isEmpty();
        assertThat(codesOf("# M-Pesa STK (STK push throws without these keys)\nMPESA_CONSUMER_SECRET=\n",
                "MPESA_CONSUMER_SECRET")).containsExactly("secrets.blank");
        assertThat(codesOf("# Without a key the API refuses every request\nSTRIPE_SECRET_KEY=\n",
                "STRIPE_SECRET_KEY")).containsExactly("secrets.blank");
    }

    @Test
    void anAccessKeyThatRepeatsTheUserNameShouldStayCleanButAnUnknownOrDefaultOneShouldNot() {
        String users = "MINIO_ROOT_USER=coreai-minio\nMINIO_ROOT_PASSWORD=CHANGE_ME_minio_password\n";
        assertThat(codesOf(users + "MINIO_ACCESS_KEY=coreai-minio\n", "MINIO_ACCESS_KEY")).isEmpty();
        assertThat(codesOf(users + "MINIO_ACCESS_KEY=k7Qm2Zr9Xw4Tb8Lp\n", "MINIO_ACCESS_KEY"))
                .containsExactly("secrets.published-default");
        assertThat(codesOf("MINIO_ROOT_USER=minioadmin\nMINIO_ACCESS_KEY=minioadmin\n", "MINIO_ACCESS_KEY"))
                .isNotEmpty();
    }
}

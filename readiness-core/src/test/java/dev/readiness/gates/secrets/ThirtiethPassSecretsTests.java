package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirtieth pass's secrets rules, each with its catch and a tempting clean value: a PIN judged as a password, a
 * made-up Firebase app id, and a template asking for a service account's key.
 */
class ThirtiethPassSecretsTests {

    private static List<String> codesOf(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    private static List<String> envCodes(String text, String key) {
        return codesOf(Settings.builder().dotenv("deploy/.env.example", text).build(), key);
    }

    private static List<String> propertiesCodes(String text, String key) {
        return codesOf(ApplicationConfig.builder().configText("application-prod.properties", text).build()
                .settings(), key);
    }

    @Test
    void aGuessablePinShouldBeJudgedAsAPasswordButBoardPinsCertificatePinsAndCommitPinsShouldNot() {
        assertThat(envCodes("AIRTEL_PIN=1234rtgbnkjhgf\n", "AIRTEL_PIN")).containsExactly("secrets.guessable");
        assertThat(propertiesCodes("wallet.operator.pin=1234\n", "wallet.operator.pin")).isNotEmpty();
        // a board's pin number, a certificate pin, a version pin, a switch and India's postal code are no PINs
        assertThat(envCodes("LED_PIN=13\n", "LED_PIN")).isEmpty();
        assertThat(propertiesCodes("app.upstream.cert-pin=Kq7Vd9ZxP2mL4tR8sW1yB3nC6fH0jG5aE2uI9oTkLzM=\n",
                "app.upstream.cert-pin")).isEmpty();
        assertThat(envCodes("RESTORE_SOURCE_PIN=801f8c3\n", "RESTORE_SOURCE_PIN")).isEmpty();
        assertThat(envCodes("WERKZEUG_DEBUG_PIN=off\n", "WERKZEUG_DEBUG_PIN")).isEmpty();
        assertThat(envCodes("STORE_PINCODE=560001\n", "STORE_PINCODE")).isEmpty();
        assertThat(envCodes("GPIO_RESET_PIN=1024\n", "GPIO_RESET_PIN")).isEmpty();
    }

    @Test
    void aMadeUpFirebaseAppIdShouldBeAPlaceholderButAnIssuedOneShouldNot() {
        assertThat(envCodes("NEXT_PUBLIC_FIREBASE_APP_ID=1:111111111111:web:prod\n", "NEXT_PUBLIC_FIREBASE_APP_ID"))
                .containsExactly("secrets.placeholder");
        assertThat(envCodes("VITE_FIREBASE_APP_ID=1:123456789012:web:abcdef123456\n", "VITE_FIREBASE_APP_ID"))
                .containsExactly("secrets.placeholder");
        assertThat(envCodes("FIREBASE_APP_ID=1:123:web:abc\n", "FIREBASE_APP_ID"))
                .containsExactly("secrets.placeholder");
        // the shapes Firebase issues: a web hash of 22 hexadecimal digits, an Android one of 16
        assertThat(envCodes("NEXT_PUBLIC_FIREBASE_APP_ID=1:756959344919:web:968cc4b3092191444d9f52\n",
                "NEXT_PUBLIC_FIREBASE_APP_ID")).isEmpty();
        assertThat(envCodes("FIREBASE_APP_ID=1:1079030816261:android:2c4bd9a9d6b6a3f4\n", "FIREBASE_APP_ID"))
                .isEmpty();
    }

    @Test
    void aTemplateAskingForAServiceAccountKeyShouldBeAPlaceholderButOneAskingForItsNameOrFileShouldNot() {
        assertThat(envCodes("FIREBASE_SERVICE_ACCOUNT_B64=your_firebase_service_account_base64\n",
                "FIREBASE_SERVICE_ACCOUNT_B64")).containsExactly("secrets.placeholder");
        assertThat(envCodes("GOOGLE_SA_B64=<service-account-json>\n", "GOOGLE_SA_B64"))
                .containsExactly("secrets.placeholder");
        assertThat(envCodes("GCP_SA=your_service_account_email\n", "GCP_SA")).isEmpty();
        assertThat(envCodes("GCP_SERVICE_ACCOUNT_KEY_PATH=your_service_account_key.json\n",
                "GCP_SERVICE_ACCOUNT_KEY_PATH")).isEmpty();
    }

    @Test
    void gossipAndWireGuardKeysOfTheDocsShouldBePublishedDefaultsButTheExamplesPublicKeysAndFreshKeysShouldNot() {
        String hcl = """
                encrypt=pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=
                server.encrypt=cg8StVXbQJ0gPvMd9o7yrg==
                Interface.PrivateKey=yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=
                Peer.PublicKey=xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
                """;
        assertThat(propertiesCodes(hcl, "encrypt")).containsExactly("secrets.published-default");
        assertThat(propertiesCodes(hcl, "server.encrypt")).containsExactly("secrets.published-default");
        assertThat(propertiesCodes(hcl, "Interface.PrivateKey")).containsExactly("secrets.published-default");
        assertThat(propertiesCodes(hcl, "Peer.PublicKey")).isEmpty();
        assertThat(envCodes("WIREGUARD_PRIVATE_KEY=wOEI9rqqbDwnN8/Bpp22sVz48T71vJ4fYmFWujulwUU=\n",
                "WIREGUARD_PRIVATE_KEY")).contains("secrets.published-default");
        // a gossip key of the same shape that no document published
        assertThat(propertiesCodes("encrypt=Q3m8v1ZkT7rLx2PfN9sWc4YhB6dJ0aGe5uKiOtRnVlA=\n", "encrypt")).isEmpty();
    }

    @Test
    void anEmptyDefaultUnderAFrameworksOwnSecretShouldBeBlankButUnderAnotherServicesKeyShouldNot() {
        String compose = """
                SECRET_KEY_BASE=${SECRET_KEY_BASE:-}
                APP_KEY=${APP_KEY:-}
                SESSION_SECRET=${SESSION_SECRET:-}
                AWS_SECRET_KEY=${AWS_SECRET_KEY:-}
                GITHUB_SECRET=${GITHUB_SECRET:-}
                """;
        Settings settings = ApplicationConfig.builder().configText("deploy/.env", compose).build().settings();
        assertThat(codesOf(settings, "SECRET_KEY_BASE")).containsExactly("secrets.blank");
        assertThat(codesOf(settings, "APP_KEY")).containsExactly("secrets.blank");
        assertThat(codesOf(settings, "SESSION_SECRET")).containsExactly("secrets.blank");
        // another service's credential with an empty default marks an optional integration as often as not
        assertThat(codesOf(settings, "AWS_SECRET_KEY")).isEmpty();
        assertThat(codesOf(settings, "GITHUB_SECRET")).isEmpty();
        assertThat(propertiesCodes("arkmem.api.internal-token=${ARKMEM_API_INTERNAL_TOKEN:}\n",
                "arkmem.api.internal-token")).containsExactly("secrets.blank");
        assertThat(propertiesCodes("arkmem.api.partner-token=${PARTNER_TOKEN:}\n", "arkmem.api.partner-token"))
                .isEmpty();
    }
}

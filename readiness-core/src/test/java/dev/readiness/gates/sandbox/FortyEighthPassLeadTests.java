package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-eighth pass, the lead's rules from first contact with the blind sets 210 to 216: each rule's catch and the
 * tempting clean value beside it.
 */
class FortyEighthPassLeadTests {

    private static List<String> problems(String name, String text) {
        var settings = ApplicationConfig.builder().configText(name, text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.severity() + " " + f.code() + " " + f.subject())
                .toList();
    }

    @Test
    void cardanosPreprodAndFilecoinsCalibrationShouldBeTestNetworksOnlyBesideTheirChain() {
        assertThat(problems(".env", """
                CARDANO_NETWORK=preprod
                FILECOIN_NETWORK=calibration
                """)).containsExactly("NO_GO sandbox.test-network CARDANO_NETWORK",
                "NO_GO sandbox.test-network FILECOIN_NETWORK");
        assertThat(problems(".env", """
                CARDANO_NETWORK=mainnet
                DEPLOY_ENV=preprod-eu
                SENSOR_CALIBRATION=calibration
                """)).noneMatch(problem -> problem.contains("test-network"));
    }

    @Test
    void aLeadingTestModeKeyCutShortAfterItsKindShouldBeATestCredentialButAWordStaysAWord() {
        assertThat(problems(".env", """
                NEXT_PUBLIC_PAYMENTS_CLIENT_KEY=test_ck_...
                PAYMENTS_SECRET_KEY=test_sk_your_key_here
                """)).containsExactly("NO_GO sandbox.test-credential NEXT_PUBLIC_PAYMENTS_CLIENT_KEY",
                "NO_GO sandbox.test-credential PAYMENTS_SECRET_KEY");
        assertThat(problems(".env", """
                NEXT_PUBLIC_PAYMENTS_CLIENT_KEY=live_ck_...
                QA_ACCOUNT_KEY=test_user_...
                """)).noneMatch(problem -> problem.contains("test-credential"));
    }

    @Test
    void aTemplateDomainUnderAnAddressKeyWithoutSchemeShouldBeTemplateText() {
        assertThat(problems(".env", """
                APP_HOST=your-clinic-domain.com
                PASSKEY_RP_ID=yourdomain.com
                """)).containsExactly("NO_GO sandbox.reserved-host APP_HOST", "NO_GO sandbox.reserved-host PASSKEY_RP_ID");
        assertThat(problems(".env", """
                APP_HOST=app.vetclinic-cloud.com
                PASSKEY_RP_ID=vetclinic-cloud.com
                PLAUSIBLE_SITE_ID=yoursite.com
                """)).isEmpty();
    }

    @Test
    void aPublicIpAfterOtherWordsShouldBeTheAddressPlayersAreSentTo() {
        assertThat(problems("ctf.properties", """
                DockerConfig.PublicIP=127.0.0.1
                CHALLENGE_PUBLIC_IP=localhost
                """)).containsExactly("NO_GO sandbox.local-public-url DockerConfig.PublicIP",
                "NO_GO sandbox.local-public-url CHALLENGE_PUBLIC_IP");
        assertThat(problems("ctf.properties", """
                DockerConfig.PublicIP=203.0.113.40
                REDIS_SERVER_IP=127.0.0.1
                DOCKER_BIND_PUBLIC_IP=127.0.0.1
                """)).isEmpty();
    }

    @Test
    void aKeyNamingTheTestModePrefixOfIssuedKeysShouldHoldNoCredential() {
        assertThat(problems(".env", """
                API_KEY_PREFIX_TEST=ms_test_
                API_KEY_PREFIX_LIVE=ms_live_
                """)).isEmpty();
        assertThat(problems(".env", "MEDITATION_API_KEY=ms_test_...\n"))
                .containsExactly("NO_GO sandbox.test-credential MEDITATION_API_KEY");
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-ninth pass, published secrets: a file whose self-made secrets (passwords, signing and encryption keys) hold
 * at least three distinct values of one generated shape is a setup script's output (docker-jitsi-meet's
 * {@code gen-passwords.sh}, a deploy script's {@code openssl rand -hex}, an ESPHome {@code secrets.yaml} of 32 random
 * letters and digits per device), committed with the file it filled, so each literal of that shape there is a
 * {@code secrets.likely-published} WARN ({@link ScriptGeneratedSets}). Beside the clean values that tempt it: two such
 * passwords only, passwords of different lengths (a person's or a store's), provider-issued keys of 32 hex digits
 * beside one hex password, one value repeated, hex shorter than 16 bytes, the set spread over three files, and a
 * switched-off integration. And Jupyter's hashed password ({@code argon2:$argon2id$…}, {@code sha1:salt:digest}) is
 * a password hash like any modular-crypt one, {@code secrets.committed-hash} ({@link CryptHashes}); an image digest, a
 * bare algorithm prefix and a Compose-escaped htpasswd line are not. A runner token {@code gitlab-runner register}
 * wrote into the runner's {@code config.toml} ({@code runners[0].token}) is a {@code secrets.likely-published} WARN,
 * as an installer's generated secrets are; a reference there, and other tokens, are not. Random values were generated
 * for this test.
 */
class ThirtyNinthPassPublishedTests {

    private static final String HEX_1 = "01ecd7fc648b57494f606b934572fbdc";
    private static final String HEX_2 = "065f791449523e6817685686df9d00ff";
    private static final String HEX_3 = "9e9da167a9d6f31b792b9e9adb03451d";
    private static final String HEX_4 = "40d8c25edb7fae8b5cf2c49e26a6643e";
    private static final String HEX_64_1 = "daf46f8b41fcd47a2671b505550d3ace865487887982724c868b8275f9d2edb3";
    private static final String HEX_64_2 = "7682c96f2f88a1625bf6dd04e09af5023649c34af6536485601dcf58d8383797";
    private static final String ALNUM_1 = "cH7FW71oFLNfbH6s5iGjQ2DkmHKkBRTo";
    private static final String ALNUM_2 = "yaOcKk8bMgxVV0MAtKO7csT94VwJxthV";
    private static final String ALNUM_3 = "8aOUpPwQl6dtthiy3sxxAnoeBdz26wXz";

    private static Settings settingsOf(String file, String... lines) {
        return ApplicationConfig.builder().configText(file, String.join("\n", lines) + "\n").build().settings();
    }

    private static List<Finding> findings(Settings settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(finding -> finding.subject() + " " + finding.severity() + " " + finding.code())
                .toList();
    }

    @Test
    void passwordsASetupScriptGeneratedAreLikelyPublished() {
        List<Finding> findings = findings(settingsOf("jitsi.env", "JVB_AUTH_USER=jvb",
                "JVB_AUTH_PASSWORD=" + HEX_1, "JICOFO_AUTH_USER=focus", "JICOFO_AUTH_PASSWORD=" + HEX_2,
                "JIGASI_XMPP_PASSWORD=" + HEX_3, "JIBRI_XMPP_PASSWORD=" + HEX_4, "XMPP_DOMAIN=meet.jitsi"));

        assertThat(verdicts(findings)).containsExactly("JVB_AUTH_PASSWORD WARN secrets.likely-published",
                "JICOFO_AUTH_PASSWORD WARN secrets.likely-published",
                "JIGASI_XMPP_PASSWORD WARN secrets.likely-published",
                "JIBRI_XMPP_PASSWORD WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("setup script", "4 distinct values", "JICOFO_AUTH_PASSWORD")
                .doesNotContain(HEX_1.substring(10, 14)).doesNotContain(HEX_2.substring(10, 14));
    }

    @Test
    void hexSecretsOfDifferentLengthsFromOneScriptAreLikelyPublishedWithTheApiKeyBesideThem() {
        List<Finding> findings = findings(settingsOf("activepieces.env", "AP_ENCRYPTION_KEY=" + HEX_1,
                "AP_JWT_SECRET=" + HEX_64_1, "AP_POSTGRES_PASSWORD=" + HEX_64_2, "AP_API_KEY=" + HEX_64_1 + HEX_2,
                "AP_FRONTEND_URL=https://pieces.example.org"));

        assertThat(verdicts(findings)).contains("AP_ENCRYPTION_KEY WARN secrets.likely-published",
                "AP_JWT_SECRET WARN secrets.likely-published", "AP_POSTGRES_PASSWORD WARN secrets.likely-published",
                "AP_API_KEY WARN secrets.likely-published");
    }

    @Test
    void letterAndDigitPasswordsOfOneLengthAreLikelyPublished() {
        List<Finding> findings = findings(settingsOf("esphome-secrets.properties",
                "funhouse_ota_password=" + ALNUM_1, "humidity_sensor_ota_password=" + ALNUM_2,
                "pressure_sensor_wifi_ap_password=" + ALNUM_3));

        assertThat(verdicts(findings)).containsExactly("funhouse_ota_password WARN secrets.likely-published",
                "humidity_sensor_ota_password WARN secrets.likely-published",
                "pressure_sensor_wifi_ap_password WARN secrets.likely-published");
    }

    @Test
    void twoGeneratedPasswordsAreNoSet() {
        // forty-fourth pass: two hex passwords are a pair (FortyFourthPassPublishedGeneratedPairTests); two of letters
        // and digits, which providers issue too, still need a third
        assertThat(findings(settingsOf("jitsi.env", "JVB_AUTH_PASSWORD=" + ALNUM_1, "JICOFO_AUTH_PASSWORD=" + ALNUM_2)))
                .isEmpty();
    }

    @Test
    void passwordsOfDifferentLengthsPass() {
        assertThat(findings(settingsOf("server.env",
                "DATASOURCE_PASSWORD=fwQo3fYgiM5PlM1CgJTwk6ED", "REPORTING_DATASOURCE_PASSWORD=6oC9jq48dCMPd6RgkoU8",
                "KEY_STORE_PASSWORD=r8Gf64bdH58IcRoaEg0oVP"))).isEmpty();
    }

    @Test
    void providerKeysOfThirtyTwoHexDigitsBesideOneHexPasswordPass() {
        assertThat(findings(settingsOf("server.env", "MAIL_PASSWORD=" + HEX_1,
                "TWILIO_AUTH_TOKEN=" + HEX_2, "ALGOLIA_ADMIN_API_KEY=" + HEX_3, "ROLLBAR_ACCESS_TOKEN=" + HEX_4))).isEmpty();
    }

    @Test
    void oneValueRepeatedIsNoSet() {
        // forty-third pass: one value pasted under three keys is reported, as a pasted literal, never as a generated set
        assertThat(findings(settingsOf("jitsi.env", "JVB_AUTH_PASSWORD=" + HEX_1,
                "JICOFO_AUTH_PASSWORD=" + HEX_1, "JIGASI_XMPP_PASSWORD=" + HEX_1)))
                .noneMatch(finding -> finding.message().contains("generated shape"))
                .allMatch(finding -> finding.message().contains("written again under"));
    }

    @Test
    void aSetSpreadOverThreeFilesLeavesEachAlone() {
        Settings settings = ApplicationConfig.builder().configText("jvb.env", "JVB_AUTH_PASSWORD=" + HEX_1 + "\n")
                .configText("jicofo.env", "JICOFO_AUTH_PASSWORD=" + HEX_2 + "\n")
                .configText("jigasi.env", "JIGASI_XMPP_PASSWORD=" + HEX_3 + "\n").build().settings();

        assertThat(findings(settings)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca4a27e57386b57128be6e1a", "CA4A27E57386B57128BE6E1A", "abcdefghijklmnopqrstuvwxyzabcdef",
            "0123456789012345678901234567890123", "cH7FW71o-LNfbH6s5iGjQ2DkmHKkBRTo", "cH7FW71o", ""})
    void valuesWithoutAGeneratedShapeHaveNoSignature(String value) {
        assertThat(ScriptGeneratedSets.signature(value)).isEqualTo(ScriptGeneratedSets.NONE);
    }

    @Test
    void hexOfAnyLengthSharesOneSignatureAndLettersWithDigitsTheirLength() {
        assertThat(ScriptGeneratedSets.signature(HEX_1)).isEqualTo(ScriptGeneratedSets.signature(HEX_64_1))
                .isNotEqualTo(ScriptGeneratedSets.signature(HEX_1.toUpperCase(java.util.Locale.ROOT)))
                .isNotEqualTo(ScriptGeneratedSets.NONE);
        assertThat(ScriptGeneratedSets.signature(ALNUM_1)).isEqualTo(32);
        assertThat(ScriptGeneratedSets.signature("fwQo3fYgiM5PlM1CgJTwk6ED")).isEqualTo(24);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotebookApp.password", "c.ServerApp.password", "PasswordIdentityProvider.hashed_password"})
    void jupytersHashedPasswordIsACommittedHash(String key) {
        String hash = "argon2:$argon2id$v=19$m=10240,t=10,p=8$5sxYmbCijtY4X97p0eqBag$"
                + "0arODtvDwh+n5YYvj+9lWZ7Xce11WajioJFv0Pgm/Bk";
        List<Finding> findings = findings(settingsOf("jupyter-server-config.properties", key + "=" + hash));

        assertThat(verdicts(findings)).containsExactly(key + " WARN secrets.committed-hash");
        assertThat(findings.get(0).message()).doesNotContain("5sxY").doesNotContain("0arO");
    }

    @Test
    void jupytersOlderSaltedDigestIsACommittedHash() {
        assertThat(verdicts(findings(settingsOf("jupyter-server-config.properties",
                "NotebookApp.password=sha1:5f7cf13338a2:4df37c254eeed38a15fbd5addde2dbe1ea6edbb5"))))
                .containsExactly("NotebookApp.password WARN secrets.committed-hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"argon2:5sxYmbCijtY4X97p0eqBag0arODtvDwh", "sha256:4df37c254eeed38a15fbd5addde2dbe1ea6edbb5",
            "sha1:not-hex:4df37c254eeed38a15fbd5addde2dbe1ea6edbb5", "admin:$$2y$$10$$sMzJfirKC75x/hVpiINeZOiSm"})
    void otherColonSeparatedValuesAreNoJupyterHash(String value) {
        assertThat(CryptHashes.isCryptHash(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"d75c090e07ff33bba4f01ec7d55060", "Hq7ZtK2pWcR9mXv4LbNs"})
    void aRunnerTokenGitlabRunnerRegisterWroteIsLikelyPublished(String token) {
        List<Finding> findings = findings(settingsOf("gitlab-runner-config.properties", "concurrent=1",
                "runners[0].name=docker runner", "runners[0].url=https://gitlab.example.org",
                "runners[0].token=" + token, "runners[0].executor=docker"));

        assertThat(verdicts(findings)).containsExactly("runners[0].token WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("gitlab-runner register")
                .doesNotContain(token.substring(6, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"runners[0].token=${RUNNER_TOKEN}", "runners.token=d75c090e07ff33bba4f01ec7d55060",
            "runners[0].cache.s3.token=d75c090e07ff33bba4f01ec7d55060", "api.runners[0].token=${CI_TOKEN}"})
    void otherTokensAndReferencesAreNoRegisteredRunnerToken(String line) {
        assertThat(verdicts(findings(settingsOf("gitlab-runner-config.properties", "concurrent=1", line))))
                .noneMatch(verdict -> verdict.contains("likely-published"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"runners[0].token", "runners[12].token"})
    void runnerTokenKeysAreRead(String key) {
        assertThat(InstallerWrittenFiles.isRegisteredRunnerToken(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"runners[].token", "runners[a].token", "runners[0].token_expires_at", "runner.token",
            "xrunners[0].token"})
    void otherKeysAreNoRunnerToken(String key) {
        assertThat(InstallerWrittenFiles.isRegisteredRunnerToken(key)).isFalse();
    }
}

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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-seventh pass, published secrets: a literal secret in a file an installer wrote (the file carries the
 * installer's finished flag: Gitea's {@code INSTALL_LOCK}, osTicket's {@code OSTINSTALLED}, Nuxeo's
 * {@code wizard.done}) and a secret in the exact shape Synapse's configuration generator writes are
 * {@code secrets.likely-published} WARNs; {@code keypass} (keytool's and Mirth's key password) names a password. Each
 * beside the clean value that tempts it: the same secret without the flag, with the flag off or in another file,
 * random values of other generators (base64url, printable ASCII, a dotted issued token) under Synapse's keys, and a
 * KeePass setting. Random values were generated for this test.
 */
class ThirtySeventhPassPublishedTests {

    private static final String GITEA_KEY = "qKhSpM7BPtxnjCirkOmuSPlWVB4O29HOgYZDYJ032tEhtlcC8G1ckx93PN1yqcDR";
    private static final String SALT = "qGzhk1NSU994wZcIs2o7SjHAJvTxwudl";
    private static final String SYNAPSE_VALUE = "@4-Gy;dskDsq-aAcs:L91dL~wmb;d+NEHC6.RXaEO;gVs6f2KA";

    private static List<Finding> findingsOf(String key, String... lines) {
        Settings settings = ApplicationConfig.builder().configText("service.properties", String.join("\n", lines) + "\n")
                .build().settings();
        return findingsFor(key, settings);
    }

    private static List<Finding> findingsFor(String key, Settings settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
    }

    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "security.INSTALL_LOCK=true ~ security.SECRET_KEY",
            "OSTINSTALLED=TRUE ~ SECRET_SALT",
            "installed=true ~ secret",
            "CONFIG.isInstalled=1 ~ passwordSalt",
            "nuxeo.wizard.done=true ~ nuxeo.db.password",
            "SETUP_COMPLETED=yes ~ APP_SECRET"})
    void aSecretInAFileAnInstallerFinishedWritingIsLikelyPublished(String flag, String key) {
        List<Finding> findings = findingsOf(key, flag, key + "=" + (key.contains("SALT") ? SALT : GITEA_KEY));

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("installer").doesNotContain(GITEA_KEY.substring(20, 24))
                .doesNotContain(SALT.substring(10, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"security.INSTALL_LOCK=false", "installed=Off", "APP_INSTALLED=", "install.path=/opt/app",
            "app.installer.enabled=true", "security.LOCK=true"})
    void aSecretBesideNoFinishedFlagPasses(String other) {
        assertThat(findingsOf("security.SECRET_KEY", other, "security.SECRET_KEY=" + GITEA_KEY)).isEmpty();
    }

    @Test
    void aFinishedFlagInAnotherFileLeavesTheSecretAlone() {
        Settings settings = ApplicationConfig.builder()
                .configText("installed.properties", "security.INSTALL_LOCK=true\n")
                .configText("service.properties", "security.SECRET_KEY=" + GITEA_KEY + "\n")
                .build().settings();

        assertThat(findingsFor("security.SECRET_KEY", settings)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"macaroon_secret_key", "form_secret", "registration_shared_secret"})
    void aSecretInTheShapeSynapsesGeneratorWritesIsLikelyPublished(String key) {
        List<Finding> findings = findingsOf(key, "server_name=matrix.example.org", key + "=" + SYNAPSE_VALUE);

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("Synapse").doesNotContain(SYNAPSE_VALUE.substring(9, 13));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hmmSSukwbQUgd-Q8NP3Nlqs3Y68o31DeBTEMFgKy6p9BCU-0PK", // base64url, 50 characters
            "dp.st.prd.xKZc1CjAbT6iMlDrlOJHpmbIviUyDIC31wnKMpk7", // a dotted issued token
            "i5}FdvZTV|R{m?&{NZiHswc>k/`N1R^nDCSxWppaeW.jO)AYC0", // printable ASCII the generator never writes
            "zQO6pgnC&@hK9FREloBQgppb^tEDycHO@aKorB+hmNgV3RREMt"}) // its symbols, none a comma, colon or tilde
    void otherGeneratorsValuesUnderSynapsesKeysPass(String value) {
        assertThat(findingsOf("macaroon_secret_key", "macaroon_secret_key=" + value)).isEmpty();
    }

    @Test
    void aKeyPasswordIsJudgedAsAPassword() {
        assertThat(verdicts(findingsOf("keystore.keypass", "keystore.keypass=81uWxplDtB")))
                .containsExactly("NO_GO secrets.too-weak");
        assertThat(verdicts(findingsOf("keystore.keypass", "keystore.keypass=changeit")))
                .containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"keystore.keypass=w77y0ewPoF6AdMGzNjNKsQYI", "keepass.database=/srv/vault.kdbx",
            "keystore.keypass=${MIRTH_KEY_PASSWORD}"})
    void aStrongKeyPasswordOrAKeePassSettingPasses(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsOf(key, line)).isEmpty();
    }
}

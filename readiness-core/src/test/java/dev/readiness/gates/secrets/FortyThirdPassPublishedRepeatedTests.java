package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-third pass, published secrets. One literal secret written under several keys of one file (docker-jitsi-meet's
 * three XMPP accounts with one password, a production and a test connection pool with one password, a Rails
 * {@code predefined} key that its {@code qa} key repeats) is a value pasted by a template's author or a hand-made
 * setup, where a script or a secret store gives each key its own: each copy is {@code secrets.likely-published}, a
 * WARN naming the other keys and no value. Distinct values, an alias that references the other key, the same value in
 * two files, a value that already has a finding of its own and a stage file the working tree ignores stay as they
 * were. Random values were generated for this test.
 */
class FortyThirdPassPublishedRepeatedTests {

    private static final String PASSWORD = "N2iW5SJjmejLwcvnPT1pLhcxbwPIsIroXkKAy1X2";
    private static final String OTHER = "jWv6iIX4TsCLJhY0dj6uJNlFtrZaDtEefAB5MwrV";
    private static final String THIRD = "fgl8TCfbOB3l4t6kMqTQQIYjpZCbSWmE7cluGQnp";
    private static final String SIGNING_KEY = "c380793d5e2f3a1c0b4a4422c23866c2c462b650e3b06ea0bc7317fa91ff659b";

    @Test
    void oneLiteralPasswordForThreeAccountsIsLikelyPublished() {
        String[] jitsi = {"JVB_AUTH_USER=jvb", "JVB_AUTH_PASSWORD=" + PASSWORD, "JICOFO_AUTH_USER=focus",
            "JICOFO_AUTH_PASSWORD=" + PASSWORD, "JIGASI_XMPP_USER=jigasi", "JIGASI_XMPP_PASSWORD=" + PASSWORD};

        for (String key : List.of("JVB_AUTH_PASSWORD", "JICOFO_AUTH_PASSWORD", "JIGASI_XMPP_PASSWORD")) {
            assertThat(findingsIn("jitsi.env", key, jitsi)).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("secrets.likely-published");
                assertThat(finding.severity()).isEqualTo(Severity.WARN);
                assertThat(finding.message()).contains("written again under", "line ")
                        .doesNotContain(key + " (")
                        .doesNotContain(PASSWORD.substring(10, 14));
                assertThat(finding.remediation()).doesNotContain(PASSWORD.substring(10, 14));
            });
        }
        assertThat(findingsIn("jitsi.env", "JVB_AUTH_PASSWORD", jitsi).get(0).message())
                .contains("JICOFO_AUTH_PASSWORD", "JIGASI_XMPP_PASSWORD");
    }

    @Test
    void aProductionAndATestPoolWithOnePasswordAreLikelyPublished() {
        String[] pools = {"pool.web.User=web_chores", "pool.web.Password=" + PASSWORD, "pool.web_test.User=web_chores",
            "pool.web_test.Password=" + PASSWORD};

        assertThat(findingsIn("resources.properties", "pool.web.Password", pools)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("pool.web_test.Password"));
        assertThat(findingsIn("resources.properties", "pool.web_test.Password", pools)).singleElement()
                .satisfies(finding -> assertThat(finding.code()).isEqualTo("secrets.likely-published"));
    }

    @Test
    void aSecretKeyBaseRepeatedUnderAnotherStageIsLikelyPublished() {
        assertThat(findingsIn("secrets.properties", "predefined.secret_key_base",
                "predefined.secret_key_base=" + SIGNING_KEY, "qa.secret_key_base=" + SIGNING_KEY,
                "production.secret_key_base=<%= ENV[\"SECRET_KEY_BASE\"] %>")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.likely-published");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.message()).contains("qa.secret_key_base").doesNotContain(SIGNING_KEY.substring(0, 4));
        });
    }

    @Test
    void distinctValuesUnderEachKeyStayClean() {
        assertThat(findingsIn("jitsi.env", "JVB_AUTH_PASSWORD", "JVB_AUTH_USER=jvb", "JVB_AUTH_PASSWORD=" + PASSWORD,
                "JICOFO_AUTH_USER=focus", "JICOFO_AUTH_PASSWORD=" + OTHER)).isEmpty();
    }

    @Test
    void anAliasReferencingTheOtherKeyIsNoSecondLiteral() {
        assertThat(findingsIn("app.env", "POSTGRES_PASSWORD", "POSTGRES_PASSWORD=" + PASSWORD,
                "DB_PASSWORD=${POSTGRES_PASSWORD}")).isEmpty();
    }

    @Test
    void theSameValueInTwoFilesIsNoPastedLiteral() {
        Settings settings = Settings.builder().dotenv("app.env", "DB_PASSWORD=" + PASSWORD + "\n")
                .dotenv("worker.env", "WORKER_DB_PASSWORD=" + PASSWORD + "\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                .noneMatch(finding -> finding.code().equals("secrets.likely-published"));
    }

    @Test
    void aRepeatInAGeneratedSetIsReportedOnce() {
        String hexA = "6e8202a3590cd545fa59c3acceba354fa3e72673f6d1f4cb4b98144556718d3b";
        String hexB = "c888abf19bfe273bf6995cd66c26d0007e9a4fb69e4fa827e84195e328dce692";
        String[] stack = {"JWT_SECRET=" + hexA, "ENCRYPTION_KEY=" + hexB, "DB_PASSWORD=" + SIGNING_KEY,
            "POSTGRES_PASSWORD=" + SIGNING_KEY};

        assertThat(findingsIn("stack.env", "POSTGRES_PASSWORD", stack)).singleElement()
                .satisfies(finding -> assertThat(finding.code()).isEqualTo("secrets.likely-published"));
        assertThat(findingsIn("stack.env", "DB_PASSWORD", stack)).hasSize(1);
    }

    @Test
    void aRepeatWithOtherSampleEvidenceKeepsThatEvidence() {
        assertThat(findingsIn("app.env", "SECRET_KEY", "APP_ENV=local", "SECRET_KEY=" + THIRD,
                "SESSION_SECRET=" + THIRD)).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.message()).doesNotContain("written again");
        });
    }
}

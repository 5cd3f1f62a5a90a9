package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-ninth pass, credentials: a section whose selector names the kind of resource it is (Icinga Web's
 * {@code resources.ini}: {@code icingadb.type=db} beside {@code icingadb.db=mysql}) chooses no source among the keys
 * beside it, so the section's password is judged as the live password it is, not as an unselected alternative's. Beside
 * it the selector that does choose among sources ({@code token.source=file} leaves {@code token.static} unused), and a
 * strong password in the database section. A login password's hash left blank ({@code ADMIN_PASSWORD_HASH=}) is the
 * password left blank, beside a hash that is set, a blank hash of something else and an algorithm's name. A Kafka
 * client's JAAS login line with an empty default under a SASL protocol is the login left empty, beside a section that
 * says nothing or connects in plain text and a reference without a default. Findings name the key, never the value.
 * Random values were generated for this test.
 */
class ThirtyNinthPassCredentialsTests {

    private static final String[] ICINGA_RESOURCES = {
        "icingadb.type=db",
        "icingadb.db=mysql",
        "icingadb.host=mysql",
        "icingadb.dbname=icingadb",
        "icingadb.username=icingadb",
        "icingadb.password=icingadb",
        "icinga_ido.type=db",
        "icinga_ido.db=mysql",
        "icinga_ido.host=mysql",
        "icinga_ido.dbname=icinga",
        "icinga_ido.username=root",
        "icinga_ido.password=root"};

    private static List<String> verdicts(String key, String... lines) {
        return GateRuns.findingsIn("resources.properties", key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void aDatabaseResourcesPasswordEqualToItsUserShouldStopProduction() {
        assertThat(verdicts("icingadb.password", ICINGA_RESOURCES)).singleElement().asString()
                .startsWith("NO_GO secrets.");
        assertThat(verdicts("icinga_ido.password", ICINGA_RESOURCES)).singleElement().asString()
                .startsWith("NO_GO secrets.");
    }

    @Test
    void theFindingNamesTheKeyAndNeverTheValue() {
        List<Finding> findings = GateRuns.findingsIn("resources.properties", "icingadb.password", ICINGA_RESOURCES);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("icingadb.password");
            assertThat(finding.message()).doesNotContain("icingadb").doesNotContain("icin");
            assertThat(finding.remediation()).doesNotContain("icingadb");
        });
    }

    @Test
    void aStrongPasswordInTheDatabaseResourceShouldStayClean() {
        assertThat(verdicts("icingadb.password", "icingadb.type=db", "icingadb.db=mysql", "icingadb.host=mysql",
                "icingadb.username=icingadb", "icingadb.password=Vq8tZr3Lw6NpXe2KbY9sJd4H")).isEmpty();
    }

    @Test
    void aSelectorThatChoosesAmongSourcesStillLeavesTheOtherSourceStaged() {
        assertThat(verdicts("token.static", "token.source=file", "token.file=/run/secrets/token",
                "token.static=changeme")).singleElement().asString().startsWith("WARN secrets.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN_PASSWORD_HASH=", "PASSWORD_HASH=", "app.admin.password-hash="})
    void aLoginPasswordsHashLeftBlankShouldStopProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(verdictsIn("service.env", key, "ADMIN_USER=admin", line)).containsExactly("NO_GO secrets.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN_PASSWORD_HASH=$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "API_TOKEN_HASH=", "PASSWORD_HASH_ALGORITHM=", "app.security.password-hash=argon2id"})
    void aSetHashABlankHashOfAnotherSecretOrAnAlgorithmShouldStayClean(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(verdictsIn("service.env", key, "ADMIN_USER=admin", line)).isEmpty();
    }

    @Test
    void aJaasLoginLineWithAnEmptyDefaultUnderSaslShouldStopProduction() {
        assertThat(configVerdicts("application.properties", "kafka.security.sasl-jaas-config",
                "kafka.security.protocol=${KAFKA_SECURITY_PROTOCOL:SASL_SSL}",
                "kafka.security.sasl-jaas-config=${KAFKA_SASL_JAAS_CONFIG:}"))
                .containsExactly("NO_GO secrets.blank");
        assertThat(configVerdicts("application.properties", "spring.kafka.properties.sasl.jaas.config",
                "spring.kafka.properties.security.protocol=SASL_SSL",
                "spring.kafka.properties.sasl.jaas.config=${KAFKA_JAAS:}"))
                .containsExactly("NO_GO secrets.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka.security.protocol=PLAINTEXT", "kafka.security.protocol=${KAFKA_PROTOCOL:SSL}",
            "kafka.bootstrap-servers=broker:9092"})
    void aJaasLineWithAnEmptyDefaultWhereNothingDemandsSaslShouldStayClean(String beside) {
        assertThat(configVerdicts("application.properties", "kafka.security.sasl-jaas-config", beside,
                "kafka.security.sasl-jaas-config=${KAFKA_SASL_JAAS_CONFIG:}")).isEmpty();
        assertThat(configVerdicts("application.properties", "kafka.security.sasl-jaas-config",
                "kafka.security.protocol=SASL_SSL", "kafka.security.sasl-jaas-config=${KAFKA_SASL_JAAS_CONFIG}"))
                .isEmpty();
    }

    private static List<String> verdictsIn(String file, String key, String... lines) {
        return GateRuns.findingsIn(file, key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    /** As {@code check --app} reads an application's file: references left to run time stay deferred. */
    private static List<String> configVerdicts(String file, String key, String... lines) {
        return GateRuns.configFindingsIn(file, key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }
}

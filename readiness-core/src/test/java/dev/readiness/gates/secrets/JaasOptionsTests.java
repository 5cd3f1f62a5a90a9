package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JaasOptionsTests {

    private static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule required ";

    private static List<Finding> check(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void passwordShouldBeTheQuotedValueOfThePasswordOption() {
        assertThat(JaasOptions.password(SCRAM + "username=\"admin\" password=\"s3cr3t\";")).contains("s3cr3t");
        assertThat(JaasOptions.password(SCRAM + "username='admin' password = 'pw';")).contains("pw");
        assertThat(JaasOptions.password(SCRAM + "username=\"admin\" ssl.password=\"x\";")).isEmpty();
        assertThat(JaasOptions.password(SCRAM + "username=\"admin\" password=unquoted;")).isEmpty();
        assertThat(JaasOptions.password(SCRAM + "password=\"unterminated")).isEmpty();
        assertThat(JaasOptions.password("")).isEmpty();
    }

    @Test
    void checkWhenAJaasConfigWritesAWeakPasswordShouldReportTheSettingWithoutThePassword() {
        List<Finding> findings = check("akhq.connections.prod.properties.sasl.jaas.config",
                SCRAM + "username=\"admin\" password=\"password\";");

        assertThat(findings).extracting(Finding::subject)
                .containsExactly("akhq.connections.prod.properties.sasl.jaas.config");
        assertThat(findings.get(0).message()).startsWith("carries a password in its JAAS login module options that")
                .doesNotContain("\"password\"");
    }

    @Test
    void checkWhenAJaasConfigTakesAStrongOrReferencedPasswordShouldReportNothing() {
        assertThat(check("spring.kafka.properties.sasl.jaas.config",
                SCRAM + "username=\"svc-orders\" password=\"" + Samples.hex(32, 7) + "\";")).isEmpty();
        assertThat(check("spring.kafka.properties.sasl.jaas.config",
                SCRAM + "username=\"svc-orders\" password=\"${KAFKA_PASSWORD}\";")).isEmpty();
        assertThat(check("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")).isEmpty();
    }
}

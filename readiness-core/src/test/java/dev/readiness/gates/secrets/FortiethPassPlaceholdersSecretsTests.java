package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fortieth pass's placeholder rule in the secrets gate: the user information of a URL whose host {@link java.net.URI}
 * refuses, a Compose container's name with underscores ({@code http://nologin:appkey@water-api_api_1}, Airflow's
 * connection variables) or no host at all ({@code aws://KEY_ID:SECRET@?region_name=…}), is read as any other URL's,
 * so a stand-in password there is a placeholder, while a reference, a URL without a password and a host with no user
 * information stay as they were.
 */
class FortiethPassPlaceholdersSecretsTests {

    private static List<Finding> findingsOn(String line) {
        Settings settings = Settings.builder().dotenv("airflow.env", line + "\n").build();
        String key = line.substring(0, line.indexOf('='));
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIRFLOW_CONN_WATER_STABLE=http://nologin:appkey@water-api_api_1",
            "AIRFLOW_CONN_MIDAS=http://nologin:appkey@instrumentation-api_api_1/api",
            "REPORTS_URL=https://reports:changeme@reports_web_1:8443/"})
    void aStandInPasswordBeforeAContainerNameWithUnderscoresIsAPlaceholder(String line) {
        List<Finding> findings = findingsOn(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("secrets.placeholder", Severity.NO_GO));
        String password = line.substring(line.lastIndexOf(':', line.indexOf('@')) + 1, line.indexOf('@'));
        assertThat(findings.get(0).message()).doesNotContain(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIRFLOW_CONN_WATER_STABLE=http://nologin:${WATER_API_KEY}@water-api_api_1",
            "AIRFLOW_CONN_WATER_STABLE=http://nologin@water-api_api_1", "AIRFLOW_CONN_WATER=http://water-api_api_1/x",
            "AIRFLOW_CONN_WATER=http://water-api_api_1/login?next=a:b@c"})
    void aReferenceOrNoPasswordBeforeSuchAHostStaysClean(String line) {
        assertThat(findingsOn(line)).isEmpty();
    }

    @Test
    void theUserInformationOfAUrlWithAnUnderscoreOrNoHostIsRead() {
        assertThat(UrlPasswords.password("http://nologin:appkey@water-api_api_1")).contains("appkey");
        assertThat(UrlPasswords.password("aws://AKIDEXAMPLEKEY0001:a%2Fb%2Fc@?region_name=eu-west-1"))
                .contains("a/b/c");
        assertThat(UrlPasswords.password("http://nologin@water-api_api_1")).isEmpty();
        assertThat(UrlPasswords.password("https://api_gateway.internal/v1?x=1")).isEmpty();
    }
}

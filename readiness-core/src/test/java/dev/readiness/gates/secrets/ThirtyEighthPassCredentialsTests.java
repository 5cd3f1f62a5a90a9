package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-eighth pass, credentials: secrets written inside another setting's value as settings of their own (a JVM
 * options value's {@code -D} system properties, a Python or JSON map literal's entries) and an account list's
 * {@code name:password} entries. Each beside the clean value that tempts it: a strong inner password, an inner name
 * that holds no secret, an inner password filled from another setting by a reference, an account name without a
 * password, a merchant account, a switch, a Kafka principal list. Findings name the key, never the value. Random
 * values were generated for this test.
 */
class ThirtyEighthPassCredentialsTests {

    private static List<String> verdictsOf(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        return GateRuns.findingsIn(file, key, line).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "JAVA_OPTS=-Ddb.driver=org.postgresql.Driver -Ddb.username=alfresco -Ddb.password=alfresco -Ddb.url=x",
            "JAVA_OPTS=-Xmx1g -Dsolr.host=solr6 -Dsolr.sharedSecret=secret",
            "CATALINA_OPTS=-Dserver.port=8080 -Dapp.admin.password=\"admin123\"",
            "MAYAN_DATABASES={'default':{'ENGINE':'django.db.backends.postgresql','NAME':'mayan','PASSWORD':'mayan123'}}",
            "MAYAN_DATABASES={'default':{'NAME':'mayan','PASSWORD':'${MAYAN_DATABASE_PASSWORD:-password}'}}",
            "AI_PROVIDERS={\"openai\": {\"apiKey\": \"replace_me_with_your_api_key\"}}",
            "application.admin.accounts[0]=admin:password",
            "ADMIN_ACCOUNTS=admin2:password2",
            "app.adminLogins=root:root123"})
    void aWeakSecretWrittenInsideTheValueShouldStopProduction(String line) {
        assertThat(verdictsOf("service.env", line)).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "JAVA_OPTS=-Xmx1g -Ddb.username=alfresco -Ddb.password=Vq8tZr3Lw6NpXe2KbY9sJd4H -Ddb.url=x",
            "JAVA_OPTS=-Dsolr.host=solr6 -Dsolr.port=8983 -Dsolr.secureComms=https -Dcsrf.filter.enabled=false",
            "JAVA_OPTS=-Djava.security.egd=file:/dev/./urandom -Dkey.store.type=JCEKS",
            "MAYAN_DATABASES={'default':{'ENGINE':'django.db.backends.postgresql','NAME':'mayan','HOST':'postgresql'}}",
            "MAYAN_DATABASES={'default':{'NAME':'mayan','PASSWORD':'${MAYAN_DATABASE_PASSWORD}'}}",
            "INITIAL_ADMIN_ACCOUNT=admin",
            "MERCHANT_ACCOUNT=shop-eu",
            "app.features.test-accounts=false",
            "application.admin.accounts[0]=admin:Vq8tZr3Lw6NpXe2KbY9sJd4H",
            "kafka.super.users=User:admin"})
    void aStrongOrNonSecretInnerValueShouldStayClean(String line) {
        assertThat(verdictsOf("service.env", line)).isEmpty();
    }

    @Test
    void anInnerPasswordFilledFromAnotherSettingIsJudgedThere() {
        List<Finding> findings = GateRuns.findingsIn("service.env", "SNOWSTORM_JAVA_OPTS",
                "SNOWSTORM_ADMIN_PASSWORD=admin123",
                "SNOWSTORM_JAVA_OPTS=\"-Xmx1g -Dadmin.password=${SNOWSTORM_ADMIN_PASSWORD}\"");
        assertThat(findings).isEmpty();
    }

    @Test
    void theFindingNamesTheKeyAndTheInnerNameButNoValue() {
        List<Finding> findings = GateRuns.findingsIn("service.env", "JAVA_OPTS",
                "JAVA_OPTS=-Ddb.username=hunter -Ddb.password=hunter2024");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("db.password").doesNotContain("hunter");
            assertThat(finding.remediation()).doesNotContain("hunter");
        });
    }

    @Test
    void onlyALastWordOfAccountsOrLoginsNamesAnAccountList() {
        assertThat(AccountLists.namesAccountList("application.admin.accounts[1]")).isTrue();
        assertThat(AccountLists.namesAccountList("ADMIN_ACCOUNTS")).isTrue();
        assertThat(AccountLists.namesAccountList("adminAccounts")).isTrue();
        assertThat(AccountLists.namesAccountList("logins")).isTrue();
        assertThat(AccountLists.namesAccountList("subaccounts")).isFalse();
        assertThat(AccountLists.namesAccountList("INITIAL_ADMIN_ACCOUNT")).isFalse();
        assertThat(AccountLists.namesAccountList("accounts.enabled")).isFalse();
    }
}

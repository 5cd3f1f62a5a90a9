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
 * password, a merchant account, a switch, a Kafka principal list. Also empty defaults that leave a required credential
 * empty: a database image's own initialisation password (beside an opt-out, and an image's optional password, left
 * alone) and a chat webhook URL under a switched-on section (a payment provider's callback URL, and a webhook of a
 * section switched off or saying nothing, left alone). Findings name the key, never the value. Random values were
 * generated for this test.
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
    void aMapEntryIsNotNamedSinceAMapMayBeKeyedBySecrets() {
        List<Finding> findings = GateRuns.findingsIn("service.env", "TENANT_KEYS",
                "TENANT_KEYS={\"hunter2-tenant-secret\": \"hunter2\"}");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("in an entry of its map").doesNotContain("hunter");
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

    @ParameterizedTest
    @ValueSource(strings = {
            "compose.env ~ MYSQL_ROOT_PASSWORD ~ MYSQL_ROOT_PASSWORD=${INIT_MYSQL_ROOT_PASSWORD:-}|MYSQL_DATABASE=seafile",
            "compose.env ~ POSTGRES_PASSWORD ~ POSTGRES_USER=app|POSTGRES_PASSWORD=${DB_PASSWORD:-}",
            "compose.env ~ MARIADB_ROOT_PASSWORD ~ MARIADB_ROOT_PASSWORD=${ROOT_PW:-}",
            "application.properties ~ slack.webhook-url ~ slack.enabled=true|slack.webhook-url=${SLACK_WEBHOOK_URL:}",
            "application.properties ~ notify.discord.webhook ~ notify.discord.enabled=true|"
                    + "notify.discord.webhook=${DISCORD_WEBHOOK:}"})
    void anEmptyDefaultOfARequiredCredentialShouldStopProduction(String row) {
        String[] parts = row.split(" ~ ");
        assertThat(GateRuns.configFindingsIn(parts[0], parts[1], parts[2].split("\\|"))).singleElement()
                .extracting(Finding::code).isEqualTo("secrets.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "compose.env ~ MYSQL_ROOT_PASSWORD ~ MYSQL_ROOT_PASSWORD=${ROOT_PW:-}|MYSQL_RANDOM_ROOT_PASSWORD=yes",
            "compose.env ~ POSTGRES_PASSWORD ~ POSTGRES_PASSWORD=${DB_PASSWORD:-}|POSTGRES_HOST_AUTH_METHOD=trust",
            "compose.env ~ MYSQL_PASSWORD ~ MYSQL_PASSWORD=${APP_DB_PASSWORD:-}",
            "compose.env ~ MONGO_INITDB_ROOT_PASSWORD ~ MONGO_INITDB_ROOT_PASSWORD=${MONGO_PW:-}",
            "application.properties ~ slack.webhook-url ~ slack.enabled=false|slack.webhook-url=${SLACK_WEBHOOK_URL:}",
            "application.properties ~ slack.webhook-url ~ slack.webhook-url=${SLACK_WEBHOOK_URL:}",
            "application.properties ~ payments.webhook-url ~ payments.enabled=true|payments.webhook-url=${HOOK_URL:}"})
    void anEmptyDefaultOfAnOptionalCredentialShouldStayClean(String row) {
        String[] parts = row.split(" ~ ");
        assertThat(GateRuns.configFindingsIn(parts[0], parts[1], parts[2].split("\\|"))).isEmpty();
    }

    @Test
    void onlyAChatServicesWebhookNamesOne() {
        assertThat(EmptyDefaults.namesChatWebhook("slack.webhook-url")).isTrue();
        assertThat(EmptyDefaults.namesChatWebhook("DISCORD_WEBHOOK_URL")).isTrue();
        assertThat(EmptyDefaults.namesChatWebhook("alerter.ding-talk-webhook-url")).isTrue();
        assertThat(EmptyDefaults.namesChatWebhook("payments.webhookUrl")).isFalse();
        assertThat(EmptyDefaults.namesChatWebhook("slack.channel")).isFalse();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.gates.internal.ReplaceTokens;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-seventh pass, secrets: Orthanc's {@code RegisteredUsers} map holds user names and their clear passwords, a
 * set-up script's lower-case {@code %snake_case%} token is a reference as its upper-case one is, and the
 * {@code [users]} section of a Shiro INI file read as properties holds {@code username = password, roles} lines. Each
 * beside the clean value that tempts it: a strong password in the map, the section's look-alikes, one lower-case word
 * between percent signs, a strong Shiro password, the {@code [roles]} section's permissions, and a {@code [users]}
 * section of another program; an empty default of a password whose own section says the server demands credentials
 * ({@code mail.smtp.auth=true}, a MongoDB {@code authentication-database}, a Kafka SASL protocol) beside the same
 * default where the section says nothing or says authentication is off. Random values were generated for this test.
 */
class ThirtySeventhPassSecretsTests {

    private static List<Finding> findingsOf(String file, String key, String... lines) {
        return GateRuns.configFindingsIn(file, key, lines);
    }

    private static List<String> verdictsOf(String line) {
        String key = line.substring(0, line.indexOf('='));
        return findingsOf("orthanc.properties", key, line).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "RegisteredUsers.admin=orthanc ~ NO_GO secrets.too-weak",
            "RegisteredUsers.orthanc=orthanc ~ NO_GO secrets.placeholder",
            "RegisteredUsers.admin=REMOVED_PASSWORD ~ NO_GO secrets.guessable",
            "registered_users.alice=alice123 ~ NO_GO secrets.guessable",
            "db.password=%changeit% ~ NO_GO secrets.placeholder",
            "db.password=%your_password% ~ NO_GO secrets.placeholder"})
    void aRegisteredUsersPasswordOrAOneWordPercentValueShouldStopProduction(String line, String expected) {
        assertThat(verdictsOf(line)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "RegisteredUsers.admin=Vq8tZr3Lw6NpXe2KbY9sJd4H",
            "RegisteredUsers.msfocb=%orthanc_http_password%",
            "db.password=%DB_PW%",
            "app.users.admin=orthanc",
            "AuthenticationEnabled=true"})
    void aStrongRegisteredPasswordOrASetUpTokenShouldStayClean(String line) {
        assertThat(verdictsOf(line)).isEmpty();
    }

    @Test
    void onlyARegisteredUsersSectionNamesAUserMapEntry() {
        assertThat(BasicAuthUsers.namesUserMapEntry("RegisteredUsers.admin")).isTrue();
        assertThat(BasicAuthUsers.namesUserMapEntry("orthanc.registered-users.admin")).isTrue();
        assertThat(BasicAuthUsers.namesUserMapEntry("RegisteredUsers.enabled")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("UnregisteredUsers.admin")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("RegisteredUsersCount")).isFalse();
    }

    @Test
    void aLowerCaseTokenNeedsTwoWordsJoinedByAnUnderscore() {
        assertThat(ReplaceTokens.isWholeToken("%orthanc_http_password%")).isTrue();
        assertThat(ReplaceTokens.isWholeToken("%db_pw2%")).isTrue();
        assertThat(ReplaceTokens.isWholeToken("%DB_PW%")).isTrue();
        assertThat(ReplaceTokens.isWholeToken("%changeit%")).isFalse();
        assertThat(ReplaceTokens.isWholeToken("%password_%")).isFalse();
        assertThat(ReplaceTokens.isWholeToken("%Db_Password%")).isFalse();
        assertThat(ReplaceTokens.isWholeToken("%your_password%")).isFalse();
    }

    @Test
    void aRegisteredUsersFindingShouldNameTheKeyAndNeverThePassword() {
        String value = "orthanc";
        List<Finding> findings = findingsOf("orthanc.properties", "RegisteredUsers.admin",
                "RegisteredUsers.admin=" + value);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.subject()).isEqualTo("RegisteredUsers.admin");
        assertThat(finding.message() + finding.remediation()).doesNotContain(value.substring(0, 4))
                .doesNotContain(value.substring(value.length() - 4));
    }

    private static final String[] SHIRO = {
            "# username = password, role1, role2, ..., roleN",
            "[users]",
            "root = secret, admin",
            "guest = guest, guest",
            "presidentskroob = 12345, president",
            "lonestarr = Vq8tZr3Lw6NpXe2KbY9sJd4H, goodguy",
            "",
            "[roles]",
            "admin = *",
            "goodguy = winnebago:drive:eagle5",
            "",
            "[main]",
            "securityManager.subjectDAO.sessionStorageEvaluator.sessionStorageEnabled = false"};

    private static List<String> shiroVerdictsOf(String key, String... lines) {
        return findingsOf("shiro.properties", key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource({"root", "guest", "presidentskroob"})
    void aWeakPasswordInAShiroUsersSectionShouldStopProduction(String user) {
        assertThat(shiroVerdictsOf(user, SHIRO)).hasSize(1).allMatch(verdict -> verdict.startsWith("NO_GO "));
    }

    @ParameterizedTest
    @CsvSource({"lonestarr", "admin", "goodguy"})
    void aStrongShiroPasswordOrARolesPermissionShouldStayClean(String key) {
        assertThat(shiroVerdictsOf(key, SHIRO)).isEmpty();
    }

    @Test
    void aUsersSectionWithoutShirosOtherSectionsIsNotReadAsAccounts() {
        assertThat(shiroVerdictsOf("password_hint", "[users]", "allow_sign_up = false", "password_hint = password"))
                .isEmpty();
        assertThat(shiroVerdictsOf("guest", "[users]", "guest = guest, guest")).isEmpty();
    }

    @Test
    void aShiroAccountFindingShouldNameTheUserAndNeverThePassword() {
        List<Finding> findings = findingsOf("shiro.properties", "presidentskroob", SHIRO);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.subject()).isEqualTo("presidentskroob");
        assertThat(finding.message() + finding.remediation()).doesNotContain("1234").doesNotContain("2345");
        assertThat(ShiroUserSections.password("password, guest, admin")).isEqualTo("password");
        assertThat(ShiroUserSections.password(" , guest")).isNull();
    }

    private static List<String> demandVerdictsOf(String key, String... lines) {
        return findingsOf("application-prod.properties", key, lines).stream()
                .filter(finding -> finding.severity() != dev.readiness.Severity.INFO)
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void anEmptyDefaultPasswordWhoseSectionDemandsCredentialsShouldStopProduction() {
        assertThat(demandVerdictsOf("spring.mail.password", "spring.mail.host=smtp.example.org",
                "spring.mail.password=${MAIL_PASSWORD:}", "spring.mail.properties.mail.smtp.auth=${MAIL_SMTP_AUTH:true}"))
                .containsExactly("NO_GO secrets.blank");
        assertThat(demandVerdictsOf("spring.data.mongodb.password", "spring.data.mongodb.password=${MONGOPASSWORD:}",
                "spring.data.mongodb.authentication-database=admin")).containsExactly("NO_GO secrets.blank");
        assertThat(demandVerdictsOf("kafka.security.password", "kafka.security.password=${KAFKA_PASSWORD:}",
                "kafka.security.protocol=${KAFKA_SECURITY_PROTOCOL:SASL_SSL}")).containsExactly("NO_GO secrets.blank");
    }

    @Test
    void anEmptyDefaultPasswordWhoseSectionSaysNothingOrSaysAuthenticationIsOffShouldStayClean() {
        assertThat(demandVerdictsOf("spring.mail.password", "spring.mail.password=${MAIL_PASSWORD:}",
                "spring.mail.properties.mail.smtp.auth=false")).isEmpty();
        assertThat(demandVerdictsOf("spring.mail.password", "spring.mail.password=${MAIL_PASSWORD:}",
                "spring.mail.properties.mail.smtp.starttls.enable=true")).isEmpty();
        assertThat(demandVerdictsOf("spring.data.redis.password", "spring.data.redis.password=${REDIS_PASSWORD:}",
                "spring.data.redis.host=redis")).isEmpty();
        assertThat(demandVerdictsOf("spring.data.mongodb.password", "spring.data.mongodb.password=${MONGOPASSWORD:}",
                "spring.data.mongodb.authentication-database=${MONGO_AUTH_DB}")).isEmpty();
        assertThat(demandVerdictsOf("kafka.security.password", "kafka.security.password=${KAFKA_PASSWORD:}",
                "kafka.security.protocol=SSL")).isEmpty();
        assertThat(demandVerdictsOf("spring.mail.password", "spring.mail.password=${MAIL_PASSWORD:}",
                "other.mail.smtp.auth=true")).isEmpty();
    }

    @Test
    void aDemandedCredentialFindingSaysWhatDemandsIt() {
        List<Finding> findings = findingsOf("application-prod.properties", "spring.mail.password",
                "spring.mail.password=${MAIL_PASSWORD:}", "spring.mail.properties.mail.smtp.auth=true").stream()
                .filter(finding -> finding.code().equals("secrets.blank")).toList();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("MAIL_PASSWORD").contains("properties.mail.smtp.auth");
        assertThat(CredentialDemands.demand(Settings.of(java.util.Map.of("a.b.auth", "true")), "a.b.password"))
                .isNotNull();
        assertThat(CredentialDemands.demand(Settings.of(java.util.Map.of("a.auth", "true")), "a.b.password"))
                .isNull();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.internal.ReplaceTokens;
import dev.readiness.settings.ApplicationConfig;
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
 * section of another program. Random values were generated for this test.
 */
class ThirtySeventhPassSecretsTests {

    private static List<Finding> findingsOf(String file, String key, String... lines) {
        Settings settings = ApplicationConfig.builder().configText(file, String.join("\n", lines) + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
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
}

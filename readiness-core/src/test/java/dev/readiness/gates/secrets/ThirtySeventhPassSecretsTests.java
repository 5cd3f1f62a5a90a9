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
 * Thirty-seventh pass, secrets: Orthanc's {@code RegisteredUsers} map holds user names and their clear passwords, and
 * a set-up script's lower-case {@code %snake_case%} token is a reference as its upper-case one is. Each beside the
 * clean value that tempts it: a strong password in the map, the section's look-alikes, one lower-case word between
 * percent signs. Random values were generated for this test.
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
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile testing, thirty-sixth pass: Apereo CAS's static user list ({@code cas.authn.accept.users}, thirty-fifth
 * session) was read only when every entry was a literal {@code name::password} without a blank and the value held
 * no {@code $} at all, so the documented {@code casuser::Mellon} passed in production beside one entry taken from a
 * variable ({@code admin::${ADMIN_PASSWORD}}) or one password with a blank, and {@code Pa$$w0rd} was never judged. An
 * entry that references a variable is judged where the variable is supplied; the others are judged as written.
 */
class ThirtySixthPassRedteamStaticUsersTests {

    private static List<String> findingsIn(String file, String lines) {
        Settings settings = ApplicationConfig.builder().configText(file, lines + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals("cas.authn.accept.users"))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "cas.properties ~ cas.authn.accept.users=casuser::Mellon,admin::${ADMIN_PASSWORD} ~ NO_GO secrets.published-default",
            "cas.properties ~ cas.authn.accept.users=admin::${ADMIN_PASSWORD},casuser::Mellon ~ NO_GO secrets.published-default",
            "cas.properties ~ cas.authn.accept.users=casuser::Mellon,ops::correct horse battery staple Qm7xT2 ~ NO_GO secrets.published-default",
            "cas.properties ~ cas.authn.accept.users=admin::Pa$$w0rd ~ NO_GO secrets.guessable",
            "cas.yml ~ 'cas: {authn: {accept: {users: \"casuser::Mellon, ops::${OPS_PASSWORD}\"}}}' ~ NO_GO secrets.published-default"})
    void aWrittenWeakPasswordBesideAReferenceOrABlankShouldStillBeJudged(String file, String lines, String expected) {
        assertThat(findingsIn(file, lines)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "cas.properties ~ cas.authn.accept.users=admin::${ADMIN_PASSWORD},ops::${OPS_PASSWORD}",
            "cas.properties ~ cas.authn.accept.users=${CAS_STATIC_USERS}",
            "cas.properties ~ cas.authn.accept.users=ops::Qm7xT2vR9pLw4ZsK8nYb3HcE,admin::${ADMIN_PASSWORD}",
            "cas.properties ~ cas.authn.accept.users=alice,bob",
            "cas.properties ~ cas.authn.accept.users=ops::Qm7xT2vR9pLw4ZsK8nYb3HcE"})
    void aListOfReferencesOrStrongPasswordsShouldStayClean(String file, String lines) {
        assertThat(findingsIn(file, lines)).isEmpty();
    }
}

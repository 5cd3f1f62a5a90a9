package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile testing, thirty-seventh pass: spellings that slipped a weak value past the rules the thirty-sixth session
 * added. A digest of a common password was judged only as bare hexadecimal, so Spring Security's
 * {@code {MD5}5f4dcc3b…}, RFC 2307's Base64 {@code {SHA}W6ph5Mm5…} and a {@code 0x} prefix passed; an SNMP community
 * was a credential only as two words, so {@code SNMPCommunity=public} and {@code SNMP_COMMUNITIES=public} passed.
 */
class ThirtySeventhPassRedteamSpellingTests {

    private static List<String> findingsIn(String file, String line) {
        Settings settings = ApplicationConfig.builder().configText(file, line + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app.properties ~ spring.security.user.password={MD5}5f4dcc3b5aa765d61d8327deb882cf99 ~ NO_GO secrets.guessable spring.security.user.password",
            "app.properties ~ spring.security.user.password={SHA-256}8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918 ~ NO_GO secrets.guessable spring.security.user.password",
            "app.properties ~ admin.password.md5=0x5f4dcc3b5aa765d61d8327deb882cf99 ~ NO_GO secrets.guessable admin.password.md5",
            "app.properties ~ ldap.root.password={SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g= ~ NO_GO secrets.guessable ldap.root.password",
            "app.properties ~ proxy.admin.password={md5}ISMvKXpXpadDiUoOSoAfww== ~ NO_GO secrets.guessable proxy.admin.password",
            "app.properties ~ jwt.secret={SHA-256}e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 ~ NO_GO secrets.published-default jwt.secret",
            "snmp.env ~ SNMPCommunity=public ~ NO_GO secrets.guessable SNMPCommunity",
            "snmp.env ~ snmpcommunity=public ~ NO_GO secrets.guessable snmpcommunity",
            "snmp.env ~ SNMP_COMMUNITIES=public ~ NO_GO secrets.guessable SNMP_COMMUNITIES"})
    void aMarkedDigestOrAGluedCommunityShouldBeJudgedAsTheBareOne(String file, String line, String expected) {
        assertThat(findingsIn(file, line)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app.properties ~ spring.security.user.password={MD5}0b4e7a0e5fe84ad35fb5f95b9ceeac79",
            "app.properties ~ admin.password.md5=0x0b4e7a0e5fe84ad35fb5f95b9ceeac79",
            "app.properties ~ ldap.root.password={SSHA}Qm7xT2vR9pLw4ZsK8nYb3HcEdGf5",
            "app.properties ~ ldap.root.password={SHA}Qm7xT2vR9pLw4ZsK8nYb3HcEdGf=",
            "snmp.env ~ SNMPCommunity=Qm7xT2vR9pLw4ZsK8nYb3HcE",
            "snmp.env ~ COMMUNITIES_URL=https://forum.acme.io"})
    void aStrongDigestOrCommunityOrAnotherCommunityShouldStayClean(String file, String line) {
        assertThat(findingsIn(file, line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Provide
    Arbitrary<String> markedValues() {
        Arbitrary<String> marks = Arbitraries.of("{MD5}", "{sha}", "{SHA-256}", "{md4}", "0x", "0X", "{", "{}", "{sha",
                "{noop}", "");
        Arbitrary<String> tails = Arbitraries.strings().withChars("0123456789abcdefABCDEF+/=}{xX \u00e9")
                .ofMaxLength(140);
        return net.jqwik.api.Combinators.combine(marks, tails).as(String::concat);
    }

    @Property(tries = 2000)
    void unmarkingAnyValueShouldNeverThrowAndGiveTheValueOrADigest(@ForAll("markedValues") String value) {
        String unmarked = CommonPasswordDigests.unmarked(value);
        assertThat(unmarked.equals(value) || CommonPasswordDigests.hasDigestShape(unmarked)
                || unmarked.equals(value.substring(2))).isTrue();
    }
}

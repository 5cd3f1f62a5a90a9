package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, credentials: a value that names itself a password or a secret and numbers it
 * ({@code integration-password123}, {@code secret1}) is judged as a password under any key, an HTTP header's value or a
 * map of API keys to secrets as much as a key that says password; and an unsalted digest of a common password is
 * read under a key that abbreviates password as {@code pw}. Beside each catch, the values that tempt the rule: a word
 * that only contains the stem, a pass or a step, a header name, a hint text, a sentence, a key whose integration is switched off, a
 * digest of something else. Findings name the key, never the value. The names and values were made up for this test.
 */
class FortyFourthPassCredentialsSelfNamedTests {

    @Test
    void anHttpHeadersValueThatCallsItselfANumberedPasswordShouldStopProduction() {
        List<Finding> findings = GateRuns.findingsIn("docker-compose.env", "UPLOADER_ENDPOINT_HEADER_VALUE",
                "UPLOADER_ENDPOINT_HEADER_NAME=X-Uploader-Auth", "UPLOADER_ENDPOINT_HEADER_VALUE=uploader-password123");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("NO_GO secrets.guessable");
            assertThat(finding.subject()).isEqualTo("UPLOADER_ENDPOINT_HEADER_VALUE");
            assertThat(finding.message()).doesNotContain("uploader-password", "password123");
        });
    }

    @Test
    void aMapOfApiKeysToNumberedSecretsShouldStopProduction() {
        assertThat(GateRuns.verdictsIn("config.properties", "keys.relaykey1", "port=7880", "keys.relaykey1=secret1"))
                .containsExactly("NO_GO secrets.guessable");
        assertThat(GateRuns.verdictsIn("config.properties", "routes.primary", "routes.primary=Password42"))
                .containsExactly("NO_GO secrets.guessable");
    }

    @Test
    void theGrammarReadsOnlyTheWordItselfFollowedByDigits() {
        assertThat(SelfNamedPasswords.namesItself("integration-password123")).isTrue();
        assertThat(SelfNamedPasswords.namesItself("secret1")).isTrue();
        assertThat(SelfNamedPasswords.namesItself("db.passwd2024")).isTrue();
        assertThat(SelfNamedPasswords.namesItself("topsecret1")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("pass2")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("first-pass-2")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("secret-2")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("X-Client-Secret")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("password")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("reset your password 2")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("/etc/app/secret1")).isFalse();
        assertThat(SelfNamedPasswords.namesItself("secret12345678")).isFalse();
    }

    @Test
    void namesAndCountsThatOnlyContainTheStemStayClean() {
        assertThat(GateRuns.verdictsIn("application.properties", "encoder.mode", "encoder.mode=pass2")).isEmpty();
        assertThat(GateRuns.verdictsIn("application.properties", "pipeline.step", "pipeline.step=first-pass-2"))
                .isEmpty();
        assertThat(GateRuns.verdictsIn("application.properties", "auth.header", "auth.header=X-Client-Secret"))
                .isEmpty();
        assertThat(GateRuns.verdictsIn("application.properties", "login.hint", "login.hint=password")).isEmpty();
    }

    @Test
    void aSwitchedOffIntegrationsNumberedSecretIsNotANoGo() {
        assertThat(GateRuns.verdictsIn("application.properties", "uploader.header.value",
                "uploader.enabled=false", "uploader.header.value=uploader-password123"))
                .doesNotContain("NO_GO secrets.guessable");
    }

    @Test
    void anMd5OfACommonPasswordUnderAPwKeyShouldStopProduction() {
        List<Finding> findings = GateRuns.findingsIn("common.properties", "stats_admin_md5_pw",
                "stats_admin_md5_pw=e10adc3949ba59abbe56e057f20f883e");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("NO_GO secrets.guessable");
            assertThat(finding.message()).contains("MD5 digest of one of the most common passwords")
                    .doesNotContain("e10adc", "123456");
        });
    }

    @Test
    void aDigestOfSomethingElseUnderAPwKeyIsNotCalledCommon() {
        assertThat(GateRuns.findingsIn("common.properties", "stats_admin_md5_pw",
                "stats_admin_md5_pw=9b74c9897bac770ffc029102a200c5de"))
                .noneSatisfy(finding -> assertThat(finding.message()).contains("most common passwords"));
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth pass's precision rules of the sandbox gate, each with its catch and a tempting clean value: a TLS
 * key that says what it lets through ({@code acceptInvalidSslCertificate}) read with its own polarity, and the TLS
 * switch of a client section switched off, and a {@code .local} directory server ({@code ldap://dc01.corp.local}).
 */
class TwentyEighthPassPrecisionSandboxTests {

    private static List<String> codes(String dotenv) {
        return SandboxRuleChecks.production(dotenv).stream().map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void aKeyThatAcceptsInvalidCertificatesShouldWarnOnlyWhenItSaysTrue() {
        String key = "onboarding.presence-check.iproov.restClientConfig.acceptInvalidSslCertificate";
        assertThat(codes(key + "=true\n")).containsExactly("sandbox.tls-unverified " + key);
        assertThat(codes(key + "=false\n")).isEmpty();
        assertThat(codes("client.allowInvalidCertificates=true\n"))
                .containsExactly("sandbox.tls-unverified client.allowInvalidCertificates");
        assertThat(codes("client.allowInvalidCertificates=false\n")).isEmpty();
    }

    @Test
    void aVerifySwitchOffShouldStillWarnUnlessItsSectionIsSwitchedOff() {
        assertThat(codes("testresultserver.enabled=true\ntestresultserver.hostnameVerify=false\n"))
                .containsExactly("sandbox.tls-unverified testresultserver.hostnameVerify");
        assertThat(codes("testresultserver.hostnameVerify=false\n"))
                .containsExactly("sandbox.tls-unverified testresultserver.hostnameVerify");
        List<Finding> off = SandboxRuleChecks.production(
                "testresultserver.enabled=false\ntestresultserver.hostnameVerify=false\n");
        assertThat(off).isEmpty();
    }

    @Test
    void aDotLocalDirectoryServerShouldStayCleanButADotLocalPageShouldNot() {
        assertThat(codes("ldap.url=ldap://amed.local\nLDAP_SERVER=ldaps://dc01.corp.local:636\n")).isEmpty();
        assertThat(codes("APP_URL=https://shop.corp.local\n")).containsExactly("sandbox.local-host APP_URL");
        assertThat(codes("ldap.url=ldap://localhost:389\n")).containsExactly("sandbox.local-host ldap.url");
    }
}

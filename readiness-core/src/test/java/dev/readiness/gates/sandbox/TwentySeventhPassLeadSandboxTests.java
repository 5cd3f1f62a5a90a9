package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead's readings of the twenty-seventh pass's blind sets 58 to 60, each on both sides: PayPal's sandbox API
 * signatures share a 29-character prefix that marks them under any key ({@code acct1.Signature} of the classic SDK's
 * configuration), and Adaptive Payments' sandbox application id is one public value for everyone; a list of hosts
 * left as template text ({@code DJANGO_ALLOWED_HOSTS=<host>}), as a single host key's would be; and, after set 62's
 * first contact, a mock mode switched on ({@code payment.mock-mode=true}) and a Kafka client's broker list left as
 * template text ({@code bootstrap.servers=<BOOTSTRAP_SERVER>}).
 */
class TwentySeventhPassLeadSandboxTests {

    private static final String SANDBOX_SIGNATURE = "AFcWxV21C7fd0v3bYYYRCpSSRl31A" + "Qz8Rk2Lm5Np7Xv0Bw4Ty9Hs3Jd6Fg1";

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("acct1.Signature", SANDBOX_SIGNATURE),
                arguments("PAYPAL_API_SIGNATURE", SANDBOX_SIGNATURE),
                arguments("acct1.AppId", "APP-80W284485P519543T"),
                arguments("payPal.AppID", "APP-80W284485P519543T"));
    }

    @ParameterizedTest(name = "{0}={1} is a test credential")
    @MethodSource("caught")
    void productionShouldReportTheSandboxCredential(String key, String value) {
        List<Finding> findings = on(production(key + "=" + value + "\n"), key);

        assertThat(findings).extracting(Finding::code).contains("sandbox.test-credential");
        assertThat(findings).extracting(Finding::severity).contains(Severity.NO_GO);
    }

    @Test
    void theMessageShouldNotRepeatTheLongPrefix() {
        List<Finding> findings = on(production("acct1.Signature=" + SANDBOX_SIGNATURE + "\n"), "acct1.Signature");

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("AFcWxV21"));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("acct1.Signature", "An5ns1Kso7MWUdW4ErQKJJJ4qi4-AC6a0z5no3hrQwQyUMvBCahLxwBA"),
                arguments("acct1.Signature", "AFcWxV21C7fd0v3bYYYRCpSSRl31A"),
                arguments("acct1.AppId", "APP-2RX92475KD593044Y"),
                arguments("signature.text", "AFcWxV21 regards"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveLiveSignaturesAndOtherValuesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code)
                .doesNotContain("sandbox.test-credential");
    }

    @Test
    void aHostListLeftAsTemplateTextShouldBeAReservedHost() {
        List<Finding> findings = on(production("DJANGO_ALLOWED_HOSTS=<host>\n"), "DJANGO_ALLOWED_HOSTS");

        assertThat(findings).extracting(Finding::code).contains("sandbox.reserved-host");
        assertThat(on(production("ALLOWED_HOSTS=__HOSTS__\n"), "ALLOWED_HOSTS")).extracting(Finding::code)
                .contains("sandbox.reserved-host");
        assertThat(on(production("bootstrap.servers=<BOOTSTRAP_SERVER>\n"), "bootstrap.servers"))
                .extracting(Finding::code).contains("sandbox.reserved-host");
        assertThat(on(production("KAFKA_BROKERS=<your-brokers>\n"), "KAFKA_BROKERS")).extracting(Finding::code)
                .contains("sandbox.reserved-host");
    }

    @Test
    void aHostListOfRealNamesShouldStayClean() {
        assertThat(on(production("DJANGO_ALLOWED_HOSTS=shop.acme.io,app\n"), "DJANGO_ALLOWED_HOSTS")).isEmpty();
        assertThat(on(production("ALLOWED_HOSTS=*\n"), "ALLOWED_HOSTS")).isEmpty();
        assertThat(on(production("ALLOWED_HOSTS=['shop.acme.io','app']\n"), "ALLOWED_HOSTS")).isEmpty();
        assertThat(on(production("ALLOWED_HOSTS=[shop.acme.io, app]\n"), "ALLOWED_HOSTS")).isEmpty();
        assertThat(on(production("TRUSTED_IPS=10.0.0.0/8\n"), "TRUSTED_IPS")).isEmpty();
        assertThat(on(production("bootstrap.servers=b-1.msk.eu-west-1.amazonaws.com:9096\n"), "bootstrap.servers"))
                .isEmpty();
        assertThat(on(production("KAFKA_BROKERS=${KAFKA_BROKERS}\n"), "KAFKA_BROKERS")).isEmpty();
    }

    @Test
    void aMockModeSwitchedOnShouldBeATestMode() {
        assertThat(on(production("payment.mock-mode=true\n"), "payment.mock-mode")).extracting(Finding::code)
                .contains("sandbox.test-mode");
        assertThat(on(production("sms.fake-mode=1\n"), "sms.fake-mode")).extracting(Finding::code)
                .contains("sandbox.test-mode");
    }

    @Test
    void aMockModeSwitchedOffOrAnotherModeShouldStayClean() {
        assertThat(on(production("payment.mock-mode=false\n"), "payment.mock-mode")).isEmpty();
        assertThat(on(production("display.dark-mode=true\n"), "display.dark-mode")).isEmpty();
        assertThat(on(production("cluster.mode=true\n"), "cluster.mode")).isEmpty();
    }
}

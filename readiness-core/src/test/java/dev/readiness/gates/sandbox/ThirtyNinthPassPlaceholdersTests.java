package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-ninth pass's placeholder rules in the sandbox gate: a registrable name made up of filler in place of a
 * real one, under a generic top-level domain or {@code .host} ({@code empty.com}, {@code some.host},
 * {@code localhost.com}, {@code aws-cognito-any-url.com}, {@code openaiendpoint.com}) and a whole host that stands
 * for any name ({@code serviceUrl=something}) are NO-GO template hosts, while real names that hold the letters inside
 * other words ({@code anywhere.com}, {@code anyscale.com}, {@code emptyhomes.org}, {@code nullstone.io}), a filler
 * word before another noun ({@code any-api.com}), other top-level domains ({@code any.run}), {@code endpoint} as a
 * subdomain and Compose service names stay clean; an address written for documentation (RFC 5737's three blocks,
 * IPv6's {@code 2001:db8::/32}, the ascending stand-in {@code 1.2.3.4}) is a NO-GO template host, while neighbouring
 * addresses ({@code 1.1.1.1}, {@code 192.0.3.10}) stay clean.
 */
class ThirtyNinthPassPlaceholdersTests {

    @ParameterizedTest
    @ValueSource(strings = {"AI_BASE_URL=https://openaiendpoint.com", "KEYCLOAK_URL=https://empty.com/auth",
            "JWT_ISSUER_URI=https://aws-cognito-any-url.com", "SMTP_HOST=some.host",
            "API_BASE_URL=https://localhost.com/api", "WEBHOOK_URL=https://payments-endpoint.io/hook",
            "SERVICE_URL=something", "API_HOST=whatever"})
    void aNameMadeOfFillerIsATemplateHost(String line) {
        assertTemplateHost(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"API_BASE_URL=https://anywhere.com", "AI_BASE_URL=https://api.anyscale.com/v1",
            "DONATE_URL=https://emptyhomes.org/donate", "API_BASE_URL=https://api.nullstone.io",
            "API_BASE_URL=https://any-api.com", "SANDBOX_URL=https://any.run/", "API_URL=https://endpoint.acme-corp.io",
            "SHORTENER_URL=https://tinyurl.com/api-create.php", "API_URL=http://server:3000",
            "API_URL=https://someday.io", "API_URL=https://nonesuch.com"})
    void realNamesHoldingTheLettersAreNotFiller(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LDAP_HOST=1.2.3.4", "API_URL=http://192.0.2.10:8080/v1", "KEYCLOAK_URL=https://198.51.100.7",
            "WEBHOOK_URL=https://203.0.113.9/hook", "API_URL=http://[2001:db8::1]/"})
    void anAddressWrittenForDocumentationIsATemplateHost(String line) {
        assertThat(assertTemplateHost(line).message()).contains("written for documentation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DNS_URL=https://1.1.1.1/dns-query", "API_URL=http://1.2.3.5:8080",
            "API_URL=http://192.0.3.10", "API_URL=http://203.0.114.9", "API_URL=http://[2001:db9::1]/",
            "API_URL=http://12.3.4.5"})
    void neighbouringAddressesAreNotDocumentation(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::message)
                .noneMatch(message -> message.contains("written for documentation"));
    }

    /** The one finding on the line's key, a NO-GO template host. */
    private static Finding assertTemplateHost(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        return findings.get(0);
    }
}

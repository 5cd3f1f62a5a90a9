package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;

/** Catalog entries of public services run for tests: a test LDAP directory and a mail API's test sender domain. */
class PublicTestServicesTests {

    @Test
    void thePublicTestLdapDirectoryIsASandbox() {
        assertThat(production("LDAP_SERVER=ldap://ldap.forumsys.com:389\n"))
                .extracting(Finding::code).containsExactly("sandbox.provider-host");
        assertThat(production("LDAP_SERVER=ldaps://ldap.corp.acme-corp.io:636\n")).isEmpty();
    }

    @Test
    void resendsTestSenderDomainIsASandboxButItsApiIsNot() {
        assertThat(on(production("RESEND_EMAIL_ADDRESS=onboarding@resend.dev\n"), "RESEND_EMAIL_ADDRESS"))
                .extracting(Finding::code).containsExactly("sandbox.provider-host");
        assertThat(production("RESEND_EMAIL_ADDRESS=hello@mail.acme-corp.io\nRESEND_API_URL=https://api.resend.com\n"))
                .isEmpty();
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-seventh pass: the thirty-sixth session made an ACME contact on a documentation domain or a
 * reserved top-level domain a NO-GO (Let's Encrypt refuses it), but {@code localhost} and a bare host name were judged
 * as a loopback or service host first and passed, though they have no public suffix either and are refused alike.
 */
class ThirtySeventhPassRedteamAcmeContactTests {

    @Test
    void anAcmeContactOnLocalhostOrABareHostShouldBeANoGo() {
        List<Finding> findings = SandboxRuleChecks.production("ACME_EMAIL=admin@localhost\n"
                + "LETSENCRYPT_EMAIL=root@mail\n"
                + "certificatesResolvers.le.acme.email=ops@traefik.localhost\n");
        for (String key : List.of("ACME_EMAIL", "LETSENCRYPT_EMAIL", "certificatesResolvers.le.acme.email")) {
            assertThat(SandboxRuleChecks.on(findings, key)).as(key).anyMatch(
                    f -> f.code().equals("sandbox.reserved-mail-address") && f.severity() == Severity.NO_GO);
        }
    }

    @Test
    void aRealDomainAReferenceOrASenderOnLocalhostShouldNotBeThisNoGo() {
        List<Finding> findings = SandboxRuleChecks.production("ACME_EMAIL=admin@l3xlabs.com\n"
                + "LETSENCRYPT_EMAIL=admin@${DOMAIN}\n"
                + "CERTBOT_EMAIL=admin@{{ domain }}\n"
                + "EMAIL_FROM_ADDRESS=noreply@localhost\n");
        assertThat(findings).noneMatch(f -> f.code().equals("sandbox.reserved-mail-address")
                && f.severity() == Severity.NO_GO);
    }
}

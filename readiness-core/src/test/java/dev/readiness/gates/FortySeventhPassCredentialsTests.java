package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The credentials helper's readings of the forty-seventh pass: local, sandbox and default-credential values the start
 * missed, each beside the value that tempts it; every built-in gate runs.
 */
class FortySeventhPassCredentialsTests extends EveryGateOnOneFile {

    @Test
    void loopbackUnderADomainKeyGluedInOneWordShouldBeALocalPublicAddress() throws Exception {
        assertThat(about(findings("config.properties", "sessiondomain=localhost\n"), "sessiondomain"))
                .contains("NO_GO sandbox.local-public-url sessiondomain");
        assertThat(about(findings("stack.env", "KANIDM_PUBLICDOMAIN=${KANIDM_DOMAIN:-localhost}\n"),
                "KANIDM_PUBLICDOMAIN")).contains("NO_GO sandbox.local-public-url KANIDM_PUBLICDOMAIN");
    }

    @Test
    void aGluedDomainKeyWithARealDomainOrASubdomainLabelShouldStayClean() throws Exception {
        String values = """
                sessiondomain=portal.harbourline-ferries.no
                KANIDM_PUBLICDOMAIN=id.harbourline-ferries.no
                TENANT_SUBDOMAIN=localhost
                """;
        for (String key : new String[] {"sessiondomain", "KANIDM_PUBLICDOMAIN", "TENANT_SUBDOMAIN"}) {
            assertThat(about(findings("stack.env", values), key)).as(key).isEmpty();
        }
    }

    @Test
    void aListOfDomainsHoldingOnlyLoopbackShouldBeALocalPublicAddress() throws Exception {
        assertThat(about(findings("proxy.env", "CERT_DOMAINS=localhost\n"), "CERT_DOMAINS"))
                .contains("NO_GO sandbox.local-public-url CERT_DOMAINS");
        assertThat(about(findings("proxy.env", "SITE_DOMAINS=localhost,127.0.0.1:8443\n"), "SITE_DOMAINS"))
                .contains("NO_GO sandbox.local-public-url SITE_DOMAINS");
    }

    @Test
    void aListOfDomainsWithARealDomainOrOfBypassedOrRefusedDomainsShouldStayClean() throws Exception {
        String values = """
                SITE_DOMAINS=shop.lakeside-bakery.fi,localhost
                NO_PROXY_DOMAINS=localhost,127.0.0.1
                BLOCKED_DOMAINS=localhost
                BIND_DOMAINS=0.0.0.0
                """;
        for (String key : new String[] {"SITE_DOMAINS", "NO_PROXY_DOMAINS", "BLOCKED_DOMAINS", "BIND_DOMAINS"}) {
            assertThat(about(findings("proxy.env", values), key)).as(key).isEmpty();
        }
    }
}

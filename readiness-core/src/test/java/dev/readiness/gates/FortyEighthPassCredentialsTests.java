package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The credentials helper's readings of the forty-eighth pass: an application's run mode set to development, debug or
 * demonstration, a lone {@code HOST} that carries a loopback host with a port, and a host label that glues
 * {@code mock} to a product word, each beside the value that tempts it; every built-in gate runs.
 */
class FortyEighthPassCredentialsTests extends EveryGateOnOneFile {

    @Test
    void anApplicationRunModeOfDevelopmentDebugOrDemoShouldBeADevelopmentMode() throws Exception {
        String values = """
                APP_MODE=demo
                RUN_MODE=developer
                server.mode=debug
                settings.application.mode="dev"
                deploy.environment.INSTANCE_MODE=development
                """;
        for (String key : new String[] {"APP_MODE", "RUN_MODE", "server.mode", "settings.application.mode",
                "deploy.environment.INSTANCE_MODE"}) {
            assertThat(about(findings("meter.properties", values), key)).as(key)
                    .contains("WARN sandbox.development-mode " + key);
        }
    }

    @Test
    void aRunModeOfProductionReleaseOrAnotherSectionsModeShouldStayClean() throws Exception {
        String values = """
                APP_MODE=production
                RUN_MODE=prod
                server.mode=release
                SERVER_MODE=True
                runmode=local
                cache.mode=dev
                plugin.runMode=demo
                """;
        for (String key : new String[] {"APP_MODE", "RUN_MODE", "server.mode", "SERVER_MODE", "runmode",
                "cache.mode", "plugin.runMode"}) {
            assertThat(about(findings("meter.properties", values), key)).as(key).isEmpty();
        }
    }

    @Test
    void aLoneHostWithALoopbackHostAndAPortShouldBeALocalPublicAddress() throws Exception {
        assertThat(about(findings("links.env", "HOST=localhost:4100\n"), "HOST"))
                .contains("NO_GO sandbox.local-public-url HOST");
        assertThat(about(findings("mailer.properties", "host='127.0.0.1:8088'\n"), "host"))
                .contains("NO_GO sandbox.local-public-url host");
    }

    @Test
    void aLoneHostThatIsABindAddressOrAReachableHostShouldStayClean() throws Exception {
        String values = """
                HOST=127.0.0.1
                PORT=4100
                """;
        assertThat(about(findings("links.env", values), "HOST")).isEmpty();
        assertThat(about(findings("links.env", "HOST=0.0.0.0:4100\n"), "HOST")).isEmpty();
        assertThat(about(findings("links.env", "HOST=notes.harbourline-ferries.no:4100\n"), "HOST")).isEmpty();
        assertThat(about(findings("links.env", "HOST=localhost:4100/notes\n"), "HOST")).isEmpty();
    }

    @Test
    void aHostLabelThatGluesMockToAProductWordShouldBeASandboxHost() throws Exception {
        String values = """
                loans.api-url=http://mockpayments:9300/loans/
                sso.entry-point=https://mocksaml.harbour-idp.org/saml/sso
                ledger.base-url=https://ledger.apimock.harbourline-ferries.no
                """;
        for (String key : new String[] {"loans.api-url", "sso.entry-point", "ledger.base-url"}) {
            assertThat(about(findings("library.properties", values), key)).as(key)
                    .contains("NO_GO sandbox.host " + key);
        }
    }

    @Test
    void aHostLabelThatStartsWithMockAsAnOrdinaryWordShouldStayClean() throws Exception {
        String values = """
                shop.base-url=https://mockingbird-books.no
                design.assets-url=https://mockups.studio-harbour.no/kit
                sso.entry-point=https://samlbridge.harbour-idp.org/saml/sso
                """;
        for (String key : new String[] {"shop.base-url", "design.assets-url", "sso.entry-point"}) {
            assertThat(about(findings("library.properties", values), key)).as(key).isEmpty();
        }
    }
}

package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-seventh pass's rules from the first contact with sets 201 to 209, each beside the clean values that tempt
 * it; every built-in gate runs on one file. Values are shaped like the sets' but written here.
 *
 * <ul>
 *   <li>A code that lets whoever knows it in ({@code ACCESS_CODE}, {@code SIGNUP_CODE}, {@code OTP_TEST_CODE}) is a
 *       password by another name; a switch about the code and a public code ({@code COUNTRY_CODE}) are not.</li>
 *   <li>{@code allow} or {@code enable} then {@code test} lets test things into production when on
 *       ({@code ALLOW_TEST_LOGINS=true}); off, a pool's connection test and test data stay clean.</li>
 *   <li>A server's own insecure mode ({@code EVENTSTORE_INSECURE=true}) is a {@code sandbox.tls-off} WARN; a
 *       telemetry exporter's insecure hop and the switch off stay clean.</li>
 * </ul>
 */
class FortySeventhPassFirstContactTests extends EveryGateOnOneFile {

    @Test
    void aTemplateOrWeakAccessCodeShouldBeANoGo() throws Exception {
        String text = """
                SIGNUP_CODE=letmein
                DOOR_ACCESS_CODE=XXXXXXXXXX
                OTP_TEST_CODE=REPLACE_WITH_SIX_DIGITS
                """;
        assertThat(noGo(findings("prod.env", text), "SIGNUP_CODE")).isNotEmpty();
        assertThat(noGo(findings("prod.env", text), "DOOR_ACCESS_CODE")).isNotEmpty();
        assertThat(noGo(findings("prod.env", text), "OTP_TEST_CODE")).isNotEmpty();
    }

    @Test
    void aSwitchAboutACodeOrAPublicCodeShouldStayClean() throws Exception {
        String text = """
                SKIP_INVITATION_CODE=false
                REQUIRE_ACCESS_CODE=true
                COUNTRY_CODE=GB
                WIDGET_EMBED_CODE=changeme
                """;
        for (String key : new String[] {"SKIP_INVITATION_CODE", "REQUIRE_ACCESS_CODE", "COUNTRY_CODE",
                "WIDGET_EMBED_CODE"}) {
            assertThat(about(findings("prod.env", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aStrongAccessCodeShouldNotBeANoGo() throws Exception {
        String text = "REGISTRATION_CODE=Vq8r-T2mz-9KpL-w4Xe\n";
        assertThat(noGo(findings("prod.env", text), "REGISTRATION_CODE")).isEmpty();
    }

    @Test
    void aSwitchThatLetsTestThingsInShouldBeANoGo() throws Exception {
        String text = """
                ALLOW_TEST_LOGINS=true
                app.enable-testing=true
                """;
        assertThat(noGo(findings("prod.env", text), "ALLOW_TEST_LOGINS"))
                .containsExactly("NO_GO sandbox.test-mode ALLOW_TEST_LOGINS");
        assertThat(noGo(findings("prod.env", text), "app.enable-testing")).isNotEmpty();
    }

    @Test
    void testSwitchesThatAreOffOrNameAPoolCheckOrDataShouldStayClean() throws Exception {
        String text = """
                ALLOW_TEST_LOGINS=false
                ENABLE_TEST_ENDPOINTS=0
                spring.datasource.dbcp2.enable-test-on-borrow=true
                ALLOW_TEST_DATA=true
                USE_TEST_FIXTURES=true
                """;
        for (String key : new String[] {"ALLOW_TEST_LOGINS", "ENABLE_TEST_ENDPOINTS",
                "spring.datasource.dbcp2.enable-test-on-borrow", "ALLOW_TEST_DATA", "USE_TEST_FIXTURES"}) {
            assertThat(about(findings("prod.env", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aServersInsecureModeShouldBeATlsWarn() throws Exception {
        String text = """
                EVENTSTORE_INSECURE=true
                INSECURE=1
                """;
        assertThat(about(findings("deploy.env", text), "EVENTSTORE_INSECURE"))
                .containsExactly("WARN sandbox.tls-off EVENTSTORE_INSECURE");
        assertThat(about(findings("deploy.env", text), "INSECURE")).containsExactly("WARN sandbox.tls-off INSECURE");
    }

    @Test
    void anExportersInsecureHopOrAnInsecureModeOffShouldStayClean() throws Exception {
        assertThat(about(findings("deploy.env", "EVENTSTORE_INSECURE=false\n"), "EVENTSTORE_INSECURE")).isEmpty();
        assertThat(about(findings("deploy.env", "OTEL_EXPORTER_OTLP_INSECURE=true\n"), "OTEL_EXPORTER_OTLP_INSECURE"))
                .isEmpty();
        assertThat(about(findings("deploy.env", "ssl.insecure=true\n"), "ssl.insecure"))
                .noneMatch(finding -> finding.contains("tls-off"));
        assertThat(about(findings("deploy.env", "COLLECTOR_INSECURE=true\nAPP_ENV=development\n"),
                "COLLECTOR_INSECURE")).isEmpty();
    }
}

package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-fifth pass: rules for what the first contact with the blind sets 186 to 190 missed,
 * each beside the value that tempts it; every built-in gate runs.
 */
class FortyFifthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aLongEnvironmentWordGluedBeforeAQualifiedProductWordShouldMarkTheHost() throws Exception {
        assertThat(noGo(findings("app.env", "PAYGATE_BASE_URL=https://sandboxpgapi.paygate.com.bd\n"),
                "PAYGATE_BASE_URL")).contains("NO_GO sandbox.host PAYGATE_BASE_URL");
        assertThat(noGo(findings("app.env", "ORDERS_URL=https://stagingv2api.orders.example-shop.io\n"),
                "ORDERS_URL")).contains("NO_GO sandbox.host ORDERS_URL");
    }

    @Test
    void shortEnvironmentWordsAndNamesThatOnlyStartWithOneShouldStayClean() throws Exception {
        String clean = """
                VR_URL=https://sandboxvr.com/booking
                QATAR_URL=https://qatarpay.qa/checkout
                BETA_URL=https://testmyapp.io/api
                """;
        assertThat(noGo(findings("app.env", clean), "VR_URL")).isEmpty();
        assertThat(noGo(findings("app.env", clean), "QATAR_URL")).isEmpty();
        assertThat(noGo(findings("app.env", clean), "BETA_URL")).isEmpty();
    }

    @Test
    void aUrlWhoseTopLevelDomainIsAWordForAnAddressShouldBeTemplateText() throws Exception {
        assertThat(noGo(findings("app.env", "DAEMON_URL=https://public-chat.url/\n"), "DAEMON_URL"))
                .contains("NO_GO sandbox.reserved-host DAEMON_URL");
        assertThat(noGo(findings("values.properties", "assets.s3.url=http://bucket.zone.endpoint/bucket/\n"),
                "assets.s3.url")).contains("NO_GO sandbox.reserved-host assets.s3.url");
    }

    @Test
    void aPropertyNameHeldAsAValueShouldStayClean() throws Exception {
        String names = """
                kafka-config.schema-registry-url-key=schema.registry.url
                datasource.url-property=spring.datasource.url
                """;
        assertThat(about(findings("application.properties", names), "kafka-config.schema-registry-url-key")).isEmpty();
        assertThat(about(findings("application.properties", names), "datasource.url-property")).isEmpty();
    }

    @Test
    void italianAndGermanAcceptanceEnvironmentsShouldBeTestEnvironments() throws Exception {
        assertThat(noGo(findings("app.env", "PAGOPA_AMBIENTE=collaudo\n"), "PAGOPA_AMBIENTE"))
                .contains("NO_GO sandbox.test-mode PAGOPA_AMBIENTE");
        assertThat(noGo(findings("app.env", "REGISTRY_URL=https://api.collaudo.anagrafe-regione.it/v1\n"),
                "REGISTRY_URL")).contains("NO_GO sandbox.host REGISTRY_URL");
        assertThat(noGo(findings("app.env", "PAGOPA_AMBIENTE=produzione\n"), "PAGOPA_AMBIENTE")).isEmpty();
    }

    @Test
    void yourProjectInAnotherLanguageAsAProvidersAccountShouldBeTemplateText() throws Exception {
        assertThat(noGo(findings("app.env", "VITE_SUPABASE_URL=https://seu-projeto.supabase.co\n"),
                "VITE_SUPABASE_URL")).contains("NO_GO sandbox.reserved-host VITE_SUPABASE_URL");
        assertThat(noGo(findings("app.env", "SUPABASE_URL=https://tu-proyecto.supabase.co\n"), "SUPABASE_URL"))
                .contains("NO_GO sandbox.reserved-host SUPABASE_URL");
        assertThat(noGo(findings("app.env", "SUPABASE_URL=https://tu-delft-lab.supabase.co\n"), "SUPABASE_URL"))
                .isEmpty();
    }

    @Test
    void aWebAddressThatIsOnlyItsSchemeShouldBeTemplateText() throws Exception {
        assertThat(noGo(findings("app.env", "NEXT_PUBLIC_CONVEX_URL=https://\n"), "NEXT_PUBLIC_CONVEX_URL"))
                .contains("NO_GO sandbox.reserved-host NEXT_PUBLIC_CONVEX_URL");
        String complete = """
                SQLALCHEMY_DATABASE_URI=sqlite://
                cache.url=memory://
                BROKER_URL=django://
                S3_SCHEME=https://
                """;
        for (String key : new String[] {"SQLALCHEMY_DATABASE_URI", "cache.url", "BROKER_URL", "S3_SCHEME"}) {
            assertThat(about(findings("app.properties", complete), key)).noneMatch(
                    finding -> finding.contains("sandbox.reserved-host"));
        }
    }

    @Test
    void keycloaksDevelopmentStoreShouldBeAnEmbeddedDatabase() throws Exception {
        assertThat(noGo(findings("compose.env", "KC_DB=dev-file\n"), "KC_DB"))
                .contains("NO_GO database.embedded KC_DB");
        assertThat(noGo(findings("compose.env", "KC_DB=dev-mem\n"), "KC_DB"))
                .contains("NO_GO database.embedded KC_DB");
        assertThat(noGo(findings("compose.env", "KC_DB=postgres\nKC_DB_URL=jdbc:postgresql://db:5432/keycloak\n"),
                "KC_DB")).isEmpty();
    }
}

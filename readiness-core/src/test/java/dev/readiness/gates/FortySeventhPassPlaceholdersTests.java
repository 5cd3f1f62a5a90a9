package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-seventh pass's placeholders, each beside the values that tempt it; every built-in gate runs on one file.
 * An authorization header whose scheme is real and whose credential is template text ({@code Basic%20REEMPLAZAR},
 * {@code Basic Base64EncodedClientIdAndSecret}); a template asking for an API key under a key that names an
 * authorization header; and a template asking for a webhook URL or a connection string, the values that carry their
 * credential inside them; a fill-in word under a key named after an API ({@code MAPS_API=changeme}).
 */
class FortySeventhPassPlaceholdersTests extends EveryGateOnOneFile {

    @Test
    void anAuthorizationHeaderWithTemplateTextAfterItsSchemeShouldBeAPlaceholder() throws Exception {
        String text = """
                OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20SUSTITUIR_AQUI
                TRACES_OTLP_HEADERS=Authorization=Bearer <ingest-token>
                """;
        assertNoGo("collector.env", text, "secrets.placeholder", "OTEL_EXPORTER_OTLP_HEADERS");
        assertNoGo("collector.env", text, "secrets.placeholder", "TRACES_OTLP_HEADERS");
        String superset = """
                sso.remote_app.token_headers.Authorization=Basic EncodedAppIdPlusSecretInBase64
                billing.client.headers.Authorization=Bearer your-billing-token
                """;
        assertNoGo("superset.properties", superset, "secrets.placeholder",
                "sso.remote_app.token_headers.Authorization");
        assertNoGo("superset.properties", superset, "secrets.placeholder", "billing.client.headers.Authorization");
    }

    @Test
    void realReferencedAndEncodedAuthorizationHeadersShouldNotBePlaceholders() throws Exception {
        String text = """
                OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic ${GRAFANA_CLOUD_OTLP_AUTH}
                mcp.servers.tracker.headers.Authorization=Bearer ${TRACKER_MCP_TOKEN}
                api.headers.authorization=Basic cmVwb3J0ZXI6UTd2LXBtMi1YcmtL
                proxy.Authorization=Bearer Hq8vLr2TnWcZ4pXk9sMfB1yJ
                relay.www_authenticate_header=Bearer error="invalid_token"
                plan.basic.label=Basic Monthly Plan For Small Teams
                """;
        for (String key : new String[] {"OTEL_EXPORTER_OTLP_HEADERS", "mcp.servers.tracker.headers.Authorization",
                "api.headers.authorization", "proxy.Authorization", "relay.www_authenticate_header",
                "plan.basic.label"}) {
            assertThat(about(findings("collector.properties", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("secrets.placeholder"));
        }
    }

    @Test
    void aTemplateAskingForAKeyUnderAnAuthHeaderKeyShouldBeAPlaceholder() throws Exception {
        String text = "VENDOR_GATEWAY_AUTH_HEADER=replace-with-vendor-gateway-api-key\n";
        assertNoGo("gateway.env", text, "secrets.placeholder", "VENDOR_GATEWAY_AUTH_HEADER");
    }

    @Test
    void aHeaderNameUnderAnAuthHeaderOrKeyHeaderKeyShouldStayClean() throws Exception {
        String text = """
                REVERSE_PROXY_AUTH_HEADER=X-Forwarded-User
                API_KEY_HEADER=X-Api-Key
                SSO_AUTH_HEADER=REMOTE_USER
                """;
        for (String key : new String[] {"REVERSE_PROXY_AUTH_HEADER", "API_KEY_HEADER", "SSO_AUTH_HEADER"}) {
            assertThat(about(findings("proxy.env", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aTemplateAskingForAWebhookUrlOrAConnectionStringShouldBeAPlaceholder() throws Exception {
        String text = """
                OPS_TEAMS_WEBHOOK=your-teams-webhook-url
                Values.TableStorageConnection=your-table-storage-connection-string
                ARCHIVE_DB_CONNECTION=<Your_Postgres_or_Neon_connection>
                """;
        assertNoGo("functions.env", text, "secrets.placeholder", "OPS_TEAMS_WEBHOOK");
        assertNoGo("functions.env", text, "secrets.placeholder", "Values.TableStorageConnection");
        assertNoGo("functions.env", text, "secrets.placeholder", "ARCHIVE_DB_CONNECTION");
    }

    @Test
    void templatesAskingForAWebhookOrConnectionNameOrSizeShouldStayClean() throws Exception {
        String text = """
                NOTIFY_WEBHOOK=your-webhook-name
                POOL_CONNECTION=your-connection-pool-size
                ALERTS_WEBHOOK_URL_LABEL=your-webhook-url
                """;
        for (String key : new String[] {"NOTIFY_WEBHOOK", "POOL_CONNECTION", "ALERTS_WEBHOOK_URL_LABEL"}) {
            assertThat(about(findings("notify.env", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("secrets.placeholder"));
        }
    }

    @Test
    void aFillInWordUnderAKeyNamedAfterAnApiShouldBeAPlaceholder() throws Exception {
        String text = """
                ROUTING_DIRECTIONS_API=CHANGE_ME
                weather.forecast.api=replace-me
                """;
        assertNoGo("routes.env", text, "secrets.placeholder", "ROUTING_DIRECTIONS_API");
        assertNoGo("routes.env", text, "secrets.placeholder", "weather.forecast.api");
    }

    @Test
    void addressesSwitchesAndFillInWordsUnderOtherKeysShouldStayClean() throws Exception {
        String text = """
                SMS_GATEWAY_API=https://api.sms-gateway.example-provider.io/v1/send
                ENABLE_PUBLIC_API=true
                reporting.backend_api=rp_none
                brand.accent.color=changeme
                """;
        for (String key : new String[] {"SMS_GATEWAY_API", "ENABLE_PUBLIC_API", "reporting.backend_api",
                "brand.accent.color"}) {
            assertThat(about(findings("routes.env", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("secrets.placeholder"));
        }
    }

    private void assertNoGo(String fileName, String text, String code, String key) throws Exception {
        assertThat(noGo(findings(fileName, text), key)).contains("NO_GO " + code + " " + key);
    }
}

package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The credentials helper's readings of the forty-sixth pass: local, sandbox and default-credential values the start
 * missed, each beside the value that tempts it; every built-in gate runs.
 */
class FortySixthPassCredentialsTests extends EveryGateOnOneFile {

    @Test
    void aWildcardDnsNameOfAPrivateAddressShouldBeALocalSiteAddress() throws Exception {
        assertThat(about(findings("values.properties", "config.base-url=https://wiki.10-20-30-40.sslip.io\n"),
                "config.base-url")).contains("WARN sandbox.local-host config.base-url");
        assertThat(about(findings("operator.properties", "spec.config.url.base=shop.172.20.5.9.nip.io\n"),
                "spec.config.url.base")).contains("WARN sandbox.local-host spec.config.url.base");
    }

    @Test
    void aWildcardDnsNameOfAPublicAddressShouldStayClean() throws Exception {
        assertThat(about(findings("values.properties", "config.base-url=https://wiki.52-14-200-7.sslip.io\n"),
                "config.base-url")).isEmpty();
        assertThat(about(findings("app.env", "DOMAIN=18.193.40.12.nip.io\n"), "DOMAIN")).isEmpty();
    }

    @Test
    void aPrivateAddressAsTheSitesOwnPageShouldBeALocalSiteAddress() throws Exception {
        assertThat(about(findings("app.env", "APP_HOMEPAGE_URL=http://192.168.4.77\n"), "APP_HOMEPAGE_URL"))
                .contains("WARN sandbox.local-host APP_HOMEPAGE_URL");
        assertThat(about(findings("config.properties", "app_root_url=http://10.40.2.19/\n"), "app_root_url"))
                .contains("WARN sandbox.local-host app_root_url");
        assertThat(about(findings("app.env", "APP_URL=172.18.0.4:8080\n"), "APP_URL"))
                .contains("WARN sandbox.local-host APP_URL");
    }

    @Test
    void aPrivateAddressOfAServiceOrAnApiShouldStayClean() throws Exception {
        String backEnd = """
                client.billing.baseUrl=http://10.8.3.21:8083/billing
                TRACKING_URI=http://192.168.30.4:5000
                SEARCH_HOST=192.168.30.5
                APP_URL=https://shop.example-store.com
                """;
        for (String key : new String[] {"client.billing.baseUrl", "TRACKING_URI", "SEARCH_HOST", "APP_URL"}) {
            assertThat(about(findings("app.env", backEnd), key)).as(key).isEmpty();
        }
    }

    @Test
    void aClientIdBesideAPaymentProvidersSandboxShouldBeATestCredential() throws Exception {
        String paypal = """
                service.EndPoint=https://api.sandbox.paypal.com
                clientId=Qm7vT2xK9pL4wN8rZc3Jd6Hy1Bf5Gs0aEu-Rk_Wt
                """;
        assertThat(about(findings("paypal.properties", paypal), "clientId"))
                .contains("WARN sandbox.test-credential clientId");
        String sdk = """
                client_id=Fz4Lq8Wn2Rt6Yb0Vc3Mk7Hd1Js5Gp9-Ax_Ue
                settings.mode=sandbox
                """;
        // a mode switch alone is no evidence: it is reported itself, and beside a live id it is the one wrong line
        assertThat(about(findings("sdk.properties", sdk), "client_id"))
                .doesNotContain("WARN sandbox.test-credential client_id");
    }

    @Test
    void aClientIdBesideALiveEndpointOrAsTemplateTextOrAnAppIdShouldStayClean() throws Exception {
        String live = """
                service.EndPoint=https://api-m.paypal.com
                clientId=Qm7vT2xK9pL4wN8rZc3Jd6Hy1Bf5Gs0aEu-Rk_Wt
                """;
        assertThat(about(findings("paypal.properties", live), "clientId")).isEmpty();
        String template = """
                service.EndPoint=https://api.sandbox.paypal.com
                clientId=your-paypal-client-id
                appId=4021000187654321
                """;
        assertThat(about(findings("paypal.properties", template), "clientId"))
                .doesNotContain("WARN sandbox.test-credential clientId");
        assertThat(about(findings("paypal.properties", template), "appId")).isEmpty();
    }
}

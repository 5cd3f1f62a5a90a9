package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fifth pass's address rules: a web URL with no host, an HTTPS requirement of none, Appwrite's
 * {@code disabled}, a bare {@code url} on a public IP in plain http, an SMTP client's sender on a documentation domain,
 * a browser's sign-in URL in plain http on a private address, an identity server's {@code self} issuer on loopback.
 */
class ThirtyFifthPassEndpointsTests {

    private static List<Tuple> onKey(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subject().equals(key))
                .map(f -> Tuple.tuple(f.code(), f.severity())).toList();
    }

    @Test
    void aWebUrlWithNoHostIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.production("JWT_ISSUER=https:///oauth2\n"
                + "PUBLIC_URL=http:///\n"
                + "WS_URL=wss:///socket\n");
        for (String key : List.of("JWT_ISSUER", "PUBLIC_URL", "WS_URL")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(
                    Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        }
    }

    @Test
    void fileUrlsListenersSchemesAndTemplatesWithAHostStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("STORAGE_URL=file:///var/lib/data\n"
                + "http_address=http://:4180\n"
                + "SCHEME=https://\n"
                + "email_base_url=https://#{System.fetch_env!(\"HOST\")}\n"
                + "JWT_ISSUER=https://${LMS_HOST}/oauth2\n"
                + "ISSUER=https://sso.acme-corp.io/realms/main\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }

    @Test
    void anHttpsRequirementOfNoneAndAppwritesDisabledAreWarnsBesideAFront() {
        // with _APP_ENV=production beside them they are NO-GO since the forty-seventh pass (ProductionFileTls), and
        // with no TLS-terminating front declared since the forty-eighth (UnforcedHttps)
        List<Finding> findings = SandboxRuleChecks.production("_APP_ENV=staging\n"
                + "server.forward-headers-strategy=native\n"
                + "keycloak.ssl-required=none\n"
                + "realm.sslRequired=NONE\n"
                + "_APP_OPTIONS_FORCE_HTTPS=disabled\n");
        for (String key : List.of("keycloak.ssl-required", "realm.sslRequired", "_APP_OPTIONS_FORCE_HTTPS")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        }
    }

    @Test
    void externalRequirementsEnabledSwitchesAndADevelopmentFilesSwitchStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("keycloak.ssl-required=external\n"
                + "realm.sslRequired=all\n"
                + "_APP_OPTIONS_FORCE_HTTPS=enabled\n"
                + "client.auth-required=none\n"
                + "mtls.client_cert_required=none\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
        // Appwrite's own development .env: _APP_ENV=development says what the file is
        assertThat(SandboxRuleChecks.production("_APP_ENV=development\n_APP_OPTIONS_FORCE_HTTPS=disabled\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void aBareUrlOnAPublicAddressInPlainHttpIsANoGo() {
        // Ghost's config.production.json flattened: url is the site's own address
        assertThat(onKey(SandboxRuleChecks.production("url=http://67.205.186.210/\n"), "url"))
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
    }

    @Test
    void aBareUrlOverHttpsOrOnANameOrAPrivateAddressIsNotATlsFinding() {
        List<Finding> findings = SandboxRuleChecks.production("url=https://67.205.186.210/\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
        // on a public name it is a WARN since the forty-fourth pass (FortyFourthPassTransportTests), never a NO-GO
        assertThat(onKey(SandboxRuleChecks.production("url=http://blog.acme-corp.io/\n"), "url"))
                .doesNotContain(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        assertThat(SandboxRuleChecks.production("url=http://10.0.4.12:2368/\n")).extracting(Finding::code)
                .doesNotContain("sandbox.tls-off");
    }

    @Test
    void anSmtpClientsSenderOnADocumentationDomainIsAWarn() {
        List<Finding> findings = SandboxRuleChecks.production("global.smtp_from=no-reply@example.com\n"
                + "global.smtp_sender=alertmanager@example.org\n"
                + "notifier.smtp.sender=Authelia <admin@example.com>\n");
        for (String key : List.of("global.smtp_from", "global.smtp_sender", "notifier.smtp.sender")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(
                    Tuple.tuple("sandbox.reserved-mail-address", Severity.WARN));
        }
    }

    @Test
    void anApplicationsDefaultSenderOnADocumentationDomainAndAnSmtpUserStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("EMAILS_FROM_EMAIL=info@example.com\n"
                + "MAIL_FROM_ADDRESS=hello@example.com\n"
                + "SMTP_USERNAME=admin@example.com\n"
                + "global.smtp_from=alerts@acme-corp.io\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.reserved-mail-address");
    }

    @Test
    void aBrowsersSignInUrlInPlainHttpOnAPrivateAddressIsAWarn() {
        List<Finding> findings = SandboxRuleChecks.production(
                "frontend.runtimeConfig.keycloak.url=http://192.168.14.55:8080\n"
                + "frontend.oidc.authority=http://10.20.0.4:8080/realms/main\n");
        for (String key : List.of("frontend.runtimeConfig.keycloak.url", "frontend.oidc.authority")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        }
    }

    @Test
    void aBackChannelIssuerOnAPrivateAddressAndHttpsSignInStayClean() {
        List<Finding> findings = SandboxRuleChecks.production(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://10.1.12.70:8081/auth/realms/enat\n"
                + "frontend.runtimeConfig.keycloak.url=https://192.168.14.55:8443\n"
                + "frontend.runtimeConfig.api.url=http://192.168.14.55:3000\n"
                + "KEYCLOAK_URL=http://keycloak:8080\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void anIdentityServersSelfIssuerOnLoopbackIsALocalPublicUrl() {
        // Ory Hydra: urls.self.issuer names every token; URLS_SELF_ISSUER in its quickstart
        List<Finding> findings = SandboxRuleChecks.production("URLS_SELF_ISSUER=http://127.0.0.1:4444/\n"
                + "urls.self.public=http://localhost:4444/\n");
        for (String key : List.of("URLS_SELF_ISSUER", "urls.self.public")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(
                    Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        }
    }

    @Test
    void aSelfCallUrlOnLoopbackStaysClean() {
        List<Finding> findings = SandboxRuleChecks.production("SELF_URL=http://localhost:3000\n"
                + "app.self.internal.issuer=http://127.0.0.1:4444\n");
        assertThat(onKey(findings, "SELF_URL")).isEmpty();
        assertThat(onKey(findings, "app.self.internal.issuer")).isEmpty();
    }

    @Test
    void publicDemoIdentityProvidersEchoServicesAndTheAcmeStagingCaAreSandboxHosts() {
        List<Finding> findings = SandboxRuleChecks.production(
                "Authentication.Authority=https://demo.duendesoftware.com\n"
                + "ORY_SDK_URL=https://playground.projects.oryapis.com\n"
                + "services[0].url=http://mockbin.org/request\n"
                + "upstream.nodes[0].host=httpbin.org\n"
                + "certificatesResolvers.le.acme.caServer=https://acme-staging-v02.api.letsencrypt.org/directory\n");
        for (String key : List.of("Authentication.Authority", "ORY_SDK_URL", "services[0].url",
                "upstream.nodes[0].host", "certificatesResolvers.le.acme.caServer")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(
                    Tuple.tuple("sandbox.provider-host", Severity.NO_GO));
        }
    }

    @Test
    void anOwnIdentityServerAnInClusterEchoAndTheProductionAcmeCaStayClean() {
        List<Finding> findings = SandboxRuleChecks.production(
                "Authentication.Authority=https://sso.acme-corp.io\n"
                + "ORY_SDK_URL=https://auth.acme-corp.io\n"
                + "services[0].url=http://httpbin:80\n"
                + "certificatesResolvers.le.acme.caServer=https://acme-v02.api.letsencrypt.org/directory\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.provider-host");
    }

    @Test
    void keycloaksHostnameUrlsAndAGuisUrlOnLoopbackArePublicUrls() {
        List<Finding> findings = SandboxRuleChecks.production("KC_HOSTNAME_URL=http://localhost:8080\n"
                + "KC_HOSTNAME_ADMIN_URL=http://127.0.0.1:8080\n"
                + "KONG_ADMIN_GUI_URL=http://localhost:8002\n");
        for (String key : List.of("KC_HOSTNAME_URL", "KC_HOSTNAME_ADMIN_URL", "KONG_ADMIN_GUI_URL")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(
                    Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        }
    }

    @Test
    void aHostnameUrlOnItsDomainAndABackEndOnLoopbackAreNotPublicUrls() {
        List<Finding> findings = SandboxRuleChecks.production("KC_HOSTNAME_URL=https://sso.acme-corp.io\n"
                + "KONG_ADMIN_API_URL=http://localhost:8001\n"
                + "SPRING_CLOUD_CONFIG_URI=http://localhost:8888\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    @Test
    void zitadelsExternalSecureOffHandsOutPlainHttpUrls() {
        List<Finding> findings = SandboxRuleChecks.production("ZITADEL_EXTERNALSECURE=false\nExternalSecure=false\n");
        for (String key : List.of("ZITADEL_EXTERNALSECURE", "ExternalSecure")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        }
        assertThat(SandboxRuleChecks.production("ZITADEL_EXTERNALSECURE=true\nsession.cookie.secure=false\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }
}

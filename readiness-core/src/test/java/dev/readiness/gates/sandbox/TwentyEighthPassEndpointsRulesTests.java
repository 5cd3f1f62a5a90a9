package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TwentyEighthPassEndpointsRulesTests {

    private static List<Tuple> findings(String dotenv) {
        return SandboxRuleChecks.production(dotenv).stream()
                .map(finding -> Tuple.tuple(finding.subject(), finding.code(), finding.severity())).toList();
    }

    @Test
    void aLoopbackNameAsThePublicDomainOfAPartOfTheServiceIsALocalPublicUrl() {
        assertThat(findings("_APP_DOMAIN_FUNCTIONS=functions.localhost\n_APP_DOMAIN_SITES=sites.localhost\n"
                + "_APP_DOMAIN_TARGET_CNAME=test.localhost\n_APP_DOMAIN_TARGET_A=127.0.0.1\n"
                + "DOMAIN_BACKEND=api.localhost:8080\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("_APP_DOMAIN_FUNCTIONS", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("_APP_DOMAIN_SITES", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("_APP_DOMAIN_TARGET_CNAME", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("_APP_DOMAIN_TARGET_A", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("DOMAIN_BACKEND", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void realPartDomainsBindAddressesAndKeysThatAreNoDomainStayClean() {
        assertThat(SandboxRuleChecks.production("_APP_DOMAIN_FUNCTIONS=functions.appwrite.example-corp.io\n"
                + "_APP_DOMAIN_TARGET_CAA=digicert.com\nDOMAIN_API=0.0.0.0\nAD_DOMAIN_CONTROLLER=localhost\n"
                + "DOMAIN_SOCKET_PATH=/tmp/app.sock\n_APP_INTERNAL_DOMAIN_API=localhost\nDOMAIN_LISTEN=127.0.0.1\n"
                + "LAUNCH_AGENT_DOMAIN_TARGET=gui/501\n")).isEmpty();
        assertThat(BareHostKeys.namesPartDomain(KeyWords.of("_APP_DOMAIN_SITES"))).isTrue();
        assertThat(BareHostKeys.namesPartDomain(KeyWords.of("APP_DOMAIN"))).isFalse();
        assertThat(BareHostKeys.namesPartDomain(KeyWords.of("COOKIE_DOMAIN_SUFFIX"))).isFalse();
        assertThat(BareHostKeys.namesPartDomain(KeyWords.of("mail.domain.verification.key"))).isFalse();
    }

    @Test
    void theCasServiceUrlOnTheServicesOwnPortIsWhereBrowsersReturn() {
        assertThat(findings("server.port=8080\ncas.service=http://localhost:8080/app\n"
                + "shiro.cas.service-url=http://127.0.0.1:8080/node1/shiro-cas\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("cas.service", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("shiro.cas.service-url", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void theCasServersAddressAndValidationSuffixAreNoServiceUrl() {
        assertThat(KeyClass.namesCasService(KeyWords.of("security.cas.service"))).isTrue();
        assertThat(KeyClass.namesCasService(KeyWords.of("cas.client.service-url"))).isTrue();
        assertThat(KeyClass.namesCasService(KeyWords.of("cas.service-validate-suffix"))).isFalse();
        assertThat(KeyClass.namesCasService(KeyWords.of("cas.server-url-prefix"))).isFalse();
        assertThat(KeyClass.namesCasService(KeyWords.of("service"))).isFalse();
        assertThat(KeyClass.namesCasService(KeyWords.of("billing.service.url"))).isFalse();
        assertThat(SandboxRuleChecks.production("server.port=8080\ncas.service=https://app.example-corp.io/login/cas\n"
                + "billing.service.url=http://localhost:8080/billing\n")).isEmpty();
    }

    @Test
    void aMailedOrPrintedVerificationLinkOnLoopbackIsALocalPublicUrl() {
        assertThat(findings("management.server.port=8080\n"
                + "app.membership-card.verify-base-url=http://localhost:8080\n"
                + "VERIFY_EMAIL_URL=http://localhost:3000/verify-email\n"
                + "app.email.verification-base-url=http://localhost:8083/api\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("app.membership-card.verify-base-url", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("VERIFY_EMAIL_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("app.email.verification-base-url", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aVerificationEndpointTheServiceCallsStaysABackEnd() {
        assertThat(KeyClass.namesMailedLink(KeyWords.of("order.client.ticket-verification-base-url"))).isFalse();
        assertThat(KeyClass.namesMailedLink(KeyWords.of("EMAIL_VERIFICATION_API_URL"))).isFalse();
        assertThat(KeyClass.namesMailedLink(KeyWords.of("recaptcha.verify-url"))).isFalse();
        assertThat(KeyClass.namesMailedLink(KeyWords.of("ssl.verify"))).isFalse();
        assertThat(findings("order.client.ticket-verification-base-url=http://localhost:8086\n"))
                .containsExactly(Tuple.tuple("order.client.ticket-verification-base-url", "sandbox.local-host",
                        Severity.WARN));
        assertThat(SandboxRuleChecks.production("server.port=8080\nauth.verify-url=http://localhost:8080/verify\n"))
                .isEmpty();
    }

    @Test
    void aPercentEncodedRedirectUriOnLoopbackIsReadAsTheUrlItEncodes() {
        assertThat(findings("gcp.escaped-redirect-uri=http%3A%2F%2Flocalhost%3A8080%2Fapp%2Fgmail%2Fcall-back\n"))
                .containsExactly(Tuple.tuple("gcp.escaped-redirect-uri", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void anEncodedRealUrlAndValuesThatOnlyHoldAPercentSignStayAsTheyAre() {
        assertThat(SandboxRuleChecks.production("ESCAPED_REDIRECT_URI=https%3A%2F%2Fapp.example-corp.io%2Fcallback\n"
                + "DISCOUNT_URL=https://shop.example-corp.io/sale%20now\n")).isEmpty();
        assertThat(SandboxGate.percentDecodedUrl("HTTPS%3a%2f%2fhost.example-corp.io%2Fa%3Fb%3Dc"))
                .isEqualTo("HTTPS://host.example-corp.io/a?b=c");
        assertThat(SandboxGate.percentDecodedUrl("http://host/100%25")).isEqualTo("http://host/100%25");
        assertThat(SandboxGate.percentDecodedUrl("hello%3A%2F%2Fworld")).isEqualTo("hello%3A%2F%2Fworld");
    }

    @Test
    void anImageUnderATemplateRegistryOrNamespaceIsAReservedHost() {
        assertThat(findings("app.image.repository=registry.cn-hangzhou.aliyuncs.com/your-org/stratum-backend\n"
                + "initContainers[0].image=your-registry.io/feature-flags-backend:1.0.0\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("app.image.repository", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("initContainers[0].image", "sandbox.reserved-host", Severity.NO_GO));
    }

    @Test
    void realImagesImageFilesAndSourceRepositoriesStayClean() {
        assertThat(SandboxRuleChecks.production("image.repository=ghcr.io/acme-corp/tracking-api\n"
                + "platformMCP.image.repository=ghcr.io/bytebuilderx/stratum-platform-mcp\nAPP_IMAGE=nginx:1.25\n"
                + "ZITI_IMAGE=openziti/quickstart\nOG_IMAGE=test.jpg\ngit.repository=github.com/your-org/app\n"
                + "image=<+artifact.image>\n")).isEmpty();
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;

class TwentyThirdPassEndpointRulesTests {

    @Test
    void anAddressDescribedInWordsThatAskForItIsATemplate() {
        assertThat(SandboxRuleChecks.production("BASE_URL=your backend base url\nVITE_API_URL=Your backend URL\n"
                + "CALLBACK_URL=enter your callback url\nprivateHost=your qiniu oss private host\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("BASE_URL", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("VITE_API_URL", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("CALLBACK_URL", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("privateHost", "sandbox.template-url"));
    }

    @Test
    void aSlotInSquareBracketsNamingTheAddressIsATemplate() {
        assertThat(SandboxRuleChecks.production("api_url=[Prod api server]\nSUPABASE_URL=[Your Supabase Project URL]\n"
                + "VITE_BACKEND_URL=[your_backend_server_url]\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("api_url", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("SUPABASE_URL", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("VITE_BACKEND_URL", "sandbox.template-url"));
    }

    @Test
    void anIpv6LiteralOneBracketedWordOrABracketedMessageIsNoSlot() {
        assertThat(SandboxRuleChecks.production("BIND_HOST=[::1]\nPEER_URL=[es1]\nERROR_URL_MESSAGE=[set your url]\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @Test
    void wordsThatAskForNothingOrAHostListAreNotADescribedAddress() {
        assertThat(SandboxRuleChecks.production("ELASTICSEARCH_HOSTS=es-one es-two\nFRONTEND_URL=frontend url\n"
                + "ERROR_URL_MESSAGE=set your url first\n")).isEmpty();
    }

    @Test
    void aHostWhoseFirstLabelIsFakeOrDummyIsAStandIn() {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("SMTP_HOST=fake.mail.server.com\n"),
                "SMTP_HOST")).extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("REDSHIFT_HOST=dummy.redshift.amazonaws.com\n"),
                "REDSHIFT_HOST")).isNotEmpty();
        assertThat(SandboxRuleChecks.production("MAIL_HOST=fakemail.acme.io\nAPI_HOST=dummyapi.acme.io\n"
                + "SMTP_HOST=smtp.fake-news-archive.org\n")).isEmpty();
    }

    @Test
    void aBrowserFacingUrlOnAPrivateNetworkAddressIsAWarning() {
        assertThat(SandboxRuleChecks.production("RETURN_URL=http://192.168.10.8:9090/pay/pay-return\n"
                + "OAUTH_REDIRECT_URI=http://10.0.0.5:3000/callback\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("RETURN_URL", "sandbox.local-host",
                                dev.readiness.Severity.WARN),
                        org.assertj.core.groups.Tuple.tuple("OAUTH_REDIRECT_URI", "sandbox.local-host",
                                dev.readiness.Severity.WARN));
    }

    @Test
    void aBackEndOrIssuerOnAPrivateAddressOrAPublicAddressStaysClean() {
        assertThat(SandboxRuleChecks.production("TOKEN_URI=http://10.65.18.57:8000/oauth/token\n"
                + "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://10.0.0.9:8080/realms/main\n"
                + "RETURN_URL=https://shop.acme-payments.io/pay/return\nBROKER_URL=tcp://192.168.31.128:61616\n"
                + "SITE_URL=http://10.0.12.4:8000\n"))
                .isEmpty();
    }

    @Test
    void yourDomainInAnotherLanguageIsATemplateHost() {
        assertThat(SandboxRuleChecks.production("APP_URL=https://tu-dominio.com\n"
                + "ENGINE_WEBSOCKET_URL=wss://tu-dominio.com/ws\nWEBHOOK_URL=https://votre-domaine.com/webhook\n"))
                .extracting(Finding::subject)
                .containsExactlyInAnyOrder("APP_URL", "ENGINE_WEBSOCKET_URL", "WEBHOOK_URL");
    }

    @Test
    void aPossessiveBeforeAnyOtherWordIsARealName() {
        assertThat(SandboxRuleChecks.production("OIDC_URL=https://login.tu-berlin.de/auth\n"
                + "API_URL=https://api.ton-voyage.fr\n")).isEmpty();
    }
}

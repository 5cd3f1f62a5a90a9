package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateAuthoritiesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String dotenv) {
        Settings settings = Settings.builder().dotenv("app.env", dotenv).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aWordWhereThePortGoesIsATemplate() {
        assertThat(production("EMAIL_SERVER=smtp://client:secrete@smtp-server:port\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.template-url", Severity.NO_GO));
        assertThat(production("SEARCH_API=http://search.acme-corp.io:PORT/api\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
    }

    @Test
    void anAngleBracketedHostInAHostListIsATemplate() {
        assertThat(production("ZOOKEEPER_CONNECT=<your_zookeeper_host_1>:2181,<your_zookeeper_host_2>:2181\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
    }

    @Test
    void realAddressesReferencesAndIpv6LiteralsAreNoTemplates() {
        assertThat(production("KAFKA_BROKERS=kafka-1.acme-corp.io:9092,kafka-2.acme-corp.io:9092\n"
                + "SMTP_URL=smtp://mailer.acme-corp.io:587\n"
                + "SEARCH_URL=http://search.acme-corp.io:${SEARCH_PORT}/api\n"
                + "LDAP_URL=ldaps://dc1.corp.acme-corp.io:636\n"
                + "CALLBACK_URL=https://app.acme-corp.io/callback?next=<page>\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
        assertThat(production("PROXY_URL=http://[2001:db8::1]:8080\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @Test
    void anAmazonResourceNameOfASecretStoreIsNoAddress() {
        assertThat(production("SMTP_PASSWORD=\"sm://arn:aws:secretsmanager:eu-central-1:123456789012:secret:"
                + "staging/third-party-AbC123#SMTP/PASSWORD\"\n"
                + "SEGMENT_WRITE_KEY=sm://arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/keys#SEGMENT\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
        assertThat(production("SMTP_URL=smtp://arn-relay.acme-corp.io:port\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
    }

    @Test
    void aHostInCapitalBracesBeforeAPortIsATemplateEvenUnderADatabaseWord() {
        assertThat(production("LINKIS_SERVER_URL=http://{LINKIS_IP}:{LINKIS_PORT}/\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
        assertThat(production("EXCHANGIS_DATASOURCE_CLIENT_SERVERURL=http://{LINKIS_IP}:{LINKIS_PORT}/\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
        assertThat(production("LINKIS_SERVER_URL=http://{LINKIS_IP}:9001/\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
    }

    @Test
    void aLowerCaseUriTemplateHostIsFilledInAtRunTime() {
        assertThat(production("TENANT_API_URL=https://{tenant}:8443/api\n"
                + "NODE_URL=http://{host}:{port}/\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @Test
    void instructionsAndMaskedLabelsInAHostAreTemplates() {
        assertThat(production("CHANNELS_URL=wss://channels.REPLACE_WITH_HOSTNAME\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(production("PRISMA_ENDPOINT=yougottafillthisout\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(production("SAML_IDP_METADATA_URI=https://dev-XXXXXXXX.okta.com/app/sso/saml/metadata\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
    }

    @Test
    void namesThatMerelyHoldTheLettersAreNoTemplates() {
        assertThat(production("CHANNELS_URL=wss://channels.fillmore-records.com\n"
                + "CHANGELOG_URL=https://changelog.acme-corp.io/replace\n"
                + "SAML_IDP_METADATA_URI=https://acme-xxl.okta.com/app/sso/saml/metadata\n"
                + "ADULT_SITE_URL=https://shop.example-brand.xxx/\n"
                + "OKTA_ISSUER=https://dev-81234567.okta.com/oauth2/default\n"))
                .extracting(Finding::code).doesNotContain("sandbox.reserved-host", "sandbox.template-url");
    }
}

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
}

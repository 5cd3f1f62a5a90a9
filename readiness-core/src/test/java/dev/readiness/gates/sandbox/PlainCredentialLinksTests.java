package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PlainCredentialLinksTests {

    @Test
    void aClientSwitchedToClearTextBesideItsCredentialsIsANoGo() {
        assertThat(SandboxRuleChecks.production("S3_ENDPOINT=172.17.0.1:9001\nS3_SECRET_KEY=12345678\nS3_SECURE=0\n"
                + "RABBIT_HOST=rabbit\nRABBIT_PASSWORD=adminadmin\nRABBIT_SECURE=false\n"))
                .filteredOn(finding -> finding.code().equals("sandbox.tls-off"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("S3_SECURE", Severity.NO_GO),
                        Tuple.tuple("RABBIT_SECURE", Severity.NO_GO));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "spring.cloud.vault.token=${VAULT_TOKEN}\nspring.cloud.vault.scheme=http\n"),
                "spring.cloud.vault.scheme")).extracting(Finding::code).containsExactly("sandbox.tls-off");
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "SMTP_HOST=smtp.example.org\nSMTP_PASSWORD=${SMTP_PASSWORD}\nSMTP_PROTOCOL=UNENCRYPTED\n"),
                "SMTP_PROTOCOL")).extracting(Finding::code).containsExactly("sandbox.tls-off");
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "spring.mail.username=${MAIL_USER}\nspring.mail.password=${MAIL_PASSWORD}\n"
                        + "spring.mail.properties.mail.smtp.starttls.enable=false\n"),
                "spring.mail.properties.mail.smtp.starttls.enable")).extracting(Finding::code)
                .containsExactly("sandbox.tls-off");
    }

    @Test
    void withoutCredentialsOrWithTheLinkKeptLocalNothingIsSaid() {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("S3_BUCKET=files\nS3_SECURE=false\n"),
                "S3_SECURE")).extracting(Finding::severity)
                .as("no credentials beside it: only the object store's own finding (ObjectStoreTls, NO-GO since the"
                        + " thirty-fourth pass), not this rule's")
                .containsExactly(dev.readiness.Severity.NO_GO);
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "spring.cloud.vault.host=localhost\nspring.cloud.vault.token=${VAULT_TOKEN}\n"
                        + "spring.cloud.vault.scheme=http\n"), "spring.cloud.vault.scheme")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "PUSHER_APP_SECRET=${PUSHER_APP_SECRET}\nPUSHER_SCHEME=http\n"), "PUSHER_SCHEME"))
                .extracting(Finding::severity).as("only PlainHttpSwitches' WARN, no credential NO-GO")
                .doesNotContain(dev.readiness.Severity.NO_GO);
    }

    @Test
    void mailSwitchesThatKeepTlsOnStayClean() {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "SMTP_PORT=587\nSMTP_PASSWORD=${SMTP_PASSWORD}\nSMTP_SECURE=false\n"), "SMTP_SECURE")).isEmpty();
        String javaMail = "spring.mail.username=${MAIL_USER}\nspring.mail.password=${MAIL_PASSWORD}\n"
                + "spring.mail.properties.mail.smtp.starttls.enable=false\n";
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(javaMail
                + "spring.mail.properties.mail.smtp.ssl.enable=true\n"),
                "spring.mail.properties.mail.smtp.starttls.enable")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(javaMail + "spring.mail.port=465\n"),
                "spring.mail.properties.mail.smtp.starttls.enable")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(javaMail
                + "spring.mail.properties.mail.smtp.starttls.required=true\n"),
                "spring.mail.properties.mail.smtp.starttls.enable")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(javaMail
                + "spring.mail.properties.mail.smtp.auth=false\n"),
                "spring.mail.properties.mail.smtp.starttls.enable")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "PEERTUBE_SMTP_PASSWORD=${P}\nPEERTUBE_SMTP_DISABLE_STARTTLS=false\n"),
                "PEERTUBE_SMTP_DISABLE_STARTTLS")).isEmpty();
    }
}

package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailAddressesTests {

    @Test
    void sendersRecipientsAndAcmeContactsOnReservedDomainsAreWarned() {
        List<Finding> findings = production("MAIL_FROM_ADDRESS=no-reply@example.test\n"
                + "EMAIL_FROM=Acme <placeholder@example.com>\n"
                + "SMTP_SENDER=alertmanager@mail.example.invalid\n"
                + "ALERT_RECIPIENTS=team-x+alerts@example.org\n"
                + "LETSENCRYPT_EMAIL=admin@yourdomain.com\n"
                + "REPLY_TO=hello@yourdomain.com\n");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsOnly(
                org.assertj.core.groups.Tuple.tuple("sandbox.reserved-mail-address", Severity.WARN));
        assertThat(findings).extracting(Finding::subject).containsExactly("MAIL_FROM_ADDRESS", "EMAIL_FROM",
                "SMTP_SENDER", "ALERT_RECIPIENTS", "LETSENCRYPT_EMAIL", "REPLY_TO");
        assertThat(findings.get(4).message()).contains("certificate authorities may refuse").doesNotContain("admin@");
        // an ACME contact on a documentation domain (thirty-sixth pass) is a NO-GO: ThirtySixthPassEndpointsTests
    }

    @Test
    void aSendersDefaultOnADocumentationDomainIsLeftToTheOperators() {
        assertThat(production("EMAILS_FROM_EMAIL=info@example.com\n"
                + "MAIL_FROM_ADDRESS=hello@example.com\n"
                + "DEFAULT_FROM_EMAIL=Acme Shop <noreply@example.net>\n")).isEmpty();
        // the SMTP client's own sender (thirty-fifth pass): every labelled one on a documentation domain is FLAG
        assertThat(production("SMTP_SENDER=alertmanager@example.org\n")).extracting(Finding::subject)
                .containsExactly("SMTP_SENDER");
        assertThat(production("MAIL_FROM_ADDRESS=placeholder@example.com\n"
                + "REPLY_TO=changeme@example.org\n"
                + "MAIL_TO=ops@example.com\n"))
                .extracting(Finding::subject).containsExactly("MAIL_FROM_ADDRESS", "REPLY_TO", "MAIL_TO");
    }

    @Test
    void aSupportAddressOnAReservedDomainIsWarnedButOnTheProductsOwnDomainIsNot() {
        assertThat(production("SUPPORT_EMAIL=no-reply@example.com\nHELPDESK_ADDRESS=help@example.org\n"))
                .extracting(Finding::subject).containsExactly("SUPPORT_EMAIL", "HELPDESK_ADDRESS");
        assertThat(production("SUPPORT_EMAIL=support@acme-corp.io\nSUPPORT_URL=https://acme-corp.io/help\n"))
                .extracting(Finding::code).doesNotContain("sandbox.reserved-mail-address");
    }

    @Test
    void accountsOwnDomainsAndListsAreNotJudged() {
        assertThat(production("FIRST_SUPERUSER=admin@example.com\n"
                + "ADMIN_EMAIL=admin@example.com\n"
                + "SMTP_USER=user@example.com\n"
                + "MAIL_FROM_ADDRESS=noreply@acme-corp.io\n"
                + "MAIL_FROM_ADDRESS_2=noreply@mail.acme-corp.io\n"
                + "ALERT_RECIPIENTS=a@example.org,b@example.org\n"
                + "MAIL_FROM=${MAIL_SENDER}\n"))
                .extracting(Finding::code).doesNotContain("sandbox.reserved-mail-address");
        assertThat(on(production("EMAIL_FROM=noreply@acme.io\n"), "EMAIL_FROM")).isEmpty();
    }

    @Test
    void aSenderOnTheLocalMachineIsWarnedButALocalRecipientMailboxIsNot() {
        assertThat(production("EMAIL_FROM_ADDRESS=noreply@localhost\nFROM_EMAIL=Acme <noreply@localhost>\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL_FROM_ADDRESS", "sandbox.reserved-mail-address"),
                        org.assertj.core.groups.Tuple.tuple("FROM_EMAIL", "sandbox.reserved-mail-address"));
        assertThat(on(production("ALERT_TO=root@localhost\n"), "ALERT_TO")).isEmpty();
        assertThat(on(production("EMAIL_FROM=noreply@localhost-mail.acme.io\n"), "EMAIL_FROM")).isEmpty();
    }
}

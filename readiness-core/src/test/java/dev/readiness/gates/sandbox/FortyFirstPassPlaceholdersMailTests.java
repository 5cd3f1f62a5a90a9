package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-first pass's mail rules in the sandbox gate: a sender on a documentation domain whose local part names no
 * mailbox ({@code user@example.org}, {@code you@example.com}, {@code mail@example.com}) is template text, reported
 * as a WARN, while a product's own named sender ({@code info@}, {@code noreply@}, {@code cabot@}) stays its shipped
 * default; the sender of an alert receiver's own mail ({@code receivers[0].email_configs[0].from}) is reported as the
 * global SMTP sender is; {@code LE_EMAIL} is an ACME contact, a NO-GO on a documentation domain, while {@code le}
 * before other words is read as nothing.
 */
class FortyFirstPassPlaceholdersMailTests {

    private static final String CODE = "sandbox.reserved-mail-address";

    @ParameterizedTest
    @ValueSource(strings = {"DEFAULT_FROM_EMAIL=user@example.org", "EMAIL_DEFAULT_FROM_ADDRESS=mail@example.com",
            "FROM_EMAIL=you@example.com", "MAIL_FROM=\"Shop <email@example.net>\"",
            "receivers[0].email_configs[0].from=prometheus@example.com", "ALERT_EMAIL_FROM=alerts@example.com"})
    void aSenderThatNamesNoMailboxOrSendsAlertsIsReported(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.onLine(line), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple(CODE, Severity.WARN));
        assertThat(findings.get(0).message()).startsWith(key + " holds a sender address on ")
                .doesNotContain("@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMAILS_FROM_EMAIL=info@example.com", "FROM_EMAIL=secure@example.com",
            "MAIL_FROM=noreply@example.com", "CABOT_FROM_EMAIL=cabot@example.com",
            "EMAIL_FROM=please-do-not-reply@example.org", "MAIL_FROM=user@acme-corp.io",
            "FIRST_SUPERUSER=user@example.com", "SMTP_USER=mail@example.com"})
    void aProductsNamedSenderAnOwnedDomainOrAnAccountIsNotReported(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LE_EMAIL=your-email@example.com", "le_mail=admin@example.org"})
    void aLetsEncryptContactOnADocumentationDomainIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.onLine(line), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple(CODE, Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("ACME contact").doesNotContain("your-email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LE_EMAIL=certs@acme-corp.io", "LE_USER=admin@example.com", "TABLE_EMAIL=ops@example.com"})
    void leBeforeOtherWordsOrAnOwnedContactIsNotAnAcmeFinding(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain(CODE);
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses on a reserved or template domain where mail is sent from or to them, or where a certificate
 * authority writes to them: a sender or reply-to address ({@code MAIL_FROM_ADDRESS=no-reply@example.test},
 * {@code custom.email-from=placeholder@example.com}), a recipient ({@code receivers[0].email_configs[0].email},
 * {@code ALERT_RECIPIENTS}, an alert address, {@code ALERT_EMAIL=alerts@your-domain.com}, where alerts are sent, and
 * a support address users are told to write to, {@code app.support.email=no-reply@example.com}), an
 * ACME contact ({@code LETSENCRYPT_EMAIL}, {@code tls.autocert.email}) or a Web Push (VAPID) subject, the contact push
 * services write to about a sender's notifications ({@code VAPID_SUBJECT=mailto:noreply@example.com}, RFC 8292
 * section 2.1), on
 * {@code example.com/.net/.org}, {@code .test}, {@code .example}, {@code .invalid} or a template domain
 * ({@code noreply@yourdomain.com}), and a sender on the local machine ({@code EMAIL_FROM_ADDRESS=noreply@localhost}),
 * a name no other server can resolve or check. Receiving servers reject mail from such a domain (its SPF and DMARC
 * records refuse every sender), nobody reads its inbox, and certificate authorities refuse it as a contact. A
 * recipient on the local machine ({@code root@localhost}) is a local mailbox and is not read.
 *
 * <p>Only keys that say the address is a sender, a recipient or an ACME contact are read: an administrator's login
 * ({@code FIRST_SUPERUSER=admin@example.com}, {@code ADMIN_EMAIL}) or an SMTP user name is an account name, which the
 * application may accept on any domain. A WARN: the service runs, its mail does not arrive. An ACME contact on a
 * documentation domain or under a reserved top-level domain is a NO-GO: Let's Encrypt refuses to register it, so no
 * certificate is issued.
 */
final class MailAddresses {

    private static final Set<String> SENDER_WORDS = Set.of("from", "sender", "replyto", "reply", "noreply",
            "envelope");
    private static final Set<String> RECIPIENT_WORDS = Set.of("to", "recipient", "recipients", "receiver",
            "receivers", "rcpt", "cc", "bcc", "alert", "alerts", "support", "helpdesk");
    private static final Set<String> ACME_WORDS = Set.of("acme", "letsencrypt", "certbot", "autocert");
    private static final String MAILTO = "mailto:";
    private static final int MAX_LENGTH = 320;

    private MailAddresses() {
    }

    /**
     * The finding on a sender, recipient or ACME contact address on a reserved or template domain.
     *
     * @param setting the setting, judged for production
     * @param value its stripped value, which holds an {@code @} and no {@code ://}
     * @param judge the endpoint judge
     * @return the finding, or {@code null} when the key is of no such kind, the value is no single address or its
     *         domain is an ordinary one
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointJudge judge) {
        String domain = domain(value, true);
        if (domain == null) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        String role = role(words);
        if (role == null) {
            return null;
        }
        if (role.equals(ACME_CONTACT) && underNoSuffix(domain)) {
            return Finding.noGo("sandbox.reserved-mail-address", setting)
                    .message(SandboxFindings.format("%s holds an ACME contact address on %s, a name under no public "
                            + "suffix: Let's Encrypt refuses to register an account with it (invalidContact), so no "
                            + "certificate is issued and the site's HTTPS fails at the first issuance or renewal.",
                            setting.key(), domain))
                    .remediation("Use an address on a domain the organisation owns: the certificate authority writes "
                            + "there about expiring certificates.")
                    .build();
        }
        if (!named(domain)) {
            return null; // a bare host name matters to an ACME contact alone
        }
        EndpointJudge.Verdict verdict = judge.judge(new Endpoint(null, domain, -1, ""));
        boolean loopbackSender = verdict.kind() == EndpointJudge.Kind.LOOPBACK && role.equals(SENDER);
        if (!loopbackSender && (verdict.kind() != EndpointJudge.Kind.RESERVED
                || role.equals(SENDER) && reservedOnly(verdict) && !templateLocalPart(value)
                        && !words.contains("smtp") && !alertSender(words))) {
            return null;
        }
        if (role.equals(ACME_CONTACT) && refusedByCertificateAuthorities(domain, verdict)) {
            return Finding.noGo("sandbox.reserved-mail-address", setting)
                    .message(SandboxFindings.format("%s holds an ACME contact address on %s, %s: Let's Encrypt refuses "
                            + "to register an account with it (invalidContact), so no certificate is issued and the "
                            + "site's HTTPS fails at the first issuance or renewal.", setting.key(), domain,
                            verdict.detail()))
                    .remediation("Use an address on a domain the organisation owns: the certificate authority writes "
                            + "there about expiring certificates.")
                    .build();
        }
        return Finding.warn("sandbox.reserved-mail-address", setting)
                .message(SandboxFindings.format("%s holds %s on %s, %s: %s", setting.key(), role, domain,
                        verdict.detail(), role.equals(ACME_CONTACT)
                                ? "certificate authorities may refuse such a contact, and their expiry notices reach "
                                        + "nobody here."
                                : role.equals(PUSH_CONTACT)
                                ? "push services write there about the service's notifications, and nobody reads its "
                                        + "inbox."
                                : "receiving servers reject mail from such a domain and nobody reads its inbox, so "
                                        + "the mail does not arrive."))
                .remediation("Use an address on a domain the organisation owns and has set up for mail (SPF, DKIM).")
                .build();
    }

    private static final String ACME_CONTACT = "an ACME contact address";
    /** Reserved top-level domains (RFC 2606, 6761, 6762): no public suffix, so no CA accepts a contact there. */
    private static final Set<String> RESERVED_TOP_LEVELS = Set.of("test", "invalid", "example", "localhost", "local");

    /**
     * Whether Let's Encrypt refuses an ACME contact on this domain: the IANA documentation domains
     * ({@code example.com/.net/.org}, refused since boulder's pull request 3748) and names under a reserved top-level
     * domain, which end in no public suffix. A template domain ({@code yourdomain.com}) may be registered by someone
     * and is accepted, so it stays a WARN: the expiry notices go to a stranger or nowhere.
     */
    private static boolean refusedByCertificateAuthorities(String domain, EndpointJudge.Verdict verdict) {
        if (verdict.kind() != EndpointJudge.Kind.RESERVED) {
            return false;
        }
        return reservedOnly(verdict) || RESERVED_TOP_LEVELS.contains(domain.substring(domain.lastIndexOf('.') + 1));
    }

    /**
     * Whether a domain has no dot ({@code root@localhost}, {@code admin@mail}) or is {@code localhost} itself: no
     * public suffix, so Let's Encrypt refuses the contact as it refuses a reserved top-level domain (thirty-seventh
     * pass: the loopback name and a bare host were judged as a loopback or service host and passed).
     */
    private static boolean underNoSuffix(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        if (name.isEmpty() || name.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false; // ${DOMAIN}, {{ domain }}: a reference or template, judged elsewhere
            }
        }
        return name.indexOf('.') < 0 || name.toLowerCase(Locale.ROOT).endsWith(".localhost");
    }
    private static final String SENDER = "a sender address";
    private static final String PUSH_CONTACT = "a Web Push contact address";

    /**
     * Whether the domain is one of the documentation domains ({@code example.com}, {@code .net}, {@code .org}), not a
     * reserved top-level domain ({@code example.test}) or template text ({@code yourdomain.com}). A sender there
     * ({@code EMAILS_FROM_EMAIL=info@example.com}, {@code MAIL_FROM_ADDRESS=hello@example.com}) is the default a product
     * ships and most deployments override where they send from; the labelled sets call it clean three times to two
     * (the newest blind set twice). Recipients and ACME contacts, whose mail vanishes unseen, stay reported, and so do
     * senders whose local part is template text ({@code placeholder@example.com}) and the sender of an SMTP client's
     * own settings ({@code global.smtp_from} of Alertmanager, {@code smtp_sender}, Authelia's
     * {@code notifier.smtp.sender}): the envelope sender the relay sees, set where the relay is, not an application's
     * default From header.
     */
    private static boolean reservedOnly(EndpointJudge.Verdict verdict) {
        return verdict.detail().startsWith("the reserved documentation domain ");
    }

    /**
     * Whether the address's local part is template text ({@code placeholder@example.com}, {@code your-name@…}) or names
     * no mailbox (forty-first pass): a pronoun for whoever fills the template in ({@code you@}, {@code me@}) or the
     * word for a user or an address itself ({@code user@example.org}, {@code mail@example.com},
     * {@code email@example.com}), as a value that spells its own role does. A mailbox a product really sends from
     * has a name of its own ({@code info@}, {@code hello@}, {@code noreply@}, {@code cabot@}), which stays the
     * product's shipped default.
     */
    private static boolean templateLocalPart(String value) {
        int at = value.lastIndexOf('@');
        int start = Math.max(value.lastIndexOf('<', at), value.lastIndexOf(' ', at)) + 1;
        if (at <= start) {
            return false;
        }
        String local = value.substring(start, at).toLowerCase(Locale.ROOT);
        return HostNames.templateLabel(local) || MAILBOXLESS_LOCAL_PARTS.contains(local);
    }

    /** Local parts that name nobody: pronouns of a template's reader and the words for a user or an address. */
    private static final Set<String> MAILBOXLESS_LOCAL_PARTS = Set.of("you", "me", "user", "username", "someone",
            "somebody", "mail", "email", "address", "name");

    /**
     * Whether a sender key belongs to an alert's or a receiver's own mail settings: a recipient word before the
     * sender word ({@code receivers[0].email_configs[0].from}, Alertmanager's per-receiver override of
     * {@code global.smtp_from}; {@code ALERT_EMAIL_FROM}). The envelope sender of alert mail, which receiving servers
     * reject on a documentation domain: the alerts that say something is wrong are the mail that does not arrive.
     */
    private static boolean alertSender(List<String> words) {
        for (String word : words) {
            if (SENDER_WORDS.contains(word)) {
                return false;
            }
            if (word.equals("receivers") || word.equals("receiver") || word.equals("alert")
                    || word.equals("alerts")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the key says the address is for, or {@code null} when it names an account or anything else. The value is
     * an e-mail address, so {@code from} or {@code to} in the key ({@code MAIL_FROM}, {@code REPORT_TO}) says enough.
     */
    private static @Nullable String role(List<String> words) {
        String role = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ACME_WORDS.contains(word) || letsEncryptContact(words, i)) {
                return ACME_CONTACT;
            }
            if (word.equals("vapid")) {
                return PUSH_CONTACT;
            }
            if (SENDER_WORDS.contains(word)) {
                role = SENDER;
            } else if (role == null && RECIPIENT_WORDS.contains(word)) {
                role = "a recipient address";
            }
        }
        return role;
    }

    /**
     * Whether the words at {@code i} are Let's Encrypt's abbreviation before a mail word ({@code LE_EMAIL},
     * {@code le_mail}), as Traefik and Caddy set-ups name the ACME account contact (forty-first pass). {@code le}
     * alone is read nowhere else: the next word must say the value is an address.
     */
    private static boolean letsEncryptContact(List<String> words, int i) {
        if (!words.get(i).equals("le") || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1);
        return next.equals("email") || next.equals("mail");
    }

    /**
     * The lower-cased domain of a value that is one e-mail address, bare, as a {@code mailto:} URI or in a display form
     * ({@code Acme <noreply@acme.io>}); {@code null} for anything else.
     */
    static @Nullable String domain(String value) {
        return domain(value, false);
    }

    /** The domain as {@link #domain(String)} reads it, or with {@code bareHosts} also one without a dot. */
    private static @Nullable String domain(String value, boolean bareHosts) {
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        String address = value.regionMatches(true, 0, MAILTO, 0, MAILTO.length())
                ? value.substring(MAILTO.length()) : value;
        int open = value.lastIndexOf('<');
        if (open >= 0 && value.endsWith(">")) {
            address = value.substring(open + 1, value.length() - 1).strip();
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return null;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ' ' || c == ':' || c == '/' || c == ',' || c == ';' || c == '<' || c == '>' || c == '$'
                    || c == '{' || c == '}') {
                return null;
            }
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        return named(domain) || bareHosts && !domain.isEmpty() ? domain : null;
    }

    /** Whether a domain is a dotted name or {@code localhost}, the domains the roles other than ACME's read. */
    private static boolean named(String domain) {
        return domain.indexOf('.') > 0 && !domain.endsWith(".") || domain.equals("localhost");
    }
}

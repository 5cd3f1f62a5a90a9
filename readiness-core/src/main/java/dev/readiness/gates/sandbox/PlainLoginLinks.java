package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mail or directory client that logs in over a link the configuration leaves in clear text: its STARTTLS switch off
 * with nothing else encrypting ({@code MAIL_USE_TLS=False} for Flask-Mail, {@code EMAIL_USE_TLS=False} for Django,
 * {@code AUTH_LDAP_USE_TLS=False} for Flask-AppBuilder, Swoosh's {@code tls: :never}, Mastodon's
 * {@code SMTP_ENABLE_STARTTLS=never}, Synapse's {@code email.enable_tls: false}, Authelia's {@code start_tls: false}
 * and {@code disable_starttls: true}), its encryption set to plain (GitLab's {@code ldap_servers.main.encryption:
 * plain}, {@code ConnectionSecurity=none}), or an {@code ldap://} server address without StartTLS. Both clients send a password on every connection (the mail account's, the bind
 * account's) and an LDAP login checks each user's own password, so the link carries credentials by design.
 *
 * <p>Reported only when the client's own keys (those that start with the same words) set a password or bind
 * credential, or the directory address's key says it checks users' logins ({@code hive.server2.authentication.ldap.url}), and nothing there encrypts the link or keeps it local: implicit TLS switched on beside it
 * ({@code MAIL_USE_SSL=True}), a TLS port (465, 587 is not one; 993, 995, 636, 3269) as the client's port or after
 * the host of its address (Alertmanager's {@code smtp_smarthost: smtp.qq.com:465}), an {@code ldaps://} or
 * {@code smtps://} address, StartTLS on for the LDAP address, a host on the local machine, or the client switched off
 * ({@code auth.ldap.enabled=false}). The implicit-TLS switch off alone ({@code SMTP_SSL=False}) is not read: STARTTLS
 * is the usual way on port 587. Spring's and JavaMail's {@code starttls.enable} are {@link PlainCredentialLinks}'s.
 *
 * <p>Without a password in the client's keys, a mail client is still reported when it sends to a public relay (a
 * dotted name, not a cluster's, a Compose service's or a private address) on port 587, the message-submission port
 * (RFC 6409), where the relay takes a login: Discourse's {@code DISCOURSE_SMTP_ENABLE_START_TLS=false} beside
 * {@code smtp.mailgun.org:587}, whose password comes from elsewhere. There the implicit-TLS switch off counts too
 * when no key of the client is a STARTTLS setting (Odoo's {@code smtp_ssl=False}, its STARTTLS switch), and a
 * STARTTLS setting that is not off ({@code enable_starttls=auto}) keeps the client clean.
 * Stateless.
 */
final class PlainLoginLinks {

    private static final int MAX_LENGTH = 512;
    private static final Set<String> OFF_VALUES = Set.of("false", "0", "no", "off", "never", ":never");
    private static final Set<String> ON_VALUES = Set.of("true", "1", "yes", "on", "always", ":always",
            ":if_available", "required", "starttls");
    private static final Set<String> LOGIN_CLIENTS = Set.of("smtp", "mail", "email", "mailer", "imap", "pop3",
            "ldap");
    private static final Set<String> CREDENTIAL_ENDINGS = Set.of("password", "pass", "passwd", "pwd",
            "credentials", "credential");
    private static final Set<String> ADDRESS_ENDINGS = Set.of("server", "url", "uri", "urls", "host", "address",
            "addr", "relay");
    private static final Set<String> TLS_WORDS = Set.of("ssl", "tls", "starttls", "smtps", "ldaps");
    private static final Set<String> TLS_PORTS = Set.of("465", "993", "995", "636", "3269");
    /** The message-submission port (RFC 6409), where a relay takes a login and STARTTLS is the way to encrypt. */
    private static final String SUBMISSION_PORT = "587";
    private static final Set<String> RELAY_ENDINGS = Set.of("host", "hostname", "server", "address", "addr", "relay",
            "smarthost");
    private static final Set<String> NEGATING_VERBS = Set.of("disable", "no");
    private static final Set<String> SWITCH_VERBS = Set.of("use", "enable", "require", "force", "start");
    private static final Set<String> TLS_SWITCH_WORDS = Set.of("tls", "starttls");
    private static final Set<String> AUTHENTICATION_WORDS = Set.of("authentication", "auth", "authn", "login");
    private static final Set<String> PLAIN_MODES = Set.of("plain", "none", "unencrypted", "plaintext", "cleartext");

    private PlainLoginLinks() {
    }

    /**
     * The finding on a mail or directory login over a clear-text link, or {@code null}.
     *
     * @param settings all settings, read only once the value qualifies, for the client's other keys
     * @param setting the setting
     * @param reported whether another rule reported the key already (a template host): the WARN on a plain directory
     *     address to a public name is then not added as a second finding
     * @return a {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting, boolean reported) {
        String value = setting.value().strip();
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2) {
            return null;
        }
        String last = words.get(size - 1);
        String lower = value.toLowerCase(Locale.ROOT);
        int client;
        boolean address = false;
        boolean implicitTls = false;
        if (last.equals("tls") || last.equals("starttls")) {
            String verb = words.get(size - 2);
            boolean negating = NEGATING_VERBS.contains(verb);
            boolean off = negating ? ON_VALUES.contains(lower) : OFF_VALUES.contains(lower);
            if (!off) {
                return null;
            }
            client = negating || SWITCH_VERBS.contains(verb) ? size - 2 : size - 1;
            if (verb.equals("start") && client > 0 && SWITCH_VERBS.contains(words.get(client - 1))) {
                client--; // Discourse's DISCOURSE_SMTP_ENABLE_START_TLS
            }
        } else if (last.equals("ssl") && OFF_VALUES.contains(lower)) {
            client = SWITCH_VERBS.contains(words.get(size - 2)) ? size - 2 : size - 1;
            implicitTls = true;
        } else if ((last.equals("enabled") || last.equals("enable")) && TLS_SWITCH_WORDS.contains(words.get(size - 2))
                && OFF_VALUES.contains(lower)) {
            client = size - 2;
        } else if ((last.equals("encryption") || last.equals("security")) && PLAIN_MODES.contains(lower)) {
            client = words.get(size - 2).equals("connection") ? size - 2 : size - 1;
        } else if (ADDRESS_ENDINGS.contains(last) && lower.startsWith("ldap://")) {
            if (Hosts.isLoopback(PlainCredentialLinks.linkHost(value))) {
                return null;
            }
            client = size - 1;
            address = true;
        } else {
            return null;
        }
        if (client == 0 || !address && !loginClient(words, client)) {
            return null; // an ldap:// address names its directory by its scheme (Gerrit's auth.server)
        }
        Evidence evidence = new Evidence();
        evidence.read(settings, setting, words.subList(0, client), address);
        if (evidence.against) {
            return null;
        }
        if (address && !(evidence.credentials || authenticatesUsers(words, client))) {
            return reported ? null : publicDirectory(setting, value);
        }
        if (implicitTls || !(evidence.credentials || address && authenticatesUsers(words, client))) {
            // no password in the client's keys: a public relay's submission port still takes a login; an implicit-TLS
            // switch off matters only there, and only when no STARTTLS setting of the client says otherwise
            return evidence.publicSubmission() && !(implicitTls && evidence.startTlsSetting)
                    ? submission(setting, evidence.relay, implicitTls) : null;
        }
        return Finding.noGo("sandbox.tls-off", setting)
                .message(setting.key() + (address ? " is a plain ldap:// address with no StartTLS" : " switches "
                        + "STARTTLS off with nothing else encrypting the link") + ", while the configuration gives "
                        + "this client a password: every login, and every user password a directory checks, crosses "
                        + "the network readable by anyone on the path.")
                .remediation("Encrypt the link in " + setting.key() + " (STARTTLS on, implicit TLS on port 465 or "
                        + "636, an ldaps:// address), or keep it on the local machine and waive this finding.")
                .build();
    }

    /**
     * The finding on a plain {@code ldap://} address to a directory on a public DNS name, or {@code null}: with no
     * password in the client's own keys the bind account's comes from elsewhere (a secret, the environment), and every
     * bind, that account's or a user's, still crosses networks the service does not control in clear text
     * ({@code DEFGUARD_LDAP_URL=ldap://hq.acme.net:389}). A name under an internal or made-up suffix
     * ({@code ldap://dc01.corp.local}, {@code ldap://ldap}), an address, a template name and an LDAPS port after the
     * host ({@code ldap://directory.umd.edu:636}) are not read (thirty-ninth pass).
     */
    private static @Nullable Finding publicDirectory(Setting setting, String value) {
        String host = PlainCredentialLinks.linkHost(value);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.indexOf('$') >= 0 || !PlainHttpAddresses.publicName(host) || Hosts.isTemplate(host)
                || Evidence.atTlsPort(value)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " is a plain ldap:// address with no StartTLS to a directory on a public "
                        + "name in production: every bind, the service account's password and each user password the "
                        + "directory checks, crosses networks the service does not control in clear text.")
                .remediation("Use an ldaps:// address (port 636) or turn StartTLS on for " + setting.key()
                        + ", with the directory's certificate verified.")
                .build();
    }

    /**
     * Whether a value is an {@code ldap://} address, which this rule reads whatever its key's words
     * ({@code auth.server=ldap://…}).
     *
     * @param value a setting's value
     * @return {@code true} when it starts with {@code ldap://}, in any case
     */
    static boolean plainDirectoryAddress(String value) {
        return value.length() > 7 && value.regionMatches(true, 0, "ldap://", 0, 7);
    }

    private static Finding submission(Setting setting, @Nullable String relay, boolean implicitTls) {
        return Finding.noGo("sandbox.tls-off", setting)
                .message(setting.key() + (implicitTls ? " switches TLS off, and no STARTTLS setting of this client "
                        + "turns it on," : " switches STARTTLS off,") + " while the client sends to " + relay + " on "
                        + "port 587, the message-submission port, where a public relay takes a login: the account's "
                        + "password and every message cross the internet in clear text.")
                .remediation("Turn STARTTLS on for " + relay + ":587 (or use implicit TLS on port 465).")
                .build();
    }

    /**
     * Whether a directory address's key says the directory checks users' logins ({@code
     * hive.server2.authentication.ldap.url}, {@code auth.ldap.url}): each login sends the user's own password to it, so
     * the link carries credentials without a bind password of the client's own.
     */
    private static boolean authenticatesUsers(List<String> words, int client) {
        for (int i = 0; i < client; i++) {
            if (AUTHENTICATION_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean loginClient(List<String> words, int client) {
        for (int i = 0; i < client; i++) {
            if (LOGIN_CLIENTS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** What the client's other keys say: a password set, and anything that encrypts the link or keeps it local. */
    private static final class Evidence {

        boolean credentials;
        boolean against;
        boolean submissionPort;
        boolean startTlsSetting;
        boolean startTlsOn;
        @Nullable String relay;

        /** Whether the client sends to a public relay's submission port (587). */
        boolean publicSubmission() {
            return submissionPort && relay != null && !startTlsOn;
        }

        void read(Settings settings, Setting switchSetting, List<String> client, boolean address) {
            int prefix = client.size();
            for (Setting other : settings) {
                if (other == switchSetting) {
                    continue;
                }
                List<String> words = KeyWords.of(other.key());
                int size = words.size();
                if (size <= prefix || !words.subList(0, prefix).equals(client)) {
                    continue;
                }
                String value = other.value().strip();
                if (value.isEmpty()) {
                    continue;
                }
                String last = words.get(size - 1);
                String lower = value.toLowerCase(Locale.ROOT);
                readRelay(words, prefix, last, value);
                if (CREDENTIAL_ENDINGS.contains(last)) {
                    credentials |= !OFF_VALUES.contains(lower) && !lower.equals("none") && !lower.equals("null");
                } else if ((last.equals("enabled") || last.equals("enable")) && size == prefix + 1
                        && OFF_VALUES.contains(lower)) {
                    against = true; // the client itself is off
                } else if (last.equals("port") && TLS_PORTS.contains(value)) {
                    against = true;
                } else if (ADDRESS_ENDINGS.contains(last) && (lower.startsWith("ldaps://")
                        || lower.startsWith("smtps://") || Hosts.isLoopback(PlainCredentialLinks.linkHost(value)))) {
                    against = true;
                } else if ((ADDRESS_ENDINGS.contains(last) || last.equals("smarthost")) && atTlsPort(value)) {
                    against = true; // Alertmanager's smtp_smarthost: smtp.qq.com:465 speaks implicit TLS
                } else if (ON_VALUES.contains(lower) && tlsOn(words, prefix)) {
                    against = true; // MAIL_USE_SSL=True beside MAIL_USE_TLS=False; AUTH_LDAP_USE_TLS=True
                }
            }
        }

        /**
         * Notes the client's submission port ({@code SMTP_PORT=587}, {@code smtp.gmail.com:587}), its relay when that
         * is a public name ({@code smtp.mailgun.org}; not a cluster's, a Compose service's or a private address), and
         * whether any of its keys is a STARTTLS setting.
         */
        private void readRelay(List<String> words, int prefix, String last, String value) {
            for (int i = prefix; i < words.size(); i++) {
                String word = words.get(i);
                startTlsSetting |= TLS_SWITCH_WORDS.contains(word);
                // Mastodon's enable_starttls=auto beside its implicit-TLS switch tls=false
                startTlsOn |= (word.equals("starttls") || word.equals("start") && i + 1 < words.size()
                        && words.get(i + 1).equals("tls")) && !OFF_VALUES.contains(value.toLowerCase(Locale.ROOT));
            }
            if (last.equals("port")) {
                submissionPort |= value.equals(SUBMISSION_PORT);
            } else if (RELAY_ENDINGS.contains(last) || (last.equals("url") || last.equals("uri"))
                    && AsciiCase.regionIs(value, 0, "smtp://")) {
                String host = PlainCredentialLinks.linkHost(value);
                int after = value.indexOf(host) + host.length();
                if (!host.isEmpty() && value.startsWith(":" + SUBMISSION_PORT, after) && (after + 4 == value.length()
                        || !Character.isDigit(value.charAt(after + 4)))) {
                    submissionPort = true;
                }
                if (host.endsWith(".")) {
                    host = host.substring(0, host.length() - 1);
                }
                if (host.indexOf('.') > 0 && host.indexOf('$') < 0 && Hosts.kind(host) == Hosts.Kind.PUBLIC
                        && !Hosts.isTemplate(host)) {
                    relay = host;
                }
            }
        }

        /** Whether an address names a TLS port after its host ({@code smtp.qq.com:465}, {@code smtp://h:465/}). */
        static boolean atTlsPort(String value) {
            int scheme = value.indexOf("://");
            int start = scheme < 0 ? 0 : scheme + 3;
            int end = value.indexOf('/', start);
            end = end < 0 ? value.length() : end;
            int colon = value.lastIndexOf(':', end - 1);
            return colon > start && end - colon - 1 >= 3 && end - colon - 1 <= 4
                    && TLS_PORTS.contains(value.substring(colon + 1, end));
        }

        private static boolean tlsOn(List<String> words, int from) {
            for (int i = from; i < words.size(); i++) {
                if (TLS_WORDS.contains(words.get(i))) {
                    return !words.contains("verify") && !words.contains("skip") && !words.contains("check")
                            && !NEGATING_VERBS.contains(words.get(i - 1));
                }
            }
            return false;
        }
    }
}

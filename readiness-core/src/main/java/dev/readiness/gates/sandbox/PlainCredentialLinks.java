package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SwitchOn;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client's link switched to clear text while the same client's credentials sit beside it, so the password or token
 * crosses the network readable: {@code S3_SECURE=0} next to {@code S3_SECRET_KEY}, {@code RABBIT_SECURE=false} next
 * to {@code RABBIT_PASSWORD}, {@code spring.cloud.vault.scheme=http} next to {@code spring.cloud.vault.token},
 * {@code SMTP_PROTOCOL=UNENCRYPTED} next to {@code SMTP_PASSWORD}, JavaMail's
 * {@code mail.smtp.starttls.enable=false} with {@code spring.mail.username}/{@code password} set.
 *
 * <p>The client is the key's words before the switch; its credentials are keys that start with the same words and end
 * in a password, token or secret key. What the file says against it is read from the same client's keys: a host on
 * the local machine (a mail catcher, a local MinIO: nothing leaves the machine), {@code auth=false} (no credentials
 * are sent), and for STARTTLS, TLS on beside it ({@code ssl.enable=true}, {@code starttls.required=true}, port
 * 465, 993 or 995). A mail
 * client's {@code secure=false} is not read: nodemailer and its kin upgrade with STARTTLS on port 587. Stateless.
 */
final class PlainCredentialLinks {

    private static final int MAX_LENGTH = 11;
    private static final Set<String> OFF_VALUES = Set.of("false", "0", "no", "off");
    private static final Set<String> CLEAR_TEXT_VALUES = Set.of("unencrypted", "plaintext", "cleartext");
    private static final Set<String> CLEAR_TEXT_KEYS = Set.of("protocol", "encryption", "security", "transport");
    private static final Set<String> SCHEME_KEYS = Set.of("scheme", "protocol");
    private static final Set<String> MAIL_OR_BROWSER = Set.of("smtp", "mail", "email", "imap", "pop3", "mailer",
            "cookie", "cookies", "session", "csrf", "hsts");
    private static final Set<String> CREDENTIAL_ENDINGS = Set.of("password", "pass", "passwd", "pwd", "token",
            "secretkey");
    private static final Set<String> HOST_ENDINGS = Set.of("host", "endpoint", "url", "uri", "address", "server");
    private static final Set<String> TLS_ON_WORDS = Set.of("ssl", "tls", "secure", "smtps", "starttls");
    private static final Set<String> IMPLICIT_TLS_PORTS = Set.of("465", "993", "995");
    private static final Set<String> NEGATING_WORDS = Set.of("disable", "disabled", "no", "skip");

    private PlainCredentialLinks() {
    }

    /**
     * The finding on a clear-text switch of a client whose credentials the file sets, or {@code null}.
     *
     * @param settings all settings, read only once the switch is off, for the client's other keys
     * @param setting the setting
     * @return a NO-GO {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String value = setting.value();
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH) {
            return null;
        }
        String key = setting.key();
        if (!SandboxKey.judgesPlainLink(key)) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2) {
            return null;
        }
        String last = words.get(size - 1);
        boolean off = OFF_VALUES.contains(lower);
        int client;
        boolean startTls = false;
        if (last.equals("secure") && off && !mailOrBrowser(words, size - 1)) {
            client = size - 1;
        } else if (SCHEME_KEYS.contains(last) && lower.equals("http")
                || CLEAR_TEXT_KEYS.contains(last) && CLEAR_TEXT_VALUES.contains(lower)) {
            client = size - 1;
        } else if (off && (last.equals("starttls") || size >= 3 && last.equals("enable")
                && words.get(size - 2).equals("starttls"))) {
            client = last.equals("starttls") ? size - 1 : size - 2;
            startTls = true;
        } else {
            return null;
        }
        if (client == 0 || negated(words)) {
            return null;
        }
        Evidence evidence = new Evidence();
        int shortest = startTls ? Math.min(client, 2) : client;
        for (int prefix = client; prefix >= shortest; prefix--) {
            evidence.read(settings, setting, words.subList(0, prefix), startTls);
        }
        if (!evidence.credentials || evidence.against) {
            return null;
        }
        return Finding.noGo("sandbox.tls-off", setting)
                .message(setting.key() + " sends this client's traffic in clear text while the configuration gives "
                        + "it credentials: the password or token, and everything after it, crosses the network "
                        + "readable by anyone on the path.")
                .remediation("Turn TLS on for the connection in " + setting.key() + " (https, secure=true, STARTTLS "
                        + "or implicit TLS), or keep the link on the local machine and waive this finding.")
                .build();
    }

    /**
     * Whether a word of the client names mail or a browser session: Ghost's nodemailer options
     * ({@code mail.options.secure=false}) are a mail client's as much as {@code SMTP_SECURE} is.
     */
    private static boolean mailOrBrowser(List<String> words, int client) {
        for (int i = 0; i < client; i++) {
            if (MAIL_OR_BROWSER.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<String> words) {
        for (String word : words) {
            if (NEGATING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What the client's other keys say: credentials set, and anything that keeps them off the network. */
    private static final class Evidence {

        boolean credentials;
        boolean against;

        void read(Settings settings, Setting switchSetting, List<String> client, boolean startTls) {
            for (Setting other : settings) {
                if (other == switchSetting) {
                    continue;
                }
                List<String> words = KeyWords.of(other.key());
                int size = words.size();
                if (size <= client.size() || !words.subList(0, client.size()).equals(client)) {
                    continue;
                }
                String value = other.value().strip();
                if (value.isEmpty()) {
                    continue;
                }
                String last = words.get(size - 1);
                String lower = value.toLowerCase(Locale.ROOT);
                if (CREDENTIAL_ENDINGS.contains(last)
                        || last.equals("key") && size >= 2 && words.get(size - 2).equals("secret")) {
                    credentials = true;
                } else if (last.equals("auth") && OFF_VALUES.contains(lower)) {
                    against = true;
                } else if (HOST_ENDINGS.contains(last) && Hosts.isLoopback(linkHost(value))) {
                    against = true;
                } else if (startTls && (last.equals("port") && IMPLICIT_TLS_PORTS.contains(value)
                        || SwitchOn.isOn(lower) && tlsOn(words, client.size()))) {
                    against = true;
                }
            }
        }

        private static boolean tlsOn(List<String> words, int from) {
            for (int i = from; i < words.size(); i++) {
                if (TLS_ON_WORDS.contains(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The host of an address as a client's setting writes it ({@code smtp://user@mail.acme.org:25},
     * {@code ldap://ldap-server:389/dc=acme}, or a bare {@code mail.acme.org}): after the scheme and any user
     * information, up to a port, path or query.
     */
    static String linkHost(String value) {
        int start = value.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int at = value.indexOf('@', start);
        if (at >= 0) {
            start = at + 1;
        }
        int end = start;
        while (end < value.length() && value.charAt(end) != ':' && value.charAt(end) != '/'
                && value.charAt(end) != '?') {
            end++;
        }
        return value.substring(start, end);
    }
}

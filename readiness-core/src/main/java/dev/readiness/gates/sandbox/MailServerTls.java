package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import org.jspecify.annotations.Nullable;

/**
 * A self-hosted mail server's own TLS switched off in production, in the two mail-server distributions' own settings:
 * docker-mailserver's {@code SSL_TYPE} left empty (its template: "empty => SSL disabled") and Mailu's
 * {@code TLS_FLAVOR=notls} ("not recommended except for testing"). Unlike a web server's TLS switch, which a
 * TLS-terminating proxy in front makes the ordinary set-up (a WARN there), no web proxy terminates SMTP submission or
 * IMAP: every mailbox password crosses the network in clear text on each login, so it is a NO-GO. The key alone is
 * too common a spelling, so the snapshot must hold the distribution's own settings beside it: docker-mailserver's
 * {@code PERMIT_DOCKER}, {@code OVERRIDE_HOSTNAME}, {@code POSTMASTER_ADDRESS} or {@code SPOOF_PROTECTION}, Mailu's
 * {@code POSTMASTER} or {@code HOSTNAMES}. A prefixed key ({@code HATCHET_CLIENT_TLS_FLAVOR}), {@code SSL_TYPE} with a
 * value ({@code letsencrypt}, {@code manual}), and Mailu's certificate flavours ({@code cert}, {@code mail},
 * {@code letsencrypt}) are not read here. Stateless; read only for an empty {@code SSL_TYPE} or a {@code notls}
 * value.
 */
final class MailServerTls {

    private static final String[] DOCKER_MAILSERVER_KEYS = {"PERMIT_DOCKER", "OVERRIDE_HOSTNAME", "POSTMASTER_ADDRESS",
        "SPOOF_PROTECTION"};
    private static final String[] MAILU_KEYS = {"POSTMASTER", "HOSTNAMES"};

    private MailServerTls() {
    }

    /**
     * The finding on docker-mailserver's empty {@code SSL_TYPE}, or {@code null}.
     *
     * @param settings the snapshot, for the distribution's own settings
     * @param setting a setting whose value is empty, judged for production
     * @return a NO-GO {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding emptySslType(Settings settings, Setting setting) {
        String key = setting.key();
        if (key.length() != 8 || !key.equalsIgnoreCase("SSL_TYPE") || !anyPresent(settings, DOCKER_MAILSERVER_KEYS)) {
            return null;
        }
        return finding(setting, "left empty, which docker-mailserver reads as SSL disabled");
    }

    /**
     * The finding on Mailu's {@code TLS_FLAVOR=notls}, or {@code null}.
     *
     * @param settings the snapshot, for the distribution's own settings
     * @param setting the setting
     * @param value the unquoted, stripped value
     * @return a NO-GO {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding notlsFlavour(Settings settings, Setting setting, String value) {
        String key = setting.key();
        if (key.length() != 10 || !key.equalsIgnoreCase("TLS_FLAVOR") || !value.equalsIgnoreCase("notls")
                || !anyPresent(settings, MAILU_KEYS)) {
            return null;
        }
        return finding(setting, "set to Mailu's flavour without TLS");
    }

    /** Words of a mail client's key: its {@code IGNORE_TLS} is nodemailer's {@code ignoreTLS}. */
    private static final java.util.Set<String> MAIL_CLIENT_WORDS = java.util.Set.of("mail", "smtp", "email", "mailer");

    /**
     * The finding on a mail client's {@code SMTP_IGNORE_TLS=true} or {@code MAIL_IGNORE_TLS=true}, or {@code null}
     * (forty-second pass): nodemailer's {@code ignoreTLS}, which never upgrades the connection with STARTTLS even when
     * the server offers it, so the SMTP login and every message go in clear text unless the port speaks TLS from the
     * start. A WARN: the client's {@code secure} switch on (port 465, TLS from the first byte) would still encrypt,
     * and then the key is left alone. {@code false} and keys of other clients ({@code MLFLOW_S3_IGNORE_TLS}, the
     * verification rule's) are not read.
     *
     * @param settings the snapshot, for the client's {@code SECURE} switch beside the key
     * @param setting the setting
     * @param value the unquoted, stripped value
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding ignoresTls(Settings settings, Setting setting, String value) {
        String key = setting.key();
        if (!ServerTlsSwitches.on(value) || !dev.readiness.gates.internal.AsciiCase.endsWith(key, "tls")) {
            return null;
        }
        java.util.List<String> words = dev.readiness.gates.internal.KeyWords.of(key);
        int size = words.size();
        if (size < 3 || size > 4 || !words.get(size - 1).equals("tls") || !words.get(size - 2).equals("ignore")
                || !MAIL_CLIENT_WORDS.contains(words.get(size - 3))) {
            return null;
        }
        String prefix = key.substring(0, key.toLowerCase(java.util.Locale.ROOT).lastIndexOf("ignore"));
        for (String secure : new String[] {prefix + "SECURE", prefix + "secure"}) {
            if (settings.get(secure).map(other -> ServerTlsSwitches.on(other.value().strip())).orElse(false)) {
                return null;
            }
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " tells the mail client never to upgrade its connection with STARTTLS in "
                        + "production: the SMTP login and every message cross the network in clear text.")
                .remediation("Set " + setting.key() + " to false (STARTTLS when the server offers it), or require TLS.")
                .build();
    }

    private static boolean anyPresent(Settings settings, String[] keys) {
        for (String key : keys) {
            if (settings.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Setting setting, String how) {
        return Finding.noGo("sandbox.tls-off", setting)
                .message(setting.key() + " is " + how + ": the mail server then takes SMTP submission and IMAP or POP3"
                        + " logins without TLS in production, so every mailbox password crosses the network in clear"
                        + " text. No web proxy in front terminates those protocols.")
                .remediation("Give the mail server its certificate (docker-mailserver: SSL_TYPE=letsencrypt or manual;"
                        + " Mailu: TLS_FLAVOR=letsencrypt, cert or mail) and set " + setting.key() + " accordingly.")
                .build();
    }
}

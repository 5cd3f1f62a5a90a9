package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A setting right beside a credential that says the server it talks to demands credentials, so the credential is not
 * optional whatever its own default says: JavaMail's {@code mail.smtp.auth=true} under a mail section
 * ({@code spring.mail.properties.mail.smtp.auth=true} beside {@code spring.mail.password}, also the short
 * {@code mail.smtp.auth} beside {@code mail.smtp.password}), a MongoDB client's {@code authentication-database} (the
 * database the server checks the credentials against) and a Kafka client's {@code security.protocol} of
 * {@code SASL_SSL} or {@code SASL_PLAINTEXT} (the broker takes no connection without the SASL login). A switch given
 * as a reference with a default ({@code ${MAIL_SMTP_AUTH:true}}) says what its default says. Only settings of the
 * credential's own section are read, a few direct look-ups: a Redis or mail relay whose section says nothing may need
 * no password. Stateless.
 */
final class CredentialDemands {

    private static final String SMTP_AUTH = "mail.smtp.auth";
    private static final String[] AUTH_SWITCHES = {"properties." + SMTP_AUTH, SMTP_AUTH, "auth"};
    private static final String[] AUTH_DATABASES = {"authentication-database", "authenticationDatabase",
            "authentication_database", "auth-source", "authSource"};
    private static final String[] PROTOCOLS = {"protocol", "security.protocol", "security-protocol"};

    private CredentialDemands() {
    }

    /**
     * What in the credential's section demands it, for the finding's message, or {@code null} when nothing does.
     *
     * @param settings the configuration
     * @param key the credential's key
     * @return a short description of the demand, or {@code null}
     */
    static @Nullable String demand(Settings settings, String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String section = key.substring(0, dot + 1);
        for (String name : AUTH_SWITCHES) {
            String value = valueOf(settings, section + name);
            if ("true".equalsIgnoreCase(value)) {
                return "its section switches authentication on (" + name + ")";
            }
        }
        for (String name : AUTH_DATABASES) {
            String value = valueOf(settings, section + name);
            if (value != null && !value.isEmpty() && value.indexOf('$') < 0) {
                return "its section names the database the server checks credentials against (" + name + ")";
            }
        }
        for (String name : PROTOCOLS) {
            String value = valueOf(settings, section + name);
            if (value != null && value.toUpperCase(Locale.ROOT).startsWith("SASL_")) {
                return "its section connects over SASL (" + name + "), which takes no connection without the login";
            }
        }
        return null;
    }

    /** The value of a setting, or the default of a whole {@code ${NAME:default}} reference, trimmed; or {@code null}. */
    private static @Nullable String valueOf(Settings settings, String key) {
        Optional<Setting> setting = settings.get(key);
        if (setting.isEmpty()) {
            return null;
        }
        String value = setting.get().value().strip();
        if (value.startsWith("${") && value.endsWith("}")) {
            int colon = value.indexOf(':');
            if (colon < 0 || value.indexOf('}') != value.length() - 1) {
                return null;
            }
            int start = colon + 1 < value.length() && value.charAt(colon + 1) == '-' ? colon + 2 : colon + 1;
            return value.substring(start, value.length() - 1).strip();
        }
        return value;
    }
}

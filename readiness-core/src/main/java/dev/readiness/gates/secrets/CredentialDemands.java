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
 * no password. Also a database image's own initialisation password ({@code POSTGRES_PASSWORD},
 * {@code MYSQL_ROOT_PASSWORD}, {@code MARIADB_ROOT_PASSWORD} in a Compose or env file): the official images refuse to
 * initialise their data directory without it unless a setting beside it opts out ({@code POSTGRES_HOST_AUTH_METHOD},
 * {@code MYSQL_ALLOW_EMPTY_PASSWORD}, {@code MYSQL_RANDOM_ROOT_PASSWORD} and MariaDB's spellings), so
 * {@code MYSQL_ROOT_PASSWORD=${INIT_MYSQL_ROOT_PASSWORD:-}} starts a stack whose database never comes up or, opted
 * out elsewhere, has an empty root password. {@code MYSQL_PASSWORD} and {@code MONGO_INITDB_ROOT_PASSWORD} are
 * optional to their images and say nothing. Stateless.
 */
final class CredentialDemands {

    private static final String SMTP_AUTH = "mail.smtp.auth";
    private static final String[] AUTH_SWITCHES = {"properties." + SMTP_AUTH, SMTP_AUTH, "auth"};
    private static final String[] AUTH_DATABASES = {"authentication-database", "authenticationDatabase",
            "authentication_database", "auth-source", "authSource"};
    private static final String[] PROTOCOLS = {"protocol", "security.protocol", "security-protocol"};

    /** Each image's required password variable, then the settings that opt out of it. */
    private static final String[][] IMAGE_PASSWORDS = {
        {"POSTGRES_PASSWORD", "POSTGRES_HOST_AUTH_METHOD"},
        {"MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"},
        {"MARIADB_ROOT_PASSWORD", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MARIADB_RANDOM_ROOT_PASSWORD",
            "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"}};

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
        if (dot < 0) {
            return imageDemand(settings, key);
        }
        if (dot == 0) {
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

    /** A database image's required password, unless a setting beside it opts out; or {@code null}. */
    private static @Nullable String imageDemand(Settings settings, String key) {
        for (String[] image : IMAGE_PASSWORDS) {
            if (!image[0].equals(key)) {
                continue;
            }
            for (int i = 1; i < image.length; i++) {
                String optOut = valueOf(settings, image[i]);
                if (optOut == null && settings.get(image[i]).isPresent() || optOut != null && !optOut.isEmpty()) {
                    return null;
                }
            }
            return "the database image refuses to initialise without it (" + key + ")";
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

package dev.readiness.gates.secrets;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The user name and password of the first host list entry that carries user information: a broker or address list
 * written as comma-separated {@code host:port} entries, with or without a scheme
 * ({@code spring.kafka.bootstrap-servers=admin:s3cr3t@kafka1:9092,kafka2:9092},
 * {@code SASL_SSL://admin:s3cr3t@kafka1:9092,SASL_SSL://kafka2:9092}, {@code spring.rabbitmq.addresses=app:s3cr3t@rabbit1:5672},
 * which Spring Boot reads as {@code user:password@host}). {@link java.net.URI} reads none of these: a list is no URI,
 * and {@code SASL_SSL} is no URI scheme. Stateless; never keeps a value.
 */
final class HostListPasswords {

    /** The longest value read. */
    private static final int MAX_LENGTH = 4096;

    private HostListPasswords() {
    }

    /** A user and the password written after it. */
    record Credentials(String user, String password) {

        @Override
        public String toString() {
            return "Credentials[user, password of " + password.length() + " characters]";
        }
    }

    /**
     * The credentials of the first entry with user information.
     *
     * @param value a setting's value
     * @return the user and the decoded password, or empty when no entry carries a password
     */
    static Optional<Credentials> first(String value) {
        if (value.length() > MAX_LENGTH || value.indexOf('@') < 0) {
            return Optional.empty();
        }
        for (String part : value.split(",", -1)) {
            String entry = part.trim();
            int scheme = entry.indexOf("://");
            if (scheme >= 0) {
                entry = entry.substring(scheme + 3);
            }
            int at = entry.lastIndexOf('@');
            if (at < 0 || at + 1 >= entry.length() || !Character.isLetterOrDigit(entry.charAt(at + 1))
                    && entry.charAt(at + 1) != '[' || hasBlankOrSlash(entry, at)) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon >= at - 1 || entry.charAt(at - 1) == ':'
                    || scheme < 0 && !isHostAndPort(entry, at + 1)) {
                continue;
            }
            String password = entry.substring(colon + 1, at);
            try {
                password = URLDecoder.decode(password, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                // a % that starts no escape: the text as written
            }
            return Optional.of(new Credentials(entry.substring(0, colon), password));
        }
        return Optional.empty();
    }

    /**
     * Whether the text from {@code from} on is a host and a port ({@code kafka1.acme.io:9092}, {@code [::1]:9092}): an
     * entry without a scheme names a broker so, where {@code mailto:ops@acme.io} and Oracle's
     * {@code jdbc:oracle:thin:@db:1521/orders} or {@code @db:1521:ORCL} do not.
     */
    private static boolean isHostAndPort(String entry, int from) {
        int colon = entry.lastIndexOf(':');
        if (colon <= from || colon == entry.length() - 1 || entry.length() - colon > 6) {
            return false;
        }
        for (int i = from; i < entry.length(); i++) {
            char c = entry.charAt(i);
            boolean hostChar = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '['
                    || c == ']' || c == ':';
            if (i > colon ? c < '0' || c > '9' : !hostChar) {
                return false;
            }
        }
        return true;
    }

    /** Whether the user information before the {@code @} holds a blank or a slash: prose or a path, not an entry. */
    private static boolean hasBlankOrSlash(String entry, int at) {
        for (int i = 0; i < at; i++) {
            char c = entry.charAt(i);
            if (c == ' ' || c == '\t' || c == '/') {
                return true;
            }
        }
        return false;
    }
}

package dev.readiness.gates.database;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * StackExchange.Redis's configuration string, the form .NET services write a Redis connection in
 * ({@code ConnectionStrings.Redis} of {@code appsettings.Production.json}, Azure Cache for Redis's own
 * "connection string"): endpoints first, then options, comma-separated:
 * {@code acme.redis.cache.windows.net:6380,password=…,ssl=True,abortConnect=False}. Read as the equivalent URI
 * ({@code rediss://:…@acme.redis.cache.windows.net:6380} when {@code ssl=True}), so the host, TLS and password are
 * judged as Redis's, instead of as a PostgreSQL key=value string whose host defaults to localhost. Only text whose
 * endpoints are host names or addresses with an optional port, and whose every option is one of the library's
 * documented names, is read so. Stateless.
 */
final class RedisConfigurationStrings {

    private static final Set<String> OPTIONS = Set.of("password", "user", "ssl", "sslhost", "sslprotocols",
            "abortconnect", "allowadmin", "connecttimeout", "synctimeout", "asynctimeout", "defaultdatabase", "name",
            "connectretry", "keepalive", "servicename", "tiebreaker", "version", "channelprefix", "configchannel",
            "proxy", "resolvedns", "checkcertificaterevocation", "responsetimeout", "setlib", "protocol");

    private RedisConfigurationStrings() {
    }

    /**
     * The text after {@code scheme://} of the URI equivalent to a configuration string, with the scheme first and a
     * tab between them, or {@code null} when the text is no such string.
     *
     * @param text the value
     * @return {@code "rediss\thost:port"}-shaped text, or {@code null}
     */
    static @Nullable String asUri(String text) {
        String[] parts = text.split(",");
        if (parts.length < 2) {
            return null;
        }
        String host = null;
        String password = null;
        String user = null;
        String database = null;
        boolean ssl = false;
        boolean options = false;
        for (String raw : parts) {
            String part = raw.strip();
            int equals = part.indexOf('=');
            if (equals < 0) {
                if (options || !isEndpoint(part)) {
                    return null;
                }
                host = host == null ? part : host;
                continue;
            }
            String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            if (!OPTIONS.contains(name)) {
                return null;
            }
            options = true;
            switch (name) {
                case "password" -> password = value;
                case "user" -> user = value;
                case "ssl" -> ssl = value.equalsIgnoreCase("true");
                case "defaultdatabase" -> database = value;
                default -> {
                }
            }
        }
        if (host == null || !options) {
            return null;
        }
        StringBuilder uri = new StringBuilder(ssl ? "rediss" : "redis").append('\t');
        if (password != null && !password.isEmpty()) {
            uri.append(user == null ? "" : encode(user)).append(':').append(encode(password)).append('@');
        }
        uri.append(host);
        if (database != null && !database.isEmpty()) {
            uri.append('/').append(database);
        }
        return uri.toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    private static boolean isEndpoint(String part) {
        if (part.isEmpty() || part.length() > 260) {
            return false;
        }
        int colon = part.lastIndexOf(':');
        String name = colon > 0 ? part.substring(0, colon) : part;
        if (colon > 0) {
            String port = part.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5) {
                return false;
            }
            for (int i = 0; i < port.length(); i++) {
                if (!Character.isDigit(port.charAt(i))) {
                    return false;
                }
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        return !name.isEmpty();
    }
}

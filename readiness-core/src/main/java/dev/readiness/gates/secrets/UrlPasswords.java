package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The password a URL carries in its user information ({@code mysql://app:s3cr3t@db.example.com/app} → {@code s3cr3t};
 * a {@code jdbc:} prefix is looked through), read with {@link URI}. Stateless; never keeps a value.
 */
final class UrlPasswords {

    private UrlPasswords() {
    }

    /**
     * The decoded password of a URL's user information.
     *
     * @param value a setting's value
     * @return the password, or empty when the value is no URL or carries no password
     */
    static Optional<String> password(String value) {
        String trimmed = value.trim();
        int scheme = trimmed.indexOf("://");
        if (scheme <= 0 || trimmed.indexOf('@', scheme) < 0 || trimmed.length() > 2048) {
            return Optional.empty();
        }
        if (!mayCarryPassword(trimmed, scheme + 3)) {
            return Optional.empty();
        }
        String url = trimmed.regionMatches(true, 0, "jdbc:", 0, 5) ? trimmed.substring(5) : trimmed;
        try {
            String userInfo = new URI(url).getRawUserInfo();
            if (userInfo == null) {
                userInfo = besideUnparsedHost(url);
            }
            int colon = userInfo == null ? -1 : userInfo.indexOf(':');
            if (colon < 0 || colon == userInfo.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The user information of a URL whose host holds a character beyond ASCII ({@code hooks.acmé-logistics.com}, an
     * invisible zero-width space): {@link URI} reads such an authority as registry-based and gives no user information,
     * so the password went unread. The host's characters are replaced by ASCII letters and the URL read again; the user
     * information itself is read as written. Hostile testing, thirty-fifth pass. A host with an underscore, which
     * {@link URI} refuses too, is read the same way (fortieth pass): Compose names its containers
     * {@code project_service_1}, and Airflow's {@code AIRFLOW_CONN_API=http://nologin:appkey@water-api_api_1} carries
     * its credential there; the underscore is read as a dash. So is a URL with no host after its user information,
     * Airflow's {@code aws://KEY_ID:SECRET@?region_name=…} (the client finds the endpoint itself).
     */
    private static @Nullable String besideUnparsedHost(String url) throws URISyntaxException {
        int scheme = url.indexOf("://");
        int end = scheme + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        boolean foreign = at >= 0 && at + 1 == end; // no host at all: aws://KEY:SECRET@?region_name=…
        StringBuilder host = new StringBuilder(end - at).append(foreign ? "x" : "");
        for (int i = at + 1; i < end; i++) {
            char c = url.charAt(i);
            foreign |= c > 127 || c == '_';
            host.append(c > 127 ? 'x' : c == '_' ? '-' : c);
        }
        return foreign ? new URI(url.substring(0, at + 1) + host + url.substring(end)).getRawUserInfo() : null;
    }

    /**
     * Whether the authority after {@code ://} has a colon before its last {@code @}: the user information {@link URI}
     * reads is a part of that, so without one there is no password to read (a Sentry DSN's
     * {@code https://key@o1.ingest.sentry.io/1}) and the URL need not be parsed.
     */
    private static boolean mayCarryPassword(String url, int authorityStart) {
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int at = url.lastIndexOf('@', authorityEnd - 1);
        int colon = url.indexOf(':', authorityStart);
        return at >= authorityStart && colon >= 0 && colon < at;
    }

    /**
     * The password of a URL's user information or its query's {@code password=} parameter, or of a key=value connection
     * string
     * ({@code Host=db.example.com;Username=app;Password=s3cr3t;SSL Mode=Require} → {@code s3cr3t}, also {@code Pwd=});
     * empty when the value carries none or its password is blank.
     *
     * @param value a setting's value
     * @return the password
     */
    static Optional<String> connectionPassword(String value) {
        Optional<String> url = password(value);
        if (url.isPresent()) {
            return url;
        }
        Optional<String> query = queryPassword(value);
        return query.isPresent() ? query : pairPassword(value, null);
    }

    /**
     * The decoded {@code password=} or {@code pwd=} parameter of a URL's query
     * ({@code jdbc:postgresql://db/app?user=app&password=s3cr3t} → {@code s3cr3t}), the name compared without regard to
     * case; empty when the query holds none or it is blank.
     *
     * @param value a setting's value
     * @return the password
     */
    static Optional<String> queryPassword(String value) {
        int query = value.indexOf('?');
        if (query < 0 || value.indexOf("://") < 0 || value.length() > 2048) {
            return Optional.empty();
        }
        int at = query + 1;
        while (at < value.length()) {
            int end = at;
            while (end < value.length() && value.charAt(end) != '&' && value.charAt(end) != '#') {
                end++;
            }
            int equals = value.indexOf('=', at);
            if (equals > at && equals < end) {
                int length = equals - at;
                if (length == 8 && AsciiCase.regionIs(value, at, "password")
                        || length == 3 && AsciiCase.regionIs(value, at, "pwd")) {
                    try {
                        String password = URLDecoder.decode(value.substring(equals + 1, end), StandardCharsets.UTF_8);
                        return password.isBlank() ? Optional.empty() : Optional.of(password);
                    } catch (IllegalArgumentException e) {
                        return Optional.of(value.substring(equals + 1, end));
                    }
                }
            }
            if (end >= value.length() || value.charAt(end) == '#') {
                break;
            }
            at = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The password of a value written as {@code ;}-separated {@code name=value} pairs: a connection string
     * ({@code Server=db;User Id=app;Password=s3cr3t}) or shell assignments
     * ({@code MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='db'}), the pair's quotes dropped. A pair is the
     * password's when its name is a connection string's {@code password} or {@code pwd}, or, given key rules, another
     * name they call a password ({@code MYSQL_PASS}, {@code DB_PASSWORD}): a connection string's own names are left to
     * the database gate, which reads connection strings.
     *
     * @param value a setting's value
     * @param keys the key rules for names other than a connection string's, or {@code null} for those two names
     * @return the password, or empty when no pair holds one or it is blank
     */
    static Optional<String> pairPassword(String value, @Nullable SecretKeys keys) {
        if (value.indexOf(';') < 0 || value.indexOf('=') < 0) {
            return Optional.empty();
        }
        return firstPair(value, (name, nameEnd, from, to) -> {
            int length = nameEnd - name;
            boolean connectionName = length == 8 && AsciiCase.regionIs(value, name, "password")
                    || length == 3 && AsciiCase.regionIs(value, name, "pwd");
            if (keys == null ? connectionName
                    : !connectionName && length > 4 && keys.purpose(value.substring(name, nameEnd))
                            .filter(purpose -> purpose == SecretPurpose.PASSWORD).isPresent()) {
                return Optional.of(unquoted(value.substring(from, to).trim()));
            }
            return Optional.<String>empty();
        }).filter(password -> !password.isEmpty());
    }

    /** What a pair of a {@code ;}-separated value gives: its name's and its text's character ranges. */
    @FunctionalInterface
    interface Pair<T> {

        /**
         * Judges one pair.
         *
         * @param name where the name starts (blanks and {@code ;} before it skipped)
         * @param nameEnd where it ends, blanks before the {@code =} left out
         * @param from where the text after {@code =} starts
         * @param to where the pair ends ({@code ;} or the end of the value)
         * @return a result that ends the reading, or empty to read the next pair
         */
        Optional<T> judge(int name, int nameEnd, int from, int to);
    }

    /**
     * The first result of a value's {@code ;}-separated {@code name=value} pairs, read left to right; a part without
     * {@code =}, or with nothing before it, is passed over.
     *
     * @param value the value
     * @param pair what to make of each pair
     * @param <T> the result
     * @return the first result, or empty
     */
    static <T> Optional<T> firstPair(String value, Pair<T> pair) {
        int at = 0;
        while (at < value.length()) {
            while (at < value.length() && (value.charAt(at) == ' ' || value.charAt(at) == ';')) {
                at++;
            }
            int end = value.indexOf(';', at);
            end = end < 0 ? value.length() : end;
            int equals = value.indexOf('=', at);
            if (equals > at && equals < end) {
                int nameEnd = equals;
                while (nameEnd > at && value.charAt(nameEnd - 1) == ' ') {
                    nameEnd--;
                }
                Optional<T> found = pair.judge(at, nameEnd, equals + 1, end);
                if (found.isPresent()) {
                    return found;
                }
            }
            at = end + 1;
        }
        return Optional.empty();
    }

    /** The text without the quotes around it ({@code 'root'} → {@code root}). */
    static String unquoted(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == '\'' || text.charAt(from) == '"')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == '\'' || text.charAt(to - 1) == '"')) {
            to--;
        }
        return text.substring(from, to);
    }
}

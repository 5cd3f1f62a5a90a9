package dev.readiness.gates.database;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.internal.Quotes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The URL syntax every reader shares: user info, host lists, ports, query strings and properties, percent
 * decoding. Throws {@link ParseFailure} with messages that never quote the text. Stateless.
 */
final class UrlSyntax {

    private UrlSyntax() {
    }

    static String at(String what, int index) {
        return what + " at character " + (index + 1);
    }

    /** {@code [user[:password]@]host[:port][,host[:port]…][/database][?query]}. */
    static void authority(Draft draft, String text) {
        String rest = text;
        int query = rest.indexOf('?');
        int at = rest.lastIndexOf('@', (query < 0 ? rest.length() : query) - 1);
        if (at < 0 && query >= 0) {
            int later = rest.indexOf('@', query);
            String between = later < 0 ? "" : rest.substring(query, later);
            if (later > 0 && between.indexOf('=') < 0 && between.indexOf('&') < 0 && between.indexOf('/') < 0) {
                at = later; // an unencoded '?' inside the password, not a query
            }
        }
        int fragment = rest.indexOf('#', Math.max(at, 0));
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        if (at >= 0) {
            userInfo(draft, rest.substring(0, at));
            rest = rest.substring(at + 1);
        }
        int end = rest.length();
        int slash = rest.indexOf('/');
        query = rest.indexOf('?');
        if (slash >= 0) {
            end = slash;
        }
        if (query >= 0 && query < end) {
            end = query;
        }
        hostList(draft, rest.substring(0, end));
        String tail = rest.substring(end);
        query = tail.indexOf('?');
        String path = query < 0 ? tail : tail.substring(0, query);
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            // JDBC-style ;key=value properties after the database (;user=sa;password=…) are not part of its name
            query(draft, path.substring(semicolon + 1), ';');
            path = path.substring(0, semicolon);
        }
        if (path.startsWith("/")) {
            String name = path.substring(1);
            if (name.endsWith("/")) {
                name = name.substring(0, name.length() - 1);
            }
            draft.database = name.isEmpty() ? null : decode(name);
        }
        if (query >= 0) {
            query(draft, tail.substring(query + 1), '&');
        }
    }

    private static void userInfo(Draft draft, String userInfo) {
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            draft.user = emptyToNull(decode(userInfo));
        } else {
            draft.user = emptyToNull(decode(userInfo.substring(0, colon)));
            draft.password = decode(userInfo.substring(colon + 1));
        }
    }

    static void hostList(Draft draft, String list) {
        if (list.isBlank()) {
            return;
        }
        int depth = 0;
        int start = 0;
        int index = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth <= 0 || i == list.length()) {
                index++;
                String entry = list.substring(start, i).strip();
                if (entry.isEmpty()) {
                    throw new ParseFailure("has an empty entry in its host list (host " + index + ")");
                }
                hostEntry(draft, entry, index);
                start = i + 1;
                depth = 0;
            }
        }
    }

    private static void hostEntry(Draft draft, String entry, int index) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.startsWith("address=") || lower.startsWith("(")) {
            // MySQL: address=(host=h)(port=3306)(type=primary) or (host=h,port=3306)
            String host = null;
            int port = 0;
            String body = lower.startsWith("address=") ? entry.substring(8) : entry;
            for (String part : body.replace(")(", ",").replace("(", "").replace(")", "").split(",")) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    throw new ParseFailure("has a MySQL address entry without key=value (host " + index + ")");
                }
                String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                String value = part.substring(equals + 1).strip();
                if (key.equals("host")) {
                    host = value;
                } else if (key.equals("port")) {
                    port = port(value);
                }
            }
            if (host == null) {
                throw new ParseFailure("has a MySQL address entry without host= (host " + index + ")");
            }
            validateHost(host);
            draft.hosts.add(new HostPort(host, port));
            return;
        }
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new ParseFailure("has an IPv6 address without its closing ] (host " + index + ")");
            }
            String host = entry.substring(1, close);
            String after = entry.substring(close + 1);
            int port = 0;
            if (after.startsWith(":")) {
                port = port(after.substring(1));
            } else if (!after.isEmpty()) {
                throw new ParseFailure("has characters after an IPv6 address (host " + index + ")");
            }
            validateHost(host);
            draft.hosts.add(new HostPort(host, port));
            return;
        }
        String decoded = entry.indexOf('%') >= 0 ? decode(entry) : entry;
        if (decoded.startsWith("/") || (decoded.startsWith("@") && draft.vendor == Vendor.POSTGRESQL)) {
            draft.hosts.add(new HostPort(decoded, 0)); // a Unix socket directory, or libpq's abstract socket
            return;
        }
        int first = entry.indexOf(':');
        int last = entry.lastIndexOf(':');
        if (first >= 0 && first != last) {
            validateHost(entry); // a bare IPv6 address, as libpq's host= accepts
            draft.hosts.add(new HostPort(entry, 0));
            return;
        }
        String host = first < 0 ? entry : entry.substring(0, first);
        int port = first < 0 ? 0 : port(entry.substring(first + 1));
        validateHost(host);
        draft.hosts.add(new HostPort(host, port));
    }

    static void validateHost(String host) {
        if (host.isEmpty()) {
            throw new ParseFailure("has an empty host name");
        }
        if (host.length() > 253) {
            throw new ParseFailure("has a host name longer than 253 characters");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
                    || c == ':' || c == '%' || c == '$' || c == '{' || c == '}' || c == '<' || c == '>'
                    || c == '*' || Character.isSurrogate(c);
            if (!allowed) {
                throw new ParseFailure("has a host name with a character that is not allowed in host names");
            }
        }
    }

    static int port(String text) {
        String value = text.strip();
        if (value.isEmpty() || References.isReference(value)) {
            return 0;
        }
        if (value.length() > 5) {
            throw new ParseFailure("has a port that is not a number between 1 and 65535");
        }
        int port = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new ParseFailure("has a port that is not a number between 1 and 65535");
            }
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) {
            throw new ParseFailure("has a port that is not a number between 1 and 65535");
        }
        return port;
    }

    static void query(Draft draft, String query, char separator) {
        for (String pair : split(query, separator)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            draft.params.put(normalizeKey(decode(key)), decode(value));
        }
    }

    /** {@code key=value} properties separated by {@code ;} (SQL Server, H2, Derby, Db2), not percent-encoded. */
    static void properties(Draft draft, String properties, char separator) {
        for (String pair : split(properties, separator)) {
            String trimmed = pair.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new ParseFailure("has a property without key=value");
            }
            draft.params.put(normalizeKey(trimmed.substring(0, equals)), Quotes.unquoted(trimmed.substring(equals + 1).strip()));
        }
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Lower case without {@code - _ . } and spaces, so {@code sslMode}, {@code ssl-mode} and {@code SSL Mode} agree. */
    static String normalizeKey(String key) {
        StringBuilder normalized = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '-' && c != '_' && c != '.' && c != ' ') {
                normalized.append(c);
            }
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }

    static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static @Nullable String lastSegment(String path) {
        String p = path;
        int query = p.indexOf('?');
        if (query >= 0) {
            p = p.substring(0, query);
        }
        while (p.endsWith("/") || p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String name = slash < 0 ? p : p.substring(slash + 1);
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            name = name.substring(colon + 1);
        }
        return emptyToNull(name);
    }

    /** Percent-decodes; malformed escapes are kept as written, never an exception. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return HexFormat.isHexDigit(c) ? HexFormat.fromHexDigit(c) : -1;
    }
}

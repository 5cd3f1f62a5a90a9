package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a URL or host value points: scheme, host, port and path, and nothing else. User info (names and
 * passwords), query and fragment are dropped while parsing, so an {@code Endpoint} is safe to describe in a
 * finding. Immutable and thread-safe.
 *
 * <p>{@link #parse(String)} is lenient and never throws: it accepts URLs with any scheme, scheme-relative
 * {@code //host} forms, bare host names with or without a port, IPv4 and IPv6 literals (bracketed or not),
 * user info, internationalized names (converted to their ASCII form where possible) and trailing dots. What it
 * cannot read as a host, such as placeholders ({@code https://api.<domain>}, {@code ${HOST}}), e-mail addresses,
 * text with spaces, or labels longer than DNS allows, gives an empty result.
 *
 * @param scheme the lower-case scheme, or {@code null} for a bare host
 * @param host the lower-case host without brackets or trailing dot, in ASCII form where it could be converted; a
 *     host holding template text ({@code <your-domain>}, a label of capital words such as {@code TU-STAGING}) as
 *     written
 * @param port the port, or {@code -1} when none was given
 * @param path the path, starting with {@code /}, or empty; never the query or fragment. A path can hold a
 *     credential (a webhook token such as Slack's {@code /services/T…/B…/token}, or a password with an unencoded
 *     {@code /} that ends the authority early), so {@link #toString()} gives only its length
 */
public record Endpoint(@Nullable String scheme, String host, int port, String path) {

    /** Values longer than this are not read as endpoints. */
    static final int MAX_LENGTH = 4096;

    /** How many characters of a value {@link #parseAll(String, boolean)} reads. */
    static final int MAX_SCAN = 65_536;

    /** How many items of a value {@link #parseAll(String, boolean)} reads. */
    static final int MAX_TOKENS = 100;

    private static final Set<String> DATABASE_SCHEMES = Set.of("jdbc", "r2dbc", "postgres", "postgresql", "mysql",
            "mysqlx", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "redis-sentinel", "valkey", "sqlserver",
            "mssql", "oracle", "cockroachdb", "h2", "hsqldb", "derby", "sqlite", "db2", "clickhouse", "cassandra",
            "couchbase", "couchbases", "neo4j", "neo4j+s", "bolt", "memcached");

    private static final String[] DATABASE_SCHEME_LIST = DATABASE_SCHEMES.toArray(new String[0]);
    private static final int LONGEST_DATABASE_SCHEME = HostNames.longest(DATABASE_SCHEMES);

    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    /**
     * Reads a URL, or a bare host name with an optional port.
     *
     * @param text the value
     * @return the endpoint, or empty when the value names no host
     */
    public static Optional<Endpoint> parse(String text) {
        return parse(text, true);
    }

    /**
     * Reads a URL, and a bare host name only when asked to.
     *
     * @param text the value
     * @param allowBareHost whether a value without {@code scheme://} may be read as a host; bare values must
     *     contain a dot, be {@code localhost} or an IP address, or carry a port
     * @return the endpoint, or empty when the value names no host
     */
    public static Optional<Endpoint> parse(String text, boolean allowBareHost) {
        return Optional.ofNullable(readSafely(text, allowBareHost));
    }

    private static @Nullable Endpoint readSafely(String text, boolean allowBareHost) {
        try {
            return read(text, allowBareHost);
        } catch (RuntimeException unexpected) {
            return null;
        }
    }

    /**
     * A URL that a template wrapped in angle brackets, without them: {@code <https://JITSI_ADDRESS>} and
     * {@code <https://ADAPTER_ADDRESS>/{room}} (the bracket closing after the host) are the URLs a reader should fill
     * in, delimited as RFC 3986's appendix C writes URLs in text (thirty-eighth pass). A token that does not start with
     * {@code <} and a scheme is returned as it is.
     */
    static String withoutAngleBrackets(String token) {
        if (token.length() < 6 || token.charAt(0) != '<') {
            return token;
        }
        int scheme = token.indexOf("://");
        int close = token.indexOf('>');
        if (scheme < 2 || close < scheme) {
            return token;
        }
        for (int i = 1; i < scheme; i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 1 && (c == '+' || c >= '0' && c <= '9'))) {
                return token;
            }
        }
        return token.substring(1, close) + token.substring(close + 1);
    }

    /**
     * Reads every endpoint in a value that may list several, separated by commas, semicolons or white space
     * (origins, broker lists); a space inside angle brackets is template text, not a separator
     * ({@code https://dev-<DEV ID>.okta.com}). Database URLs ({@code jdbc:}, {@code r2dbc:}, {@code postgresql://},
     * {@code mysql://}, {@code mongodb://}, {@code redis://} and their relatives) are left out: the
     * {@code database} gate judges them. At most the first {@value #MAX_SCAN} characters and
     * {@value #MAX_TOKENS} items are read.
     *
     * @param value the value
     * @param allowBareHosts whether items without {@code scheme://} may be read as hosts
     * @return the endpoints, in order
     */
    public static List<Endpoint> parseAll(String value, boolean allowBareHosts) {
        List<Endpoint> endpoints = new ArrayList<>(1);
        int length = Math.min(value.length(), MAX_SCAN);
        int tokens = 0;
        int start = 0;
        boolean bracket = false;
        for (int i = 0; i <= length && tokens < MAX_TOKENS; i++) {
            char c = i < length ? value.charAt(i) : ',';
            if (c == '<') {
                bracket = true;
            } else if (c == '>') {
                bracket = false;
            }
            if (i < length && bracket && c == ' ') {
                continue;
            }
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
                int from = start;
                int to = i;
                // a JSON list (pydantic's CORS_ORIGINS=["https://a.example","https://b.example"]): brackets and quotes
                // around an item are the list's, not the URL's; a bare IPv6 literal ([::1]:8080) keeps its bracket
                while (from < to && (value.charAt(from) == '"' || value.charAt(from) == '\''
                        || value.charAt(from) == '[' && from + 1 < to
                                && (value.charAt(from + 1) == '"' || value.charAt(from + 1) == '\''))) {
                    from++;
                }
                while (to > from && (value.charAt(to - 1) == '"' || value.charAt(to - 1) == '\''
                        || value.charAt(to - 1) == ']' && to - 2 >= from
                                && (value.charAt(to - 2) == '"' || value.charAt(to - 2) == '\''))) {
                    to--;
                }
                if (allowBareHosts && to - from > 1 && value.charAt(from) == '.' && value.charAt(from + 1) != '.') {
                    from++; // Django's ".example.com": the domain and its subdomains
                }
                if (to > from) {
                    tokens++;
                    String token = withoutAngleBrackets(value.substring(from, to));
                    if (!isDatabaseUrl(token) && (allowBareHosts || token.contains("://"))) {
                        Endpoint endpoint = readSafely(token, allowBareHosts);
                        if (endpoint != null) {
                            endpoints.add(endpoint);
                        }
                    }
                }
                start = i + 1;
            }
        }
        return endpoints;
    }

    /**
     * Whether a value is a database URL, which the {@code database} gate judges.
     *
     * @param value the value
     * @return {@code true} for {@code jdbc:}, {@code r2dbc:} and database schemes
     */
    public static boolean isDatabaseUrl(String value) {
        String text = value.strip();
        int separator = text.indexOf(':');
        if (separator <= 0 || separator > LONGEST_DATABASE_SCHEME) {
            return false;
        }
        char first = text.charAt(0);
        boolean asciiFirst = first < 0x80;
        if (separator <= 5 && (!asciiFirst || (first | 0x20) == 'h')
                && AsciiCase.regionIs(text, 0, "https", separator)) {
            return false;
        }
        for (String scheme : DATABASE_SCHEME_LIST) {
            if (scheme.length() == separator && (!asciiFirst || (first | 0x20) == scheme.charAt(0))
                    && AsciiCase.regionIs(text, 0, scheme)) {
                return true;
            }
        }
        return false;
    }

    /** The schemes of STUN and TURN URIs (RFC 7064, RFC 7065), written without {@code //}. */
    private static final String[] ICE_SCHEMES = {"stun", "stuns", "turn", "turns"};

    /**
     * The length of a STUN or TURN URI's scheme ({@code turn:turn.acme.io:3478?transport=udp},
     * {@code stun:stun.l.google.com:19302}): the servers a WebRTC page is handed, written {@code scheme:host:port}
     * without {@code //}. 0 for any other value.
     */
    private static int iceSchemeLength(String value) {
        for (String scheme : ICE_SCHEMES) {
            int length = scheme.length();
            if (value.length() > length + 1 && value.charAt(length) == ':' && value.charAt(length + 1) != '/'
                    && value.regionMatches(true, 0, scheme, 0, length)) {
                return length;
            }
        }
        return 0;
    }

    private static @Nullable Endpoint read(String text, boolean allowBareHost) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        String scheme = null;
        String rest;
        int separator = value.indexOf("://");
        int ice = separator < 0 ? iceSchemeLength(value) : -1;
        if (ice > 0) {
            scheme = value.substring(0, ice).toLowerCase(Locale.ROOT);
            rest = value.substring(ice + 1);
        } else if (separator > 0) {
            if (separator == 5 && value.regionMatches(true, 0, "https", 0, 5)) {
                scheme = "https";
            } else if (separator == 4 && value.regionMatches(true, 0, "http", 0, 4)) {
                scheme = "http";
            } else {
                String candidate = value.substring(0, separator);
                if (!isScheme(candidate)) {
                    return null;
                }
                scheme = candidate.toLowerCase(Locale.ROOT);
            }
            rest = value.substring(separator + 3);
        } else if (separator == 0) {
            return null;
        } else if (value.startsWith("//")) {
            rest = value.substring(2);
        } else if (allowBareHost && value.indexOf('@') < 0) {
            rest = value;
        } else {
            return null;
        }
        int authorityEnd = authorityEnd(rest, 0);
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String path = "";
        if (authorityEnd >= 0 && rest.charAt(authorityEnd) == '/') {
            int pathEnd = pathEnd(rest, authorityEnd);
            path = pathEnd < 0 ? rest.substring(authorityEnd) : rest.substring(authorityEnd, pathEnd);
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host;
        int port = -1;
        boolean ipv6 = false;
        if (authority.startsWith("[") && !HostNames.squareBracketTemplate(authority)) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = stripZone(authority.substring(1, close));
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return null;
                }
                port = parsePort(after.substring(1));
            }
            ipv6 = true;
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
                host = stripZone(authority);
                ipv6 = true;
            } else if (colon >= 0) {
                host = authority.substring(0, colon);
                port = parsePort(authority.substring(colon + 1));
            } else {
                host = authority;
            }
        }
        if (port == -2) {
            return null;
        }
        if (ipv6) {
            String lower = host.toLowerCase(Locale.ROOT);
            return Ip.parseIpv6(lower) == null ? null : new Endpoint(scheme, lower, port, path);
        }
        if (host.indexOf('.') > 0 && HostNames.capitalWordsLabel(host)
                || scheme != null && (Hosts.isCapitalFillInUrlHost(host) || Hosts.isCapitalSlotName(host))) {
            return new Endpoint(scheme, host, port, path);
        }
        String normalized = normalizeHost(host, scheme == null);
        if (normalized == null) {
            return scheme != null && HostNames.fillInTemplate(host) ? new Endpoint(scheme, host, port, path) : null;
        }
        if (scheme == null && !value.startsWith("//") && port < 0 && normalized.indexOf('.') < 0
                && !normalized.equals("localhost")) {
            return null;
        }
        return new Endpoint(scheme, normalized, port, path);
    }

    /**
     * Whether the host is an IPv4 or IPv6 address rather than a name.
     *
     * @return {@code true} for an IP literal
     */
    public boolean isIpAddress() {
        return Ip.parseIpv4(host) != null || host.indexOf(':') >= 0;
    }

    private static boolean isScheme(String candidate) {
        if (candidate.isEmpty() || candidate.length() > 64 || !isAsciiLetter(candidate.charAt(0))) {
            return false;
        }
        for (int i = 1; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The index of the first {@code /}, {@code ?}, {@code #} or {@code \\} from an index, or -1. */
    private static int authorityEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first {@code ?} or {@code #} from an index, or -1. */
    private static int pathEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** The port, {@code -1} when empty, {@code -2} when it is not a port. */
    private static int parsePort(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.length() > 5) {
            return -2;
        }
        int port = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65535 ? port : -2;
    }

    private static String stripZone(String host) {
        int zone = host.indexOf('%');
        return zone < 0 ? host : host.substring(0, zone);
    }

    private static @Nullable String normalizeHost(String raw, boolean needsLetter) {
        String host = raw;
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
            return null;
        }
        boolean ascii = true;
        boolean letter = false;
        int labelLength = 0;
        for (int i = 0; i < host.length(); ) {
            int c = host.codePointAt(i);
            i += Character.charCount(c);
            if (c == '.') {
                if (labelLength == 0) {
                    return null;
                }
                labelLength = 0;
                continue;
            }
            labelLength++;
            if (labelLength > MAX_LABEL_LENGTH) {
                return null;
            }
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    letter = true;
                } else if (!(c >= '0' && c <= '9') && c != '-' && c != '_') {
                    return null;
                }
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                ascii = false;
                letter = true;
            } else {
                return null;
            }
        }
        if (needsLetter && !letter && Ip.parseIpv4(host) == null) {
            return null;
        }
        if (!ascii) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException notConvertible) {
                // keep the Unicode form: labels are still compared word by word
            }
        }
        return host.toLowerCase(Locale.ROOT);
    }

    /**
     * The scheme, host and port, and only the length of the path, which can hold a credential.
     *
     * @return the description
     */
    /**
     * Whether the other endpoint has equal components, as a record's own equality (written out: the record's
     * generated one is linked through {@code ObjectMethods} on first use, which a cold CLI run paid).
     *
     * @param other another object
     * @return {@code true} for an endpoint of equal scheme, host, port and path
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Endpoint that && port == that.port && java.util.Objects.equals(scheme, that.scheme)
                && java.util.Objects.equals(host, that.host) && java.util.Objects.equals(path, that.path);
    }

    /**
     * The hash of the components, computed as a record's generated one is ({@code 31 * h + hash(component)} in
     * declaration order), so a map of endpoints keeps its order.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        int hash = java.util.Objects.hashCode(scheme);
        hash = 31 * hash + java.util.Objects.hashCode(host);
        hash = 31 * hash + Integer.hashCode(port);
        return 31 * hash + java.util.Objects.hashCode(path);
    }

    @Override
    public String toString() {
        return "Endpoint[scheme=" + scheme + ", host=" + host + ", port=" + port + ", path=" + path.length()
                + " chars]";
    }
}

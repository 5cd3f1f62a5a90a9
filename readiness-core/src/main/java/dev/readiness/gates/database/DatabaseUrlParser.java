package dev.readiness.gates.database;

import dev.readiness.gates.database.DatabaseUrl.Form;
import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.gates.required.Placeholders;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses database URLs into {@link DatabaseUrl}. Errors say what is wrong and where, never quoting the text. Not
 * recursive, linear in the input, so no input can exhaust the stack or take long.
 */
final class DatabaseUrlParser {

    /** Longer texts are not database URLs; rejecting them keeps parsing cheap. */
    static final int MAX_LENGTH = 16_384;

    private static final List<String> JDBC_WRAPPERS = List.of(
            "aws-wrapper:", "p6spy:", "log4jdbc:", "otel:", "opentelemetry:", "datadog:", "dd:");

    /** The mutable state of one parse; the password lives here only until the {@link DatabaseUrl} is built. */
    static final class Draft {
        Vendor vendor = Vendor.OTHER;
        Form form = Form.URI;
        final List<HostPort> hosts = new ArrayList<>();
        @Nullable String database;
        @Nullable String user;
        @Nullable String password;
        Tls tls = Tls.UNSPECIFIED;
        boolean embedded;
        boolean inMemory;
        boolean testcontainers;
        boolean tnsAlias;
        final Map<String, String> params = new HashMap<>();
    }

    /** A parse error; carries a message that never quotes the input. */
    private static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private DatabaseUrlParser() {
    }

    static ParseResult parse(@Nullable String raw) {
        if (raw == null) {
            return ParseResult.failure("is missing");
        }
        try {
            return ParseResult.success(new DatabaseUrl(parseDraft(raw)));
        } catch (Failure failure) {
            return ParseResult.failure(failure.getMessage());
        } catch (RuntimeException unexpected) {
            return ParseResult.failure("could not be parsed (" + unexpected.getClass().getSimpleName() + ")");
        }
    }

    private static Draft parseDraft(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new Failure("is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Failure("is longer than " + MAX_LENGTH + " characters, which no database URL is");
        }
        checkCharacters(text);
        if (Placeholders.isUnresolved(text)) {
            throw new Failure("is an unresolved placeholder or template value, not a URL");
        }
        int placeholder = text.indexOf("${");
        if (placeholder >= 0 && text.indexOf('}', placeholder) > placeholder) {
            throw new Failure(at("contains an unresolved ${…} placeholder", placeholder));
        }
        placeholder = text.indexOf("{{");
        if (placeholder >= 0 && text.indexOf("}}", placeholder) > placeholder) {
            throw new Failure(at("contains an unresolved {{…}} template expression", placeholder));
        }
        Draft draft = new Draft();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            draft.form = Form.JDBC;
            jdbc(draft, text.substring(5));
        } else if (lower.startsWith("r2dbc:") || lower.startsWith("r2dbcs:")) {
            draft.form = Form.URI;
            r2dbc(draft, text);
        } else if (lower.startsWith("file:") && !lower.startsWith("file://")) {
            draft.form = Form.URI;
            embeddedFile(draft, Vendor.SQLITE, text.substring(5));
        } else if (schemeEnd(lower) > 0) {
            draft.form = Form.URI;
            int end = schemeEnd(lower);
            uri(draft, lower.substring(0, end), text.substring(end + 3));
        } else if (text.indexOf('=') > 0) {
            draft.form = Form.KEY_VALUE;
            keyValue(draft, text);
        } else if (looksLikeHost(text)) {
            draft.form = Form.HOST;
            hostList(draft, text);
        } else {
            throw new Failure("is not a JDBC URL, a database URI, a key=value connection string or a host");
        }
        credentialsFromParams(draft);
        return draft;
    }

    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                throw new Failure(at("contains a control character", i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new Failure(at("contains an unpaired UTF-16 surrogate", i));
                }
            } else if (Character.isLowSurrogate(c)) {
                throw new Failure(at("contains an unpaired UTF-16 surrogate", i));
            }
        }
    }

    private static String at(String what, int index) {
        return what + " at character " + (index + 1);
    }

    private static int schemeEnd(String lower) {
        int end = lower.indexOf("://");
        if (end <= 0 || end > 40) {
            return -1;
        }
        char first = lower.charAt(0);
        if (first < 'a' || first > 'z') {
            return -1;
        }
        for (int i = 1; i < end; i++) {
            char c = lower.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return end;
    }

    // ---------------------------------------------------------------- JDBC

    private static void jdbc(Draft draft, String rest) {
        String remaining = rest;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String lower = remaining.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tc:")) {
                draft.testcontainers = true;
                remaining = remaining.substring(3);
                stripped = true;
                continue;
            }
            for (String wrapper : JDBC_WRAPPERS) {
                if (lower.startsWith(wrapper)) {
                    remaining = remaining.substring(wrapper.length());
                    stripped = true;
                    break;
                }
            }
        }
        int colon = remaining.indexOf(':');
        if (colon <= 0) {
            throw new Failure("has no subprotocol after jdbc: (such as postgresql, mysql or sqlserver)");
        }
        String sub = remaining.substring(0, colon).toLowerCase(Locale.ROOT);
        String after = remaining.substring(colon + 1);
        if (draft.testcontainers && !after.startsWith("/")) {
            int tagEnd = after.indexOf(':');
            if (tagEnd >= 0) {
                after = after.substring(tagEnd + 1); // the image tag, as in jdbc:tc:postgresql:15:///orders
            }
        }
        switch (sub) {
            case "postgresql", "postgres", "pgsql", "pg" -> postgresJdbc(draft, after);
            case "mysql", "mysql+srv", "mariadb", "mysqlx" -> mysqlJdbc(draft, sub, after);
            case "sqlserver" -> sqlServerJdbc(draft, after);
            case "jtds" -> jtds(draft, after);
            case "oracle" -> oracle(draft, after);
            case "h2" -> h2(draft, after);
            case "hsqldb" -> hsqldb(draft, after);
            case "derby" -> derby(draft, after);
            case "sqlite" -> sqlite(draft, after);
            case "db2" -> {
                draft.vendor = Vendor.DB2;
                db2(draft, after);
            }
            default -> other(draft, after);
        }
        if (draft.testcontainers) {
            draft.hosts.clear();
        }
    }

    private static void postgresJdbc(Draft draft, String after) {
        draft.vendor = Vendor.POSTGRESQL;
        if (after.startsWith("//")) {
            authority(draft, after.substring(2));
        } else {
            int query = after.indexOf('?');
            String name = query < 0 ? after : after.substring(0, query);
            if (name.startsWith("/")) {
                name = name.substring(1);
            }
            draft.database = name.isEmpty() ? null : decode(name);
            if (query >= 0) {
                query(draft, after.substring(query + 1), '&');
            }
        }
        if (draft.hosts.isEmpty() && !isCloudSqlConnector(draft)) {
            draft.hosts.add(new HostPort("localhost", 0));
        }
        draft.tls = postgresTls(draft, Tls.UNSPECIFIED);
    }

    private static boolean isCloudSqlConnector(Draft draft) {
        String factory = draft.params.get("socketfactory");
        return draft.params.containsKey("cloudsqlinstance")
                || factory != null && factory.toLowerCase(Locale.ROOT).contains("cloud.sql");
    }

    private static Tls postgresTls(Draft draft, Tls fallback) {
        if (isCloudSqlConnector(draft)) {
            return Tls.CONNECTOR;
        }
        Tls tls = genericTls(draft, fallback);
        String ssl = draft.params.get("ssl");
        if (tls == Tls.REQUIRED && ssl != null && truthy(ssl) && !draft.params.containsKey("sslmode")
                && draft.form == Form.JDBC) {
            return Tls.VERIFIED; // pgJDBC: ssl=true means sslmode=verify-full
        }
        return tls;
    }

    private static void mysqlJdbc(Draft draft, String sub, String after) {
        draft.vendor = sub.startsWith("mariadb") ? Vendor.MARIADB : Vendor.MYSQL;
        String rest = after;
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String mode : List.of("replication:", "loadbalance:", "sequential:", "aurora:", "failover:",
                "load-balance-read-only:")) {
            if (lower.startsWith(mode)) {
                rest = rest.substring(mode.length());
                break;
            }
        }
        if (!rest.startsWith("//")) {
            throw new Failure("expects // and a host after jdbc:" + sub + ":");
        }
        authority(draft, rest.substring(2));
        if (draft.hosts.isEmpty() && !isCloudSqlConnector(draft)) {
            draft.hosts.add(new HostPort("localhost", 0));
        }
        draft.tls = isCloudSqlConnector(draft) ? Tls.CONNECTOR : genericTls(draft, Tls.UNSPECIFIED);
    }

    private static void sqlServerJdbc(Draft draft, String after) {
        draft.vendor = Vendor.SQLSERVER;
        if (!after.startsWith("//")) {
            throw new Failure("expects // after jdbc:sqlserver:");
        }
        String rest = after.substring(2);
        int semi = rest.indexOf(';');
        String server = semi < 0 ? rest : rest.substring(0, semi);
        if (semi >= 0) {
            properties(draft, rest.substring(semi + 1), ';');
        }
        if (server.isBlank()) {
            server = draft.params.getOrDefault("servername", "");
        }
        int port = port(draft.params.getOrDefault("portnumber", draft.params.getOrDefault("port", "")));
        sqlServerHost(draft, server, port);
        draft.database = firstParam(draft, "databasename", "database");
        draft.tls = sqlServerTls(draft);
    }

    private static void sqlServerHost(Draft draft, String server, int defaultPort) {
        String host = server.strip();
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp:")) {
            host = host.substring(4).strip();
        } else if (lower.startsWith("np:") || lower.startsWith("lpc:") || lower.startsWith("admin:")) {
            draft.hosts.add(new HostPort("localhost", 0));
            return;
        }
        if (host.toLowerCase(Locale.ROOT).startsWith("(localdb)")) {
            draft.embedded = true; // SQL Server Express LocalDB: a developer-only engine started on demand
            return;
        }
        if (host.isEmpty()) {
            draft.hosts.add(new HostPort("localhost", defaultPort));
            return;
        }
        int port = defaultPort;
        int comma = host.indexOf(',');
        if (comma >= 0) {
            port = port(host.substring(comma + 1).strip());
            host = host.substring(0, comma).strip();
        }
        int backslash = host.indexOf('\\');
        String instancePart = "";
        if (backslash >= 0) {
            instancePart = host.substring(backslash + 1);
            host = host.substring(0, backslash);
        }
        int colon = host.startsWith("[") ? host.indexOf(':', Math.max(0, host.indexOf(']'))) : host.lastIndexOf(':');
        if (colon < 0) {
            colon = instancePart.indexOf(':');
            if (colon >= 0) {
                port = port(instancePart.substring(colon + 1));
            }
        } else if (host.indexOf(':') == colon || host.startsWith("[")) {
            port = port(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else {
            validateHost(host);
        }
        draft.hosts.add(new HostPort(host.equals(".") || host.equalsIgnoreCase("(local)") ? "localhost" : host,
                port));
    }

    private static Tls sqlServerTls(Draft draft) {
        String encrypt = draft.params.get("encrypt");
        String trust = draft.params.get("trustservercertificate");
        boolean trusting = trust != null && truthy(trust);
        if (encrypt == null) {
            // mssql-jdbc 10.1+ and Microsoft.Data.SqlClient 4.0+ encrypt by default
            return trusting ? Tls.REQUIRED : Tls.VERIFIED;
        }
        Tls tls = tlsValue(encrypt);
        if (tls == Tls.OPTIONAL) {
            return Tls.DISABLED; // encrypt=optional: the client does not ask for encryption
        }
        if (tls == Tls.REQUIRED && !trusting) {
            return Tls.VERIFIED;
        }
        return tls == null ? Tls.UNSPECIFIED : tls;
    }

    private static void jtds(Draft draft, String after) {
        draft.vendor = Vendor.SQLSERVER;
        String lower = after.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("sqlserver://")) {
            rest = after.substring("sqlserver://".length());
        } else if (lower.startsWith("sybase://")) {
            draft.vendor = Vendor.OTHER;
            rest = after.substring("sybase://".length());
        } else {
            throw new Failure("expects sqlserver:// or sybase:// after jdbc:jtds:");
        }
        int semi = rest.indexOf(';');
        String authority = semi < 0 ? rest : rest.substring(0, semi);
        if (semi >= 0) {
            properties(draft, rest.substring(semi + 1), ';');
        }
        int slash = authority.indexOf('/');
        if (slash >= 0) {
            String name = authority.substring(slash + 1);
            draft.database = name.isEmpty() ? null : decode(name);
            authority = authority.substring(0, slash);
        }
        hostList(draft, authority);
        if (draft.database == null) {
            draft.database = firstParam(draft, "databasename");
        }
        String ssl = draft.params.get("ssl");
        if (ssl != null) {
            String value = ssl.toLowerCase(Locale.ROOT);
            draft.tls = switch (value) {
                case "off" -> Tls.DISABLED;
                case "request" -> Tls.OPTIONAL;
                case "require" -> Tls.REQUIRED;
                case "authenticate" -> Tls.VERIFIED;
                default -> Tls.UNSPECIFIED;
            };
        }
    }

    private static void oracle(Draft draft, String after) {
        draft.vendor = Vendor.ORACLE;
        int colon = after.indexOf(':');
        if (colon <= 0) {
            throw new Failure("expects a driver type such as jdbc:oracle:thin:@");
        }
        String spec = after.substring(colon + 1);
        if (spec.startsWith("@")) {
            spec = spec.substring(1);
        } else {
            // the last @ before any query: a password may contain @ (quoted or not), a host never does
            int query = spec.indexOf('?');
            int at = spec.lastIndexOf('@', (query < 0 ? spec.length() : query) - 1);
            if (at < 0) {
                throw new Failure("expects @ before the Oracle host, descriptor or alias");
            }
            String credentials = spec.substring(0, at);
            int slash = credentials.indexOf('/');
            draft.user = emptyToNull(slash < 0 ? credentials : credentials.substring(0, slash));
            if (slash >= 0) {
                draft.password = credentials.substring(slash + 1);
            }
            spec = spec.substring(at + 1);
        }
        oracleSpec(draft, spec.strip());
    }

    private static void oracleSpec(Draft draft, String spec) {
        String rest = spec;
        if (!rest.startsWith("(")) {
            int query = rest.indexOf('?');
            if (query >= 0) {
                query(draft, rest.substring(query + 1), '&');
                rest = rest.substring(0, query);
            }
        }
        if (rest.isEmpty()) {
            throw new Failure("names no Oracle host, descriptor or alias");
        }
        if (rest.startsWith("(")) {
            tns(draft, rest);
            return;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcps://")) {
            draft.tls = Tls.REQUIRED;
            rest = rest.substring(7);
        } else if (lower.startsWith("tcp://")) {
            rest = rest.substring(6);
        }
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            hostList(draft, rest.substring(0, slash));
            String service = rest.substring(slash + 1);
            int serverType = service.indexOf(':');
            if (serverType >= 0) {
                service = service.substring(0, serverType);
            }
            draft.database = emptyToNull(service);
            return;
        }
        String[] parts = rest.split(":", -1);
        if (parts.length == 1) {
            validateHost(rest);
            draft.tnsAlias = true; // resolved from tnsnames.ora or LDAP; hosts unknown here
            draft.database = rest;
        } else if (parts.length == 2) {
            validateHost(parts[0]);
            draft.hosts.add(new HostPort(parts[0], port(parts[1])));
        } else if (parts.length == 3) {
            validateHost(parts[0]);
            draft.hosts.add(new HostPort(parts[0], port(parts[1])));
            draft.database = emptyToNull(parts[2]);
        } else {
            throw new Failure("expects host:port:SID or //host:port/service after @");
        }
    }

    /** Parses an Oracle TNS descriptor such as {@code (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1521))…)}. */
    private static void tns(Draft draft, String descriptor) {
        int depth = 0;
        int i = 0;
        int n = descriptor.length();
        List<String> hostNames = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        boolean allTcps = true;
        boolean anyProtocol = false;
        while (i < n) {
            char c = descriptor.charAt(i);
            if (c == '(') {
                depth++;
                int equals = descriptor.indexOf('=', i + 1);
                if (equals < 0) {
                    throw new Failure(at("has a TNS descriptor entry without '='", i));
                }
                String name = descriptor.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || name.indexOf('(') >= 0 || name.indexOf(')') >= 0) {
                    throw new Failure(at("has a TNS descriptor entry without a name", i));
                }
                int j = equals + 1;
                while (j < n && descriptor.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && descriptor.charAt(j) == '(') {
                    i = j;
                    continue;
                }
                int close = descriptor.indexOf(')', j);
                if (close < 0) {
                    throw new Failure("has unbalanced parentheses in the TNS descriptor");
                }
                String value = descriptor.substring(j, close).strip();
                switch (name) {
                    case "host" -> {
                        validateHost(value);
                        hostNames.add(value);
                    }
                    case "port" -> ports.add(port(value));
                    case "protocol" -> {
                        anyProtocol = true;
                        allTcps &= value.equalsIgnoreCase("tcps");
                    }
                    case "service_name", "sid" -> draft.database = emptyToNull(value);
                    case "ssl_server_cert_dn", "ssl_server_dn_match" -> {
                        // certificate verification settings; TLS itself comes from PROTOCOL=TCPS
                    }
                    default -> {
                        // other descriptor parameters do not matter here
                    }
                }
                depth--;
                i = close + 1;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new Failure(at("has unbalanced parentheses in the TNS descriptor", i));
                }
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                throw new Failure(at("has an unexpected character in the TNS descriptor", i));
            }
        }
        if (depth != 0) {
            throw new Failure("has unbalanced parentheses in the TNS descriptor");
        }
        if (hostNames.isEmpty()) {
            throw new Failure("has a TNS descriptor without HOST");
        }
        for (int k = 0; k < hostNames.size(); k++) {
            draft.hosts.add(new HostPort(hostNames.get(k), k < ports.size() ? ports.get(k) : 0));
        }
        if (anyProtocol && allTcps) {
            draft.tls = Tls.REQUIRED;
        }
    }

    private static void h2(Draft draft, String after) {
        draft.vendor = Vendor.H2;
        int semi = after.indexOf(';');
        String location = semi < 0 ? after : after.substring(0, semi);
        if (semi >= 0) {
            properties(draft, after.substring(semi + 1), ';');
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp://") || lower.startsWith("ssl://")) {
            if (lower.startsWith("ssl://")) {
                draft.tls = Tls.REQUIRED;
            }
            String rest = location.substring(6);
            int slash = rest.indexOf('/');
            hostList(draft, slash < 0 ? rest : rest.substring(0, slash));
            draft.database = slash < 0 ? null : lastSegment(rest.substring(slash + 1));
            return;
        }
        draft.embedded = true;
        if (lower.startsWith("mem:")) {
            draft.inMemory = true;
            draft.database = emptyToNull(location.substring(4));
            return;
        }
        String path = location;
        for (String prefix : List.of("file:", "zip:", "split:", "nio:", "niomapped:", "async:", "memfs:", "memlzf:",
                "retry:", "niomemfs:", "niomemlzf:")) {
            if (path.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                draft.inMemory |= prefix.startsWith("mem") || prefix.startsWith("niomem");
                path = path.substring(prefix.length());
            }
        }
        draft.database = lastSegment(path);
    }

    private static void hsqldb(Draft draft, String after) {
        draft.vendor = Vendor.HSQLDB;
        int semi = after.indexOf(';');
        String location = semi < 0 ? after : after.substring(0, semi);
        if (semi >= 0) {
            properties(draft, after.substring(semi + 1), ';');
        }
        String lower = location.toLowerCase(Locale.ROOT);
        for (String remote : List.of("hsql://", "hsqls://", "http://", "https://")) {
            if (lower.startsWith(remote)) {
                if (remote.equals("hsqls://") || remote.equals("https://")) {
                    draft.tls = Tls.REQUIRED;
                }
                String rest = location.substring(remote.length());
                int slash = rest.indexOf('/');
                hostList(draft, slash < 0 ? rest : rest.substring(0, slash));
                draft.database = slash < 0 ? null : emptyToNull(rest.substring(slash + 1));
                return;
            }
        }
        draft.embedded = true;
        if (lower.startsWith("mem:")) {
            draft.inMemory = true;
            draft.database = emptyToNull(location.substring(4));
        } else {
            String path = lower.startsWith("file:") || lower.startsWith("res:")
                    ? location.substring(location.indexOf(':') + 1) : location;
            draft.database = lastSegment(path);
        }
    }

    private static void derby(Draft draft, String after) {
        draft.vendor = Vendor.DERBY;
        int semi = after.indexOf(';');
        String location = semi < 0 ? after : after.substring(0, semi);
        if (semi >= 0) {
            properties(draft, after.substring(semi + 1), ';');
        }
        if (location.startsWith("//")) {
            String rest = location.substring(2);
            int slash = rest.indexOf('/');
            hostList(draft, slash < 0 ? rest : rest.substring(0, slash));
            draft.database = slash < 0 ? null : lastSegment(rest.substring(slash + 1));
            String ssl = draft.params.get("ssl");
            if (ssl != null) {
                draft.tls = ssl.equalsIgnoreCase("off") ? Tls.DISABLED
                        : ssl.equalsIgnoreCase("peerauthentication") ? Tls.VERIFIED : Tls.REQUIRED;
            }
            return;
        }
        draft.embedded = true;
        String path = location;
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("memory:")) {
            draft.inMemory = true;
            path = path.substring(7);
        } else {
            for (String prefix : List.of("directory:", "classpath:", "jar:")) {
                if (lower.startsWith(prefix)) {
                    path = path.substring(prefix.length());
                    break;
                }
            }
        }
        draft.database = lastSegment(path);
    }

    private static void sqlite(Draft draft, String after) {
        embeddedFile(draft, Vendor.SQLITE, after);
    }

    private static void embeddedFile(Draft draft, Vendor vendor, String location) {
        draft.vendor = vendor;
        draft.embedded = true;
        String lower = location.toLowerCase(Locale.ROOT);
        int query = location.indexOf('?');
        String path = query < 0 ? location : location.substring(0, query);
        if (query >= 0) {
            query(draft, location.substring(query + 1), '&');
        }
        draft.inMemory = lower.isEmpty() || lower.startsWith(":memory:") || lower.startsWith("file::memory:")
                || lower.contains("mode=memory") || lower.startsWith(":resource:memory");
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring(5);
        }
        draft.database = draft.inMemory ? null : lastSegment(path);
    }

    private static void db2(Draft draft, String after) {
        if (!after.startsWith("//")) {
            draft.database = emptyToNull(after); // a catalogued database alias
            return;
        }
        String rest = after.substring(2);
        int slash = rest.indexOf('/');
        hostList(draft, slash < 0 ? rest : rest.substring(0, slash));
        if (slash >= 0) {
            String path = rest.substring(slash + 1);
            int colon = path.indexOf(':');
            int question = path.indexOf('?');
            if (question >= 0 && (colon < 0 || question < colon)) {
                // not Db2 syntax but written by analogy with other URLs: the query is never part of the name
                query(draft, path.substring(question + 1), '&');
                path = path.substring(0, question);
                colon = -1;
            }
            draft.database = emptyToNull(colon < 0 ? path : path.substring(0, colon));
            if (colon >= 0) {
                properties(draft, path.substring(colon + 1), ';');
            }
        }
        String ssl = draft.params.get("sslconnection");
        if (ssl != null) {
            draft.tls = truthy(ssl) ? Tls.REQUIRED : Tls.DISABLED;
        }
    }

    /** Unknown JDBC subprotocols are parsed leniently: a false "unparseable" at boot would be an outage. */
    private static void other(Draft draft, String after) {
        draft.vendor = Vendor.OTHER;
        if (after.startsWith("//")) {
            try {
                authority(draft, after.substring(2));
            } catch (Failure lenient) {
                draft.hosts.clear();
            }
        }
    }

    // ---------------------------------------------------------------- URIs

    private static void r2dbc(Draft draft, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean secure = lower.startsWith("r2dbcs:");
        String rest = text.substring(secure ? 7 : 6);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String l = rest.toLowerCase(Locale.ROOT);
            for (String wrapper : List.of("pool:", "proxy:", "tc:")) {
                if (l.startsWith(wrapper)) {
                    draft.testcontainers |= wrapper.equals("tc:");
                    rest = rest.substring(wrapper.length());
                    stripped = true;
                }
            }
        }
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new Failure("has no driver after r2dbc: (such as postgresql or mysql)");
        }
        String driver = rest.substring(0, colon).toLowerCase(Locale.ROOT);
        String after = rest.substring(colon + 1);
        if (driver.equals("h2")) {
            draft.vendor = Vendor.H2;
            draft.embedded = !after.toLowerCase(Locale.ROOT).startsWith("tcp:");
            draft.inMemory = after.toLowerCase(Locale.ROOT).startsWith("mem:");
            int slashes = after.indexOf("//");
            String path = slashes < 0 ? after.substring(after.indexOf(':') + 1) : after.substring(slashes + 2);
            int query = path.indexOf('?');
            draft.database = lastSegment(query < 0 ? path : path.substring(0, query));
            return;
        }
        if (!after.startsWith("//")) {
            throw new Failure("expects // and a host after r2dbc:" + driver + ":");
        }
        draft.vendor = switch (driver) {
            case "postgresql", "postgres", "pgsql" -> Vendor.POSTGRESQL;
            case "mysql" -> Vendor.MYSQL;
            case "mariadb" -> Vendor.MARIADB;
            case "mssql", "sqlserver" -> Vendor.SQLSERVER;
            case "oracle" -> Vendor.ORACLE;
            default -> Vendor.OTHER;
        };
        authority(draft, after.substring(2));
        if (draft.testcontainers) {
            draft.hosts.clear();
        } else if (draft.hosts.isEmpty()) {
            draft.hosts.add(new HostPort("localhost", 0));
        }
        Tls fallback = secure ? Tls.REQUIRED : Tls.UNSPECIFIED;
        draft.tls = draft.vendor == Vendor.POSTGRESQL ? postgresTls(draft, fallback) : genericTls(draft, fallback);
    }

    private static void uri(Draft draft, String scheme, String rest) {
        String base = scheme;
        boolean srv = false;
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            srv = scheme.substring(plus + 1).equals("srv");
            base = scheme.substring(0, plus); // SQLAlchemy dialect+driver, mongodb+srv
        }
        switch (base) {
            case "postgres", "postgresql", "pgsql", "cockroachdb", "cockroach", "postgis", "timescaledb" ->
                    draft.vendor = Vendor.POSTGRESQL;
            case "mysql", "mysqlx" -> draft.vendor = Vendor.MYSQL;
            case "mariadb" -> draft.vendor = Vendor.MARIADB;
            case "sqlserver", "mssql" -> draft.vendor = Vendor.SQLSERVER;
            case "oracle" -> draft.vendor = Vendor.ORACLE;
            case "mongodb", "mongo" -> draft.vendor = Vendor.MONGODB;
            case "redis", "rediss", "valkey", "valkeys" -> draft.vendor = Vendor.REDIS;
            case "db2", "ibm_db_sa" -> draft.vendor = Vendor.DB2;
            case "sqlite" -> {
                embeddedFile(draft, Vendor.SQLITE, rest.startsWith("/") ? rest.substring(1) : rest);
                return;
            }
            default -> draft.vendor = Vendor.OTHER;
        }
        if (draft.vendor == Vendor.OTHER) {
            other(draft, "//" + rest);
            draft.tls = genericTls(draft, Tls.UNSPECIFIED);
            return;
        }
        authority(draft, rest);
        switch (draft.vendor) {
            case POSTGRESQL -> {
                String socketOrHost = draft.params.get("host");
                if (draft.hosts.isEmpty() && socketOrHost != null && !socketOrHost.isBlank()) {
                    hostList(draft, socketOrHost);
                }
                if (draft.hosts.isEmpty() && !isCloudSqlConnector(draft)) {
                    draft.hosts.add(new HostPort("localhost", 0));
                }
                draft.tls = postgresTls(draft, Tls.UNSPECIFIED);
            }
            case MONGODB -> {
                if (srv && (draft.hosts.size() != 1 || draft.hosts.get(0).port() != 0)) {
                    throw new Failure("uses mongodb+srv:// with more than one host or a port; it takes one host");
                }
                if (draft.hosts.isEmpty()) {
                    throw new Failure("names no MongoDB host");
                }
                Tls tls = genericTls(draft, srv ? Tls.VERIFIED : Tls.UNSPECIFIED);
                String insecure = firstParam(draft, "tlsinsecure", "tlsallowinvalidcertificates",
                        "sslallowinvalidcertificates");
                draft.tls = tls == Tls.VERIFIED && insecure != null && truthy(insecure) ? Tls.REQUIRED : tls;
            }
            case REDIS -> {
                if (draft.hosts.isEmpty()) {
                    draft.hosts.add(new HostPort("localhost", 0));
                }
                draft.tls = genericTls(draft, base.equals("rediss") || base.equals("valkeys") ? Tls.VERIFIED : Tls.UNSPECIFIED);
            }
            case SQLSERVER -> {
                draft.tls = sqlServerTls(draft);
                if (draft.database == null) {
                    draft.database = firstParam(draft, "database", "databasename");
                }
            }
            default -> {
                if (draft.hosts.isEmpty() && !isCloudSqlConnector(draft)) {
                    draft.hosts.add(new HostPort("localhost", 0));
                }
                draft.tls = isCloudSqlConnector(draft) ? Tls.CONNECTOR : genericTls(draft, Tls.UNSPECIFIED);
            }
        }
    }

    /** {@code [user[:password]@]host[:port][,host[:port]…][/database][?query]}. */
    private static void authority(Draft draft, String text) {
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

    private static void hostList(Draft draft, String list) {
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
                    throw new Failure("has an empty entry in its host list (host " + index + ")");
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
                    throw new Failure("has a MySQL address entry without key=value (host " + index + ")");
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
                throw new Failure("has a MySQL address entry without host= (host " + index + ")");
            }
            validateHost(host);
            draft.hosts.add(new HostPort(host, port));
            return;
        }
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new Failure("has an IPv6 address without its closing ] (host " + index + ")");
            }
            String host = entry.substring(1, close);
            String after = entry.substring(close + 1);
            int port = 0;
            if (after.startsWith(":")) {
                port = port(after.substring(1));
            } else if (!after.isEmpty()) {
                throw new Failure("has characters after an IPv6 address (host " + index + ")");
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

    private static void validateHost(String host) {
        if (host.isEmpty()) {
            throw new Failure("has an empty host name");
        }
        if (host.length() > 253) {
            throw new Failure("has a host name longer than 253 characters");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
                    || c == ':' || c == '%' || c == '$' || c == '{' || c == '}' || c == '<' || c == '>'
                    || c == '*' || Character.isSurrogate(c);
            if (!allowed) {
                throw new Failure("has a host name with a character that is not allowed in host names");
            }
        }
    }

    private static int port(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (value.length() > 5) {
            throw new Failure("has a port that is not a number between 1 and 65535");
        }
        int port = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new Failure("has a port that is not a number between 1 and 65535");
            }
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) {
            throw new Failure("has a port that is not a number between 1 and 65535");
        }
        return port;
    }

    private static void query(Draft draft, String query, char separator) {
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
    private static void properties(Draft draft, String properties, char separator) {
        for (String pair : split(properties, separator)) {
            String trimmed = pair.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new Failure("has a property without key=value");
            }
            draft.params.put(normalizeKey(trimmed.substring(0, equals)), unquote(trimmed.substring(equals + 1).strip()));
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

    // ---------------------------------------------------------------- key=value connection strings

    private static void keyValue(Draft draft, String text) {
        Map<String, String> entries = text.indexOf(';') >= 0 ? adoEntries(text) : libpqEntries(text);
        draft.params.putAll(entries);
        boolean ado = entries.containsKey("server") || entries.containsKey("datasource")
                || entries.containsKey("initialcatalog") || entries.containsKey("address")
                || entries.containsKey("addr") || entries.containsKey("networkaddress")
                || text.indexOf(';') >= 0 && !entries.containsKey("dbname");
        if (ado) {
            ado(draft, entries);
        } else {
            libpq(draft, entries);
        }
    }

    private static Map<String, String> adoEntries(String text) {
        Map<String, String> entries = new HashMap<>();
        int i = 0;
        int n = text.length();
        int segment = 0;
        while (i < n) {
            int start = i;
            char quote = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    int equals = text.lastIndexOf('=', i);
                    if (equals >= start && text.substring(equals + 1, i).isBlank()) {
                        quote = c;
                    }
                } else if (c == ';') {
                    break;
                }
                i++;
            }
            if (quote != 0) {
                throw new Failure("has an unterminated quoted value in segment " + (segment + 1));
            }
            String part = text.substring(start, Math.min(i, n)).strip();
            i++;
            segment++;
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new Failure("has a segment without key=value (segment " + segment + ")");
            }
            entries.put(normalizeKey(part.substring(0, equals)), unquote(part.substring(equals + 1).strip()));
        }
        return entries;
    }

    private static Map<String, String> libpqEntries(String text) {
        Map<String, String> entries = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int keyStart = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String key = text.substring(keyStart, i);
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) != '=' || key.isEmpty()) {
                throw new Failure(at("expects key=value", keyStart));
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '\'') {
                int open = i;
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        value.append(text.charAt(i + 1));
                        i += 2;
                    } else if (c == '\'') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    throw new Failure(at("has an unterminated quoted value", open));
                }
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        value.append(text.charAt(i + 1));
                        i += 2;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
            }
            entries.put(normalizeKey(key), value.toString());
        }
        return entries;
    }

    private static void libpq(Draft draft, Map<String, String> entries) {
        draft.vendor = Vendor.POSTGRESQL;
        String hosts = entries.getOrDefault("host", entries.getOrDefault("hostaddr", ""));
        hostList(draft, hosts);
        String ports = entries.get("port");
        if (ports != null && !ports.isBlank()) {
            String[] each = ports.split(",", -1);
            for (int i = 0; i < draft.hosts.size(); i++) {
                String port = each.length == 1 ? each[0] : i < each.length ? each[i] : "";
                draft.hosts.set(i, new HostPort(draft.hosts.get(i).host(), port(port)));
            }
        }
        if (draft.hosts.isEmpty()) {
            draft.hosts.add(new HostPort("localhost", port(ports == null || ports.contains(",") ? "" : ports)));
        }
        draft.database = emptyToNull(entries.get("dbname"));
        String requireSsl = entries.get("requiressl");
        draft.tls = postgresTls(draft, requireSsl != null && truthy(requireSsl) ? Tls.REQUIRED : Tls.UNSPECIFIED);
    }

    private static void ado(Draft draft, Map<String, String> entries) {
        String server = firstParam(draft, "server", "datasource", "address", "addr", "networkaddress", "host");
        draft.database = firstParam(draft, "database", "initialcatalog");
        String lowerServer = server == null ? "" : server.strip().toLowerCase(Locale.ROOT);
        if (entries.containsKey("host") && !entries.containsKey("server")) {
            draft.vendor = Vendor.POSTGRESQL; // Npgsql
            hostList(draft, server == null ? "" : server);
            applyPort(draft, entries.get("port"));
            if (draft.hosts.isEmpty()) {
                draft.hosts.add(new HostPort("localhost", 0));
            }
            draft.tls = postgresTls(draft, Tls.UNSPECIFIED);
            String trust = entries.get("trustservercertificate");
            if (draft.tls == Tls.VERIFIED && trust != null && truthy(trust)) {
                draft.tls = Tls.REQUIRED;
            }
        } else if (lowerServer.startsWith("(") && !lowerServer.startsWith("(local")) {
            draft.vendor = Vendor.ORACLE;
            tns(draft, server.strip());
        } else if (lowerServer.equals(":memory:") || lowerServer.endsWith(".db") || lowerServer.endsWith(".sqlite")
                || lowerServer.endsWith(".sqlite3") || lowerServer.endsWith(".db3")) {
            embeddedFile(draft, Vendor.SQLITE, server.strip());
        } else if (entries.containsKey("port") || entries.containsKey("sslmode")) {
            draft.vendor = Vendor.MYSQL; // MySqlConnector / Connector/NET
            if (server == null || server.isBlank()) {
                throw new Failure("names no server (Server=, Data Source= or Host=)");
            }
            hostList(draft, server);
            applyPort(draft, entries.get("port"));
            draft.tls = genericTls(draft, Tls.UNSPECIFIED);
        } else {
            draft.vendor = Vendor.SQLSERVER;
            if (server == null || server.isBlank()) {
                throw new Failure("names no server (Server=, Data Source= or Host=)");
            }
            sqlServerHost(draft, server, 0);
            draft.tls = sqlServerTls(draft);
        }
    }

    private static void applyPort(Draft draft, @Nullable String port) {
        if (port == null || port.isBlank()) {
            return;
        }
        int value = port(port);
        for (int i = 0; i < draft.hosts.size(); i++) {
            if (draft.hosts.get(i).port() == 0) {
                draft.hosts.set(i, new HostPort(draft.hosts.get(i).host(), value));
            }
        }
    }

    // ---------------------------------------------------------------- shared helpers

    private static void credentialsFromParams(Draft draft) {
        if (draft.user == null) {
            draft.user = emptyToNull(firstParam(draft, "user", "username", "userid", "uid", "username"));
        }
        if (draft.password == null) {
            draft.password = firstParam(draft, "password", "pwd");
        }
        draft.params.remove("password");
        draft.params.remove("pwd");
    }

    private static Tls genericTls(Draft draft, Tls fallback) {
        Tls tls = null;
        String mode = firstParam(draft, "sslmode", "tlsmode");
        if (mode != null) {
            tls = tlsValue(mode);
        }
        if (tls == null) {
            String flag = firstParam(draft, "ssl", "usessl", "tls", "encrypt", "sslenabled", "tlsenabled",
                    "sslconnection");
            if (flag != null) {
                tls = flag.strip().startsWith("{") ? Tls.REQUIRED : tlsValue(flag);
            }
        }
        String require = draft.params.get("requiressl");
        if (require != null && truthy(require) && (tls == null || tls == Tls.OPTIONAL)) {
            tls = Tls.REQUIRED;
        }
        String verify = draft.params.get("verifyservercertificate");
        if (tls == Tls.REQUIRED && verify != null && truthy(verify)) {
            tls = Tls.VERIFIED;
        }
        String accept = draft.params.get("sslaccept");
        if (accept != null && tls != Tls.DISABLED) {
            tls = accept.equalsIgnoreCase("strict") ? Tls.VERIFIED : tls == null ? Tls.REQUIRED : tls;
        }
        return tls == null ? fallback : tls;
    }

    /** Maps one TLS setting value to a level: {@code disable}/{@code false} → off, {@code verify-full} → verified. */
    static @Nullable Tls tlsValue(String value) {
        String v = normalizeKey(value);
        return switch (v) {
            case "disable", "disabled", "false", "no", "off", "0", "none" -> Tls.DISABLED;
            case "allow", "prefer", "preferred", "optional", "request" -> Tls.OPTIONAL;
            case "require", "required", "true", "yes", "on", "1", "trust", "mandatory", "noverify" -> Tls.REQUIRED;
            case "verifyca", "verifyfull", "verifyidentity", "strict", "authenticate" -> Tls.VERIFIED;
            default -> null;
        };
    }

    private static boolean truthy(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("on");
    }

    private static @Nullable String firstParam(Draft draft, String... keys) {
        for (String key : keys) {
            String value = draft.params.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
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

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String lastSegment(String path) {
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

    private static boolean looksLikeHost(String text) {
        if (text.length() > 260) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == ':' || c == '['
                    || c == ']' || c == ',')) {
                return false;
            }
        }
        return true;
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
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

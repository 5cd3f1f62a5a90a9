package dev.readiness.gates.database;

import static dev.readiness.gates.database.UrlSyntax.authority;
import static dev.readiness.gates.database.UrlSyntax.decode;
import static dev.readiness.gates.database.UrlSyntax.emptyToNull;
import static dev.readiness.gates.database.UrlSyntax.hostList;
import static dev.readiness.gates.database.UrlSyntax.lastSegment;
import static dev.readiness.gates.database.UrlSyntax.port;
import static dev.readiness.gates.database.UrlSyntax.properties;
import static dev.readiness.gates.database.UrlSyntax.query;
import static dev.readiness.gates.database.UrlSyntax.validateHost;
import static dev.readiness.gates.database.VendorRules.embeddedFile;
import static dev.readiness.gates.database.VendorRules.firstParam;
import static dev.readiness.gates.database.VendorRules.genericTls;
import static dev.readiness.gates.database.VendorRules.isCloudSqlConnector;
import static dev.readiness.gates.database.VendorRules.postgresTls;
import static dev.readiness.gates.database.VendorRules.sqlServerHost;
import static dev.readiness.gates.database.VendorRules.sqlServerTls;
import static dev.readiness.gates.database.VendorRules.tns;
import static dev.readiness.gates.database.VendorRules.truthy;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code jdbc:} URLs, one method per driver family: PostgreSQL, MySQL/MariaDB, SQL Server and jTDS, Oracle
 * (thin, EZConnect, TNS), H2, HSQLDB, Derby, SQLite, Db2, Testcontainers and wrapper prefixes. Stateless.
 */
final class JdbcReader {

    private static final List<String> JDBC_WRAPPERS = List.of(
            "aws-wrapper:", "p6spy:", "log4jdbc:", "otel:", "opentelemetry:", "datadog:", "dd:");

    private JdbcReader() {
    }

    static void jdbc(Draft draft, String rest) {
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
            throw new ParseFailure("has no subprotocol after jdbc: (such as postgresql, mysql or sqlserver)");
        }
        String sub = remaining.substring(0, colon).toLowerCase(Locale.ROOT);
        for (int i = 0; i < sub.length(); i++) {
            char c = sub.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == '_')) {
                throw new ParseFailure(UrlSyntax.at("has a character that no JDBC subprotocol contains (expected"
                        + " jdbc:name:, such as jdbc:postgresql://host/db)", 5 + i));
            }
        }
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
            throw new ParseFailure("expects // and a host after jdbc:" + sub + ":");
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
            throw new ParseFailure("expects // after jdbc:sqlserver:");
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
            throw new ParseFailure("expects sqlserver:// or sybase:// after jdbc:jtds:");
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
            throw new ParseFailure("expects a driver type such as jdbc:oracle:thin:@");
        }
        String spec = after.substring(colon + 1);
        if (spec.startsWith("@")) {
            spec = spec.substring(1);
        } else {
            // the last @ before any query: a password may contain @ (quoted or not), a host never does
            int query = spec.indexOf('?');
            int at = spec.lastIndexOf('@', (query < 0 ? spec.length() : query) - 1);
            if (at < 0) {
                throw new ParseFailure("expects @ before the Oracle host, descriptor or alias");
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
            throw new ParseFailure("names no Oracle host, descriptor or alias");
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
            throw new ParseFailure("expects host:port:SID or //host:port/service after @");
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
    static void other(Draft draft, String after) {
        draft.vendor = Vendor.OTHER;
        if (after.startsWith("//")) {
            try {
                authority(draft, after.substring(2));
            } catch (ParseFailure lenient) {
                draft.hosts.clear();
            }
        }
    }
}

package dev.readiness.gates.database;

import static dev.readiness.gates.database.UrlSyntax.at;
import static dev.readiness.gates.database.UrlSyntax.emptyToNull;
import static dev.readiness.gates.database.UrlSyntax.hostList;
import static dev.readiness.gates.database.UrlSyntax.normalizeKey;
import static dev.readiness.gates.database.UrlSyntax.port;
import static dev.readiness.gates.database.VendorRules.embeddedFile;
import static dev.readiness.gates.database.VendorRules.firstParam;
import static dev.readiness.gates.database.VendorRules.genericTls;
import static dev.readiness.gates.database.VendorRules.postgresTls;
import static dev.readiness.gates.database.VendorRules.sqlServerHost;
import static dev.readiness.gates.database.VendorRules.sqlServerTls;
import static dev.readiness.gates.database.VendorRules.tns;
import static dev.readiness.gates.database.VendorRules.truthy;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.internal.Quotes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads key=value connection strings: libpq ({@code host=… dbname=…}) and ADO.NET ({@code Server=…;Database=…})
 * for SQL Server, Npgsql, MySqlConnector, Oracle and SQLite. Stateless.
 */
final class KeyValueReader {

    private KeyValueReader() {
    }

    static void keyValue(Draft draft, String text) {
        Map<String, String> entries = text.indexOf(';') >= 0 || dataSourceAlone(text) ? adoEntries(text)
                : libpqEntries(text);
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

    /** The PHP Data Objects drivers whose DSN this reader reads, each with the colon after it. */
    private static final java.util.List<String> PDO_DRIVERS = java.util.List.of("mysql:", "pgsql:", "sqlsrv:");

    /**
     * The driver of a PHP Data Objects DSN ({@code mysql:host=db;port=3306;dbname=app},
     * {@code pgsql:host=db;dbname=app}, {@code sqlsrv:Server=db;Database=app}): the driver's name, a colon and
     * {@code key=value} entries, no {@code //}. Read as a URI, {@code mysql:host=db} named no host and read as the local
     * machine (forty-fourth pass: AtoM's {@code ATOM_MYSQL_DSN=mysql:host=percona;…} was a loopback PostgreSQL).
     *
     * @param lower the whole value in lower case
     * @return the driver's name, or {@code null} for any other text
     */
    static @Nullable String pdoDriver(String lower) {
        for (String driver : PDO_DRIVERS) {
            if (lower.startsWith(driver) && lower.indexOf('=', driver.length()) > driver.length()
                    && !lower.startsWith("//", driver.length())) {
                return driver.substring(0, driver.length() - 1);
            }
        }
        return null;
    }

    /**
     * Reads the entries of a PHP Data Objects DSN after its driver: MySQL's {@code host}, {@code port},
     * {@code dbname} and {@code unix_socket} (no host is the local server, as the driver connects), PostgreSQL's libpq
     * entries, SQL Server's ADO.NET ones.
     *
     * @param draft the draft to fill
     * @param driver {@code mysql}, {@code pgsql} or {@code sqlsrv}
     * @param entriesText the text after the driver's colon
     */
    static void pdo(Draft draft, String driver, String entriesText) {
        Map<String, String> entries = adoEntries(entriesText);
        draft.params.putAll(entries);
        switch (driver) {
            case "pgsql" -> libpq(draft, entries);
            case "sqlsrv" -> ado(draft, entries);
            default -> pdoMysql(draft, entries);
        }
    }

    /** MySQL's {@code host}, {@code port}, {@code dbname} and {@code unixsocket}; no host is the local server. */
    private static void pdoMysql(Draft draft, Map<String, String> entries) {
        draft.vendor = Vendor.MYSQL;
        String host = entries.get("host");
        String socket = entries.get("unixsocket");
        if (host != null && !host.isBlank()) {
            hostList(draft, host);
            applyPort(draft, entries.get("port"));
        } else {
            draft.hosts.add(new HostPort(socket != null && !socket.isBlank() ? socket.strip() : "localhost",
                    port(entries.getOrDefault("port", ""))));
        }
        draft.database = emptyToNull(entries.get("dbname"));
        draft.tls = genericTls(draft, Tls.UNSPECIFIED);
    }

    /**
     * The driver of a Perl DBI data source whose server this reader reads ({@code dbi:mysql:database=app;host=db},
     * {@code DBI:Pg:dbname=app;host=db}, {@code dbi:MariaDB:app}, {@code dbi:SQLite:dbname=app.db}), lower-cased as
     * PDO's ({@code mysql}, {@code pgsql}) or {@code sqlite}, or {@code null} for any other text: DBI's {@code dbi:}, the driver, a colon and the driver's
     * own attributes, no {@code //}. Read as a URI, {@code dbi:} was a scheme with no host and judged nothing.
     *
     * @param lower the whole value in lower case
     * @return {@code mysql}, {@code pgsql} or {@code sqlite}, or {@code null}
     */
    static @Nullable String dbiDriver(String lower) {
        if (lower.length() < 8 || lower.charAt(0) != 'd' || !lower.startsWith("dbi:")) {
            return null;
        }
        return lower.startsWith("dbi:mysql:") || lower.startsWith("dbi:mariadb:") ? "mysql"
                : lower.startsWith("dbi:pg:") ? "pgsql" : lower.startsWith("dbi:sqlite:") ? "sqlite" : null;
    }

    /**
     * Reads a Perl DBI data source after {@code dbi:}: DBD::Pg's libpq attributes ({@code dbname=…;host=…;port=…}),
     * DBD::mysql's and DBD::MariaDB's ({@code database=…;host=…;port=…;mysql_socket=…}) or their short form
     * {@code database[:host[:port]]} (also {@code database@host:port}). No host is the local server, as both drivers
     * connect then (DBD::Pg through libpq's socket, DBD::mysql through the local socket): OTRS's
     * {@code DatabaseDSN=DBI:Pg:dbname=otrs;} and Libki's {@code dsn=dbi:mysql:libki}.
     *
     * @param draft the draft to fill
     * @param driver {@code mysql}, {@code pgsql} or {@code sqlite}, from {@link #dbiDriver}
     * @param text the whole data source
     */
    static void dbi(Draft draft, String driver, String text) {
        String attributes = text.substring(text.indexOf(':', 4) + 1);
        if (driver.equals("pgsql")) {
            pdo(draft, driver, attributes);
            return;
        }
        if (driver.equals("sqlite")) {
            // DBD::SQLite's dbname (or db, database) is the file: an embedded database, not a local server
            Map<String, String> entries = adoEntries(attributes);
            String file = entries.getOrDefault("dbname", entries.getOrDefault("database", entries.get("db")));
            embeddedFile(draft, Vendor.SQLITE, file == null ? attributes : file);
            return;
        }
        Map<String, String> entries;
        if (attributes.indexOf('=') >= 0) {
            entries = adoEntries(attributes);
            String socket = entries.get("mysqlsocket");
            if (socket != null) {
                entries.putIfAbsent("unixsocket", socket);
            }
            String database = entries.containsKey("database") ? entries.get("database") : entries.get("db");
            if (database != null) {
                entries.putIfAbsent("dbname", database);
            }
        } else {
            entries = new HashMap<>();
            int at = attributes.indexOf('@');
            int colon = attributes.indexOf(':');
            int cut = at >= 0 ? at : colon;
            entries.put("dbname", cut < 0 ? attributes : attributes.substring(0, cut));
            if (cut >= 0) {
                String address = attributes.substring(cut + 1);
                int port = address.indexOf(':');
                entries.put("host", port < 0 ? address : address.substring(0, port));
                if (port >= 0) {
                    entries.put("port", address.substring(port + 1));
                }
            }
        }
        pdoMysql(draft, entries);
    }

    /**
     * Whether the text is one ADO.NET entry {@code Data Source=…} with nothing after it: SQLite's whole connection
     * string ({@code Data Source=app.db}) has no {@code ;}, and its key holds a space that libpq's
     * {@code key=value key=value} form cannot have.
     */
    private static boolean dataSourceAlone(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (!text.regionMatches(true, start, "data source", 0, 11)) {
            return false;
        }
        int i = start + 11;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '=';
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
                throw new ParseFailure("has an unterminated quoted value in segment " + (segment + 1));
            }
            String part = text.substring(start, Math.min(i, n)).strip();
            i++;
            segment++;
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new ParseFailure("has a segment without key=value (segment " + segment + ")");
            }
            entries.put(normalizeKey(part.substring(0, equals)), Quotes.unquoted(part.substring(equals + 1).strip()));
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
                throw new ParseFailure(at("expects key=value", keyStart));
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
                    throw new ParseFailure(at("has an unterminated quoted value", open));
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
                throw new ParseFailure("names no server (Server=, Data Source= or Host=)");
            }
            hostList(draft, server);
            applyPort(draft, entries.get("port"));
            draft.tls = genericTls(draft, Tls.UNSPECIFIED);
        } else {
            draft.vendor = Vendor.SQLSERVER;
            if (server == null || server.isBlank()) {
                throw new ParseFailure("names no server (Server=, Data Source= or Host=)");
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
}

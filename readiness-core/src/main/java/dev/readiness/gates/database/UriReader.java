package dev.readiness.gates.database;

import static dev.readiness.gates.database.JdbcReader.other;
import static dev.readiness.gates.database.UrlSyntax.authority;
import static dev.readiness.gates.database.UrlSyntax.hostList;
import static dev.readiness.gates.database.UrlSyntax.lastSegment;
import static dev.readiness.gates.database.VendorRules.embeddedFile;
import static dev.readiness.gates.database.VendorRules.firstParam;
import static dev.readiness.gates.database.VendorRules.genericTls;
import static dev.readiness.gates.database.VendorRules.isCloudSqlConnector;
import static dev.readiness.gates.database.VendorRules.postgresTls;
import static dev.readiness.gates.database.VendorRules.sqlServerTls;
import static dev.readiness.gates.database.VendorRules.truthy;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import java.util.List;
import java.util.Locale;

/**
 * Reads database URIs: {@code postgresql://}, {@code mysql://}, {@code mongodb+srv://}, {@code rediss://},
 * {@code r2dbc:…}, SQLAlchemy {@code dialect+driver://} and others. Stateless.
 */
final class UriReader {

    private UriReader() {
    }

    static void r2dbc(Draft draft, String text) {
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
            throw new ParseFailure("has no driver after r2dbc: (such as postgresql or mysql)");
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
            throw new ParseFailure("expects // and a host after r2dbc:" + driver + ":");
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

    static void uri(Draft draft, String scheme, String rest) {
        String base = scheme;
        boolean srv = false;
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            srv = scheme.substring(plus + 1).equals("srv");
            base = scheme.substring(0, plus); // SQLAlchemy dialect+driver, mongodb+srv
        }
        switch (base) {
            case "postgres", "postgresql", "pgsql", "pg", "cockroachdb", "cockroach", "postgis", "timescaledb" ->
                    draft.vendor = Vendor.POSTGRESQL;
            case "mysql", "mysqlx", "mysql2" -> draft.vendor = Vendor.MYSQL;
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
                    throw new ParseFailure("uses mongodb+srv:// with more than one host or a port; it takes one host");
                }
                if (draft.hosts.isEmpty()) {
                    throw new ParseFailure("names no MongoDB host");
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
}

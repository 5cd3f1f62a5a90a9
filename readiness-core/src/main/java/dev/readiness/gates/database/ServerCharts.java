package dev.readiness.gates.database;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a chart that deploys a database server: its image ({@code image.repository=yugabytedb/yugabyte},
 * {@code bitnami/postgresql}, {@code mongo}) names a database engine, so its top-level {@code tls.enabled=false}
 * switches TLS off for the server's clients (the YugabyteDB chart, Bitnami's PostgreSQL, MySQL and MongoDB charts).
 * The same switch in an application's chart (a web server's TLS, Tinode's {@code tls.enabled}) is another matter and is
 * not read: without a database image beside it the key says nothing about a database. Stateless.
 */
final class ServerCharts {

    /** Canonical keys of a chart's top-level TLS switch. */
    static final Set<String> TLS_KEYS = Set.of("tlsenabled", "tlsenable", "sslenabled", "sslenable");

    /** The last part of an image repository that names a database server. */
    private static final Set<String> SERVER_IMAGES = Set.of("postgres", "postgresql", "postgresql-repmgr",
            "postgresql-ha", "postgis", "mysql", "mariadb", "mariadb-galera", "mongo", "mongodb", "mongodb-sharded",
            "yugabyte", "cockroach", "cockroachdb", "timescaledb", "timescaledb-ha", "percona-server",
            "percona-server-mongodb", "clickhouse-server", "clickhouse", "cassandra", "scylla", "couchdb", "neo4j",
            "mssql-server", "tidb", "arangodb");

    private ServerCharts() {
    }

    /**
     * Whether a top-level TLS switch sits beside a database server's image.
     *
     * @param setting a setting whose canonical key is one of {@link #TLS_KEYS}
     * @param settings the check's settings
     * @return {@code true} when the chart deploys a database server
     */
    static boolean besideServerImage(Setting setting, Settings settings) {
        Optional<String> image = settings.value("imagerepository");
        if (image.isEmpty()) {
            return false;
        }
        String repository = image.get().strip().toLowerCase(Locale.ROOT);
        int tag = repository.indexOf(':');
        if (tag > 0 && repository.indexOf('/', tag) < 0) {
            repository = repository.substring(0, tag);
        }
        return SERVER_IMAGES.contains(repository.substring(repository.lastIndexOf('/') + 1));
    }
}

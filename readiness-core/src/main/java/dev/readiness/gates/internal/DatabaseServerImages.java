package dev.readiness.gates.internal;

import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a chart's values deploy a database server: its {@code image.repository} ({@code yugabytedb/yugabyte},
 * {@code bitnami/postgresql}, {@code mongo}) names a database engine. The database gate then reads the chart's
 * top-level {@code tls.enabled=false} as the server's TLS for its clients, and the sandbox gate leaves that switch to
 * it. Stateless.
 */
public final class DatabaseServerImages {

    /** The last part of an image repository that names a database server. */
    private static final Set<String> SERVER_IMAGES = Set.of("postgres", "postgresql", "postgresql-repmgr",
            "postgresql-ha", "postgis", "mysql", "mariadb", "mariadb-galera", "mongo", "mongodb", "mongodb-sharded",
            "yugabyte", "cockroach", "cockroachdb", "timescaledb", "timescaledb-ha", "percona-server",
            "percona-server-mongodb", "clickhouse-server", "clickhouse", "cassandra", "scylla", "couchdb", "neo4j",
            "mssql-server", "tidb", "arangodb");

    private DatabaseServerImages() {
    }

    /**
     * Whether the snapshot's {@code image.repository} names a database server.
     *
     * @param settings the check's settings
     * @return {@code true} when the chart deploys a database server
     */
    public static boolean named(Settings settings) {
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

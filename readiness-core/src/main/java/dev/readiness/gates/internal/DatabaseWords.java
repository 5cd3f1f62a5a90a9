package dev.readiness.gates.internal;

import static dev.readiness.gates.internal.WordSets.union;

import java.util.List;
import java.util.Set;

/**
 * The words, as {@link dev.readiness.settings.RelaxedNames#words(String)} splits a setting key, that say a key
 * belongs to a database. Defined once here; the database gate reads keys with them and the sandbox gate leaves
 * such keys to the database gate. Immutable and thread-safe.
 */
public final class DatabaseWords {

    /**
     * Database products, their access layers and migration tools: {@code datasource}, {@code db}, {@code jdbc},
     * {@code postgres}, {@code redis}, {@code flyway}, Elixir's {@code ecto}, a bare {@code sql} section (Temporal's
     * {@code persistence.default.sql.host}, Django templates' {@code SQL_HOST})… A key with one of these words
     * configures a database.
     */
    public static final Set<String> STORES = Set.of(
            "datasource", "datasources", "database", "databases", "db", "jdbc", "r2dbc", "postgres", "postgresql", "pg", "mysql", "mariadb",
            "mongo", "mongodb", "redis", "valkey", "sqlserver", "mssql", "oracle", "flyway", "liquibase", "ecto",
            "sql");

    /**
     * {@link #STORES} and the names of hosted database services and tools ({@code neon}, {@code supabase},
     * {@code planetscale}, {@code rds}, {@code elasticache}, {@code pgbouncer}, {@code sqlalchemy}…) and of other
     * database engines ({@code neo4j}, {@code cassandra}, {@code clickhouse}…): with a URL
     * word ({@code NEON_DATABASE_URL}, {@code UPSTASH_REDIS_URL}) such a key names a database URL. Hosted-service
     * names alone do not make every key of that service a database key ({@code SUPABASE_ANON_KEY} is not).
     */
    public static final Set<String> URL_OWNERS = union(STORES, Set.of(
            "databases", "rediscloud", "redistogo", "cockroach", "cockroachdb", "neon", "supabase", "planetscale",
            "upstash", "pgbouncer", "rds", "aurora", "elasticache", "sqlalchemy", "neo4j", "memgraph", "cassandra",
            "scylla", "scylladb", "couchdb", "couchbase", "clickhouse", "arangodb", "surrealdb", "timescale",
            "timescaledb", "questdb", "db2", "firebird"));

    /**
     * Whether a word of the key names a database store, Grails's and Java EE's camel-case {@code dataSource} (the words
     * {@code data source}) included: the server name of a data source's properties
     * ({@code dataSource.serverName}, a GlassFish pool's {@code jdbc-connection-pool.….property.serverName}) is its
     * database host.
     *
     * @param words a key's lower-case words
     * @return whether one of them names a database store
     */
    public static boolean namesStore(List<String> words) {
        String previous = "";
        for (String word : words) {
            if (STORES.contains(word) || word.equals("source") && previous.equals("data")) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private DatabaseWords() {
    }
}

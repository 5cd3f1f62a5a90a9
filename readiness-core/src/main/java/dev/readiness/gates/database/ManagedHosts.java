package dev.readiness.gates.database;

import java.util.List;
import java.util.Locale;

/**
 * Host names of managed database services that refuse unencrypted connections, as their documentation states: a URL
 * to them without a TLS parameter is still encrypted, only perhaps not verified; and of managed caches reachable
 * only inside the customer's own network. Stateless.
 */
final class ManagedHosts {

    /**
     * Neon, PlanetScale, Aiven, CockroachDB Cloud, Render (external URLs), Upstash, MongoDB Atlas, Azure SQL
     * Database and Azure Database for PostgreSQL/MySQL, DigitalOcean Managed Databases, Timescale Cloud.
     */
    private static final List<String> TLS_ONLY_SUFFIXES = List.of(
            ".neon.tech", ".psdb.cloud", ".aivencloud.com", ".cockroachlabs.cloud", ".render.com", ".upstash.io",
            ".mongodb.net", ".database.windows.net", ".database.azure.com", ".db.ondigitalocean.com",
            ".tsdb.cloud.timescale.com");

    /**
     * Amazon ElastiCache and MemoryDB: their endpoints resolve to addresses inside the customer's VPC and cannot be
     * reached from outside it, so they are private-network hosts whatever their public-looking names.
     */
    private static final List<String> VPC_ONLY_SUFFIXES = List.of(".cache.amazonaws.com", ".cache.amazonaws.com.cn");

    private ManagedHosts() {
    }

    static boolean vpcOnly(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".amazonaws.com") && h.contains(".memorydb.")) {
            return true;
        }
        for (String suffix : VPC_ONLY_SUFFIXES) {
            if (h.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static boolean enforcesTls(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String suffix : TLS_ONLY_SUFFIXES) {
            if (h.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}

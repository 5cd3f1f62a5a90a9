package dev.readiness.gates.database;

import java.util.List;
import java.util.Locale;

/**
 * Host names of managed database services that refuse unencrypted connections, as their documentation states: a URL
 * to them without a TLS parameter is still encrypted, only perhaps not verified. Stateless.
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

    private ManagedHosts() {
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

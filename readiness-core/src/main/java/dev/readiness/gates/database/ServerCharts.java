package dev.readiness.gates.database;

import dev.readiness.gates.internal.DatabaseServerImages;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Set;

/**
 * The values of a chart that deploys a database server: its image ({@code image.repository=yugabytedb/yugabyte},
 * {@code bitnami/postgresql}, {@code mongo}) names a database engine, so its top-level {@code tls.enabled=false}
 * switches TLS off for the server's clients (the YugabyteDB chart, Bitnami's PostgreSQL, MySQL and MongoDB charts).
 * The same switch in an application's chart (a web server's TLS, Tinode's {@code tls.enabled}) is another matter and is
 * not read: without a database image beside it the key says nothing about a database (the sandbox gate reads it as
 * the server's own TLS switch). The image test is {@link DatabaseServerImages}, shared with the sandbox gate, which
 * leaves a database chart's switch to this one. Stateless.
 */
final class ServerCharts {

    /** Canonical keys of a chart's top-level TLS switch. */
    static final Set<String> TLS_KEYS = Set.of("tlsenabled", "tlsenable", "sslenabled", "sslenable");

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
        return DatabaseServerImages.named(settings);
    }
}

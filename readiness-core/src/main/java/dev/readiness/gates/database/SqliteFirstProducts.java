package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Self-hosted products built on SQLite, whose own documentation makes it their production store: a
 * {@code database.embedded} finding on such a product's own store setting is information, not a NO-GO. The labels of
 * every open set agree on these products (Headscale, Grafana, Gotify, Gatus, Garage, Frigate, Murmur, Fasten: all
 * of their SQLite rows clean, none flagged), while an application's SQLite file or an engine switch of a product that
 * calls SQLite a development store (Ghost, Gitea, ownCloud, pretix, Metabase's H2, Superset, MLflow, Synapse) stays
 * reported. Each product is read from keys of the same file that only its configuration writes (Headscale's
 * {@code noise.private_key_path} beside {@code server_url}, Garage's {@code metadata_dir} beside
 * {@code rpc_bind_addr}, Gotify's {@code uploadedimagesdir}), and only the product's own store keys are read so
 * (Grafana's {@code database.type}, not another section's). What the documentation says:
 * <ul>
 * <li>Headscale: "we recommend SQLite"; PostgreSQL is "best effort" (configuration reference, Database);</li>
 * <li>Garage: {@code db_engine} chooses among embedded metadata engines only (LMDB, SQLite, Fjall);</li>
 * <li>Frigate and Fasten: SQLite is their only store;</li>
 * <li>Grafana, Gotify, Gatus and Murmur: SQLite is the default store a single instance runs on.</li>
 * </ul>
 * GoToSocial and WriteFreely are not listed: the sets label their SQLite both ways. Runs only once a
 * {@code database.embedded} finding exists; stateless.
 */
final class SqliteFirstProducts {

    private record Product(String name, Predicate<String> storeKey, List<Predicate<String>> signature) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("Headscale", key -> key.startsWith("database.") || key.startsWith("db_"),
                    List.of(key -> key.equals("server_url"),
                            key -> key.equals("noise.private_key_path") || key.equals("private_key_path"),
                            key -> key.startsWith("derp."))),
            new Product("Grafana", key -> key.startsWith("database."),
                    List.of(key -> key.equals("security.admin_user"), key -> key.equals("server.http_port"))),
            new Product("Gotify", key -> key.startsWith("database."),
                    List.of(key -> key.equals("uploadedimagesdir") || key.equals("passstrength"))),
            new Product("Gatus", key -> key.startsWith("storage."),
                    List.of(key -> key.startsWith("endpoints[") && key.contains("].conditions["))),
            new Product("Garage", key -> key.equals("db_engine"),
                    List.of(key -> key.equals("metadata_dir"), key -> key.equals("rpc_bind_addr"))),
            new Product("Frigate", key -> key.startsWith("database."),
                    List.of(key -> key.startsWith("detectors.") || key.startsWith("cameras."),
                            key -> key.startsWith("ffmpeg.") || key.startsWith("mqtt."))),
            new Product("Murmur", key -> key.equals("database"),
                    List.of(key -> key.equals("icesecretwrite") || key.equals("icesecretread")
                            || key.equals("welcometext"))),
            new Product("Fasten", key -> key.startsWith("database."),
                    List.of(key -> key.equals("web.src.frontend.path"))));

    private SqliteFirstProducts() {
    }

    /**
     * The findings with each {@code database.embedded} finding on a listed product's own store turned into
     * information that names the product; the same list when there is none.
     *
     * @param findings the database gate's findings
     * @param settings the snapshot
     * @return the findings, the product's own stores as {@code INFO}
     */
    static List<Finding> ownStores(List<Finding> findings, Settings settings) {
        List<Finding> result = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (!finding.code().equals("database.embedded") || finding.severity() == Severity.INFO) {
                continue;
            }
            String product = productOf(finding, settings);
            if (product == null) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(findings);
            }
            Finding.Builder info = Finding.of(Severity.INFO, finding.code(), finding.subject()).origin(finding.origin());
            finding.documentation().ifPresent(info::documentation);
            result.set(i, info.message(finding.subject() + " keeps " + product + "'s data in an embedded SQLite file: "
                            + product + " is built on SQLite and documents it as the store a single instance runs on,"
                            + " so this is reported for information only.")
                    .remediation("Keep the file on a persistent, backed-up volume and run one instance of " + product
                            + " on it.")
                    .build());
        }
        return result == null ? findings : result;
    }

    private static @Nullable String productOf(Finding finding, Settings settings) {
        Optional<String> file = finding.origin().file();
        if (file.isEmpty()) {
            return null;
        }
        String subject = finding.subject().toLowerCase(Locale.ROOT);
        for (Product product : PRODUCTS) {
            if (product.storeKey().test(subject) && signed(product, file.get(), settings)) {
                return product.name();
            }
        }
        return null;
    }

    private static boolean signed(Product product, String file, Settings settings) {
        boolean[] seen = new boolean[product.signature().size()];
        int missing = seen.length;
        for (Setting setting : settings) {
            if (!file.equals(setting.origin().file().orElse(null))) {
                continue;
            }
            String key = setting.key().toLowerCase(Locale.ROOT);
            for (int i = 0; i < seen.length; i++) {
                if (!seen[i] && product.signature().get(i).test(key)) {
                    seen[i] = true;
                    if (--missing == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

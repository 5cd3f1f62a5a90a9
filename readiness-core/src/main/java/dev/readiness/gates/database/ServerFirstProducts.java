package dev.readiness.gates.database;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Self-hosted products whose own documentation keeps their embedded store out of production: a
 * {@code database.embedded} finding on such a product's own store setting is a NO-GO in production, not the WARN an
 * application's SQLite file gets (the counterpart of {@link SqliteFirstProducts}). What the documentation says:
 * <ul>
 * <li>Authelia, {@code storage.local.path} (SQLite3): "It's important in highly available scenarios to use one of
 * the other providers, and we highly recommend it in production environments" (Configuration, Storage, SQLite3);</li>
 * <li>Metabase, {@code MB_DB_FILE} (H2): "H2 (default for local demos - AVOID in production)" (Configuring the
 * Metabase application database).</li>
 * </ul>
 * Each product is read from its store key and, where the key alone is not the product's, from keys of the same file
 * that only its configuration writes (Authelia's {@code authentication_backend.*} and {@code access_control.*}).
 * Runs only once a {@code database.embedded} finding is being made; stateless.
 */
final class ServerFirstProducts {

    private record Product(String name, Predicate<String> storeKey, List<Predicate<String>> signature) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("Authelia", key -> key.equals("storage.local.path"),
                    List.of(key -> key.startsWith("authentication_backend."),
                            key -> key.startsWith("access_control."))),
            new Product("Metabase", key -> key.equals("mb_db_file"), List.of()));

    private ServerFirstProducts() {
    }

    /** The product whose own embedded store the setting names, against its documentation's advice, or {@code null}. */
    static @Nullable String advisedAgainst(Setting setting, Settings settings) {
        String key = setting.key().toLowerCase(Locale.ROOT);
        for (Product product : PRODUCTS) {
            if (product.storeKey().test(key) && signed(product, settings)) {
                return product.name();
            }
        }
        return null;
    }

    private static boolean signed(Product product, Settings settings) {
        for (Predicate<String> mark : product.signature()) {
            boolean found = false;
            for (Setting other : settings) {
                if (mark.test(other.key().toLowerCase(Locale.ROOT))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}

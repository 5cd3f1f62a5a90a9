package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The address of the product a file configures, in plain {@code http://} on a public DNS name: the key is that
 * product's name followed by {@code url}, {@code host} or a site or base URL ({@code PAPERLESS_URL},
 * {@code DRONE_HOST}, {@code MAUTIC_SITE_URL}), and the product's name is the first word of at least a third of the
 * file's settings (and of four), so the file is that product's own configuration and the address is the one it
 * writes into its links, redirects and OAuth callbacks. A WARN {@code sandbox.tls-off}: a proxy may also serve the
 * name over HTTPS, but the links the service builds stay plain. A client's setting for another service
 * ({@code KEYCLOAK_URL} in an application's file, whose own words dominate), local, private and template hosts, and a
 * value taken from another key are not read. Stateless.
 */
final class ProductOwnAddresses {

    /** The words between the product's name and {@code url} that keep the key its address. */
    private static final Set<String> ADDRESS_QUALIFIERS = Set.of("base", "site", "public", "server", "external",
            "root"); // before url: paperless base url; alone: paperless url, uri, host
    private static final int MIN_SECTION = 4;

    private ProductOwnAddresses() {
    }

    /**
     * Whether a key's words are a product's name followed by an address word ({@code paperless url}).
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean candidate(List<String> words) {
        int size = words.size();
        if (size < 2 || size > 3 || words.get(0).length() < 3) {
            return false;
        }
        String last = words.get(size - 1);
        if (size == 2) {
            return last.equals("url") || last.equals("uri") || last.equals("host");
        }
        return last.equals("url") && ADDRESS_QUALIFIERS.contains(words.get(1));
    }

    /**
     * The finding on the product's own address in plain HTTP on a public name, or {@code null}.
     *
     * @param references the configuration, for the file's other settings and the keys the value came through
     * @param setting the setting, a {@link #candidate}
     * @param words the key's lower-case words
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(ReferencedValues references, Setting setting, List<String> words,
            Endpoint endpoint) {
        String scheme = endpoint.scheme();
        String host = endpoint.host();
        if (!"http".equals(scheme) || host.indexOf('$') >= 0 || !PlainHttpAddresses.publicName(host)
                || !references.referenced(setting).isEmpty() || !ownProduct(references.settings(), words.get(0))) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " is the address of the product this configuration is for, in plain http on "
                        + "a public name in production: every link it mails and every redirect and sign-in callback "
                        + "it builds sends its users there without TLS.")
                .remediation("Serve the service over HTTPS and write its https:// address in " + setting.key() + ".")
                .build();
    }

    /** Whether the product's name is the first word of at least a third of the settings, and of four. */
    private static boolean ownProduct(Settings settings, String product) {
        int total = 0;
        int section = 0;
        for (Setting other : settings) {
            total++;
            List<String> words = KeyWords.of(other.key());
            if (!words.isEmpty() && words.get(0).equals(product)) {
                section++;
            }
        }
        return section >= MIN_SECTION && section * 3 >= total;
    }
}

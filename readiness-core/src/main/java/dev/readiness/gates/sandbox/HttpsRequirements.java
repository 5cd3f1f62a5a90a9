package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An HTTPS requirement set to {@code none}: Keycloak's realm setting {@code sslRequired: none} (a realm export, the
 * {@code keycloak.json} of an adapter as {@code ssl-required}), whose documented values are {@code all},
 * {@code external} (the default: every address but private ones) and {@code none}, "HTTPS is not required for any
 * client IP address". Logins, codes and tokens of that realm are then accepted over plain HTTP from anywhere. The
 * key's last two words must be a TLS word and {@code required} ({@code sslRequired}, {@code ssl-required},
 * {@code tls_required}); {@code external} and {@code all} stay clean. A WARN, like a force-HTTPS switch turned off
 * ({@link PlainHttpSwitches}): a proxy in front may still refuse plain HTTP. Stateless.
 */
final class HttpsRequirements {

    private static final Set<String> TLS_WORDS = Set.of("ssl", "tls", "https");

    private HttpsRequirements() {
    }

    /**
     * Whether the key says whether the URLs the service hands out are secure: ZITADEL's {@code ExternalSecure}
     * ({@code ZITADEL_EXTERNALSECURE}), "false if you don't use TLS" for the external address browsers and tokens
     * name. Off, every link, redirect and issuer it hands out is plain HTTP, which {@link PlainHttpSwitches} reports
     * as it does {@code PREFERRED_URL_SCHEME=http}.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean externalInsecure(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        return last.equals("externalsecure") || last.equals("secure") && size >= 2
                && words.get(size - 2).equals("external");
    }

    /**
     * The finding on an HTTPS requirement of {@code none}, or {@code null}.
     *
     * @param setting the setting, judged for production, whose stripped value is {@code none} in any case
     * @return a WARN {@code sandbox.tls-off}, or {@code null} when the key is no HTTPS requirement
     */
    static @Nullable Finding judge(Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("required") || !TLS_WORDS.contains(words.get(size - 2))) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " requires HTTPS for no client in production: sign-ins, authorization "
                        + "codes and tokens are accepted over plain HTTP from any address, readable by anyone on the "
                        + "path.")
                .remediation("Set " + setting.key() + " to external (or all); if a proxy in front already refuses "
                        + "plain HTTP, waive this finding.")
                .build();
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials written into the locations of {@code spring.config.import}, {@code spring.config.location} and
 * {@code spring.config.additional-location} in the application's own configuration files: the token of
 * {@code vault://TOKEN@host/…}, the password of {@code configserver:https://user:PASSWORD@host}, and a
 * {@code token=}, {@code password=}, {@code secretKey=} parameter ({@code aws-secretsmanager:app?secretKey=…}). The
 * readers defer what such a location loads, but its own credential is in the file, the artifact and the repository,
 * and usually opens every secret the store holds. Stateless.
 */
final class ImportCredentials {

    /** The location properties in canonical form (no separators, lower case): compared without allocating. */
    private static final List<String> LOCATION_KEYS = List.of("springconfigimport", "springconfiglocation",
            "springconfigadditionallocation");
    /** What every one of {@link #LOCATION_KEYS} starts with. */
    private static final String COMMON_PREFIX = "springconfig";

    private ImportCredentials() {
    }

    /**
     * A credential parameter of a location's query: a holder, compiled only for a configuration location that has a
     * query, not in the initializer every boot runs for the key test {@link #isLocation}.
     */
    private static final class Parameter {

        static final Pattern PATTERN = Pattern.compile(
                "(?i)(?:^|[?&;])([a-z0-9_.-]*(?:password|passwd|pwd|secret|token|key|credential|sig|signature))"
                        + "=([^&;]*)");

        private Parameter() {
        }
    }

    /**
     * Whether a setting is one of Spring Boot's configuration location properties ({@code spring.config.import},
     * {@code spring.config.import[0]}, their relaxed spellings).
     *
     * @param setting a setting
     * @return {@code true} for a location property
     */
    static boolean isLocation(Setting setting) {
        String key = setting.key();
        if (key.length() < 18 || (key.charAt(0) | 0x20) != 's') {
            return false; // most keys: no allocation, no loop
        }
        if (!startsCanonically(key, COMMON_PREFIX)) {
            return false; // spring.datasource.url: one walk instead of one per location key
        }
        for (String location : LOCATION_KEYS) {
            if (isCanonically(key, location)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key is, in canonical form, the location property followed by nothing but an index: separators
     * ({@code . _ - [ ]}) skipped, ASCII case ignored, digits allowed after the name.
     */
    private static boolean startsCanonically(String key, String prefix) {
        int matched = 0;
        for (int i = 0; i < key.length() && matched < prefix.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != prefix.charAt(matched++)) {
                return false;
            }
        }
        return matched == prefix.length();
    }

    private static boolean isCanonically(String key, String canonical) {
        int matched = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            if (matched == canonical.length()) {
                if (c < '0' || c > '9') {
                    return false;
                }
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != canonical.charAt(matched++)) {
                return false;
            }
        }
        return matched == canonical.length();
    }

    /**
     * The first literal credential of a location property's value that passes every check a password gets, judged
     * by {@code judge}; references ({@code ${VAULT_TOKEN}}), placeholders and weak words are not credentials here.
     *
     * @param value the property's value: comma-separated locations
     * @param judge the strength rules
     * @return the credential, or empty
     */
    static Optional<String> credential(String value, SecretStrength judge) {
        if (value.length() > 1 << 16) {
            return Optional.empty();
        }
        for (String location : value.split(",")) {
            for (String candidate : candidates(location.strip())) {
                if (candidate.indexOf('$') < 0 && candidate.indexOf('{') < 0 && judge.isLiteralSecret(candidate)
                        && judge.assess(candidate, SecretPurpose.PASSWORD).isEmpty()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String location) {
        List<String> found = new ArrayList<>(0);
        int scheme = location.indexOf("://");
        if (scheme > 0) {
            int start = scheme + 3;
            int end = start;
            while (end < location.length() && "/?#".indexOf(location.charAt(end)) < 0) {
                end++;
            }
            int at = location.lastIndexOf('@', end - 1);
            if (at > start) {
                String userInfo = location.substring(start, at);
                int colon = userInfo.indexOf(':');
                boolean vault = location.substring(0, scheme).toLowerCase(Locale.ROOT).endsWith("vault");
                if (colon >= 0) {
                    found.add(decoded(userInfo.substring(colon + 1)));
                } else if (vault) {
                    found.add(decoded(userInfo));
                }
            }
        }
        int query = location.indexOf('?');
        if (query >= 0) {
            Matcher matcher = Parameter.PATTERN.matcher(location.substring(query));
            while (matcher.find()) {
                found.add(decoded(matcher.group(2)));
            }
        }
        return found;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }
}

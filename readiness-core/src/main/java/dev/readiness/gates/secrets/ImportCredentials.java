package dev.readiness.gates.secrets;

import dev.readiness.settings.RelaxedNames;
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

    private static final List<String> LOCATION_KEYS = List.of("spring.config.import", "spring.config.location",
            "spring.config.additional-location");

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)(?:^|[?&;])([a-z0-9_.-]*(?:password|passwd|pwd|secret|token|key|credential|sig|signature))"
                    + "=([^&;]*)");

    private ImportCredentials() {
    }

    /**
     * Whether a setting is one of Spring Boot's configuration location properties ({@code spring.config.import},
     * {@code spring.config.import[0]}, their relaxed spellings).
     *
     * @param setting a setting
     * @return {@code true} for a location property
     */
    static boolean isLocation(Setting setting) {
        String key = setting.canonicalKey();
        for (String location : LOCATION_KEYS) {
            String canonical = RelaxedNames.canonical(location);
            if (key.startsWith(canonical) && key.substring(canonical.length()).chars()
                    .allMatch(c -> c >= '0' && c <= '9' || c == '[' || c == ']')) {
                return true;
            }
        }
        return false;
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
            Matcher matcher = PARAMETER.matcher(location.substring(query));
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

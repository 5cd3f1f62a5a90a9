package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;

/**
 * The name of a field of an OAuth 2.0 or OpenID Connect token response ({@code access_token}, {@code id_token},
 * {@code refresh_token}, RFC 6749 section 5.1 and OpenID Connect Core 3.1.3.3) under a key that asks which field to
 * read: Flask-AppBuilder's provider list, which Superset and Airflow configure, writes
 * {@code OAUTH_PROVIDERS[0].token_key = access_token}, Spring Security {@code token-name}, other clients
 * {@code token_field} or {@code token_param}. The protocol's vocabulary is the same in every deployment and is no
 * credential. A key whose last word is not such a selector ({@code ACCESS_TOKEN=access_token}, a key's own name as a
 * stand-in) stays judged. Stateless.
 */
final class ProtocolFieldNames {

    private static final List<String> FIELDS = List.of("access_token", "id_token", "refresh_token");
    private static final List<String> SELECTOR_WORDS = List.of("key", "name", "field", "param", "parameter",
            "attribute", "claim");

    private ProtocolFieldNames() {
    }

    /**
     * Whether the trimmed value names a token response's field under a key that selects one.
     *
     * @param key the setting's key
     * @param trimmed the trimmed value
     * @return {@code true} for a field name under a selector key
     */
    static boolean namesResponseField(String key, String trimmed) {
        if (!FIELDS.contains(trimmed)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return words.size() >= 2 && SELECTOR_WORDS.contains(words.get(words.size() - 1));
    }
}

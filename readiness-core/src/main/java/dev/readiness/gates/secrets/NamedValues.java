package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values of name/value lists, whose name sits in the sibling key: a container's {@code env[0].name=JWT_SECRET} with
 * {@code env[0].value=changeme} (Kubernetes manifests and Helm values flattened to properties), a client's
 * {@code extraHeaders[0].name=Authorization} with {@code extraHeaders[0].value=…}, and the same pair outside a list
 * (Ory Kratos's web hook {@code config.auth.config.name=x-api-key} with {@code config.auth.config.value=…}; thirty-ninth
 * pass). The value is the secret its name says, as the variable or header would be; the finding stays on the value's
 * own key. Stateless.
 */
final class NamedValues {

    /** The ending of every key {@link #name} reads; a caller may test it first and leave this class unloaded. */
    static final String VALUE = ".value";
    /** The ending of every key {@link #namesPairedValue} reads. */
    static final String KEY = ".key";
    private static final int LONGEST_NAME = 128;

    private NamedValues() {
    }

    /**
     * The name a list item or a section gives its value, when the key is {@code ….value} and its sibling
     * {@code name} (or {@code key}) is an identifier.
     *
     * @param settings the settings, for the sibling
     * @param key the value's key
     * @return the name, or {@code null} when the key is no such item or its name is no identifier
     */
    static @Nullable String name(Settings settings, String key) {
        int length = key.length();
        if (length <= VALUE.length() || key.charAt(length - 1) != 'e' || !key.endsWith(VALUE)) {
            return null;
        }
        String item = key.substring(0, length - "value".length());
        Optional<String> name = settings.value(item + "name");
        if (name.isEmpty()) {
            name = settings.value(item + "key");
        }
        return name.filter(NamedValues::isIdentifier).orElse(null);
    }

    /**
     * Whether a key is the name half of such a pair: {@code webapi.key=STEVE-API-KEY} beside {@code webapi.value=}
     * (SteVe's "header key and value for Web API access"), {@code headers[0].key=X-Api-Key} beside
     * {@code headers[0].value=…} (forty-third pass). The value is the name of the header or entry, an identifier
     * however much it reads like a stand-in; the secret is the sibling value, judged under that name. A {@code key}
     * with no {@code value} beside it, or one whose value is no identifier, stays judged as a key; so does a cluster's
     * shared identity, whose header name is half the secret ({@link ServerIdentityKeys}: Nacos's
     * {@code server.identity.key=serverIdentity}).
     *
     * @param settings the settings, for the sibling
     * @param key the key as written
     * @param value its value
     * @return {@code true} for the name of a name/value pair
     */
    static boolean namesPairedValue(Settings settings, String key, String value) {
        int length = key.length();
        if (length <= KEY.length() || !key.endsWith(KEY)) {
            return false;
        }
        return isIdentifier(value.strip()) && settings.contains(key.substring(0, length - "key".length()) + "value");
    }

    /**
     * Whether a name is an HTTP header that carries a credential ({@code Authorization}, {@code Proxy-Authorization}),
     * whose value is the token or password sent with every request.
     *
     * @param name the item's name
     * @return {@code true} for such a header
     */
    static boolean isCredentialHeader(String name) {
        return name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("proxy-authorization");
    }

    /**
     * Whether a key is the value half of an authentication header written as two settings of one section
     * ({@code thingsboard.auth_header_name=X-Auth} beside {@code thingsboard.auth_header_value=…},
     * {@code webhook.authHeaderName} and {@code webhook.authHeaderValue}; forty-fourth pass): the value is sent with
     * every request as the credential. The key's own words before {@code header} or the header's name must say
     * authentication ({@code auth}, {@code authorization}, {@code token}, {@code secret}, {@code api}, {@code key});
     * a response header's value ({@code headers.header-name=X-Frame-Options}, {@code header-value=DENY}) is no secret.
     *
     * @param settings the settings, for the sibling name
     * @param key the key, which ends in {@code value} in any case
     * @return {@code true} for such a header value
     */
    static boolean isAuthHeaderValue(Settings settings, String key) {
        java.util.List<String> words = dev.readiness.gates.internal.KeyWords.of(key);
        int size = words.size();
        if (size < 3 || !words.get(size - 1).equals("value") || !words.get(size - 2).equals("header")) {
            return false;
        }
        String stem = key.substring(0, key.length() - "value".length());
        char v = key.charAt(key.length() - "value".length());
        Optional<String> name = settings.value(stem + (v == 'V' ? (key.endsWith("VALUE") ? "NAME" : "Name") : "name"));
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < size - 2; i++) {
            if (AUTH_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        for (String word : dev.readiness.gates.internal.KeyWords.of(name.get())) {
            if (AUTH_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a header an authentication header. */
    private static final java.util.Set<String> AUTH_WORDS = java.util.Set.of("auth", "authorization", "authentication",
            "token", "secret", "api", "apikey", "key", "signature");

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }
}

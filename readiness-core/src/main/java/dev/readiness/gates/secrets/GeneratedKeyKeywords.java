package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * A key that a product makes itself, asked for by a keyword: Zigbee2MQTT's {@code advanced.network_key: GENERATE}
 * (documented: a random network key is written back on first start), the EUDI verifier's
 * {@code verifier.jar.signing.key=GenerateRandom} (beside its other mode, {@code LoadFromKeystore}). In a product's
 * nested configuration (the key has a section before it) a key named for a key, not a password, secret or token a
 * person types, holding only the words of making one ({@code GENERATE}, {@code RANDOM}, {@code AUTO} in capitals, or
 * {@code Generate}, {@code Random}, {@code Auto} joined in Pascal case) and saying "generate" ({@code GENERATE},
 * {@code AUTOGENERATE}, {@code GenerateRandom}, {@code AutoGenerate}) is a mode, not a placeholder. Hostile testing,
 * thirty-fifth pass: {@code app.encryption.key=RANDOM}, {@code app.jwt.signing.key=Auto} and
 * {@code jwt.secret.key=GENERATE} were GO, though an application that makes no key of its own uses that word as the
 * key; a lone {@code RANDOM}, {@code AUTO}, {@code Generated}, and any key naming a secret, password or token, stay
 * judged. A template's
 * instruction stays judged: a variable without a section ({@code SECRET_KEY=GENERATE}), lower case
 * ({@code generate}), a phrase ({@code GENERATE_A_SECURE_KEY}, {@code GenerateMe}) or a password's key
 * ({@code admin.password=GENERATE}). A mesh network's key named as a variable takes Zigbee2MQTT's upper-case
 * {@code GENERATE} too ({@code ZIGBEE2MQTT_CONFIG_ADVANCED_NETWORK_KEY=GENERATE}, {@code ZIGBEE_NETWORK_KEY}), its
 * documented override of {@code advanced.network_key}. Stateless.
 */
final class GeneratedKeyKeywords {

    private static final Set<String> CAPITALS = Set.of("GENERATE", "GENERATED", "AUTOGENERATE", "RANDOM", "AUTO");
    private static final Set<String> PASCAL_WORDS = Set.of("Generate", "Generated", "Random", "Auto");

    private GeneratedKeyKeywords() {
    }

    /**
     * Whether a secret's value is a keyword asking the product to make the key.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for such a keyword under a nested key named for a key
     */
    static boolean asksProduct(String key, String value) {
        if (value.equals("GENERATE") && namesNetworkKey(key)) {
            return true;
        }
        if (value.length() < 4 || value.length() > 24 || value.charAt(0) < 'A' || value.charAt(0) > 'Z'
                || key.indexOf('.') <= 0 || !(CAPITALS.contains(value) || pascalWords(value))) {
            return false;
        }
        if (!(value.contains("GENERATE") || value.contains("Generate")) || value.startsWith("Generated")
                || value.equals("GENERATED")) {
            return false; // thirty-fifth pass: RANDOM, AUTO, Generated alone are templates' words, not a product's mode
        }
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && words.get(words.size() - 1).equals("key") && !words.contains("secret")
                && !words.contains("password") && !words.contains("token");
    }

    /** Whether the key's letters end in {@code networkkey} ({@code advanced.network_key}, {@code networkKey}). */
    private static boolean namesNetworkKey(String key) {
        String tail = "networkkey";
        int matched = 0;
        for (int i = key.length() - 1; i >= 0 && matched < tail.length(); i--) {
            char c = Character.toLowerCase(key.charAt(i));
            if (c == '_' || c == '-' || c == '.') {
                continue;
            }
            if (c != tail.charAt(tail.length() - 1 - matched)) {
                return false;
            }
            matched++;
        }
        return matched == tail.length();
    }

    /** Whether the value is made only of {@link #PASCAL_WORDS}, each starting with its capital. */
    private static boolean pascalWords(String value) {
        int start = 0;
        for (int i = 1; i <= value.length(); i++) {
            if (i == value.length() || Character.isUpperCase(value.charAt(i))) {
                if (!PASCAL_WORDS.contains(value.substring(start, i))) {
                    return false;
                }
                start = i;
            }
        }
        return true;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A secret whose key begins with the name the configuration gives its own product: Psono's
 * {@code PSONO_SECRET_KEY} and {@code PSONO_DB_SECRET} beside {@code POSTGRES_USER=psono}, {@code LIBERTHIA_SECRET}
 * beside {@code POSTGRES_DB=liberthia}, {@code cashfree.client-secret} in an application named
 * {@code cashfree-pg-java-demo}. The key is the product's word followed by the secret's word, at most one word
 * between ({@code <product>_SECRET}, {@code <product>_SECRET_KEY}, {@code <product>.<one word>.secret}): the
 * secret the product itself runs on, or the credential of the one provider the application is named after, never an
 * optional integration. The name is a word of four letters or more of a value (or a reference's default) under a key
 * whose last word names the application, its database, its user or its owner ({@code spring.application.name},
 * {@code POSTGRES_DB}, {@code DB_USER}); a host's name is not read, since a Compose service's host name is the
 * product it runs ({@code KEYCLOAK_HOST=keycloak}), not this one. Read only for a secret written as a reference with
 * an empty default ({@link EmptyDefaults}): a deeper key under the product's name
 * ({@code fineract.content.s3.secretKey}) names an integration of it and is left alone. Stateless.
 */
final class ProductOwnSecrets {

    /** The last words of keys whose value names the application, its database, user or owner. */
    private static final Set<String> OWN_NAME_WORDS = Set.of("name", "user", "username", "usr", "login", "db",
            "dbname", "database", "schema", "app", "application", "project", "product", "owner", "org",
            "organization", "organisation", "company", "tenant", "brand", "vendor", "realm", "team");

    private static final int MIN_WORD = 4;

    private ProductOwnSecrets() {
    }

    /**
     * Whether the key is a secret of the product the configuration names itself after.
     *
     * @param key the secret's key
     * @param settings the configuration, read only when the key has the shape
     * @return {@code true} when the key's first word is a word of the configuration's own name
     */
    static boolean names(String key, Settings settings) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || size > 3) {
            return false;
        }
        String last = words.get(size - 1);
        boolean shape = last.equals("secret")
                || size == 3 && last.equals("key") && words.get(1).equals("secret");
        String product = words.get(0);
        if (!shape || product.length() < MIN_WORD || !isLetters(product)) {
            return false;
        }
        for (Setting setting : settings) {
            List<String> settingWords = KeyWords.of(setting.key());
            if (settingWords.isEmpty() || !OWN_NAME_WORDS.contains(settingWords.get(settingWords.size() - 1))
                    || setting.isPolicy()) {
                continue;
            }
            if (containsWord(literalOrDefault(setting.value()), product)) {
                return true;
            }
        }
        return false;
    }

    /** The value, or the default of a value that is one reference with a default ({@code ${POSTGRES_USER:-psono}}). */
    private static String literalOrDefault(String value) {
        if (!value.startsWith("${") || !value.endsWith("}")) {
            return value;
        }
        int colon = value.indexOf(':');
        if (colon < 0 || value.indexOf('}') != value.length() - 1) {
            return "";
        }
        int from = colon + 1 < value.length() && value.charAt(colon + 1) == '-' ? colon + 2 : colon + 1;
        return value.substring(from, value.length() - 1);
    }

    /** Whether a run of letters of the value, between any other characters, is the word. */
    private static boolean containsWord(String value, String word) {
        int length = value.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || !Character.isLetter(value.charAt(i))) {
                if (i - start == word.length() && value.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return word.equals(word.toLowerCase(Locale.ROOT));
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;

/**
 * Keys that name the public half of a key and secret pair: {@code VONAGE_API_KEY} beside {@code VONAGE_API_SECRET},
 * {@code PUSHER_APP_KEY} beside {@code PUSHER_APP_SECRET}, {@code BINANCE_API_KEY} beside
 * {@code BINANCE_SECRET_KEY}. Where a provider issues both, the key identifies the account and the secret proves it,
 * so the key is judged as an identifier (placeholders and published values only), never for its strength.
 */
final class PairedIdentifiers {

    private PairedIdentifiers() {
    }

    /**
     * Whether {@code key} ends in a {@code key} word and a setting with the same stem and a {@code secret} word holds
     * a value.
     */
    static boolean isPublicHalf(Settings settings, String key) {
        int end = key.length();
        if (end < 4 || !key.regionMatches(true, end - 3, "key", 0, 3) || namesSecretItself(key)) {
            return false;
        }
        char before = key.charAt(end - 4);
        boolean separated = before == '_' || before == '.' || before == '-';
        boolean camel = Character.isUpperCase(key.charAt(end - 3)) && Character.isLowerCase(key.charAt(end - 2));
        if (!separated && !camel) {
            return false;
        }
        String stem = key.substring(0, end - 3);
        String secret = matchCase(key.substring(end - 3), "secret");
        if (holdsValue(settings, stem + secret)) {
            return true;
        }
        int apiEnd = stem.length() - (separated ? 1 : 0);
        if (apiEnd >= 3 && stem.regionMatches(true, apiEnd - 3, "api", 0, 3)) {
            String beforeApi = stem.substring(0, apiEnd - 3);
            return holdsValue(settings, beforeApi + secret + (separated ? String.valueOf(before) : "")
                    + key.substring(end - 3));
        }
        return holdsValue(settings, stem + secret + (separated ? String.valueOf(before) : "") + key.substring(end - 3));
    }

    private static boolean namesSecretItself(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("secret") || lower.contains("private") || lower.contains("password")
                || lower.contains("token") || lower.contains("signing") || lower.contains("encrypt");
    }

    private static boolean holdsValue(Settings settings, String key) {
        Optional<String> value = settings.value(key);
        return value.isPresent() && !value.get().isBlank();
    }

    private static String matchCase(String model, String word) {
        if (Character.isUpperCase(model.charAt(model.length() - 1))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}

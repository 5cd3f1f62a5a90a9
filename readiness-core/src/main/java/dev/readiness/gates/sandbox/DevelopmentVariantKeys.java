package dev.readiness.gates.sandbox;

import dev.readiness.settings.Settings;

/**
 * The development variant of a setting written beside its production variant: a Keystone back end's {@code .env}
 * holds {@code FRONTEND_URL=https://…} and {@code FRONTEND_URL_DEV=http://localhost:3000}, the code picking one by
 * {@code NODE_ENV}; {@code ASSET_BASE_URL_DEV} beside {@code ASSET_BASE_URL}, {@code FRONTEND_URL_DEV_YQ} beside
 * {@code FRONTEND_URL_YQ}. A key with a {@code DEV}, {@code DEVELOPMENT} or {@code LOCAL} word after its first word,
 * whose name without that word is also set, is the development server's, and a loopback address there is not what
 * production reads. Without the production variant beside it ({@code mpesa.local.host} alone, the only callback base)
 * the key stays judged, as does a key that opens with the word ({@code DEV_API_URL}). Stateless.
 */
final class DevelopmentVariantKeys {

    private static final String[] WORDS = {"dev", "development", "local"};

    private DevelopmentVariantKeys() {
    }

    /**
     * Whether a key is a development variant whose production variant is set too.
     *
     * @param settings the settings
     * @param key the key of a setting holding a loopback address
     * @return {@code true} when the key without its development word is set as well
     */
    static boolean besideProductionVariant(Settings settings, String key) {
        int length = key.length();
        for (int i = 1; i < length - 3; i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '.' && c != '-') {
                continue;
            }
            for (String word : WORDS) {
                int end = i + 1 + word.length();
                if (end <= length && key.regionMatches(true, i + 1, word, 0, word.length())
                        && (end == length || isSeparator(key.charAt(end)))
                        && settings.get(key.substring(0, i) + key.substring(end)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '.' || c == '-';
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;

/**
 * A Firebase app id written as a stand-in. Firebase issues an app id as {@code 1:<project number>:<platform>:<hash>}
 * ({@code 1:756959344919:web:968cc4b3092191444d9f52}; the hash is 22 hexadecimal digits for a web app, 16 for an
 * Android or iOS app), and the project number is the Google Cloud project's, ten to thirteen digits. Templates and
 * tutorials write the shape with a made-up number and tail instead: {@code 1:111111111111:web:prod},
 * {@code 1:123456789:web:abc123}, {@code 1:123456789012:web:abcdef123456}, {@code 1:123:web:abc}. Such an id is read as
 * a stand-in when its number is one repeated digit or a run of ascending digits, or when its tail is not at least 16
 * hexadecimal digits, or counts {@code abcdef} or {@code 123456} off the keyboard; an id Firebase issued has none of
 * these. The id is public (it ships in the web bundle), so only a stand-in is a problem: the app was never
 * registered.
 *
 * <p>An issued app id also tells what a Google API key beside it is: Firebase's web configuration ({@code apiKey},
 * {@code appId}, {@code messagingSenderId}, {@code projectId}) ships in every build of the client, and its
 * {@code AIza…} key is a public identifier whose use the project's security rules and key restrictions govern
 * (thirty-ninth pass: a Flutter app's {@code .env.production} holding {@code APIKEY=AIza…} beside
 * {@code APPID=1:…:web:…}). Stateless.
 */
final class FirebaseAppIds {

    private static final int MIN_HASH = 16;

    private FirebaseAppIds() {
    }

    /**
     * Whether the value, under a key that names an app id or another credential pair's identifier
     * ({@code NEXT_PUBLIC_FIREBASE_APP_ID}, {@code firebase.appId}), is a made-up Firebase app id. The value's first two
     * characters are tested first, so other values cost two comparisons.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} for a made-up app id under an app-id key
     */
    static boolean isStandInUnder(String key, String value) {
        if (value.length() < 8 || value.charAt(0) != '1' || value.charAt(1) != ':') {
            return false;
        }
        String trimmed = value.strip();
        return SecretPlaceholderValues.namesPairIdentifier(key) && isStandIn(trimmed);
    }

    /**
     * Whether the value has the shape of a Firebase app id and is a stand-in for one.
     *
     * @param value the trimmed value, which starts with {@code 1:}
     * @return {@code true} for a made-up app id
     */
    static boolean isStandIn(String value) {
        int numberEnd = value.indexOf(':', 2);
        int platformEnd = numberEnd < 0 ? -1 : value.indexOf(':', numberEnd + 1);
        if (platformEnd < 0 || numberEnd == 2 || !isPlatform(value.substring(numberEnd + 1, platformEnd))) {
            return false;
        }
        String number = value.substring(2, numberEnd);
        String hash = value.substring(platformEnd + 1);
        return isDigits(number) && (isMadeUpNumber(number) || isMadeUpHash(hash));
    }

    /**
     * Whether a value is a Google API key ({@code AIza} and 35 letters, digits, {@code _} or {@code -}) written in
     * the same configuration as a Firebase app id that Firebase issued: the client's web API key, public by design.
     * A Google API key alone may be a server's (Gemini reads one from {@code GOOGLE_API_KEY}) and stays judged; the
     * configuration is searched only for a value of that shape.
     *
     * @param settings the configuration
     * @param value the trimmed value
     * @return {@code true} for a Firebase client's API key
     */
    static boolean isClientApiKeyBesideApp(Settings settings, String value) {
        if (!isGoogleApiKey(value)) {
            return false;
        }
        for (Setting other : settings) {
            String id = other.value().strip();
            if (id.length() > 8 && id.charAt(0) == '1' && id.charAt(1) == ':' && isIssued(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGoogleApiKey(String value) {
        if (value.length() != 39 || !value.startsWith("AIza")) {
            return false;
        }
        for (int i = 4; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value that starts with {@code 1:} has the whole shape of an app id and is not a stand-in. */
    private static boolean isIssued(String value) {
        int numberEnd = value.indexOf(':', 2);
        int platformEnd = numberEnd < 0 ? -1 : value.indexOf(':', numberEnd + 1);
        return platformEnd > 0 && numberEnd > 2 && isPlatform(value.substring(numberEnd + 1, platformEnd))
                && isDigits(value.substring(2, numberEnd)) && !isStandIn(value);
    }

    private static boolean isPlatform(String platform) {
        return "web".equals(platform) || "android".equals(platform) || "ios".equals(platform);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** One repeated digit ({@code 111111111111}) or a keyboard run ({@code 123456789}, {@code 1234567890}). */
    private static boolean isMadeUpNumber(String number) {
        boolean repeated = true;
        boolean ascending = true;
        for (int i = 1; i < number.length(); i++) {
            repeated &= number.charAt(i) == number.charAt(0);
            ascending &= number.charAt(i) == (char) ('0' + (number.charAt(i - 1) - '0' + 1) % 10);
        }
        return repeated || ascending;
    }

    private static boolean isMadeUpHash(String hash) {
        if (hash.length() < MIN_HASH || hash.contains("abcdef") || hash.contains("123456")) {
            return true;
        }
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return true;
            }
        }
        return false;
    }
}

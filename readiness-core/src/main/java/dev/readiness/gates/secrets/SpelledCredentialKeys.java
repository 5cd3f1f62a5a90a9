package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import java.util.List;

/**
 * A template token in capitals that spells its own key's credential, under a key whose words name no secret the gate
 * knows ({@code sessions.hashkey=HASHKEY}, a signalling server's session checksum key;
 * {@code Auth.UserKey=STAGING_USER_KEY_CHANGE_THIS}; {@code twilio.account.sid=VOTRE_TWILIO_ACCOUNT_SID}). The key's
 * last segment ends in a credential word ({@code key}, {@code secret}, {@code token}, {@code salt}, {@code sid},
 * {@code password}, glued or apart: {@code hashkey}, {@code UserKey}); the value's words hold that segment's letters
 * whole ({@code USER_KEY}, {@code HASHKEY}), and around them only words that mark a gap ({@link
 * StandInWords#SPELLED_KEY_MARKERS}: {@code CHANGE_THIS}, {@code YOUR}, {@code VOTRE}), the key's own words and a stage
 * word, with at least one marker; or nothing at all, when the value is one word ({@code HASHKEY}). A template wrote the
 * setting's name where its value goes and nobody replaced it; the service runs with eight public capitals as its key.
 *
 * <p>Left alone: a constant with other words ({@code routingKey=ORDER_ROUTING_KEY}, {@code PROD_ROUTING_KEY}: no
 * marker), the key's name in capitals with underscores and nothing else ({@code partitionKey=PARTITION_KEY}, a
 * constant's name), a key whose last segment names the place of another setting ({@code secretKeyRef.key=API_KEY},
 * {@code apiKeyEnv=API_KEY}: its last word is no credential word, and {@code key} alone is too short to be
 * spelled), a value equal to its key ({@code HASHKEY=HASHKEY}, a list of names), lower-case words and anything with a
 * character besides capitals, digits and {@code _}. Read only for keys without a secret purpose: a secret key's value
 * meets the placeholder rules of its purpose. Stateless.
 */
final class SpelledCredentialKeys {

    private static final int MIN_SPELLED = 6;
    private static final int MAX_LENGTH = 80;
    private static final List<String> CREDENTIAL_ENDINGS = List.of("key", "secret", "token", "salt", "sid",
            "password", "passphrase");

    private SpelledCredentialKeys() {
    }

    /**
     * Whether the value spells its key's credential as a template token does.
     *
     * @param key the setting's key
     * @param value the setting's effective value
     * @return {@code true} for the key's name left where its value belongs
     */
    static boolean spellsOwnKey(String key, String value) {
        return spellsOwnKey(key, value, false);
    }

    /**
     * {@link #spellsOwnKey(String, String)}, or only with a marker word around the spelled key: under a key that names
     * an entry of a Secret ({@code Auth.UserKey}, {@code userPasswordKey}) a bare name is what belongs there, while
     * {@code STAGING_USER_KEY_CHANGE_THIS} asks for the key itself.
     *
     * @param key the setting's key
     * @param value the setting's effective value
     * @param marked whether a marker word must stand beside the spelled key
     * @return {@code true} for the key's name left where its value belongs
     */
    static boolean spellsOwnKey(String key, String value, boolean marked) {
        int length = value.length();
        if (length < MIN_SPELLED || length > MAX_LENGTH || !isCapitalToken(value) || value.equals(key)) {
            return false;
        }
        String spelled = credentialSegment(key);
        if (spelled == null) {
            return false;
        }
        String[] words = value.toLowerCase(java.util.Locale.ROOT).split("_", -1);
        List<String> keyWords = RelaxedNames.words(key);
        for (int from = 0; from < words.length; from++) {
            StringBuilder letters = new StringBuilder(spelled.length());
            for (int to = from; to < words.length && letters.length() < spelled.length(); to++) {
                letters.append(words[to]);
                if (letters.length() == spelled.length() && letters.toString().equals(spelled)) {
                    return (!marked || words.length > 1) && onlyMarkersAround(words, from, to, keyWords);
                }
            }
        }
        return false;
    }

    /**
     * The letters of the key's last segment, lower-case, when its last word is a credential word; the segment before
     * it joins when the last is shorter than {@value #MIN_SPELLED} letters ({@code account.sid} spells
     * {@code accountsid}); {@code null} for any other key.
     */
    private static String credentialSegment(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ']') {
            int open = key.lastIndexOf('[', end - 1);
            if (open < 0) {
                return null;
            }
            end = open;
        }
        int dot = lastSeparator(key, end);
        String letters = letters(key, dot + 1, end);
        boolean credential = false;
        for (String ending : CREDENTIAL_ENDINGS) {
            credential |= letters.endsWith(ending);
        }
        if (!credential) {
            return null;
        }
        if (letters.length() < MIN_SPELLED && dot > 0) {
            letters = letters(key, lastSeparator(key, dot) + 1, dot) + letters;
        }
        return letters.length() >= MIN_SPELLED ? letters : null;
    }

    private static int lastSeparator(String key, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = key.charAt(i);
            if (c == '.' || c == ':' || c == '/') {
                return i;
            }
        }
        return -1;
    }

    private static String letters(String key, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether the words outside the spelled run are gap markers, the key's own words or stage words, with a marker
     * among them; a one-word value with nothing around it counts too, one in capitals and underscores does not.
     */
    private static boolean onlyMarkersAround(String[] words, int from, int to, List<String> keyWords) {
        if (words.length == 1) {
            return true;
        }
        boolean marker = false;
        for (int i = 0; i < words.length; i++) {
            if (i >= from && i <= to) {
                continue;
            }
            String word = words[i];
            if (StandInWords.SPELLED_KEY_MARKERS.contains(word)) {
                marker = true;
            } else if (!keyWords.contains(word) && !STAGES.contains(word)) {
                return false;
            }
        }
        return marker;
    }

    private static final java.util.Set<String> STAGES = java.util.Set.of("prod", "production", "staging", "stage",
            "dev", "development", "test", "qa", "uat", "live");

    private static boolean isCapitalToken(String value) {
        char first = value.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

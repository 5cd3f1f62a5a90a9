package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A value that describes the value it stands for instead of being one: {@code longvaluefullofnumbersandlettersinlowercase},
 * {@code random-string-of-32-hex-characters}, {@code LONG_ALPHANUMERIC_STRING}. Templates write such a description
 * where a project key or token belongs; read as one run of letters it is long and looks random to an entropy count.
 * The whole value must split into words of a small vocabulary of shapes ({@code value}, {@code letters},
 * {@code numbers}, {@code hex}, {@code characters}, …) and their modifiers ({@code long}, {@code random},
 * {@code lowercase}, {@code of}, …), with two different shape nouns among them: a generated value of sixteen or more
 * characters does not split so. Stateless.
 */
final class ShapeDescriptions {

    /** Last words of keys under which such a description stands for a credential. */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("key", "keys", "token", "tokens", "secret", "id",
            "apikey", "password", "pass", "passphrase");

    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 120;
    private static final int LONGEST_WORD = 13;

    private ShapeDescriptions() {
    }

    /**
     * The shape nouns in a fixed order, for their bits: a holder, so that {@link #namesCredential(String)}, a fact of
     * every key a boot judges, loads none of {@link StandInWords}' tables (22 KB of class and about 3 ms of a cold
     * start's CPU); only a value that may be a description reads them.
     */
    private static final class Shapes {

        static final List<String> LIST = List.copyOf(StandInWords.SHAPE_NOUNS);

        private Shapes() {
        }
    }

    /**
     * Whether a value under a key ending in a credential word ({@code AIRBRAKE_PROJECT_KEY}, {@code API_TOKEN})
     * describes the value's shape instead of giving one.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a description of a credential's shape
     */
    static boolean describesCredential(String key, String value) {
        return mayDescribe(value) && namesCredential(key) && isDescription(value);
    }

    /**
     * {@link #describesCredential(String, String)} of a key whose {@link #namesCredential(String) last word} is known.
     *
     * @param credentialKey whether the key's last word is a credential word
     * @param value its value
     * @return {@code true} for a description of a credential's shape
     */
    static boolean describesCredential(boolean credentialKey, String value) {
        return credentialKey && isDescription(value);
    }

    /**
     * Whether a key's last word is a credential word ({@code key}, {@code token}, {@code secret}, {@code id}…), under
     * which a description of a value's shape stands for a credential: a fact of the key alone.
     *
     * @param key the key
     * @return {@code true} for a credential's last word
     */
    static boolean namesCredential(String key) {
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && CREDENTIAL_WORDS.contains(words.get(words.size() - 1));
    }

    /** A look without copying: the length fits and every character is a letter, a digit or a separator. */
    private static boolean mayDescribe(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH + 8) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value, with its separators ({@code -}, {@code _}, {@code .}, spaces) dropped and read in lower case,
     * splits into words of the shape vocabulary with at least four words and two different shape nouns.
     *
     * @param value the value
     * @return {@code true} for a description of a value's shape
     */
    static boolean isDescription(String value) {
        if (!mayDescribe(value)) {
            return false;
        }
        String trimmed = value.strip();
        if (trimmed.length() < MIN_LENGTH || trimmed.length() > MAX_LENGTH) {
            return false;
        }
        StringBuilder run = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == ' ') {
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
            run.append(c);
        }
        String text = run.toString().toLowerCase(Locale.ROOT);
        int n = text.length();
        int[] words = new int[n + 1];
        long[] shapes = new long[n + 1];
        java.util.Arrays.fill(words, -1);
        words[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
                if (words[start] < 0) {
                    continue;
                }
                String word = text.substring(start, end);
                int shape = Shapes.LIST.indexOf(word);
                if (shape < 0 && !StandInWords.SHAPE_MODIFIERS.contains(word)) {
                    continue;
                }
                long seen = shapes[start] | (shape < 0 ? 0L : 1L << shape);
                int count = words[start] + 1;
                int better = Long.compare(Long.bitCount(seen), Long.bitCount(shapes[end]));
                if (words[end] < 0 || better > 0 || better == 0 && count > words[end]) {
                    words[end] = count;
                    shapes[end] = seen;
                }
            }
        }
        return words[n] >= 4 && Long.bitCount(shapes[n]) >= 2;
    }
}

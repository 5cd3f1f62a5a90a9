package dev.readiness.gates.secrets;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * zxcvbn4j's match sequence, rescored: its dictionary, keyboard, repeat, sequence and date matches keep their
 * guesses, while characters it brute-forces count the bits of the value's own alphabet (zxcvbn assumes 10 a
 * character, which would undersell random base64). Loaded only when zxcvbn is on the class path.
 *
 * <p>zxcvbn's cost grows steeply with length (about 1 ms for 12 characters, 4 ms for 20, 25 ms for 32 once warm,
 * several times that cold), so it only sees values of up to {@value #MAX_LENGTH} characters. Values of up to
 * {@value #DICTIONARY_LENGTH} characters are first judged by the built-in segmentation knowing zxcvbn's
 * dictionaries (passwords, English words, names, film and TV words): a lookup per substring, microseconds a value.
 */
final class ZxcvbnGuessability implements Guessability {

    static final ZxcvbnGuessability INSTANCE = new ZxcvbnGuessability();

    /** The longest value passed to zxcvbn itself. */
    static final int MAX_LENGTH = 16;

    /**
     * The longest value passed to zxcvbn with user inputs: only a secret that holds a word of its own configuration
     * gets there, rarely, so a few milliseconds more buy a made-up password of up to this length.
     */
    static final int USER_INPUT_LENGTH = 24;

    /** The longest value judged with zxcvbn's dictionaries; longer ones get the built-in estimator alone. */
    static final int DICTIONARY_LENGTH = 40;

    private static final boolean AVAILABLE = probe();

    private ZxcvbnGuessability() {
    }

    private static boolean probe() {
        try {
            Class.forName("com.nulabinc.zxcvbn.Zxcvbn", false, ZxcvbnGuessability.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean isAvailable() {
        return AVAILABLE;
    }

    @Override
    public double estimateBits(String value) {
        return Math.min(dictionaryBits(value), zxcvbnBits(value));
    }

    /**
     * The cheap estimate, and zxcvbn's with the words as user inputs for a value of up to
     * {@value #USER_INPUT_LENGTH} characters.
     */
    @Override
    public double estimateBits(String value, List<String> userInputs) {
        double bits = estimateBits(value);
        return userInputs.isEmpty() ? bits : Math.min(bits, zxcvbnBits(value, userInputs));
    }

    /**
     * The cheap estimate: the built-in segmentation, and for a value of up to {@value #DICTIONARY_LENGTH}
     * characters that holds a word-like run the lower of that and the same segmentation with zxcvbn's dictionaries
     * (the segmentation is greedy, so a longer dictionary word can cost more than the pieces it swallowed).
     *
     * @param value the value
     * @return the estimate in bits
     */
    double dictionaryBits(String value) {
        double builtIn = BuiltInGuessability.INSTANCE.estimateBits(value);
        String core = SecretValues.stripPublicPrefix(value.trim());
        if (core.isEmpty() || core.length() > DICTIONARY_LENGTH || !hasWordLikeRun(core)) {
            return builtIn;
        }
        return Math.min(builtIn, Holder.WITH_DICTIONARIES.estimateBits(value));
    }

    /**
     * zxcvbn's estimate, for a value of up to {@value #MAX_LENGTH} characters that holds a word-like run; for any
     * other value, infinity (zxcvbn has nothing to add).
     *
     * @param value the value
     * @return the estimate in bits
     */
    double zxcvbnBits(String value) {
        return zxcvbnBits(value, List.of());
    }

    private double zxcvbnBits(String value, List<String> userInputs) {
        String core = SecretValues.stripPublicPrefix(value.trim());
        if (userInputs.isEmpty() ? !needsZxcvbn(core) : core.isEmpty() || core.length() > USER_INPUT_LENGTH) {
            return Double.POSITIVE_INFINITY;
        }
        double bitsPerChar = SecretValues.bitsPerChar(value);
        try {
            Strength strength = userInputs.isEmpty() ? Holder.ZXCVBN.measure(core)
                    : Holder.ZXCVBN.measure(core, userInputs);
            double bits = 0;
            for (Match match : strength.getSequence()) {
                int length = match.tokenLength();
                if (match.pattern == Pattern.Bruteforce || length < 4 || match.guesses == null) {
                    bits += length * bitsPerChar;
                } else {
                    bits += Math.min(length * bitsPerChar, Math.log(Math.max(1, match.guesses)) / Math.log(2));
                }
            }
            strength.wipe();
            return bits;
        } catch (RuntimeException | StackOverflowError e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /**
     * A lower-case word's best rank among zxcvbn's frequency lists (1 for the most common), or among the built-in
     * common words when zxcvbn is not on the class path; 0 for a word in none.
     *
     * @param word the word, in lower case
     * @return its rank, or 0
     */
    static int wordRank(String word) {
        return AVAILABLE ? Holder.rank(word) : BuiltInGuessability.commonWordRank(word);
    }

    static boolean needsZxcvbn(String core) {
        return !core.isEmpty() && core.length() <= MAX_LENGTH && hasWordLikeRun(core);
    }

    /**
     * Whether the value holds a run of five or more letters, all lower case or capitalised: where dictionary words
     * longer than the built-in list's can hide. Random base64 rarely has one; zxcvbn is slow (milliseconds a value
     * before the JIT warms up), so other values are left to the built-in estimator, which also knows common
     * words with letter substitutions.
     */
    static boolean hasWordLikeRun(String value) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower || (upper && run == 0)) {
                run++;
                if (run >= 5) {
                    return true;
                }
            } else {
                run = upper ? 1 : 0;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "zxcvbn";
    }

    private static final class Holder {
        static final List<Dictionary> DICTIONARIES = dictionaries();
        static final Zxcvbn ZXCVBN = zxcvbn();
        static final BuiltInGuessability WITH_DICTIONARIES = BuiltInGuessability.withWords(Holder::rank, 16,
                BuiltInGuessability.prefixes(DICTIONARIES.stream()
                        .flatMap(dictionary -> dictionary.getRankedDictionary().keySet().stream()).toList()));

        private static List<Dictionary> dictionaries() {
            try {
                return List.copyOf(StandardDictionaries.loadAllDictionaries());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Zxcvbn zxcvbn() {
            try {
                return new ZxcvbnBuilder().dictionaries(DICTIONARIES)
                        .keyboards(StandardKeyboards.loadAllKeyboards()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The best rank of a word among zxcvbn's dictionaries, or 0. */
        private static int rank(String word) {
            int best = 0;
            for (Dictionary dictionary : DICTIONARIES) {
                Map<String, Integer> ranked = dictionary.getRankedDictionary();
                Integer rank = ranked.get(word);
                if (rank != null && (best == 0 || rank < best)) {
                    best = rank;
                }
            }
            return best;
        }
    }
}

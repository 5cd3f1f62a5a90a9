package dev.readiness.gates.secrets;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * zxcvbn4j's match sequence, rescored: its dictionary, keyboard, repeat, sequence and date matches keep their
 * guesses, while characters it brute-forces count the bits of the value's own alphabet (zxcvbn assumes 10 a
 * character, which would undersell random base64). Loaded only when zxcvbn is on the class path.
 */
final class ZxcvbnGuessability implements Guessability {

    static final ZxcvbnGuessability INSTANCE = new ZxcvbnGuessability();

    static final int MAX_LENGTH = 40;

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
        double builtIn = BuiltInGuessability.INSTANCE.estimateBits(value);
        String core = SecretValues.stripPublicPrefix(value.trim());
        if (core.isEmpty() || core.length() > MAX_LENGTH || !hasWordLikeRun(core)) {
            return builtIn;
        }
        double bitsPerChar = SecretValues.bitsPerChar(value);
        try {
            Strength strength = Holder.ZXCVBN.measure(core);
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
            return Math.min(builtIn, bits);
        } catch (RuntimeException | StackOverflowError e) {
            return builtIn;
        }
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
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}

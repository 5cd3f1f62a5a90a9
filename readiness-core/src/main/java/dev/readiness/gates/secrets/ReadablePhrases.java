package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.Locale;

/**
 * A secret that reads as a phrase: four or more dictionary words, written in camel case or joined by {@code -},
 * {@code _}, {@code .} or a space, with perhaps a number and a closing {@code !}
 * ({@code ThisIsntRandomButItNeedsToBe43CharactersLong},
 * {@code somethingRandomSomethingRandom123}, {@code correct-horse-battery-staple}). A person typed it, and an
 * attacker's word list guesses it word by word: its cost is the sum of {@code log2} of each word's rank in the
 * dictionaries ({@link ZxcvbnGuessability#wordRank(String)}: zxcvbn's frequency lists when zxcvbn is on the class
 * path, the built-in common words otherwise) and {@code log2(10)} a digit, not its length. The entropy estimate
 * reads dictionary words only in values of up to {@value ZxcvbnGuessability#DICTIONARY_LENGTH} characters, where a
 * sentence longer than that passes as random letters.
 *
 * <p>Only a value that already passed the strength judgement reaches this rule; its shape is read with a loop over
 * its characters before any word is looked up, so random base64, hex and mixed-case tokens (short letter runs, single
 * letters, symbols) leave without a lookup.
 */
final class ReadablePhrases {

    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 128;
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 24;
    private static final int MAX_SYMBOLS = 4;
    private static final int SINGLE_LETTER_RANK = 2;
    private static final String SHIFTED_DIGITS = "!@#$%^&*()?";
    private static final double DIGIT_BITS = Math.log(10) / Math.log(2);
    private static final double SYMBOL_BITS = Math.log(SHIFTED_DIGITS.length()) / Math.log(2);

    private ReadablePhrases() {
    }

    /**
     * Whether the value is a readable phrase that costs fewer guesses than the purpose needs bits.
     *
     * @param value the trimmed value; not retained
     * @param minBits the bits the secret's purpose asks for
     * @return {@code true} for a phrase of dictionary words weaker than {@code minBits}
     */
    static boolean isWeakPhrase(String value, int minBits) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || !isLetter(value.charAt(0)) || !isPhraseShaped(value)) {
            return false;
        }
        return bits(value, minBits) < minBits;
    }

    /**
     * Whether the value is shaped as a phrase, read without allocating: letters, digits, one separator between words
     * and perhaps a few closing symbols ({@code !}, {@code !@#}); no single-letter word other than {@code a} or
     * {@code I}; at least {@value #MIN_WORDS} words, three of four letters or more; digits in at most a quarter of
     * the value.
     */
    private static boolean isPhraseShaped(String value) {
        int length = value.length();
        int words = 0;
        int longWords = 0;
        int digits = 0;
        boolean separated = false;
        int i = 0;
        while (i < length) {
            char c = value.charAt(i);
            if (isSeparator(c)) {
                if (separated || i == length - 1) {
                    return false;
                }
                separated = true;
                i++;
                continue;
            }
            separated = false;
            if (isDigit(c)) {
                while (i < length && isDigit(value.charAt(i))) {
                    i++;
                    digits++;
                }
                continue;
            }
            if (!isLetter(c)) {
                if (!isClosingSymbols(value, i)) {
                    return false;
                }
                break;
            }
            int end = wordEnd(value, i);
            if (end - i == 1 && c != 'a' && c != 'A' && c != 'I' || ++words > MAX_WORDS) {
                return false;
            }
            if (end - i >= 4) {
                longWords++;
            }
            i = end;
        }
        return words >= MIN_WORDS && longWords >= 3 && digits * 4 <= length;
    }

    /** Whether the value ends at {@code from} with one to four of the shifted digit row's symbols ({@code !@#}). */
    private static boolean isClosingSymbols(String value, int from) {
        if (value.length() - from > MAX_SYMBOLS) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            if (SHIFTED_DIGITS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the word starting at {@code from}: a capital and the lower-case letters after it, a run of lower-case
     * letters, or a run of capitals (an acronym, or a whole word in capitals) up to the capital that starts the next
     * capitalised word.
     */
    private static int wordEnd(String value, int from) {
        int length = value.length();
        int i = from + 1;
        if (isUpper(value.charAt(from)) && i < length && isUpper(value.charAt(i))) {
            while (i < length && isUpper(value.charAt(i))) {
                i++;
            }
            return i < length && isLower(value.charAt(i)) ? i - 1 : i;
        }
        while (i < length && isLower(value.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The guesses of a phrase-shaped value in bits: {@code log2} of each word's rank and one bit for its case,
     * {@code log2(10)} a digit and {@code log2(11)} a closing symbol; {@link Integer#MAX_VALUE} as soon as a word is in
     * no dictionary. Stops counting once {@code minBits} is reached.
     */
    private static double bits(String value, int minBits) {
        int length = value.length();
        double bits = 0;
        int i = 0;
        while (i < length && bits < minBits) {
            char c = value.charAt(i);
            if (isSeparator(c)) {
                i++;
            } else if (isDigit(c)) {
                bits += DIGIT_BITS;
                i++;
            } else if (!isLetter(c)) {
                bits += SYMBOL_BITS;
                i++;
            } else {
                int end = wordEnd(value, i);
                int rank = rank(value.substring(i, end).toLowerCase(Locale.ROOT));
                if (rank <= 0) {
                    return Integer.MAX_VALUE;
                }
                bits += Math.log(rank) / Math.log(2) + 1;
                i = end;
            }
        }
        return bits;
    }

    /**
     * A word's rank; {@code a} and {@code I} rank among the first words of any list (the lists hold no single
     * letter), and a contraction written without its apostrophe ({@code isnt}, {@code dont}, {@code wasnt}) ranks as
     * the word it negates.
     */
    private static int rank(String word) {
        if (word.length() == 1) {
            return SINGLE_LETTER_RANK;
        }
        int rank = ZxcvbnGuessability.wordRank(word);
        if (rank > 0 || word.length() < 4 || !word.endsWith("nt")) {
            return rank;
        }
        return ZxcvbnGuessability.wordRank(word.substring(0, word.length() - 2));
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.' || c == ' ';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static SecretProblem problem(String value, SecretPurpose purpose) {
        return new SecretProblem("secrets.guessable", new SecretShape(value.length(), 0, null),
                "reads as a phrase of dictionary words, typed by a person rather than generated: an attacker's word "
                        + "list guesses it word by word, in fewer tries than a "
                        + purpose.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " needs, whatever its length",
                "Replace it with a randomly generated value, e.g. `openssl rand -base64 32`.");
    }
}

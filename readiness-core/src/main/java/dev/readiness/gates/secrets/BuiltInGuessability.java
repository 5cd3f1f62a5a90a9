package dev.readiness.gates.secrets;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The estimator used when zxcvbn4j is absent: a greedy left-to-right segmentation into repeats, sequences, QWERTY
 * keyboard walks, common words and passwords (with common letter substitutions such as {@code 0} for {@code o}),
 * dates and years, and random characters. Each segment costs the bits an attacker needs to guess it; random
 * characters cost {@code log2} of the value's alphabet. Only the first 256 characters are segmented; the rest
 * count as random. Stateless and thread-safe.
 */
final class BuiltInGuessability implements Guessability {

    static final BuiltInGuessability INSTANCE = new BuiltInGuessability(word -> 0, 0, java.util.Set.of());

    private static final int MAX_ANALYZED = 256;
    private static final int MIN_WORD = 4;

    /** Common passwords and the words made-up secrets are built from, most common first. */
    private static final String WORDS = String.join(" ",
            "password secret admin qwerty letmein welcome monkey dragon master login princess football baseball",
            "shadow sunshine iloveyou trustno1 superman batman starwars whatever freedom hello charlie donald",
            "passw0rd changeme default guest root test user super summer winter spring autumn access secure",
            "security private public token signing sign signature key keys jwt hmac session cookie auth",
            "authentication oauth client server service backend frontend api apikey app application prod",
            "production staging stage develop development local docker kubernetes cloud amazon google azure",
            "stripe paypal database postgres postgresql mysql mongo mongodb redis rabbit rabbitmq kafka",
            "elastic minio grafana keycloak spring java node python rails django laravel express flask",
            "system manager company business office shop store market money bank pay payment order orders",
            "account accounts customer customers people person first last name email mail phone mobile",
            "mysecret supersecret topsecret mypassword secretkey secret123 password1 password123 qwerty123",
            "abc123 123456 12345678 123456789 1234567890 111111 000000 654321 666666 121212 7777777 987654321",
            "qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm 1qaz2wsx qazwsx qweasd",
            "very long strong random string value values generate generated change this that with from your",
            "mine ours their here there please dont forget remember replace production development encryption",
            "encrypt decrypt cipher crypto crypt aes rsa sha256 base64 hex salt pepper hash padding bits byte",
            "bytes characters chars least minimum maximum enough long longer secure safe unsafe insecure",
            "example sample demo tutorial temp temporary dummy fake mock placeholder local localhost",
            "love lover baby angel jesus hunter ranger tiger lion eagle falcon phoenix killer soccer hockey",
            "computer internet network router cisco oracle linux windows apple orange banana cherry lemon",
            "black white green blue yellow purple silver golden gold diamond star stars moon planet earth",
            "house home family friend friends happy lucky magic power energy thunder storm snow rain fire",
            "water ice ocean river mountain forest garden flower summer2024 winter2024 spring2024 welcome1",
            "admin123 root123 test123 pass123 user123 guest123 demo123 pa55word p4ssword passwd pass word",
            "correct horse battery staple jhipster bezkoder javainuse amigoscode tobemodified minioadmin",
            "mysecretpassword supersecretkey secretpassword adminadmin administrator superuser superadmin",
            "health healthcheck monitor metrics webhook callback refresh bearer secret1 secret12 letmein1",
            "company2024 company123 project projects team teams dev devops ops infra platform core main");

    private static final Map<String, Integer> RANKS = ranks();
    private static final int MAX_WORD = maxWordLength();
    private static final java.util.Set<String> RANK_PREFIXES = prefixes(RANKS.keySet());

    private static final String[] KEYBOARD_ROWS = {"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"};
    private static final String[] SHIFTED_ROWS = {"~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"};
    private static final double[] ROW_OFFSETS = {0, 1.5, 1.75, 2.25};
    private static final double[][] POSITIONS = positions();

    private final ToIntFunction<String> moreWords;
    private final int longestMoreWord;
    private final java.util.Set<String> morePrefixes;

    private BuiltInGuessability(ToIntFunction<String> moreWords, int longestMoreWord,
            java.util.Set<String> morePrefixes) {
        this.moreWords = moreWords;
        this.longestMoreWord = longestMoreWord;
        this.morePrefixes = morePrefixes;
    }

    /**
     * The first {@value #MIN_WORD} characters of every word: a position whose next four characters start no word
     * needs no lookup of the longer substrings, which keeps the cost of a value near one lookup a character.
     *
     * @param words the words
     * @return their prefixes
     */
    static java.util.Set<String> prefixes(java.util.Collection<String> words) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String word : words) {
            if (word.length() >= MIN_WORD) {
                prefixes.add(word.substring(0, MIN_WORD));
            }
        }
        return java.util.Set.copyOf(prefixes);
    }

    private static double[][] positions() {
        double[][] positions = new double[128][];
        for (int row = 0; row < KEYBOARD_ROWS.length; row++) {
            for (String keys : new String[] {KEYBOARD_ROWS[row], SHIFTED_ROWS[row]}) {
                for (int column = 0; column < keys.length(); column++) {
                    if (positions[keys.charAt(column)] == null) {
                        positions[keys.charAt(column)] = new double[] {row, column + ROW_OFFSETS[row]};
                    }
                }
            }
        }
        return positions;
    }

    /**
     * The same segmentation knowing more words, such as zxcvbn's dictionaries: a word's cost is {@code log2} of
     * its rank, as zxcvbn counts it. Matching costs one lookup per substring of up to {@code longest} characters.
     *
     * @param rank the rank of a lower-case word, or 0 when it is not known
     * @param longest the longest word worth looking up
     * @param prefixes the {@link #prefixes(java.util.Collection) prefixes} of the words
     * @return the estimator
     */
    static BuiltInGuessability withWords(ToIntFunction<String> rank, int longest, java.util.Set<String> prefixes) {
        return new BuiltInGuessability(rank, longest, prefixes);
    }

    /**
     * A lower-case word's rank among the built-in common words, or 0.
     *
     * @param word the word
     * @return its rank, or 0
     */
    static int commonWordRank(String word) {
        Integer rank = RANKS.get(word);
        return rank == null ? 0 : rank;
    }

    private static Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 1;
        for (String word : WORDS.split(" ")) {
            if (word.length() >= MIN_WORD) {
                ranks.putIfAbsent(word, rank++);
            }
        }
        return Map.copyOf(ranks);
    }

    private static int maxWordLength() {
        int max = 0;
        for (String word : RANKS.keySet()) {
            max = Math.max(max, word.length());
        }
        return max;
    }

    @Override
    public String name() {
        return "built-in";
    }

    @Override
    public double estimateBits(String value) {
        String core = SecretValues.stripPublicPrefix(value.trim());
        double bitsPerChar = SecretValues.bitsPerChar(value);
        int analyzed = Math.min(core.length(), MAX_ANALYZED);
        String head = core.substring(0, analyzed);
        StringBuilder lower = new StringBuilder(analyzed);
        StringBuilder plain = new StringBuilder(analyzed);
        for (int k = 0; k < analyzed; k++) {
            char c = Character.toLowerCase(head.charAt(k));
            lower.append(c);
            plain.append(unleet(c));
        }
        Text text = new Text(head, lower.toString(), plain.toString());
        return segment(text, 0, analyzed, bitsPerChar, true) + (core.length() - analyzed) * bitsPerChar;
    }

    private record Text(String original, String lower, String plain) {
    }

    private double segment(Text text, int from, int to, double bitsPerChar, boolean repeats) {
        String s = text.original();
        double bits = 0;
        int i = from;
        while (i < to) {
            int bestLength = 1;
            double bestCost = bitsPerChar;
            double bestSavings = 0;
            int[] lengths = new int[6];
            double[] costs = new double[6];
            int candidates = 0;

            int run = sameCharRun(s, i, to);
            if (run >= 3) {
                lengths[candidates] = run;
                costs[candidates++] = bitsPerChar + log2(run);
            }
            if (repeats) {
                int[] block = repeatedBlock(s, i, to);
                if (block != null) {
                    lengths[candidates] = block[0] * block[1];
                    costs[candidates++] = segment(text, i, i + block[0], bitsPerChar, false) + log2(block[1]);
                }
            }
            int sequence = sequence(s, i, to);
            if (sequence >= 3) {
                lengths[candidates] = sequence;
                costs[candidates++] = (Character.isDigit(s.charAt(i)) ? log2(10) : log2(26)) + 1 + log2(sequence);
            }
            int walk = keyboardWalk(s, i, to);
            if (walk >= 4) {
                lengths[candidates] = walk;
                costs[candidates++] = walkCost(s, i, walk);
            }
            double[] word = Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '@' || s.charAt(i) == '$'
                    ? word(text, i, to) : null;
            if (word != null) {
                lengths[candidates] = (int) word[0];
                costs[candidates++] = word[1];
            }
            double[] date = date(s, i, to);
            if (date != null) {
                lengths[candidates] = (int) date[0];
                costs[candidates++] = date[1];
            }
            for (int c = 0; c < candidates; c++) {
                double savings = lengths[c] * bitsPerChar - costs[c];
                if (savings > bestSavings) {
                    bestSavings = savings;
                    bestLength = lengths[c];
                    bestCost = costs[c];
                }
            }
            bits += bestCost;
            i += bestLength;
        }
        return bits;
    }

    private static int sameCharRun(String s, int i, int to) {
        int j = i + 1;
        while (j < to && s.charAt(j) == s.charAt(i)) {
            j++;
        }
        return j - i;
    }

    /** The shortest block of 2 to 32 characters that repeats at least twice from i: {length, copies}. */
    private static int[] repeatedBlock(String s, int i, int to) {
        int limit = Math.min(32, (to - i) / 2);
        for (int length = 2; length <= limit; length++) {
            if (s.regionMatches(i, s, i + length, length)) {
                int copies = 2;
                while (i + (copies + 1) * length <= to && s.regionMatches(i, s, i + copies * length, length)) {
                    copies++;
                }
                return new int[] {length, copies};
            }
        }
        return null;
    }

    private static int sequence(String s, int i, int to) {
        if (i + 2 >= to) {
            return 0;
        }
        char first = s.charAt(i);
        if (!Character.isLetterOrDigit(first) || first > 127) {
            return 0;
        }
        int delta = Character.toLowerCase(s.charAt(i + 1)) - Character.toLowerCase(first);
        if (delta != 1 && delta != -1) {
            return 0;
        }
        int j = i + 1;
        while (j < to && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) <= 127
                && Character.isDigit(s.charAt(j)) == Character.isDigit(first)
                && Character.toLowerCase(s.charAt(j)) - Character.toLowerCase(s.charAt(j - 1)) == delta) {
            j++;
        }
        return j - i;
    }

    private static int keyboardWalk(String s, int i, int to) {
        int j = i + 1;
        while (j < to && adjacent(s.charAt(j - 1), s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** zxcvbn's average number of neighbours of a key on a QWERTY keyboard. */
    private static final double KEY_DEGREE = 4.6;

    /** Keys a walk can start from, shifted or not. */
    private static final double KEY_STARTS = 94;

    /**
     * zxcvbn's guesses for a keyboard walk: every start key, every way to place its turns (each change of direction
     * picks one of the neighbours), and every way to place its shifted keys. A straight row costs a few bits; the
     * zig-zags and shift changes that random text walks by chance cost nearly what random characters do.
     */
    private static double walkCost(String s, int from, int length) {
        int turns = 0;
        int shifted = isShifted(s.charAt(from)) ? 1 : 0;
        int lastDirection = Integer.MIN_VALUE;
        for (int k = from + 1; k < from + length; k++) {
            double[] a = position(s.charAt(k - 1));
            double[] b = position(s.charAt(k));
            int direction = (int) Math.signum(b[0] - a[0]) * 3 + (int) Math.signum(b[1] - a[1]);
            if (direction != lastDirection) {
                turns++;
                lastDirection = direction;
            }
            if (isShifted(s.charAt(k))) {
                shifted++;
            }
        }
        double guesses = 0;
        for (int l = 2; l <= length; l++) {
            for (int t = 1; t <= Math.min(turns, l - 1); t++) {
                guesses += binomial(l - 1, t - 1) * KEY_STARTS * Math.pow(KEY_DEGREE, t);
            }
        }
        int unshifted = length - shifted;
        if (shifted > 0 && unshifted == 0) {
            guesses *= 2;
        } else if (shifted > 0) {
            double variations = 0;
            for (int k = 1; k <= Math.min(shifted, unshifted); k++) {
                variations += binomial(length, k);
            }
            guesses *= variations;
        }
        return log2(guesses);
    }

    private static boolean isShifted(char c) {
        for (String row : SHIFTED_ROWS) {
            if (row.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int j = 1; j <= k; j++) {
            result = result * (n - k + j) / j;
        }
        return result;
    }

    static boolean adjacent(char a, char b) {
        double[] pa = position(a);
        double[] pb = position(b);
        if (pa == null || pb == null || a == b) {
            return false;
        }
        double dy = Math.abs(pa[0] - pb[0]);
        double dx = Math.abs(pa[1] - pb[1]);
        return (dy == 0 && dx == 1) || (dy == 1 && dx <= 0.75);
    }

    private static double[] position(char c) {
        return c < POSITIONS.length ? POSITIONS[c] : null;
    }

    /** The longest common word starting at i: {length, cost in bits}. */
    private double[] word(Text text, int i, int to) {
        if (to - i < MIN_WORD) {
            return null;
        }
        String lowerStart = text.lower().substring(i, i + MIN_WORD);
        String plainStart = text.plain().substring(i, i + MIN_WORD);
        if (!startsWord(lowerStart) && !startsWord(plainStart)) {
            return null;
        }
        int longest = Math.min(Math.max(MAX_WORD, longestMoreWord), to - i);
        for (int length = longest; length >= MIN_WORD; length--) {
            String lower = text.lower().substring(i, i + length);
            String plain = text.plain().substring(i, i + length);
            Integer rank = rank(lower);
            boolean substituted = false;
            if (rank == null && !plain.equals(lower)) {
                rank = rank(plain);
                substituted = rank != null;
            }
            if (rank != null) {
                boolean upper = !text.original().regionMatches(i, lower, 0, length);
                return new double[] {length, log2(rank + 1) + (upper ? 1 : 0) + (substituted ? 1 : 0)};
            }
        }
        return null;
    }

    private boolean startsWord(String start) {
        return RANK_PREFIXES.contains(start) || morePrefixes.contains(start);
    }

    private Integer rank(String word) {
        Integer rank = word.length() <= MAX_WORD ? RANKS.get(word) : null;
        int more = word.length() <= longestMoreWord ? moreWords.applyAsInt(word) : 0;
        return more > 0 && (rank == null || more < rank) ? Integer.valueOf(more) : rank;
    }

    private static char unleet(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': return 'i';
            case '3': return 'e';
            case '4': return 'a';
            case '5': return 's';
            case '7': return 't';
            case '@': return 'a';
            case '$': return 's';
            case '!': return 'i';
            default: return c;
        }
    }

    /** A date or year starting at i: {length, cost in bits}. */
    private static double[] date(String s, int i, int to) {
        int digits = 0;
        while (i + digits < to && digits < 8 && Character.isDigit(s.charAt(i + digits)) && s.charAt(i + digits) < 128) {
            digits++;
        }
        if (i + 10 <= to && isSeparatedDate(s, i)) {
            return new double[] {10, 17};
        }
        if (digits == 8 && (isDate(s, i, true) || isDate(s, i, false))) {
            return new double[] {8, 16};
        }
        if (digits >= 4 && isYear(s, i)) {
            return new double[] {4, log2(150)};
        }
        return null;
    }

    private static boolean isSeparatedDate(String s, int i) {
        char a = s.charAt(i + 4);
        char b = s.charAt(i + 2);
        if ((a == '-' || a == '/' || a == '.') && s.charAt(i + 7) == a) {
            return digitsAt(s, i, 4) && digitsAt(s, i + 5, 2) && digitsAt(s, i + 8, 2) && isYear(s, i);
        }
        if ((b == '-' || b == '/' || b == '.') && s.charAt(i + 5) == b) {
            return digitsAt(s, i, 2) && digitsAt(s, i + 3, 2) && digitsAt(s, i + 6, 4) && isYear(s, i + 6);
        }
        return false;
    }

    private static boolean digitsAt(String s, int i, int count) {
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDate(String s, int i, boolean yearFirst) {
        int year = Integer.parseInt(s.substring(yearFirst ? i : i + 4, yearFirst ? i + 4 : i + 8));
        int a = Integer.parseInt(s.substring(yearFirst ? i + 4 : i, yearFirst ? i + 6 : i + 2));
        int b = Integer.parseInt(s.substring(yearFirst ? i + 6 : i + 2, yearFirst ? i + 8 : i + 4));
        return year >= 1900 && year <= 2099 && ((a >= 1 && a <= 12 && b >= 1 && b <= 31)
                || (b >= 1 && b <= 12 && a >= 1 && a <= 31));
    }

    private static boolean isYear(String s, int i) {
        return (s.startsWith("19", i) || s.startsWith("20", i)) && digitsAt(s, i + 2, 2);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

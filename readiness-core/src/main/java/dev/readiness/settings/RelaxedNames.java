package dev.readiness.settings;

import java.util.Locale;

/**
 * Matches keys the way Spring's relaxed binding does: {@code JWT_SECRET}, {@code jwt.secret},
 * {@code jwt-secret} and {@code jwtSecret} are one key. Stateless and thread-safe: static methods only.
 */
public final class RelaxedNames {

    /** The longest word {@link #SHARED_WORDS} keeps; longer words are rare and seldom recur. */
    private static final int MAX_SHARED_LENGTH = 24;
    /**
     * Lower-case ASCII words recently cut from keys, one per slot of their hash: a slot is overwritten when another
     * word hashes to it. Reads and writes race harmlessly, since a slot only ever holds a complete, immutable
     * string equal to the word it is found for.
     */
    private static final String[] SHARED_WORDS = new String[2048];
    /**
     * The hash of the word last put in each slot of {@link #SHARED_WORDS}, so that a word hashing to an occupied slot
     * is told apart without reading the other word. Written apart from the word, so only a hint: a word found by it
     * is still compared character by character.
     */
    private static final int[] SHARED_HASHES = new int[2048];
    /** Constant keys and their canonical forms, one per slot of their identity hash; see {@link #canonicalOfConstant}. */
    private static final Canonical[] CONSTANTS = new Canonical[256];

    private RelaxedNames() {
    }

    /**
     * The properties of one source (a configuration file, a Spring property source) in an order in which, added
     * to a {@link SettingsBuilder} one by one, the later winning, each relaxed name keeps the spelling Spring Boot
     * reads from that source: one key written twice keeps its last value, but of two spellings
     * ({@code jwt.secret=changeme} then {@code JWT_SECRET=…}) Spring Boot reads the canonical form
     * ({@code jwt.secret}: lower case, dots, dashes, indexes) wherever it stands; of spellings none of which is in that
     * form, the last written is kept (which one Spring Boot finds depends on hashing).
     *
     * @param <T> what holds a key
     * @param items the source's properties in the order it lists them
     * @param key the key of one
     * @return the same list when no name has two spellings, else a reordered copy
     */
    public static <T> java.util.List<T> inReadingOrder(java.util.List<T> items, java.util.function.Function<T, String> key) {
        return SourceSpellings.inReadingOrder(items, key);
    }

    /**
     * The canonical form of a key: lower case ({@link Locale#ROOT}) with every separator ({@code .}, {@code _},
     * {@code -}, {@code [}, {@code ]}) removed. Indexes survive as digits: {@code waivers[0].code} and
     * {@code WAIVERS_0_CODE} are both {@code waivers0code}.
     *
     * @param key a key in any common spelling
     * @return its canonical form
     */
    public static String canonical(String key) {
        boolean unchanged = true;
        for (int i = 0; i < key.length() && unchanged; i++) {
            char c = key.charAt(i);
            unchanged = c < 0x80 && !isSeparator(c) && !(c >= 'A' && c <= 'Z');
        }
        if (unchanged) {
            return key;
        }
        StringBuilder canonical = new StringBuilder(key.length());
        boolean ascii = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            ascii &= c < 0x80;
            canonical.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return ascii ? canonical.toString() : canonical.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #canonical(String)} of a key the code names as a constant ({@code readiness.secrets.extra-keys}), which
     * every check asks for again: the last few such keys are remembered by identity, so a constant is made canonical
     * once rather than once per check. A key made at run time takes a slot until another key of that slot
     * takes it back. Keys are never secret, and a few hundred are kept at most.
     *
     * @param key a key, typically a constant
     * @return its canonical form
     */
    static String canonicalOfConstant(String key) {
        int slot = System.identityHashCode(key) & (CONSTANTS.length - 1);
        Canonical known = CONSTANTS[slot];
        if (known != null && known.key == key) {
            return known.canonical;
        }
        String canonical = canonical(key);
        CONSTANTS[slot] = new Canonical(key, canonical);
        return canonical;
    }

    /** A key and its canonical form; immutable, so a slot of {@link #CONSTANTS} is read whole or not at all. */
    private record Canonical(String key, String canonical) {
    }

    /**
     * Whether a key's canonical form starts with a canonical prefix, without making the canonical form.
     *
     * @param key a key in any spelling
     * @param canonicalPrefix a prefix already in canonical form
     * @return {@code true} when {@code canonical(key).startsWith(canonicalPrefix)}
     */
    static boolean canonicalStartsWith(String key, String canonicalPrefix) {
        int matched = 0;
        for (int i = 0; i < key.length() && matched < canonicalPrefix.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return canonical(key).startsWith(canonicalPrefix);
            }
            if (isSeparator(c)) {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != canonicalPrefix.charAt(matched++)) {
                return false;
            }
        }
        return matched == canonicalPrefix.length();
    }

    /**
     * {@code canonical(key).hashCode()}, without making the canonical form when the key is ASCII.
     *
     * @param key a key in any spelling
     * @return the hash of its canonical form
     */
    static int canonicalHash(String key) {
        int hash = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return canonical(key).hashCode();
            }
            if (!isSeparator(c)) {
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
        }
        return hash;
    }

    /**
     * {@code matches(left, right)}, without making the canonical forms when both keys are ASCII.
     *
     * @param left one key in any spelling
     * @param right another key in any spelling
     * @return {@code true} when their canonical forms are equal
     */
    static boolean sameCanonical(String left, String right) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < left.length() && isSeparator(left.charAt(i))) {
                i++;
            }
            while (j < right.length() && isSeparator(right.charAt(j))) {
                j++;
            }
            if (i == left.length() || j == right.length()) {
                return i == left.length() && j == right.length();
            }
            char a = left.charAt(i++);
            char b = right.charAt(j++);
            if (a >= 0x80 || b >= 0x80) {
                return matches(left, right);
            }
            if ((a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a) != (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b)) {
                return false;
            }
        }
    }

    /**
     * Whether Spring Boot binds two keys of one canonical form as one property: their elements (split at {@code .}
     * and {@code [}) are the same when compared without case and without characters other than letters and digits,
     * so {@code jwt.client-secret}, {@code jwt.clientSecret} and {@code jwt.client_secret} are one name and
     * {@code jwt.secret}, {@code jwt-secret} and {@code jwtsecret} three.
     *
     * @param a a key
     * @param b another key
     * @return {@code true} when they name the same elements
     */
    static boolean sameElements(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            i = nextElementChar(a, i);
            j = nextElementChar(b, j);
            if (i >= a.length() || j >= b.length()) {
                return i >= a.length() && j >= b.length();
            }
            char x = elementChar(a.charAt(i++));
            char y = elementChar(b.charAt(j++));
            if (x != y) {
                return false;
            }
        }
    }

    /**
     * Whether a key is written as Spring Boot spells a property it binds ({@code spring.datasource.password},
     * {@code jwt.client-secret}, {@code list[0]}): no upper-case letter and no underscore. In one property source Spring
     * Boot's binder asks for that spelling first and takes another of the same elements ({@code jwt.clientSecret})
     * only when it is missing.
     *
     * @param key a key
     * @return {@code true} for a key in that form
     */
    static boolean isUniformForm(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key is an environment variable's name ({@code JWT_SECRET}: no lower-case letter and no dot), which
     * Spring Boot binds to a property of any split ({@code jwt.secret} and {@code jwt-secret}).
     *
     * @param key a key
     * @return {@code true} for an environment-style name
     */
    static boolean isEnvironmentStyle(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static int nextElementChar(String key, int from) {
        int i = from;
        while (i < key.length() && !isElementChar(key.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isElementChar(char c) {
        return c == '.' || c == '[' || Character.isLetterOrDigit(c);
    }

    private static char elementChar(char c) {
        return c == '[' ? '.' : Character.toLowerCase(c);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-' || c == '[' || c == ']';
    }

    /**
     * Whether two keys name the same setting.
     *
     * @param left one key
     * @param right another key
     * @return {@code true} when their canonical forms are equal
     */
    public static boolean matches(String left, String right) {
        return canonical(left).equals(canonical(right));
    }

    /**
     * Splits a key into its lower-case words, across every separator and camel-case boundary:
     * {@code stripeWebhookSecret}, {@code STRIPE_WEBHOOK_SECRET} and {@code stripe.webhook-secret} all give
     * {@code [stripe, webhook, secret]}. Gates use this to judge a key by the words it contains.
     *
     * @param key a key in any common spelling
     * @return its words, in order
     */
    public static java.util.List<String> words(String key) {
        java.util.List<String> words = new java.util.ArrayList<>(6);
        int start = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator;
            boolean upper;
            if (c < 0x80) {
                upper = c >= 'A' && c <= 'Z';
                separator = !upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9');
            } else {
                upper = Character.isUpperCase(c);
                separator = !Character.isLetterOrDigit(c);
            }
            if ((separator || upper && i > 0 && (isLowerCase(key.charAt(i - 1)) || endsAcronym(key, start, i)))
                    && start >= 0) {
                words.add(lowerWord(key, start, i));
                start = -1;
            }
            if (!separator && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(lowerWord(key, start, key.length()));
        }
        return words;
    }

    /**
     * Whether the capital at {@code i} opens a word after an acronym of two or more capitals: {@code TLSVerify} is
     * {@code TLS} and {@code Verify}, {@code DBPassword} is {@code DB} and {@code Password}. A lone capital before it
     * is one word with it ({@code OAuth}), and so is a plural {@code s} ({@code redirectURIs}, {@code CIDRs}).
     */
    private static boolean endsAcronym(String key, int start, int i) {
        if (start < 0 || i - start < 2 || i + 1 >= key.length() || !isLowerCase(key.charAt(i + 1))) {
            return false;
        }
        for (int j = start; j < i; j++) {
            char c = key.charAt(j);
            if (!(c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c))) {
                return false;
            }
        }
        return !(key.charAt(i + 1) == 's' && (i + 2 == key.length() || !isLowerCase(key.charAt(i + 2))));
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /**
     * The word {@code key[from, to)} in lower case ({@link Locale#ROOT}). An ASCII word is looked up in
     * {@link #SHARED_WORDS} first, so the words that recur across keys and gates ({@code url}, {@code secret},
     * {@code spring}) are one string each, with its hash already computed, rather than a new copy per call.
     */
    private static String lowerWord(String key, int from, int to) {
        int length = to - from;
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return key.substring(from, to).toLowerCase(Locale.ROOT);
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        if (length > MAX_SHARED_LENGTH) {
            return asciiLower(key, from, to);
        }
        int slot = (hash ^ (hash >>> 11)) & (SHARED_WORDS.length - 1);
        if (SHARED_HASHES[slot] == hash) {
            String shared = SHARED_WORDS[slot];
            if (shared != null && shared.length() == length && isLowerOf(shared, key, from)) {
                return shared;
            }
        }
        String word = asciiLower(key, from, to);
        SHARED_WORDS[slot] = word;
        SHARED_HASHES[slot] = hash;
        return word;
    }

    private static String asciiLower(String key, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            bytes[i - from] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean isLowerOf(String lowerWord, String key, int from) {
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = key.charAt(from + i);
            if (lowerWord.charAt(i) != (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) {
                return false;
            }
        }
        return true;
    }
}

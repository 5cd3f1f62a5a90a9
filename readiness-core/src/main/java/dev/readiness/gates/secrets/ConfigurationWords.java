package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.Stage;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The words a configuration holds about itself, and the secrets made of them. People name a password after what it
 * protects: the project, the product, the owner, the database, the user or the host ({@code conductor} for user
 * {@code conductor}, {@code oddfar_imaotai} for owner {@code oddfar}'s database {@code campus_imaotai},
 * {@code SmartAdmin666} beside the database {@code smart_admin_v3}). Whoever reads the configuration reads those
 * words too, so such a secret is as weak as the few guesses it takes to try them.
 *
 * <p>The words come from the values of settings that name something ({@code name}, {@code user}, {@code db},
 * {@code database}, {@code app}, {@code project}, {@code host}, {@code owner} and the like, the last word of the key
 * deciding), from the user, host and database of every URL, from the segments of every key, and from the settings
 * file's name and the names of its two parent directories. Words shorter than {@value #MIN_WORD} letters
 * ({@code app}, {@code db}, {@code api}, {@code dev}, {@code com}) are never evidence.
 *
 * <p>A secret is judged two ways: {@link #assess} covers it with these words (case and common letter substitutions
 * such as {@code 0} for {@code o} or {@code !} for {@code i} allowed) and short runs of digits and symbols, and
 * counts the bits an attacker who knows the words needs (a whole letter run may also be a word of the secret's own key
 * or a stage name, however short: {@code fitness_booking_prod_db_2024} under {@code db_password}); and for a value short enough for zxcvbn, the words found in
 * it become zxcvbn's user inputs ({@link Guessability#estimateBits(String, List)}), so a word of the configuration
 * next to a dictionary word or a sequence ({@code playeduxyz}) is seen too.
 *
 * <p>One instance serves one gate run: the words are collected once, on the first secret that needs them. Not
 * thread-safe.
 */
final class ConfigurationWords {

    /** The fewest letters a word needs to count as evidence. */
    static final int MIN_WORD = 4;

    private static final int MAX_WORD = 40;
    private static final int MAX_VALUE = 64;
    private static final int MAX_SOURCE_VALUE = 256;
    private static final double DIGIT_BITS = Math.log(10) / Math.log(2);
    private static final double SYMBOL_BITS = Math.log(33) / Math.log(2);
    private static final double SEPARATOR_BITS = 2;
    static final int MIN_VOCABULARY = 16;
    private static final double STRUCTURE_RATIO = 0.75;

    static final Set<String> NAME_WORDS = Set.of("name", "user", "username", "usr", "login", "db", "dbname",
            "database", "schema", "app", "application", "project", "host", "hostname", "owner", "org",
            "organization", "organisation", "company", "product", "tenant", "realm", "cluster", "service",
            "namespace", "team", "vendor", "brand", "site", "domain", "title", "repo", "repository", "image");
    private static final String[][] NAME_WORDS_BY_LENGTH = byLength(NAME_WORDS);

    /** What {@link #collect(Settings)} reads of each key, cut once per key: every snapshot repeats its keys. */
    private static final KeyMemo<KeyVocabulary> KEY_VOCABULARIES = KeyMemo.of(KeyVocabulary::of);
    private static final SnapshotKeys.Slot<KeyVocabulary> KEY_VOCABULARY_SLOT =
            new SnapshotKeys.Slot<>(SnapshotKeys.CONFIGURATION_WORDS, KEY_VOCABULARIES);

    /**
     * The words of each configuration snapshot, collected once: every check of the snapshot reads the same words.
     * Held weakly, no longer than the snapshot itself.
     */
    private static final Map<Settings, Vocabulary> VOCABULARIES = Collections.synchronizedMap(new WeakHashMap<>());

    private final Settings settings;
    private @Nullable Vocabulary vocabulary;

    private ConfigurationWords(Settings settings) {
        this.settings = settings;
    }

    /**
     * The words of a configuration, collected when first needed.
     *
     * @param settings the configuration; read, not retained beyond this run
     * @return the words
     */
    static ConfigurationWords of(Settings settings) {
        return new ConfigurationWords(settings);
    }

    /**
     * The {@code secrets.guessable} problem of a literal secret built from this configuration's own words, when it
     * takes fewer guesses than its purpose needs.
     *
     * @param setting the secret's setting, whose file and directory names count as words too
     * @param value the secret's effective value; not retained
     * @param purpose what it is for
     * @param guessability the estimator that takes the words as user inputs
     * @return the problem, or empty when the value is not made of the configuration's words
     */
    Optional<SecretProblem> assess(Setting setting, String value, SecretPurpose purpose, Guessability guessability) {
        String trimmed = value.trim();
        if (trimmed.length() < MIN_WORD || trimmed.length() > MAX_VALUE || trimmed.contains("${")) {
            return Optional.empty();
        }
        Index words = index(setting.origin().file().orElse(null));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (!words.occursIn(trimmed)) {
            return Optional.empty();
        }
        double capacity = SecretValues.capacityBits(trimmed);
        double bits = coverBits(trimmed, words, KeyWords.of(setting.key()));
        if (bits >= purpose.minBits() && trimmed.length() <= ZxcvbnGuessability.USER_INPUT_LENGTH) {
            List<String> found = words.found(trimmed);
            if (!found.isEmpty()) {
                double estimate = guessability.estimateBits(trimmed, found);
                if (estimate <= STRUCTURE_RATIO * capacity) {
                    bits = Math.min(bits, estimate);
                }
            }
        }
        if (bits >= purpose.minBits()) {
            return Optional.empty();
        }
        SecretShape shape = new SecretShape(value.length(), capacity, null);
        return Optional.of(new SecretProblem("secrets.guessable", shape,
                "is guessable: built from words this configuration itself holds (its project, product, owner, "
                        + "database, user or host names, key or file names) with little else, about "
                        + Math.round(bits) + " bits to guess for anyone who reads the configuration ("
                        + SecretStrength.describe(shape) + ") where " + SecretStrength.withArticle(purpose)
                        + " needs at least " + purpose.minBits() + " bits",
                "Replace it with a randomly generated value that names nothing. "
                        + SecretStrength.remediation(purpose)));
    }

    /**
     * The fewest bits that cover the whole value with the words (each costing the bits of picking one of them, one
     * more for a changed case or a letter substitution) and runs of digits and symbols (their alphabet's bits each,
     * two for a separator); infinity when some letters belong to no word.
     */
    static double coverBits(String value, Index words) {
        return coverBits(value, words, List.of());
    }

    /**
     * {@link #coverBits(String, Index)}, where a whole letter run between separators or digits may also be a word of
     * the secret's own key or the name of a stage, whatever its length ({@code db} and {@code prod} in
     * {@code fitness_booking_prod_db_2024} under {@code db_password}): the key and the deployment's stage are the
     * first words anyone tries beside the project's name.
     */
    static double coverBits(String value, Index words, List<String> keyWords) {
        int length = value.length();
        double[] best = new double[length + 1];
        boolean[] hasWord = new boolean[length + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < length; i++) {
            if (best[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            char raw = value.charAt(i);
            if (!isLetter(raw)) {
                double cost = isDigit(raw) ? DIGIT_BITS
                        : raw == '-' || raw == '_' || raw == '.' || raw == ' ' ? SEPARATOR_BITS : SYMBOL_BITS;
                relax(best, hasWord, i, i + 1, best[i] + cost, hasWord[i]);
            }
            if (isLetter(raw) && (i == 0 || !isLetter(value.charAt(i - 1)) || startsCamelWord(value, i))) {
                int end = i + 1;
                while (end < length && isLetter(value.charAt(end)) && !startsCamelWord(value, end)) {
                    end++;
                }
                String run = value.substring(i, end).toLowerCase(Locale.ROOT);
                if (keyWords.contains(run) || Stage.fromAlias(run).isPresent()
                        || StandInWords.STRENGTH_BOASTS.contains(run)) {
                    double cost = words.wordBits() + (isLowerCase(value, i, end) ? 0 : 1);
                    relax(best, hasWord, i, end, best[i] + cost, true);
                }
            }
            String[] bucket = words.bucket(canonical(raw));
            for (String word : bucket) {
                int end = i + word.length();
                if (matchesAt(value, i, word) && isWordRegion(value, i, end)) {
                    double cost = words.wordBits() + (isLowerCase(value, i, end) ? 0 : 1);
                    relax(best, hasWord, i, end, best[i] + cost, true);
                }
            }
        }
        return hasWord[length] ? best[length] : Double.POSITIVE_INFINITY;
    }

    /** Whether a capital after a lower-case letter opens a word at a position ({@code Secure} in {@code mySecure}). */
    private static boolean startsCamelWord(String value, int at) {
        return at > 0 && isUpper(value.charAt(at)) && isLower(value.charAt(at - 1));
    }

    private static void relax(double[] best, boolean[] hasWord, int from, int to, double bits, boolean word) {
        if (bits < best[to] || bits == best[to] && word && !hasWord[to]) {
            best[to] = bits;
            hasWord[to] = word;
        }
    }

    /** Whether a region is all lower-case letters: the word as written, unchanged. */
    private static boolean isLowerCase(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** A word may stand on substituted digits and symbols, but not on those alone. */
    private static boolean isWordRegion(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLetter(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of the configuration, with those of the file the secret was read from. */
    private Index index(@Nullable String file) {
        Vocabulary words = vocabulary;
        if (words == null) {
            synchronized (VOCABULARIES) {
                words = VOCABULARIES.get(settings);
                if (words == null) {
                    words = new Vocabulary(collect(settings));
                    VOCABULARIES.put(settings, words);
                }
            }
            vocabulary = words;
        }
        return words.index(file);
    }

    /**
     * A configuration's words and their indexes, without and with each file's words. Immutable once built; the
     * indexes are built when first asked for, by whichever thread asks (an index is immutable, so a race builds an
     * equal one twice at worst).
     */
    private static final class Vocabulary {

        private final Set<String> words;
        private final Map<String, Index> byFile = new ConcurrentHashMap<>(4);
        private volatile @Nullable Index withoutFile;

        Vocabulary(Set<String> words) {
            this.words = words;
        }

        Index index(@Nullable String file) {
            if (file == null) {
                Index index = withoutFile;
                if (index == null) {
                    index = Index.of(words);
                    withoutFile = index;
                }
                return index;
            }
            Index index = byFile.get(file);
            if (index == null) {
                Set<String> withFile = new HashSet<>(words);
                addFileWords(file, withFile);
                index = Index.of(withFile);
                byFile.putIfAbsent(file, index);
            }
            return index;
        }
    }

    /** The lower-case words of a configuration. */
    static Set<String> collect(Settings settings) {
        Set<String> words = new HashSet<>();
        Set<String> values = new HashSet<>();
        KeySegments segments = new KeySegments();
        SnapshotKeys keys = SnapshotKeys.of(settings);
        int position = -1;
        for (Setting setting : settings) {
            position++;
            String key = setting.key();
            if (setting.isPolicy()) {
                continue;
            }
            KeyVocabulary keyWords = keys.get(position, key, KEY_VOCABULARY_SLOT);
            segments.addAll(keyWords);
            String value = setting.value();
            if (setting.isDeferred() || value.isEmpty() || value.length() > MAX_SOURCE_VALUE) {
                continue;
            }
            boolean url = value.indexOf("://") > 0;
            if ((url || keyWords.namesSomething()) && values.add(value)) {
                if (url) {
                    addUrlWords(value, words);
                } else {
                    addWords(withoutReferences(value), words);
                }
            }
        }
        segments.addTo(words);
        return words;
    }

    /** Whether the key's last word names something, read in place: this runs for every setting. */
    static boolean namesSomething(String key) {
        int end = key.length();
        int start = end;
        while (start > 0) {
            char c = key.charAt(start - 1);
            if (!isLetterOrDigit(c) || start < end && isUpper(key.charAt(start)) && isLower(c)) {
                break;
            }
            start--;
        }
        int length = end - start;
        if (length < 2 || length > 12 || length >= NAME_WORDS_BY_LENGTH.length) {
            return false;
        }
        for (String word : NAME_WORDS_BY_LENGTH[length]) {
            if (key.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #NAME_WORDS} by length, so a key's last word is compared only with the words as long as it. */
    private static String[][] byLength(Set<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        String[][] byLength = new String[longest + 1][0];
        for (String word : words) {
            String[] same = Arrays.copyOf(byLength[word.length()], byLength[word.length()].length + 1);
            same[same.length - 1] = word;
            byLength[word.length()] = same;
        }
        return byLength;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * What a configuration's words take from one key: its segments of {@value #MIN_WORD} letters or more (ASCII
     * letters and digits between other characters, at most {@value #MAX_WORD} long), in lower case and in order,
     * each with its {@link KeySegments} hash; and whether its last word {@linkplain #namesSomething(String) names
     * something}. A pure function of the key, kept per key ({@link KeyMemo}).
     *
     * @param segments the segments, lower case
     * @param hashes the hash of each segment
     * @param namesSomething {@link #namesSomething(String)}
     */
    record KeyVocabulary(String[] segments, int[] hashes, boolean namesSomething) {

        private static final String[] NONE = new String[0];

        /**
         * One instance of each segment, shared by every key that holds it ({@code secret} of {@code JWT_SECRET} and of
         * {@code SESSION_SECRET}): {@link KeySegments} then finds a segment already collected by identity where it
         * compared the letters of two copies, once per setting of every new snapshot. Segments are parts of keys,
         * never of values, so they may be kept across snapshots as {@link KeyMemo} keeps keys.
         */
        private static final KeyMemo<String> SEGMENTS = KeyMemo.of(segment -> segment);

        static KeyVocabulary of(String key) {
            List<String> found = null;
            int start = 0;
            for (int i = 0; i <= key.length(); i++) {
                if (i == key.length() || !isLetterOrDigit(key.charAt(i))) {
                    if (i - start >= MIN_WORD && i - start <= MAX_WORD && letters(key, start, i) >= MIN_WORD) {
                        if (found == null) {
                            found = new ArrayList<>(2);
                        }
                        found.add(SEGMENTS.get(key.substring(start, i).toLowerCase(Locale.ROOT)));
                    }
                    start = i + 1;
                }
            }
            String[] segments = found == null ? NONE : found.toArray(String[]::new);
            int[] hashes = new int[segments.length];
            for (int i = 0; i < segments.length; i++) {
                hashes[i] = KeySegments.hash(segments[i], 0, segments[i].length());
            }
            return new KeyVocabulary(segments, hashes, ConfigurationWords.namesSomething(key));
        }
    }

    /**
     * The distinct segments of keys ({@code .}, {@code _}, {@code -} and the like separate them), in lower case, of
     * {@value #MIN_WORD} letters or more. Most keys repeat their neighbours' segments ({@code spring},
     * {@code datasource}), and every snapshot repeats its keys: each key is cut once ({@link KeyVocabulary}), and a
     * segment is compared by its hash, then its letters, and kept the first time it is seen.
     */
    private static final class KeySegments {

        private String[] table = new String[256];
        /** Each slot's segment hash, compared before the segment itself. */
        private int[] hashes = new int[256];
        private int size;

        /** The segments of a key, as {@link KeyVocabulary#of(String)} cut them, in order. */
        void addAll(KeyVocabulary key) {
            String[] keySegments = key.segments();
            int[] keyHashes = key.hashes();
            for (int i = 0; i < keySegments.length; i++) {
                add(keySegments[i], keyHashes[i]);
            }
        }

        /**
         * A segment, once: segments are ASCII letters and digits, so equal in lower case is equal ignoring case, and
         * the table is filled in the same order, slot by slot, as when each was read in place from its key.
         */
        private void add(String segment, int hash) {
            int mask = table.length - 1;
            int slot = hash & mask;
            while (table[slot] != null) {
                if (hashes[slot] == hash && table[slot].equals(segment)) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = segment;
            hashes[slot] = hash;
            if (++size * 2 > table.length) {
                grow();
            }
        }

        private void grow() {
            String[] old = table;
            int[] oldHashes = hashes;
            table = new String[old.length * 2];
            hashes = new int[old.length * 2];
            int mask = table.length - 1;
            for (int i = 0; i < old.length; i++) {
                String segment = old[i];
                if (segment != null) {
                    int slot = oldHashes[i] & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = segment;
                    hashes[slot] = oldHashes[i];
                }
            }
        }

        private static int hash(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                hash = 31 * hash + (isUpper(c) ? c + ('a' - 'A') : c);
            }
            return hash ^ (hash >>> 16);
        }

        void addTo(Set<String> words) {
            for (String segment : table) {
                if (segment != null) {
                    words.add(segment);
                }
            }
        }
    }

    /** The user, host and database of a URL ({@code jdbc:mysql://user@host:3306/db?…}); never its password. */
    private static void addUrlWords(String value, Set<String> words) {
        String url = withoutReferences(value);
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && " ,;'\"".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String rest = url.substring(start, end);
        int query = indexOfAny(rest, "?#");
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        String path = slash >= 0 ? rest.substring(slash + 1) : "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            addWords(colon >= 0 ? userInfo.substring(0, colon) : userInfo, words);
            authority = authority.substring(at + 1);
        }
        addWords(authority, words);
        int nextSlash = path.indexOf('/');
        addWords(nextSlash >= 0 ? path.substring(0, nextSlash) : path, words);
    }

    /** The words of a file's name and of its two parent directories' names. */
    private static void addFileWords(String file, Set<String> words) {
        String[] parts = file.split("[/\\\\]");
        for (int i = Math.max(0, parts.length - 3); i < parts.length; i++) {
            addWords(parts[i], words);
        }
    }

    private static String withoutReferences(String value) {
        int open = value.indexOf("${");
        if (open < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (open >= 0) {
            out.append(value, i, open).append(' ');
            int close = value.indexOf('}', open);
            if (close < 0) {
                return out.toString();
            }
            i = close + 1;
            open = value.indexOf("${", i);
        }
        return out.append(value, i, value.length()).toString();
    }

    /** Each word of a text (separators and camel case split them) and each of its letter runs. */
    private static void addWords(String text, Set<String> words) {
        for (String word : RelaxedNames.words(text)) {
            add(word, words);
            int run = 0;
            for (int i = 0; i <= word.length(); i++) {
                if (i < word.length() && isLetter(word.charAt(i))) {
                    run++;
                    continue;
                }
                if (run >= MIN_WORD && run < word.length()) {
                    add(word.substring(i - run, i), words);
                }
                run = 0;
            }
        }
    }

    private static void add(String word, Set<String> words) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD) {
            return;
        }
        if (letters(word, 0, word.length()) >= MIN_WORD) {
            words.add(word);
        }
    }

    private static int letters(String text, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            letters += isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters;
    }

    /**
     * The value in lower case with common letter substitutions undone ({@code 0} o, {@code 1} {@code !} {@code |}
     * and {@code l} i, {@code 3} e, {@code 4} {@code @} a, {@code 5} {@code $} s, {@code 7} t): a word and its
     * substituted spelling read alike.
     */
    static String canonical(String text) {
        int first = 0;
        while (first < text.length() && canonical(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] out = new char[text.length()];
        text.getChars(0, first, out, 0);
        for (int i = first; i < out.length; i++) {
            out[i] = canonical(text.charAt(i));
        }
        return new String(out);
    }

    /** One character of {@link #canonical(String)}. */
    static char canonical(char c) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return switch (lower) {
            case '0' -> 'o';
            case '1', '!', '|', 'l' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> lower < 0x80 ? lower : Character.toLowerCase(lower);
        };
    }

    /** Whether a canonical word is written at a position of a value, read in place. */
    static boolean matchesAt(String value, int at, String canonicalWord) {
        int length = canonicalWord.length();
        if (at + length > value.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (canonical(value.charAt(at + k)) != canonicalWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    @Override
    public String toString() {
        Vocabulary words = vocabulary;
        return "ConfigurationWords[" + (words == null ? "not collected" : words.words.size() + " words") + "]";
    }

    /**
     * Words indexed by the first letter of their canonical spelling, each with the spelling it was found in (zxcvbn
     * matches its user inputs as written, and undoes substitutions itself).
     */
    static final class Index {

        private static final String[] NONE = new String[0];

        /** How many canonical characters open a word in {@link #openings}. */
        private static final int OPENING = 4;
        /** Bits of {@link #openings}. */
        private static final int OPENING_BITS = 4096;

        private final String[][] canonical;
        private final String[][] written;
        private final int size;
        private final double wordBits;
        /**
         * Which openings (the first {@value #OPENING} canonical characters) some word starts with, by hash: a
         * position of a value whose opening is not here starts no word, so {@link #occursIn} looks at the buckets
         * only where one may; {@code null} when some word is shorter than that.
         */
        private final long @Nullable [] openings;

        private Index(String[][] canonical, String[][] written, int size) {
            this.canonical = canonical;
            this.written = written;
            this.size = size;
            this.wordBits = size == 0 ? 0 : Math.log(Math.max(size, MIN_VOCABULARY)) / Math.log(2);
            this.openings = openings(canonical);
        }

        private static long @Nullable [] openings(String[][] canonical) {
            long[] openings = new long[OPENING_BITS / 64];
            for (String[] bucket : canonical) {
                for (String word : bucket) {
                    if (word.length() < OPENING) {
                        return null;
                    }
                    int bit = opening(word.charAt(0), word.charAt(1), word.charAt(2), word.charAt(3));
                    openings[bit >>> 6] |= 1L << bit;
                }
            }
            return openings;
        }

        private static int opening(char first, char second, char third, char fourth) {
            int hash = ((first * 31 + second) * 31 + third) * 31 + fourth;
            return (hash ^ (hash >>> 12)) & (OPENING_BITS - 1);
        }

        private static boolean mayOpen(long[] openings, char first, char second, char third, char fourth) {
            int bit = opening(first, second, third, fourth);
            return (openings[bit >>> 6] & (1L << bit)) != 0;
        }

        static Index of(Set<String> words) {
            String[] canonicalWords = new String[words.size()];
            String[] writtenWords = new String[words.size()];
            int[] counts = new int[26];
            int size = 0;
            Set<String> seen = new HashSet<>();
            for (String word : words) {
                String canonicalWord = canonical(word);
                char first = canonicalWord.charAt(0);
                if (first >= 'a' && first <= 'z' && seen.add(canonicalWord)) {
                    canonicalWords[size] = canonicalWord;
                    writtenWords[size] = word;
                    counts[first - 'a']++;
                    size++;
                }
            }
            // each bucket made at its size, filled in the words' order: no list per letter, no copy of one
            String[][] canonical = new String[26][];
            String[][] written = new String[26][];
            for (int i = 0; i < 26; i++) {
                canonical[i] = counts[i] == 0 ? NONE : new String[counts[i]];
                written[i] = counts[i] == 0 ? NONE : new String[counts[i]];
                counts[i] = 0;
            }
            for (int k = 0; k < size; k++) {
                int letter = canonicalWords[k].charAt(0) - 'a';
                canonical[letter][counts[letter]] = canonicalWords[k];
                written[letter][counts[letter]++] = writtenWords[k];
            }
            return new Index(canonical, written, size);
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The bits of picking one word among them, counting at least {@value ConfigurationWords#MIN_VOCABULARY} words. */
        double wordBits() {
            return wordBits;
        }

        String[] bucket(char canonicalChar) {
            return canonicalChar >= 'a' && canonicalChar <= 'z' ? canonical[canonicalChar - 'a'] : NONE;
        }

        /** Whether some word occurs in a value, read in place: most secrets hold none and cost nothing more. */
        boolean occursIn(String value) {
            long[] openings = this.openings;
            int length = value.length();
            if (openings == null) {
                return occursInEveryPosition(value);
            }
            if (length < OPENING) {
                return false;
            }
            char first = canonical(value.charAt(0));
            char second = canonical(value.charAt(1));
            char third = canonical(value.charAt(2));
            for (int i = 0; i + OPENING <= length; i++) {
                char fourth = canonical(value.charAt(i + 3));
                if (mayOpen(openings, first, second, third, fourth)) {
                    for (String word : bucket(first)) {
                        if (matchesAt(value, i, word)) {
                            return true;
                        }
                    }
                }
                first = second;
                second = third;
                third = fourth;
            }
            return false;
        }

        /** {@link #occursIn} by its definition, every position against its bucket: the reference for tests. */
        boolean occursInEveryPosition(String value) {
            for (int i = 0; i < value.length(); i++) {
                for (String word : bucket(canonical(value.charAt(i)))) {
                    if (matchesAt(value, i, word)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The distinct words, as written, that occur in a value. */
        List<String> found(String value) {
            List<String> found = new ArrayList<>(2);
            for (int i = 0; i < value.length(); i++) {
                char c = canonical(value.charAt(i));
                if (c < 'a' || c > 'z') {
                    continue;
                }
                String[] bucket = canonical[c - 'a'];
                for (int w = 0; w < bucket.length; w++) {
                    if (matchesAt(value, i, bucket[w]) && !found.contains(written[c - 'a'][w])) {
                        found.add(written[c - 'a'][w]);
                    }
                }
            }
            return found;
        }
    }
}

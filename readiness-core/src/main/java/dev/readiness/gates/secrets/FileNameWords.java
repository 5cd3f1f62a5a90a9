package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The file name an origin names ({@code config/.env.example:3} → {@code .env.example}, {@code [application-local.yaml]}
 * → {@code application-local.yaml}) and whether one of its words ({@code .}, {@code _} and {@code -} separate them)
 * is in a set. Stateless.
 */
final class FileNameWords {

    /**
     * The bounds of the last origin's file name. A secret's origin is read by several rules in a row (example,
     * development, base and profile files), each of which used to find the name anew; the bounds are kept for the
     * description they were found in, compared by identity. A file origin's bounds are found in its file name alone,
     * which every setting of the file shares (a setting makes its origin's {@code name:line} text anew whenever it is
     * asked): the name ends where the description's {@code :line} starts, so the bounds are the same. Threads may
     * overwrite each other's entry: each is complete and immutable, so a reader finds its own description's bounds or
     * finds them anew.
     */
    private static @Nullable NameBounds last;

    /**
     * The last description found to be an environment variable's or system property's: the rules that read a secret's
     * origin in a row find it here instead of testing the description again, and its first letter says which of the two
     * shared names it has. One reference, so threads that overwrite it leave a description that was tested.
     */
    private static @Nullable String lastShared;

    private FileNameWords() {
    }

    /** Where the file name of a description starts and ends, and whether it is ASCII. */
    private static final class NameBounds {

        final String description;
        final int start;
        final int end;
        final boolean ascii;
        /**
         * The name itself when it is one lower-case word of letters (the shared {@code environment} and
         * {@code system}), so a set of lower-case words holds one of its words exactly when it holds this one;
         * otherwise {@code null}.
         */
        final @Nullable String word;
        /**
         * {@link #nameHasWord} of this name, by the word set asked (compared by identity: each rule asks with its own
         * constant set), in a few slots: the rules of a file's every literal secret ask the same sets of the same
         * name. A record is read whole (its fields are final); a slot another thread overwrote is read again.
         */
        final WordsAnswer[] answers = new WordsAnswer[8];

        NameBounds(String description) {
            this(description, false);
        }

        NameBounds(String description, boolean shared) {
            this.description = description;
            this.start = nameStart(description);
            this.end = nameEnd(description, start);
            this.ascii = isAscii(description, start, end);
            this.word = shared && isLowerWord(description, start, end) ? description.substring(start, end) : null;
        }
    }

    private static NameBounds bounds(Origin origin) {
        String description = origin.description();
        NameBounds bounds = last;
        if (bounds != null && bounds.description == description) {
            return bounds;
        }
        if (lastShared == description) {
            return description.charAt(0) == 'e' ? ENVIRONMENT_NAME : SYSTEM_PROPERTY_NAME;
        }
        NameBounds shared = processOrigin(description);
        if (shared != null) {
            lastShared = description;
            return shared;
        }
        String named = origin.file().orElse(description);
        if (bounds != null && bounds.description == named) {
            return bounds;
        }
        bounds = new NameBounds(named);
        last = bounds;
        return bounds;
    }

    private static final String ENVIRONMENT = "environment variable ";
    private static final String SYSTEM_PROPERTY = "system property ";
    private static final NameBounds ENVIRONMENT_NAME = new NameBounds(ENVIRONMENT, true);
    private static final NameBounds SYSTEM_PROPERTY_NAME = new NameBounds(SYSTEM_PROPERTY, true);

    /**
     * The bounds of an environment variable's or system property's origin, shared: its name is the description's first
     * word ({@code environment}, {@code system}) whatever variable it names, unless a path or {@code [} follows.
     */
    private static @Nullable NameBounds processOrigin(String description) {
        NameBounds shared = description.startsWith(ENVIRONMENT) ? ENVIRONMENT_NAME
                : description.startsWith(SYSTEM_PROPERTY) ? SYSTEM_PROPERTY_NAME : null;
        return shared == null || description.indexOf('/') >= 0 || description.indexOf('\\') >= 0
                || description.indexOf('[') >= 0 ? null : shared;
    }

    /**
     * The lower-case name of the file an origin names, or the whole description's last segment when it names none.
     */
    static String fileName(Origin origin) {
        NameBounds name = bounds(origin);
        return name.description.substring(name.start, name.end).toLowerCase(Locale.ROOT);
    }

    /** {@code fileName(origin).equals(lowerName)}, read in place when the name is ASCII. */
    static boolean nameIs(Origin origin, String lowerName) {
        NameBounds name = bounds(origin);
        if (!name.ascii) {
            return fileName(origin).equals(lowerName);
        }
        return name.end - name.start == lowerName.length()
                && AsciiCase.regionIs(name.description, name.start, lowerName);
    }

    /**
     * The first of {@code lowerSuffixes} that {@code fileName(origin)} ends with, read in place when the name is
     * ASCII; {@code null} when it ends with none.
     */
    static @Nullable String nameSuffix(Origin origin, List<String> lowerSuffixes) {
        NameBounds bounds = bounds(origin);
        String description = bounds.description;
        int start = bounds.start;
        int end = bounds.end;
        boolean ascii = bounds.ascii;
        String name = ascii ? null : fileName(origin);
        for (String suffix : lowerSuffixes) {
            if (ascii ? end - start >= suffix.length() && AsciiCase.regionIs(description, end - suffix.length(), suffix)
                    : name.endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /** A word set (by identity) and whether a name holds one of its words. */
    private record WordsAnswer(Set<String> words, boolean has) {
    }

    /** {@code hasWord(fileName(origin), words)}, read in place when the name is ASCII, once per name and word set. */
    static boolean nameHasWord(Origin origin, Set<String> words) {
        NameBounds bounds = bounds(origin);
        if (bounds.word != null) {
            return bounds.word.length() >= 3 && words.contains(bounds.word);
        }
        WordsAnswer[] answers = bounds.answers;
        int slot = System.identityHashCode(words) & (answers.length - 1);
        WordsAnswer known = answers[slot];
        if (known != null && known.words() == words) {
            return known.has();
        }
        boolean has = bounds.ascii ? readHasWord(bounds, words) : hasWord(fileName(origin), words);
        answers[slot] = new WordsAnswer(words, has);
        return has;
    }

    private static boolean readHasWord(NameBounds bounds, Set<String> words) {
        String description = bounds.description;
        int start = bounds.start;
        int end = bounds.end;
        int wordStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || isWordSeparator(description.charAt(i))) {
                if (i - wordStart >= 3 && anyAt(description, wordStart, i - wordStart, words)) {
                    return true;
                }
                wordStart = i + 1;
            }
        }
        return false;
    }

    /** Just after the last path separator or {@code [}, or 0: one scan from the end. */
    /**
     * Where the name of the origin's own file starts: after the last separator before the route of a resolved
     * reference ({@code application-prod.yml:3:10 via environment variable MONGODB_URI from /srv/app/good.env:1} names
     * {@code application-prod.yml}, however the route's file was spelled: an absolute path there made the route's
     * file the setting's own, and so the same files judged differently by how the command line spelled their paths).
     */
    private static int nameStart(String description) {
        int route = description.indexOf(" via ");
        for (int i = (route < 0 ? description.length() : route) - 1; i >= 0; i--) {
            char c = description.charAt(i);
            if (c == '/' || c == '\\' || c == '[') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int nameEnd(String description, int start) {
        int end = start;
        while (end < description.length() && description.charAt(end) != ']' && description.charAt(end) != ':'
                && description.charAt(end) != ' ') {
            end++;
        }
        return end;
    }

    private static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isWordSeparator(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    private static boolean anyAt(String text, int at, int length, Set<String> words) {
        for (String word : words) {
            if (word.length() == length && AsciiCase.regionIs(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a file name ({@code .}, {@code _} and {@code -} separate them) without the trailing words that are
     * in {@code extensions} ({@code settings_dev.py.env} with extensions {@code py}, {@code env} → settings, dev);
     * the first word always stays.
     */
    static List<String> stemWords(String name, Set<String> extensions) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isWordSeparator(name.charAt(i))) {
                if (i > start) {
                    words.add(name.substring(start, i));
                }
                start = i + 1;
            }
        }
        while (words.size() > 1 && extensions.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Whether a word of three characters or more of {@code name} is one of {@code words}. */
    static boolean hasWord(String name, Set<String> words) {
        int wordStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isWordSeparator(name.charAt(i))) {
                if (i - wordStart >= 3 && words.contains(name.substring(wordStart, i))) {
                    return true;
                }
                wordStart = i + 1;
            }
        }
        return false;
    }
}

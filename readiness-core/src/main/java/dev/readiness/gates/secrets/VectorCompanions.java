package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Initialisation vectors written beside the key they go with: PrestaShop's {@code _RIJNDAEL_IV_} beside
 * {@code _RIJNDAEL_KEY_} and {@code _COOKIE_IV_} beside {@code _COOKIE_KEY_}, OpenMRS's {@code encryption.vector}
 * beside {@code encryption.key}, LibreChat's {@code CREDS_IV} beside {@code CREDS_KEY}. A vector alone is no secret
 * worth judging (an 8-character Blowfish vector would read as a weak key, which is the wrong message), but one
 * committed with its key is as public as the key: when this check found the key published (a sample's value, a
 * shipped default, an installer's committed value), the vector beside it, written in the same file, is reported with
 * the key's code and severity, naming the key. A vector whose key has no such finding, one a reference supplies, or one
 * in another file than its key is left alone (fortieth pass's leftover, forty-first pass). Not thread-safe: one per
 * check.
 */
final class VectorCompanions {

    /** The codes that say a key's value is public. */
    private static final Set<String> PUBLIC_CODES = Set.of("secrets.likely-published", "secrets.published-default");

    private final List<Setting> vectors = new ArrayList<>();

    /**
     * Whether a key may name an initialisation vector: its last character, before any trailing underscores, ends
     * {@code iv} or {@code vector}. The check asks this of every literal setting, so it reads at most a few
     * characters; {@link #keyOf} decides.
     *
     * @param key the key as written
     * @return {@code false} only for keys {@link #keyOf} rejects
     */
    static boolean mayNameVector(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '_') {
            end--;
        }
        if (end < 3) {
            return false;
        }
        char last = key.charAt(end - 1);
        return last == 'v' || last == 'V' || last == 'r' || last == 'R';
    }

    /**
     * The key a vector's key names beside it: its {@code iv} or {@code vector} word (separated, or a camel-case word,
     * an {@code init}/{@code initialization} word before {@code vector} included) replaced by {@code key} in the same
     * case, trailing underscores kept ({@code _RIJNDAEL_IV_} to {@code _RIJNDAEL_KEY_}, {@code encryption.vector} to
     * {@code encryption.key}, {@code cipherIv} to {@code cipherKey}); {@code null} when the key names no vector
     * ({@code PRIV}, {@code server}, {@code vector.store}, a key that is only the word).
     *
     * @param key the key as written
     * @return the companion key's name, or {@code null}
     */
    static @Nullable String keyOf(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '_') {
            end--;
        }
        String core = key.substring(0, end);
        String trailing = key.substring(end);
        int start = wordStart(core, "iv");
        if (start < 0) {
            start = wordStart(core, "vector");
            if (start > 0) {
                for (String init : List.of("initialization", "initialisation", "init")) {
                    int before = wordStart(core.substring(0, start - (isSeparator(core.charAt(start - 1)) ? 1 : 0)),
                            init);
                    if (before >= 0) {
                        start = before;
                        break;
                    }
                }
            }
        }
        if (start <= 0) {
            return null;
        }
        String word = core.substring(start);
        String keyWord = word.length() > 1 && Character.isUpperCase(word.charAt(1)) ? "KEY"
                : Character.isUpperCase(word.charAt(0)) ? "Key" : "key";
        return core.substring(0, start) + keyWord + trailing;
    }

    /**
     * Where {@code word} starts as the last word of {@code text} (any case): after a separator, or as a camel-case
     * word after a lower-case letter or a digit; {@code -1} when it is not the last word, {@code 0} when it is all.
     */
    private static int wordStart(String text, String word) {
        int start = text.length() - word.length();
        if (start < 0 || !text.regionMatches(true, start, word, 0, word.length())) {
            return -1;
        }
        if (start == 0) {
            return 0;
        }
        char before = text.charAt(start - 1);
        char first = text.charAt(start);
        boolean camel = Character.isUpperCase(first) && (Character.isLowerCase(before) || Character.isDigit(before));
        return isSeparator(before) || camel ? start : -1;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '.' || c == '-';
    }

    /**
     * Keeps a literal setting whose key names a vector, to be read once the check's findings are known.
     *
     * @param setting a setting whose value is a non-blank literal
     */
    void observe(Setting setting) {
        if (setting.origin().file().isPresent() && keyOf(setting.key()) != null) {
            vectors.add(setting);
        }
    }

    /**
     * The findings of the kept vectors whose key, in the same file, has a finding that says its value is public, and
     * which have no finding of their own.
     *
     * @param found the check's findings so far
     * @return one finding per such vector
     */
    List<Finding> findings(List<Finding> found) {
        if (vectors.isEmpty()) {
            return List.of();
        }
        Map<String, Finding> publicBySubject = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Finding finding : found) {
            reported.add(finding.subject());
            if (PUBLIC_CODES.contains(finding.code())) {
                publicBySubject.merge(finding.subject(), finding,
                        (first, second) -> second.severity().compareTo(first.severity()) > 0 ? second : first);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Setting vector : vectors) {
            Finding key = publicBySubject.get(keyOf(vector.key()));
            if (key == null || reported.contains(vector.key())
                    || !key.origin().file().equals(vector.origin().file())) {
                continue;
            }
            OptionalInt line = key.origin().line();
            String where = line.isPresent() ? "line " + line.getAsInt() : key.origin().toString();
            findings.add(Finding.of(key.severity(), key.code(), vector)
                    .message("is the initialisation vector written beside " + key.subject() + " (" + where
                            + "), whose value this check found public (" + key.code() + "): a vector committed with "
                            + "its key is as public as the key, and with both anyone can decrypt what they protect")
                    .remediation("Generate a new key and a new vector together, keep both in the deployment's secret "
                            + "store rather than in this file, and re-encrypt what the old pair protected.")
                    .build());
        }
        return findings;
    }
}

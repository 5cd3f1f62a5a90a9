package dev.readiness.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys that hold a secret: a credential pasted where a key belongs, as a line of its own in a properties file
 * ({@code ghp_…} with no {@code =}), as the key of a YAML entry ({@code sk_live_…: x}) or as a variable name. Such a
 * key would be printed as the subject of every finding about its setting, so the runner scrubs it from every
 * finding ({@link FindingScrubber}) and the secrets gate reports it without its text.
 *
 * <p>A part of a key is secret-shaped when, between the separators a key uses ({@code . [ ] : / \} and blanks), it
 * has at least {@value #MIN_LENGTH} characters and is either hex of at least {@value #MIN_HEX} characters with
 * letters and digits (a 128-bit key), or letters and digits that change character class (lower, upper, digit)
 * between at least {@value #MIN_CHANGES_PERCENT} % of neighbouring characters, as random text does (about 60 %) and
 * names do not ({@code maximumPoolSizeForReplicas2} changes at 15 %, {@code OAUTH2_CLIENT_REGISTRATION} at 5 %); a
 * {@code _ - + =} inside it separates classes without counting. Stateless.
 */
public final class SecretShapedKeys {

    /** Characters of the shortest secret-shaped part: 20 random base62 characters carry about 119 bits. */
    public static final int MIN_LENGTH = 20;

    private static final int MIN_HEX = 32;
    private static final int MIN_CHANGES_PERCENT = 40;
    private static final int MAX_PART = 1024;

    private SecretShapedKeys() {
    }

    /**
     * Whether a key holds a secret-shaped part. Cheap for ordinary keys: one pass over the characters, and parts
     * shorter than {@value #MIN_LENGTH} are never examined further.
     *
     * @param key a key as written
     * @return {@code true} when some part of the key looks like an issued credential or a random secret
     */
    public static boolean holdsSecret(String key) {
        return key.length() >= MIN_LENGTH && nextSecretPart(key, 0) >= 0;
    }

    /**
     * The secret-shaped parts of a key, longest first, for scrubbing.
     *
     * @param key a key as written
     * @return the parts, empty when there is none
     */
    public static List<String> secretParts(String key) {
        List<String> parts = new ArrayList<>(1);
        for (int start = nextSecretPart(key, 0); start >= 0; start = nextSecretPart(key, partEnd(key, start) + 1)) {
            parts.add(key.substring(start, partEnd(key, start)));
        }
        parts.sort((one, other) -> Integer.compare(other.length(), one.length()));
        return parts;
    }

    /** The start of the first secret-shaped part at or after an index, or -1. */
    private static int nextSecretPart(String key, int from) {
        for (int start = from; start < key.length(); ) {
            int end = partEnd(key, start);
            if (end - start >= MIN_LENGTH && isSecretPart(key, start, end)) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    /** A cheap first test: a long name without a digit (most variable names) is never random. */
    private static boolean hasDigit(String key, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int partEnd(String key, int start) {
        int end = start;
        while (end < key.length() && !isSeparator(key.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * The key with each secret-shaped part replaced by {@value FindingScrubber#REDACTED}, safe to print.
     *
     * @param key a key as written
     * @return the key itself when it holds no secret-shaped part
     */
    public static String redacted(String key) {
        String shown = key;
        for (String part : secretParts(key)) {
            shown = shown.replace(part, FindingScrubber.REDACTED);
        }
        return shown;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '[' || c == ']' || c == ':' || c == '/' || c == '\\' || c == '"' || c == '\''
                || Character.isWhitespace(c);
    }

    private static boolean isSecretPart(String key, int from, int to) {
        if (to - from > MAX_PART || !hasDigit(key, from, to)) {
            return false;
        }
        CharacterClasses classes = CharacterClasses.of(key, from, to, false, false);
        if (classes == null || !classes.letter() || !classes.digit()) {
            return false;
        }
        if (classes.hex()) {
            return classes.alphanumerics() >= MIN_HEX && classes.alphanumerics() == to - from;
        }
        return classes.alphanumerics() >= MIN_LENGTH && classes.changesAtLeast(MIN_CHANGES_PERCENT / 100.0);
    }
}

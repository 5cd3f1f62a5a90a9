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
 * has at least {@value #MIN_LONG} characters and is either hex of at least {@value #MIN_HEX} characters with
 * letters and digits (a 128-bit key), or letters and digits that change character class (lower, upper, digit)
 * between at least {@value #MIN_CHANGES_PERCENT} % of neighbouring characters, as random text does (about 60 %) and
 * names do not ({@code maximumPoolSizeForReplicas2} changes at 15 %, {@code OAUTH2_CLIENT_REGISTRATION} at 5 %); a
 * {@code _ - + =} inside it separates classes without counting. A shorter part, of {@value #MIN_LENGTH} to 19
 * characters, is secret-shaped when it is all letters and digits, holds both cases and a digit, and changes class
 * between at least {@value #MIN_SHORT_CHANGES_PERCENT} % of neighbours (a 16-character random token does in about
 * two cases of three; {@code X509TrustManagerV2} changes at 41 %). An AWS access key id ({@code AKIA} and 16
 * upper-case base32 characters) is secret-shaped whatever its class changes. A run of base64 characters holding a
 * {@code /} ({@code MIIEow/x+Yz…}, a line of a PEM key) is judged whole by the same rules, as {@code /} would split it
 * into parts too short to judge (so is one with a {@code +} or padding). Stateless.
 */
public final class SecretShapedKeys {

    /**
     * Characters of the shortest secret-shaped part: a short token of 12 random base62 characters (about 71 bits)
     * with both cases and digits; a longer part needs less (see the class description).
     */
    public static final int MIN_LENGTH = 12;

    /** From this length a part of one case and digits, or with fewer class changes, can be secret-shaped. */
    private static final int MIN_LONG = 20;

    private static final int MIN_SHORT_CHANGES_PERCENT = 55;

    /** The four-letter prefixes of AWS access key ids ({@code AKIA…} long-term, {@code ASIA…} temporary, …). */
    private static final java.util.Set<String> AWS_KEY_ID_PREFIXES = java.util.Set.of("AKIA", "ASIA", "ABIA",
            "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "APKA", "AROA", "ASCA");

    /**
     * Letters and digits from which a base64 run is judged as random text is (two fifths of its neighbours change
     * class): a line of a PEM key has 64; a shorter run, such as names joined by {@code /}
     * ({@code 11KAlYAN11/EcommerceEnd2EndApp}), must change as often as a short token.
     */
    private static final int MIN_BASE64_LINE = 40;

    private static final int MIN_HEX = 32;
    private static final int MIN_CHANGES_PERCENT = 40;
    private static final int MAX_PART = 1024;

    private SecretShapedKeys() {
    }

    /**
     * Whether a key holds a secret-shaped part. Cheap for ordinary keys: one pass over the characters, and parts
     * shorter than {@value #MIN_LENGTH} or without a digit are never examined further.
     *
     * @param key a key as written
     * @return {@code true} when some part of the key looks like an issued credential or a random secret
     */
    public static boolean holdsSecret(String key) {
        return key.length() >= MIN_LENGTH && (nextSecretPart(key, 0) >= 0 || !base64Runs(key).isEmpty());
    }

    /**
     * The runs of a key that are base64 with a {@code /}, {@code +} or {@code =} in them and secret-shaped as a
     * whole: a line of a PEM private key or certificate, or a base64 token, pasted where a key belongs. {@code /}
     * separates the parts of a key, so each part alone can be too short to judge, and a short part with a {@code +}
     * or padding is not all letters and digits, while the line is random text that must not be printed. Empty, at
     * the cost of three looks, for a key without any of the three.
     */
    private static List<String> base64Runs(String key) {
        if (key.indexOf('/') < 0 && key.indexOf('+') < 0 && key.indexOf('=') < 0) {
            return List.of();
        }
        List<String> runs = new ArrayList<>(1);
        int length = key.length();
        int start = 0;
        while (start < length) {
            if (!isBase64(key.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            boolean symbol = false;
            while (end < length && isBase64(key.charAt(end))) {
                symbol |= key.charAt(end) == '/' || key.charAt(end) == '+' || key.charAt(end) == '=';
                end++;
            }
            if (symbol && end - start >= MIN_LENGTH && end - start <= MAX_PART && isRandomBase64(key, start, end)) {
                runs.add(key.substring(start, end));
            }
            start = end;
        }
        return runs;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=';
    }

    private static boolean isRandomBase64(String key, int from, int to) {
        CharacterClasses classes = CharacterClasses.of(key, from, to, true, true);
        if (classes == null || !classes.digit() || !classes.lower() || !classes.upper()
                || isMostlyWords(key, from, to)) {
            return false;
        }
        return classes.changesAtLeast((classes.alphanumerics() < MIN_BASE64_LINE ? MIN_SHORT_CHANGES_PERCENT
                : MIN_CHANGES_PERCENT) / 100.0);
    }

    /**
     * The secret-shaped parts of a key, longest first, for scrubbing.
     *
     * @param key a key as written
     * @return the parts, empty when there is none
     */
    public static List<String> secretParts(String key) {
        List<String> parts = new ArrayList<>(base64Runs(key));
        for (int start = nextSecretPart(key, 0); start >= 0; start = nextSecretPart(key, partEnd(key, start) + 1)) {
            parts.add(key.substring(start, partEnd(key, start)));
        }
        parts.sort((one, other) -> Integer.compare(other.length(), one.length()));
        return parts;
    }

    /** The start of the first secret-shaped part at or after an index, or -1. */
    private static int nextSecretPart(String key, int from) {
        int length = key.length();
        for (int start = from; start < length; ) {
            boolean digit = false;
            boolean lower = false;
            boolean upper = false;
            boolean beyondHex = false;
            int pairs = 0;
            int changes = 0;
            int previous = -1;
            int end = start;
            for (char c; end < length && !isSeparator(c = key.charAt(end)); end++) {
                int kind = c >= '0' && c <= '9' ? 0 : c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : -1;
                if (kind < 0) {
                    previous = -1;
                    continue;
                }
                digit |= kind == 0;
                lower |= kind == 1;
                upper |= kind == 2;
                beyondHex |= kind == 1 && c > 'f' || kind == 2 && c > 'F';
                if (previous >= 0) {
                    pairs++;
                    changes += previous == kind ? 0 : 1;
                }
                previous = kind;
            }
            if (mayBeSecretPart(end - start, digit, lower && upper, !beyondHex, changes * 100 >= pairs * 40)
                    && isSecretPart(key, start, end)) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    /**
     * What one pass over a part must allow before it is examined: a digit; an AWS key id's length; or, shorter than
     * {@value #MIN_LONG} characters, both cases and class changes; or, longer, hex letters or class changes. The
     * changes are counted as {@link CharacterClasses} counts them, to the lower of the two shares the rules ask.
     */
    private static boolean mayBeSecretPart(int length, boolean digit, boolean bothCases, boolean hexLetters,
            boolean changes) {
        if (length < MIN_LENGTH || !digit) {
            return false;
        }
        if (length == MIN_LONG) {
            return true;
        }
        return length < MIN_LONG ? bothCases && changes : hexLetters || changes;
    }

    /**
     * Whether at least half of a part of both cases (two fifths of a short one) is written in capitalised words of
     * four letters or more ({@code Simple8BitZipEncoding}, {@code Log4j2LoggingStrategy}, {@code W3CLogFileSizeLimit}:
     * class names under {@code logging.level.}), a lower-case word of three or more opening it counting too
     * ({@code jdbcConnection4}): random text of both cases has few such runs, a camel-case name is made of them. Of
     * 53,442 class names from the jars of a Maven repository, 56 were secret-shaped before this test and none after;
     * random base62 tokens of 20 characters are still caught 92 % of the time (95 % before), of 40, 99 %.
     */
    private static boolean isMostlyWords(String key, int from, int to) {
        int inWords = 0;
        int i = from;
        while (i < to) {
            int start = i;
            boolean capital = key.charAt(i) >= 'A' && key.charAt(i) <= 'Z';
            if (capital) {
                i++;
            }
            int lower = i;
            while (i < to && key.charAt(i) >= 'a' && key.charAt(i) <= 'z') {
                i++;
            }
            if (i - lower >= 3 && (capital || start == from)) {
                inWords += i - start;
            }
            if (i == start) {
                i++;
            }
        }
        return to - from < MIN_LONG ? inWords * 5 >= (to - from) * 2 : inWords * 2 >= to - from;
    }

    /**
     * An AWS access key id: one of the documented four-letter prefixes and 16 characters of upper-case base32
     * ({@code A-Z}, {@code 2-7}), with a digit among them: one case and few class changes, so the rule of random
     * text misses it, and no name is written so.
     */
    private static boolean isAwsKeyId(String key, int from, int to) {
        if (to - from != 20 || !AWS_KEY_ID_PREFIXES.contains(key.substring(from, from + 4))) {
            return false;
        }
        for (int i = from + 4; i < to; i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
                return false;
            }
        }
        return true;
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
        if (c > ' ' && c < 127) {
            return c == '.' || c == '[' || c == ']' || c == ':' || c == '/' || c == '\\' || c == '"' || c == '\'';
        }
        return Character.isWhitespace(c);
    }

    private static boolean isSecretPart(String key, int from, int to) {
        if (to - from > MAX_PART) {
            return false;
        }
        if (isAwsKeyId(key, from, to)) {
            return true;
        }
        CharacterClasses classes = CharacterClasses.of(key, from, to, false, false);
        if (classes == null || !classes.letter() || !classes.digit()
                || classes.lower() && classes.upper() && isMostlyWords(key, from, to)) {
            return false;
        }
        if (to - from < MIN_LONG) {
            return classes.lower() && classes.upper() && classes.alphanumerics() == to - from
                    && classes.changesAtLeast(MIN_SHORT_CHANGES_PERCENT / 100.0);
        }
        if (classes.hex()) {
            return classes.alphanumerics() >= MIN_HEX && classes.alphanumerics() == to - from;
        }
        return classes.alphanumerics() >= MIN_LENGTH && classes.changesAtLeast(MIN_CHANGES_PERCENT / 100.0);
    }
}

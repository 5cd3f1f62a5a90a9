package dev.readiness.gates.sandbox;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of test-mode credentials, whoever issued them: short segments joined by {@code _} or {@code -} (or a
 * leading sandbox segment ended by {@code :}, as in Sumsub's {@code sbx:…}; {@code test:} is as often a user name),
 * one of which is a mode segment ({@code test}, {@code sandbox}, {@code sbx}, {@code sbox}, {@code tst}, and after
 * another segment also {@code sb}, {@code dev}, {@code development}, {@code staging}, {@code stg}), followed by a
 * body that looks random ({@code pk_test_51H…}, {@code pkey_test_5x…}, {@code CHASECK_TEST-…},
 * {@code egy_sk_test_…}, {@code sandbox-sq0idb-…}) or is a placeholder ({@code sk_test_...},
 * {@code sk_test_your_key}, a key cut short with an ellipsis {@code pk_test_51M....}, a counting or repeated filler
 * {@code sk_test_1234}, or nothing after a mode segment that follows another segment, {@code pk_test_}). Live keys ({@code pk_live_…}), keys whose first segment is only spelled like a mode
 * ({@code sb_secret_…} is Supabase), and values that merely contain the letters ({@code contest_…},
 * {@code q8Ztest0…}) do not match. Reads at most the first {@value #SCAN} characters; never allocates unless it
 * matches.
 */
final class CredentialGrammar {

    /** How many leading characters may hold the segments before the body. */
    static final int SCAN = 40;

    private static final int MAX_SEGMENT = 12;
    private static final int MAX_SEGMENTS_BEFORE_MODE = 3;
    private static final int MIN_RANDOM_BODY = 10;
    private static final int MIN_RANDOM_BODY_OTHERWISE = 16;
    /** The shortest value {@link #read} reads; a caller may test it first and leave this class unloaded. */
    static final int MIN_VALUE = 7;
    private static final int MAX_VALUE = 1024;
    private static final int MAX_ELIDED_LEAD = 8;
    private static final int MAX_FILLER = 16;
    /** The longest kind segment after a leading mode ({@code ck}, {@code sk}, {@code pk}, {@code pub}). */
    private static final int MAX_KIND = 3;

    /**
     * A match.
     *
     * @param mode the lower-case mode segment, e.g. {@code test}
     * @param placeholder whether the body is placeholder text rather than a key
     */
    record Match(String mode, boolean placeholder) {
    }

    private CredentialGrammar() {
    }

    static @Nullable Match read(String value) {
        int length = value.length();
        if (length < MIN_VALUE || length > MAX_VALUE) {
            return null;
        }
        int limit = Math.min(length, SCAN);
        int start = 0;
        int segment = 0;
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            boolean colon = c == ':' && segment == 0;
            boolean separator = c == '_' || c == '-' || colon;
            boolean dots = c == '.' || c == '…';
            if (!separator && !dots) {
                if (!isAsciiLetterOrDigit(c) || i - start >= MAX_SEGMENT) {
                    return null;
                }
                continue;
            }
            if (i == start) {
                return null;
            }
            String mode = mode(value, start, i, segment);
            if (mode != null && colon && !ModeWords.SANDBOX_VALUES.contains(mode)) {
                return null;
            }
            if (mode != null) {
                if (dots) {
                    return onlyDots(value, i) ? new Match(mode, true) : null;
                }
                boolean strong = segment > 0 && ModeWords.LEADING_CREDENTIAL_MODES.contains(mode);
                if (strong && i == length - 1) {
                    return new Match(mode, true);
                }
                return body(value, i + 1, mode, strong ? MIN_RANDOM_BODY : MIN_RANDOM_BODY_OTHERWISE);
            }
            if (dots || ++segment > MAX_SEGMENTS_BEFORE_MODE) {
                return null;
            }
            start = i + 1;
        }
        return null;
    }

    private static @Nullable String mode(String value, int from, int to, int segment) {
        int length = to - from;
        if (length < 2 || length > 11) {
            return null;
        }
        boolean lower = true;
        boolean upper = true;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            lower &= c >= 'a' && c <= 'z';
            upper &= c >= 'A' && c <= 'Z';
        }
        if (!lower && !upper) {
            return null;
        }
        String word = value.substring(from, to).toLowerCase(Locale.ROOT);
        if (!ModeWords.CREDENTIAL_MODES.contains(word)) {
            return null;
        }
        return segment == 0 && !ModeWords.LEADING_CREDENTIAL_MODES.contains(word) ? null : word;
    }

    private static @Nullable Match body(String value, int from, String mode, int minimum) {
        String body = value.substring(from);
        if (body.isEmpty()) {
            return null;
        }
        if (isPlaceholder(body) || minimum == MIN_RANDOM_BODY && (isElided(body) || isFillerRun(body))
                || minimum == MIN_RANDOM_BODY_OTHERWISE && kindThenPlaceholder(body)) {
            return new Match(mode, true);
        }
        if (body.length() < minimum) {
            return null;
        }
        int kinds = 0;
        for (int i = 0; i < body.length(); i++) {
            int kind = kind(body.charAt(i));
            if (kind < 0) {
                return null;
            }
            kinds |= kind;
        }
        boolean digit = (kinds & DIGIT) != 0;
        boolean mixedCase = (kinds & (LOWER | UPPER)) == (LOWER | UPPER);
        boolean random = minimum == MIN_RANDOM_BODY ? digit || mixedCase || body.length() >= 20
                : digit && (kinds & (LOWER | UPPER)) != 0;
        return random ? new Match(mode, false) : null;
    }

    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 4;
    private static final int PUNCTUATION = 8;

    /** The character class of a body character, {@code -1} for one no key body holds (white space, quotes, …). */
    private static int kind(char c) {
        if (c >= 'a' && c <= 'z') {
            return LOWER;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return "_-=+/.".indexOf(c) >= 0 ? PUNCTUATION : -1;
    }

    private static boolean isPlaceholder(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return lower.startsWith("your") || lower.startsWith("xxx") || lower.startsWith("<") || lower.startsWith("...")
                || lower.startsWith("…") || lower.startsWith("***") || lower.startsWith("replace")
                || lower.startsWith("changeme");
    }

    /**
     * After a leading mode, a short kind segment and then placeholder text or dots: {@code test_ck_...},
     * {@code test_sk_your_key} (Toss Payments' test keys are {@code test_ck_…} and {@code test_sk_…}), a test key
     * cut short where a template shows it. The kind is two or three letters, so a word ({@code test_user_…}) is not one.
     */
    private static boolean kindThenPlaceholder(String body) {
        int separator = 0;
        while (separator < body.length() && separator <= MAX_KIND && isAsciiLetter(body.charAt(separator))) {
            separator++;
        }
        if (separator < 2 || separator > MAX_KIND || separator + 1 >= body.length()
                || body.charAt(separator) != '_' && body.charAt(separator) != '-') {
            return false;
        }
        String rest = body.substring(separator + 1);
        return isPlaceholder(rest) || onlyDots(rest, 0) || isElided(rest);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A key cut short for the reader: a few leading characters, then only dots ({@code 51M....}, {@code 4eC3…}). */
    private static boolean isElided(String body) {
        int end = body.length();
        while (end > 0 && (body.charAt(end - 1) == '.' || body.charAt(end - 1) == '…')) {
            end--;
        }
        boolean ellipsis = body.length() - end >= 2 || end < body.length() && body.charAt(end) == '…';
        if (!ellipsis || end > MAX_ELIDED_LEAD) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!isAsciiLetterOrDigit(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Filler typed in place of a key: a counting run of digits ({@code 1234}, {@code 0123456}) or one character. */
    private static boolean isFillerRun(String body) {
        if (body.length() < 3 || body.length() > MAX_FILLER) {
            return false;
        }
        boolean counting = true;
        boolean repeated = true;
        for (int i = 1; i < body.length(); i++) {
            char previous = body.charAt(i - 1);
            char c = body.charAt(i);
            counting &= previous >= '0' && previous <= '9' && c == (previous == '9' ? '0' : previous + 1);
            repeated &= c == body.charAt(0);
        }
        return counting || repeated && isAsciiLetterOrDigit(body.charAt(0));
    }

    private static boolean onlyDots(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '.' && c != '…') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}

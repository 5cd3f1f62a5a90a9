package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settings that measure something about a secret rather than hold one: a plain number under a key with a word of
 * quantity anywhere in it ({@code API_RATE_LIMIT_UI_V2_WITH_TOKEN=5}, {@code MAX_TOKENS_PER_USER=10}, a reCAPTCHA score threshold
 * {@code RECAPTCHA_RESET_PASSWORD_MINIMAL_SCORE=0.5}). A number is no
 * secret there; a number under a key without such a word ({@code ADMIN_PASSWORD=123456}) still is. A minus sign is part
 * of such a number: {@code QUOTA_T1_TOKEN=-1} is the usual "no limit" of a token quota. Nor is a number under a key that
 * picks one of a list ({@code LEAN_LDAP_DEFAULT_ROLE_KEY=20}, {@code SORT_KEY=2}): the word before {@code key} names a
 * role, group, level or position, not a credential; and the same key may name the entry by its constant's name
 * ({@code buyerRoleKey=JAEGGER_BUYER}, {@link #namesChoice}). A salt key of bcrypt-style libraries takes the work
 * factor, not a salt ({@code SALT=10}, {@code BCRYPT_SALT=12}: {@code bcrypt.hash(password, salt)} with a number makes
 * its own salt of that many rounds), and a placeholder there may ask for that number
 * ({@code SALT=your bcrypt salt round number}, {@link #asksForNumber}). Stateless.
 */
final class QuantityValues {

    private static final Set<String> QUANTITY_WORDS = Set.of("limit", "limits", "rate", "ratelimit", "max", "min",
            "maximum", "minimum", "count", "ttl", "timeout", "size", "length", "len", "threshold", "quota", "burst",
            "per", "interval", "expiry", "expiration", "seconds", "minutes", "hours", "days", "ms", "attempts",
            "retries", "capacity", "window", "number", "num", "lifetime", "lifespan", "validity", "duration", "age",
            "expire", "expires", "invalid", "period", "budget", "rounds", "iterations", "score", "scores", "minimal",
            "maximal", "ratio", "percent", "percentage", "pct");

    /** The units a length of time is written in ({@code 24h}, {@code 1h30m}, {@code 500ms}, {@code 30 days}). */
    private static final Set<String> DURATION_UNITS = Set.of("ns", "us", "ms", "s", "sec", "secs", "second",
            "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days",
            "w", "week", "weeks", "y", "year", "years");

    /** The last words of a placeholder that asks for a number rather than a secret. */
    private static final Set<String> NUMBER_NOUNS = Set.of("number", "count", "rounds", "round", "length", "cost",
            "digits", "iterations");

    /** Words of a placeholder that asks for a secret whatever it ends in ({@code your api key number}). */
    private static final Set<String> SECRET_NOUNS = Set.of("key", "secret", "password", "pass", "token", "pwd",
            "passphrase", "credential", "credentials");

    /** Words before a last {@code key} that make the key a choice from a list: a role key, a sort key. */
    private static final Set<String> CHOICE_WORDS = Set.of("role", "group", "level", "tier", "rank", "index", "sort",
            "order", "priority", "category", "partition", "shard", "slot", "column", "position");

    private QuantityValues() {
    }

    /**
     * Whether a value is a plain number of up to nine digits (an optional sign and fraction) under a key with a word of
     * quantity, or under a key ending in a choice word and {@code key} ({@code DEFAULT_ROLE_KEY}).
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a quantity setting
     */
    static boolean isQuantity(String key, String value) {
        String trimmed = value.trim();
        boolean number = isPlainNumber(trimmed);
        if (!number && !isDuration(trimmed)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        for (String word : words) {
            if (QUANTITY_WORDS.contains(word)) {
                return true;
            }
        }
        return number && (choiceKey(words) || words.contains("salt") && isWorkFactor(trimmed));
    }

    /**
     * Whether a value is a length of time as configuration files write one: numbers each followed by a unit
     * ({@code 24h}, {@code 1h30m}, {@code 720h0m0s}, {@code 30 days}, {@code 500ms}) or an ISO-8601 duration
     * ({@code PT1H}, {@code P7D}). Under a key with a word of quantity that is how an expiry section's entries are
     * written ({@code expiry.idTokens=24h}, {@code ttl.access_token=1h}, Dex's and Ory's configuration): the
     * lifetime of a token or a signing key, not a token or a key.
     */
    static boolean isDuration(String text) {
        int length = text.length();
        if (length < 2 || length > 24) {
            return false;
        }
        if (text.charAt(0) == 'P') {
            return isIsoDuration(text);
        }
        int i = 0;
        while (i < length) {
            int start = i;
            i = skipNumber(text, i);
            if (i == start) {
                return false;
            }
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            int unit = i;
            while (i < length && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            if (unit == i || !DURATION_UNITS.contains(text.substring(unit, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
        }
        return true;
    }

    private static boolean isIsoDuration(String text) {
        boolean time = false;
        boolean component = false;
        int i = 1;
        while (i < text.length()) {
            if (text.charAt(i) == 'T' && !time) {
                time = true;
                i++;
                continue;
            }
            int start = i;
            i = skipNumber(text, i);
            if (i == start || i == text.length() || "YMWDHS".indexOf(text.charAt(i)) < 0) {
                return false;
            }
            component = true;
            i++;
        }
        return component;
    }

    private static int skipNumber(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i > from && i + 1 < text.length() && text.charAt(i) == '.' && text.charAt(i + 1) >= '0'
                && text.charAt(i + 1) <= '9') {
            i++;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether a plain number is a bcrypt-style work factor: 4 to 31 rounds (the range bcrypt accepts). */
    private static boolean isWorkFactor(String number) {
        if (number.length() > 2 || number.charAt(0) == '-' || number.indexOf('.') >= 0) {
            return false;
        }
        int rounds = Integer.parseInt(number);
        return rounds >= 4 && rounds <= 31;
    }

    /**
     * Whether a salt key's value is a placeholder phrase that asks for a number: words separated by spaces (braces or
     * quotes around them allowed), the last a noun of count ({@code your bcrypt salt round number},
     * {@code {salt string length}}) and none naming a secret.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a placeholder of the work factor
     */
    static boolean asksForNumber(String key, String value) {
        if (value.indexOf(' ') < 0 || value.length() > 80 || !KeyWords.of(key).contains("salt")) {
            return false;
        }
        List<String> words = RelaxedNames.words(value);
        if (words.size() < 2 || !NUMBER_NOUNS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String word : words) {
            if (SECRET_NOUNS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean choiceKey(List<String> words) {
        int last = words.size() - 1;
        return last >= 1 && words.get(last).equals("key") && CHOICE_WORDS.contains(words.get(last - 1));
    }

    /**
     * Words of a constant's name that make it a stand-in for a credential rather than a list entry's name
     * ({@code YOUR_ROLE_KEY}, {@code CHANGE_ME}, {@code SERVICE_ROLE_SECRET}).
     */
    private static final Set<String> NOT_A_CHOICE = Set.of("your", "my", "change", "changeme", "me", "replace",
            "set", "todo", "xxx", "example", "sample", "dummy", "fake", "placeholder", "secret", "key", "token",
            "password", "pass", "pwd", "apikey", "private", "jwt");

    /**
     * The value's shape alone, read before the key's words: upper-case letters, digits and {@code _} only (a secret
     * under a key ending in {@code key} usually fails at its second character).
     */
    private static boolean isConstantName(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key that picks one entry of a list ({@code buyerRoleKey}, {@code DEFAULT_GROUP_KEY}: a choice word
     * before a last {@code key}) holds the entry's name written as a constant: upper-case words of letters and digits
     * joined by {@code _}, the first a letter ({@code JAEGGER_BUYER}, {@code CAT_USER}, {@code ROLE_ADMIN}). Role and
     * group names are enumerated that way in code; no issuer writes a credential so, and a placeholder that names one
     * ({@code SERVICE_ROLE_KEY}, {@code YOUR_ROLE_KEY}) or a key with another word after {@code role}
     * ({@code SERVICE_ROLE_KEY_SECRET}) is still judged.
     *
     * @param key the setting's key
     * @param value its trimmed value
     * @return {@code true} for a list entry's name under a choice key
     */
    static boolean namesChoice(String key, String value) {
        int length = value.length();
        if (length < 2 || length > 64 || value.charAt(0) < 'A' || value.charAt(0) > 'Z' || key.length() < 4
                || !key.regionMatches(true, key.length() - 3, "key", 0, 3) || !isConstantName(value)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last < 1 || !words.get(last).equals("key") || !CHOICE_WORDS.contains(words.get(last - 1))) {
            return false;
        }
        int start = 0;
        boolean letters = false;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? value.charAt(i) : '_';
            if (c == '_') {
                if (i == start || NOT_A_CHOICE.contains(value.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
                start = i + 1;
            } else if (c >= 'A' && c <= 'Z') {
                letters = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return letters;
    }

    private static boolean isPlainNumber(String signed) {
        String text = signed.length() > 1 && signed.charAt(0) == '-' ? signed.substring(1) : signed;
        int dot = text.indexOf('.');
        int digits = dot < 0 ? text.length() : dot;
        if (digits == 0 || digits > 9 || dot == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && i != dot) {
                return false;
            }
        }
        return true;
    }
}

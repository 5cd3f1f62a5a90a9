package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Session keys that hold the session cookie's name, not a secret: Rails' and Express' {@code SESSION_KEY} is the
 * cookie's name ({@code _myapp_session}, {@code connect.sid}, gin-contrib's {@code gin-session}), written as words
 * joined by underscores, dots or hyphens with
 * no digits, led by an underscore or ending in a session word. Phoenix generates its cookie's name as
 * {@code _<app>_key} ({@code Plug.Session}'s {@code key: "_hello_key"}), so a name led by an underscore may end in
 * lower-case {@code _key} when a word of its own comes first ({@code _session_key} spells its slot). A value with a
 * secret or placeholder word anywhere else ({@code super_secret_session}, {@code change_me_session}, {@code _secret_key},
 * {@code _my_key}) is still judged as a secret.
 */
final class CookieNames {

    private static final Set<String> NAME_ENDINGS = Set.of("session", "sess", "sid", "cookie", "sessionid");
    private static final Set<String> SECRET_WORDS = Set.of("secret", "secrets", "key", "password", "pass", "token",
            "change", "changeme", "replace", "your", "my", "insecure", "dummy", "fake", "example", "sample", "default",
            "random", "salt", "signing");

    private CookieNames() {
    }

    /**
     * Whether a session key's value is a cookie name.
     *
     * @param key the key
     * @param value the trimmed value; not retained
     * @return {@code true} when the key is a session or cookie key and the value is an identifier-shaped name
     */
    static boolean isCookieName(String key, String value) {
        if (value.length() < 4 || value.length() > 64 || !namesSessionKey(key)) {
            return false;
        }
        boolean underscored = value.charAt(0) == '_';
        int words = 0;
        String first = "";
        String last = "";
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '_';
            if (c == '_' || c == '.' || c == '-') {
                if (i > start) {
                    last = value.substring(start, i).toLowerCase(Locale.ROOT);
                    first = words == 0 ? last : first;
                    if (SECRET_WORDS.contains(last) && !(underscored && i == value.length() && value.endsWith("_key"))) {
                        return false;
                    }
                    words++;
                }
                start = i + 1;
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        if (value.endsWith("_key")) {
            return words >= 2 && !NAME_ENDINGS.contains(first);
        }
        return words >= 2 && (underscored || NAME_ENDINGS.contains(last));
    }

    /**
     * Whether a session key beside a secret key base holds the cookie's name: Phoenix and Rails sign the session
     * cookie with {@code SECRET_KEY_BASE}, so a {@code SESSION_KEY} in the same configuration is {@code Plug.Session}'s
     * {@code key}, the cookie's name, which Phoenix apps take from the application's name
     * ({@code SESSION_KEY=elixir_boilerplate}). Only lower-case words joined by underscores, none of them a secret or
     * placeholder word; a value with digits, capitals or symbols (a signing key, as other applications keep under
     * {@code SESSION_KEY}) and a name without the key base stay judged.
     *
     * @param settings the configuration
     * @param key the key
     * @param value the trimmed value; not retained
     * @return {@code true} for an application's name as the cookie's name beside a secret key base
     */
    static boolean isCookieNameBesideKeyBase(dev.readiness.settings.Settings settings, String key, String value) {
        if (value.length() < 4 || value.length() > 64 || value.indexOf('_') <= 0 || !namesSessionKey(key)) {
            return false;
        }
        int words = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '_';
            if (c == '_') {
                if (i == start || SECRET_WORDS.contains(value.substring(start, i))) {
                    return false;
                }
                words++;
                start = i + 1;
            } else if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return words >= 2 && settings.contains("SECRET_KEY_BASE");
    }

    private static boolean namesSessionKey(String key) {
        if (!mayEndWithKeyWord(key)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equalsIgnoreCase("key")) {
            return false;
        }
        String before = words.get(size - 2).toLowerCase(Locale.ROOT);
        return before.equals("session") || before.equals("cookie");
    }

    /**
     * Whether the last word of a key may be {@code key}, read in place: its last three letters or digits are
     * {@code key} in any case (a key with other characters there is split into words to decide).
     */
    private static boolean mayEndWithKeyWord(String key) {
        int end = key.length();
        while (end > 0 && isAsciiSeparator(key.charAt(end - 1))) {
            end--;
        }
        if (end < 3) {
            return false;
        }
        for (int i = end - 3; i < end; i++) {
            if (key.charAt(i) >= 0x80) {
                return true;
            }
        }
        return AsciiCase.regionIs(key, end - 3, "key");
    }

    private static boolean isAsciiSeparator(char c) {
        return c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
    }
}

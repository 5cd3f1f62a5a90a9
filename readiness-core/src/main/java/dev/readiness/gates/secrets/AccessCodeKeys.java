package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * Settings whose key's last word is {@code code} after a word of what the code opens ({@code ACCESS_CODE},
 * {@code REGISTRATION_CODE}, {@code INVITATION_CODE}, {@code signupCode}, {@code OTP_FIXTURE_CODE}; forty-seventh
 * pass): a printer's LAN access code, the code that gates sign-up, a one-time code a test server accepts. Whoever
 * knows it is let in, so it is a password by another name. The gate word may stand right before {@code code} or one
 * word earlier ({@code otp fixture code}); most {@code code} keys name something public ({@code COUNTRY_CODE},
 * {@code EMBED_CODE}, {@code paybill.short-code}) and never match. A key with a switching word before the code
 * ({@code SKIP_INVITATION_CODE}, {@code REQUIRE_ACCESS_CODE}) is a switch, not the code. The value must be four to
 * 64 characters, neither a switch word ({@code false}, {@code off}) nor a reference or a path. Stateless.
 */
final class AccessCodeKeys {

    /** What a code under the key opens or is: a door, sign-up, an invitation, a one-time sign-in. */
    private static final Set<String> GATE_WORDS = Set.of("access", "registration", "signup", "invite", "invitation",
            "otp", "unlock");

    /** Words that make the key a switch about the code ({@code SKIP_INVITATION_CODE}). */
    private static final Set<String> SWITCH_WORDS = Set.of("skip", "require", "required", "enable", "enabled",
            "disable", "disabled", "use", "allow", "show", "send", "length", "expiry", "ttl");

    private static final Set<String> SWITCH_VALUES = Set.of("true", "false", "yes", "no", "on", "off", "none",
            "null", "required", "optional", "enabled", "disabled");

    private static final int MIN_LENGTH = 4;

    private static final int MAX_LENGTH = 64;

    private AccessCodeKeys() {
    }

    /** The first test of {@link #namesAccessCode}: a key that does not end in {@code code} is never read. */
    static boolean mayNameAccessCode(String key) {
        return key.length() >= 7 && AsciiCase.endsWith(key, "code");
    }

    /**
     * Whether the key names an access code: its last word is {@code code}, one of the two words before it is a
     * {@link #GATE_WORDS gate word}, and no word is a switching one. A fact of the key, which the gate keeps per key.
     *
     * @param key the setting's key
     * @return whether a code-shaped value under the key is judged as a password
     */
    static boolean namesAccessCode(String key) {
        if (!mayNameAccessCode(key)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last < 1 || !"code".equals(words.get(last))) {
            return false;
        }
        boolean gate = GATE_WORDS.contains(words.get(last - 1)) || last >= 2 && GATE_WORDS.contains(words.get(last - 2));
        if (!gate) {
            return false;
        }
        for (String word : words) {
            if (SWITCH_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value under an access-code key has a code's shape: four to 64 characters, no reference, no path, no
     * switch word.
     *
     * @param value the effective value
     * @return {@code true} for a value judged as the code itself
     */
    static boolean holdsCodeValue(String value) {
        String code = value.strip();
        int length = code.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || code.indexOf('$') >= 0 || code.indexOf('/') >= 0
                || code.indexOf('{') >= 0) {
            return false;
        }
        return !SWITCH_VALUES.contains(code.toLowerCase(java.util.Locale.ROOT));
    }
}

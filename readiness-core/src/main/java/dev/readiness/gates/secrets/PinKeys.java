package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * Settings whose key's last word is {@code pin} ({@code AIRTEL_PIN}, {@code MPESA_INITIATOR_PIN}, {@code wallet.pin},
 * {@code ADMIN_PIN}) hold a personal identification number: a mobile-money wallet's, an operator's, an admin screen's,
 * a password by another name. The word has other meanings, so the value decides: a certificate or public-key pin
 * ({@code app.upstream.cert-pin}, {@code hpkp.pin-sha256}) is a hash of a public key, a board's pin
 * ({@code LED_PIN=13}, {@code echoPin=18}) a small number, a version pin ({@code source_pin=801f8c3}) a commit hash or
 * version. A PIN is at least four characters, all digits or digits mixed with letters that are not all hexadecimal,
 * with no space, dot, slash or reference; a switch word ({@code WERKZEUG_DEBUG_PIN=off}) has no digit. Keys with a
 * certificate or hash word are left alone, and so is {@code pincode} (India's postal code). Stateless.
 */
final class PinKeys {

    private static final Set<String> PUBLIC_WORDS = Set.of("cert", "certificate", "certs", "ssl", "tls", "spki", "hpkp",
            "public", "pubkey", "sha256", "sha1", "hash", "gpio", "commit", "version", "revision", "sha");

    private static final int MIN_LENGTH = 4;

    private static final int MAX_LENGTH = 32;

    private PinKeys() {
    }

    /**
     * Whether the key names a PIN and the value has a PIN's shape, so that it is judged as a password.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return whether to judge the value as a password
     */
    static boolean holdsPin(String key, String value) {
        return namesPin(key) && holdsPinValue(value);
    }

    /**
     * {@link #holdsPin} of a key known to {@link #namesPin name a PIN}: the value's shape alone.
     *
     * @param value its effective value
     * @return {@code true} for a PIN
     */
    static boolean holdsPinValue(String value) {
        return hasPinShape(value.strip());
    }

    /**
     * {@link #holdsPin}'s reading of the key alone: its last word is {@code pin} and no word makes it public. A fact
     * of the key, which the secrets gate keeps per key.
     *
     * @param key the setting's key
     * @return whether a PIN-shaped value under the key is a PIN
     */
    static boolean namesPin(String key) {
        if (key.length() < 3 || !AsciiCase.endsWith(key, "pin")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last < 0 || !"pin".equals(words.get(last))) {
            return false;
        }
        for (String word : words) {
            if (PUBLIC_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Four to 32 letters and digits with a digit, digits alone or beside a letter that is not hexadecimal. */
    private static boolean hasPinShape(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        boolean nonHexLetter = false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
                nonHexLetter |= Character.toLowerCase(c) > 'f';
            } else if (c != '-' && c != '_' && c != '@' && c != '#' && c != '!' && c != '*') {
                return false;
            }
        }
        return digit && (!letter || nonHexLetter);
    }
}

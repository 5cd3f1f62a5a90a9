package dev.readiness.gates.secrets;

/**
 * Values written in an encoding that only public keys use, so they hold no secret whatever the key calls them: a
 * Stellar account id ({@code G} and 55 base32 characters; a client's {@code signing_key}, {@code stellar.toml}'s
 * {@code SIGNING_KEY}), an age recipient ({@code age1…}), a Nostr public key ({@code npub1…}) and an OpenSSH public
 * key line ({@code ssh-ed25519 AAAA…}). Their private halves have encodings of their own and stay judged: a Stellar
 * secret seed starts with {@code S}, an age identity with {@code AGE-SECRET-KEY-1}, a Nostr key with {@code nsec1},
 * an OpenSSH private key with a PEM header. A Mapbox public token ({@code pk.eyJ…}) too: Mapbox issues it for web
 * pages and apps, and its secret tokens start with {@code sk.}. An EVM account or contract address ({@code 0x} and
 * 40 hexadecimal digits, {@code STAKING_TOKEN_CONTRACT=0x9A06…}): the chain shows it to everyone; a private key is 64
 * digits and stays judged. Stateless; one scan of the value.
 */
final class PublicKeyValues {

    private static final String[] SSH_PUBLIC_KEY_TYPES = {"ssh-ed25519 ", "ssh-rsa ", "ecdsa-sha2-nistp256 ",
        "ecdsa-sha2-nistp384 ", "ecdsa-sha2-nistp521 ", "sk-ssh-ed25519@openssh.com "};

    private PublicKeyValues() {
    }

    /**
     * Whether the trimmed value is a public key in one of the encodings above.
     *
     * @param value the value, trimmed; not retained
     * @return {@code true} for a public key
     */
    static boolean isPublicKey(String value) {
        int length = value.length();
        if (length == 42) {
            return isEvmAddress(value);
        }
        if (length < 50) {
            return false;
        }
        char first = value.charAt(0);
        if (first == 'G') {
            return length == 56 && isBase32(value, 1, length);
        }
        if (first == 'a') {
            return value.startsWith("age1") && length == 62 && isBech32(value, 4, length);
        }
        if (first == 'n') {
            return value.startsWith("npub1") && length == 63 && isBech32(value, 5, length);
        }
        if (first == 'p') {
            return isMapboxPublicToken(value);
        }
        for (String type : SSH_PUBLIC_KEY_TYPES) {
            if (value.startsWith(type)) {
                return value.startsWith("AAAA", type.length());
            }
        }
        return false;
    }

    private static boolean isEvmAddress(String value) {
        if (value.charAt(0) != '0' || (value.charAt(1) | 0x20) != 'x') {
            return false;
        }
        for (int i = 2; i < 42; i++) {
            char c = value.charAt(i);
            char lower = (char) (c | 0x20);
            if (!(c >= '0' && c <= '9' || lower >= 'a' && lower <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Mapbox public access token: {@code pk.} then a base64url JSON payload ({@code eyJ…}) and a signature after one
     * more dot. Mapbox issues these to ship in web pages and apps; its secret ({@code sk.}) and temporary ({@code tk.})
     * tokens stay judged.
     */
    private static boolean isMapboxPublicToken(String value) {
        if (!value.startsWith("pk.eyJ")) {
            return false;
        }
        int dot = value.indexOf('.', 3);
        if (dot < 10 || dot == value.length() - 1 || value.indexOf('.', dot + 1) >= 0) {
            return false;
        }
        for (int i = 3; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase32(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
                return false;
            }
        }
        return true;
    }

    /** Bech32's lower-case data characters (no {@code 1}, {@code b}, {@code i}, {@code o}). */
    private static boolean isBech32(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' && c != 'b' && c != 'i' && c != 'o' || c >= '0' && c <= '9' && c != '1')) {
                return false;
            }
        }
        return true;
    }
}

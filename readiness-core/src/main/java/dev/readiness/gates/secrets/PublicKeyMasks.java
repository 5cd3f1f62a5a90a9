package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;

/**
 * A public key whose middle was masked before it was committed ({@code alipay-public-key=MIIB****…****DAQAB}): the
 * key is public by design, so a masked copy of it is no secret left unconfigured, whereas a masked secret is. Only
 * keys that end by naming a public key ({@code public-key}, {@code PUB_KEY}, {@code publicKey}) and values that keep real text
 * at both ends around a run of mask characters qualify; a publishable key cut short ({@code pk_test_xxxx}) does not.
 * So, for the same reason, are an OpenSSH public key line left as a template and a template under a public-key key
 * beside its pair's secret half.
 * Stateless.
 */
final class PublicKeyMasks {

    private static final int MIN_MASK = 4;
    private static final int MIN_END = 3;

    private PublicKeyMasks() {
    }

    /**
     * Whether a key names a public key and its value is that key with its middle masked.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a masked public key
     */
    static boolean isMaskedPublicKey(String key, String value) {
        String trimmed = value.trim();
        int firstMask = trimmed.indexOf('*');
        if (firstMask < MIN_END || trimmed.length() - trimmed.lastIndexOf('*') - 1 < MIN_END) {
            return false;
        }
        int lastMask = trimmed.lastIndexOf('*');
        for (int i = firstMask; i <= lastMask; i++) {
            if (trimmed.charAt(i) != '*') {
                return false;
            }
        }
        if (lastMask - firstMask + 1 < MIN_MASK || !isAlphanumeric(trimmed, 0, firstMask)
                || !isAlphanumeric(trimmed, lastMask + 1, trimmed.length())) {
            return false;
        }
        return namesPublicKey(KeyWords.of(key));
    }

    /**
     * Whether a key names a public key and its value opens as an OpenSSH public key line ({@code ssh-rsa AAAAB3…}),
     * cut short or followed by a note to the reader ({@code ssh-rsa AAAAB3NzaC1yc2E... your-public-key-here}): a
     * template of a key that is public by design, so no secret is left unconfigured.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for an OpenSSH public key line, whole or templated, under a public-key key
     */
    static boolean isPublicKeyLine(String key, String value) {
        String trimmed = value.trim();
        return trimmed.length() > 12 && (trimmed.startsWith("ssh-") || trimmed.startsWith("ecdsa-"))
                && trimmed.indexOf(" AAAA") > 0 && trimmed.indexOf(" AAAA") < 32 && namesPublicKey(KeyWords.of(key));
    }

    /**
     * Whether a key names a public key, its value, judged a placeholder, is a template of no test or sandbox key, and
     * the pair's secret half stands beside it ({@code WOMPI_PUBLIC_KEY=your_wompi_public_key} beside
     * {@code WOMPI_PRIVATE_KEY=your_wompi_private_key}, {@code braintree.publicKey} beside {@code braintree.privateKey},
     * {@code LANGFUSE_PUBLIC_KEY} beside {@code LANGFUSE_SECRET_KEY}): the public key is public by design, and the
     * secret half carries the pair's problem, once. A public key with no secret half beside it (a verification key, an
     * SSH key) stays judged, as does a template that names a test mode ({@code pk_test_…}, {@code pub_test_…}: the
     * sandbox gate's test credential) or a private key.
     *
     * @param settings the configuration, for the secret half
     * @param key the setting's key
     * @param value its value, already judged a placeholder
     * @return {@code true} for a template under a public-key key beside its secret half
     */
    static boolean isPublicKeyTemplate(Settings settings, String key, String value) {
        if (AsciiCase.contains(value, "test") || AsciiCase.contains(value, "sandbox") || AsciiCase.contains(value, "sbox")
                || AsciiCase.contains(value, "private") || !namesPublicKey(KeyWords.of(key))) {
            return false;
        }
        int at = key.toLowerCase(Locale.ROOT).lastIndexOf("public");
        if (at < 0) {
            return false;
        }
        boolean upper = Character.isUpperCase(key.charAt(at)) && Character.isUpperCase(key.charAt(at + 1));
        boolean capital = !upper && Character.isUpperCase(key.charAt(at));
        for (String half : SECRET_HALVES) {
            String spelled = upper ? half.toUpperCase(Locale.ROOT)
                    : capital ? Character.toUpperCase(half.charAt(0)) + half.substring(1) : half;
            if (settings.contains(key.substring(0, at) + spelled + key.substring(at + "public".length()))) {
                return true;
            }
        }
        return false;
    }

    /** The words that name a key pair's secret half where its public half says {@code public}. */
    private static final List<String> SECRET_HALVES = List.of("private", "secret");

    private static boolean namesPublicKey(List<String> words) {
        int last = words.size() - 1;
        if (last < 0) {
            return false;
        }
        String word = words.get(last);
        return word.equals("publickey") || word.equals("pubkey")
                || last > 0 && word.equals("key") && (words.get(last - 1).equals("public")
                        || words.get(last - 1).equals("pub"));
    }

    private static boolean isAlphanumeric(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                return false;
            }
        }
        return true;
    }
}

package dev.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Describes a secret without revealing it: its length, an entropy estimate, and a public prefix class such as
 * {@code sk_test_…} when the value starts with a documented, non-secret provider prefix. The safe way for a gate
 * to say something about a value in a finding. Immutable and thread-safe.
 *
 * @param length the value's length in characters
 * @param entropyBits an estimate of the value's entropy in bits, from the alphabet it uses and its length
 * @param prefixClass a documented public prefix the value starts with, e.g. {@code sk_test_}, or {@code null}
 */
public record SecretShape(int length, double entropyBits, @org.jspecify.annotations.Nullable String prefixClass) {

    /**
     * Documented key prefixes that say what kind of credential a value is and nothing of the secret itself.
     */
    public static final List<String> PUBLIC_PREFIXES = List.of(
            "sk_live_", "sk_test_", "pk_live_", "pk_test_", "rk_live_", "rk_test_", "whsec_",
            "rzp_live_", "rzp_test_", "sq0atp-", "sq0csp-", "EAAA", "ghp_", "gho_", "ghs_", "github_pat_",
            "xoxb-", "xoxp-", "xapp-", "AKIA", "ASIA", "test_", "live_", "sandbox_", "shpat_",
            "shpss_", "glpat-", "npm_", "AIza");

    /**
     * Describes a value.
     *
     * @param value the secret; not retained
     * @return its shape
     */
    public static SecretShape of(String value) {
        return new SecretShape(value.length(), estimateEntropyBits(value), publicPrefix(value).orElse(null));
    }

    /**
     * The longest documented public prefix the value starts with, provided the value is clearly longer than it
     * (so that the prefix reveals nothing the value adds).
     *
     * @param value the value
     * @return the prefix, e.g. {@code sk_live_}
     */
    public static Optional<String> publicPrefix(String value) {
        String best = null;
        for (String prefix : PUBLIC_PREFIXES) {
            if (prefix.length() >= 4 && value.startsWith(prefix) && value.length() >= prefix.length() + 8
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Estimates entropy as length × log2(size of the alphabet the value draws from): lower case, upper case,
     * digits, and the other printable characters, each counted when present. An upper bound for random strings;
     * guessable values are judged separately.
     *
     * @param value the value
     * @return the estimate in bits
     */
    public static double estimateEntropyBits(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c > 32 && c < 127) {
                symbol = true;
            } else {
                other = true;
            }
        }
        int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
        if (alphabet <= 1) {
            return 0;
        }
        return value.length() * (Math.log(alphabet) / Math.log(2));
    }

    /**
     * A phrase safe to print, e.g. {@code 24 characters, about 143 bits, sk_test_…}.
     *
     * @return the description
     */
    public String describe() {
        return String.format(Locale.ROOT, "%d character%s, about %d bits%s", length, length == 1 ? "" : "s",
                Math.round(entropyBits), prefixClass == null ? "" : ", " + prefixClass + "…");
    }

    @Override
    public String toString() {
        return describe();
    }
}

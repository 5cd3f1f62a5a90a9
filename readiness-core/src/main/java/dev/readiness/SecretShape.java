package dev.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private static final String CATALOG_RESOURCE = "dev/readiness/gates/sandbox/providers.properties";
    private static final Set<String> PREFIX_ATTRIBUTES = Set.of("test-credential-prefixes",
            "live-credential-prefixes", "public-prefixes");

    /**
     * Documented key prefixes that say what kind of credential a value is and nothing of the secret itself: every
     * credential and public prefix of the sandbox gate's built-in provider catalog
     * ({@code dev/readiness/gates/sandbox/providers.properties}, the one place they are listed), in file order.
     */
    public static final List<String> PUBLIC_PREFIXES = catalogPrefixes();

    private static final List<String>[] PREFIXES_BY_FIRST = byFirstCharacter(PUBLIC_PREFIXES);

    /** The prefixes of each ASCII first character, in catalog order, so a value is compared with a few of them. */
    @SuppressWarnings("unchecked")
    private static List<String>[] byFirstCharacter(List<String> prefixes) {
        List<String>[] byFirst = new List[128];
        for (int c = 0; c < byFirst.length; c++) {
            byFirst[c] = new ArrayList<>(2);
        }
        for (String prefix : prefixes) {
            if (!prefix.isEmpty() && prefix.charAt(0) < byFirst.length) {
                byFirst[prefix.charAt(0)].add(prefix);
            }
        }
        return byFirst;
    }

    private static List<String> catalogPrefixes() {
        try (InputStream in = SecretShape.class.getResourceAsStream("/" + CATALOG_RESOURCE)) {
            return in == null ? List.of() : prefixes(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException unreadable) {
            return List.of();
        }
    }

    /**
     * The prefix lists of catalog text: values of {@code id.*-prefixes} lines, comma-separated. Read with plain
     * string scans, not a regular expression per line: this runs at class initialization, on every cold boot whose
     * gates meet a secret-shaped value, over the whole catalog.
     */
    static List<String> prefixes(String catalogText) {
        Set<String> prefixes = new LinkedHashSet<>();
        int length = catalogText.length();
        for (int start = 0, end; start < length; start = end + 1) {
            end = catalogText.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = catalogText.substring(start, end);
            int equals = line.indexOf('=');
            int dot = line.indexOf('.');
            if (equals < 0 || dot < 0 || dot > equals || !line.contains("prefixes") || line.strip().startsWith("#")
                    || !PREFIX_ATTRIBUTES.contains(line.substring(dot + 1, equals).strip())) {
                continue;
            }
            for (String prefix : line.substring(equals + 1).split(",")) {
                if (!prefix.isBlank()) {
                    prefixes.add(prefix.strip());
                }
            }
        }
        return List.copyOf(new ArrayList<>(prefixes));
    }

    /** The longest documented prefix a report shows. */
    public static final int LONGEST_SHOWN = 24;

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
     * (so that the prefix reveals nothing the value adds). Only type markers count, up to {@value #LONGEST_SHOWN}
     * characters: a longer documented prefix (the 29 characters every PayPal sandbox API signature shares) is a
     * fingerprint the catalog matches, and a report never repeats that much of a credential.
     *
     * @param value the value
     * @return the prefix, e.g. {@code sk_live_}
     */
    public static Optional<String> publicPrefix(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        char first = value.charAt(0);
        String best = null;
        for (String prefix : first < PREFIXES_BY_FIRST.length ? PREFIXES_BY_FIRST[first] : PUBLIC_PREFIXES) {
            if (prefix.length() >= 4 && prefix.length() <= LONGEST_SHOWN && value.startsWith(prefix)
                    && value.length() >= prefix.length() + 8
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
        return length + (length == 1 ? " character, about " : " characters, about ") + Math.round(entropyBits) + " bits"
                + (prefixClass == null ? "" : ", " + prefixClass + "…"); // String.format's text, without its parser
    }

    @Override
    public String toString() {
        return describe();
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.List;
import java.util.Locale;

/**
 * Key stores and private keys loaded from a public code host ({@code SERVER_SSL_KEY_STORE=https://raw.githubusercontent.com/…/test.p12}):
 * whoever can fetch the URL holds the private key, so it is published whatever its password. A setting counts when
 * its key names a key store or a private key ({@code keyStore}, {@code key-store}, {@code KEYSTORE_URI},
 * {@code private-key-location}) or the URL's file is a key store ({@code .p12}, {@code .pfx}, {@code .jks},
 * {@code .keystore}); trust stores hold only public certificates and are never one. Stateless.
 */
final class PublicKeyStores {

    /** Each starts with r, g, b or c, which {@link #isPublished} tests first. */
    private static final List<String> CODE_HOSTS = List.of("raw.githubusercontent.com", "gist.githubusercontent.com",
            "raw.github.com", "github.com", "gitlab.com", "bitbucket.org", "codeberg.org");
    private static final List<String> KEY_STORE_FILES = List.of(".p12", ".pfx", ".jks", ".keystore");

    private PublicKeyStores() {
    }

    /**
     * Whether a setting loads a key store or a private key from a public code host.
     *
     * @param key the setting's key
     * @param value the value to judge (a reference's default already taken)
     * @return {@code true} for a key store or private key at a URL on a public code host
     */
    static boolean isPublished(String key, String value) {
        int scheme = value.indexOf("://");
        if (scheme < 4 || !isWebScheme(value, scheme)) {
            return false;
        }
        int hostStart = scheme + 3;
        if (hostStart >= value.length() || "rgbcRGBC".indexOf(value.charAt(hostStart)) < 0) {
            return false; // every code host starts with r, g, b or c: most URLs leave here without a scan
        }
        int hostEnd = hostStart;
        while (hostEnd < value.length() && value.charAt(hostEnd) != '/' && value.charAt(hostEnd) != ':') {
            hostEnd++;
        }
        if (!isCodeHost(value, hostStart, hostEnd)) {
            return false;
        }
        String letters = lettersOf(key);
        if (letters.contains("trust")) {
            return false;
        }
        return letters.contains("keystore") || letters.contains("privatekey") || namesKeyStoreFile(value);
    }

    static SecretProblem published() {
        SecretShape shape = SecretValues.shape("");
        return new SecretProblem("secrets.published-default", shape,
                "loads its key store or private key from a public code host: whoever can fetch the URL holds the "
                        + "private key, whatever password protects it",
                "Generate your own key pair, keep the key store out of public repositories (mount it as a file or "
                        + "a secret volume) and point the setting at that path.");
    }

    private static boolean isWebScheme(String value, int scheme) {
        int start = 0;
        while (start < scheme && !Character.isLetter(value.charAt(start))) {
            start++;
        }
        int length = scheme - start;
        return length == 4 && value.regionMatches(true, start, "http", 0, 4)
                || length == 5 && value.regionMatches(true, start, "https", 0, 5);
    }

    private static boolean isCodeHost(String value, int start, int end) {
        for (String host : CODE_HOSTS) {
            if (end - start == host.length() && value.regionMatches(true, start, host, 0, host.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesKeyStoreFile(String value) {
        String trimmed = value.trim();
        int end = trimmed.length();
        while (end > 0 && (trimmed.charAt(end - 1) == '}' || trimmed.charAt(end - 1) == '"')) {
            end--;
        }
        for (String extension : KEY_STORE_FILES) {
            if (end >= extension.length()
                    && trimmed.regionMatches(true, end - extension.length(), extension, 0, extension.length())) {
                return true;
            }
        }
        return false;
    }

    private static String lettersOf(String key) {
        StringBuilder letters = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}

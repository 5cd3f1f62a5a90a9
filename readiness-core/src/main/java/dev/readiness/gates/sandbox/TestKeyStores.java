package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A key store or private key file whose name says it is the test one ({@code acpsdk.signCert.path=…/acp_test_sign.pfx},
 * UnionPay's shared test signing certificate; {@code issuance.keyStoreFile=certs/test.jks}): the mode segment of a
 * credential's file name, as {@code sk_test_} is of a key's. Only files that hold a private key are read (PKCS#12,
 * JKS, JCEKS, BKS, {@code .keystore}, {@code .key}); trust stores and public keys hold nothing secret. The name is cut
 * at {@code _} and {@code -} and a part must be the mode word: {@code latest.p12}, {@code contest-keys.jks} and
 * {@code keystore.p12} stay clean, and so does a dotted name ({@code sormas-docker-test.com.s2s.keystore.p12}, a
 * host's own key store) whose parts are a host's labels. Stateless.
 */
final class TestKeyStores {

    /** Extensions of files that carry a private key, longest first where one ends another. */
    private static final List<String> PRIVATE_KEY_FILES = List.of(".keystore", ".jceks", ".p12", ".pfx", ".jks",
            ".bks", ".key");
    /** Mode segments of a file name. */
    private static final Set<String> MODE_SEGMENTS = Set.of("test", "testing", "sandbox", "sbx");
    /** Key words of stores and keys that hold only public material. */
    private static final Set<String> PUBLIC_WORDS = Set.of("trust", "truststore", "public", "pub", "ca", "root");
    private static final int MAX_LENGTH = 512;

    private TestKeyStores() {
    }

    /**
     * A finding when the value is the path of a private-key file whose name carries a test mode segment.
     *
     * @param setting the setting, for its key
     * @param value the value as the gate reads it
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int length = value.length();
        if (length < 5 || length > MAX_LENGTH) {
            return null;
        }
        char last = Character.toLowerCase(value.charAt(length - 1));
        if (last != 'e' && last != 's' && last != '2' && last != 'x' && last != 'y') {
            return null; // no extension of PRIVATE_KEY_FILES ends otherwise: most values are never read further
        }
        if (value.charAt(length - 4) != '.' && (length < 6 || value.charAt(length - 6) != '.')
                && (length < 9 || value.charAt(length - 9) != '.')) {
            return null; // every extension of PRIVATE_KEY_FILES is a dot and 3, 5 or 8 characters
        }
        int extension = extensionStart(value);
        if (extension <= 0) {
            return null;
        }
        int start = extension;
        while (start > 0 && "/\\:".indexOf(value.charAt(start - 1)) < 0) {
            start--;
        }
        String mode = modeSegment(value, start, extension);
        if (mode == null) {
            return null;
        }
        for (String word : KeyWords.of(setting.key())) {
            if (PUBLIC_WORDS.contains(word)) {
                return null;
            }
        }
        return SandboxFindings.testKeyStore(setting, mode);
    }

    private static int extensionStart(String value) {
        for (String extension : PRIVATE_KEY_FILES) {
            int at = value.length() - extension.length();
            if (value.regionMatches(true, at, extension, 0, extension.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The mode word one {@code _}- or {@code -}-separated part of the name is; {@code null} for none or a dot. */
    private static @Nullable String modeSegment(String value, int start, int end) {
        int part = start;
        for (int i = start; i <= end; i++) {
            char c = i < end ? value.charAt(i) : '_';
            if (c == '.') {
                return null;
            }
            if (c == '_' || c == '-') {
                String segment = value.substring(part, i).toLowerCase(Locale.ROOT);
                if (MODE_SEGMENTS.contains(segment)) {
                    return segment;
                }
                part = i + 1;
            }
        }
        return null;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.GoverningComments;
import dev.readiness.settings.Setting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hexadecimal digest of one of the most common passwords under a key that names a password
 * ({@code root_password_sha2} of Graylog, whose documentation and compose files print the SHA-256 of {@code admin};
 * {@code admin.password.md5}): an unsalted digest of such a password is looked up in any table, so whoever reads the
 * file signs in. The digests are computed once, on first need, for MD5, SHA-1, SHA-256 and SHA-512 of a short list of
 * the passwords tried first, and (thirty-sixth pass) their NT hashes (Alfresco's {@code adminpassword}); an 80-digit
 * value is tried as Spring Security's salted {@code StandardPasswordEncoder} digest with its own salt. The finding never names the password. Thread-safe.
 */
final class CommonPasswordDigests {

    private static final List<String> COMMON = List.of("admin", "password", "123456", "12345678", "123456789",
            "12345", "1234", "changeme", "secret", "root", "toor", "test", "qwerty", "letmein", "welcome", "default",
            "guest", "pass", "admin123", "password1", "passw0rd", "p@ssw0rd", "111111", "000000", "123123", "abc123",
            "administrator", "user", "demo", "changeit");

    /**
     * Words of a key that name a password; {@code pw} (forty-fourth pass) is the abbreviation Puppet's and Ansible's
     * variables write ({@code piwik_admin_md5_pw}, {@code ldap_anon_user_pw}).
     */
    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwords", "passwd", "pass", "pwd",
            "pw", "passphrase");

    private static final Map<Integer, String> ALGORITHMS = Map.of(32, "MD5", 40, "SHA-1", 64, "SHA-256", 128,
            "SHA-512");

    /** Spring Security's {@code StandardPasswordEncoder}: 8 bytes of salt, then SHA-256 iterated 1,024 times. */
    private static final int SALTED_LENGTH = 80;
    private static final int SALT_BYTES = 8;
    private static final int ITERATIONS = 1024;
    private static final String SALTED = "salted SHA-256 (Spring Security's StandardPasswordEncoder)";
    private static final String NT_HASH = "MD4 (NT hash)";
    /** The digests of the empty string, by algorithm: the values {@code md5sum < /dev/null} and its kin print. */
    private static final Map<String, String> EMPTY_DIGESTS = Map.of(
            "d41d8cd98f00b204e9800998ecf8427e", "MD5",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709", "SHA-1",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "SHA-256",
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                    + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "SHA-512");

    private static volatile @Nullable Map<String, String> digests;

    private CommonPasswordDigests() {
    }

    /**
     * Whether a value may be such a digest, tested before this class's digests are computed: 32, 40, 64 or 128
     * hexadecimal characters.
     *
     * @param value the trimmed value
     * @return {@code true} when it has a digest's shape
     */
    static boolean hasDigestShape(String value) {
        int length = value.length();
        if (length != 32 && length != 40 && length != 64 && length != SALTED_LENGTH && length != 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!HexFormat.isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The schemes that may mark a digest: Spring Security's encoder ids and RFC 2307's, in lower case. */
    private static final Set<String> MARKS = Set.of("md5", "md4", "sha", "sha1", "sha-1", "sha256", "sha-256",
            "sha512", "sha-512");

    /**
     * The hexadecimal digest a marked value spells (thirty-seventh pass), or the value itself: Spring Security's
     * {@code DelegatingPasswordEncoder} writes {@code {MD5}5f4dcc3b…} or {@code {SHA-256}…}, an LDAP or proxy password
     * file writes RFC 2307's {@code {SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=} with the digest in Base64, and SQL dumps and
     * scripts write {@code 0x5f4dcc3b…}. Each is the same unsalted digest, and looked up as easily.
     *
     * @param value the trimmed value
     * @return the digest in hexadecimal when the value is one so marked, else {@code value}
     */
    static String unmarked(String value) {
        if (value.length() > 2 && value.charAt(0) == '0' && (value.charAt(1) == 'x' || value.charAt(1) == 'X')) {
            return value.substring(2);
        }
        int close = value.indexOf('}');
        if (value.isEmpty() || value.charAt(0) != '{' || close < 0
                || !MARKS.contains(value.substring(1, close).toLowerCase(Locale.ROOT))) {
            return value;
        }
        String digest = value.substring(close + 1);
        if (hasDigestShape(digest)) {
            return digest;
        }
        try {
            byte[] bytes = java.util.Base64.getDecoder().decode(digest);
            return bytes.length == 16 || bytes.length == 20 || bytes.length == 32 || bytes.length == 64
                    ? HexFormat.of().formatHex(bytes) : value;
        } catch (IllegalArgumentException notBase64) {
            return value;
        }
    }

    /**
     * The finding for a digest of a common password under a key naming a password, or {@code null}.
     *
     * @param setting the setting
     * @param value its trimmed value, of {@linkplain #hasDigestShape digest shape}
     * @param severity the severity for the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value, Severity severity) {
        if (!namesPassword(setting.key())) {
            return null;
        }
        String algorithm = value.length() == SALTED_LENGTH ? saltedAlgorithm(value) : all().get(value.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return null;
        }
        return Finding.of(severity, "secrets.guessable", setting)
                .message("is the " + (algorithm.equals(SALTED) ? "" : "unsalted ") + algorithm + " digest of one of the most common passwords: such a digest"
                        + " is looked up in any table, so whoever reads it knows the password and signs in")
                .remediation("Choose a long random password, put its digest in " + setting.key() + " from your secret"
                        + " store rather than the file, and change it wherever it was used.")
                .build();
    }

    /** The most words of a comment tried as a digest's preimage, and the longest word tried. */
    private static final int MAX_COMMENT_WORDS = 48;
    private static final int MAX_COMMENT_WORD = 64;

    /**
     * The finding for a digest whose own comment writes the password it was made from (forty-first pass), or
     * {@code null}: {@code # echo -n "dreammall" | sha1sum} above a SHA-1 {@code PG_PASS}, {@code # nathan123} above
     * the SHA-256 of an AKHQ user's password. Each word of the governing comment (split at blanks, quotes and shell
     * punctuation) is hashed with the algorithm the digest's length names (MD5, SHA-1, SHA-256, SHA-512) and compared;
     * a comment that describes the password without writing it ({@code # sha256 of the admin password}) matches
     * nothing. The secrets gate asks it once for a digest under any key naming a secret, a password's
     * ({@code PG_PASS}) as much as any other ({@code AUTHENTIK_SECRET_KEY} made the same way): a secret derived from a
     * word the file writes is that word. At
     * most {@value #MAX_COMMENT_WORDS} words are tried, and only when the setting has a comment.
     *
     * @param setting the setting
     * @param value its trimmed value
     * @param severity the severity for the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding commentedPreimage(Setting setting, String value, Severity severity) {
        String algorithm = ALGORITHMS.get(value.length());
        if (algorithm == null || !hasDigestShape(value)) {
            return null;
        }
        String comment = GoverningComments.of(setting);
        if (comment.isEmpty()) {
            return null;
        }
        byte[] expected = HexFormat.of().parseHex(value);
        MessageDigest digest = digest(algorithm);
        int tried = 0;
        for (String word : comment.split("[\\s\"'`|;,:()<>=]+")) {
            if (word.isEmpty() || word.length() > MAX_COMMENT_WORD) {
                continue;
            }
            if (MessageDigest.isEqual(digest.digest(word.getBytes(StandardCharsets.UTF_8)), expected)) {
                return Finding.of(severity, "secrets.guessable", setting)
                        .message("is the unsalted " + algorithm + " digest of a word its own comment in the file"
                                + " writes: whoever reads the file has the word it stands for and can make it again")
                        .remediation("Generate a long random value, keep it and what it was made from out of the file"
                                + " and its comments, supply " + setting.key() + " from your secret store, and change"
                                + " it wherever it was used.")
                        .build();
            }
            if (++tried == MAX_COMMENT_WORDS) {
                break;
            }
        }
        return null;
    }

    /**
     * The finding for a secret that is the digest of nothing, or {@code null}: the MD5, SHA-1, SHA-256 or SHA-512 of the
     * empty string ({@code cf83e135…927da3e}, written as a JWT secret because it "looks random") is printed in every
     * hash function's test vectors (RFC 1321, FIPS 180-4's examples) and is what {@code sha512sum < /dev/null} prints.
     * The caller passes only values of a key that names a secret; a checksum or ETag key is never asked.
     *
     * @param setting the setting, whose key names a secret
     * @param value its trimmed value
     * @param severity the severity for the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding emptyDigest(Setting setting, String value, Severity severity) {
        if (!hasDigestShape(value)) {
            return null;
        }
        String algorithm = EMPTY_DIGESTS.get(value.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return null;
        }
        return Finding.of(severity, "secrets.published-default", setting)
                .message("is the " + algorithm + " digest of the empty string, a constant printed in every hash"
                        + " function's test vectors: it looks random but holds nothing anyone could not look up")
                .remediation("Generate a random secret of your own, e.g. `openssl rand -base64 32`, supply "
                        + setting.key() + " from your secret store, and replace it wherever it was used.")
                .build();
    }

    private static boolean namesPassword(String key) {
        for (String word : KeyWords.of(key)) {
            if (PASSWORD_WORDS.contains(word) || word.endsWith("password") || word.endsWith("passwd")) {
                return true; // Alfresco's alfresco_user_store.adminpassword glues its words
            }
        }
        return false;
    }

    private static Map<String, String> all() {
        Map<String, String> known = digests;
        if (known == null) {
            Map<String, String> computed = new HashMap<>();
            for (String algorithm : ALGORITHMS.values()) {
                MessageDigest digest = digest(algorithm);
                for (String password : COMMON) {
                    byte[] hash = digest.digest(password.getBytes(StandardCharsets.UTF_8));
                    computed.put(HexFormat.of().formatHex(hash), algorithm);
                }
            }
            for (String password : COMMON) {
                computed.putIfAbsent(HexFormat.of().formatHex(md4(password.getBytes(StandardCharsets.UTF_16LE))),
                        NT_HASH);
            }
            known = Map.copyOf(computed);
            digests = known;
        }
        return known;
    }

    /**
     * The common password a {@code StandardPasswordEncoder} digest stands for, tried with the digest's own salt (its
     * first 8 bytes): the digest of a common password is as good as the password wherever it is read (Activiti's and
     * Alfresco Process Services' {@code admin.passwordHash}, whose comment gives the password).
     */
    private static @Nullable String saltedAlgorithm(String value) {
        byte[] all = HexFormat.of().parseHex(value);
        byte[] salt = java.util.Arrays.copyOf(all, SALT_BYTES);
        byte[] expected = java.util.Arrays.copyOfRange(all, SALT_BYTES, all.length);
        MessageDigest sha256 = digest("SHA-256");
        for (String password : COMMON) {
            sha256.update(salt);
            byte[] hash = sha256.digest(password.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i < ITERATIONS; i++) {
                hash = sha256.digest(hash);
            }
            if (MessageDigest.isEqual(hash, expected)) {
                return SALTED;
            }
        }
        return null;
    }

    /** MD4's three rounds: the shifts of their steps, the order they read the block's words in, their constants. */
    private static final int[][] MD4_SHIFTS = {{3, 7, 11, 19}, {3, 5, 9, 13}, {3, 9, 11, 15}};
    private static final int[][] MD4_ORDER = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15}, {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}};
    private static final int[] MD4_ADD = {0, 0x5a827999, 0x6ed9eba1};

    /**
     * MD4 (RFC 1320), which the JDK does not offer as a public algorithm: Windows' NT hash of a password is the MD4 of
     * its UTF-16LE bytes, and Alfresco stores its users' passwords so ({@code alfresco_user_store.adminpassword}).
     */
    static byte[] md4(byte[] message) {
        int length = message.length;
        int padded = ((length + 8) / 64 + 1) * 64;
        byte[] block = java.util.Arrays.copyOf(message, padded);
        block[length] = (byte) 0x80;
        long bits = (long) length * 8;
        for (int i = 0; i < 8; i++) {
            block[padded - 8 + i] = (byte) (bits >>> (8 * i));
        }
        int a = 0x67452301;
        int b = 0xefcdab89;
        int c = 0x98badcfe;
        int d = 0x10325476;
        int[] x = new int[16];
        for (int offset = 0; offset < padded; offset += 64) {
            for (int i = 0; i < 16; i++) {
                int at = offset + 4 * i;
                x[i] = block[at] & 0xff | (block[at + 1] & 0xff) << 8 | (block[at + 2] & 0xff) << 16
                        | (block[at + 3] & 0xff) << 24;
            }
            int aa = a;
            int bb = b;
            int cc = c;
            int dd = d;
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 16; i++) {
                    int mixed = round == 0 ? b & c | ~b & d : round == 1 ? b & c | b & d | c & d : b ^ c ^ d;
                    int t = Integer.rotateLeft(a + mixed + x[MD4_ORDER[round][i]] + MD4_ADD[round],
                            MD4_SHIFTS[round][i % 4]);
                    a = d;
                    d = c;
                    c = b;
                    b = t;
                }
            }
            a += aa;
            b += bb;
            c += cc;
            d += dd;
        }
        byte[] out = new byte[16];
        int[] words = {a, b, c, d};
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", required);
        }
    }
}

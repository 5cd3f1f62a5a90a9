package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a JSON Web Token found in a setting and says whether it is a published sample: its {@code iss},
 * {@code sub}, {@code aud}, {@code role} or {@code env} claim names a demo, test or sample issuer
 * ({@code supabase-demo}), or its HMAC signature (HS256, HS384, HS512) verifies under a published or weak secret
 * (the text entries of the catalog and a short list of the secrets tutorials use). Either way anyone can mint or
 * reuse such a token. Never keeps or reveals the token or a claim value: findings name the claim and the kind of
 * word found. Immutable and thread-safe.
 */
final class JwtJudge {

    private static final int MAX_LENGTH = 8192;

    private static final Set<String> DEMO_WORDS = Set.of("demo", "test", "testing", "sample", "example", "examples",
            "fake", "dummy", "mock", "sandbox", "playground", "tutorial", "localhost");

    private static final List<String> WEAK_SECRETS = List.of("secret", "secretkey", "secret-key", "secret_key",
            "password", "changeme", "change-me", "changeit", "key", "jwt", "jwt-secret", "jwt_secret", "jwtsecret",
            "test", "testing", "dev", "development", "admin", "123456", "12345678", "1234567890", "qwerty", "default",
            "your-256-bit-secret", "your-384-bit-secret", "your-512-bit-secret", "mysecret", "my-secret", "mysecretkey",
            "supersecret", "super-secret", "topsecret", "shhhhh", "keyboard cat", "s3cr3t", "abc123", "pass", "hello");

    private static final Pattern CLAIM = Pattern.compile(
            "\"(iss|sub|aud|role|env|environment)\"\\s*:\\s*(\\[[^\\]]{0,512}]|\"(?:[^\"\\\\]|\\\\.){0,512}\")");

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){0,512})\"");

    private static final Pattern ALGORITHM = Pattern.compile("\"alg\"\\s*:\\s*\"(HS256|HS384|HS512)\"");

    private final PublishedDefaults catalog;
    private volatile @Nullable List<byte[]> secrets;
    private final Map<String, List<HmacKey>> keysByAlgorithm = new ConcurrentHashMap<>();

    private JwtJudge(PublishedDefaults catalog) {
        this.catalog = catalog;
    }

    /**
     * A judge that tries the catalog's plain-text entries and the built-in weak secrets.
     *
     * @param catalog the published defaults
     * @return the judge
     */
    static JwtJudge of(PublishedDefaults catalog) {
        return new JwtJudge(catalog);
    }

    /** The secrets to try, read from the catalog the first time a JWT needs them. */
    private List<byte[]> secrets() {
        List<byte[]> read = secrets;
        if (read == null) {
            read = candidates(catalog);
            secrets = read;
        }
        return read;
    }

    private static List<byte[]> candidates(PublishedDefaults catalog) {
        Set<String> candidates = new LinkedHashSet<>(WEAK_SECRETS);
        candidates.addAll(catalog.plainTexts());
        List<byte[]> secrets = new ArrayList<>(candidates.size());
        for (String candidate : candidates) {
            if (!candidate.isEmpty()) {
                secrets.add(candidate.getBytes(StandardCharsets.UTF_8));
            }
        }
        return List.copyOf(secrets);
    }

    /**
     * How many secrets a signature is tried against.
     *
     * @return the count
     */
    int candidates() {
        return secrets().size();
    }

    /**
     * Whether a value has the shape of a JWS in compact form: three base64url parts, the first a JSON header.
     *
     * @param value the trimmed value
     * @return {@code true} when it may be a JWT
     */
    static boolean looksLikeJwt(String value) {
        if (value.length() < 20 || value.length() > MAX_LENGTH || !value.startsWith("eyJ")) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || c == '_' || c == '=')) {
                return false;
            }
        }
        return dots == 2;
    }

    /**
     * Judges a value that may be a JWT.
     *
     * @param value the value; not retained
     * @return the problem, or empty when the value is no JWT or not a published sample
     */
    Optional<SecretProblem> judge(String value) {
        String token = value.trim();
        if (!looksLikeJwt(token)) {
            return Optional.empty();
        }
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        String header = decode(token.substring(0, first));
        String payload = decode(token.substring(first + 1, second));
        if (header == null || payload == null || !header.contains("\"alg\"")) {
            return Optional.empty();
        }
        SecretShape shape = new SecretShape(token.length(), 0, null);
        Optional<String> demoClaim = demoClaim(payload);
        if (demoClaim.isPresent()) {
            return Optional.of(new SecretProblem("secrets.demo-jwt", shape,
                    "is a JSON Web Token whose " + demoClaim.get() + " claim names a demo, test or sample issuer or "
                            + "role: a token published with a sample configuration, which anyone can copy ("
                            + token.length() + " characters)",
                    "Issue a token from your own signing key (and rotate that key if it signed this one); never deploy "
                            + "sample tokens."));
        }
        Matcher algorithm = ALGORITHM.matcher(header);
        if (algorithm.find() && signedWithKnownSecret(token, second, algorithm.group(1))) {
            return Optional.of(new SecretProblem("secrets.jwt-weak-key", shape,
                    "is a JSON Web Token whose " + algorithm.group(1) + " signature verifies under a published or "
                            + "guessable secret: anyone can mint tokens this service accepts (" + token.length()
                            + " characters)",
                    "Rotate the signing secret to 256 random bits or more (`openssl rand -base64 32`) and issue new "
                            + "tokens; the old secret is public."));
        }
        return Optional.empty();
    }

    private static Optional<String> demoClaim(String payload) {
        Matcher claim = CLAIM.matcher(payload);
        while (claim.find()) {
            String raw = claim.group(2);
            Matcher strings = STRING.matcher(raw);
            while (strings.find()) {
                if (hasDemoWord(strings.group(1))) {
                    return Optional.of(claim.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasDemoWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (DEMO_WORDS.contains(lower)) {
            return true;
        }
        for (String word : lower.split("[^a-z0-9]+")) {
            if (DEMO_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean signedWithKnownSecret(String token, int signatureDot, String algorithm) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(stripPadding(token.substring(signatureDot + 1)));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length == 0) {
            return false;
        }
        byte[] signed = token.substring(0, signatureDot).getBytes(StandardCharsets.US_ASCII);
        try {
            for (HmacKey key : keys(algorithm)) {
                if (MessageDigest.isEqual(key.sign(signed), signature)) {
                    return true;
                }
            }
        } catch (CloneNotSupportedException | GeneralSecurityException e) {
            return false;
        }
        return false;
    }

    /** The candidate secrets as HMAC keys of one algorithm, their padded states computed once. */
    private List<HmacKey> keys(String algorithm) throws GeneralSecurityException {
        List<HmacKey> keys = keysByAlgorithm.get(algorithm);
        if (keys == null) {
            String digest = "SHA-" + algorithm.substring(2);
            int block = algorithm.equals("HS256") ? 64 : 128;
            List<byte[]> secrets = secrets();
            List<HmacKey> built = new ArrayList<>(secrets.size());
            for (byte[] secret : secrets) {
                built.add(HmacKey.of(MessageDigest.getInstance(digest), block, secret));
            }
            keys = List.copyOf(built);
            keysByAlgorithm.putIfAbsent(algorithm, keys);
        }
        return keys;
    }

    /**
     * HMAC (RFC 2104) with the digest states after the inner and outer padded key precomputed, so checking a
     * signature against a candidate costs two cloned digests instead of a {@code Mac} initialisation.
     */
    private record HmacKey(MessageDigest inner, MessageDigest outer) {

        static HmacKey of(MessageDigest digest, int block, byte[] secret) {
            byte[] key = secret.length > block ? digest.digest(secret) : secret;
            byte[] innerPad = new byte[block];
            byte[] outerPad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                innerPad[i] = (byte) (k ^ 0x36);
                outerPad[i] = (byte) (k ^ 0x5c);
            }
            try {
                MessageDigest inner = (MessageDigest) digest.clone();
                inner.reset();
                inner.update(innerPad);
                MessageDigest outer = (MessageDigest) digest.clone();
                outer.reset();
                outer.update(outerPad);
                return new HmacKey(inner, outer);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-2 digests are cloneable", e);
            }
        }

        byte[] sign(byte[] message) throws CloneNotSupportedException {
            MessageDigest in = (MessageDigest) inner.clone();
            byte[] innerHash = in.digest(message);
            MessageDigest out = (MessageDigest) outer.clone();
            return out.digest(innerHash);
        }
    }

    private static String stripPadding(String part) {
        int end = part.length();
        while (end > 0 && part.charAt(end - 1) == '=') {
            end--;
        }
        return part.substring(0, end);
    }

    private static String decode(String part) {
        try {
            return new String(Base64.getUrlDecoder().decode(stripPadding(part)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.CharacterClasses;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Settings named just {@code key} under a namespace ({@code union.key}, {@code xboot.qqlbs.key}, {@code MAP_KEY},
 * {@code STEAM_KEY}), or a short word glued to it ({@code seed.cmdkey}, {@code pay.signkey}): payment, map and web API providers' settings often call their secret or API key that, but so do
 * caches, sort orders and translations, so the value decides.
 *
 * <p>A value shaped like an issued API key ({@link #holdsIssuedKey(String, String)}: a hex body of 32 characters or
 * more, or a base62 or base64 body of 20 or more that mixes letters and digits the way random text does and carries
 * 120 bits, optionally with short
 * {@code :}-separated parts, {@code 9548be6f…:5:68537648}) makes the setting an API key, judged like any secret,
 * unless a word of the key says it names something else ({@code CACHE_KEY}, {@code SORT_KEY}, {@code PARTITION_KEY},
 * {@code I18N_KEY}, {@code S3_KEY}, {@code RECAPTCHA_SITE_KEY}, the public words of {@link SecretKeys}). Any other value
 * (words, paths, identifiers) is judged only for placeholders and published defaults ({@code 你的…key},
 * {@code your-key-here}), never for strength. Stateless.
 */
final class BareKeys {

    /**
     * Words before {@code key} that make it a lookup, storage or routing key, or a key that is public by design
     * (site, client and browser keys of captcha, map and payment widgets).
     */
    private static final Set<String> NON_CREDENTIAL_WORDS = Set.copyOf(List.of("cache", "caching", "sort", "sorting",
            "partition", "primary", "foreign", "unique", "composite", "natural", "surrogate", "row", "range", "hash",
            "shard", "sharding", "index", "lookup", "i18n", "l10n", "translation", "translations", "message",
            "messages", "label", "locale", "lang", "language", "s3", "object", "bucket", "file", "upload", "asset",
            "redis", "routing", "route", "binding", "queue", "topic", "stream", "channel", "event", "idempotency",
            "dedup", "dedupe", "deduplication", "lock", "mutex", "counter", "sequence", "cursor", "page", "pagination",
            "continuation", "correlation", "trace", "tracing", "request", "group", "tenant", "user", "customer",
            "order", "product", "entity", "record", "document", "item", "field", "column", "table", "attribute",
            "property", "config", "setting", "settings", "header", "query", "param", "json", "state", "tag", "metric",
            "site", "client", "browser", "frontend", "js", "widget", "search", "hot", "shortcut", "keyboard", "menu",
            "gpg", "pgp", "gnupg", "ssh", "tls", "ssl", "cert", "certificate", "x509", "host", "commit", "git",
            "checksum", "digest", "etag", "version", "build", "release", "project", "workspace", "instance",
            "device", "node", "embed"));

    /** Words that end in {@code key} without naming one. */
    private static final Set<String> ENDS_LIKE_KEY = Set.of("monkey", "donkey", "turkey", "hockey", "jockey",
            "whiskey", "hotkey", "latchkey", "passkey", "turnkey", "hokey");

    private static final String HASH = "hash";

    private static final int MIN_BODY = 20;

    /**
     * Hex bodies of 32 characters or more (128 bits, the usual MD5-length API key): a shorter one is as often a public
     * client id (GitHub's are 20 hex), and its margin over the 80 bits a secret needs is too thin for a random one
     * never to look structured.
     */
    private static final int MIN_HEX = 32;

    /**
     * Bits a body of any other alphabet must carry: 24 base36 or 21 base62 characters or more, where a random key never
     * looks structured enough to fall below the 80 bits a secret needs.
     */
    private static final int MIN_BITS = 120;
    private static final int MAX_LENGTH = 200;
    private static final int SAMPLE_MIN = 16;
    private static final int SAMPLE_MAX = 64;
    private static final int SAMPLE_BITS = 80;
    private static final double MIN_CLASS_CHANGES = 0.25;

    private BareKeys() {
    }

    /**
     * Whether the key's last word is {@code key}, or a short word glued to it ({@code cmdkey}), under at least one
     * other word.
     *
     * @param key a key in any spelling
     * @return {@code true} for a bare {@code key} leaf
     */
    static boolean namesBareKey(String key) {
        int length = key.length();
        if (length < 5 || !key.regionMatches(true, length - 3, "key", 0, 3)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return last.equalsIgnoreCase("key") || isGluedKey(last);
    }

    /**
     * Whether a word is a short word glued to {@code key} ({@code cmdkey}, {@code signkey}, {@code mchkey}), the way
     * many projects name a provider's key in one lower-case word, and not a word that merely ends so ({@code monkey},
     * {@code hotkey}) or a lookup key ({@code cachekey}, {@code sortkey}).
     */
    private static boolean isGluedKey(String word) {
        int length = word.length();
        if (length < 5 || length > 11 || !word.regionMatches(true, length - 3, "key", 0, 3)) {
            return false;
        }
        String prefix = word.substring(0, length - 3).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) < 'a' || prefix.charAt(i) > 'z') {
                return false;
            }
        }
        return !NON_CREDENTIAL_WORDS.contains(prefix) && !ENDS_LIKE_KEY.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a bare {@code key} setting holds an API key: its value is shaped like one an API provider issues and no
     * word of the key says it names a lookup key or a public key.
     *
     * @param key a key that {@link #namesBareKey(String) names a bare key}
     * @param value its value; not retained
     * @return {@code true} when the setting is to be judged as a secret
     */
    static boolean holdsIssuedKey(String key, String value) {
        String trimmed = value.trim();
        if (trimmed.length() < MIN_BODY || trimmed.length() > MAX_LENGTH || !looksIssued(trimmed)) {
            return false;
        }
        return namesCredential(key) || namesHashingKey(key) && namesCredential(key, HASH);
    }

    /**
     * Whether {@code hash} is the word right before the last {@code key} ({@code api_keys.hash_key}, {@code HASH_KEY}):
     * a DynamoDB table's hash key holds an attribute name ({@code app_id}, {@code LockID}), never an issued key's shape,
     * so with such a value the key is the secret a service hashes with (Hyperswitch's {@code api_keys.hash_key}, the
     * HMAC key of its API keys).
     */
    private static boolean namesHashingKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        return size >= 2 && words.get(size - 1).equalsIgnoreCase("key") && words.get(size - 2).equalsIgnoreCase(HASH);
    }

    /**
     * Whether a value is shaped like an issued API key: one body of at least {@value #MIN_BODY} characters with
     * letters and digits, optionally among short alphanumeric parts separated by {@code :}. A hex body needs
     * {@value #MIN_HEX} characters; any other (base62, base64) must carry {@value #MIN_BITS} bits and change character
     * class (lower, upper, digit) between at least a quarter of its neighbouring characters, as random text does
     * and words do not.
     */
    static boolean looksIssued(String value) {
        String body = null;
        int start = 0;
        int parts = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i < value.length() && value.charAt(i) != ':') {
                continue;
            }
            String part = value.substring(start, i);
            start = i + 1;
            if (++parts > 4 || part.isEmpty()) {
                return false;
            }
            if (part.length() >= MIN_BODY) {
                if (body != null) {
                    return false;
                }
                body = part;
            } else if (!isAlphanumeric(part)) {
                return false;
            }
        }
        return body != null && !SecretValues.isUuid(body) && isRandomBody(body);
    }

    /**
     * Whether a bare {@code key} setting holds a shorter random token than {@link #holdsIssuedKey} asks for: 16 to 64
     * letters and digits, not hex, that change character class the way random text does and carry the
     * {@value #SAMPLE_BITS} bits a secret needs ({@code ALPHA_VANTAGE_KEY=M978JKZ2BVHPFB2C}), under a key no word of
     * which names a lookup or public key. Such a value is a candidate for {@link SampleEvidence}: in a file that
     * leaves placeholders or blanks beside it, it is the template's own key, published with it; elsewhere it is not
     * judged.
     *
     * @param key a key that {@link #namesBareKey(String) names a bare key}
     * @param value its value; not retained
     * @return {@code true} for a short random token under a credential's bare key
     */
    static boolean holdsShortToken(String key, String value) {
        String trimmed = value.trim();
        if (trimmed.length() < SAMPLE_MIN || trimmed.length() > SAMPLE_MAX || !isAlphanumeric(trimmed)) {
            return false;
        }
        CharacterClasses classes = CharacterClasses.of(trimmed, 0, trimmed.length(), true, true);
        if (classes == null || !classes.letter() || !classes.digit() || classes.hex()
                || !classes.changesAtLeast(MIN_CLASS_CHANGES) || SecretValues.capacityBits(trimmed) < SAMPLE_BITS) {
            return false;
        }
        return namesCredential(key);
    }

    /** Whether no word of the key names a lookup, storage or routing key, or a key that is public by design. */
    private static boolean namesCredential(String key) {
        return namesCredential(key, null);
    }

    /** As {@link #namesCredential(String)}, with one word of {@link #NON_CREDENTIAL_WORDS} allowed. */
    private static boolean namesCredential(String key, @Nullable String allowed) {
        List<String> words = SecretKeys.expandedWords(key);
        for (String word : words) {
            if (NON_CREDENTIAL_WORDS.contains(word) && !word.equals(allowed)) {
                return false;
            }
        }
        return !SecretKeys.marksPublic(words);
    }

    private static boolean isRandomBody(String body) {
        CharacterClasses classes = CharacterClasses.of(body, 0, body.length(), true, true);
        if (classes == null || !classes.letter() || !classes.digit()) {
            return false;
        }
        if (classes.hex()) {
            return body.length() >= MIN_HEX && isAlphanumeric(body);
        }
        return classes.changesAtLeast(MIN_CLASS_CHANGES) && SecretValues.capacityBits(body) >= MIN_BITS;
    }

    private static boolean isAlphanumeric(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}

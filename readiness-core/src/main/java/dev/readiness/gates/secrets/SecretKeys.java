package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.SecretShapedKeys;
import dev.readiness.settings.RelaxedNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which settings hold secrets, from the words of their keys ({@link RelaxedNames#words(String)}), so
 * {@code JWT_SECRET}, {@code jwt.secret}, {@code jwtSecret} and {@code JWTSECRET} are judged alike.
 *
 * <p>A key is a secret when one of its words names a secret ({@code secret}, {@code password}, {@code passwd},
 * {@code pwd}, {@code psw}, {@code pword}, the other abbreviations and misspellings {@code pwrd}, {@code pswd},
 * {@code passwrd}, {@code pasword}, {@code pass}, {@code passphrase}, {@code keypass} (keytool's and Mirth's key password), {@code requirepass} and {@code masterauth} (the server password and the replica's password of Redis, KeyDB and Valkey, forty-first pass), {@code token}, {@code salt}, {@code pepper}, {@code credentials},
 * {@code wif} (a wallet's private key in Bitcoin's Wallet Import Format, {@code BITCOIN_WIF}; forty-fourth pass),
 * {@code apikey}) or when {@code key} follows a word that makes it secret key material ({@code api}, {@code secret},
 * {@code private}, {@code signing}, {@code encryption}, {@code aes}, {@code hmac}, {@code jwt}, {@code master}, {@code root},
 * {@code app}, {@code auth}, {@code session}, {@code server}, {@code admin}, {@code role}, {@code shared},
 * {@code webhook}, {@code enc}, {@code access}, {@code merchant}, {@code openssl}, {@code fernet}, {@code deploy}
 * (a GitHub deploy key, a Convex deploy key), …:
 * {@code VAULT_ENC_KEY}, {@code _APP_OPENSSL_KEY_V1}, the object-store
 * {@code ACCESS_KEY}, {@code APP_KEY}). Compound words are split ({@code apikey}, {@code dbpassword},
 * {@code clientsecret}); a word ending in {@code password}, {@code secret}, {@code token} or {@code apikey} is split
 * whatever comes before ({@code PGPASSWORD}, {@code redispassword}).
 *
 * <p>A key is not a secret when a word after its last secret word says it names something about the secret rather
 * than the secret ({@code url}, {@code uri}, {@code endpoint}, {@code host}, {@code path}, {@code file},
 * {@code location}, {@code ttl}, {@code exp}, {@code expiry}, {@code timeout}, {@code length}, {@code size}, {@code bits},
 * {@code enabled}, {@code required}, {@code algorithm}, {@code header}, {@code name}, {@code id}, {@code type},
 * {@code hash}, {@code script}, …, or two such words glued together ({@code maxage}, {@code maxlength}):
 * {@code JWT_SECRET_LENGTH}, {@code TOKEN_URL}, {@code PRIVATE_KEY_PATH}, {@code CUSTOM_ACCESS_TOKEN_SCRIPT},
 * {@code TOKEN_MAXAGE}); when a verb before its last secret word makes it a switch acting on secrets
 * ({@code remove}, {@code redact}, {@code mask}, {@code hide}: {@code LANGFLOW_REMOVE_API_KEYS}); when any word marks it
 * public ({@code public}, {@code publishable}, {@code anon}: {@code VITE_STRIPE_PUBLISHABLE_KEY}, {@code JWT_PUBLIC_KEY};
 * a public word before a token, password or secret does not: {@code LOGFLARE_PUBLIC_ACCESS_TOKEN}); when it
 * is a browser-exposed build variable ({@code VITE_…}, {@code NEXT_PUBLIC_…}, {@code REACT_APP_…}); and for key
 * ids ({@code KEY_ID}, {@code ACCESS_KEY_ID}, {@code CLIENT_ID}), which never contain a secret word.
 * {@code PW} as the last of two or more words is the password's abbreviation ({@code BTC_RPC_PW}, {@code DB_PW}).
 * {@code SENTRY_DSN} is not a secret: Sentry documents DSNs as safe to expose. Nor are the shell's {@code PWD} and
 * {@code OLDPWD} (exactly so spelled: the working directories every shell exports), unless listed as extra keys.
 *
 * <p>Immutable and thread-safe (classifications are cached per key).
 */
public final class SecretKeys {

    private static final Set<String> SECRET_WORDS = Set.copyOf(List.of("secret", "secrets", "password", "passwords", "passwd",
            "pwd", "psw", "pword", "pwrd", "pswd", "psswd", "passwrd", "paswd", "pasword", "pass", "passphrase",
            "passcode", "keypass", "token", "tokens", "salt", "pepper", "credentials", "credential", "creds", "apikey", "apikeys", "secretkey", "privatekey", "macaroon", "macaroons", "mnemonic", "keypair",
            "seedphrase", "pat", "psk", "requirepass", "masterauth", "wif"));

    private static final Set<String> KEY_QUALIFIERS = Set.copyOf(List.of("api", "secret", "private", "priv", "signing", "sign",
            "encryption", "encrypt", "encrypting", "cipher", "aes", "crypto", "hmac", "mac", "jwt", "jws", "jwe",
            "master", "root", "app", "auth", "session", "server", "admin", "role", "shared", "webhook",
            "256", "128", "192", "aes256", "aes128", "decryption", "symmetric", "storage", "account", "enc", "access",
            "merchant", "mch", "vault", "kms", "master", "cookie", "license", "licence", "ingest", "service",
            "openssl", "crypt", "cryptography", "cryptographic", "fernet", "sodium", "nacl", "totp", "otp", "preshared",
            "deploy", "network", "rijndael", "blowfish", "twofish", "tripledes", "desede", "3des", "camellia",
            "chacha20", "xchacha20"));

    /**
     * Block and stream ciphers named by their own name rather than as {@code aes} or {@code cipher}: PrestaShop's
     * {@code _RIJNDAEL_KEY_}, phpMyAdmin's {@code blowfish_secret}, a {@code TRIPLEDES_KEY}. A key qualified by one
     * is an encryption key, as {@code AES_KEY} is.
     */
    private static final Set<String> CIPHER_NAMES = Set.of("rijndael", "blowfish", "twofish", "tripledes", "desede",
            "3des", "camellia", "chacha20", "xchacha20");

    /**
     * Qualifiers that make {@code key} key material even with one word of any kind between them
     * ({@code LAGO_ENCRYPTION_DETERMINISTIC_KEY}, {@code SIGNING_RSA_KEY}).
     */
    private static final Set<String> CRYPTO_QUALIFIERS = Set.of("encryption", "encrypt", "cipher", "signing", "aes",
            "hmac", "openssl", "crypto", "fernet");

    private static final Set<String> KEY_WORDS = Set.copyOf(List.of("key", "keys"));

    /**
     * Words that may stand between a qualifier and {@code key}: {@code ENCRYPTION_SECONDARY_KEY}, {@code AES_OLD_KEY},
     * {@code JWT_REFRESH_KEY}.
     */
    private static final Set<String> KEY_MODIFIERS = Set.copyOf(List.of("primary", "secondary", "old", "new",
            "previous", "prev", "current", "next", "backup", "fallback", "legacy", "rotated", "main", "default",
            "refresh"));

    private static final Set<String> ATTRIBUTE_WORDS = Set.copyOf(List.of("url", "urls", "uri", "uris", "endpoint", "endpoints",
            "host", "hosts", "hostname", "port", "path", "paths", "link", "links", "href", "file", "files", "filename", "dir", "directory",
            "location", "locations", "ttl", "exp", "expiry", "expiration", "expires", "expire", "expiresin", "timeout",
            "validity", "lifetime", "duration", "age", "seconds", "secs", "sec", "minutes", "mins", "hours", "days",
            "ms", "millis", "length", "len", "size", "bits", "bytes", "min", "max", "minimum", "maximum", "count",
            "limit", "attempts", "retries", "flag", "enabled", "enable", "disabled", "disable", "required",
            "require", "optional", "algorithm", "algorithms", "alg", "algo", "header", "headers", "name", "names",
            "id", "ids", "type", "types", "prefix", "suffix", "issuer", "audience", "scope", "scopes", "format",
            "encoding", "policy", "policies", "rotation", "interval", "version", "region", "arn", "ref", "alias",
            "position",
            "provider", "mode", "strategy", "encoder", "hash", "hashed", "hashing", "rounds", "cost", "strength",
            "pattern", "regex", "field", "param", "parameter", "cookie", "store", "storetype", "manager", "source",
            "env", "environment", "location", "reset", "rules", "complexity", "generator", "validation", "validator",
            "dsn", "sid", "class", "model", "models", "bean", "property", "properties", "template", "label", "description", "owner",
            "capacity", "rate", "threshold", "percent", "percentage", "pct", "ratio", "level", "delay", "window", "lock",
            "lockout", "history", "cache", "pool", "queue", "topic", "channel", "table", "column", "schema", "bucket",
            "index", "refill", "grace", "leeway", "skew", "clock", "method", "methods", "usage", "kind", "within", "after",
            "username", "usernames", "user", "users", "dn", "principal",
            "before", "every", "period", "complexity", "validity", "lifespan", "expire", "expired", "refresh", "start",
            "starts", "begin", "begins", "scheme", "schemes", "time", "style", "styles", "separator", "delimiter",
            "charset", "script", "scripts", "function", "message", "messages", "hint", "tooltip", "prompt", "title",
            "role", "roles", "permission", "permissions", "perm", "perms", "valid", "volume", "volumes", "mount",
            "user", "username", "login", "annotation", "selector", "namespace", "cert", "certificate",
            "crt", "mtime", "timestamp", "head", "dummy", "factor", "iterations", "iteration", "work", "backend",
            "driver", "engine", "service", "server", "blacklist", "whitelist", "denylist", "allowlist", "blocklist",
            "preference", "expression", "cron", "schedule", "database", "db", "keyspace", "num", "number", "second",
            "minute", "hour", "day", "week", "month", "year", "registration", "signup", "budget", "budgets",
            "query", "queries", "sql", "statement", "notification", "email", "mail", "subject", "page", "form",
            "screen", "view", "domain", "domains", "did", "keyring", "keyrings",
            "variant", "memory", "parallelism", "threads", "lookup", "kid", "symbol", "decimals", "contract", "broker",
            "brokers", "servers", "address", "addresses", "module", "modules", "plugin", "plugins", "ignore", "ignored",
            "exclude", "excluded", "excludes", "exempt", "exempted", "bypass", "placeholder", "shares", "on", "off"));

    /**
     * Verbs that make a key a switch acting on secrets rather than a secret when they come before its last secret
     * word ({@code LANGFLOW_REMOVE_API_KEYS}, {@code LOG_MASK_PASSWORDS}, Ansible's
     * {@code mongodb_user_update_password: on_create}, when to update it), or whether to use one (coturn's
     * {@code use-auth-secret}, a bare flag that turns on time-limited credentials; the secret is
     * {@code static-auth-secret}), or whether to ask for one (a room display's {@code adhoc_ask_for_password = False};
     * forty-sixth pass; not {@code prompt}, which names an LLM's prompt as often, {@code PROMPT_API_TOKEN}): no
     * credential is named for what is done to it. Not
     * {@code enable}: a router's
     * {@code enable password} is the privileged-mode password itself.
     */
    private static final Set<String> SWITCH_VERBS = Set.of("remove", "redact", "mask", "hide", "strip", "show",
            "expose", "obfuscate", "scrub", "sanitize", "sanitise", "update", "use", "ask");

    private static final Set<String> PUBLIC_WORDS = Set.copyOf(List.of("public", "publishable", "pub", "anon", "anonymous"));

    /**
     * Secret words that end a compound whatever comes before them ({@code pgpassword}, {@code redispassword},
     * {@code botsecret}): long and specific enough never to end an ordinary word.
     */
    private static final List<String> STRONG_SUFFIXES = List.of("password", "passwd", "passphrase", "secret",
            "token", "apikey", "secretkey", "privatekey");

    private static final List<String> COMPOUND_SUFFIXES = List.of("password", "passwd", "passphrase", "secret",
            "token", "apikey", "key", "salt", "pwd", "psw", "pass", "credentials", "id", "url", "uri", "path", "ttl");

    private static final List<String> COMPOUND_PREFIXES = List.of("api", "jwt", "secret", "private", "client",
            "access", "refresh", "auth", "db", "admin", "app", "signing", "encryption", "aes", "hmac", "session",
            "master", "root", "user", "consumer", "bot", "bearer", "webhook", "store", "network", "smtp", "mail", "rpc",
            "redis", "pg", "mysql", "mongo", "ldap", "ftp", "sftp", "storage", "upload", "proxy", "rcon", "vnc");

    private static final String[] NO_SUFFIXES = new String[0];

    /**
     * {@link #STRONG_SUFFIXES} and {@link #COMPOUND_SUFFIXES} by their last letter, in their order: a word can only
     * end with the suffixes that end with its own last letter, so most words ({@code g5svc12}, {@code orders}) are
     * compared with none or one rather than with all of them.
     */
    private static final String[][] STRONG_SUFFIXES_BY_LAST = byLastCharacter(STRONG_SUFFIXES);
    private static final String[][] COMPOUND_SUFFIXES_BY_LAST = byLastCharacter(COMPOUND_SUFFIXES);

    /**
     * Variables every POSIX shell exports to the processes it starts: {@code PWD} and {@code OLDPWD} hold
     * directories, not passwords, and reach every service started from a shell through its environment.
     */
    private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "OLDPWD");

    private static final SecretKeys DEFAULTS = new SecretKeys(Set.of(), Set.of());

    private static final KeyMemo<List<String>> EXPANDED_WORDS = KeyMemo.of(SecretKeys::expandedOnce);

    private final Set<String> extraKeys;
    private final Set<String> excludedKeys;
    private final KeyMemo<Optional<SecretPurpose>> purposeByKey = KeyMemo.of(this::classifyKey);
    private final KeyMemo<Boolean> identifierByKey = KeyMemo.of(this::classifyIdentifier);
    private final KeyMemo<KeyFacts> factsByKey = KeyMemo.of(this::factsOf);
    private final SnapshotKeys.Slot<KeyFacts> factsSlot = new SnapshotKeys.Slot<>(SnapshotKeys.SECRETS, factsByKey);

    private KeyFacts factsOf(String key) {
        Optional<SecretPurpose> purpose = purpose(key);
        return new KeyFacts(key.length() >= SecretShapedKeys.MIN_LENGTH && SecretShapedKeys.holdsSecret(key), purpose,
                namesCredentialIdentifier(key), mayLocateSecret(key) && SecretObjectReferences.locatesSecret(key),
                BasicAuthUsers.namesUserList(key) || BasicAuthUsers.namesUserMapEntry(key)
                        || BasicAuthUsers.namesAddedUsers(key),
                endsInKey(key) && BareKeys.namesBareKey(key), namesBrowserCredential(key),
                SecretSections.purpose(key, purpose), ShapeDescriptions.namesCredential(key),
                mayNameSecretHash(key) && SecretHashKeys.namesSecretHash(key),
                mayNameAuthValue(key) && AuthKeys.namesAuthValue(key) || mayNamePin(key) && PinKeys.namesPin(key)
                        || AccessCodeKeys.mayNameAccessCode(key) && AccessCodeKeys.namesAccessCode(key));
    }

    /**
     * What every key {@link SecretObjectReferences#locatesSecret} accepts has, tested here so that a key without it
     * leaves that 45 KB class (and {@code SecretKeyMaps}) unloaded, as a clean start's keys do: a last part ending in
     * {@code Key} or {@code Name} (an entry inside a Secret, {@code existingPasswordKey}), a list index (a controller's
     * annotation, an item of {@code secretRefs}), or, ignoring case, one of the words its other tests and the secret
     * managers' test start with. A necessary condition only: the class still decides.
     */
    static boolean mayLocateSecret(String key) {
        return key.endsWith("Key") || key.endsWith("Name") || key.indexOf(']') >= 0
                || containsIgnoringCase(key, "secret") || containsIgnoringCase(key, "password")
                || containsIgnoringCase(key, "vault") || containsIgnoringCase(key, "doppler")
                || containsIgnoringCase(key, "infisical") || containsIgnoringCase(key, "bitwarden");
    }

    /** {@code SecretObjectReferences}' own case-blind search ({@link String#regionMatches(boolean, int, String, int, int)}). */
    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@link SecretHashKeys#namesSecretHash}'s own first test, made here: most keys leave that class unloaded. */
    private static boolean mayNameSecretHash(String key) {
        return key.length() >= 8 && (AsciiCase.endsWith(key, "hash") || AsciiCase.endsWith(key, "hashed"));
    }

    /** {@link AuthKeys#namesAuthValue}'s own first test, made here: most keys leave that class unloaded. */
    private static boolean mayNameAuthValue(String key) {
        return key.length() >= 4 && (AsciiCase.endsWith(key, "auth") || AsciiCase.endsWith(key, "authentication")
                || AsciiCase.endsWith(key, "encoded") || AsciiCase.endsWith(key, "base64"));
    }

    /** {@link PinKeys#namesPin}'s own first test, made here: most keys leave that class unloaded. */
    private static boolean mayNamePin(String key) {
        return key.length() >= 3 && AsciiCase.endsWith(key, "pin");
    }

    /** {@link BareKeys#namesBareKey}'s own first test, made here: a key not ending in {@code key} leaves it unloaded. */
    private static boolean endsInKey(String key) {
        return key.regionMatches(true, key.length() - 3, "key", 0, 3);
    }

    /**
     * What the secrets gate reads of a key under these rules, found once per key so that the gate asks one memo per
     * setting instead of reading the key's characters rule by rule.
     *
     * @param secretShaped {@link SecretShapedKeys#holdsSecret(String)}: the key itself holds a credential
     * @param purpose {@link #purpose(String)}
     * @param identifier {@link #namesCredentialIdentifier(String)}
     * @param locatesSecret {@link SecretObjectReferences#locatesSecret(String)}
     * @param basicAuthUsers {@link BasicAuthUsers#namesUserList(String)} or
     *         {@link BasicAuthUsers#namesUserMapEntry(String)}
     * @param bareKey {@link BareKeys#namesBareKey(String)}
     * @param browserCredential {@link #namesBrowserCredential(String)}
     * @param sectionPurpose {@link SecretSections#purpose(String, Optional)} of the key and its purpose: the purpose
     *         once its sections are read
     * @param credentialLastWord {@link ShapeDescriptions#namesCredential(String)}: a shape description under the key
     *         stands for a credential
     * @param secretHash {@link SecretHashKeys#namesSecretHash(String)}: a clear value is the secret itself
     * @param authOrPin {@link AuthKeys#namesAuthValue(String)}, {@link PinKeys#namesPin(String)} or
     *         {@link AccessCodeKeys#namesAccessCode(String)}: a value of the right shape is a password
     */
    record KeyFacts(boolean secretShaped, Optional<SecretPurpose> purpose, boolean identifier, boolean locatesSecret,
            boolean basicAuthUsers, boolean bareKey, boolean browserCredential, Optional<SecretPurpose> sectionPurpose,
            boolean credentialLastWord, boolean secretHash, boolean authOrPin) {
    }

    private SecretKeys(Set<String> extraKeys, Set<String> excludedKeys) {
        this.extraKeys = extraKeys;
        this.excludedKeys = excludedKeys;
    }

    /**
     * The built-in rules alone.
     *
     * @return the default classifier
     */
    public static SecretKeys defaults() {
        return DEFAULTS;
    }

    /**
     * The built-in rules, plus keys that are always secrets and keys that never are, matched by relaxed names
     * ({@code MY_CARRIER_PIN} matches {@code my.carrier-pin}). Exclusions win over extra keys.
     *
     * @param extraKeys keys to treat as secrets whatever their words
     * @param excludedKeys keys never to treat as secrets
     * @return the classifier
     */
    public static SecretKeys of(Collection<String> extraKeys, Collection<String> excludedKeys) {
        return DEFAULTS.with(extraKeys, excludedKeys);
    }

    /**
     * These rules plus more extra and excluded keys, matched by relaxed names. Exclusions win over extra keys.
     *
     * @param extraKeys more keys to treat as secrets
     * @param excludedKeys more keys never to treat as secrets
     * @return the combined classifier
     */
    public SecretKeys with(Collection<String> extraKeys, Collection<String> excludedKeys) {
        Set<String> extra = new HashSet<>(this.extraKeys);
        extra.addAll(canonical(extraKeys));
        Set<String> excluded = new HashSet<>(this.excludedKeys);
        excluded.addAll(canonical(excludedKeys));
        return new SecretKeys(Set.copyOf(extra), Set.copyOf(excluded));
    }

    /**
     * The built-in rules with the extra and excluded keys a configuration declares
     * ({@code readiness.secrets.extra-keys}, {@code readiness.secrets.exclude-keys}): the keys the {@code secrets}
     * gate judges.
     *
     * @param settings the configuration
     * @return the classifier
     */
    public static SecretKeys configuredBy(dev.readiness.settings.Settings settings) {
        return DEFAULTS.configured(settings);
    }

    /** These rules with the extra and excluded keys a configuration adds (comma-separated or indexed lists). */
    SecretKeys configured(dev.readiness.settings.Settings settings) {
        List<String> extra = settings.list(SecretsGate.EXTRA_KEYS);
        List<String> exclude = settings.list(SecretsGate.EXCLUDE_KEYS);
        return extra.isEmpty() && exclude.isEmpty() ? this : with(extra, exclude);
    }

    private static Set<String> canonical(Collection<String> keys) {
        Set<String> canonical = new HashSet<>();
        for (String key : keys) {
            canonical.add(RelaxedNames.canonical(key));
        }
        return Set.copyOf(canonical);
    }

    /**
     * Whether the key is configured never to be judged ({@code readiness.secrets.exclude-keys}).
     *
     * @param key a key in any spelling
     * @return {@code true} when excluded
     */
    public boolean excludes(String key) {
        return !excludedKeys.isEmpty() && excludedKeys.contains(RelaxedNames.canonical(key));
    }

    /** Words that mark a key as the list of retired secrets a rotation still accepts. */
    private static final Set<String> RETIRED_WORDS = Set.of("fallback", "fallbacks", "previous", "prev", "old",
            "legacy", "rotated", "retired", "former", "deprecated");

    /**
     * Whether the key names retired secrets kept while a rotation runs ({@code SECRET_KEY_FALLBACKS},
     * {@code APP_PREVIOUS_KEYS}, {@code JWT_OLD_SECRET}): left blank, no rotation is under way and nothing is
     * missing; filled, the values are judged as every secret is.
     *
     * @param key a key in any spelling
     * @return {@code true} when a word of the key says the secret is retired
     */
    static boolean namesRetiredSecret(String key) {
        for (String word : expandedWords(key)) {
            if (RETIRED_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key names the identifier half of an access-key pair ({@code AWS_ACCESS_KEY_ID},
     * {@code S3_ACCESS_KEY}, {@code minio.accessKey}): public for AWS, a user name for object stores such as MinIO.
     * Such a value is no secret to measure, but a placeholder or a published default there still means the pair was
     * never configured.
     *
     * @param key a key in any spelling
     * @return {@code true} for an access key or access key id without a secret word
     */
    public boolean namesCredentialIdentifier(String key) {
        if (key.length() < 9 || !AsciiCase.contains(key, "access")) {
            return false;
        }
        return identifierByKey.get(key);
    }

    private boolean classifyIdentifier(String key) {
        if (key.length() < 9 || key.toLowerCase(Locale.ROOT).indexOf("access") < 0) {
            return false;
        }
        List<String> words = expandedWords(key);
        boolean accessKey = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SECRET_WORDS.contains(word)) {
                return false;
            }
            accessKey |= i > 0 && KEY_WORDS.contains(word) && words.get(i - 1).equals("access");
        }
        return accessKey && !excludes(key);
    }

    /**
     * What the gate reads of a key: its purpose, whether it names a credential identifier, whether it locates a secret.
     *
     * @param key a key as written
     * @return the facts, shared
     */
    KeyFacts facts(String key) {
        return factsByKey.get(key);
    }

    /**
     * {@link #facts(String)} of the setting at a position of a snapshot, read from the snapshot's shared key records.
     *
     * @param keys the snapshot's keys
     * @param position the setting's position
     * @param key its key
     * @return the facts, shared
     */
    KeyFacts facts(SnapshotKeys keys, int position, String key) {
        return keys.get(position, key, factsSlot);
    }

    /**
     * Whether the key names a secret.
     *
     * @param key a key in any spelling
     * @return {@code true} for a secret
     */
    public boolean isSecret(String key) {
        return purpose(key).isPresent();
    }

    /**
     * What the secret a key names is for.
     *
     * @param key a key in any spelling
     * @return the purpose, or empty when the key does not name a secret
     */
    public Optional<SecretPurpose> purpose(String key) {
        return purposeByKey.get(key);
    }

    private Optional<SecretPurpose> classifyKey(String key) {
        String canonical = excludedKeys.isEmpty() && extraKeys.isEmpty() ? null : RelaxedNames.canonical(key);
        if (canonical != null && excludedKeys.contains(canonical)
                || SHELL_VARIABLES.contains(key) && (canonical == null || !extraKeys.contains(canonical))
                || isCommentEntry(key) && (canonical == null || !extraKeys.contains(canonical))) {
            return Optional.empty();
        }
        List<String> words = expandedWords(key);
        Optional<SecretPurpose> purpose = classify(words);
        String undashed = purpose.isEmpty() ? withoutInnerDashes(key) : null;
        if (undashed != null) {
            purpose = classify(expandedWords(undashed));
        }
        if (purpose.isEmpty() && canonical != null && extraKeys.contains(canonical)) {
            return Optional.of(purposeOf(words));
        }
        return purpose;
    }

    /**
     * The key with the dashes taken out of a run of dash-separated fragments that together spell a secret word, or
     * {@code null} when no run does: Spring Boot compares property names' elements without their dashes, so
     * {@code jwt.se-cret} binds to {@code jwt.secret} and {@code api-ke-y} to {@code apikey} (forty-third pass: the
     * words {@code se} and {@code cret} named no secret and {@code jwt.se-cret=changeme} was GO). Only a run that
     * spells one of the secret words or {@code key} exactly is joined, so {@code session-token.current-key-version} or
     * {@code use-auth-secret} keep the words they are read by.
     */
    private static @org.jspecify.annotations.Nullable String withoutInnerDashes(String key) {
        if (key.indexOf('-') < 0) {
            return null;
        }
        String[] fragments = key.split("-", -1);
        StringBuilder joined = new StringBuilder(key.length());
        boolean changed = false;
        int i = 0;
        while (i < fragments.length) {
            int end = -1;
            for (int j = i + 1; j < fragments.length && j - i <= 8; j++) {
                if (spellsSecretWord(lastElement(fragments[i]), firstElement(fragments[j]), fragments, i, j)) {
                    end = j;
                }
            }
            if (i > 0) {
                joined.append('-');
            }
            if (end < 0) {
                joined.append(fragments[i++]);
                continue;
            }
            for (int j = i; j <= end; j++) {
                joined.append(fragments[j]);
            }
            changed = true;
            i = end + 1;
        }
        return changed ? joined.toString() : null;
    }

    /**
     * Whether fragments {@code i} to {@code j} of a key split at its dashes, joined inside one element, spell a secret
     * word or {@code key}: the last element of the first fragment, the whole of the ones between and the first element
     * of the last.
     */
    private static boolean spellsSecretWord(String head, String tail, String[] fragments, int i, int j) {
        if (head.isEmpty() || tail.isEmpty()) {
            return false;
        }
        StringBuilder word = new StringBuilder(head);
        for (int k = i + 1; k < j; k++) {
            if (fragments[k].indexOf('.') >= 0 || fragments[k].isEmpty()) {
                return false;
            }
            word.append(fragments[k]);
        }
        word.append(tail);
        String spelled = word.toString().toLowerCase(Locale.ROOT);
        return SECRET_WORDS.contains(spelled) || KEY_WORDS.contains(spelled);
    }

    private static String lastElement(String fragment) {
        return fragment.substring(fragment.lastIndexOf('.') + 1);
    }

    private static String firstElement(String fragment) {
        int dot = fragment.indexOf('.');
        return dot < 0 ? fragment : fragment.substring(0, dot);
    }

    /**
     * Whether the key's last part is a comment written as an entry, as JSON files that allow no comments write them:
     * {@code _comment_token} and {@code _comment_credentials} of Factorio's {@code server-settings.json},
     * {@code __comment}, {@code //password} of a {@code package.json}-style file. Its value is prose about the setting
     * beside it, never the secret (thirty-sixth pass).
     */
    private static boolean isCommentEntry(String key) {
        int start = Math.max(key.lastIndexOf('.'), key.lastIndexOf(']')) + 1;
        while (start < key.length() && key.charAt(start) == '_') {
            start++;
        }
        boolean underscored = start > 0 && key.charAt(start - 1) == '_';
        return key.startsWith("//", start) || underscored && AsciiCase.regionIs(key, start, "comment");
    }

    /**
     * Whether the key names an AES-256 key explicitly ({@code AES256_KEY}, {@code encryption.key-256}).
     *
     * @param key a key in any spelling
     * @return {@code true} when a word of the key says 256
     */
    public static boolean namesAes256(String key) {
        for (String word : expandedWords(key)) {
            if (word.contains("256")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<SecretPurpose> classify(List<String> words) {
        if (words.isEmpty() || isBrowserExposed(words)) {
            return Optional.empty();
        }
        int lastSecretWord = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PUBLIC_WORDS.contains(word) && !namesCredentialAfter(words, i)) {
                return Optional.empty();
            }
            if (SECRET_WORDS.contains(word) || namesSnmpCommunity(words, i) || (KEY_WORDS.contains(word) && qualified(words, i)
                    && !namesSessionCookie(words, i))
                    || namesClusterCookie(words, i) || namesAuthCode(words, i) || namesKeyFileContent(words, i)
                    || namesInstanceUniqueKey(words, i) || namesPrivateHalf(words, i)
                    || (word.equals("phrase") || word.equals("words") || word.equals("seed"))
                            && SeedPhraseKeys.named(words, i)) {
                lastSecretWord = i;
            }
        }
        if (lastSecretWord < 0 || ResourceTokens.namesProviderResource(words, lastSecretWord)
                || namesCredentialKinds(words, lastSecretWord)) {
            return Optional.empty();
        }
        for (int i = lastSecretWord + 1; i < words.size(); i++) {
            if (isAttribute(words.get(i))) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < lastSecretWord; i++) {
            if (SWITCH_VERBS.contains(words.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(purposeOf(words));
    }

    /**
     * Whether the word is an SNMP community string's ({@code LIBRENMS_SNMP_COMMUNITY}, {@code snmp.community}): the
     * shared password every polled device accepts, read and often write (thirty-sixth pass). A community elsewhere
     * ({@code community.url}) is no credential. The plural lists several ({@code SNMP_COMMUNITIES=public,private}),
     * and an acronym glued to its word ({@code SNMPCommunity}, {@code snmpcommunity}) is one word (thirty-seventh
     * pass).
     */
    private static boolean namesSnmpCommunity(List<String> words, int at) {
        String word = words.get(at);
        return (word.equals("community") || word.equals("communities")) && words.contains("snmp")
                || word.equals("snmpcommunity") || word.equals("snmpcommunities");
    }

    /** The words that make a plural {@code credentials} a list of the kinds of credential a realm asks for. */
    private static final Set<String> KIND_LIST_WORDS = Set.of("required", "allowed", "supported", "accepted");

    /**
     * Whether the secret word is a plural {@code credentials} that lists kinds of credential: Keycloak's realm export
     * writes {@code "requiredCredentials": ["password"]} (the realm asks users for a password), and
     * {@code required_credentials=password,otp} spells the same; the values are kind names, not credentials. A singular
     * {@code credential} and any other word before it ({@code service.credentials}) stay secrets.
     */
    private static boolean namesCredentialKinds(List<String> words, int secretWord) {
        return secretWord > 0 && words.get(secretWord).equals("credentials")
                && KIND_LIST_WORDS.contains(words.get(secretWord - 1));
    }

    /**
     * Whether a word names something about a secret: an attribute word, or two glued together ({@code maxage},
     * {@code maxlength}, {@code ttlseconds}), as keys such as {@code TOKEN_MAXAGE} spell them.
     */
    private static boolean isAttribute(String word) {
        if (ATTRIBUTE_WORDS.contains(word) || isPluralAttribute(word)) {
            return true;
        }
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            if (ATTRIBUTE_WORDS.contains(word.substring(0, cut)) && ATTRIBUTE_WORDS.contains(word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is the plural of an attribute word ({@code labels}, {@code annotations}, {@code mounts},
     * {@code aliases}, {@code prefixes}): a chart's {@code secretAnnotations} or {@code extraSecretMounts} describe
     * its Secret objects as {@code secretAnnotation} would.
     */
    private static boolean isPluralAttribute(String word) {
        int length = word.length();
        if (length < 4 || word.charAt(length - 1) != 's') {
            return false;
        }
        return ATTRIBUTE_WORDS.contains(word.substring(0, length - 1))
                || word.charAt(length - 2) == 'e' && ATTRIBUTE_WORDS.contains(word.substring(0, length - 2));
    }

    /**
     * Whether a word after a public word names a credential that no provider publishes: a public key or a
     * publishable key is public ({@code JWT_PUBLIC_KEY}), a public access token or password is not
     * ({@code LOGFLARE_PUBLIC_ACCESS_TOKEN}).
     */
    private static boolean namesCredentialAfter(List<String> words, int publicWord) {
        for (int i = publicWord + 1; i < words.size(); i++) {
            String word = words.get(i);
            if (KEY_WORDS.contains(word) || word.equals("apikey") || word.equals("id") || word.equals("url")) {
                return false;
            }
            if (word.equals("token") || word.equals("tokens") || word.startsWith("pass") || word.equals("pwd")
                    || word.equals("secret")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shared secret that lets nodes of an Erlang cluster join it ({@code RABBITMQ_ERLANG_COOKIE},
     * {@code COUCHDB_ERLANG_COOKIE}, {@code erlang.cookie}, EMQX's {@code node.cookie}): anyone holding it runs code on every node. Other cookies
     * ({@code SESSION_COOKIE}, {@code cookie.secure}) name a browser cookie, not a secret.
     */
    private static boolean namesClusterCookie(List<String> words, int i) {
        return words.get(i).equals("erlangcookie") || words.get(i).equals("releasecookie")
                || i > 0 && words.get(i).equals("cookie") && CLUSTER_COOKIE_QUALIFIERS.contains(words.get(i - 1));
    }

    /** The words before {@code unique} that make a unique id or key an installation's own secret. */
    private static final Set<String> INSTANCE_WORDS = Set.of("instance", "application", "installation");

    /**
     * Whether the word ends an installation's generated unique key: Dolibarr's {@code dolibarr_main_instance_unique_id}
     * and vtiger's {@code application_unique_key}, random values the installer writes into the configuration file and
     * the product uses as the salt or key of its own encryption, tokens and sessions (forty-eighth pass). The word
     * before {@code unique} must name the installation ({@code instance}, {@code application},
     * {@code installation}): a bare {@code unique_key} is as often a database index's column list, and a client's
     * {@code …_CLIENT_UNIQUE_ID} a number.
     */
    private static boolean namesInstanceUniqueKey(List<String> words, int i) {
        String word = words.get(i);
        return i >= 2 && (word.equals("id") || word.equals("key")) && words.get(i - 1).equals("unique")
                && INSTANCE_WORDS.contains(words.get(i - 2));
    }

    /** Asymmetric schemes whose key pair's halves settings name by {@code private} and {@code public} alone. */
    private static final Set<String> KEY_PAIR_SCHEMES = Set.of("vapid", "rsa", "ecdsa", "ed25519", "x25519");

    /**
     * Whether the word is the last one and names the private half of a key pair without the word {@code key}: Web
     * Push's {@code vapid_private} beside {@code vapid_public} (RFC 8292), an {@code rsa.private}. The public half is
     * no secret ({@link #PUBLIC_WORDS}); the private one signs every push the server sends (forty-eighth pass: a
     * sample's {@code vapid_private} was not read at all).
     */
    private static boolean namesPrivateHalf(List<String> words, int i) {
        return i > 0 && i == words.size() - 1 && words.get(i).equals("private")
                && KEY_PAIR_SCHEMES.contains(words.get(i - 1));
    }

    private static final String PASSWORD = "password";

    /**
     * Whether a word is {@code password} with one letter added, dropped, changed or two neighbours swapped
     * ({@code passwrord}, {@code pasword}, {@code passwrod}, {@code passwort}, German for it): a misspelt key is
     * still read as a password by whoever fills it. No other word of a key is that close ({@code passport} is two
     * edits away); {@code passwords} is a secret word already. Asked only of words of 7 to 9 letters whose first or
     * second letter is password's.
     */
    static boolean misspellsPassword(String word) {
        int length = word.length();
        if (length < 7 || length > 9 || word.charAt(0) != 'p' && word.charAt(1) != 'a' || word.equals(PASSWORD)
                || word.equals("passwords")) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(length, PASSWORD.length());
        while (i < shorter && word.charAt(i) == PASSWORD.charAt(i)) {
            i++;
        }
        if (length == PASSWORD.length()) {
            return word.regionMatches(i + 1, PASSWORD, i + 1, length - i - 1)
                    || i + 1 < length && word.charAt(i) == PASSWORD.charAt(i + 1)
                            && word.charAt(i + 1) == PASSWORD.charAt(i)
                            && word.regionMatches(i + 2, PASSWORD, i + 2, length - i - 2);
        }
        if (length == PASSWORD.length() + 1) {
            return word.regionMatches(i + 1, PASSWORD, i, PASSWORD.length() - i);
        }
        return word.regionMatches(i, PASSWORD, i + 1, length - i);
    }

    /**
     * An authorisation code a provider issues as a credential ({@code PADDLE_VENDOR_AUTH_CODE}, QQ mail's
     * {@code EMAIL_AUTH_CODE}, the SMTP password it issues, {@code authCode}): {@code code} right after {@code auth}.
     * Other codes ({@code COUNTRY_CODE}, {@code SBN_CODE}, {@code STATUS_CODE}) name no credential, and an attribute
     * word after it ({@code AUTH_CODE_TTL}, {@code auth.code.length}) still says the key describes the code.
     */
    private static boolean namesAuthCode(List<String> words, int i) {
        return i > 0 && words.get(i).equals("code") && words.get(i - 1).equals("auth")
                || words.get(i).equals("authcode");
    }

    /**
     * The contents of a key file rather than its path ({@code mongodb_keyfile_content}, a replica set's shared
     * secret; {@code GCP_KEYFILE_CONTENTS}, a service account's key): {@code keyfile} followed by {@code content}
     * or {@code contents}. {@code keyfile} alone ({@code mongodb_security_keyfile: /etc/mongodb-keyfile},
     * {@code REDIS_SSL_KEYFILE}) names a file.
     */
    private static boolean namesKeyFileContent(List<String> words, int i) {
        return i + 1 < words.size() && words.get(i).equals("keyfile")
                && (words.get(i + 1).equals("content") || words.get(i + 1).equals("contents"));
    }

    /**
     * The words before {@code cookie} that name the BEAM distribution cookie: Erlang's, and Elixir's release cookie
     * ({@code RELEASE_COOKIE}, a chart's {@code secrets.releaseCookie}), EMQX's {@code node.cookie}
     * ({@code EMQX_NODE__COOKIE}, whose published default is {@code emqxsecretcookie}) and VerneMQ's and Riak's
     * {@code distributed_cookie} (thirty-third pass, probing IoT brokers' configuration).
     */
    /**
     * Beaker's {@code session.key} (CKAN, Pyramid, Kallithea: {@code beaker.session.key = ckan}) names the session
     * cookie; the secret that signs it is {@code beaker.session.secret}.
     */
    private static boolean namesSessionCookie(List<String> words, int key) {
        return key >= 2 && words.get(key - 1).equals("session") && words.get(key - 2).equals("beaker");
    }

    private static final Set<String> CLUSTER_COOKIE_QUALIFIERS = Set.of("erlang", "release", "elixir",
            "distribution", "node", "distributed");

    private static boolean qualified(List<String> words, int key) {
        int before = key - 1;
        if (before > 0 && (KEY_MODIFIERS.contains(words.get(before)) || isVersion(words.get(before)))) {
            before--;
        }
        return before >= 0 && KEY_QUALIFIERS.contains(words.get(before))
                || key >= 2 && CRYPTO_QUALIFIERS.contains(words.get(key - 2))
                || key >= 2 && signsTokens(words, key);
    }

    /**
     * Whether {@code key} is a token signing key named through an options class or a key type: after {@code security},
     * after an options word, or both ({@code JwtSettings.SecurityKey}), with a {@link #TOKEN_QUALIFIERS} word before.
     */
    private static boolean signsTokens(List<String> words, int key) {
        int before = key - 1;
        if (words.get(before).equals("security")) {
            before--;
        }
        if (before >= 0 && OPTIONS_WORDS.contains(words.get(before))) {
            before--;
        }
        return before < key - 1 && before >= 0 && TOKEN_QUALIFIERS.contains(words.get(before));
    }

    /**
     * The words of a token scheme or of authentication before the key that signs its tokens (forty-eighth pass, first
     * contact): ASP.NET Core names that key by the options class that holds it ({@code JwtSettings.Key},
     * {@code JWTSettings.Key}, {@code AuthSettings.Key}) or by the type it becomes ({@code SymmetricSecurityKey}:
     * {@code Jwt.SecurityKey}, {@code TokenOptions.SecurityKey}). Every labelled key of these shapes is a signing key.
     */
    private static final Set<String> TOKEN_QUALIFIERS = Set.of("jwt", "jws", "jwe", "auth", "authentication",
            "token", "bearer", "jwtbearer");

    /** The words ASP.NET Core's options classes end in ({@code JwtSettings}, {@code JwtOptions}, {@code JwtConfig}). */
    private static final Set<String> OPTIONS_WORDS = Set.of("settings", "options", "config", "configuration");

    /**
     * Whether expanded key words mark the key public: a public word ({@code public}, {@code publishable},
     * {@code anon}) anywhere, or a browser build variable's prefix ({@code VITE_}, {@code NEXT_PUBLIC_}).
     */
    static boolean marksPublic(List<String> words) {
        if (words.isEmpty() || isBrowserExposed(words)) {
            return !words.isEmpty();
        }
        for (String word : words) {
            if (PUBLIC_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key is a browser build variable that names a credential ({@code NEXT_PUBLIC_PADDLE_TOKEN},
     * {@code VITE_SEARCH_CLIENT_KEY}): public by design, so never judged for strength, but a placeholder there still
     * ships a broken integration to every browser.
     */
    static boolean namesBrowserCredential(String key) {
        if (!startsWithBrowserPrefix(key)) {
            return false;
        }
        List<String> words = expandedWords(key);
        if (words.isEmpty() || !isBrowserExposed(words)) {
            return false;
        }
        List<String> rest = words.subList(words.get(0).equals("vite") ? 1 : 2, words.size());
        if (rest.isEmpty()) {
            return false;
        }
        String last = rest.get(rest.size() - 1);
        return classify(rest).isPresent() || last.equals("key") || last.equals("token") || last.equals("sitekey");
    }

    /**
     * The key's words with compound secret words cut ({@link #expand(List)} of {@link KeyWords#of(String)}), cut
     * once per key: the purpose, identifier, algorithm and bare-key rules all read them.
     */
    static List<String> expandedWords(String key) {
        return EXPANDED_WORDS.get(key);
    }

    /** The expanded words of a key; the key's own word list when no word was cut, as for most keys. */
    private static List<String> expandedOnce(String key) {
        List<String> words = KeyWords.of(key);
        List<String> expanded = expand(words, key.contains("assWord"));
        return expanded.equals(words) ? words : List.copyOf(expanded);
    }

    /**
     * Whether the key's first word starts as a browser build prefix does; {@link RelaxedNames#words(String)} starts
     * the first word at the first letter or digit, and {@link #expand(List)} only cuts words, so a key that fails
     * this cannot pass {@link #isBrowserExposed(List)}.
     */
    private static boolean startsWithBrowserPrefix(String key) {
        int start = 0;
        while (start < key.length() && !Character.isLetterOrDigit(key.charAt(start))) {
            start++;
        }
        return AsciiCase.regionIs(key, start, "vite") || AsciiCase.regionIs(key, start, "next")
                || AsciiCase.regionIs(key, start, "expo") || AsciiCase.regionIs(key, start, "nuxt")
                || AsciiCase.regionIs(key, start, "react");
    }

    private static boolean isBrowserExposed(List<String> words) {
        String first = words.get(0);
        return first.equals("vite") || (words.size() > 1 && (first.equals("next") || first.equals("expo")
                || first.equals("nuxt")) && words.get(1).equals("public"))
                || (words.size() > 1 && first.equals("react") && words.get(1).equals("app"));
    }

    private static SecretPurpose purposeOf(List<String> words) {
        boolean key = words.contains("key") || words.contains("keys");
        for (String word : words) {
            if (word.equals("aes") || word.startsWith("aes2") || word.startsWith("aes1") || CIPHER_NAMES.contains(word)) {
                return SecretPurpose.ENCRYPTION_KEY;
            }
            if ((word.equals("encryption") || word.equals("encrypt") || word.equals("encrypting") || word.equals("enc")
                    || word.equals("cipher") || word.equals("decryption") || word.equals("symmetric")
                    || word.equals("openssl") || word.equals("crypt") || word.equals("fernet")) && key) {
                return SecretPurpose.ENCRYPTION_KEY;
            }
        }
        for (String word : words) {
            if (word.equals("jwt") || word.equals("jws") || word.equals("hs256") || word.equals("hs384")
                    || word.equals("hs512")) {
                return SecretPurpose.SIGNING;
            }
        }
        for (String word : words) {
            if (word.equals("hmac") || word.equals("signing") || word.equals("sign")) {
                return SecretPurpose.HMAC;
            }
        }
        for (String word : words) {
            if (word.equals("password") || word.equals("passwords") || word.equals("passwd") || word.equals("pwd")
                    || word.equals("psw") || word.equals("pword") || word.equals("pass") || word.equals("passphrase") || word.equals("passcode")
                    || word.equals("keypass") || word.equals("requirepass") || word.equals("masterauth")) {
                return SecretPurpose.PASSWORD;
            }
        }
        return SecretPurpose.SECRET;
    }

    /**
     * The words with compound secret words cut ({@code adminpassword} → {@code admin}, {@code password}), and a
     * password spelled in camel case as two words glued back first when the key is so spelled ({@code PassWord},
     * {@code userPassWord}, Nightingale's {@code RSAPassWord}, whose acronym leaves {@code rsapass} and
     * {@code word}; not {@code bypass.word}).
     */
    static List<String> expand(List<String> words) {
        return expand(words, false);
    }

    private static List<String> expand(List<String> words, boolean camelPassWord) {
        List<String> expanded = new ArrayList<>(words.size() + 2);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (camelPassWord && i + 1 < words.size() && word.endsWith("pass") && words.get(i + 1).equals("word")) {
                word = word + "word";
                i++;
            }
            if (i > 0 && i == words.size() - 1 && word.equals("pw")) {
                expanded.add("password"); // BTC_RPC_PW, DB_PW: the password's abbreviation, as the key's last word
                continue;
            }
            if (i == words.size() - 1 && gluesPassword(word)) {
                expanded.add(word.substring(0, word.length() - 2)); // mysql_rootpw, DBRWPW, ldap.bindpw, keypw
                expanded.add("password");
                continue;
            }
            if (misspellsPassword(word)) {
                expanded.add("password"); // citizen-passwrord, SSID_PASWORD, redis_passwrod, passwort
                continue;
            }
            if (i == words.size() - 1 && word.length() > 3 && Character.isDigit(word.charAt(word.length() - 1))) {
                word = NumberedSecretWords.stem(word, SECRET_WORDS); // BOT_TOKEN2, OPENAI_API_KEY2, JWT_SECRET1
            }
            split(word, expanded, 0);
        }
        return expanded;
    }

    /**
     * Whether a key's last word is a password's abbreviation glued to what it guards ({@code rootpw} of
     * {@code mysql_rootpw}, Kamailio's {@code DBRWPW} and {@code DBROOTPW}, LDAP's {@code bindpw}, a keystore's
     * {@code keypw}): letters ending in {@code pw}, as no ordinary word does (forty-first pass).
     */
    private static boolean gluesPassword(String word) {
        int length = word.length();
        if (length < 4 || length > 24 || word.charAt(length - 2) != 'p' || word.charAt(length - 1) != 'w') {
            return false;
        }
        for (int i = 0; i < length - 2; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static void split(String word, List<String> into, int depth) {
        if (depth < 3 && !SECRET_WORDS.contains(word)) {
            for (String suffix : endingAs(STRONG_SUFFIXES_BY_LAST, word)) {
                if (word.length() >= suffix.length() + 2 && word.endsWith(suffix)) {
                    split(word.substring(0, word.length() - suffix.length()), into, depth + 1);
                    into.add(suffix);
                    return;
                }
            }
        }
        if (depth < 3 && !SECRET_WORDS.contains(word) || depth < 3 && (word.equals("secretkey")
                || word.equals("privatekey") || word.equals("apikey"))) {
            for (String suffix : endingAs(COMPOUND_SUFFIXES_BY_LAST, word)) {
                if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
                    String head = word.substring(0, word.length() - suffix.length());
                    if (COMPOUND_PREFIXES.contains(head) || SECRET_WORDS.contains(head)
                            || endsWithKnownPrefix(head) || isVersion(head) && suffix.equals("key")) {
                        split(head, into, depth + 1);
                        into.add(suffix);
                        return;
                    }
                }
            }
        }
        into.add(word);
    }

    /**
     * Whether a word is an API or key version ({@code v3} of WeChat Pay's {@code apiV3Key}, {@code v2}): it may stand
     * between a qualifier and {@code key} as {@link #KEY_MODIFIERS} do.
     */
    private static boolean isVersion(String word) {
        if (word.length() < 2 || word.length() > 3 || word.charAt(0) != 'v') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The suffixes of a list that end with the word's last character, in the list's order. */
    static String[] endingAs(String[][] byLast, String word) {
        if (word.isEmpty()) {
            return NO_SUFFIXES;
        }
        char last = word.charAt(word.length() - 1);
        return last < byLast.length ? byLast[last] : NO_SUFFIXES;
    }

    static String[][] byLastCharacter(List<String> suffixes) {
        int size = 1;
        for (String suffix : suffixes) {
            size = Math.max(size, suffix.charAt(suffix.length() - 1) + 1);
        }
        String[][] byLast = new String[size][];
        Arrays.fill(byLast, NO_SUFFIXES);
        for (String suffix : suffixes) {
            char last = suffix.charAt(suffix.length() - 1);
            byLast[last] = Arrays.copyOf(byLast[last], byLast[last].length + 1);
            byLast[last][byLast[last].length - 1] = suffix;
        }
        return byLast;
    }

    private static boolean endsWithKnownPrefix(String head) {
        for (String prefix : COMPOUND_PREFIXES) {
            if (head.endsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

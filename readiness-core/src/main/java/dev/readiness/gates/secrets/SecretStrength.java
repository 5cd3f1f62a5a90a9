package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.gates.internal.CommandSubstitutions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Judges one secret value for its purpose: blank, unresolved placeholder, published default, guessable, too little
 * entropy, wrong key size. The logic behind the {@code secrets} gate and the {@code @Secret} constraint.
 * Immutable and thread-safe.
 *
 * <p>Checks run in this order and the first of blank, placeholder, published default, guessable and too weak wins;
 * the key size of an encryption key is judged as well, unless the value is blank, a placeholder or a published
 * default. Values that are references rather than secrets are not judged: URLs, file paths
 * ({@code /run/secrets/jwt}, {@code classpath:jwt.pem}), encrypted forms ({@code ENC(…)}, {@code {cipher}…}),
 * secret-manager references ({@code arn:aws:secretsmanager:…}, {@code vault:…}), Stripe publishable keys
 * ({@code pk_…}) and booleans. PEM blocks ({@code -----BEGIN …}) are only matched against the catalog.
 */
public final class SecretStrength {

    /** Share of the alphabet estimate below which a low estimate counts as guessable rather than too weak. */
    private static final double STRUCTURE_RATIO = 0.75;

    private static final int CACHE_LIMIT = 4096;

    /** Values up to this length go to zxcvbn whatever their purpose. */
    static final int ZXCVBN_ANY_PURPOSE_LENGTH = 20;

    /** {@code null} for the built-in catalog, named on first use. */
    private final @Nullable PublishedDefaults catalog;

    /** {@code null} for {@link Guessability#detect()}, which looks for zxcvbn on first use. */
    private final @Nullable Guessability guessability;
    private volatile @Nullable JwtJudge jwt;
    private final Map<String, ValueFacts> factsByValue = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Judges with a catalog and a guessability estimator.
     *
     * @param catalog the published defaults to reject
     * @param guessability the estimator
     */
    public SecretStrength(PublishedDefaults catalog, Guessability guessability) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.guessability = Objects.requireNonNull(guessability, "guessability");
    }

    /**
     * The default judge, built without loading the catalog's or the estimators' classes: a boot whose settings hold
     * no secret value never needs them.
     */
    private SecretStrength() {
        this.catalog = null;
        this.guessability = null;
    }

    /**
     * The built-in catalog and the best estimator available ({@link Guessability#detect()}).
     *
     * @return the default judge
     */
    public static SecretStrength defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * The same estimator with another catalog.
     *
     * @param catalog the catalog
     * @return a judge using it
     */
    public SecretStrength withCatalog(PublishedDefaults catalog) {
        return catalog == catalog() ? this : new SecretStrength(catalog, guessability());
    }

    /**
     * The catalog in use.
     *
     * @return the catalog
     */
    public PublishedDefaults catalog() {
        return catalog != null ? catalog : PublishedDefaults.builtIn();
    }

    /**
     * The estimator in use.
     *
     * @return the estimator
     */
    public Guessability guessability() {
        return guessability != null ? guessability : Guessability.detect();
    }

    /** Whether zxcvbn is the estimator, so that it judges only the values it can turn from GO to NO-GO. */
    private boolean selective() {
        return guessability() instanceof ZxcvbnGuessability;
    }

    /**
     * Judges a value for a purpose, at the purpose's threshold.
     *
     * @param value the value; not retained beyond a weakly referenced cache of estimates
     * @param purpose what it is for
     * @return the problems found, empty when the value is fine
     */
    public List<SecretProblem> assess(String value, SecretPurpose purpose) {
        return assess("", value, purpose, purpose.minBits(), false);
    }

    /**
     * Judges a value.
     *
     * @param key the key the value was found under (a value that merely repeats its key's name is a placeholder),
     *     or empty
     * @param value the value
     * @param purpose what it is for; {@link SecretPurpose#ENCRYPTION_KEY} adds the key-size check
     * @param minBits the least entropy required, in bits
     * @param aes256 whether an encryption key must be exactly 32 bytes
     * @return the problems found, empty when the value is fine
     */
    public List<SecretProblem> assess(String key, String value, SecretPurpose purpose, int minBits, boolean aes256) {
        return assess(key, value, purpose, minBits, aes256, true);
    }

    /**
     * {@link #assess(String, String, SecretPurpose, int, boolean)} without the size and strength checks: what an
     * identifier or a user name can still get wrong, since its strength is not in question (blank, placeholder,
     * published default).
     */
    List<SecretProblem> assessUnmeasured(String key, String value, SecretPurpose purpose) {
        return assess(key, value, purpose, purpose.minBits(), false, false);
    }

    /**
     * Whether an unmeasured value (the identifier half of an access-key pair) is one character typed over and over
     * ({@code accessKey=2222}): no provider issues such an identifier, so it is filler.
     */
    private static boolean oneCharacterRepeated(String value) {
        if (value.length() < 4) {
            return false;
        }
        char first = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an unmeasured value is the alphabet, the digits or both counted up ({@code 123}, {@code 12345},
     * {@code 1234567890}, {@code abc}, {@code abc123}, {@code abcd1234}): the filler templates type for an
     * identifier ({@code aws.sqs.access.key=12345}) or a key under a provider's name ({@code twilio.key=123},
     * {@code ES_CURATOR_CLIENT_KEY=abcd1234}), which no provider issues. Letters count from {@code a}, digits from
     * {@code 0} or {@code 1}; three characters at least.
     */
    private static boolean countsUp(String value) {
        int length = value.length();
        if (length < 3 || length > 36) {
            return false;
        }
        int i = 0;
        while (i < length && Character.toLowerCase(value.charAt(i)) == (char) ('a' + i)) {
            i++;
        }
        int letters = i;
        if (i < length && value.charAt(i) != '0' && value.charAt(i) != '1') {
            return false;
        }
        for (i = letters + 1; i < length; i++) {
            if (value.charAt(i) != (char) ('0' + (value.charAt(i - 1) - '0' + 1) % 10)) {
                return false;
            }
        }
        return length - letters <= 10;
    }

    private List<SecretProblem> assess(String key, String value, SecretPurpose purpose, int minBits, boolean aes256,
            boolean measured) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(purpose, "purpose");
        if (SecretValues.isBlank(value)) {
            SecretShape shape = new SecretShape(value.length(), 0, null);
            return List.of(new SecretProblem("secrets.blank", shape, "is blank (" + describe(shape) + ")",
                    "Set it to a real " + describe(purpose) + " from your secret store. " + remediation(purpose)));
        }
        String trimmed = value.trim();
        ValueFacts facts = facts(trimmed);
        if (facts.reference()) {
            return List.of();
        }
        double capacity = facts.capacity();
        if (facts.prefixed() && (purpose == SecretPurpose.SIGNING || purpose == SecretPurpose.HMAC
                || purpose == SecretPurpose.ENCRYPTION_KEY)) {
            // No provider issues signing or encryption keys with a public prefix: a random key that happens to
            // start like one (hf_…, sk-…) is not a provider credential, and the prefix carries its share of bits.
            capacity = SecretValues.capacityBitsWithPrefix(trimmed);
        }
        SecretShape shape = new SecretShape(value.length(), capacity, SecretShape.publicPrefix(trimmed).orElse(null));
        if (facts.template() || SecretValues.echoesKey(trimmed, key) || SecretValues.stageWordBeforeKey(trimmed, key)
                || !measured && (oneCharacterRepeated(trimmed) || countsUp(trimmed))) {
            return List.of(placeholder(trimmed, shape, purpose));
        }
        Optional<PublishedDefaults.Entry> entry = catalogEntry(value, trimmed, facts);
        if (entry.isPresent()) {
            return List.of(published(shape, entry.get(), purpose, trimmed));
        }
        if (facts.phrase()) {
            return List.of(placeholder(trimmed, shape, purpose));
        }
        if (facts.pem() || !measured) {
            return List.of();
        }
        List<SecretProblem> problems = new ArrayList<>(2);
        if (purpose == SecretPurpose.ENCRYPTION_KEY) {
            keySize(trimmed, aes256, shape).ifPresent(problems::add);
        }
        double guess = Math.min(capacity, guess(facts, trimmed, purpose, capacity, minBits));
        boolean structured = guess <= STRUCTURE_RATIO * capacity;
        SecretProblem weak = null;
        if (guess < minBits && structured) {
            weak = new SecretProblem("secrets.guessable", shape,
                    "is guessable: built from common words, keyboard walks, repeats, sequences or dates, about "
                            + Math.round(guess) + " bits to guess (" + describe(shape) + ") where "
                            + withArticle(purpose) + " needs at least " + minBits + " bits",
                    "Replace it with a randomly generated value. " + remediation(purpose));
        } else if (capacity < minBits) {
            weak = new SecretProblem("secrets.too-weak", shape,
                    "carries too little entropy: " + describe(shape) + ", where " + withArticle(purpose)
                            + " needs at least " + minBits + " bits",
                    "Replace it with a longer random value. " + remediation(purpose));
        }
        if (weak != null && !problems.isEmpty()) {
            // session 36 (newcomer): CREDENTIALS_ENCRYPTION_KEY=0123456789abcdef0123 was two NO-GO rows, key-size and
            // guessable, for one fix (a random key of the right size): one finding, naming the other code
            SecretProblem size = problems.get(0);
            String also = weak.code().equals("secrets.guessable")
                    ? "it is also guessable, about " + Math.round(guess) + " bits to guess"
                    : "it also carries too little entropy";
            problems.set(0, new SecretProblem(size.code(), size.shape(), size.message() + "; " + also + " where "
                    + withArticle(purpose) + " needs at least " + minBits + " bits (" + weak.code()
                    + "): one random key of the right size fixes both", size.remediation()));
        } else if (weak != null) {
            problems.add(weak);
        }
        return problems;
    }

    /**
     * The catalog's verdict alone: whether a value is a published default or sample, whatever else it looks like
     * ({@code changeme} is a placeholder word and Elasticsearch's published default password at once).
     *
     * @param value the value; not retained
     * @param purpose what it is for
     * @return the {@code secrets.published-default} problem, or empty when the catalog does not list the value
     */
    Optional<SecretProblem> assessCatalog(String value, SecretPurpose purpose) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        ValueFacts facts = facts(trimmed);
        if (facts.reference()) {
            return Optional.empty();
        }
        SecretShape shape = new SecretShape(value.length(), facts.capacity(),
                SecretShape.publicPrefix(trimmed).orElse(null));
        return catalogEntry(value, trimmed, facts).map(entry -> published(shape, entry, purpose, trimmed));
    }

    private Optional<PublishedDefaults.Entry> catalogEntry(String value, String trimmed, ValueFacts facts) {
        PublishedDefaults published = catalog();
        Optional<PublishedDefaults.Entry> entry = trimmed.equals(value) ? facts.catalogEntry(published, trimmed)
                : published.find(value);
        if (entry.isEmpty() && !trimmed.equals(value)) {
            entry = facts.catalogEntry(published, trimmed);
        }
        return entry;
    }

    private static SecretProblem published(SecretShape shape, PublishedDefaults.Entry entry, SecretPurpose purpose,
            String value) {
        String publisher = publisher(entry.source(), value);
        return new SecretProblem("secrets.published-default", shape,
                "is a published default or sample value, public however random it looks (" + describe(shape)
                        + "; " + (publisher.isEmpty() ? "" : "published by " + publisher + ", ")
                        + "catalog entry " + entry.location() + " names its public source)",
                "Replace it with a value of your own; anyone can look this one up. " + remediation(purpose));
    }

    /**
     * Who publishes a catalog value, as the entry's source names it before its first colon ({@code Redis} of
     * {@code Redis: requirepass example in the shipped redis.conf (https://…)}), so that a reader learns which
     * product's default the service runs with without opening the catalog inside the jar (thirty-fourth pass:
     * {@code foobared} was "catalog entry published-defaults.tsv:117" alone). Empty when the source has no such
     * name, or when the name shares four characters in a row with the value ({@code PostgreSQL} for
     * {@code postgres}): a message never spells any part of a value.
     */
    static String publisher(String source, String value) {
        int colon = -1;
        int depth = 0;
        for (int i = 0; i < source.length() && i <= 200; i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return "";
        }
        String name = source.substring(0, colon).strip();
        int aside = name.indexOf('(');
        if (aside >= 0) {
            // thirty-fifth pass: "Spring Boot 3 JWT tutorials (Amigoscode '…' and its many copies): jwt.secret" named
            // nobody, so the tutorial's JWT secret read "catalog entry published-defaults.tsv:87" alone; the name
            // before the aside says who publishes it (a colon inside the aside, a URL's, ends no name)
            name = name.substring(0, aside).strip();
        }
        if (name.isEmpty() || name.length() > 80 || name.contains("http")) {
            return "";
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 4 <= lowerValue.length(); i++) {
            if (lowerName.contains(lowerValue.substring(i, i + 4))) {
                return "";
            }
        }
        if (lowerValue.length() < 4 && lowerName.contains(lowerValue)) {
            return "";
        }
        return name;
    }

    /**
     * Judges a value that may be a JSON Web Token, whatever key holds it: a token whose claims name a demo or test
     * issuer ({@code secrets.demo-jwt}) or whose HMAC signature verifies under a published or weak secret
     * ({@code secrets.jwt-weak-key}).
     *
     * @param value the value; not retained
     * @return the problem, or empty when the value is no JWT or no published sample
     */
    public Optional<SecretProblem> assessJwt(String value) {
        return JwtJudge.looksLikeJwt(value.trim()) ? jwt().judge(value) : Optional.empty();
    }

    /** The JWT judge, made when a value first looks like a JWT: a boot whose settings hold none loads no JWT code. */
    private JwtJudge jwt() {
        JwtJudge judge = jwt;
        if (judge == null) {
            judge = JwtJudge.of(catalog());
            jwt = judge;
        }
        return judge;
    }

    /** The {@code secrets.placeholder} problem of a value, whatever else the value looks like. */
    static SecretProblem placeholder(String value, SecretPurpose purpose) {
        return placeholder(value.trim(), SecretValues.shape(value), purpose);
    }

    /** The {@code secrets.placeholder} problem, saying so when the text is a shell command nothing ran. */
    private static SecretProblem placeholder(String trimmed, SecretShape shape, SecretPurpose purpose) {
        return isCommandText(trimmed) ? commandText(shape, purpose) : placeholder(shape, purpose);
    }

    /** Whether a trimmed value is one whole shell command substitution, {@code $(…)} or backquoted. */
    private static boolean isCommandText(String trimmed) {
        return trimmed.length() > 3 && (trimmed.charAt(0) == '$' || trimmed.charAt(0) == '`')
                && CommandSubstitutions.isWhole(trimmed);
    }

    private static SecretProblem placeholder(SecretShape shape, SecretPurpose purpose) {
        return new SecretProblem("secrets.placeholder", shape,
                // forty-seventh pass (newcomer): "unresolved" sent a reader of JWT_SECRET=rappit-jwt-secret-2026 looking
                // for a reference that failed; the value is text a person or a template typed in the secret's place
                "holds a placeholder or stand-in text typed in the secret's place, not " + withArticle(purpose) + " ("
                        + describeWithoutBits(shape) + ")",
                // session 36 (newcomer): "make sure the placeholder resolves" read wrong for JWT_SECRET=supersecret123,
                // a stand-in a person typed, not a reference
                "Replace the stand-in with the real value from your secret store (environment, Vault, AWS Secrets "
                        + "Manager, Kubernetes Secret), or make sure the reference meant to fill it resolves. "
                        + remediation(purpose));
    }

    /**
     * The {@code secrets.placeholder} problem of a whole shell command substitution that reached the service as text
     * (forty-eighth pass, newcomer: {@code JWT_ACCESS_SECRET=$(openssl rand -base64 32)} in a systemd
     * {@code EnvironmentFile} or a Compose {@code env_file}, which run no command, was "a placeholder or stand-in text
     * typed in the secret's place"). The message names the kind of text, never the command.
     */
    private static SecretProblem commandText(SecretShape shape, SecretPurpose purpose) {
        return new SecretProblem("secrets.placeholder", shape,
                "holds the text of a shell command, $(…) or backquoted, that nothing ran: the service gets the command "
                        + "itself, the same in every copy, not " + withArticle(purpose) + " ("
                        + describeWithoutBits(shape) + ")",
                "Run the command once and keep its output in your secret store (environment, Vault, AWS Secrets "
                        + "Manager, Kubernetes Secret); systemd's EnvironmentFile, docker run --env-file and Compose's "
                        + "env_file pass the text on without running it. " + remediation(purpose));
    }

    private static Optional<SecretProblem> keySize(String value, boolean aes256, SecretShape shape) {
        List<SecretValues.Decoding> decodings = SecretValues.decodings(value);
        for (SecretValues.Decoding decoding : decodings) {
            int bytes = decoding.bytes();
            if (aes256 ? bytes == 32 : bytes == 16 || bytes == 24 || bytes == 32) {
                return Optional.empty();
            }
        }
        StringBuilder found = new StringBuilder();
        for (SecretValues.Decoding decoding : decodings) {
            found.append(found.length() == 0 ? "" : ", ").append(decoding.bytes()).append(" bytes as ")
                    .append(decoding.encoding());
        }
        String what = found.length() == 0 ? "decodes as neither hex nor base64 to a valid key size" : "decodes to "
                + found;
        return Optional.of(new SecretProblem("secrets.key-size", shape,
                what + " (" + describe(shape) + "); " + (aes256 ? "an AES-256 key must be exactly 32 bytes"
                        : "an AES key must be 16, 24 or 32 bytes")
                        + " (hex, base64, base64url, or 16/24/32 raw characters)",
                "Generate a key of the right size: `openssl rand -base64 32` (or `openssl rand -hex 32`) for "
                        + "AES-256; re-encrypt data encrypted with the old key."));
    }

    /**
     * What a value looks like, whatever its key and purpose: computed once per distinct value and kept in a cache
     * whose keys are weakly referenced (the cache never keeps a value alive, and holds only what the settings
     * already hold).
     */
    private ValueFacts facts(String trimmed) {
        ValueFacts cached = factsByValue.get(trimmed);
        if (cached != null) {
            return cached;
        }
        boolean reference = SecretValues.isReference(trimmed) || SecretValues.isPublic(trimmed);
        boolean template = !reference && SecretValues.isTemplatePlaceholder(trimmed);
        boolean phrase = !reference && !template && SecretValues.isPhrasePlaceholder(trimmed);
        boolean pem = SecretValues.isPem(trimmed);
        double capacity = reference ? 0 : SecretValues.capacityBits(trimmed);
        boolean skip = reference || template || phrase || pem;
        double guess = skip ? 0 : selective() ? ZxcvbnGuessability.INSTANCE.dictionaryBits(trimmed)
                : guessability().estimateBits(trimmed);
        String core = SecretValues.stripPublicPrefix(trimmed);
        if (!skip) {
            guess = Math.min(guess, RepeatedPatterns.bits(core, SecretValues.bitsPerChar(trimmed)));
            guess = SteppedKeys.bits(core, guess);
        }
        boolean prefixed = !trimmed.equals(core);
        ValueFacts facts = new ValueFacts(reference, template, phrase, pem, prefixed, capacity, guess);
        if (factsByValue.size() >= CACHE_LIMIT) {
            factsByValue.clear();
        }
        factsByValue.put(trimmed, facts);
        return facts;
    }

    /**
     * Whether a value is a literal secret: not a reference, template or placeholder phrase. A credential with a
     * provider prefix is one: committed to an example file, it is as public as any other value there.
     */
    boolean isLiteralSecret(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        ValueFacts facts = facts(trimmed);
        return !facts.reference() && !facts.template() && !facts.phrase();
    }

    /**
     * Whether a value is a stand-in a person typed for the reader to replace ({@code pass}, {@code changeme},
     * {@code xxxx}, {@code <password>}): a template or a placeholder phrase, not a reference to another setting.
     */
    boolean isStandIn(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        ValueFacts facts = facts(trimmed);
        return !facts.reference() && (facts.template() || facts.phrase());
    }

    /**
     * Whether a value under two keys is worth reporting as reuse: a secret, not a reference, and not a credential
     * with a provider prefix (the same issued key under two names is an alias).
     */
    boolean isReusable(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        ValueFacts facts = facts(trimmed);
        return !facts.reference() && !facts.template() && !facts.phrase() && !facts.prefixed();
    }

    /**
     * The guess estimate for a purpose. The cheap estimate (the built-in segmentation, with zxcvbn's dictionaries
     * when zxcvbn is present) comes first; zxcvbn itself runs only where it can turn the verdict from GO to NO-GO:
     * for a value whose capacity meets the purpose's threshold and that the cheap estimate does not already find
     * guessable, of at most {@value ZxcvbnGuessability#MAX_LENGTH} characters (its cost grows steeply with length).
     * A value below the threshold is a NO-GO whatever zxcvbn would say. Each value's estimates are kept, so a value
     * repeated under many keys is estimated once.
     */
    private double guess(ValueFacts facts, String trimmed, SecretPurpose purpose, double capacity, int minBits) {
        double quick = facts.guess();
        if (!selective() || (purpose != SecretPurpose.PASSWORD && trimmed.length() > ZXCVBN_ANY_PURPOSE_LENGTH)) {
            return quick;
        }
        double bounded = Math.min(capacity, quick);
        if (capacity < minBits || bounded < minBits && bounded <= STRUCTURE_RATIO * capacity) {
            return quick;
        }
        double deep = facts.deepGuess;
        if (Double.isNaN(deep)) {
            deep = Math.min(quick, ZxcvbnGuessability.INSTANCE.zxcvbnBits(trimmed));
            facts.deepGuess = deep;
        }
        return deep;
    }

    private static final class ValueFacts {
        private volatile Optional<PublishedDefaults.Entry> catalogEntry;

        /** The catalog entry for this value, looked up once: a miss costs a SHA-256 of the value. */
        Optional<PublishedDefaults.Entry> catalogEntry(PublishedDefaults catalog, String value) {
            Optional<PublishedDefaults.Entry> entry = catalogEntry;
            if (entry == null) {
                entry = catalog.find(value);
                catalogEntry = entry;
            }
            return entry;
        }

        private final boolean reference;
        private final boolean template;
        private final boolean phrase;
        private final boolean pem;
        private final boolean prefixed;
        private final double capacity;
        private final double guess;
        private volatile double deepGuess = Double.NaN;

        ValueFacts(boolean reference, boolean template, boolean phrase, boolean pem, boolean prefixed,
                double capacity, double guess) {
            this.reference = reference;
            this.template = template;
            this.phrase = phrase;
            this.pem = pem;
            this.prefixed = prefixed;
            this.capacity = capacity;
            this.guess = guess;
        }

        boolean reference() {
            return reference;
        }

        boolean template() {
            return template;
        }

        boolean phrase() {
            return phrase;
        }

        boolean pem() {
            return pem;
        }

        boolean prefixed() {
            return prefixed;
        }

        double capacity() {
            return capacity;
        }

        double guess() {
            return guess;
        }
    }

    /** {@link SecretShape#describe()} without {@code String.format}, which dominated the gate's cost. */
    static String describe(SecretShape shape) {
        StringBuilder out = new StringBuilder(48).append(shape.length()).append(" character")
                .append(shape.length() == 1 ? "" : "s").append(", about ").append(Math.round(shape.entropyBits()))
                .append(" bits");
        if (shape.prefixClass() != null) {
            out.append(", ").append(shape.prefixClass()).append('\u2026');
        }
        return out.toString();
    }

    /**
     * A placeholder's shape without the bits an alphabet and a length would give it: {@code <strong-random-secret-256-bits>}
     * was "31 characters, about 189 bits" beside the 256 a JWT secret needs, as if it were a weak secret short of the
     * mark (session 32's newcomer). Text written to be replaced has no entropy to speak of.
     */
    static String describeWithoutBits(SecretShape shape) {
        StringBuilder out = new StringBuilder(32).append(shape.length()).append(" character")
                .append(shape.length() == 1 ? "" : "s");
        if (shape.prefixClass() != null) {
            out.append(", ").append(shape.prefixClass()).append('\u2026');
        }
        return out.toString();
    }

    /** The purpose with its article: "a JWT signing secret", "an HMAC signing secret", "an encryption key". */
    static String withArticle(SecretPurpose purpose) {
        return (purpose == SecretPurpose.HMAC || purpose == SecretPurpose.ENCRYPTION_KEY ? "an " : "a ")
                + describe(purpose);
    }

    static String describe(SecretPurpose purpose) {
        return switch (purpose) {
            case SIGNING -> "JWT signing secret";
            case HMAC -> "HMAC signing secret";
            case ENCRYPTION_KEY -> "encryption key";
            case PASSWORD -> "password";
            case SECRET -> "secret";
        };
    }

    static String remediation(SecretPurpose purpose) {
        return switch (purpose) {
            case SIGNING -> "Generate 256 random bits or more, e.g. `openssl rand -base64 32` (RFC 7518 section 3.2); "
                    + "rotating it invalidates issued tokens.";
            case HMAC -> "Use the signing secret your provider issued, or generate 256 random bits, e.g. "
                    + "`openssl rand -base64 32`; rotating it invalidates what it signed.";
            case ENCRYPTION_KEY -> "Generate a random key, e.g. `openssl rand -base64 32` for AES-256.";
            case PASSWORD -> "Use a generated password, e.g. `openssl rand -base64 24`, and change it where it is "
                    + "checked as well.";
            case SECRET -> "Use the credential your provider issued, or generate one, e.g. `openssl rand -base64 32`.";
        };
    }

    private static final class Defaults {
        static final SecretStrength INSTANCE = new SecretStrength();
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.gates.internal.CatalogFiles;
import dev.readiness.gates.internal.CredentialPairs;
import dev.readiness.gates.internal.DerivedDataSources;
import dev.readiness.gates.internal.EmbeddedEngines;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.MavenResourceTokens;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.gates.internal.ValueMask;
import dev.readiness.gates.internal.ValueShape;
import dev.readiness.internal.BoundedFindings;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.internal.SecretShapedKeys;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code secrets} gate: every setting whose key names a secret ({@link SecretKeys}) must hold a real,
 * strong, unshared value ({@link SecretStrength}).
 *
 * <p>Finding codes: {@code secrets.blank}, {@code secrets.placeholder}, {@code secrets.published-default},
 * {@code secrets.shared-default} and {@code secrets.packaged} (WARN: a literal secret in the application's base or
 * profile configuration file, {@link BaseProfileFiles}; NO-GO in a production profile file such as
 * {@code application-prod.yml}, whose literal is the very value production runs with),
 * {@code secrets.likely-published} (a literal secret in
 * a file whose other settings make it look like a shipped sample or a development setup, {@link SampleEvidence}:
 * NO-GO, or WARN for a switched-off integration's literal; WARN in a Compose file or a file of defaults,
 * {@link ShippedFiles}),
 * {@code secrets.recipe-default} (WARN: a literal secret inside a Symfony Flex recipe block of a committed
 * {@code .env}, {@link RecipeBlocks}; and {@code secrets.likely-published} for one in a Flyway or Liquibase
 * configuration file, {@link MigrationToolFiles}),
 * {@code secrets.guessable}, {@code secrets.too-weak}, {@code secrets.key-size}, {@code secrets.reused},
 * {@code secrets.demo-jwt} and {@code secrets.jwt-weak-key} (a JSON Web Token under any key, see
 * {@link SecretStrength#assessJwt(String)}), and {@code secrets.catalog-invalid} for a user catalog that cannot be
 * read. They are NO-GO in staging and production and WARN in development and test (local placeholders are normal
 * there; the report still shows them).
 *
 * <p>A key that names a Secret object or a key inside one ({@code existingSecret}, {@code tls.caSecretName},
 * {@link SecretObjectReferences}) and a value that is a file path ({@code /etc/ssl/private/site.key},
 * {@link FilePathValues}) hold no secret; a blank secret beside an {@code existingSecret} key is one its chart fills
 * in. Private key material (a PEM private key, the same PEM base64-encoded, base64 PKCS#8 or PKCS#12) is a secret
 * under any key ({@link PrivateKeyMaterial}); written into a configuration file it is
 * {@code secrets.private-key-in-file} however strong it is, since no key stays private in a file that others read
 * (supplied from the environment it is judged like any other secret). A key store or private key loaded from a
 * public code host ({@code SERVER_SSL_KEY_STORE=https://raw.githubusercontent.com/…/test.p12}) is a
 * {@code secrets.published-default} ({@link PublicKeyStores}).
 *
 * <p>The {@code data} entries of a Kubernetes Secret manifest ({@code kind: Secret}) are base64-encoded by
 * Kubernetes and judged decoded ({@link KubernetesSecretData}).
 *
 * <p>A value that is a reference to the environment ({@code ${JWT_SECRET}}, or {@code ${JWT_SECRET:}} with an empty
 * default, or a whole {@code $JWT_SECRET} a shell fills) is not judged: the environment supplies it at run time; an
 * empty default under the application's own signing or encryption key is {@code secrets.blank} ({@link EmptyDefaults}).
 * HTTP Basic credentials are decoded and their password judged ({@link BasicCredentials}); a service-account JSON
 * whose private key body was left out is a placeholder ({@link StandInPrivateKeys}). {@code ${JWT_SECRET:fallback}} is judged by its
 * default, which is what runs when the variable is unset. The secrets of an optional integration that is switched
 * off ({@code druid.slave.enabled=false}, {@code REDIS_USE_SENTINEL=false}, {@code ldap.disabled=true}; the switch's
 * key, without its switch word, names the start of theirs) or that a provider selector does not choose
 * ({@code Storage.Amazon.*} beside {@code Storage.Provider=Local}, {@link FeatureSwitches}) are judged only for a
 * published, guessable or too weak
 * literal, reported as WARN in every stage: it goes live as it stands when the switch is flipped, while a blank or a
 * placeholder there is a slot left for later. A blank database password beside an engine switch of the same prefix
 * that picks an embedded engine ({@code DB_PASSWORD=} with {@code DB_CONNECTION=sqlite}) is unused, not missing
 * ({@link EmbeddedEngines}); the database gate reports the embedded engine itself. A blank Redis password whose
 * host key beside it names a service of the same deployment ({@code spring.data.redis.host=redis}) is Redis's
 * default, not a missing secret ({@link ServiceHostRedis}). A setting named just {@code key} ({@code STEAM_KEY}) whose value is
 * shaped like an issued API key is judged as a secret ({@link BareKeys}). The identifier half of an access-key
 * pair ({@code AWS_ACCESS_KEY_ID}, {@code S3_ACCESS_KEY}) is judged only for placeholders and published defaults. A
 * literal secret that passes every check but comes from an example file ({@code .env.example}, {@code env.sample},
 * {@code config.template.yml}, {@code parameters.yml.dist}) is a {@code secrets.published-default}: whatever is
 * committed to a template is public, and so is a password that passes every check inside a URL there
 * ({@code DATABASE_URL=mysql://app:…@host/app}, under any key), and a literal password in the URL that is the
 * default of a reference ({@code ${REDIS_URL:redis://:…@redis:6379}}, {@link DefaultUrlPasswords}). A test-mode
 * publishable key's prefix with no body
 * ({@code pk_test_}, {@code pk_test_51....}) is a placeholder under any key. A secret whose whole value is a reference to another secret setting
 * ({@code s3.secret-key=${aws.secret}}) is judged where the value is written, once, and is no reuse. A literal
 * secret built from words the configuration itself holds (its project, owner, database, user or host names, key and
 * file names: {@code conductor} beside user {@code conductor}) is {@code secrets.guessable}
 * ({@link ConfigurationWords}), and a key ending in {@code auth} ({@code REACTION_AUTH}) holding a password-shaped
 * value is judged as a password ({@link AuthKeys}). A placeholder whose words ask for a secret is a placeholder under
 * any key ({@code USERS=your_user_password_hash}, {@link SecretPlaceholderValues}). A password hash in modular crypt
 * format under a password key ({@code $6$…}, {@code $2y$…}, {@code $argon2id$…}) is {@code secrets.committed-hash}
 * (WARN), or a published default in an example file ({@link CryptHashes}). A whole value that is a shell command
 * substitution in an env file ({@code $(openssl rand -hex 32)}) is made when a shell sources the file:
 * {@code secrets.shell-generated} (INFO, {@link ShellCommandValues}). A secret that reads as a phrase of dictionary
 * words ({@code ThisIsntRandomButItNeedsToBe43CharactersLong}) is {@code secrets.guessable} when its words cost fewer
 * guesses than its purpose needs ({@link ReadablePhrases}), and a blank secret in a configuration that names the
 * secret store it loads settings from (an Azure Key Vault, Spring Cloud Vault) is the store's to fill
 * ({@link SecretStoreSources}).
 *
 * <p>How a setting passes through the rules, for whoever adds one (each block is skipped by one test):
 * <ol>
 *   <li>the key's facts ({@link SecretKeys#facts}, remembered per key): a key that holds a secret itself is reported
 *       and left;</li>
 *   <li>the value's kind under any key (a crypt hash, a shell command) and the key's purpose, from its words or from
 *       what sits beside it (sections, hash and auth keys, salt pairs, template tokens, named values);</li>
 *   <li>values that hold no secret under a secret key (paths, Secret object references, cookie names, quantities,
 *       algorithm names, switch words);</li>
 *   <li><b>a value under a key that names no secret</b> (no purpose, no identifier, no JWT): the rules that read a
 *       value whatever its key (a publishable key cut short, placeholders asking for a secret, passwords in URLs,
 *       connection strings, JAAS options and {@code ;}-separated pairs, browser build variables). A <b>plain value</b>
 *       ({@link ValueShape}: a number, a quantity such as {@code 15m}, a switch word) skips this whole block unless
 *       its key names a browser credential: a rule added here must read something no plain value holds (a scheme,
 *       an {@code @}, a {@code ;}, a bracket, a word), or be placed before the skip;</li>
 *   <li>a value under a secret key, assessed ({@link SecretStrength}) unless it is judged where a reference to it is
 *       defined (then no rule after the test runs for a setting with no file), then the file rules (example,
 *       development, base and profile files), reuse and sample evidence.</li>
 * </ol>
 *
 * <p><b>URL readings.</b> The URL password rules read a URL's user information with {@code UrlPasswords}, which
 * parses only values with a {@code :} before an {@code @} in the authority. A new rule that reads a URL value's parts
 * under many keys, or several rules that read the same part, should read it once per settings snapshot through
 * {@code gates.internal.SnapshotMemo}, as the sandbox and database gates read theirs, with a reading of the value
 * alone that keeps nothing of the snapshot itself.
 *
 * <p>Configuration, read from the settings by relaxed names:
 * <ul>
 *   <li>{@code readiness.secrets.extra-keys}: comma-separated keys that are secrets whatever their words;</li>
 *   <li>{@code readiness.secrets.exclude-keys}: comma-separated keys that are never judged;</li>
 *   <li>{@code readiness.secrets.catalog}: catalogs of your own published or retired values (paths, {@code file:}
 *       or {@code classpath:} locations; comma-separated or indexed), in the format {@link PublishedDefaults}
 *       describes, used alongside the built-in one.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SecretsGate implements Gate {

    /** The gate's id. */
    public static final String ID = "secrets";

    /** Setting naming extra secret keys. */
    public static final String EXTRA_KEYS = "readiness.secrets.extra-keys";

    /** Setting naming keys never to judge. */
    public static final String EXCLUDE_KEYS = "readiness.secrets.exclude-keys";

    /** Setting naming a user catalog file. */
    public static final String CATALOG = "readiness.secrets.catalog";

    /**
     * The pre-test of {@code Pass.urlOrConnectionPassword} ({@link ValueMask}): each of its rules first asks for an
     * {@code @}, a {@code ;} or a {@code ?}.
     */
    static final int URL_OR_CONNECTION_PASSWORD = ValueMask.AT | ValueMask.SEMICOLON | ValueMask.QUESTION;
    /** The pre-test of {@link ConnectionStringPasswords#weak}: its forms' first test asks for an {@code @}, {@code ;} or comma. */
    static final int CONNECTION_STRING = ValueMask.AT | ValueMask.SEMICOLON | ValueMask.COMMA;
    /** The pre-test of the JAAS rule: {@code LoginModule} holds an upper-case and a lower-case letter. */
    static final int JAAS_OPTIONS = ValueMask.UPPER | ValueMask.LOWER;

    private static final Pattern AES_256 = Pattern.compile("(?i)aes[-_ ]?256");
    private static final Set<String> USER_WORDS = Set.of("user", "username", "usr", "login");

    private static final Set<String> ALGORITHM_WORDS = Set.of("algorithm", "algo", "alg", "cipher", "transformation");

    private final SecretKeys keys;
    private final SecretStrength strength;
    private volatile @Nullable CachedCatalog userCatalog;

    /**
     * The gate with the built-in key rules, catalog and best available estimator, configured from the settings.
     */
    public SecretsGate() {
        this(SecretKeys.defaults(), SecretStrength.defaults());
    }

    /**
     * The gate with given rules and judge; settings under {@code readiness.secrets.*} still add extra and excluded
     * keys and a user catalog.
     *
     * @param keys which keys are secrets
     * @param strength how values are judged
     */
    public SecretsGate(SecretKeys keys, SecretStrength strength) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.strength = Objects.requireNonNull(strength, "strength");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Secrets are set, not placeholders or published defaults, strong enough for their purpose, and not "
                + "shared between keys";
    }

    @Override
    public Outcome check(GateContext context) {
        Settings settings = context.settings();
        Severity severity = context.stage().enforcesByDefault() ? Severity.NO_GO : Severity.WARN;
        BoundedFindings findings = BoundedFindings.forGate(ID);
        SecretKeys effectiveKeys = keys.configured(settings);
        SecretStrength judge = configuredStrength(settings, severity, findings);
        Pass pass = new Pass(settings, severity, findings, effectiveKeys, judge);
        int position = -1;
        for (Setting setting : settings) {
            pass.judge(setting, ++position);
        }
        if (mayShowValues(settings)) {
            for (Finding shown : ActuatorShownValues.findings(settings, severity)) {
                findings.add(shown);
            }
        }
        return pass.outcome();
    }

    /**
     * Whether an actuator endpoint's {@code show-values} is set at all, for {@link ActuatorShownValues}: three look-ups
     * asked here, so that a start without the setting does not load that rule (forty-sixth pass).
     */
    private static boolean mayShowValues(Settings settings) {
        return settings.contains("management.endpoint.env.show-values")
                || settings.contains("management.endpoint.configprops.show-values")
                || settings.contains("management.endpoint.quartz.show-values");
    }

    /**
     * What {@link SaltPairs#pairsWithSalt} and {@link SaltPairs#pairsWithPassword} need of every key they accept:
     * a separated {@code key} word at its end (in any case, as that rule compares), or {@code signature} after its
     * first letter. Asked here so that a start whose keys have neither does not load that rule (session 39).
     */
    static boolean mayPairWithSaltOrPassword(String key) {
        int end = key.length();
        return end >= 5 && key.regionMatches(true, end - 3, "key", 0, 3)
                || key.indexOf("IGNATURE") > 0 || key.indexOf("ignature") > 0;
    }

    /**
     * One check's pass over the settings. Each setting first meets the rules of its key alone, then a few cheap tests
     * of its value; the families of rules ({@link #judgeUnpurposed a value with no purpose}, {@link #explainedBlank a
     * blank}, {@link #judgeSwitchedOff a switched-off feature's secret}, {@link #judgeJwt a JWT}, {@link #judgeSecret
     * a secret}) each sit in a method of their own, small enough for the JIT to compile and inline well, and a new rule
     * of a family is one more call there, behind its own cheap first test. Not thread-safe: one per check.
     */
    private static final class Pass {

        private final Settings settings;
        private final Severity severity;
        private final BoundedFindings findings;
        private final SecretKeys effectiveKeys;
        private final SecretStrength judge;
        private @Nullable Set<String> aes256Prefixes; // read with the first encryption key that names no AES-256
        private final Map<String, Setting> firstByValue = new HashMap<>();
        private final Map<String, SecretPurpose> purposeByValue = new HashMap<>();
        private final PerCheck perCheck;
        private final ReferencedValues references;
        private final Map<String, String> referencedBy = new HashMap<>();
        private @Nullable Optional<Setting> jasyptKey; // read with the first ENC(...) value
        private final boolean secretManifest;
        private final SnapshotKeys snapshotKeys;
        private @Nullable ConfigurationWords ownWords; // loaded with the first literal secret: a GO start may have none
        private @Nullable Set<String> embeddedEngines;
        private @Nullable Set<String> inMemoryDatabases;
        private @Nullable Boolean filledByStore; // read with the first blank secret no other rule explains
        private @Nullable Boolean shiroUsers; // read with the first unpurposed setting
        private @Nullable List<BrowserCopies.Copy> browserCopies;
        private @Nullable FileMarks fileMarks; // read with the first literal committed nowhere else
        private @Nullable VectorCompanions vectors; // made with the first literal under a vector's key

        Pass(Settings settings, Severity severity, BoundedFindings findings, SecretKeys effectiveKeys,
                SecretStrength judge) {
            this.settings = settings;
            this.severity = severity;
            this.findings = findings;
            this.effectiveKeys = effectiveKeys;
            this.judge = judge;
            this.perCheck = new PerCheck(settings);
            this.references = ReferencedValues.in(settings);
            this.secretManifest = settings.contains("kind") && KubernetesSecretData.isSecretManifest(settings);
            this.snapshotKeys = SnapshotKeys.of(settings);
        }

        /**
         * The rules of a value completed at run time: an empty default, a fill-in word written around it, or Spring
         * Boot's random number.
         */
        private @Nullable Finding deferred(Setting setting, SecretKeys.KeyFacts keyFacts) {
            Finding empty = EmptyDefaults.emptyRequired(setting, keyFacts.purpose(), severity, perCheck::switches,
                    settings);
            if (empty != null && emptyWhereDefined(setting)) {
                return null;
            }
            Finding standIn = empty != null ? empty : StandInBesideReferences.of(setting, keyFacts.purpose(), severity);
            if (standIn == null) {
                standIn = StandInBesideReferences.guessable(setting, keyFacts.purpose(), judge, severity);
            }
            if (standIn == null) {
                standIn = StandInBesideReferences.emptyDefaults(setting, keyFacts.purpose(), judge, severity);
            }
            return standIn != null ? standIn : RandomNumberValues.tooWeak(setting, keyFacts.purpose(), severity);
        }

        /**
         * Whether the empty default a deferred secret falls back to is written on another key of the configuration and
         * reported there: {@code SECRET_KEY=${JWT_SECRET}} under {@code JWT_SECRET=${JWT_SECRET:-}} is one empty key,
         * whose fix (drop the empty default) is made on the line that writes it, as {@link #blankWhereDefined} reports a
         * literal blank once, where it is defined. Read only for a setting the empty-default rule already reports.
         */
        private boolean emptyWhereDefined(Setting setting) {
            List<Setting> referenced = references.referenced(setting);
            if (referenced.size() != 1) {
                return false;
            }
            Setting defining = referenced.get(0);
            String key = defining.key();
            return !key.equals(setting.key()) && defining.isDeferred() && !effectiveKeys.excludes(key)
                    && EmptyDefaults.emptyRequired(defining, effectiveKeys.purpose(key), severity, perCheck::switches,
                            settings) != null;
        }

        /** The rules of a setting's key, then of its value: the common path, a few cheap tests for most settings. */
        void judge(Setting setting, int position) {
            String key = setting.key();
            SecretKeys.KeyFacts keyFacts = effectiveKeys.facts(snapshotKeys, position, key);
            if (keyFacts.secretShaped()) {
                findings.add(secretInKey(setting, severity));
                return;
            }
            if (setting.isDeferred() || setting.isPolicy()) {
                int before = findings.total();
                addIfFound(findings, setting.isDeferred() ? deferred(setting, keyFacts) : null);
                addIfFound(findings, setting.isDeferred() && !effectiveKeys.excludes(key)
                        ? DeferredUrlPasswords.judge(setting, judge, severity) : null);
                if (findings.total() == before && setting.isDeferred() && !effectiveKeys.excludes(key)
                        && setting.value().indexOf("::") > 0) { // written users beside one taken from a variable
                    staticUserPassword(key, setting.value()).ifPresent(problem -> add(severity, problem, setting));
                } else if (findings.total() == before && setting.isDeferred() && !effectiveKeys.excludes(key)
                        && setting.value().indexOf('{') >= 0) { // written users beside one taken from a variable
                    registeredUserPassword(key, setting.value()).ifPresent(problem -> add(severity, problem, setting));
                }
                return;
            }
            if (ImportCredentials.isLocation(setting)) {
                importCredential(setting, judge, severity).ifPresent(findings::add);
                return;
            }
            String value = EnvironmentReferences.effectiveValue(setting);
            if (value == null || effectiveKeys.excludes(key)
                    || value.length() >= 3 && value.charAt(0) == '@' && MavenResourceTokens.isWholeToken(value)
                            && !setting.isLiteral() && !setting.isAsBuilt() // a jar's unfilled token is text
                    || AsciiCase.endsWith(key, "password") && DerivedDataSources.isDerivedPassword(settings, setting)) {
                return; // session 40: a password the code took out of DATABASE_URL is judged there
            }
            if (SampleEvidence.Declarations.mayDeclare(value)) {
                perCheck.sampleEvidence().declares(setting, value);
            }
            if (VectorCompanions.mayNameVector(key) && !value.isBlank()) {
                observeVector(setting);
            }
            if (secretManifest && KubernetesSecretData.isEncodedEntry(key)) {
                String decoded = KubernetesSecretData.decoded(value);
                value = decoded == null ? value : decoded;
            }
            Finding hash = hashFinding(setting, value);
            if (hash == null && keyFacts.purpose().isPresent() && value.length() >= 24) {
                hash = CommonPasswordDigests.emptyDigest(setting, CommonPasswordDigests.unmarked(value.strip()),
                        severity);
                if (hash == null) {
                    hash = CommonPasswordDigests.commentedPreimage(setting,
                            CommonPasswordDigests.unmarked(value.strip()), severity);
                }
            }
            if (hash != null) {
                findings.add(hash);
                return;
            }
            if (keyFacts.purpose().isPresent() && ShellCommandValues.isGenerated(setting, value)) {
                findings.add(ShellCommandValues.generated(setting));
                return;
            }
            judgeValue(setting, key, keyFacts, keyFacts.purpose().isPresent() ? ShellCommandValues.judged(setting, value) : value);
        }

        /** A literal under a key that may name an initialisation vector, read once the key's findings are known. */
        private void observeVector(Setting setting) {
            VectorCompanions found = vectors;
            if (found == null) {
                found = new VectorCompanions();
                vectors = found;
            }
            found.observe(setting);
        }

        /**
         * A stored hash of a password (a RabbitMQ definitions user's too, {@link RabbitDefinitionHashes}), or a
         * digest of a common one. Each rule's own first test of the value's length
         * is made here as well: a GO start's ordinary settings (a port, a switch word, a name) then load none of these
         * rule classes.
         */
        private @Nullable Finding hashFinding(Setting setting, String value) {
            Finding hash = value.length() >= CryptHashes.MIN_LENGTH && CryptHashes.isCryptHash(value)
                    ? CryptHashes.judge(setting, severity == Severity.NO_GO) : null;
            if (hash != null && hash.severity() == Severity.WARN) hash = CryptHashes.listed(hash, setting, value, judge, severity);
            if (hash == null && value.length() >= 24 && setting.key().endsWith(RabbitDefinitionHashes.KEY_END)
                    && RabbitDefinitionHashes.isUserHash(settings, setting.key(), value)) {
                hash = CryptHashes.committed(setting, severity == Severity.NO_GO);
            }
            if (hash == null && value.length() >= 24) {
                String digest = CommonPasswordDigests.unmarked(value.strip());
                if (CommonPasswordDigests.hasDigestShape(digest)) {
                    hash = CommonPasswordDigests.judge(setting, digest, severity);
                }
            }
            return hash;
        }

        private void judgeValue(Setting setting, String key, SecretKeys.KeyFacts keyFacts, String value) {
            if (key.endsWith(NamedValues.KEY) && NamedValues.namesPairedValue(settings, key, value)
                    && !(key.length() > ServerIdentityKeys.SHORTEST && ServerIdentityKeys.namesSharedIdentity(key))) {
                return;
            }
            Optional<SecretPurpose> purpose = purposeOf(setting, key, keyFacts, value);
            if (purpose.isEmpty() && keyFacts.locatesSecret()
                    && SecretObjectReferences.holdsSecretInsteadOfName(key, value)) {
                purpose = Optional.of(SecretPurpose.SECRET);
            }
            if (purpose.isEmpty() && keyFacts.locatesSecret() && SpelledCredentialKeys.spellsOwnKey(key, value, true)) {
                add(severity, SecretStrength.placeholder(value, SecretPurpose.SECRET), setting);
                return;
            }
            boolean privateKey = value.length() >= PrivateKeyMaterial.MIN_LENGTH
                    && PrivateKeyMaterial.isPrivateKey(value);
            if (purpose.isEmpty() && privateKey) {
                purpose = Optional.of(SecretPurpose.SECRET);
            }
            if (value.length() > 30 && value.indexOf("://") > 0 && PublicKeyStores.isPublished(key, value)) {
                add(severity, PublicKeyStores.published(), setting);
                return;
            }
            if (purpose.isPresent() ? isNoSecretHere(key, keyFacts, value)
                    : keyFacts.locatesSecret()
                            // its own first test, made here: a clean key leaves SecretObjectReferences unloaded
                            || key.endsWith("Key") && SecretObjectReferences.namesKeyOfItsValue(settings, key, value)) {
                return;
            }
            if (purpose.isPresent() && SwitchValues.isSwitchWord(value)) {
                if (!SwitchValues.namesPolicy(key) && !SocketPeerPasswords.isUnsetBesideUnsetHost(settings, key, value)
                        && !UnsetLoginPairs.isUnsetBesideUnsetUser(settings, key, value)) {
                    add(severity, SecretStrength.placeholder(value, purpose.get()), setting);
                }
                return;
            }
            boolean bareKey = purpose.isEmpty() && keyFacts.bareKey();
            if ((purpose.isPresent() || bareKey) && SwitchValues.isProductKeyword(settings, key, value, effectiveKeys)) {
                return;
            }
            boolean issuedKey = bareKey && BareKeys.holdsIssuedKey(key, value);
            if (issuedKey) {
                purpose = Optional.of(SecretPurpose.SECRET);
                bareKey = false;
            }
            boolean publicHalf = !keyFacts.identifier() && !bareKey && purpose.isPresent()
                    && (purpose.get() == SecretPurpose.SECRET && PairedIdentifiers.isPublicHalf(settings, key)
                            || ListedKeyPairs.identifiesEntry(settings, key));
            boolean identifier = keyFacts.identifier() && !PairedIdentifiers.isSecretBesideAccessId(settings, key)
                    || bareKey || publicHalf;
            judgeByFamily(setting, key, keyFacts, value, purpose, privateKey, identifier, bareKey, publicHalf,
                    issuedKey);
        }

        /**
         * A value once its purpose and whether it is an identifier are known, handed to its family's rules: a value
         * without purpose, a blank, a switched-off feature's secret, a JWT, an encrypted value, a secret.
         */
        private void judgeByFamily(Setting setting, String key, SecretKeys.KeyFacts keyFacts, String value,
                Optional<SecretPurpose> purpose, boolean privateKey, boolean identifier, boolean bareKey,
                boolean publicHalf, boolean issuedKey) {
            boolean jwtShaped = value.indexOf("eyJ") >= 0;
            if (purpose.isEmpty() && value.length() >= BrowserCopies.MIN_LENGTH
                    && BrowserCopies.mayCopySecret(key, value)) {
                browserCopies = BrowserCopies.add(browserCopies, setting, value);
            }
            if (purpose.isEmpty() && !identifier && !jwtShaped) {
                judgeUnpurposed(setting, key, keyFacts, value);
                return;
            }
            if (DeferralPhrases.defers(value) || value.isBlank() && explainedBlank(key, value)) {
                if (value.isBlank() && EmbeddedEngines.mayBeUnusedPassword(key)
                        && (EmbeddedEngines.isUnusedPassword(key, inMemory())
                        || EmbeddedEngines.isUnusedPassword(key, embedded())
                        || ServiceHostRedis.isPasswordless(settings, key))) {
                    // not reported, but still what it was: a blank the service runs with (an embedded data source's,
                    // a Redis on a service host), left in the file as written, evidence of the file
                    perCheck.sampleEvidence().observe(setting, List.of(new SecretProblem("secrets.blank",
                            new SecretShape(value.length(), 0, null), "is blank", "")));
                }
                return;
            }
            FeatureSwitches switches = perCheck.switches();
            if (switches.isOff(key)) {
                judgeSwitchedOff(setting, value, purpose, privateKey, identifier, bareKey, switches);
                return;
            }
            if (jwtShaped && judgeJwt(setting, value, purpose, identifier)) {
                return;
            }
            Setting jasypt = JasyptKeys.isEncrypted(value) ? jasyptKey() : null;
            if (jasypt != null) {
                findings.add(JasyptKeys.decryptable(severity, setting, jasypt));
                return;
            }
            judgeSecret(setting, key, keyFacts, value, purpose.orElse(SecretPurpose.SECRET), identifier, bareKey,
                    publicHalf, issuedKey, privateKey, switches);
        }

        /** What a setting's value is for: its key's purpose, or one its section, its neighbours or its origin give. */
        private Optional<SecretPurpose> purposeOf(Setting setting, String key, SecretKeys.KeyFacts keyFacts,
                String value) {
            Optional<SecretPurpose> purpose = keyFacts.sectionPurpose();
            if (purpose.isPresent()) {
                return purpose;
            }
            if (keyFacts.secretHash() && SecretHashKeys.holdsClearSecretValue(value)) {
                return Optional.of(SecretPurpose.SECRET);
            }
            if (keyFacts.secretHash() && value.isBlank() && SecretHashKeys.namesPasswordHash(key)) {
                return Optional.of(SecretPurpose.PASSWORD);
            }
            if (keyFacts.authOrPin() && (AuthKeys.namesAuthValue(key) && AuthKeys.holdsSecretValue(value)
                    || PinKeys.namesPin(key) && PinKeys.holdsPinValue(value)
                    || AccessCodeKeys.namesAccessCode(key) && AccessCodeKeys.holdsCodeValue(value))) {
                return Optional.of(SecretPurpose.PASSWORD);
            }
            if (mayPairWithSaltOrPassword(key) && (SaltPairs.pairsWithSalt(settings, key)
                    || SaltPairs.pairsWithPassword(settings, key, value)) && !effectiveKeys.excludes(key)) {
                return Optional.of(SecretPurpose.SECRET);
            }
            if (value.length() >= 5 && SecretFiles.holdsTemplateToken(setting, value) || keyFacts.basicAuthUsers()) {
                return Optional.of(SecretPurpose.PASSWORD);
            }
            if (key.length() > ServerIdentityKeys.SHORTEST && ServerIdentityKeys.namesSharedIdentity(key)) return Optional.of(SecretPurpose.SECRET);
            if (key.equals(TurnUsers.USER) && TurnUsers.namesStaticAccount(settings, key, value)) {
                return Optional.of(SecretPurpose.PASSWORD);
            }
            String name = key.endsWith(NamedValues.VALUE) ? NamedValues.name(settings, key) : null;
            if (name != null && !effectiveKeys.excludes(name)) {
                return NamedValues.isCredentialHeader(name) ? Optional.of(SecretPurpose.SECRET)
                        : effectiveKeys.facts(name).purpose();
            }
            if (name == null && key.length() > 11 && AsciiCase.endsWith(key, "value")
                    && AsciiCase.contains(key, "header") && NamedValues.isAuthHeaderValue(settings, key)) {
                return Optional.of(SecretPurpose.SECRET);
            }
            return purpose;
        }

        /**
         * Whether a value under a key with a purpose is no secret after all: where one is kept (a path, a secret
         * object's entry), a cookie's name, a quantity, an algorithm, an id, a public key, a selector, an explicit
         * null, a policy word or the name of a secret object.
         */
        private boolean isNoSecretHere(String key, SecretKeys.KeyFacts keyFacts, String value) {
            if (keyFacts.locatesSecret() && !SecretObjectReferences.holdsSecretInsteadOfName(key, value)
                    || FilePathValues.isPath(value)
                    || SecretObjectReferences.namesSelectorEntry(settings, key, value)
                    || FilePathValues.namesFileInSiblingDirectory(settings, key, value.trim())
                    || value.indexOf('/') > 0 && FilePathValues.namesFileOfItsKey(key, value.trim())) {
                return true;
            }
            String trimmed = value.trim();
            return CookieNames.isCookieName(key, trimmed) || CookieNames.isCookieNameBesideKeyBase(settings, key, trimmed)
                    || QuantityValues.isQuantity(key, value) || QuantityValues.namesChoice(key, trimmed)
                    || QuantityValues.asksForNumber(key, value)
                    || AlgorithmNames.choosesAlgorithm(key, value) || AlgorithmNames.choosesTokenFormat(key, value)
                    || ResourceTokens.holdsResourceId(key, value) || PublicKeyValues.isPublicKey(trimmed)
                    || PairedIdentifiers.selectsListedKey(settings, key, value)
                    || ExplicitNulls.leavesUnset(settings, key, value)
                    || SwitchValues.isPolicyWord(value) && SwitchValues.namesPolicy(key)
                    || SwitchValues.switchesFeature(key, trimmed)
                    || CredentialModes.namesMode(settings, key, trimmed)
                    || SecretObjectReferences.namesSecretObject(key, value)
                    || SecretObjectReferences.namesSecretVariables(key, value)
                    || SecretObjectReferences.namesKeyOfItsValue(settings, key, value)
                    || SecretObjectReferences.namesEntryOfItsSetting(key, value)
                    || SecretNameLists.namesListedSecret(key, value)
                    || trimmed.endsWith("_token") && ProtocolFieldNames.namesResponseField(key, trimmed)
                    || trimmed.startsWith(GeneratedKeyModes.KEYWORD) && GeneratedKeyModes.isAutoGenerated(trimmed)
                    || trimmed.startsWith("password") && OptionSchemaTypes.declaresPasswordType(settings, key, trimmed);
        }

        /** Whether the configuration holds a Shiro {@code [users]} header, looked up once per check. */
        private boolean shiroUsers() {
            if (shiroUsers == null) {
                shiroUsers = settings.contains(ShiroUserSections.USERS);
            }
            return shiroUsers;
        }

        /**
         * The rules for a value whose key gives it no purpose and that is no identifier or JWT: a URL, a name, a
         * phrase. Plain values (a number, a quantity, a switch word) leave at once.
         */
        private void judgeUnpurposed(Setting setting, String key, SecretKeys.KeyFacts keyFacts, String value) {
            if (shiroUsers() && ShiroUserSections.isAccount(settings, setting)
                    || key.startsWith(ShiroUserSections.FLAT_USERS) && ShiroUserSections.mayBeFlattenedAccount(key)
                    && ShiroUserSections.isFlattenedAccount(settings, setting)) {
                String password = ShiroUserSections.password(value);
                Optional<SecretProblem> weak = password == null ? Optional.empty()
                        : writtenPassword(password, judge, "in its Shiro [users] account line");
                weak.ifPresent(problem -> add(severity, problem, setting));
                return;
            }
            if (!keyFacts.browserCredential() && ValueShape.isPlain(ValueShape.of(value))) {
                return; // no rule below reads a number, a quantity or a switch word
            }
            if (value.length() >= CryptHashes.MIN_LENGTH && value.charAt(0) == '$' && CryptHashes.addListed(findings, setting, value, judge, severity)) return;
            if (key.endsWith("]") && value.indexOf('=') > 0 && judgeListedAssignment(setting, key, value)) return;
            if (PublishedTokens.isTokenShaped(value) && !PublishedTokens.namesIdentifier(key)
                    && judge.catalog().find(value).isPresent()) { // one SHA-256; the value's facts only on a hit
                Optional<SecretProblem> listed = judge.assessCatalog(value, SecretPurpose.SECRET);
                if (listed.isPresent()) {
                    add(severity, listed.get(), setting);
                    return;
                }
            }
            Optional<SecretProblem> notSecret = placeholderWithoutPurpose(setting, key, keyFacts, value);
            if (notSecret.isEmpty()) {
                notSecret = weakOrPublishedPassword(setting, key, value);
            }
            if (notSecret.isEmpty() && SelfNamedPasswords.namesItself(value) && !perCheck.switches().isOff(key)) {
                notSecret = judge.assess(value, SecretPurpose.PASSWORD).stream().findFirst();
            }
            if (notSecret.isPresent()) {
                add(severity, notSecret.get(), setting);
            } else {
                perCheck.urlEchoes().observeUrl(setting, value);
            }
        }

        /**
         * A list item that assigns a secret ({@link ListedAssignments}: Kustomize literals, Compose's environment
         * list), judged by its value's rules under the name it assigns; {@code false} when it assigns no secret.
         */
        private boolean judgeListedAssignment(Setting setting, String key, String value) {
            ListedAssignments assignment = ListedAssignments.of(key, value);
            SecretKeys.KeyFacts facts = assignment == null ? null : effectiveKeys.facts(assignment.name());
            if (facts == null || facts.purpose().isEmpty() || facts.identifier() || facts.locatesSecret()
                    || FilePathValues.isPath(assignment.value())) {
                return false;
            }
            SecretPurpose purpose = facts.purpose().get();
            for (SecretProblem problem : judge.assess(assignment.name(), assignment.value(), purpose, purpose.minBits(),
                    false)) {
                add(severity, problem, setting);
            }
            return true;
        }

        /** A placeholder or stand-in under a key without a purpose: it asks for a secret, or stands in for one. */
        private Optional<SecretProblem> placeholderWithoutPurpose(Setting setting, String key,
                SecretKeys.KeyFacts keyFacts, String value) {
            return SecretValues.isCutTestPublishableKey(value)
                    || keyFacts.browserCredential() && isBrowserCredentialPlaceholder(value)
                    || isUserNamePlaceholder(settings, setting, value) || StandInPrivateKeys.holdsStandInKey(value)
                    || (SecretPlaceholderValues.asksForSecret(key, keyFacts.credentialLastWord(), value)
                            || SecretPlaceholderValues.asksForCredentialId(key, value)
                            || FirebaseAppIds.isStandInUnder(key, value)
                            || SecretPlaceholderValues.asksForPairedAccount(settings, key, value)
                            || value.indexOf('<') == 0 && BracketedProseIds.standsIn(settings, setting, key, value)
                            || SpelledCredentialKeys.spellsOwnKey(key, value)
                            || AuthorizationTemplates.standsIn(key, value)
                            || SecretPlaceholderValues.fillsInApi(key, value))
                            && !perCheck.switches().isOff(key)
                    ? Optional.of(SecretStrength.placeholder(value, SecretPurpose.SECRET))
                    : Optional.empty();
        }

        /**
         * A weak, published or packaged password inside a value without a purpose: a URL's user information, a
         * connection string's, a JAAS line's, HTTP Basic credentials, a browser bundle's, a pair's.
         */
        private Optional<SecretProblem> weakOrPublishedPassword(Setting setting, String key, String value) {
            int mask = ValueMask.of(value);
            Optional<SecretProblem> notSecret = ValueMask.hasAny(mask, URL_OR_CONNECTION_PASSWORD)
                    ? urlOrConnectionPassword(setting, value, mask) : Optional.empty();
            if (notSecret.isEmpty() && ValueMask.hasAll(mask, JAAS_OPTIONS)) {
                notSecret = weakJaasPassword(value, judge);
            }
            Optional<String> basicPassword = notSecret.isEmpty() ? BasicCredentials.password(value)
                    : Optional.empty();
            if (basicPassword.isPresent()) {
                notSecret = writtenPassword(basicPassword.get(), judge, "in its HTTP Basic credentials");
            }
            if (notSecret.isEmpty()) {
                notSecret = BrowserSecrets.shipped(key, value, judge);
            }
            if (notSecret.isEmpty() && ValueMask.hasAny(mask, CONNECTION_STRING)) { // its forms' first test
                notSecret = ConnectionStringPasswords.weak(setting, value, judge, references);
            }
            if (notSecret.isEmpty() && ValueMask.hasAny(mask, ValueMask.SEMICOLON)) {
                notSecret = weakPairPassword(value, judge, effectiveKeys);
            }
            if (notSecret.isEmpty() && value.length() > 24 && (value.charAt(0) | 0x20) == 'h'
                    && AsciiCase.regionIs(value, 0, "https://")) {
                notSecret = webhookToken(setting, value);
            }
            if (notSecret.isEmpty() && value.indexOf("::") > 0) {
                notSecret = staticUserPassword(key, value);
            }
            if (notSecret.isEmpty() && ValueMask.hasAny(mask, ValueMask.COLON | ValueMask.EQUALS)) {
                notSecret = inlinePassword(setting, key, value);
            }
            if (notSecret.isEmpty() && value.indexOf('{') >= 0 && value.indexOf(':') > 0) {
                notSecret = registeredUserPassword(key, value);
            }
            return notSecret;
        }

        /**
         * A weak, published or placeholder secret written inside the value as a setting of its own: a JVM option's
         * system property or a map literal's entry ({@link InlineSettings}; one filled from another setting by a
         * reference, {@code -Dadmin.password=${ADMIN_PASSWORD}}, is judged there; a map's entry is not named, since a
         * map may be keyed by secrets), a FreeSWITCH event-socket address's password ({@link EventSocketAddresses}),
         * or an account list's {@code name:password} entry ({@link AccountLists}).
         */
        private Optional<SecretProblem> inlinePassword(Setting setting, String key, String value) {
            if (InlineSettings.mayHold(value)) {
                Optional<SecretProblem> inner = InlineSettings.first(value, effectiveKeys,
                        inline -> references.definingSetting(setting, inline.value()).isPresent() ? Optional.empty()
                                : writtenSecret(inline.value(), inline.purpose(), judge, InlineSettings.isMapLiteral(value)
                                        ? "in an entry of its map" : "in its system property " + inline.name()));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            String socketPassword = EventSocketAddresses.password(key, value);
            if (socketPassword != null) {
                return writtenPassword(socketPassword, judge, "in its event-socket address");
            }
            if (AccountLists.namesAccountList(key)) {
                String password = ColonPairPasswords.password(value.trim());
                return password == null ? Optional.empty()
                        : writtenPassword(password, judge, "in its account entry");
            }
            return Optional.empty();
        }

        /**
         * The first rules of {@link #weakOrPublishedPassword}, in their order: a URL's user information (published,
         * packaged, weak, a slot, a default) and a connection's password. A random password in an example file's URL
         * is not told when its integration is switched off ({@code RAVEN_ENABLED=false} over {@code RAVEN_DSN=https://
         * key:secret@sentry…}, forty-fourth pass): a random literal secret of a switched-off integration in an example
         * file is not either (reportStaged); the rules after it still read the URL. Each first asks for an {@code @}, a
         * {@code ;} or a {@code ?} ({@link #URL_OR_CONNECTION_PASSWORD}), so a value with none of them skips the block.
         */
        private Optional<SecretProblem> urlOrConnectionPassword(Setting setting, String value, int mask) {
            boolean at = ValueMask.hasAny(mask, ValueMask.AT);
            Optional<SecretProblem> notSecret = at ? publishedUrlPassword(setting, value, judge)
                    .filter(published -> !perCheck.switches().isOff(setting.key())) : Optional.empty();
            if (notSecret.isEmpty() && severity == Severity.NO_GO) { // an @, a ; or a ? (the block's pre-test)
                notSecret = packagedConnectionPassword(setting, value, judge, references);
            }
            if (notSecret.isEmpty() && at) {
                notSecret = weakUrlPassword(setting, value, judge, references);
            }
            if (notSecret.isEmpty() && at) {
                notSecret = SlotCredentials.template(value,
                        part -> references.definingSetting(setting, part).isPresent());
            }
            if (notSecret.isEmpty() && at) {
                notSecret = DefaultUrlPasswords.published(setting, value, judge);
            }
            if (notSecret.isEmpty() && ValueMask.hasAny(mask, ValueMask.AT | ValueMask.QUESTION)) {
                notSecret = weakConnectionPassword(setting, value, judge, references, perCheck::sampleEvidence);
            } else if (notSecret.isPresent() && at && SampleEvidence.saysWeak(List.of(notSecret.get()))) {
                administratorLogin(setting, value, perCheck.sampleEvidence());
            }
            return notSecret;
        }

        /** The first weak, stand-in or published password of a static user list ({@link StaticUserLists}). */
        private Optional<SecretProblem> staticUserPassword(String key, String value) {
            return firstWrittenProblem(StaticUserLists.passwords(key, value), "in its list of static users");
        }

        /** The first weak, stand-in or published password of Orthanc's user map written as JSON. */
        private Optional<SecretProblem> registeredUserPassword(String key, String value) {
            return firstWrittenProblem(BasicAuthUsers.registeredUserPasswords(key, value),
                    "in its map of registered users");
        }

        private Optional<SecretProblem> firstWrittenProblem(List<String> passwords, String where) {
            for (String password : passwords) {
                Optional<SecretProblem> problem = writtenPassword(password, judge, where);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }

        /**
         * The problem of the token an incoming-webhook URL carries ({@link WebhookTokens}): a weak or stand-in token
         * as any written secret, a strong one in an example file as published, in a production profile file as
         * packaged. A token the file only references is judged where it is supplied, and a format slot the code
         * fills ({@code https://api.telegram.org/bot%s/sendMessage}) is no token.
         */
        private Optional<SecretProblem> webhookToken(Setting setting, String value) {
            String token = WebhookTokens.token(value);
            if (token == null || token.indexOf('$') >= 0 || token.indexOf('{') >= 0 || token.indexOf('%') >= 0
                    || references.definingSetting(setting, token).isPresent()) {
                return Optional.empty();
            }
            Optional<SecretProblem> weak = writtenSecret(token, SecretPurpose.SECRET, judge,
                    "in its incoming-webhook URL");
            if (weak.isPresent() || !judge.isLiteralSecret(token)) {
                return weak;
            }
            if (ExampleFiles.isExample(setting.origin())) {
                return Optional.of(WebhookTokens.published(token));
            }
            return severity == Severity.NO_GO && BaseProfileFiles.isProductionProfile(setting.origin())
                    ? Optional.of(WebhookTokens.packaged(token)) : Optional.empty();
        }

        /**
         * Whether a blank secret is explained: an embedded engine's unused password, a retired secret, a
         * password-less service, a chart, a socket's peer, a migration tool's shared data source, a connect option
         * beside the URI that carries the credentials, a section that takes the platform's credentials chain, a store
         * password where TLS is off, a game server's join password, a client whose glued {@code auth} switch is off,
         * an administrator's registration secret (empty: that way of registering is off), or a secret store that
         * fills the settings.
         */
        private boolean explainedBlank(String key, String value) {
            // the key's half first: the settings' embedded and in-memory prefixes (a pass over them each) are read
            // only for a blank password
            if (EmbeddedEngines.mayBeUnusedPassword(key) && (EmbeddedEngines.isUnusedPassword(key, embedded())
                    || EmbeddedEngines.isUnusedPassword(key, inMemory()))
                    || SecretKeys.namesRetiredSecret(key)
                    || ServiceHostRedis.isPasswordless(settings, key)
                    || SecretObjectReferences.isFilledByChart(settings, key, value)
                    || SocketPeerPasswords.isPeerAuthenticated(settings, key)
                    || MigrationDataSources.usesApplicationDataSource(settings, key)
                    || NumberedSlots.isUnusedExtraSlot(settings, key)
                    || ConnectOptionCredentials.isCarriedByUri(settings, key)
                    || CredentialChains.takesPlatformCredentials(settings, key)
                    || UnusedStorePasswords.isUnused(settings, key)
                    || JoinPasswords.isOpenServer(settings, key)
                    || GluedAuthSwitches.isUnused(settings, key)
                    || FeatureSwitches.namesAdminRegistrationSecret(key)) {
                return true;
            }
            Boolean filled = filledByStore;
            if (filled == null) {
                filled = SecretStoreSources.fillsSettings(settings, perCheck.switches());
                filledByStore = filled;
            }
            return filled;
        }

        /** The first words of keys whose algorithm setting names AES-256, read once per check on first use. */
        private Set<String> aes256Prefixes() {
            Set<String> prefixes = aes256Prefixes;
            if (prefixes == null) {
                prefixes = SecretsGate.aes256Prefixes(settings);
                aes256Prefixes = prefixes;
            }
            return prefixes;
        }

        /** A Jasypt decryption password written in the configuration, read once per check on first use. */
        private @Nullable Setting jasyptKey() {
            Optional<Setting> key = jasyptKey;
            if (key == null) {
                key = Optional.ofNullable(JasyptKeys.keyInConfiguration(settings));
                jasyptKey = key;
            }
            return key.orElse(null);
        }

        /** The prefixes of data sources beside an engine switch that picks an embedded engine. */
        private Set<String> embedded() {
            Set<String> engines = embeddedEngines;
            if (engines == null) {
                engines = EmbeddedEngines.embeddedPrefixes(settings);
                embeddedEngines = engines;
            }
            return engines;
        }

        /** The prefixes of data sources whose URL opens an in-memory database (Spring Boot's development H2). */
        private Set<String> inMemory() {
            Set<String> prefixes = inMemoryDatabases;
            if (prefixes == null) {
                prefixes = EmbeddedEngines.inMemoryPrefixes(settings);
                inMemoryDatabases = prefixes;
            }
            return prefixes;
        }

        /** The secret of a switched-off integration: judged as staged, as WARN. */
        private void judgeSwitchedOff(Setting setting, String value, Optional<SecretPurpose> purpose,
                boolean privateKey, boolean identifier, boolean bareKey, FeatureSwitches switches) {
            if (privateKey && setting.origin().file().isPresent()) {
                SecretProblem problem = PrivateKeyMaterial.writtenInFile(value);
                findings.add(Finding.of(Severity.WARN, problem.code(), setting)
                        .message(problem.message() + "; its integration is switched off, and the key goes live "
                                + "as it stands when someone switches it on")
                        .remediation(problem.remediation())
                        .build());
                return;
            }
            SecretPurpose stagedPurpose = purpose.orElse(SecretPurpose.SECRET);
            if (!judgedWhereDefined(references, setting, value, effectiveKeys, switches, referencedBy)
                    && reportStaged(findings, setting, judge, value, stagedPurpose, identifier)
                    && !bareKey && severity == Severity.NO_GO) {
                perCheck.sampleEvidence().passedStaged(setting, value, stagedPurpose);
            }
        }

        /**
         * A JWT's own rules: a demo, test or weakly signed token. Gives whether the setting is done with: a finding,
         * or a JWT without a purpose, which no other rule judges.
         */
        private boolean judgeJwt(Setting setting, String value, Optional<SecretPurpose> purpose, boolean identifier) {
            Optional<SecretProblem> jwt = judge.assessJwt(value);
            if (jwt.isPresent()) {
                add(severity, jwt.get(), setting);
                return true;
            }
            if (purpose.isEmpty() && !identifier) {
                if (severity == Severity.NO_GO && RecipeBlocks.writtenByRecipe(setting)) {
                    add(Severity.WARN, RecipeBlocks.recipeDefault(value, SecretPurpose.SECRET), setting);
                }
                return true;
            }
            return false;
        }

        /** The rules of a secret's value, then of where it is written, then reuse. */
        private void judgeSecret(Setting setting, String key, SecretKeys.KeyFacts keyFacts, String value,
                SecretPurpose secretPurpose, boolean identifier, boolean bareKey, boolean publicHalf, boolean issuedKey,
                boolean privateKey, FeatureSwitches switches) {
            if (value.length() <= 20 && KeylessModelServers.isKeylessStandIn(settings, key, value)
                    || NamedEntryValues.namesEntry(settings, setting, value, effectiveKeys)) {
                return;
            }
            boolean judgedElsewhere = judgedWhereDefined(references, setting, value, effectiveKeys, switches,
                    referencedBy);
            if (judgedElsewhere && (identifier || setting.origin().file().isEmpty() || !judge.isLiteralSecret(value))) {
                // Judged where it is written, as below once its problems are known: with no file to record as built
                // from its own words, nothing judged between here and there would be kept.
                return;
            }
            value = XorEncodedSecrets.decodedOr(value);
            boolean aes256 = secretPurpose == SecretPurpose.ENCRYPTION_KEY
                    && (SecretKeys.namesAes256(key) || aes256Prefixes().contains(firstWord(key)));
            List<SecretProblem> problems = identifier ? judge.assessUnmeasured(key, value, secretPurpose)
                    : judge.assess(key, value, secretPurpose, secretPurpose.minBits(), aes256);
            String encodedText = problems.isEmpty() && !identifier && !secretManifest
                    ? EncodedSecrets.printableText(value) : null;
            if (encodedText != null) {
                value = encodedText; // judged from here on as the text it encodes
                problems = judge.assess(key, value, secretPurpose, secretPurpose.minBits(), aes256);
            }
            if (problems.isEmpty()) {
                problems = weakInOtherWays(setting, value, secretPurpose, identifier);
            }
            problems = problemsOfPlace(setting, key, keyFacts, value, secretPurpose, problems, identifier, bareKey,
                    publicHalf, privateKey);
            problems = problems.isEmpty() ? shippedToBrowsers(setting, key, keyFacts, value) : problems;
            Severity problemSeverity = severity;
            if (problems.isEmpty() && !identifier && !bareKey) {
                Committed committed = committedSecret(setting, value, secretPurpose);
                if (committed != null) {
                    problems = List.of(committed.problem());
                    problemSeverity = committed.severity();
                }
            }
            if (judgedElsewhere || blankWhereDefined(references, setting, value, effectiveKeys, switches)) {
                return;
            }
            report(setting, key, value, secretPurpose, problems, problemSeverity, identifier, bareKey, issuedKey);
        }

        /**
         * A secret that passed every other rule but ships to every visitor: under a browser build variable
         * ({@link BrowserSecrets#shipsLiteral}) or in an Angular environment file ({@link AngularEnvironmentFiles}).
         */
        private List<SecretProblem> shippedToBrowsers(Setting setting, String key, SecretKeys.KeyFacts keyFacts,
                String value) {
            if (keyFacts.browserCredential() ? BrowserSecrets.shipsLiteral(key, value, judge)
                    : AngularEnvironmentFiles.isEnvironmentFile(setting.origin())
                            && BrowserSecrets.bundledLiteral(key, value, judge)) {
                return List.of(BrowserSecrets.published(value.trim()));
            }
            return List.of();
        }

        /**
         * The problems of a secret's value that passed its strength rules: guessable parts, a readable phrase, its own
         * variable's name, or the configuration's own words.
         */
        private List<SecretProblem> weakInOtherWays(Setting setting, String value, SecretPurpose secretPurpose,
                boolean identifier) {
            List<SecretProblem> problems = identifier ? List.of() : guessable(value, secretPurpose);
            if (problems.isEmpty() && !identifier && value.length() > 11) {
                problems = maskedOrWeakPair(value, secretPurpose);
            }
            if (problems.isEmpty() && SelfNamedDefaults.namesItsVariable(setting, value)) {
                problems = List.of(SecretStrength.placeholder(value, secretPurpose));
            }
            if (problems.isEmpty() && !identifier && judge.isLiteralSecret(value)) {
                problems = builtFromOwnWords(setting, value, secretPurpose);
            }
            return problems;
        }

        /**
         * A hexadecimal value with its tail masked by {@code x} ({@link MaskedTails}), or the weak, stand-in or
         * published password of a {@code name:password} pair ({@link ColonPairPasswords}).
         */
        private List<SecretProblem> maskedOrWeakPair(String value, SecretPurpose secretPurpose) {
            char last = value.charAt(value.length() - 1);
            if ((last == 'x' || last == 'X') && MaskedTails.isMasked(value)) {
                return List.of(SecretStrength.placeholder(value, secretPurpose));
            }
            String password = value.indexOf(':') > 1 ? ColonPairPasswords.password(value) : null;
            Optional<SecretProblem> weak = password == null ? Optional.empty()
                    : writtenPassword(password, judge, "in its name:password pair");
            return weak.filter(problem -> !problem.code().equals("secrets.too-weak")).map(List::of).orElse(List.of());
        }

        /**
         * A secret's problems once where it is written is known: an identifier's, an example file's, a marked key's,
         * a stand-in comment's, a development file's, a private key's in a file.
         */
        private List<SecretProblem> problemsOfPlace(Setting setting, String key, SecretKeys.KeyFacts keyFacts,
                String value, SecretPurpose secretPurpose, List<SecretProblem> found, boolean identifier,
                boolean bareKey, boolean publicHalf, boolean privateKey) {
            List<SecretProblem> problems = identifier ? identifierProblems(setting, key, keyFacts, value, found)
                    : found;
            if (problems.isEmpty() && !bareKey && ExampleFiles.isExample(setting.origin())
                    && judge.isLiteralSecret(value)
                    && !(publicHalf && BrowserCopies.sharedWithBrowsers(settings, key, value))
                    && !(identifier && namesPusherAppKey(key) && PairedIdentifiers.isPublicHalf(settings, key))
                    && !(keyFacts.identifier() && PairedIdentifiers.repeatsUserName(settings, key, value))) {
                problems = List.of(ExampleFiles.published(value, secretPurpose));
            }
            if (problems.isEmpty() && !identifier && MarkedKeys.isMarked(value.trim())) {
                problems = List.of(MarkedKeys.standIn(value, secretPurpose));
            }
            problems = StandInComments.judge(setting, value, secretPurpose, problems, identifier || bareKey,
                    judge, settings);
            if (problems.isEmpty() && !identifier && DevelopmentFiles.isDevelopment(setting.origin())
                    && judge.isLiteralSecret(value)) {
                problems = List.of(DevelopmentFiles.committed(value, secretPurpose));
            }
            if (problems.isEmpty() && privateKey && setting.origin().file().isPresent()) {
                problems = List.of(PrivateKeyMaterial.writtenInFile(value));
            }
            return problems;
        }

        /**
         * A literal secret that passed every rule but is a reference's default in a file, or committed where it
         * ships ({@link #committedLiteral}), with the severity that gives it; {@code null} otherwise.
         */
        private @Nullable Committed committedSecret(Setting setting, String value, SecretPurpose secretPurpose) {
            if (ReferenceDefaults.isDefaultInFile(setting) && judge.isLiteralSecret(value)) {
                return new Committed(ReferenceDefaults.published(value, secretPurpose), severity);
            }
            if (severity == Severity.NO_GO && judge.isLiteralSecret(value)
                    && !setting.origin().description().contains(" via environment variable ")) {
                return committedLiteral(setting, value, secretPurpose);
            }
            return null;
        }

        /** A secret that passed its value's rules but is covered by guessable parts, or is a readable phrase. */
        private static List<SecretProblem> guessable(String value, SecretPurpose secretPurpose) {
            if (GuessableParts.covers(value.trim())) {
                return List.of(GuessableParts.problem(value, secretPurpose));
            }
            if (value.length() >= ByteSequences.MIN_LENGTH && ByteSequences.counts(value)) return List.of(ByteSequences.problem(value));
            if (ReadablePhrases.isWeakPhrase(value.trim(), secretPurpose.minBits())) {
                return List.of(ReadablePhrases.problem(value, secretPurpose));
            }
            return List.of();
        }

        /** A literal secret built from the configuration's own words (its keys, its other values). */
        private List<SecretProblem> builtFromOwnWords(Setting setting, String value, SecretPurpose secretPurpose) {
            ConfigurationWords words = ownWords;
            if (words == null) {
                words = ConfigurationWords.of(settings);
                ownWords = words;
            }
            Optional<SecretProblem> built = words.assess(setting, value, secretPurpose, judge.guessability());
            if (built.isEmpty() && secretPurpose == SecretPurpose.PASSWORD) {
                built = Optional.ofNullable(UserNamePasswords.userNameWithSuffix(settings, setting.key(), value,
                        secretPurpose));
            }
            if (built.isEmpty()) {
                return List.of();
            }
            perCheck.sampleEvidence().builtFromOwnWords(setting);
            return List.of(built.get());
        }

        /** An identifier's problems: only those that say it was never configured, or that it repeats its secret. */
        private List<SecretProblem> identifierProblems(Setting setting, String key, SecretKeys.KeyFacts keyFacts,
                String value, List<SecretProblem> found) {
            List<SecretProblem> problems = PublicKeyMasks.isMaskedPublicKey(key, value)
                    || PublicKeyMasks.isPublicKeyLine(key, value) ? List.of() : unconfigured(found, value);
            if (isPlaceholder(problems) && PublicKeyMasks.isPublicKeyTemplate(settings, key, value)) {
                problems = List.of();
            }
            Optional<String> sameAsSecret = !problems.isEmpty() ? Optional.empty()
                    : keyFacts.identifier() ? PairedIdentifiers.secretWithSameValue(settings, key, value)
                    : PairedIdentifiers.secretHalfWithSameValue(settings, key, value);
            if (sameAsSecret.isPresent()) {
                problems = List.of(PairedIdentifiers.sameAsSecret(value, sameAsSecret.get()));
            }
            Optional<String> blankSecret = problems.isEmpty() && value.isBlank()
                    && StandInComments.marksRequired(setting)
                    ? PairedIdentifiers.blankSecretHalf(settings, key, value) : Optional.empty();
            if (blankSecret.isPresent()) {
                problems = List.of(PairedIdentifiers.blankPair(value, blankSecret.get()));
            }
            return problems;
        }

        /**
         * A literal secret committed where it ships: a base or profile file, a recipe, a shipped file or a migration
         * tool's configuration, with the severity that place gives it; {@code null} anywhere else.
         */
        private @Nullable Committed committedLiteral(Setting setting, String value, SecretPurpose secretPurpose) {
            if (ManifestObjectEntries.holds(setting.origin())) {
                return null; // session 33: a Kubernetes Secret's entry is no file of the application's configuration
            } else if (FirebaseAppIds.isClientApiKeyBesideApp(settings, value.strip())) {
                return null; // session 39: Firebase's web configuration ships in every client build
            } else if (LibertyServerEnv.isGeneratedKeystorePassword(setting)) {
                return new Committed(LibertyServerEnv.committed(value), severity);
            } else if (BaseProfileFiles.isBase(setting.origin())) {
                return new Committed(BaseProfileFiles.shared(value, secretPurpose), Severity.WARN);
            } else if (BaseProfileFiles.isProductionProfile(setting.origin())) {
                return new Committed(BaseProfileFiles.packaged(value, secretPurpose), severity);
            } else if (FrameworkProductionSecrets.isCommitted(setting)) {
                return new Committed(BaseProfileFiles.packaged(value, secretPurpose), severity);
            } else if (FrameworkProductionSecrets.rocketSecretKey(setting) > 0) {
                return FrameworkProductionSecrets.rocketSecretKey(setting) == 2
                        ? new Committed(BaseProfileFiles.packaged(value, secretPurpose), severity)
                        : new Committed(BaseProfileFiles.shared(value, secretPurpose), Severity.WARN);
            } else if (BaseProfileFiles.isProfile(setting.origin())) {
                return new Committed(BaseProfileFiles.packaged(value, secretPurpose), Severity.WARN);
            } else if (RecipeBlocks.writtenByRecipe(setting)) {
                return new Committed(RecipeBlocks.recipeDefault(value, secretPurpose), Severity.WARN);
            } else if (ShippedFiles.isShipped(setting.origin())
                    && !ShippedFiles.interpolatedFromElsewhere(setting.origin())) {
                return new Committed(ShippedFiles.shipped(value, secretPurpose),
                        ShippedFiles.isDefaults(setting.origin()) ? severity : Severity.WARN);
            } else if (MigrationToolFiles.isMigrationConf(setting.origin())) {
                return new Committed(MigrationToolFiles.committed(value, secretPurpose), Severity.WARN);
            } else if (StageDotenvFiles.isCommitted(setting)) {
                return new Committed(StageDotenvFiles.committed(value, secretPurpose), Severity.WARN);
            } else if (InstallerWrittenFiles.isRegisteredRunnerToken(setting.key())) {
                return new Committed(InstallerWrittenFiles.registered(value, secretPurpose), Severity.WARN);
            } else if (marked(setting, true) || InstallerWrittenFiles.saysInstallerWroteIt(setting)) {
                return new Committed(InstallerWrittenFiles.committed(value, secretPurpose), Severity.WARN);
            } else if (GeneratedConfigSecrets.isSynapseGenerated(value)
                    || GeneratedConfigSecrets.isDjangoStartprojectKey(value) && setting.origin().file().isPresent()) {
                return new Committed(GeneratedConfigSecrets.generated(value, secretPurpose), Severity.WARN);
            } else if (marked(setting, false)) {
                return new Committed(ProjectTemplateFiles.generated(value, secretPurpose), Severity.WARN);
            } else if (StandInComments.describesRandomValue(setting)) {
                return new Committed(StandInComments.describedRandom(value, secretPurpose), Severity.WARN);
            }
            return null;
        }

        /**
         * Whether a setting's file carries an installer's finished flag ({@link InstallerWrittenFiles}), or, with
         * {@code installer} false, a project generator's mark ({@link ProjectTemplateFiles}); both read in one scan.
         */
        private boolean marked(Setting setting, boolean installer) {
            Optional<String> file = setting.origin().file();
            if (file.isEmpty()) {
                return false;
            }
            FileMarks marks = fileMarks;
            if (marks == null) {
                marks = FileMarks.of(settings);
                fileMarks = marks;
            }
            Set<String> files = installer ? marks.installed() : marks.generated();
            return !files.isEmpty() && files.contains(file.get());
        }

        /** A secret's problems reported (or kept as sample evidence), and its value remembered for reuse. */
        private void report(Setting setting, String key, String value, SecretPurpose secretPurpose,
                List<SecretProblem> problems, Severity problemSeverity, boolean identifier, boolean bareKey,
                boolean issuedKey) {
            SampleEvidence sampleEvidence = perCheck.sampleEvidence();
            sampleEvidence.observe(setting, problems);
            sampleEvidence.weakBesideUser(settings, setting, value, problems);
            if (problems.isEmpty() && !identifier && !bareKey && severity == Severity.NO_GO
                    && judge.isLiteralSecret(value)) {
                sampleEvidence.passed(setting, value, secretPurpose);
            }
            if (bareKey && problems.isEmpty() && severity == Severity.NO_GO && BareKeys.holdsShortToken(key, value)) {
                sampleEvidence.passed(setting, value, SecretPurpose.SECRET);
            }
            perCheck.urlEchoes().observeSecret(setting, value, problems, problemSeverity);
            boolean committedLiteral = problemSeverity == Severity.WARN && severity == Severity.NO_GO;
            for (SecretProblem problem : problems) {
                if (committedLiteral) {
                    sampleEvidence.committed(setting, problem, secretPurpose,
                            value.length() >= CryptHashes.MIN_LENGTH && CryptHashes.isCryptHash(value));
                    continue;
                }
                add(problemSeverity, problem, setting);
            }
            if (!identifier && !issuedKey && judge.isReusable(value) && !isPlaceholder(problems)) {
                Setting first = firstByValue.putIfAbsent(value, setting);
                if (first == null) {
                    purposeByValue.put(value, secretPurpose);
                } else if (ReferencedValues.interpolatedFrom(setting, first)) {
                    // a Compose key given the variable's value: one secret passed on; a second key given the same
                    // variable is compared with this one, and is a reuse
                    firstByValue.put(value, setting);
                } else if (!(secretPurpose == SecretPurpose.PASSWORD
                        && purposeByValue.get(value) == SecretPurpose.PASSWORD)
                        && !ReferencedValues.interpolatedFrom(first, setting)
                        && !RepeatedLiterals.webhookSignedWithAppSecret(first.key(), setting.key())) {
                    // forty-fifth pass: Shopify signs webhooks with the app's client secret, Meta with the app secret
                    findings.add(Finding.of(severity, "secrets.reused", setting)
                            .message("has the same value as " + first.key() + " (" + first.origin()
                                    + "); one secret serves two purposes, so leaking or rotating one affects both")
                            .remediation("Generate a separate value for each key, e.g. `openssl rand -base64 32`.")
                            .build());
                }
            }
        }

        private void add(Severity problemSeverity, SecretProblem problem, Setting setting) {
            findings.add(Finding.of(problemSeverity, problem.code(), setting)
                    .message(problem.message())
                    .remediation(problem.remediation())
                    .build());
        }

        Outcome outcome() {
            if (browserCopies != null) {
                for (Finding finding : BrowserCopies.findings(browserCopies, firstByValue, severity)) {
                    findings.add(finding);
                }
            }
            perCheck.addFindings(findings, references);
            if (vectors != null) {
                for (Finding finding : vectors.findings(findings.findings())) {
                    findings.add(finding);
                }
            }
            List<Finding> named = namingReferences(findings.findings(), referencedBy);
            List<Finding> moved = references.onDefiningKeys(named);
            // only a moved finding can repeat one on its defining key; two keys redacted alike stay two findings
            return Outcome.of(moved == named ? named : ReferencedValues.once(moved));
        }
    }

    /** A committed literal's problem and the severity its place gives it. */
    /**
     * The files of a snapshot that carry an installer's finished flag or generated instance id, or whose header says a
     * program wrote them (read on the first setting of each file), and those that carry a project generator's mark,
     * found in one scan of its settings.
     */
    private record FileMarks(Set<String> installed, Set<String> generated) {

        static FileMarks of(Settings settings) {
            Set<String> installed = Set.of();
            Set<String> generated = Set.of();
            Optional<String> previous = Optional.empty();
            for (Setting setting : settings) {
                String key = setting.key();
                String value = setting.value();
                Optional<String> file = setting.origin().file();
                boolean firstOfFile = file.isPresent() && !file.equals(previous);
                previous = file;
                if (InstallerWrittenFiles.isFinishedFlag(key, value)
                        || InstallerWrittenFiles.isGeneratedInstanceId(key, value)
                        || firstOfFile && InstallerWrittenFiles.headerSaysProgramWroteIt(setting)) {
                    installed = added(installed, setting);
                } else if (ProjectTemplateFiles.isGeneratorMark(key, value)) {
                    generated = added(generated, setting);
                }
            }
            return new FileMarks(installed, generated);
        }

        private static Set<String> added(Set<String> files, Setting setting) {
            Optional<String> file = setting.origin().file();
            if (file.isEmpty()) {
                return files;
            }
            Set<String> grown = files.isEmpty() ? new HashSet<>() : files;
            grown.add(file.get());
            return grown;
        }
    }

    private record Committed(SecretProblem problem, Severity severity) {
    }

    /**
     * The password of a URL committed to an example file ({@code DATABASE_URL=mysql://app:…@db.example.com/app} in
     * {@code .env.example}) when it passes every check a password gets: it is as public as any other literal there.
     * A weak, default or placeholder password in a URL is the database gate's to judge.
     */
    /**
     * A setting whose key holds a secret: a token pasted as a line of its own or as a YAML key. Its subject shows the
     * key with the secret-shaped part redacted; the runner scrubs that part from every other finding and origin.
     */
    private static Finding secretInKey(Setting setting, Severity severity) {
        return Finding.of(severity, "secrets.in-key", SecretShapedKeys.redacted(setting.key()))
                .origin(setting.origin())
                .message("the key of this setting (" + setting.key().length() + " characters) holds a part shaped"
                        + " like an issued credential or a random secret: a secret written where a key belongs (a"
                        + " token pasted as a line of its own, as a YAML key or as a variable name); it is shown as "
                        + dev.readiness.internal.FindingScrubber.REDACTED + " in every finding, and its setting is"
                        + " not judged otherwise")
                .remediation("Remove the line and rotate the credential, which is now in this file's history; put"
                        + " the secret in the value of a named setting (jwt.secret=${JWT_SECRET}) and inject it from"
                        + " your secret store.")
                .build();
    }

    /**
     * A literal credential written into a configuration location of the application's own files
     * ({@link ImportCredentials}): {@code secrets.packaged} at the gate's severity in a production profile file, a WARN
     * ({@code secrets.packaged} in another profile file, {@code secrets.shared-default} in the base file) elsewhere,
     * as a literal secret under a secret's key is judged there. A location in the deploy's environment is not.
     */
    private static Optional<Finding> importCredential(Setting setting, SecretStrength judge, Severity severity) {
        boolean production = BaseProfileFiles.isProductionProfile(setting.origin());
        boolean base = BaseProfileFiles.isBase(setting.origin());
        if (!production && !base && !BaseProfileFiles.isProfile(setting.origin())) {
            return Optional.empty();
        }
        return ImportCredentials.credential(setting.value(), judge).map(credential -> {
            SecretProblem problem = base ? BaseProfileFiles.shared(credential, SecretPurpose.PASSWORD)
                    : BaseProfileFiles.packaged(credential, SecretPurpose.PASSWORD);
            return Finding.of(production ? severity : Severity.WARN, problem.code(), setting)
                    .message("carries a literal credential of the configuration source it imports (a token, password"
                            + " or key written into the location); it is " + problem.message().substring(3))
                    .remediation("Write the credential as a reference (`vault://${VAULT_TOKEN}@…`, or the store's own"
                            + " properties such as spring.cloud.vault.token=${VAULT_TOKEN}) and supply it from the"
                            + " environment; rotate this one, since it has been committed.")
                    .build();
        });
    }

    private static Optional<SecretProblem> publishedUrlPassword(Setting setting, String value, SecretStrength judge) {
        if (!ExampleFiles.isExample(setting.origin())) {
            return Optional.empty();
        }
        return UrlPasswords.password(value)
                .filter(password -> judge.isLiteralSecret(password)
                        && judge.assess(password, SecretPurpose.PASSWORD).isEmpty())
                .map(ExampleFiles::publishedInUrl);
    }

    private static void addIfFound(BoundedFindings findings, @Nullable Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }

    /**
     * The password of a URL or key=value connection string committed to a production configuration file
     * ({@code ConnectionStrings.Main=Host=…;Password=…} in {@code appsettings.Production.json}, an Ecto URL in
     * {@code prod.exs}, {@link BaseProfileFiles#isProductionProfile}; the user information, a {@code password=}
     * parameter of its query, or a {@code Password=} pair): the very password production connects with, shipped in
     * the artifact and the repository. When it passes every check a password gets it is {@code secrets.packaged};
     * when it is guessable or too weak, that weakness is told ({@code postgres://app:hunter2@…}), since the database
     * gate reads only published default and template pairs and a weaker password must not fare better than a random
     * one. A default or template password is the database gate's to judge, and so is a placeholder. A password the
     * file only references ({@code uri: ${MONGODB_URI}} with the whole URL, password included, in the environment the
     * deploy injects) is not in the file: it is the twelve-factor way to supply it, and nothing is reported.
     */
    private static Optional<SecretProblem> packagedConnectionPassword(Setting setting, String value,
            SecretStrength judge, ReferencedValues references) {
        if (ManifestObjectEntries.holds(setting.origin()) || !BaseProfileFiles.isProductionProfile(setting.origin())) {
            // thirty-ninth pass: a Kubernetes Secret's TENANT_DATABASE_URL in deploy/k8s/production.yaml is the
            // deploy's own store, as committedLiteral says of its other entries, not a profile file of the artifact
            return Optional.empty();
        }
        Optional<String> written = UrlPasswords.connectionPassword(value)
                .filter(password -> password.indexOf('$') < 0 && password.indexOf('{') < 0
                        && judge.isLiteralSecret(password)
                        && references.definingSetting(setting, password.trim()).isEmpty());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        List<SecretProblem> problems = judge.assess(written.get(), SecretPurpose.PASSWORD);
        if (problems.isEmpty()) {
            return Optional.of(BaseProfileFiles.packagedInConnection(written.get()));
        }
        String code = problems.get(0).code();
        return code.equals("secrets.guessable") || code.equals("secrets.too-weak")
                ? writtenPassword(written.get(), judge, "in its connection string in a production configuration file")
                : Optional.empty();
    }

    /**
     * The problem of a weak or placeholder password written into a web, camera-stream or file-transfer URL's user
     * information under a key that is no secret ({@code defaultZone=http://user:${REGISTRY_PASSWORD:password}@registry:8761/eureka/},
     * whose default the service falls back to; a camera's {@code rtsp://admin:PASSWORD@192.168.1.2:554/stream}): the URL
     * is the only place that password is written. Database, broker and cache URLs are
     * the database gate's, which judges their credentials as a pair; a password that a referenced setting supplies
     * ({@code ${POSTGRES_PASSWORD}}) is judged there.
     */
    private static Optional<SecretProblem> weakUrlPassword(Setting setting, String value, SecretStrength judge,
            ReferencedValues references) {
        if (!WebUrlSchemes.carriesLogin(value.trim())) {
            return Optional.empty();
        }
        Optional<String> password = UrlPasswords.password(value).map(EnvironmentReferences::effectiveValue)
                .filter(written -> !written.isBlank() && written.indexOf('$') < 0);
        if (password.isEmpty()) {
            return Optional.empty();
        }
        if (references.definingSetting(setting, password.get().trim()).isPresent()) {
            return Optional.empty();
        }
        return writtenPassword(password.get(), judge, "in its URL");
    }

    /**
     * The problem of a guessable or too weak password written into a connection URL or a host list entry under a key
     * that is no secret ({@code DATABASE_URL=postgres://app:hunter2@db…}, {@code REDIS_URL}, a JDBC URL's
     * {@code password=}, {@code spring.kafka.bootstrap-servers=admin:hunter2@kafka1:9092},
     * {@code spring.rabbitmq.addresses=app:hunter2@rabbit1:5672}): the password production connects with is as weak
     * there as under {@code DB_PASSWORD}, which is judged (hostile testing, twenty-eighth pass: it was GO wherever it
     * was not a production profile file). Web URLs are {@link #weakUrlPassword}'s. A password that is its user name
     * ({@code guest:guest}), a placeholder or a template is the database gate's, which judges the pair (such a login,
     * the pair images and templates ship, is also told to {@code repeatedLogin}: sample evidence for the file's other
     * literals, {@link SampleEvidence#repeatedLogin}); a reference
     * ({@code ${DB_PASSWORD}}) is judged where it is supplied; a random one is left to the database gate's
     * {@code database.password-in-url}. A file of a development or test profile is not production's. A SIP address
     * ({@code sip:trunk@pbx.example.com}) names a user at a host after its scheme: no password is written there.
     */
    private static Optional<SecretProblem> weakConnectionPassword(Setting setting, String value, SecretStrength judge,
            ReferencedValues references, java.util.function.Supplier<SampleEvidence> evidence) {
        String trimmed = value.trim();
        if (isWebOrSipAddress(trimmed) || BaseProfileFiles.isProfile(setting.origin())
                        && !BaseProfileFiles.isProductionProfile(setting.origin())) {
            return Optional.empty();
        }
        Optional<HostListPasswords.Credentials> credentials = HostListPasswords.first(trimmed);
        if (credentials.isEmpty()) {
            credentials = UrlPasswords.queryPassword(trimmed)
                    .map(written -> new HostListPasswords.Credentials("", written));
        }
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String user = credentials.get().user();
        String password = credentials.get().password();
        if (password.isBlank() || password.indexOf('$') >= 0 || password.indexOf('{') >= 0) {
            return Optional.empty();
        }
        if (password.equalsIgnoreCase(user)) {
            if (password.chars().anyMatch(Character::isLetterOrDigit)) { // not a quoted blank pair ("":"")
                evidence.get().repeatedLogin(setting);
            }
            return Optional.empty();
        }
        if (!judge.isLiteralSecret(password)) {
            if (judge.isStandIn(password)) { // {@code user:pass@…}: the word a template types
                evidence.get().standInLogin(setting);
            }
            return Optional.empty();
        }
        if (references.definingSetting(setting, password.trim()).isPresent()) {
            return Optional.empty();
        }
        List<SecretProblem> problems = judge.assess(password, SecretPurpose.PASSWORD);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        if (SampleEvidence.saysWeak(problems)) {
            evidence.get().administratorLogin(setting, user);
        }
        String code = problems.get(0).code();
        return code.equals("secrets.guessable") || code.equals("secrets.too-weak")
                ? writtenPassword(password, judge, "in its connection URL")
                : Optional.empty();
    }

    /** Whether a value is a web or SIP address, whose login is no database's ({@link #weakConnectionPassword}). */
    private static boolean isWebOrSipAddress(String trimmed) {
        return trimmed.regionMatches(true, 0, "http://", 0, 7) || trimmed.regionMatches(true, 0, "https://", 0, 8)
                || trimmed.regionMatches(true, 0, "sip:", 0, 4) || trimmed.regionMatches(true, 0, "sips:", 0, 5);
    }

    /**
     * Tells the file's sample evidence about a connection URL whose weak password an earlier rule already reported
     * ({@code postgresql://postgres:password@…}, a published default): when its user is a database's built-in
     * administrator, the login is the one images and installers ship ({@link SampleEvidence#administratorLogin}).
     */
    private static void administratorLogin(Setting setting, String value, SampleEvidence evidence) {
        String trimmed = value.trim();
        if (isWebOrSipAddress(trimmed) || BaseProfileFiles.isProfile(setting.origin())
                && !BaseProfileFiles.isProductionProfile(setting.origin())) {
            return;
        }
        Optional<HostListPasswords.Credentials> credentials = HostListPasswords.first(trimmed);
        if (credentials.isPresent()) {
            evidence.administratorLogin(setting, credentials.get().user());
        }
    }

    /**
     * The problem of a weak or placeholder password in a JAAS login-module configuration written as one value
     * ({@code sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin"
     * password="admin-secret";}), where the key names no secret: the option is the only place that password is
     * written. A password taken from a reference ({@code password="${KAFKA_PASSWORD}"}) is judged where it is defined.
     */
    private static Optional<SecretProblem> weakJaasPassword(String value, SecretStrength judge) {
        if (value.indexOf("LoginModule") < 0) {
            return Optional.empty();
        }
        return JaasOptions.password(value).filter(written -> written.indexOf('$') < 0)
                .flatMap(password -> writtenPassword(password, judge, "in its JAAS login module options"));
    }

    /**
     * The problem of a weak or placeholder password in a value written as {@code ;}-separated {@code name=value}
     * pairs under a key that names no secret: shell assignments a container's entry script evaluates
     * ({@code DB_AUTH_CONF=MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='db'}) or a connection string. A
     * password that is a reference ({@code Password=${DB_PASSWORD}}) or a format slot ({@code Password={4}}) is
     * judged where it is supplied.
     */
    private static Optional<SecretProblem> weakPairPassword(String value, SecretStrength judge, SecretKeys keys) {
        if (value.indexOf('=') < 0) {
            return Optional.empty();
        }
        Optional<SecretProblem> password = UrlPasswords.pairPassword(value, keys)
                .filter(written -> written.indexOf('$') < 0 && written.indexOf('{') < 0 && written.indexOf('%') < 0)
                .flatMap(written -> writtenPassword(written, judge, "among its name=value pairs"));
        if (password.isPresent()) {
            return password;
        }
        return PairCredentials.first(value, keys).flatMap(credential -> writtenSecret(credential.value(),
                credential.purpose(), judge, "among its name=value pairs"));
    }

    /** The first problem of a password written inside another value, told as carried where it is written. */
    private static Optional<SecretProblem> writtenPassword(String password, SecretStrength judge, String where) {
        return writtenSecret(password, SecretPurpose.PASSWORD, judge, where);
    }

    /** The first problem of a secret written inside another value, told as carried where it is written. */
    private static Optional<SecretProblem> writtenSecret(String secret, SecretPurpose purpose, SecretStrength judge,
            String where) {
        List<SecretProblem> problems = judge.assess(secret, purpose);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        SecretProblem problem = problems.get(0);
        return Optional.of(new SecretProblem(problem.code(), problem.shape(),
                "carries " + (purpose == SecretPurpose.PASSWORD ? "a password " : "a credential ") + where + " that "
                        + problem.message(), problem.remediation()));
    }

    /**
     * What a check builds only once a setting needs it: the configuration's feature switches (a pass over every
     * setting), the sample-file evidence and the URL password echoes. A check whose settings hold no secret, such as a
     * GO start's port and switch words, builds and loads none of them. Not thread-safe: one per check.
     */
    private static final class PerCheck {

        private final Settings settings;
        private @Nullable FeatureSwitches switches;
        private @Nullable SampleEvidence sampleEvidence;
        private @Nullable UrlPasswordEchoes urlEchoes;

        PerCheck(Settings settings) {
            this.settings = settings;
        }

        FeatureSwitches switches() {
            FeatureSwitches found = switches;
            if (found == null) {
                found = FeatureSwitches.of(settings);
                switches = found;
            }
            return found;
        }

        SampleEvidence sampleEvidence() {
            SampleEvidence found = sampleEvidence;
            if (found == null) {
                found = new SampleEvidence();
                sampleEvidence = found;
            }
            return found;
        }

        UrlPasswordEchoes urlEchoes() {
            UrlPasswordEchoes found = urlEchoes;
            if (found == null) {
                found = new UrlPasswordEchoes();
                urlEchoes = found;
            }
            return found;
        }

        /** The sample evidence's findings, then the echoes', as the check always added them. */
        void addFindings(BoundedFindings findings, ReferencedValues references) {
            if (sampleEvidence != null) {
                for (Finding finding : sampleEvidence.findings()) {
                    findings.add(finding);
                }
            }
            if (urlEchoes != null) {
                for (Finding finding : urlEchoes.findings(references)) {
                    findings.add(finding);
                }
            }
        }
    }

    /**
     * Whether the whole value comes from another secret setting it references ({@code S3_SECRET=${AWS_SECRET}}):
     * that setting is judged on its own, so its problems are reported once, there, and the alias is no reuse.
     */
    private static boolean judgedWhereDefined(ReferencedValues references, Setting setting, String value,
            SecretKeys keys, FeatureSwitches switches, Map<String, String> referencedBy) {
        if (value.isBlank()) {
            return false;
        }
        Optional<Setting> defining = references.definingSetting(setting, value);
        if (defining.isEmpty() || !defining.get().value().trim().equals(value.trim())
                || ReferencedValues.defaultsItself(defining.get())) {
            return false; // a key repeating a Compose self-default carries the default in its own line
        }
        String key = defining.get().key();
        boolean judgedThere = (keys.purpose(key).isPresent() || keys.namesCredentialIdentifier(key))
                && !keys.excludes(key) && !switches.isOff(key);
        if (judgedThere) {
            referencedBy.putIfAbsent(key, setting.key());
        }
        return judgedThere;
    }

    /**
     * The findings, each on a key that another key references in whole saying which ({@code RABBITMQ_PASSWORD} is
     * what {@code spring.rabbitmq.password} references; fix it there), as the sandbox and database gates say, so the
     * report names the setting the service reads and a waiver for either key covers it.
     */
    private static List<Finding> namingReferences(List<Finding> findings, Map<String, String> referencedBy) {
        if (referencedBy.isEmpty()) {
            return findings;
        }
        List<Finding> named = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String referencing = referencedBy.get(finding.subject());
            named.add(referencing == null ? finding : ReferencedValues.namingReference(finding, referencing));
        }
        return named;
    }

    /**
     * Whether a blank value is blank only because every setting it references is a blank secret
     * ({@code MIX_PUSHER_APP_KEY=${PUSHER_APP_KEY}} with {@code PUSHER_APP_KEY=}): the blank is reported there, once.
     */
    private static boolean blankWhereDefined(ReferencedValues references, Setting setting, String value,
            SecretKeys keys, FeatureSwitches switches) {
        if (!value.isBlank()) {
            return false;
        }
        List<Setting> referenced = references.referenced(setting);
        if (referenced.isEmpty()) {
            return false;
        }
        for (Setting defining : referenced) {
            String key = defining.key();
            if (!defining.value().isBlank() || defining.isDeferred() || keys.excludes(key) || switches.isOff(key)
                    || keys.purpose(key).isEmpty() && !keys.namesCredentialIdentifier(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports, as WARN, the value of a switched-off integration's secret that is published or weak: it is not used
     * today, but it goes live as it stands when someone switches the integration on. A blank or placeholder value
     * there is a slot left for later, not a problem.
     *
     * @return whether the value is a literal secret that passed every check, so that the file's other settings may
     *         still show it to be a shipped sample's ({@link SampleEvidence})
     */
    private static boolean reportStaged(BoundedFindings findings, Setting setting, SecretStrength judge, String value,
            SecretPurpose purpose, boolean identifier) {
        if (value.isBlank() || SecretValues.isFiller(value.trim()) && !ExampleFiles.isExample(setting.origin())) {
            return false;
        }
        if (!identifier && ExampleFiles.isExample(setting.origin()) && !judge.isLiteralSecret(value)) {
            List<SecretProblem> placeholders = judge.assess(setting.key(), value, purpose, purpose.minBits(), false);
            for (SecretProblem problem : placeholders) {
                if (problem.code().equals("secrets.placeholder")) {
                    findings.add(Finding.of(Severity.WARN, problem.code(), setting)
                            .message(problem.message() + "; its integration is switched off in this example file, "
                                    + "whose readers switch it on and fill in what it asks for")
                            .remediation(problem.remediation())
                            .build());
                }
            }
            return false;
        }
        Optional<SecretProblem> published = judge.assessCatalog(value, purpose);
        if (published.isEmpty() && !judge.isLiteralSecret(value)) {
            return false;
        }
        List<SecretProblem> problems = published.isPresent() ? List.of(published.get())
                : judge.assess(setting.key(), value, purpose, purpose.minBits(), false);
        if (problems.isEmpty() && !identifier && GuessableParts.covers(value.trim())) {
            problems = List.of(GuessableParts.problem(value, purpose));
        }
        if (identifier) {
            problems = unconfigured(problems, value);
        }
        for (SecretProblem problem : problems) {
            String code = problem.code();
            if (code.equals("secrets.published-default") || code.equals("secrets.guessable")
                    || code.equals("secrets.too-weak")) {
                findings.add(Finding.of(Severity.WARN, code, setting)
                        .message(problem.message() + "; its integration is switched off or not the selected "
                                + "provider, and the value goes live as it stands when someone switches to it")
                        .remediation(problem.remediation())
                        .build());
            }
        }
        return problems.isEmpty() && !identifier;
    }

    /**
     * Account names that password samples also use ({@code root/root}, {@code admin/admin}): as the identifier half
     * of an access-key pair (MinIO's access key is its root user's name) such a value is a user name, published only
     * as a password.
     */
    private static final Set<String> ACCOUNT_NAMES = Set.of("root", "admin", "administrator", "guest", "postgres",
            "sa", "user");

    /**
     * The problems that say an access key id was never configured: placeholders and published samples, except a
     * published sample that is an account name ({@link #ACCOUNT_NAMES}).
     */
    private static List<SecretProblem> unconfigured(List<SecretProblem> problems, String value) {
        if (problems.isEmpty()) {
            return problems;
        }
        boolean accountName = ACCOUNT_NAMES.contains(value.strip().toLowerCase(java.util.Locale.ROOT));
        List<SecretProblem> kept = new ArrayList<>(problems.size());
        for (SecretProblem problem : problems) {
            if (problem.code().equals("secrets.placeholder")
                    || problem.code().equals("secrets.published-default") && !accountName) {
                kept.add(problem);
            }
        }
        return kept;
    }

    private static boolean isPlaceholder(List<SecretProblem> problems) {
        for (SecretProblem problem : problems) {
            if (problem.code().equals("secrets.placeholder")) {
                return true;
            }
        }
        return false;
    }

    private SecretStrength configuredStrength(Settings settings, Severity severity, BoundedFindings findings) {
        // a list, as the Spring property is: comma-separated or indexed (readiness.secrets.catalog[0]), each a path,
        // a file: or a classpath: location
        List<Setting> catalogs = settings.listItems(CATALOG);
        SecretStrength configured = strength;
        for (Setting setting : catalogs) {
            try {
                CatalogFiles.Location location = CatalogFiles.locate(setting);
                if (location.problem() != null) {
                    throw new PublishedDefaults.CatalogException(location.name(), 0, location.problem());
                }
                PublishedDefaults added;
                if (location.bytes() != null) {
                    added = PublishedDefaults.parse(new java.io.StringReader(new String(location.bytes(),
                            java.nio.charset.StandardCharsets.UTF_8)), location.name());
                } else if (catalogs.size() == 1) {
                    return withUserCatalog(Objects.requireNonNull(location.file()));
                } else {
                    added = PublishedDefaults.load(Objects.requireNonNull(location.file()));
                }
                configured = configured.withCatalog(configured.catalog().and(added));
            } catch (InvalidPathException | PublishedDefaults.CatalogException e) {
                String reason = e instanceof PublishedDefaults.CatalogException ? e.getMessage() : "is not a valid path";
                findings.add(Finding.of(severity, "secrets.catalog-invalid", setting)
                        .message("the secrets catalog " + reason)
                        .remediation("Fix or remove " + CATALOG + "; each line is kind<TAB>value<TAB>source, where kind"
                                + " is text, prefix or sha256.")
                        .build());
            }
        }
        return configured;
    }

    /** The judge with the user's catalog added; kept while the file is unchanged, so its caches stay warm. */
    private SecretStrength withUserCatalog(Path path) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(path);
        } catch (java.io.IOException | SecurityException e) {
            throw new PublishedDefaults.CatalogException(path.toString(), 0, "cannot be read (file not found)");
        }
        CachedCatalog cached = userCatalog;
        if (cached != null && cached.path().equals(path) && cached.modified().equals(modified)) {
            return cached.strength();
        }
        SecretStrength combined = strength.withCatalog(strength.catalog().and(PublishedDefaults.load(path)));
        userCatalog = new CachedCatalog(path, modified, combined);
        return combined;
    }

    private static Set<String> aes256Prefixes(Settings settings) {
        Set<String> prefixes = new HashSet<>();
        for (Setting setting : settings) {
            String value = setting.value();
            if (value.length() > 64 || value.indexOf("256") < 0 || !AES_256.matcher(value).find()) {
                continue;
            }
            for (String word : KeyWords.of(setting.key())) {
                if (ALGORITHM_WORDS.contains(word)) {
                    prefixes.add(firstWord(setting.key()));
                    break;
                }
            }
        }
        return prefixes;
    }

    private static String firstWord(String key) {
        List<String> words = KeyWords.of(key);
        return words.isEmpty() ? "" : words.get(0);
    }

    private static boolean isBrowserCredentialPlaceholder(String value) {
        String trimmed = value.trim();
        return !trimmed.isEmpty() && (SecretValues.isTemplatePlaceholder(trimmed)
                || SecretValues.isPhrasePlaceholder(trimmed) || isOneCharacterRun(trimmed));
    }

    /** The shortest run of one character read as a stand-in under a browser credential. */
    private static final int MIN_CHARACTER_RUN = 16;

    /**
     * Whether a value is one character repeated ({@code NEXT_PUBLIC_ALGOD_TOKEN=aaaa…}, 64 times: the Algorand
     * sandbox node's well-known token; {@code 0000…}): no provider issues such a key, so the build ships a stand-in
     * or a sandbox's published token.
     */
    private static boolean isOneCharacterRun(String value) {
        int length = value.length();
        if (length < MIN_CHARACTER_RUN) {
            return false;
        }
        char first = value.charAt(0);
        for (int i = 1; i < length; i++) {
            if (value.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a user-name key holds template text that asks for a name ({@code MINIO_ROOT_USER=YOUR_MINIO_USER},
     * {@code DB_USER=<user>}, {@code SMTP_USERNAME={{user}}}, a fenced fill-me marker such as
     * {@code POSTGRES_USER=!!!SET POSTGRES_USER!!!}, {@link FillMarkers}): the account it pairs with was never
     * configured. Ordinary names, default ones included ({@code admin}, {@code user}), are not judged here, and
     * neither is a template user whose password is written beside it: the pair's problem is that row's, once
     * ({@link CredentialPairs}).
     */
    private static boolean isUserNamePlaceholder(Settings settings, Setting setting, String value) {
        return isUserNamePlaceholder(setting.key(), value) && !CredentialPairs.passwordWrittenBeside(settings, setting);
    }

    private static boolean isUserNamePlaceholder(String key, String value) {
        String trimmed = value.trim();
        if (trimmed.length() < 3 || trimmed.length() > 100 || "yY<{!*#?~=^%".indexOf(trimmed.charAt(0)) < 0) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !USER_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        if (FillMarkers.isMarker(trimmed)) {
            return true;
        }
        if (isAddress(trimmed)) {
            return false;
        }
        boolean yourWord = trimmed.regionMatches(true, 0, "your", 0, 4) && trimmed.length() > 5
                && (trimmed.charAt(4) == '_' || trimmed.charAt(4) == '-' || Character.isUpperCase(trimmed.charAt(4))
                        && Character.isLowerCase(trimmed.charAt(1)));
        boolean angled = trimmed.charAt(0) == '<' && trimmed.charAt(trimmed.length() - 1) == '>';
        boolean braced = trimmed.startsWith("{{") && trimmed.endsWith("}}");
        return yourWord || angled || braced;
    }

    /**
     * Whether a user name is written as a mail address ({@code MAIL_USERNAME=your-email@gmail.com}): a mailbox the
     * reader fills in, on a domain the sandbox gate judges; the password beside it carries the credential.
     */
    private static boolean isAddress(String value) {
        int at = value.indexOf('@');
        return at > 0 && value.indexOf('.', at) > at + 1 && value.indexOf(' ') < 0 && value.charAt(0) != '<'
                && value.charAt(0) != '{';
    }

    @Override
    public String toString() {
        return "SecretsGate[" + ID + "]";
    }

    private record CachedCatalog(Path path, FileTime modified, SecretStrength strength) {
    }

    /**
     * Whether a key names the app key of a Pusher-protocol server ({@code PUSHER_APP_KEY}, {@code REVERB_APP_KEY},
     * {@code SOKETI_DEFAULT_APP_KEY}): clients connect with it, so beside its app secret it is public by design, and an
     * example file that gives it publishes nothing. Other public halves of a pair ({@code LASTFM_KEY}) stay judged as
     * published when an example gives them.
     */
    private static boolean namesPusherAppKey(String key) {
        int length = key.length();
        if (length < 8 || !key.regionMatches(true, length - 6, "appkey", 0, 6)
                && !key.regionMatches(true, length - 7, "app_key", 0, 7)
                && !key.regionMatches(true, length - 7, "app-key", 0, 7)
                && !key.regionMatches(true, length - 7, "app.key", 0, 7)) {
            return false;
        }
        int start = key.regionMatches(true, length - 6, "appkey", 0, 6) ? length - 6 : length - 7;
        char before = key.charAt(start - 1);
        return before == '_' || before == '.' || before == '-' || Character.isLowerCase(before)
                && Character.isUpperCase(key.charAt(start));
    }
}

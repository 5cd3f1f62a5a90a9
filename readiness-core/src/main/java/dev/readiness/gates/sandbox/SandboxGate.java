package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.SecretShape;
import dev.readiness.Stage;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.BootSuperseded;
import dev.readiness.gates.internal.CiTestJobs;
import dev.readiness.gates.internal.CatalogFiles;
import dev.readiness.gates.internal.DatabaseSections;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code sandbox} gate: in production, finds settings that point at sandbox, test, local or reserved
 * endpoints, hold test-mode credentials, switch a provider's client to its sandbox, or mix one provider's test and
 * live environments; outside production, finds live payment credentials. Immutable and thread-safe.
 *
 * <p>What it reads: every setting whose value holds a URL ({@code scheme://host}), every setting whose key names
 * one ({@code …_URL}, {@code …_URI}, {@code …_ENDPOINT}, {@code …_HOST}, {@code baseUrl}, {@code api-url}, …) for
 * bare host names too, every value that starts with a catalog credential prefix or, in a credential key, follows
 * the grammar of test-mode keys ({@code pk_test_…}, {@code skey_test_…}, {@code sandbox-…}), and mode switches. Database URLs
 * and database keys are the {@code database} gate's, and so is the host of a section a sibling declares a database
 * connection ({@code host} beside {@code type=mysql}, see {@link DatabaseSections}); allow-lists (CORS origins, trusted hosts), a process's own
 * {@code HOST}/{@code HOSTNAME} and bind/listen addresses are not destinations and are skipped.
 *
 * <p>In production it also reads development stand-ins by key and value ({@code FIRESTORE_EMULATOR_HOST},
 * {@code MOCK_AUTH=true}, {@code MAILER_DSN=null://null}, {@code MAIL_MAILER=log}), values a catalog provider
 * documents for tests only (reCAPTCHA test keys, Twilio magic numbers), template credentials in URL queries, and the
 * secrets paired with a reported test-mode key ({@code RAZORPAY_KEY_SECRET} beside {@code RAZORPAY_KEY_ID=rzp_test_…}).
 *
 * <p>How a setting passes through the rules, for whoever adds one: what the rules read of its key is found once per
 * key ({@code SandboxKey}: the key's words and classes, and each key test a rule opens with), then, in production,
 * (1) the stand-in rules that read any value (documented test values, development stand-ins, TLS verification
 * switches, announced addresses, client TLS modes, test chain ids), (2) the template address rules, each asked only
 * under the keys it reads, (3) the three candidate blocks: a credential (a catalog prefix or the test-key grammar),
 * a mode switch (a short value the catalog or a glued mode word allows; the generic rule's key part is remembered
 * per key) and an endpoint (a URL, an endpoint key or an extra key); a value that is none of the three is read only
 * as a bare catalog host, a destination key's host and a sandbox account. A rule added to a block must open with the
 * block's own test, or go in the block whose test it passes.
 *
 * <p><b>URL readings are shared.</b> What the rules read of a value alone is read once per settings snapshot and kept
 * beside it ({@code SnapshotMemo}, through {@code EndpointReadings}): a value's endpoints (scheme, host, port and path;
 * user info and query are dropped), its single host, its placeholder authorities, the stand-in module a class path
 * names. The {@link EndpointJudge} of the gate's own catalog is kept per snapshot too and remembers what it said of
 * each host and endpoint. A new rule that needs a URL's parts asks {@code readings.all(value, …)} or
 * {@code readings.one(value)} rather than parsing the value; a new costly reading of a value alone (never of its key
 * or other settings) goes in {@code EndpointReadings}.
 *
 * <p>Configuration (settings, relaxed names, comma-separated or indexed lists):
 * {@code readiness.sandbox.extra-keys} (keys to judge as endpoints even though their names do not say so),
 * {@code readiness.sandbox.exclude-keys} (keys to skip; a trailing {@code *} matches a prefix),
 * {@code readiness.sandbox.allowed-hosts} (host patterns the team knowingly uses) and
 * {@code readiness.sandbox.catalog} (paths of catalog files extending the {@link ProviderCatalog}).
 *
 * <p>Findings never contain a value: hosts are printed without user info, port, path or query; credentials are
 * described by {@link SecretShape}. A host that a URL takes from another setting ({@code https://${DOMAIN}}) is reported
 * once, on the setting that holds it.
 */
public final class SandboxGate implements Gate {

    /** The gate id. */
    public static final String ID = "sandbox";

    static final String EXTRA_KEYS = "readiness.sandbox.extra-keys";
    static final String EXCLUDE_KEYS = "readiness.sandbox.exclude-keys";
    static final String ALLOWED_HOSTS = "readiness.sandbox.allowed-hosts";
    static final String CATALOG = "readiness.sandbox.catalog";

    private static final Set<String> OWN_ADDRESS_KEYS = Set.of("host", "hostname", "computername", "serverhost",
            "serveraddress", "apphost");
    private static final Set<String> DATABASE_WORDS = DatabaseWords.STORES;
    private static final Set<String> FRAMEWORK_ROOTS = Set.of("quarkus", "micronaut", "ktor", "helidon");
    private static final Set<String> SERVER_SECTION_WORDS = Set.of("http", "https", "management", "server", "grpc",
            "deployment", "admin");
    /**
     * Docker's host port binding, {@code IP:HOST_PORT[:CONTAINER_PORT][/PROTOCOL]} with an IP literal
     * ({@code 127.0.0.1:3001}, {@code [::1]:8080:80}): where a published port listens on the host.
     */
    private static final Pattern PORT_BINDING = Pattern.compile(
            "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+\\]):\\d{1,5}(?::\\d{1,5})?(?:/(?:tcp|udp|sctp))?");
    /** Key words of cloud services that have no self-hosted edition: on loopback they are an emulator. */
    private static final Map<String, String> CLOUD_ONLY_SERVICES = Map.of("dynamodb", "Amazon DynamoDB", "sqs",
            "Amazon SQS", "sns", "Amazon SNS", "kinesis", "Amazon Kinesis", "firestore", "Cloud Firestore", "bigtable",
            "Cloud Bigtable", "cosmosdb", "Azure Cosmos DB");
    /**
     * Words after {@code cosmos} that name Azure Cosmos DB's client settings ({@code COSMOS_ENDPOINT},
     * {@code COSMOS_DB_ACCOUNT}), as its SDKs name them; the Cosmos blockchain's keys say {@code rpc}, {@code lcd} or
     * {@code grpc}.
     */
    private static final Set<String> COSMOS_CLIENT_WORDS = Set.of("endpoint", "db", "account", "connection");
    private static final Map<String, EnumSet<KeyClass>> KEY_CLASSES = KeyClass.index(DATABASE_WORDS);
    /** The classes of a key's words, found once per key and shared: a reader copies them before adding a class. */
    private static final KeyMemo<EnumSet<KeyClass>> CLASSES_BY_KEY =
            KeyMemo.of(key -> KeyClass.of(key, KeyWords.of(key), KEY_CLASSES));

    /**
     * What the gates over the default catalog read of keys: every {@code new SandboxGate()} (each
     * {@code Gates.discover()}, each test-kit check, each module of a Maven build in one JVM) shares them, so a new
     * gate finds the keys earlier gates read and their place in a snapshot's key records, where a memo of its own read
     * every key again on its first check and found every record's place taken by the earlier gate's slot.
     */
    private static volatile @Nullable CatalogKeys defaultCatalogKeys;

    private final ProviderCatalog catalog;
    /** What the gate reads of each key ({@link SandboxKey}), per catalog since it holds the catalog's providers. */
    private final KeyMemo<SandboxKey> keys;
    private final SnapshotKeys.Slot<SandboxKey> keySlot;

    /**
     * A gate over {@link ProviderCatalog#defaults()}: the built-in catalog and the class-path extensions.
     */
    public SandboxGate() {
        this(ProviderCatalog.defaults(), true);
    }

    /**
     * A gate over a given catalog; files named in {@code readiness.sandbox.catalog} still extend it.
     *
     * @param catalog the catalog
     */
    public SandboxGate(ProviderCatalog catalog) {
        this(catalog, false);
    }

    private SandboxGate(ProviderCatalog catalog, boolean defaultCatalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        CatalogKeys known = defaultCatalog ? defaultCatalogKeys : null;
        if (known == null || known.catalog() != catalog) {
            known = CatalogKeys.of(catalog);
            if (defaultCatalog) {
                defaultCatalogKeys = known;
            }
        }
        this.keys = known.memo();
        this.keySlot = known.slot();
    }

    /** What gates over one catalog read of keys: the memo of {@link SandboxKey}s and its slot in key records. */
    private record CatalogKeys(ProviderCatalog catalog, KeyMemo<SandboxKey> memo, SnapshotKeys.Slot<SandboxKey> slot) {

        static CatalogKeys of(ProviderCatalog catalog) {
            KeyMemo<SandboxKey> memo = KeyMemo.of(key -> new SandboxKey(key, CLASSES_BY_KEY.get(key), catalog));
            return new CatalogKeys(catalog, memo, new SnapshotKeys.Slot<>(SnapshotKeys.SANDBOX, memo));
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "no sandbox, test or local endpoints, test-mode credentials or sandbox switches in production; "
                + "no live payment credentials outside it";
    }

    @Override
    public Outcome check(GateContext context) {
        Settings settings = context.settings();
        Stage stage = context.stage();
        List<Finding> findings = new ArrayList<>();
        ProviderCatalog effective = effectiveCatalog(settings, findings);
        SnapshotMemo memo = SnapshotMemo.of(settings);
        // the judge of the gate's own catalog depends on nothing else but the snapshot's allowed hosts: one per
        // snapshot, with what it remembers of each host and endpoint; a catalog extended by the settings is new
        EndpointJudge judge = effective == catalog
                ? memo.whole(catalog, () -> EndpointJudge.remembering(catalog, settings.list(ALLOWED_HOSTS)))
                : EndpointJudge.of(effective, settings.list(ALLOWED_HOSTS));
        Set<String> extraKeys = canonical(settings.list(EXTRA_KEYS));
        List<String> excludeKeys = List.copyOf(canonical(settings.list(EXCLUDE_KEYS)));
        ProviderSignals signals = new ProviderSignals();
        ReferencedValues references = ReferencedValues.in(settings);
        EndpointReadings readings = new EndpointReadings(memo);
        DatabaseSections sections = DatabaseSections.of(settings);
        Set<String> superseded = BootSuperseded.of(settings);
        SnapshotKeys snapshotKeys = SnapshotKeys.of(settings);
        int position = -1;
        for (Setting setting : settings) {
            position++;
            if (!superseded.isEmpty() && superseded.contains(setting.canonicalKey())
                    || CiTestJobs.inTestJob(settings, setting.key())) {
                continue;
            }
            if (setting.isDeferred() || setting.isPolicy()) {
                Setting fixed = stage == Stage.PRODUCTION && setting.isDeferred() ? fixedPart(setting) : null;
                if (fixed != null && (excludeKeys.isEmpty() || !excluded(setting.canonicalKey(), excludeKeys))) {
                    inspect(references, readings, sections, fixed, keys.get(fixed.key()), null, false, stage, judge,
                            signals, findings);
                }
                continue;
            }
            String canonicalKey = null;
            boolean extra = false;
            if (!excludeKeys.isEmpty() || !extraKeys.isEmpty()) {
                canonicalKey = setting.canonicalKey();
                if (excluded(canonicalKey, excludeKeys)) {
                    continue;
                }
                extra = extraKeys.contains(canonicalKey);
            }
            SandboxKey key = snapshotKeys.get(position, setting.key(), keySlot);
            int found = findings.size();
            Setting read = setting.value().startsWith("git@") ? ScpRemotes.asUrl(setting) : setting;
            inspect(references, readings, sections, read, key, canonicalKey, extra, stage, judge, signals,
                    findings); // git@github.com:yourorg/shop.git is read as the ssh:// URL it is
            if (findings.size() > found) {
                SwitchedOffTemplates.drop(settings, setting, findings, found);
                OwnSwitchedOffSettings.drop(settings, setting, findings, found);
            }
            if (stage == Stage.PRODUCTION) {
                Finding modeNamed = key.modeNamed ? ModeNamedCredentials.judge(settings, setting) : null;
                modeNamed = modeNamed == null && key.testNetworkCredential ? TestNetworkCredentials.judge(settings, setting, key.words) : modeNamed;
                if (modeNamed == null) {
                    modeNamed = ServerTlsSwitches.judge(settings, setting);
                }
                if (modeNamed == null && key.secureCookie) {
                    modeNamed = InsecureCookies.judge(setting);
                }
                if (modeNamed == null) {
                    modeNamed = DevelopmentModes.judge(setting, key);
                }
                if (modeNamed == null && key.plainLinkKey) {
                    modeNamed = PlainCredentialLinks.judge(settings, setting);
                }
                String value = setting.value(); // the value tests below are inlined, so a clean key loads no class
                modeNamed = modeNamed == null && (key.plainLoginKey || findings.size() == found && value.length() > 7
                        && value.regionMatches(true, 0, "ldap://", 0, 7))
                        ? PlainLoginLinks.judge(settings, setting, findings.size() > found) : modeNamed;
                if (modeNamed == null && key.objectStoreTlsKey && setting.value().length() <= 5) {
                    modeNamed = ObjectStoreTls.judge(settings, setting);
                }
                if (modeNamed == null && findings.size() == found && value.regionMatches(true, 0, "http://", 0, 7)
                        && AsciiCase.contains(setting.key(), ObjectStoreTls.ENDPOINT)) {
                    modeNamed = ObjectStoreTls.judgeEndpoint(references, setting);
                }
                if (modeNamed == null && setting.value().length() <= 8 && PlainHttpSwitches.judgesKey(setting.key())) {
                    modeNamed = PlainHttpSwitches.judge(settings, setting);
                }
                if (modeNamed == null && findings.size() == found && OldTlsProtocols.mayList(value)) {
                    modeNamed = OldTlsProtocols.judge(setting); // forty-eighth pass: SSLv3, TLSv1.1 still accepted
                }
                if (modeNamed == null && findings.size() == found && PublicBucketAcls.mayBePublic(value)) {
                    modeNamed = PublicBucketAcls.judge(setting);
                }
                if (modeNamed == null && findings.size() == found && value.length() <= 4
                        && AsciiCase.contains(setting.key(), PublicBucketAcls.SWITCH_WORD)) {
                    modeNamed = PublicBucketAcls.judgeSwitch(setting);
                }
                if (modeNamed == null && findings.size() == found && key.allowListEnding) {
                    modeNamed = HostAllowLists.judge(settings, setting);
                }
                if (modeNamed == null && findings.size() == found && key.dryRunEnding) {
                    modeNamed = DryRunSections.judge(settings, setting);
                }
                if (modeNamed == null && findings.size() == found && value.length() <= NamedTlsChoices.MAX_LENGTH
                        && (value.indexOf("stag") >= 0 || value.equals(NamedTlsChoices.REFUSE_TLS))) {
                    modeNamed = NamedTlsChoices.judge(setting);
                }
                if (modeNamed == null && findings.size() == found && value.indexOf(' ') > 0
                        && AsciiCase.contains(setting.key(), SendmailCommands.KEY_WORD)) {
                    modeNamed = SendmailCommands.judge(setting, judge);
                }
                if (modeNamed != null) {
                    findings.add(modeNamed);
                }
            }
        }
        if (stage == Stage.PRODUCTION) {
            if (!findings.isEmpty()) { // it pairs test credentials found above with their live siblings
                PairedCredentials.judge(settings, effective, findings);
                SandboxAppIds.judge(settings, signals, findings);
            }
            signals.reportInconsistencies(findings, references);
            if (!findings.isEmpty()) {
                ProductionFileTls.raise(settings, findings); // forty-seventh pass: TLS off in application-prod.properties
                UnforcedHttps.raise(settings, findings); // forty-eighth pass: HTTPS not forced, no front
            }
        }
        return Outcome.of(ReferencedValues.once(references.onDefiningKeys(findings)));
    }

    private ProviderCatalog effectiveCatalog(Settings settings, List<Finding> findings) {
        ProviderCatalog effective = catalog;
        for (String problem : catalog.problems()) {
            findings.add(SandboxFindings.catalogProblem(problem, null));
        }
        for (Setting file : settings.listItems(CATALOG)) {
            ProviderCatalog extension;
            try {
                CatalogFiles.Location location = CatalogFiles.locate(file);
                if (location.problem() != null) {
                    extension = ProviderCatalog.parse(location.name(), "");
                    findings.add(SandboxFindings.catalogProblem(location.name() + ": " + location.problem(), file));
                } else if (location.bytes() != null) {
                    extension = ProviderCatalog.parse(location.name(), CatalogReader.decode(location.bytes()));
                } else {
                    extension = ProviderCatalog.read(java.util.Objects.requireNonNull(location.file()));
                }
            } catch (InvalidPathException invalid) {
                extension = ProviderCatalog.parse(file.value(), "");
                findings.add(SandboxFindings.catalogProblem("a value of " + CATALOG + " is not a valid path",
                        file));
            }
            for (String problem : extension.problems()) {
                findings.add(SandboxFindings.catalogProblem(problem, file));
            }
            effective = effective.with(extension);
        }
        return effective;
    }

    private void inspect(ReferencedValues references, EndpointReadings readings, DatabaseSections sections,
            Setting setting, SandboxKey key, @Nullable String knownCanonicalKey, boolean extra, Stage stage,
            EndpointJudge judge, ProviderSignals signals, List<Finding> findings) {
        String value = percentDecodedUrl(unquoted(setting.value().strip()));
        if (value.isEmpty()) {
            Finding emptied = stage == Stage.PRODUCTION ? TlsVerification.emptiedHostNameCheck(setting) : null;
            emptied = emptied == null && stage == Stage.PRODUCTION ? EmptySiteUrls.judge(references.settings(), setting) : emptied;
            emptied = emptied == null && stage == Stage.PRODUCTION
                    ? MailServerTls.emptySslType(references.settings(), setting) : emptied;
            emptied = emptied == null && stage == Stage.PRODUCTION
                    ? IngressTls.emptyList(references.settings(), setting) : emptied;
            if (emptied != null) {
                findings.add(emptied);
            }
            return;
        }
        boolean production = stage == Stage.PRODUCTION;
        if (production) {
            Finding standIn = standIn(references, readings, setting, key, value, judge);
            if (standIn == null) {
                standIn = templateDomain(setting, key, value, judge, readings);
            }
            if (standIn != null) {
                if (!ReferencedTemplates.reportedWhereDefined(references, setting, standIn)) {
                    findings.add(standIn);
                }
                return;
            }
        }
        boolean credentialCandidate = judge.catalog().hasCredentialPrefix(value)
                || (value.length() >= CredentialGrammar.MIN_VALUE && value.indexOf("://") < 0
                        && CredentialGrammar.read(value) != null);
        String modeValue = value.indexOf(" //") > 0 ? TrailingComments.withoutRemark(value) : value;
        boolean modeCandidate = production && modeValue.length() <= ModeSwitchRule.MAX_LENGTH
                && (judge.catalog().isModeValueIgnoringCase(modeValue)
                        || key.gluedModeKey && ModeSwitchRule.mayHoldGluedMode(setting.key(), modeValue)
                        || key.environmentSwitch && ModeWords.isRegionalTestValue(modeValue));
        boolean endpointCandidate = production && (extra || value.indexOf("://") >= 0 || key.endpointName);
        if (!credentialCandidate && !modeCandidate && !endpointCandidate) {
            if (production) {
                inspectNoCandidate(references, readings, setting, key, value, judge, signals, findings);
            }
            return;
        }
        inspectCandidate(references, readings, sections, setting, key, knownCanonicalKey, extra, stage, judge, signals,
                findings, value, credentialCandidate, modeCandidate, endpointCandidate, modeValue);
    }

    /**
     * The rules of a value that may be a credential, a mode switch or an endpoint: each family's rule, in that order,
     * until one reports.
     */
    private static void inspectCandidate(ReferencedValues references, EndpointReadings readings,
            DatabaseSections sections, Setting setting, SandboxKey key, @Nullable String knownCanonicalKey,
            boolean extra, Stage stage, EndpointJudge judge, ProviderSignals signals, List<Finding> findings,
            String value, boolean credentialCandidate, boolean modeCandidate, boolean endpointCandidate,
            String modeValue) {
        List<String> words = key.words;
        EnumSet<KeyClass> classes = key.classes;
        if (words.isEmpty() || (!extra && !isWebUrl(value) && (classes.contains(KeyClass.DATABASE)
                || key.hostEnding && sections.declaredSection(setting.key()) != null))) {
            return;
        }
        List<Provider> named = key.providersNamedIn(judge.catalog());
        if (named.isEmpty() && credentialCandidate && classes.contains(KeyClass.CREDENTIAL)
                && judge.catalog().hasCredentialPrefix(value)) {
            named = SectionProviders.named(references.settings(), setting, judge.catalog());
        }
        if (!named.isEmpty() && !classes.contains(KeyClass.PUBLIC) && classes.contains(KeyClass.NOTIFICATION)
                && paymentProvider(named)) {
            classes = withPublic(classes);
        }
        if (credentialCandidate && CredentialRule.judge(setting, value, (classes.contains(KeyClass.CREDENTIAL)
                || ModeNamedCredentials.namesCredentialIdentifier(words)) && !namesPrefix(words), named,
                stage, judge.catalog(), signals, findings)) {
            return;
        }
        if (modeCandidate && ModeSwitchRule.judge(setting,
                knownCanonicalKey != null ? knownCanonicalKey : key.canonical(), modeValue, words, key.modeFlags(),
                named, stage,
                judge.catalog(), signals, findings)) {
            return;
        }
        if (endpointCandidate && !(!extra && ListenSiblings.listens(references, setting, words, value))) {
            Finding templateQuery = value.indexOf('?') > 0 ? TemplateQueries.judge(setting, value) : null;
            if (templateQuery != null) {
                findings.add(templateQuery);
                return;
            }
            int found = findings.size();
            inspectEndpoints(references, readings, setting, value, extra, key, classes, judge, signals, findings);
            if (findings.size() == found && value.indexOf("://") < 0 && key.destination) {
                bareHost(references, setting, value, judge, findings);
            } else if (findings.size() == found && value.indexOf("://") < 0 && !key.database
                    && value.indexOf('.') > 0 && namesTemplateWord(value)) {
                templateHost(setting, key, value, judge, findings);
            }
        }
    }

    /**
     * The rules of a production value that a development stand-in, a test setting of TLS, a key store, an announced
     * address, a client TLS mode or a test chain may be: the first finding, or {@code null}.
     */
    private static @Nullable Finding standIn(ReferencedValues references, EndpointReadings readings, Setting setting,
            SandboxKey key, String value, EndpointJudge judge) {
        Provider documented = documentedTestValue(setting, value, judge.catalog());
        Finding standIn = documented != null ? SandboxFindings.testValue(setting, documented)
                : DevelopmentStandIns.judge(setting, key, value, readings);
        if (standIn != null && standIn.code().equals("sandbox.discard-transport")) {
            LaravelTierMailers.Tier tier = LaravelTierMailers.declaredTier(references.settings(), setting, value);
            if (tier == LaravelTierMailers.Tier.TEST) {
                return null; // MAIL_MAILER=log beside APP_ENV=testing or ci: the tier's own mailer
            }
            if (tier == LaravelTierMailers.Tier.LOCAL) {
                return SandboxFindings.discardTransportOfLocalTier(setting, standIn);
            }
        }
        if (standIn == null) {
            standIn = TlsVerification.judge(setting, value, key.tlsFlags);
            if (standIn != null && FeatureSwitches.sectionSwitchedOff(references.settings(), setting.key())) {
                standIn = null; // the client of a section switched off (testresultserver.enabled=false) makes no call
            }
            standIn = standIn != null && DockerDaemonSockets.reachesLocalSocket(references.settings(), setting.key()) ? null
                    : standIn;
        }
        if (standIn == null && value.length() >= 5) { // the shortest key store file name, a.jks
            standIn = TestKeyStores.judge(setting, value);
        }
        if (standIn == null && value.length() <= SchemeOnlyAddresses.MAX_LENGTH) { // https://
            standIn = SchemeOnlyAddresses.judge(setting, value);
        }
        if (standIn == null && key.announcedAddressEnding && value.length() <= AnnouncedAddresses.MAX_LENGTH) {
            standIn = AnnouncedAddresses.judge(setting, value);
        }
        if (standIn == null && setting.key().length() == 10) { // TLS_FLAVOR
            standIn = MailServerTls.notlsFlavour(references.settings(), setting, value);
        }
        if (standIn == null && value.length() <= 4) { // SMTP_IGNORE_TLS=true
            standIn = MailServerTls.ignoresTls(references.settings(), setting, value);
        }
        if (standIn == null && key.clientTlsMode) {
            standIn = ClientTlsModes.judge(setting, value);
        }
        if (standIn == null && value.length() == 14) { // SASL_PLAINTEXT
            standIn = ClientTlsModes.judgeSaslPlaintext(references.settings(), setting, value);
        }
        if (standIn == null && value.length() == 9) { // PLAINTEXT
            standIn = KafkaPlaintext.judgeClientProtocol(references.settings(), setting, value);
        }
        if (standIn == null && value.length() > 10 && KafkaPlaintext.namesListenerMap(setting.key())) {
            standIn = KafkaPlaintext.judgeListenerMap(setting, value);
        }
        if (standIn == null && (key.chainIdKey || value.length() > 7 && value.charAt(6) == ':')) {
            standIn = TestChainIds.judge(setting, value);
        }
        if (standIn == null && key.networkName) {
            standIn = TestChainIds.judgeName(setting, value);
        }
        if (standIn == null && key.testNetwork != null) {
            standIn = TestChainIds.judgeEndpointKey(setting, value, key.testNetwork);
        }
        return standIn;
    }

    /**
     * The rules of a production value that a template domain, a zone, a registry, a spelled key, a template authority,
     * an instruction, an unfilled address, a relying party, a mail address or a documentation's bucket may be: the
     * first finding, or {@code null}.
     */
    private static @Nullable Finding templateDomain(Setting setting, SandboxKey key, String value, EndpointJudge judge,
            EndpointReadings readings) {
        Finding templateDomain = key.destination ? BareHostKeys.templateDomain(setting, value) : null;
        // A zone and a registry hold a dot after their first character: both rules' first statement, asked here so a
        // value without one (a port, a switch, a stage) does not load their class. An image named without a registry
        // host (your-user/app) holds a slash instead, and only the registry rule reads it.
        if (templateDomain == null && value.indexOf('.') > 0) {
            templateDomain = BareHostKeys.zone(setting, value, judge);
            if (templateDomain == null) {
                templateDomain = BareHostKeys.registry(setting, value, judge);
            }
        } else if (templateDomain == null && value.indexOf('/') > 0
                && (AsciiCase.endsWith(setting.key(), "image") || AsciiCase.endsWith(setting.key(), "repository"))) {
            templateDomain = BareHostKeys.registry(setting, value, judge);
        }
        if (templateDomain == null) {
            if (!key.database) {
                templateDomain = key.spelledKey ? SpelledKeys.judge(setting, value) : null;
                if (templateDomain == null && mayHoldTemplateAuthority(value)) {
                    templateDomain = TemplateAuthorities.judge(setting, value, readings);
                }
            } else if (isWebUrl(value) && mayHoldTemplateAuthority(value)) {
                // A web URL under a database word (datasource.client.serverurl) is this gate's, not a database's.
                templateDomain = TemplateAuthorities.judge(setting, value, readings);
            }
        }
        if (templateDomain == null && key.endpointName && !key.database && !key.allowList) {
            templateDomain = InstructionAddresses.judge(setting, value);
        }
        if (templateDomain == null && key.unfilledAddress) {
            templateDomain = UnfilledAddresses.judge(setting, value);
        }
        // After the readings above, which name some of these values their own way (REDACTED, SERVER_IP=changeme).
        if (templateDomain == null && !key.database && value.length() <= FillerAddresses.LONGEST
                && !key.words.isEmpty() && KeyClass.namesAddressSlot(key.words.get(key.words.size() - 1))) {
            templateDomain = FillerAddresses.judge(setting, key.words, value);
        }
        if (templateDomain == null && value.charAt(0) == '<' && !key.classes.contains(KeyClass.DATABASE)) {
            templateDomain = BracketedAddresses.judge(setting, key.words, value);
        }
        if (templateDomain == null && key.relyingParty) {
            templateDomain = RelyingParties.judge(setting, value, judge);
        }
        if (templateDomain == null && (value.charAt(0) | 0x20) == 's' && SipUris.isSipUri(value)) {
            templateDomain = SipUris.judge(setting, value, judge);
        }
        if (templateDomain == null && value.indexOf('@') > 0 && value.indexOf("://") < 0) {
            templateDomain = MailAddresses.judge(setting, value, judge);
        }
        if (templateDomain == null && mayBeEmptyHostUrl(value)) {
            templateDomain = EmptyHostUrls.judge(setting, value);
        }
        if (templateDomain == null && mayBeTemplateBucket(value)) {
            templateDomain = TemplateBuckets.judge(setting, value);
        }
        return templateDomain;
    }

    /**
     * What {@link TemplateAuthorities#judge} needs of every value it reports: a colon (a URL's scheme, or the
     * {@code :port} a port word follows) or an angle bracket. Asked here, as the first tests below, so that a start
     * whose values hold neither loads no rule class for them (session 39).
     */
    static boolean mayHoldTemplateAuthority(String value) {
        return value.indexOf(':') >= 0 || value.indexOf('<') >= 0;
    }

    /** The first test of {@link EmptyHostUrls#judge}: a web URL starts with {@code h} or {@code w} in some case. */
    static boolean mayBeEmptyHostUrl(String value) {
        char first = (char) (value.charAt(0) | 0x20);
        return first == 'h' || first == 'w';
    }

    /**
     * The first test of {@link TemplateBuckets#judge}: six characters or more that start {@code s3}, {@code gs} or
     * {@code hd} in some case.
     */
    static boolean mayBeTemplateBucket(String value) {
        if (value.length() < 6) {
            return false;
        }
        char first = (char) (value.charAt(0) | 0x20);
        char second = (char) (value.charAt(1) | 0x20);
        return first == 's' && second == '3' || first == 'g' && second == 's' || first == 'h' && second == 'd';
    }

    /**
     * The rules of a production value that is no credential, mode or endpoint candidate: a catalog host, a project
     * bucket, a bare host (or a template domain under a key that names no address), a part of a domain, a broker list,
     * a sandbox account.
     */
    private static void inspectNoCandidate(ReferencedValues references, EndpointReadings readings, Setting setting,
            SandboxKey key, String value, EndpointJudge judge, ProviderSignals signals, List<Finding> findings) {
        int entry = findings.size();
        if (value.indexOf('.') > 0 && value.length() <= 253) {
            int found = findings.size();
            catalogHostOnly(readings, setting, value, judge, signals, findings);
            Finding bucket = findings.size() == found ? ProjectBuckets.judge(readings, setting, value, judge)
                    : null;
            if (bucket != null) {
                findings.add(bucket);
            }
        }
        int before = findings.size();
        if (key.destination) {
            bareHost(references, setting, value, judge, findings);
        }
        // After the bare-host reading, which reads a last name or suffix only after domain, host or server and
        // leaves the others (SITE_NAME, a certificate's commonName, a bucket suffix) to this one.
        if (!key.database && findings.size() == entry && value.indexOf('.') > 0
                && (!key.destination || namesUnreadDestination(key.words))) {
            templateHost(setting, key, value, judge, findings);
        }
        if (key.partDomain && findings.size() == before) {
            Finding partDomain = BareHostKeys.partDomain(setting, value, judge);
            if (partDomain != null) {
                addOnDefiningKey(findings, references, setting, value.toLowerCase(Locale.ROOT), partDomain);
            }
        }
        Finding brokers = key.brokerList ? BrokerLists.judgeListed(setting, value, judge) : null;
        if (brokers != null) {
            findings.add(brokers);
        }
        Finding sandboxAccount = SandboxAccounts.judge(setting, value, judge.catalog());
        if (sandboxAccount == null) {
            sandboxAccount = TestInitiators.judge(setting, value);
        }
        if (sandboxAccount != null) {
            findings.add(sandboxAccount);
        }
    }

    /**
     * Whether a destination key ({@link SandboxKey#destination}) ends in a name or suffix word that the bare-host
     * reading reads only after {@code domain}, {@code host} or {@code server}: {@code SITE_NAME}, Postfix's
     * {@code MAILNAME}, a certificate's {@code commonName}, a bucket suffix. A zone's key is not one: a time zone's
     * name ({@code TIME_ZONE_NAME=example.zone}) is no host, and the zone rules read DNS zones. Address and server
     * keys ({@code SERVER_IP=xx.xx.xx}, a masked address) stay the bare-host reading's alone.
     */
    static boolean namesUnreadDestination(List<String> words) {
        if (words.isEmpty() || words.contains("zone")) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return last.endsWith("name") || last.endsWith("suffix");
    }

    /**
     * A web URL written percent-encoded as a whole ({@code http%3A%2F%2Flocalhost%3A8080%2Fapp%2Fcall-back}, the
     * form an OAuth {@code redirect_uri} takes inside an authorization link, kept ready-made beside the plain one),
     * decoded: the address is the same. Only a value that starts with {@code http%3A%2F%2F} or {@code https%3A%2F%2F}
     * (any case) is read; every other value is returned as it is, without a copy.
     */
    static String percentDecodedUrl(String value) {
        if (value.length() < 13 || (value.charAt(0) | 0x20) != 'h' || value.indexOf('%') < 4
                || value.indexOf('%') > 5) {
            return value;
        }
        int separator = value.indexOf('%');
        if (!AsciiCase.regionIs(value, separator, "%3a%2f%2f")
                || !(separator == 4 && AsciiCase.regionIs(value, 0, "http")
                        || separator == 5 && AsciiCase.regionIs(value, 0, "https"))) {
            return value;
        }
        StringBuilder decoded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int high = c == '%' && i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
            if (low >= 0 && high < 8) {
                decoded.append((char) (high * 16 + low));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    /**
     * A value wrapped in one pair of matching quotes, without them: a {@code .properties} file keeps the quotes a
     * value copied from a dotenv file carries ({@code SESSION_URL_BASEPATH="https://localhost:1234"}), and the URL in
     * them is what the setting points at. A Spring expression that is one string literal
     * ({@code ${AB2D_OKTA_JWT_ISSUER:#{'https://idp.acme.gov/oauth2/x'}}}, a default written as SpEL) is that literal.
     */
    private static String unquoted(String value) {
        int last = value.length() - 1;
        if (last >= 5 && value.startsWith("#{'") && value.endsWith("'}") && value.indexOf('\'', 3) == last - 1) {
            return value.substring(3, last - 1).strip();
        }
        if (last >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(last) == value.charAt(0)
                && value.indexOf(value.charAt(0), 1) == last) {
            return value.substring(1, last).strip();
        }
        return value;
    }

    /**
     * Whether a key is a JVM framework's own listen address: {@code quarkus.http.host},
     * {@code quarkus.management.host}, {@code quarkus.grpc.server.host}, {@code micronaut.server.host},
     * {@code ktor.deployment.host}. Loopback there keeps an interface private (a management port behind a sidecar);
     * the framework's client keys ({@code quarkus.rest-client.orders.url}) are not of this shape.
     */
    static boolean namesFrameworkBindAddress(List<String> words) {
        int size = words.size();
        if (namesAspNetCoreBindUrl(words)) {
            return true;
        }
        if (size < 3 || !FRAMEWORK_ROOTS.contains(words.get(0))
                || !(words.get(size - 1).equals("host") || words.get(size - 1).equals("address"))) {
            return false;
        }
        for (int i = 1; i < size - 1; i++) {
            if (!SERVER_SECTION_WORDS.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key holds the URLs ASP.NET Core's server listens on: a Kestrel endpoint's {@code Url}
     * ({@code Kestrel.Endpoints.Https.Url}, {@code Kestrel__Endpoints__Http__Url}), the host's {@code urls} setting or
     * {@code ASPNETCORE_URLS} / {@code ASPNETCORE_HTTPS_URLS} / {@code DOTNET_URLS}. They are bind addresses
     * ({@code https://0.0.0.0:5001}, {@code http://+:80}, {@code http://localhost:5000} behind a reverse proxy), not
     * destinations; {@code Kestrel.Endpoints.Https.Certificate.Path} and other Kestrel keys are not read here.
     */
    static boolean namesAspNetCoreBindUrl(List<String> words) {
        int size = words.size();
        if (size == 0 || !(words.get(size - 1).equals("url") || words.get(size - 1).equals("urls"))) {
            return false;
        }
        String first = words.get(0);
        if (size == 1) {
            return first.equals("urls");
        }
        if (first.equals("kestrel")) {
            return size >= 4 && size <= 5 && words.get(1).equals("endpoints");
        }
        if (first.equals("dotnet")) {
            return size == 2;
        }
        return first.equals("aspnetcore") && (size == 2 || size == 3 && (words.get(1).equals("http")
                || words.get(1).equals("https")));
    }

    /**
     * Whether a value is a web URL ({@code https://sandbox.cashfree.com/pg}), which no database driver reads: under a
     * key with a database word ({@code CASHFREE_PG_URL}, where {@code pg} is a payment gateway) it is an endpoint the
     * database gate leaves alone, so this gate judges it.
     */
    private static boolean isWebUrl(String value) {
        return value.regionMatches(true, 0, "https://", 0, 8) || value.regionMatches(true, 0, "http://", 0, 7);
    }

    /** The classes of a key's words ({@link KeyClass#of}), a copy the caller may add to. */
    static EnumSet<KeyClass> keyClasses(String key) {
        return EnumSet.copyOf(CLASSES_BY_KEY.get(key));
    }

    /**
     * The part of a deferred URL that is written out, when only its path or query is supplied at run time
     * ({@code https://eth-sepolia.g.alchemy.com/v2/${ALCHEMY_API_KEY}} → {@code https://eth-sepolia.g.alchemy.com/v2/}):
     * the host is fixed, so it is judged. A reference in the scheme, the user info or the host
     * ({@code https://${DOMAIN}/hook}, {@code http://localhost:${PORT}}) leaves the value unknown: {@code null}.
     */
    static @Nullable Setting fixedPart(Setting setting) {
        String value = setting.value();
        int reference = value.indexOf("${");
        int separator = value.indexOf("://");
        if (reference < 0 || separator <= 0 || separator > reference || value.length() > 2048) {
            return null;
        }
        int authorityStart = separator + 3;
        int authorityEnd = value.indexOf('/', authorityStart);
        if (authorityEnd < 0 || authorityEnd > reference || value.lastIndexOf('$', authorityEnd) >= 0
                || value.lastIndexOf('@', authorityEnd) >= authorityStart) {
            return SelfCalls.atOwnManagementPort(setting.key(), value) ? null // the node calling its own admin API
                    : PortReferences.withoutPort(setting); // http://localhost:${server.port}/login: the host is written
        }
        String written = value.substring(0, value.lastIndexOf('/', reference) + 1);
        return Setting.of(setting.key(), written, setting.origin());
    }

    /**
     * Whether a key ending in {@code port} holds a host port binding ({@code HOST_BACKEND_PORT=127.0.0.1:3001}): the
     * address the published port listens on, not an endpoint anyone calls. A value with a scheme is judged as usual.
     */
    private static boolean isPortBinding(List<String> words, String value) {
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return (last.equals("port") || last.equals("ports")) && PORT_BINDING.matcher(value.strip()).matches();
    }

    private static void inspectEndpoints(ReferencedValues references, EndpointReadings readings, Setting setting,
            String value, boolean extra, SandboxKey key, EnumSet<KeyClass> classes, EndpointJudge judge,
            ProviderSignals signals, List<Finding> findings) {
        List<String> words = key.words;
        boolean endpointKey = extra || classes.contains(KeyClass.ENDPOINT);
        if (!endpointKey && value.indexOf("://") < 0) {
            return;
        }
        if (!extra && classes.contains(KeyClass.ALLOW_LIST)) {
            boolean origins = namesBrowserOrigins(words);
            if (!(origins && localOrigin(references, readings, setting, value, judge, findings))) {
                int found = findings.size();
                templateInAllowList(readings, setting, value, !origins, judge, findings);
                Finding plain = origins && findings.size() == found && value.indexOf("http://") >= 0
                        ? PlainOrigins.judge(references, setting, readings.all(value, false), judge) : null;
                if (plain != null) {
                    findings.add(plain);
                }
            }
            return;
        }
        if (!extra && (classes.contains(KeyClass.ALLOW_LIST) || classes.contains(KeyClass.OWN_ADDRESS)
                || isPortBinding(words, value) || namesFrameworkBindAddress(words)
                || ServedHostAliases.named(words) || BareHostKeys.namesRefusedHosts(words)
                || key.serverListenerKey && ServerListeners.named(references.settings(), words, value))) {
            return;
        }
        if (!extra && !classes.contains(KeyClass.PUBLIC) && !classes.contains(KeyClass.DATABASE)
                && !classes.contains(KeyClass.SIDECAR)
                && (namesOwnServerHost(setting.key(), words) || namesOwnListenerHost(words))
                && bareLoopback(value)) {
            return;
        }
        if (!extra && words.size() <= 2 && OWN_ADDRESS_KEYS.contains(String.join("", words))) {
            if (isWebUrl(value) || words.size() == 1 && (webSchemeBeside(references) || loopbackWithPort(value))) {
                classes = withPublic(classes);
            } else if (!KeyClass.namesHostName(words)) {
                return;
            }
        }
        if (!extra && !classes.contains(KeyClass.PUBLIC) && namesIngressHost(words)
                && ingressSwitchedOn(references, setting.key())
                || !extra && !classes.contains(KeyClass.PUBLIC) && OwnSiteKeys.named(references, words)) {
            classes = withPublic(classes);
        }
        EndpointJudge.Verdict worst = null;
        Endpoint worstEndpoint = null;
        List<Endpoint> endpoints = readings.all(value, endpointKey);
        if (endpoints.isEmpty() && endpointKey) {
            Endpoint service = serviceName(value);
            if (service == null) {
                service = localhostInPath(value);
            }
            endpoints = service == null ? endpoints : List.of(service);
        }
        if (endpoints.isEmpty() && endpointKey && value.charAt(0) == '/') {
            String mock = mockApiPath(value);
            if (mock != null) {
                findings.add(SandboxFindings.mockApiPath(setting, mock));
                return;
            }
            if (!words.contains("sandbox") && sandboxPathSegment(value)) {
                findings.add(SandboxFindings.sandboxApiPath(setting));
                return;
            }
        }
        for (int e = 0; e < endpoints.size(); e++) {
            Endpoint endpoint = endpoints.get(e);
            EndpointJudge.Verdict verdict = judge.judge(endpoint);
            if (verdict == EndpointJudge.Verdict.NORMAL && endpoint.scheme() == null
                    && unspecifiedAsPublicUrl(endpoint, words, classes)) {
                verdict = new EndpointJudge.Verdict(EndpointJudge.Kind.LOOPBACK, null, EndpointJudge.UNSPECIFIED);
            }
            if (verdict.kind() == EndpointJudge.Kind.LOOPBACK && namesAudience(words)) {
                verdict = EndpointJudge.Verdict.NORMAL;
            }
            if (verdict.kind() == EndpointJudge.Kind.SANDBOX_NAME && (codeSandboxService(endpoint.host(), words,
                    judge.catalog()) || OwnEnvironments.hostOfFilesEnvironment(setting, endpoint.host(), words)
                    || OwnEnvironments.hostOfSectionsEnvironment(endpoint.host(), setting.key())
                    || OwnEnvironments.ownSitePath(setting, verdict, endpoint.path(),
                            classes.contains(KeyClass.PUBLIC), words))) {
                verdict = EndpointJudge.Verdict.NORMAL;
            }
            if (verdict == EndpointJudge.Verdict.NORMAL) {
                String glued = HostNames.environmentGluedToKeyWord(endpoint.host(), words);
                verdict = glued == null ? verdict : new EndpointJudge.Verdict(EndpointJudge.Kind.SANDBOX_NAME, null,
                        glued);
            }
            Provider provider = verdict.provider();
            if (provider != null) {
                switch (verdict.kind()) {
                    case PROVIDER_TEST_HOST, PROVIDER_TEST_PATH -> signals.add(provider, setting, true,
                            "a sandbox endpoint");
                    case PROVIDER_LIVE_HOST -> signals.add(provider, setting, false, "a live endpoint");
                    default -> {
                    }
                }
            }
            if (verdict.kind().isProblem() && (worst == null || rank(verdict.kind()) > rank(worst.kind()))) {
                worst = verdict;
                worstEndpoint = endpoint;
            }
        }
        if (worst != null && worst.kind() == EndpointJudge.Kind.LOOPBACK && !classes.contains(KeyClass.PUBLIC)
                && (OutcomePages.failureBesideTwin(references.settings(), setting.key(), words)
                        || BrowserEnvironments.productionBundle(references.settings())
                        || SignInPages.browserOpens(words, worstEndpoint))) {
            classes = withPublic(classes);
        }
        if (worst == null && endpoints.size() == 1 && !extra && ProductOwnAddresses.candidate(words)) {
            Finding own = ProductOwnAddresses.judge(references, setting, words, endpoints.get(0));
            if (own != null) {
                findings.add(own);
                return;
            }
        }
        if (worst == null && endpoints.size() == 1 && plainHttpApi(findings, references, setting, words, classes,
                endpoints.get(0))) {
            return;
        }
        if (worst == null && endpoints.size() == 1 && !extra && !classes.contains(KeyClass.PUBLIC)
                && PlainHttpAddresses.namesCalledAddress(words)) {
            Finding called = PlainHttpAddresses.judgeCalledAddress(references, setting, endpoints.get(0));
            if (called != null) {
                findings.add(called); // forty-sixth pass: geocoder.url=http://<public address>/…
                return;
            }
        }
        if (worst == null && endpoints.size() == 1 && !extra && !classes.contains(KeyClass.PUBLIC)
                && PlainHttpAddresses.namesNamedAppUrl(words)) {
            Finding app = PlainHttpAddresses.judgeNamedAppUrl(references, setting, endpoints.get(0));
            if (app != null) {
                findings.add(app); // forty-fifth pass: SHOPIFY_APP_URL=http://…
                return;
            }
        }
        if (worst == null && endpoints.size() == 1 && !extra) {
            Finding site = LanSiteAddresses.judge(setting, words, classes, endpoints.get(0));
            if (site != null) {
                findings.add(site); // forty-sixth pass: APP_URL=http://192.168.…, ntfy.192-168-1-2.sslip.io
                return;
            }
        }
        if (worst == null && endpoints.size() == 1 && !extra && PlainHttpAddresses.namesWebhookUrl(words)) {
            Finding webhook = PlainHttpAddresses.judgeWebhookUrl(references, setting, endpoints.get(0));
            if (webhook != null) {
                findings.add(webhook); // forty-sixth pass: WEBHOOK_BASE_URL=http://…
                return;
            }
        }
        if (worst == null && classes.contains(KeyClass.PUBLIC) && endpoints.size() == 1) {
            Finding lan = LanAddresses.judge(setting, words, endpoints.get(0));
            lan = lan != null ? lan : PlainHttpAddresses.judge(references, setting, words, endpoints.get(0));
            lan = lan != null ? lan : LanSignInUrls.judge(setting, words, endpoints.get(0));
            lan = lan != null || extra ? lan : PlatformAppHosts.judge(references, setting, endpoints.get(0));
            if (lan != null) {
                findings.add(lan);
            }
            return;
        }
        if (worst == null && endpoints.size() == 1 && !extra) {
            Finding platform = PlatformAppHosts.judge(references, setting, endpoints.get(0));
            if (platform != null) {
                findings.add(platform);
                return;
            }
        }
        if (worst != null && worst.kind() == EndpointJudge.Kind.SANDBOX_NAME && worst.detail().equals(DEMO)
                && worstEndpoint != null && (KeyClass.namesOwnAddress(words)
                        || namesProductsOwnUrl(words, worstEndpoint.host(), judge.catalog()))) {
            worst = null;
        }
        if (worst != null && worstEndpoint != null && worst.kind() == EndpointJudge.Kind.LOCAL_NAME
                && directoryServer(worstEndpoint, words, classes)) {
            return; // ldap://dc01.corp.local: an on-premises Active Directory domain, production there
        }
        if (worst != null && worst.kind() == EndpointJudge.Kind.LOCAL_NAME && InternalLanNames.spared(classes)) {
            return; // Home Assistant's internal_url=http://homeassistant.local:8123: the LAN address, said so
        }
        if (worst != null && worstEndpoint != null && worst.kind() == EndpointJudge.Kind.LOCAL_NAME
                && publishesLocalDomain(references, worstEndpoint.host())) {
            addOnDefiningKey(findings, references, setting, worstEndpoint.host(),
                    SandboxFindings.publishedLocalName(setting, worstEndpoint.host()));
            return;
        }
        if (worst != null && worstEndpoint != null
                && !localUseAllowed(references, readings, setting, classes, worst, worstEndpoint)) {
            SandboxFindings.LoopbackUse use = ContainerHosts.use(loopbackUse(classes), references, setting, words,
                    worstEndpoint, worst);
            String hosted = worst.kind() == EndpointJudge.Kind.LOOPBACK && use == SandboxFindings.LoopbackUse.OTHER
                    ? hostedElsewhereOnly(words, judge.catalog()) : null;
            Finding finding = hosted != null
                    ? SandboxFindings.emulator(setting, worstEndpoint.host() + ", a local stand-in for " + hosted
                            + ", which runs only on its provider's hosts, never on the local machine")
                    : SandboxFindings.endpoint(setting, use, worstEndpoint, worst);
            if (finding != null) {
                addOnDefiningKey(findings, references, setting, worstEndpoint.host(), finding);
            }
        }
    }

    /**
     * Adds the finding on an API's base URL in clear text to a public address ({@link PlainHttpAddresses}), for a key
     * that is no public URL (those are judged with the LAN rule first).
     */
    private static boolean plainHttpApi(List<Finding> findings, ReferencedValues references, Setting setting,
            List<String> words, EnumSet<KeyClass> classes, Endpoint endpoint) {
        if (classes.contains(KeyClass.PUBLIC) || !PlainHttpAddresses.namesApi(words)) {
            return false;
        }
        Finding plain = PlainHttpAddresses.judge(references, setting, words, endpoint);
        return plain != null && findings.add(plain);
    }

    /**
     * Whether a {@code .local} endpoint is a directory server the service itself binds to: an {@code ldap://} or
     * {@code ldaps://} URL, or a key with the word {@code ldap} that no browser opens. {@code .local} was Microsoft's advice for Active Directory domains ({@code ldap://dc1.example.local:389}),
     * and on premises such a domain is production; a browser-facing URL under {@code .local} is still judged.
     */
    private static boolean directoryServer(Endpoint endpoint, List<String> words, Set<KeyClass> classes) {
        if (classes.contains(KeyClass.PUBLIC)) {
            return false;
        }
        String scheme = endpoint.scheme();
        return scheme != null && (scheme.equalsIgnoreCase("ldap") || scheme.equalsIgnoreCase("ldaps"))
                || words.contains("ldap");
    }

    /**
     * First path segments of a mock API the serving site answers itself ({@code API_BASE_URL=/mockApi}, a development
     * server's or a service worker's fake back end), written without separators and in lower case.
     */
    private static final Set<String> MOCK_API_SEGMENTS = Set.of("mock", "mocks", "mockapi", "mockapis", "mockserver",
            "mockdata", "fakeapi", "stubapi", "stubs");

    /**
     * The mock word the first segment of a relative address is ({@code /mockApi}, {@code /mock-api/v1},
     * {@code /mocks}), or {@code null}: an endpoint key holding only a path is an address on the site that serves the
     * application, and a mock there answers with canned data. Words that merely start so ({@code /mockingbird}) or a
     * later segment ({@code /api/mock}) are not read.
     */
    static @Nullable String mockApiPath(String value) {
        int end = 1;
        while (end < value.length() && value.charAt(end) != '/' && value.charAt(end) != '?') {
            end++;
        }
        if (end - 1 < 4 || end - 1 > 12) {
            return null;
        }
        StringBuilder segment = new StringBuilder(end - 1);
        for (int i = 1; i < end; i++) {
            char c = value.charAt(i);
            if (c != '-' && c != '_') {
                segment.append(Character.toLowerCase(c));
            }
        }
        String word = segment.toString();
        return MOCK_API_SEGMENTS.contains(word) ? word : null;
    }

    /**
     * Whether a relative address has a whole path segment {@code sandbox} or {@code sandboxnew}: a provider API's
     * sandbox path written without its host, which the client prefixes ({@code weixin.midas.pay_url=/cgi-bin/midas/sandbox/pay},
     * WeChat Pay's {@code /sandboxnew/pay/unifiedorder}). A segment that only contains the word ({@code /sandboxes},
     * {@code /my-sandbox}) is not read.
     */
    static boolean sandboxPathSegment(String value) {
        int start = 1;
        for (int i = 1; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '/' || value.charAt(i) == '?') {
                int length = i - start;
                if ((length == 7 || length == 10) && value.regionMatches(true, start, "sandboxnew", 0, length)) {
                    return true;
                }
                if (i == value.length() || value.charAt(i) == '?') {
                    return false;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Whether a key names the host of the process's own server or API ({@code API_HOST}, {@code MINT_SERVER_HOST},
     * {@code STACKS_BLOCKCHAIN_API_HOST}, {@code GOTRUE_API_HOST}): its last words are {@code server} or {@code api}
     * and {@code host}. With a bare loopback address such keys are where the server listens behind a reverse proxy, as
     * the public configurations that write them so show; a destination is written with a scheme or a port.
     */
    static boolean namesOwnServerHost(String key, List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("host")
                || !(words.get(size - 2).equals("server") || words.get(size - 2).equals("api"))) {
            return false;
        }
        boolean sections = key.indexOf('.') >= 0;
        for (int i = 0; i < size - 2; i++) {
            String word = words.get(i);
            if (sections && !SERVER_SECTION_WORDS.contains(word) || BACK_END_WORDS.contains(word)
                    || DatabaseWords.URL_OWNERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key names the host one of the process's own protocol listeners binds: {@code host} after {@code http}
     * ({@code http.host}, {@code services.core.http.host} of an API gateway's technical API, Besu's
     * {@code rpc-http-host}), {@code jmx} ({@code jmx.host}), {@code cli} ({@code cli_host}, a game server's admin
     * console), {@code json rpc} (a node's {@code JsonRpc.Host}) or {@code webserver} (cve-search's
     * {@code Webserver.Host}); and {@code ip} after {@code http}, Phoenix's {@code Endpoint.http.ip} (forty-eighth pass,
     * first contact: both labelled bind addresses, every labelled row of either shape clean). With a bare loopback address these keep a
     * management or local-only port off the network, the safe setting; no labelled configuration writes a
     * destination so. A key with a back end's, a database's or a forwarding word before it
     * ({@code client.http.host}, {@code exporter.jmx.host}, {@code elasticsearch.http.host}) names where the service
     * connects, and a bare {@code rpc host} ({@code BTC_RPC_HOST}) is the node a wallet calls.
     */
    static boolean namesOwnListenerHost(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if (last.equals("ip")) {
            last = before.equals("http") ? "host" : last; // Phoenix's Endpoint http: [ip: {127, 0, 0, 1}]
        }
        if (!last.equals("host")) {
            return false;
        }
        boolean listener = before.equals("http") || before.equals("jmx") || before.equals("cli")
                || before.equals("webserver")
                || before.equals("rpc") && size >= 3 && words.get(size - 3).equals("json");
        if (!listener) {
            return false;
        }
        for (int i = 0; i < size - 2; i++) {
            String word = words.get(i);
            if (BACK_END_WORDS.contains(word) || DatabaseWords.URL_OWNERS.contains(word)
                    || FORWARDING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words of a section that forwards to or calls another server: its host there is a destination. */
    private static final Set<String> FORWARDING_WORDS = Set.of("proxy", "upstream", "output", "outputs", "remote",
            "client", "target", "backend", "forward", "exporter", "sink", "webhook", "callback", "push", "gateway",
            "origin");

    /**
     * Back ends whose server or API a service calls ({@code ELASTICSEARCH_SERVER_HOST}, {@code SMTP_SERVER_HOST}):
     * under these, or under any section of a dotted key that is not the service's own server
     * ({@code elasticsearch.server.host}), {@code server host} is a destination.
     */
    static final Set<String> BACK_END_WORDS = Set.of("elasticsearch", "elastic", "opensearch", "solr", "kafka",
            "rabbitmq", "amqp", "mqtt", "smtp", "mail", "email", "imap", "ldap", "memcached", "zookeeper", "etcd",
            "minio", "s3");

    /** A loopback address alone, without scheme, port or path ({@code 127.0.0.1}, {@code localhost}, {@code ::1}). */
    /** The longest port a {@link #loopbackWithPort} value carries. */
    private static final int LONGEST_PORT = 5;

    /**
     * Whether a lone {@code HOST} holds a loopback host with a port ({@code HOST=localhost:3000},
     * {@code host=127.0.0.1:8080}, forty-eighth pass): a bind address names no port of its own (the port is a setting
     * beside it, {@code PORT=3000}), so a host that carries one is the authority of the URLs the application writes
     * into links and e-mails ({@code http://HOST/…}), what browsers and recipients are sent to. Quotes are allowed;
     * anything after the port (a path, a second address) is not this shape.
     */
    static boolean loopbackWithPort(String value) {
        int length = value.length();
        if (length < 11 || length > 24) {
            return false; // "127.0.0.1:1" is the shortest, "'localhost:65535'" and "127.255.255.255:65535" fit
        }
        char first = value.charAt(0);
        int start = first == '"' || first == '\'' ? 1 : 0;
        int end = start == 1 && value.charAt(length - 1) == first ? length - 1 : length;
        int colon = value.lastIndexOf(':', end - 1);
        if (colon <= start || end - colon - 1 < 1 || end - colon - 1 > LONGEST_PORT) {
            return false;
        }
        for (int i = colon + 1; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        String host = value.substring(start, colon);
        return host.equalsIgnoreCase("localhost") || host.indexOf(':') < 0 && Ip.isLoopback(host);
    }

    private static boolean bareLoopback(String value) {
        String host = value.strip();
        return host.equalsIgnoreCase("localhost") || host.indexOf(':') < 0 && host.indexOf('/') < 0
                && Ip.isLoopback(host) || host.equals("::1");
    }

    /**
     * Whether a key holds the host names of a Kubernetes Ingress ({@code ingress.hosts[0].host},
     * {@code ingress.tls[0].hosts[0]}, {@code generic-service.ingress.host}): the names clients outside the cluster
     * use, which the ingress controller routes and the certificate carries. Older charts name each entry of the host
     * list by {@code name} ({@code ingress.hosts[0].name}, Bitnami WordPress's; forty-fourth pass); a name deeper in
     * an entry ({@code ingress.hosts[0].paths[0].backend.service.name}) is the back end's.
     */
    static boolean namesIngressHost(List<String> words) {
        int last = words.size() - 1;
        while (last >= 0 && isNumber(words.get(last))) {
            last--;
        }
        if (last > 1 && words.get(last).equals("name")) {
            int entry = last - 1;
            while (entry > 0 && isNumber(words.get(entry))) {
                entry--;
            }
            return entry < last - 1 && words.get(entry).equals("hosts") && words.subList(0, entry).contains("ingress");
        }
        return last > 0 && (words.get(last).equals("host") || words.get(last).equals("hosts"))
                && words.subList(0, last).contains("ingress");
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether the chart section an ingress key sits in is switched on ({@code ingress.enabled=true} beside
     * {@code ingress.hosts[0].host}). Charts ship {@code chart-example.local} under an ingress that is off by default;
     * a host under a switched-off or unswitched ingress is read as before. A section with no switch of its own whose
     * TLS is switched on ({@code ingress.tls.enabled=true} beside {@code ingress.host}, a chart that always renders its
     * ingress; forty-fourth pass) is on too: a certificate is asked for the host.
     */
    static boolean ingressSwitchedOn(ReferencedValues references, String key) {
        int at = key.toLowerCase(Locale.ROOT).indexOf("ingress");
        if (at < 0) {
            return false;
        }
        String section = key.substring(0, at + "ingress".length());
        Optional<String> enabled = references.setting(section + ".enabled").map(Setting::value).map(String::strip);
        if (enabled.isPresent()) {
            return enabled.get().equalsIgnoreCase("true");
        }
        return references.setting(section + ".tls.enabled").map(Setting::value).map(String::strip)
                .filter(value -> value.equalsIgnoreCase("true")).isPresent();
    }

    /**
     * Whether a {@code .local} name belongs to the multicast-DNS domain the configuration itself publishes as a switched-on
     * ingress's host ({@code streaming.mastodon.local} or {@code global.endpoints.api=api.dina.local} beside
     * {@code ingress.hosts[0].host=dina.local} under {@code ingress.enabled=true}): the file says that domain is where its
     * clients reach it, so every name in it is the development machine's, not an Active Directory domain's.
     */
    static boolean publishesLocalDomain(ReferencedValues references, String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".local")) {
            return false;
        }
        int dot = name.lastIndexOf('.', name.length() - ".local".length() - 1);
        String domain = name.substring(dot + 1);
        for (Setting other : references.settings()) {
            String published = other.value().strip();
            if (published.equalsIgnoreCase(domain) && namesIngressHost(KeyWords.of(other.key()))
                    && ingressSwitchedOn(references, other.key())) {
                return true;
            }
        }
        return false;
    }

    /** Parts of a code sandbox's service name beside {@code sandbox} besides the isolation words. */
    private static final Set<String> CODE_SANDBOX_PARTS = Set.of("runner", "interpreter");

    /**
     * Whether a one-label host named {@code sandbox} is a code-execution sandbox beside the application, not a test
     * environment: a Compose or cluster service {@code sandbox} (Dify's {@code CODE_EXECUTION_ENDPOINT=http://sandbox:8194},
     * FastGPT's and Khoj's {@code http://sandbox:…}; the URLs of that shape found in public code are such services), or {@code sandbox}
     * beside words of code and execution only ({@code code-sandbox}, {@code python-sandbox}, {@code sandbox-runner}).
     * Under a key naming payments or a catalog provider ({@code PAYMENT_API_URL=http://sandbox:8080}) it stays a sandbox;
     * {@code payments-sandbox}, {@code api-sandbox} and {@code sandbox.acme.com} are unchanged.
     */
    static boolean codeSandboxService(String host, List<String> words, ProviderCatalog catalog) {
        if (host.indexOf('.') >= 0 || host.length() > 40 || !host.contains("sandbox")) {
            return false;
        }
        boolean sandbox = false;
        for (String part : host.split("[-_]")) {
            if (part.equals("sandbox")) {
                sandbox = true;
            } else if (!ModeSwitchRule.ISOLATION_WORDS.contains(part) && !CODE_SANDBOX_PARTS.contains(part)) {
                return false;
            }
        }
        if (!sandbox) {
            return false;
        }
        for (String word : words) {
            if (ModeWords.PAYMENT_KEY_WORDS.contains(word)) {
                return false;
            }
        }
        return catalog.providersNamedBy(words).isEmpty();
    }

    /**
     * Whether a bare unspecified address ({@code 0.0.0.0:3000}, {@code ::}) stands where a public URL's host belongs:
     * a public key that says {@code url} or {@code uri} ({@code URL_HOST}, Peatio's host of the links it builds;
     * {@code APP_URL=0.0.0.0:3000}). Nobody can be sent there. A bare {@code 0.0.0.0} under other keys, and under
     * public host keys without a URL word ({@code PUBLIC_HOST}, which may be a listener's bind address), stays a bind
     * address.
     */
    private static boolean unspecifiedAsPublicUrl(Endpoint endpoint, List<String> words,
            EnumSet<KeyClass> classes) {
        return classes.contains(KeyClass.PUBLIC) && !classes.contains(KeyClass.INTERNAL)
                && (words.contains("url") || words.contains("uri")) && Ip.isUnspecified(endpoint.host());
    }

    /** Words between a product's name and {@code url} that keep the URL the product's own address. */
    private static final Set<String> OWN_URL_WORDS = Set.of("frontend", "public", "base", "site", "external", "root",
            "web", "app");
    private static final int SHORTEST_PRODUCT_WORD = 4;

    /**
     * Whether a key is a product's own address and the host carries that product's name
     * ({@code REMARK_URL=https://demo.remark42.com}, {@code KEYCLOAK_FRONTEND_URL=https://keycloak-demo01.…}): the
     * service's deployment, whose {@code demo} names which deployment it is, as under {@code APP_URL}. The key is the
     * product's word, optional own-address words and {@code url}; the host has a label starting with the product's
     * word. A catalog provider's key ({@code PAYPAL_URL=https://demo.paypal.com}) is a third party's demo, still
     * reported.
     */
    static boolean namesProductsOwnUrl(List<String> words, String host, ProviderCatalog catalog) {
        int size = words.size();
        if (size < 2 || size > 3 || !words.get(size - 1).equals("url") || size == 3
                && !OWN_URL_WORDS.contains(words.get(1))) {
            return false;
        }
        String product = words.get(0);
        if (product.length() < SHORTEST_PRODUCT_WORD || !catalog.providersNamedBy(words).isEmpty()) {
            return false;
        }
        for (int start = 0; start < host.length(); ) {
            if (host.startsWith(product, start)) {
                return true;
            }
            int dot = host.indexOf('.', start);
            start = dot < 0 ? host.length() : dot + 1;
        }
        return false;
    }

    /** Keys that hold the scheme of a URL assembled from parts ({@code PROTO=https} beside {@code HOST}). */
    private static final List<String> SCHEME_KEYS = List.of("PROTO", "PROTOCOL", "SCHEME");

    /**
     * Whether the settings hold a web scheme as a part of their own ({@code PROTO='http'}): then {@code HOST} beside
     * it is the host of the URL the application assembles from {@code PROTO://HOST:PORT} for links and redirects, the
     * public address, not a bind address (which needs no scheme).
     */
    private static boolean webSchemeBeside(ReferencedValues references) {
        for (String key : SCHEME_KEYS) {
            String scheme = references.setting(key).map(Setting::value).orElse("").strip();
            if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
                return true;
            }
        }
        return false;
    }

    private static boolean paymentProvider(List<Provider> providers) {
        for (Provider provider : providers) {
            if (provider.handlesPayments()) {
                return true;
            }
        }
        return false;
    }

    /** CORS and WebSocket origin lists: the pages whose scripts may call the service from a browser. */
    private static boolean namesBrowserOrigins(List<String> words) {
        return words.contains("origin") || words.contains("origins") || words.contains("cors");
    }

    /**
     * A browser origin on the local machine in production's origin list ({@code CORS_ORIGINS=http://localhost:3000}):
     * the list is an allow-list, not a destination, so only a loopback origin is a finding, a leftover from
     * development that lets any page served on a user's machine call the service. A NO-GO in a file whose name says
     * it is production's ({@code application-prod.properties}, {@code .env.production}): no development profile
     * shares that list.
     */
    private static boolean localOrigin(ReferencedValues references, EndpointReadings readings, Setting setting,
            String value, EndpointJudge judge, List<Finding> findings) {
        List<Endpoint> endpoints = readings.all(value, false);
        for (Endpoint endpoint : endpoints) {
            if (judge.judge(endpoint).kind() == EndpointJudge.Kind.LOOPBACK
                    && !AppWebViews.isAppOrigin(endpoints, endpoint)) {
                // the file the list is written in: a key of application.yml that references ${ALLOWED_ORIGINS}
                // is judged by the file that sets ALLOWED_ORIGINS (forty-fourth pass: a production manifest's
                // ConfigMap was NO-GO on ALLOWED_ORIGINS and WARN on the key referencing it, two findings)
                String productionFile = EnvironmentFiles.production(
                        references.definingSetting(setting, value).orElse(setting));
                findings.add(onlyDevelopmentOrigins(value, endpoints, judge)
                        ? SandboxFindings.onlyLocalOrigins(setting, endpoint.host())
                        : productionFile != null
                        ? SandboxFindings.localOriginInProductionFile(setting, endpoint.host(), productionFile)
                        : SandboxFindings.localOrigin(setting, endpoint.host()));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an origin list admits nothing but development servers on the local machine
     * ({@code CORS_ORIGINS=http://localhost:5173,http://127.0.0.1:5173}, {@code CLIENT_ORIGIN=http://localhost:3000}):
     * every item is a web origin on loopback, and at least one names a port, as development servers do. Production's
     * own pages are then refused, so the list is the template's. A list with anything else in it (a production site,
     * a reference, {@code *}) is the team's choice, and so is a packaged app's web view: Capacitor, Ionic and Tauri
     * pages call from {@code capacitor://localhost}, {@code tauri://localhost} or a port-less {@code http://localhost},
     * which production APIs of mobile and desktop apps do admit.
     */
    private static boolean onlyDevelopmentOrigins(String value, List<Endpoint> endpoints, EndpointJudge judge) {
        int items = 0;
        for (int i = 0, start = 0, length = value.length(); i <= length; i++) {
            char c = i < length ? value.charAt(i) : ',';
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
                items += i > start ? 1 : 0;
                start = i + 1;
            }
        }
        if (items == 0 || items != endpoints.size()) {
            return false;
        }
        boolean port = false;
        for (Endpoint endpoint : endpoints) {
            String scheme = endpoint.scheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || judge.judge(endpoint).kind() != EndpointJudge.Kind.LOOPBACK) {
                return false;
            }
            port |= endpoint.port() > 0;
        }
        return port;
    }

    /**
     * A reserved or template name in an allow-list ({@code CORS_ORIGINS=https://your-domain.com},
     * {@code Cors__AllowedOrigins__0=https://example.com}, {@code ALLOWED_HOSTS=your-domain.com}): the list was copied
     * from a template and never filled in, so the production site's own pages or host name are refused. Only
     * {@link EndpointJudge.Kind#RESERVED} names are read: other names in an allow-list ({@code localhost} for health
     * checks, a staging host also admitted) are the team's choice. Host allow-lists are read with bare names.
     */
    private static void templateInAllowList(EndpointReadings readings, Setting setting, String value,
            boolean bareHosts, EndpointJudge judge, List<Finding> findings) {
        if (value.length() < 4) {
            return;
        }
        for (Endpoint endpoint : readings.all(value, bareHosts)) {
            EndpointJudge.Verdict verdict = judge.judge(endpoint);
            if (verdict.kind() == EndpointJudge.Kind.RESERVED) {
                findings.add(SandboxFindings.templateAllowed(setting, endpoint.host(), verdict.detail()));
                return;
            }
        }
    }

    /**
     * What a key names that runs only on its provider's hosts: a payment provider of the catalog
     * ({@code COINBASE_API_URL}) or a cloud service that has no self-hosted edition ({@code DYNAMODB_ENDPOINT}). On
     * loopback such a key points at a mock or an emulator, never a sidecar.
     */
    private static @Nullable String hostedElsewhereOnly(List<String> words, ProviderCatalog catalog) {
        for (int i = 0; i < words.size(); i++) {
            String service = CLOUD_ONLY_SERVICES.get(words.get(i));
            if (service != null) {
                return service;
            }
            if (words.get(i).equals("cosmos") && i + 1 < words.size() && COSMOS_CLIENT_WORDS.contains(words.get(i + 1))) {
                return "Azure Cosmos DB";
            }
        }
        for (Provider provider : catalog.providersNamedBy(words)) {
            if (provider.handlesPayments()) {
                return provider.name() + "'s API";
            }
        }
        return null;
    }

    /**
     * Whether a loopback endpoint, or the developer's machine by a container runtime's name
     * ({@code host.docker.internal}), is left unreported: under a sidecar's or the service's own key
     * ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code INTERNAL_API_URL}), when the service calls itself on its own port,
     * on a port of a service-mesh sidecar the configuration declares ({@link MeshSidecars}), or in a section switched
     * off beside it ({@link FeatureSwitches#sectionSwitchedOff(Settings, String)}).
     */
    private static boolean localUseAllowed(ReferencedValues references, EndpointReadings readings, Setting setting,
            EnumSet<KeyClass> classes, EndpointJudge.Verdict worst, Endpoint endpoint) {
        if (worst.kind() != EndpointJudge.Kind.LOOPBACK && !Hosts.isContainerHost(endpoint.host())) {
            return false;
        }
        if (DevelopmentOnlyKeys.marked(setting.key())
                || DevelopmentVariantKeys.besideProductionVariant(references.settings(), setting.key())) {
            return true;
        }
        SandboxFindings.LoopbackUse use = loopbackUse(classes);
        return use == SandboxFindings.LoopbackUse.SIDECAR_OR_SELF
                || use == SandboxFindings.LoopbackUse.OTHER
                        && (FeatureSwitches.sectionSwitchedOff(references.settings(), setting.key())
                                || EnvironmentSections.inOtherEnvironment(references.settings(), setting))
                || (use == SandboxFindings.LoopbackUse.OTHER || identityOnly(classes, setting))
                        && SelfCalls.callsItself(references, setting, endpoint) && !opened(setting, endpoint)
                || use == SandboxFindings.LoopbackUse.OTHER && worst.kind() == EndpointJudge.Kind.LOOPBACK
                        && endpoint.port() > 0 && !identityOnly(classes, setting)
                        && (readings.meshSidecarsDeclared(references.settings())
                                || SelfCalls.atDeclaredPort(references.settings(), setting, endpoint)
                                        && !opened(setting, endpoint));
    }

    /**
     * Whether a loopback URL's key names an address people open ({@link OpenedAddresses}: Airflow's
     * {@code webserver.base_url}, Evolution API's {@code SERVER_URL}): on the service's own port
     * ({@code webserver.web_server_port}, {@code SERVER_PORT}) that is the service's public address written as the
     * developer's machine, not the service calling itself, so the own port does not excuse it. A health probe's key
     * names no opened address and stays a self-call.
     */
    private static boolean opened(Setting setting, Endpoint endpoint) {
        return OpenedAddresses.named(KeyWords.of(setting.key()), endpoint.host());
    }

    /**
     * Whether a key is public only because it names an identity provider's endpoint
     * ({@code oauth2.auth-server-url}, {@code oidc.issuer-uri} is public by its own word): on the service's own port
     * the service is its own authorization server, as an embedded one is, and calls itself.
     */
    private static boolean identityOnly(EnumSet<KeyClass> classes, Setting setting) {
        if (!classes.contains(KeyClass.IDENTITY)) {
            return false;
        }
        for (String word : KeyWords.of(setting.key())) {
            if (KeyClass.PUBLIC.words().contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The provider that documents the value for tests only; a value that is one repeated character after an optional
     * {@code 0x} (hCaptcha's zero secret, which is also the zero address of a blockchain), or a short number (PayFast's
     * sandbox merchant id {@code 10000100}, which any other setting may hold as a count), counts only under a key that
     * names that provider.
     */
    private static @Nullable Provider documentedTestValue(Setting setting, String value, ProviderCatalog catalog) {
        Provider documented = catalog.testValue(value);
        if (documented == null) {
            return null;
        }
        String body = value.startsWith("0x") ? value.substring(2) : value;
        boolean shortNumber = value.length() <= 10 && value.chars().allMatch(c -> c >= '0' && c <= '9');
        if (body.chars().distinct().count() > 1 && !shortNumber) {
            return documented;
        }
        return catalog.providersNamedBy(KeyWords.of(setting.key())).contains(documented) ? documented : null;
    }

    /**
     * Whether the key's last word is {@code audience}: a token's audience is an identifier the issuer and the API
     * compare as text, never fetched ({@code AUTH0_AUDIENCE=http://localhost:5000}, an Auth0 API identifier that cannot
     * be changed once created), so a loopback name there sends nobody anywhere. A template or reserved domain there
     * is still template text.
     */
    private static boolean namesAudience(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return last.equals("audience") || last.equals("audiences");
    }

    /**
     * The cheap first test of a bare host under an address key before {@link TemplateHostValues} reads it: the words
     * the templates measured there spell ({@code your-app-domain.com}, {@code yourdomain.com}, {@code your.domain.com},
     * {@code app.example.com}). Every address key's bare value passes here, so the parse waits for one of them.
     */
    private static boolean namesTemplateWord(String value) {
        return value.indexOf("your") >= 0 || value.indexOf("example") >= 0 || value.indexOf("domain") >= 0;
    }

    /**
     * Whether the key names the prefix of credentials rather than one ({@code API_KEY_PREFIX_TEST=yk_test_}, the
     * prefix a service gives the keys it issues in its test mode): its value is the prefix alone, no credential.
     */
    private static boolean namesPrefix(List<String> words) {
        return words.contains("prefix") || words.contains("prefixes");
    }

    /**
     * A template domain written as the whole value ({@link TemplateHostValues}): under a key that names no address,
     * and under an address key whose bare host no other rule read ({@code APP_HOST=your-app-domain.com}; forty-eighth
     * pass).
     */
    private static void templateHost(Setting setting, SandboxKey key, String value, EndpointJudge judge,
            List<Finding> findings) {
        Finding templateHost = TemplateHostValues.judge(setting, key.words, value, judge);
        if (templateHost != null) {
            findings.add(templateHost);
        }
    }

    /** A mail catcher or reserved domain under a mail-server or domain key, see {@link BareHostKeys}. */
    private static void bareHost(ReferencedValues references, Setting setting, String value, EndpointJudge judge,
            List<Finding> findings) {
        Finding finding = BareHostKeys.judge(setting, value, judge);
        if (finding != null) {
            addOnDefiningKey(findings, references, setting, value.toLowerCase(Locale.ROOT), finding);
        }
    }

    /**
     * A key's classes with {@link KeyClass#PUBLIC} added: an own-address key ({@code host}, {@code SERVER_HOST})
     * holding a web URL (a bind address is never written with a scheme, so {@code host=http://localhost} is the
     * address users are sent to), or a notification key naming a payment provider. A copy: the memo's sets are shared.
     */
    private static EnumSet<KeyClass> withPublic(EnumSet<KeyClass> classes) {
        EnumSet<KeyClass> copy = EnumSet.copyOf(classes);
        copy.add(KeyClass.PUBLIC);
        return copy;
    }

    /**
     * The finding on the key whose own value holds the host, when the setting only references it; and on the setting
     * too when that key only defaults itself ({@code OR_HOSTNAME=${OR_HOSTNAME:-localhost}} beside
     * {@code KEYCLOAK_FRONTEND_URL=https://${OR_HOSTNAME:-localhost}/auth}): Compose's idiom for "from the outer
     * environment, else this default", where every value that repeats the reference carries the default itself.
     */
    private static void addOnDefiningKey(List<Finding> findings, ReferencedValues references, Setting setting,
            String host, Finding finding) {
        Setting defining = references.definingSetting(setting, host).orElse(null);
        if (defining == null) {
            findings.add(finding);
            return;
        }
        findings.add(Finding.of(finding.severity(), finding.code(), defining)
                .message(finding.message() + " The host comes from " + defining.key() + ", which "
                        + setting.key() + " references; fix it there.")
                .remediation(finding.remediation())
                .build());
        if (defining.origin().description().contains(SELF_DEFAULT + defining.key() + "}")) {
            findings.add(finding);
        }
    }

    /** How a resolved value's origin names the default of a reference ({@code via the default of ${NAME}}). */
    private static final String SELF_DEFAULT = "via the default of ${";

    /**
     * A bare single-label value of an endpoint key is read as a host only when it names a development mail catcher
     * ({@code SMTP_HOST=mailpit}) or is template text ({@code BASE_URL=replace-me}, {@code STATSD_URL=<statsd_url>}):
     * other single words
     * ({@code redis}, {@code payments}) might be anything.
     */
    private static @Nullable Endpoint serviceName(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (HostNames.bracketedTemplate(lower) || lower.length() <= 63 && Hosts.isTemplateName(lower)) {
            return new Endpoint(null, lower, -1, "");
        }
        // An underscore is no host's, but template words may carry one (replace_me): only the template reading sees it.
        if (lower.length() > 63 || !lower.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_')) {
            return null;
        }
        return lower.indexOf('_') < 0 && ModeWords.namesMailCatcher(lower) || HostNames.templateLabel(lower)
                ? new Endpoint(null, lower, -1, "") : null;
    }

    /**
     * A host under the reserved {@code .localhost} top-level domain (RFC 6761) written as a segment of a relative path
     * ({@code START_ROOM_URL=/_/global/maps.acme.localhost/floor0.json}), as proxies and asset routes take their
     * upstream host: whoever follows it reaches their own machine. Only a name ending in {@code .localhost} is read
     * from a path; other dotted segments ({@code /_/global/maps.acme.com/…}, {@code /files/report.pdf}) are not hosts.
     */
    private static final String LOCALHOST_SUFFIX = ".localhost";
    /** The name reading of a demonstration deployment, see {@link KeyClass#namesOwnAddress(List)}. */
    private static final String DEMO = "demo";

    private static @Nullable Endpoint localhostInPath(String value) {
        String path = value.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > Endpoint.MAX_LENGTH) {
            return null;
        }
        int start = 1;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            int segmentEnd = end < 0 ? path.length() : end;
            if (segmentEnd - start > LOCALHOST_SUFFIX.length()
                    && path.regionMatches(true, segmentEnd - LOCALHOST_SUFFIX.length(), LOCALHOST_SUFFIX, 0,
                            LOCALHOST_SUFFIX.length())) {
                String segment = path.substring(start, segmentEnd).toLowerCase(Locale.ROOT);
                Endpoint endpoint = Endpoint.parse(segment, true).orElse(null);
                if (endpoint != null && endpoint.host().endsWith(".localhost")) {
                    return new Endpoint(null, endpoint.host(), -1, end < 0 ? "" : path.substring(end));
                }
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return null;
    }

    private static SandboxFindings.LoopbackUse loopbackUse(EnumSet<KeyClass> classes) {
        if (classes.contains(KeyClass.INTERNAL)) {
            return SandboxFindings.LoopbackUse.SIDECAR_OR_SELF;
        }
        if (classes.contains(KeyClass.PUBLIC)) {
            return SandboxFindings.LoopbackUse.PUBLIC;
        }
        return classes.contains(KeyClass.SIDECAR) ? SandboxFindings.LoopbackUse.SIDECAR_OR_SELF
                : SandboxFindings.LoopbackUse.OTHER;
    }

    /**
     * A bare host in a key that does not name an endpoint ({@code PAYPAL_GATEWAY=api.sandbox.paypal.com}) is judged
     * against the catalog's sandbox hosts and test paths only: the name rule would misread class and package names
     * ({@code com.test.Main}) and file names there.
     */
    private static void catalogHostOnly(EndpointReadings readings, Setting setting, String value, EndpointJudge judge, ProviderSignals signals,
            List<Finding> findings) {
        Endpoint endpoint = readings.one(mailDomain(value)).orElse(null);
        if (endpoint == null) {
            return;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        Provider provider = verdict.provider();
        if (provider != null && (verdict.kind() == EndpointJudge.Kind.PROVIDER_TEST_HOST
                || verdict.kind() == EndpointJudge.Kind.PROVIDER_TEST_PATH)) {
            signals.add(provider, setting, true, "a sandbox endpoint");
            Finding finding = SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict);
            if (finding != null) {
                findings.add(finding);
            }
        }
    }

    /**
     * The domain of an e-mail address ({@code postmaster@sandbox0123abcd.mailgun.org} → its domain), as a login or
     * sender holds it: a provider's sandbox domain there is that provider's sandbox, which delivers only to
     * recipients authorised in advance. Any other value is returned as it is.
     */
    static String mailDomain(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.indexOf(':') >= 0
                || value.indexOf('/') >= 0 || value.indexOf(' ') >= 0) {
            return value;
        }
        return value.substring(at + 1);
    }

    private static int rank(EndpointJudge.Kind kind) {
        return switch (kind) {
            case PROVIDER_TEST_HOST, PROVIDER_TEST_PATH -> 4;
            case SANDBOX_NAME, TEST_NETWORK, MAIL_CATCHER, EMULATOR -> 3;
            case RESERVED -> 2;
            case LOOPBACK, LOCAL_NAME -> 1;
            default -> 0;
        };
    }

    private static Set<String> canonical(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String key : keys) {
            canonical.add(key.endsWith("*") ? RelaxedNames.canonical(key.substring(0, key.length() - 1)) + "*"
                    : RelaxedNames.canonical(key));
        }
        return canonical;
    }

    private static boolean excluded(String canonicalKey, List<String> excludeKeys) {
        for (String exclude : excludeKeys) {
            if (exclude.endsWith("*") ? canonicalKey.startsWith(exclude.substring(0, exclude.length() - 1))
                    : canonicalKey.equals(exclude)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap test, without splitting the key, for whether it may name an endpoint ({@code url}, {@code uri},
     * {@code endpoint}, {@code host} anywhere, in any case); its words decide later.
     */
    static boolean namesEndpoint(String key) {
        int length = key.length();
        for (int i = 0; i < length; i++) {
            char c = (char) (key.charAt(i) | 0x20);
            if (c == 'u' && i + 2 < length) {
                char second = (char) (key.charAt(i + 1) | 0x20);
                char third = (char) (key.charAt(i + 2) | 0x20);
                if (second == 'r' && (third == 'l' || third == 'i')) {
                    return true;
                }
            } else if (c == 'h' && i + 3 < length && AsciiCase.regionIs(key, i + 1, "ost")) {
                return true;
            } else if (c == 'e' && i + 7 < length && AsciiCase.regionIs(key, i + 1, "ndpoint")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SandboxGate[" + catalog + "]";
    }
}

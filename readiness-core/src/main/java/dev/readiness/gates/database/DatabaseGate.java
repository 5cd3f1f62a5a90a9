package dev.readiness.gates.database;

import static dev.readiness.gates.database.JudgedUrl.printable;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.BootSuperseded;
import dev.readiness.gates.internal.CiTestJobs;
import dev.readiness.gates.internal.DerivedDataSources;
import dev.readiness.gates.internal.CommandSubstitutions;
import dev.readiness.gates.internal.DatabaseSections;
import dev.readiness.gates.internal.EmbeddedEngines;
import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.KubernetesReferences;
import dev.readiness.gates.internal.MavenResourceTokens;
import dev.readiness.gates.internal.ReplaceTokens;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.gates.internal.ValueShape;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code database} gate: judges every database URL among the settings for the stage.
 *
 * <p><b>What it reads.</b> Keys that name a database URL ({@code spring.datasource.url}, {@code DATABASE_URL},
 * {@code MASTER_DATABASE_URL}, {@code DB_URL}, {@code JDBC_URL}, {@code spring.r2dbc.url},
 * {@code spring.data.mongodb.uri}, {@code spring.data.redis.url}, {@code REDIS_URL}, {@code MONGODB_URI},
 * {@code ConnectionStrings__Default}, …), any value that is a {@code jdbc:} URL, a URI with a database scheme or a
 * libpq/ADO.NET connection string, and host keys such as {@code DB_HOST} and {@code REDIS_HOST} (template and
 * loopback checks only). Companion keys next to a URL key ({@code spring.datasource.username}/{@code .password},
 * {@code DATABASE_PASSWORD}, {@code REDIS_PASSWORD}, {@code spring.data.redis.ssl.enabled}, {@code …sslmode}) are
 * taken into account. Database settings written apart from a URL are judged too: a password with its sibling user
 * ({@code spring.datasource.username=sa} and a blank password), a TLS switch turned off ({@code DB_SSLMODE=disable})
 * and an engine switch that picks an embedded database ({@code DB_TYPE=sqlite}); broker, cache and mail URLs
 * ({@code amqp://}, {@code smtp://}) are judged for their credentials only. {@code readiness.database.extra-keys}
 * adds keys, {@code readiness.database.exclude-keys} removes keys (comma-separated, relaxed names).
 *
 * <p><b>URL readings are shared.</b> A value is parsed ({@link DatabaseUrl#parse}) once per settings snapshot,
 * through {@code ParsedUrls}, whose parses are kept beside the snapshot ({@code SnapshotMemo}); what is read of a parsed
 * URL alone (its hosts' kinds, its template host, whether its database name reads as a test or template name) is read
 * lazily, once, on the {@link DatabaseUrl}. A new rule that needs a URL's hosts, port, user or parameters asks
 * {@code urls.parse(value)}, and a costly fact of the URL alone belongs on {@link DatabaseUrl} beside those; facts
 * that depend on the key or on other settings ({@link JudgedUrl}'s companions) stay per setting.
 *
 * <p><b>What it says.</b> See {@code docs/reference/database.md} for every finding code with its severity per
 * stage. Findings name the key, its origin, the vendor, hosts, ports and database name; never the password, the
 * user info or the user name. Immutable and thread-safe.
 */
public final class DatabaseGate implements Gate {

    /** The gate id. */
    public static final String ID = "database";

    /** Extra keys to judge as database URLs, comma-separated. */
    public static final String EXTRA_KEYS_PROPERTY = "readiness.database.extra-keys";

    /** Keys never to judge, comma-separated. */
    public static final String EXCLUDE_KEYS_PROPERTY = "readiness.database.exclude-keys";

    private static final Set<String> TEST_NAMES = Set.of(
            "test", "tests", "testing", "testdb", "tst", "dev", "devel", "develop", "development", "devdb",
            "localdb", "localdev", "e2e", "unittest", "integrationtest");

    private static final Set<Vendor> TLS_VENDORS = Set.of(
            Vendor.POSTGRESQL, Vendor.MYSQL, Vendor.MARIADB, Vendor.SQLSERVER, Vendor.MONGODB, Vendor.DB2);

    private final Set<String> extraKeys;
    private final Set<String> excludeKeys;

    /**
     * A gate that reads its configuration from {@code readiness.database.*} settings only.
     */
    public DatabaseGate() {
        this(List.of(), List.of());
    }

    /**
     * A gate with keys given in code, in addition to {@code readiness.database.extra-keys} and
     * {@code readiness.database.exclude-keys}.
     *
     * @param extraKeys keys to judge as database URLs, in any spelling
     * @param excludeKeys keys never to judge, in any spelling
     */
    public DatabaseGate(Collection<String> extraKeys, Collection<String> excludeKeys) {
        this.extraKeys = canonicalSet(extraKeys);
        this.excludeKeys = canonicalSet(excludeKeys);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Database URLs are production databases: not embedded or test, no default credentials, TLS on";
    }

    @Override
    public Outcome check(GateContext context) {
        Settings settings = context.settings();
        Set<String> extra = union(extraKeys, canonicalSet(settings.list(EXTRA_KEYS_PROPERTY)));
        Set<String> exclude = union(excludeKeys, canonicalSet(settings.list(EXCLUDE_KEYS_PROPERTY)));
        List<Finding> findings = new Findings();
        boolean lists = !extra.isEmpty() || !exclude.isEmpty();
        ReferencedValues references = ReferencedValues.in(settings);
        ParsedUrls urls = new ParsedUrls(SnapshotMemo.of(settings));
        EngineSections sections = new EngineSections(DatabaseSections.of(settings));
        ConnectionSections connections = new ConnectionSections(settings);
        Set<String> superseded = BootSuperseded.of(settings);
        SnapshotKeys keys = SnapshotKeys.of(settings);
        int position = -1;
        for (Setting written : settings) {
            position++;
            if (!superseded.isEmpty() && superseded.contains(written.canonicalKey())
                    || CiTestJobs.inTestJob(settings, written.key())) {
                continue;
            }
            Setting setting = ShellDefaults.read(written);
            if (setting.isDeferred()) {
                DatabaseKeys.Candidate deferred = DatabaseKeys.classify(setting);
                if (deferred == DatabaseKeys.Candidate.URL_KEY || deferred == DatabaseKeys.Candidate.URL_VALUE) {
                    findings.addAll(SettingRules.deferredUrlTls(setting, context.stage()));
                    findings.addAll(SettingRules.deferredEmbedded(setting, context.stage()));
                    findings.addAll(deferredLoopback(setting, context.stage(), settings, urls));
                    findings.addAll(injectedCredentials(setting, context.stage(), settings, references, urls));
                } else if (deferred == DatabaseKeys.Candidate.PASSWORD_KEY) {
                    findings.addAll(SettingRules.emptyDefaultPassword(setting, context.stage(), settings));
                }
                continue;
            }
            if (setting.isPolicy()) {
                continue;
            }
            String raw = setting.value();
            if (!raw.isEmpty() && raw.charAt(0) == '$' && setting.origin().file().isPresent() && !setting.isLiteral()
                    && References.isEnvironmentVariable(raw.strip())) {
                continue; // ktor.database.url=$JDBC_URL: filled in from the environment, as ${JDBC_URL} is
            }
            DatabaseKeys.Candidate candidate = null;
            if (lists) {
                String canonical = setting.canonicalKey();
                if (exclude.contains(canonical)) {
                    continue;
                }
                if (extra.contains(canonical)) {
                    candidate = DatabaseKeys.Candidate.URL_KEY;
                }
            }
            DatabaseKey key = DatabaseKey.of(keys, position, setting.key());
            if (candidate == null) {
                candidate = DatabaseKeys.classify(setting, key);
            }
            Stage stage = context.stage();
            if (candidate == DatabaseKeys.Candidate.NONE && setting.value().isBlank()
                    && (key.primaryUrl || SoleConnectionStrings.isSoleConnection(settings, setting))
                    || key.primaryUrl && SettingRules.onlyScheme(setting.value())) {
                findings.addAll(SettingRules.emptyPrimaryUrl(setting, stage, settings));
                continue;
            }
            Finding authOff = key.authSwitch ? AuthSwitches.judge(setting, stage) : null;
            if (authOff != null) {
                findings.add(authOff);
                continue;
            }
            switch (candidate) {
                case URL_KEY -> findings.addAll(judgeKeyed(setting, stage, settings, references, urls));
                case URL_VALUE -> findings.addAll(judge(setting, stage, settings, references, urls, true));
                case SERVICE_URL -> findings.addAll(judgeService(setting, stage, urls));
                case HOST_KEY -> {
                    if (DatabaseUrlParser.isSchemelessLogin(setting.value())) {
                        // Nakama's database.address=postgres:localdb@postgres:5432/nakama: a connection with its login
                        findings.addAll(judgeKeyed(setting, stage, settings, references, urls));
                    } else if (!EngineSections.nonProduction(KeyWords.of(setting.key()))) {
                        findings.addAll(judgeHost(setting, stage, settings, urls, false, references));
                    }
                }
                case PASSWORD_KEY -> {
                    if (!aliasOfPassword(references, setting)
                            && !blankAliasReported(references, setting, stage, settings)) {
                        List<Finding> pair = SettingRules.passwordPair(setting, stage, settings);
                        findings.addAll(pair.isEmpty() && setting.value().isBlank()
                                ? SettingRules.emptyDefaultPassword(setting, stage, settings) : pair);
                    }
                    findings.addAll(SettingRules.templateSiblings(setting, stage, settings));
                }
                case TLS_SWITCH -> findings.addAll(SettingRules.tlsSwitch(setting, stage, settings));
                case ENGINE_SWITCH -> {
                    List<String> words = KeyWords.of(setting.key());
                    boolean judgedByUrl = DatabaseKeys.namesDriver(words) ? urlBeside(settings, urls)
                            : namesPlatform(words) && DatabaseKeys.namesEmbeddedEngine(setting.value())
                                    && serverUrlsBeside(settings, urls);
                    if (!judgedByUrl && !(StoreChoices.isMemory(setting.value())
                            && StoreChoices.boundedBuffer(settings, setting))) {
                        List<Finding> engine = SettingRules.engineSwitch(setting, stage);
                        findings.addAll(engine);
                        if (!engine.isEmpty()) {
                            findings.addAll(SettingRules.dataSourceOfDriver(setting, settings, engine.get(0)));
                        }
                    }
                }
                case EMBEDDED_SWITCH -> findings.addAll(EmbeddedModes.judge(setting, stage,
                        KeyWords.of(setting.key())));
                case NONE -> unclassified(setting, key, stage, settings, sections, connections, urls, references,
                        findings);
            }
        }
        List<Finding> once = ReferencedValues.once(references.onDefiningKeys(findings));
        return Outcome.of(once.isEmpty() ? once
                : SqliteFirstProducts.ownStores(DerivedDataSources.once(once, settings), settings));
    }

    /**
     * A setting no key or value shape classified: a TLS or certificate switch, or a host, of a section its siblings
     * make a connection; a connection's settings joined in one value; a database section's member; a database name.
     * Kept out of {@link #check} so that its loop stays small enough for the JIT to compile whole.
     */
    private static void unclassified(Setting setting, DatabaseKey key, Stage stage, Settings settings,
            EngineSections sections, ConnectionSections connections, ParsedUrls urls, ReferencedValues references,
            List<Finding> findings) {
        // each rule's own first test of the value made here as well: a port or a switch word loads none of them
        String value = setting.value();
        if (DatabaseKeys.choosesSectionEmbeddedEngine(setting, settings, key.sectionSwitchCut)) {
            findings.addAll(SettingRules.engineSwitch(setting, stage));
            return;
        }
        Finding own = value.strip().equalsIgnoreCase(RootLogins.ROOT) ? RootLogins.judge(setting, stage, settings)
                : null;
        own = own != null || value.indexOf('.') < 0 ? own : EmbeddedFiles.judge(setting, stage, settings);
        own = own != null || value.indexOf(':') < 0 ? own : LocalProxies.templateInstance(setting, stage);
        own = own != null || value.indexOf('/') < 0 ? own : ServerExampleSources.judge(setting, stage);
        if (own != null) {
            findings.add(own);
            return;
        }
        if (key.tlsEnding && (connections.isConnection(DatabaseKeys.tlsSwitchSection(setting.canonicalKey()))
                || connections.isOptionsOfConnection(DatabaseKeys.tlsSwitchSection(setting.canonicalKey()))
                || ServerCharts.TLS_KEYS.contains(setting.canonicalKey()) && ServerCharts.besideServerImage(setting,
                        settings))) {
            findings.addAll(SettingRules.tlsSwitch(setting, stage, settings));
            return;
        }
        if (key.certificateSwitch != CertificateSwitches.Kind.NONE) {
            findings.addAll(CertificateSwitches.judge(setting, key.certificateSwitch, stage));
            return;
        }
        if (key.brokerUser) {
            findings.addAll(SettingRules.brokerGuest(setting, stage, settings));
            return;
        }
        if (key.socketEnding) {
            boolean section = sections.inProductionSection(setting);
            if (section || key.databaseSocket && !EngineSections.nonProduction(KeyWords.of(setting.key()))) {
                findings.addAll(judgeSocket(setting, stage, settings, section));
                return;
            }
        }
        if (key.joinedCandidate) {
            List<Finding> joined = JoinedSettings.judge(setting, stage);
            if (!joined.isEmpty()) {
                findings.addAll(joined);
                return;
            }
        }
        EngineSections.Member member = key.memberEnding ? sections.member(setting) : null;
        if (member == null && key.connectionHostEnding && connections.isConnectionHost(setting)) {
            member = EngineSections.Member.HOST;
        }
        if (member == EngineSections.Member.HOST) {
            findings.addAll(judgeHost(setting, stage, settings, urls, true, references));
            return;
        }
        List<Finding> production = key.productionName ? SettingRules.productionTestName(setting, stage) : List.of();
        List<Finding> named = AsciiCase.endsWith(setting.key(), SettingRules.DATABASE_ENDING)
                || AsciiCase.endsWith(setting.key(), SettingRules.NAME_ENDING)
                ? SettingRules.databaseName(setting, stage, settings, member == EngineSections.Member.NAME) : List.of();
        findings.addAll(production);
        findings.addAll(named);
        if (production.isEmpty() && named.isEmpty() && key.engineName) {
            findings.addAll(SettingRules.testDatabaseName(setting, stage, settings));
        }
    }

    /**
     * Judges one value as a database URL for a stage, without companion settings. Used by the
     * {@code @ProductionDatabaseUrl} constraint and handy in tests.
     *
     * @param setting the setting holding the URL
     * @param stage the stage to judge for
     * @return the findings, empty when fine
     */
    public List<Finding> judge(Setting setting, Stage stage) {
        if (isRunTimeReference(setting.value())) {
            return List.of();
        }
        return judge(setting, stage, Settings.empty(), ReferencedValues.in(Settings.empty()),
                new ParsedUrls(SnapshotMemo.unshared()), true);
    }

    /**
     * A key that names a database URL: web and storage URLs are another gate's business, a {@code ${NAME}} left for
     * the environment is judged where it is filled in, and a broker or mail URL is judged for its credentials only. A
     * value that does not parse is certainly broken when it has a database URL's shape or is template text
     * ({@code your_database_url}, {@code changeme}): no driver connects with either.
     */
    private static List<Finding> judgeKeyed(Setting setting, Stage stage, Settings settings,
            ReferencedValues references, ParsedUrls urls) {
        String value = setting.value();
        if (DatabaseKeys.isWebUrl(value) && stage == Stage.PRODUCTION && namesClickHouse(setting.key())) {
            return clickHouseLoopback(setting, settings, value.strip());
        }
        if (DatabaseKeys.isWebUrl(value) || isRunTimeReference(value)
                || DatabaseKeys.isCloudServiceConnectionString(value) || value.startsWith("@Microsoft.KeyVault(")) {
            return List.of();
        }
        if (DatabaseKeys.looksLikeServiceUrl(value)) {
            return judgeService(setting, stage, urls);
        }
        if (ConnectionStringNames.namesConnectionString(value.strip())) {
            return List.of(templateUrl(setting, stage, "the name of a connection string where the string goes: a"
                    + " template's label, never filled in, which no driver connects with."));
        }
        if (fillInInstruction(value)) {
            return List.of(templateUrl(setting, stage, "an instruction to fill it in where the URL goes: template"
                    + " text that was never replaced, which no driver connects with."));
        }
        if (bracketedWords(value)) {
            return List.of(templateUrl(setting, stage, "words in square brackets where the URL goes: a template's"
                    + " description of the value, never filled in, which no driver connects with."));
        }
        List<Finding> judged = judge(setting, stage, settings, references, urls,
                DatabaseKeys.looksLikeDatabaseValue(value) || Hosts.isTemplate(value.strip())
                        || dev.readiness.gates.settings.Placeholders.isUnresolved(value));
        if (judged.isEmpty() && spellsItsKey(setting.key(), value.strip())) {
            return List.of(templateUrl(setting, stage, "the name of its own setting where the URL goes: template text"
                    + " that was never filled in."));
        }
        return judged;
    }

    /** A {@code database.template-host} finding on a URL setting that holds {@code what} instead of a URL. */
    private static Finding templateUrl(Setting setting, Stage stage, String what) {
        boolean enforcing = stage == Stage.PRODUCTION || stage == Stage.STAGING;
        return Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-host", setting)
                .message(setting.key() + " holds " + what)
                .remediation("Set the real database URL in " + setting.key() + " at " + setting.origin() + ".")
                .build();
    }

    /** Whether a key names ClickHouse, whose HTTP interface ({@code http://host:8123}) is its database protocol. */
    private static boolean namesClickHouse(String key) {
        return AsciiCase.contains(key, "clickhouse") && KeyWords.of(key).contains("clickhouse");
    }

    /**
     * A ClickHouse URL over its HTTP interface ({@code CLICKHOUSE_URL=http://localhost:8123/events}): a database URL
     * although its scheme is the web's, so a loopback host is judged as any database's, with the same evidence for
     * NO-GO. Only the host is read: plain HTTP to a service of the deployment ({@code http://clickhouse:8123}) is the
     * common in-cluster set-up, and ClickHouse Cloud's {@code https://} endpoints are clean.
     */
    private static List<Finding> clickHouseLoopback(Setting setting, Settings settings, String url) {
        int start = url.indexOf("://") + 3;
        int at = url.lastIndexOf('@');
        int end = start;
        while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (at >= start && at < end) {
            start = at + 1;
            end = start;
            while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) {
                end++;
            }
        }
        String host = url.substring(start, Math.max(start, end));
        return Hosts.isLoopback(host) ? List.of(loopback(setting, settings, false, host, false)) : List.of();
    }

    /**
     * Whether a value is words in square brackets ({@code [Database connection]}, {@code [connection string]},
     * {@code [PROVIDED_BY_ATLAS]}): a template's description of what goes there, which no driver reads as a
     * connection string.
     */
    /**
     * Whether the value is an instruction in hyphenated, underscored or spaced words that starts by asking for the
     * value ({@code replace-with-database-url-containing-generated-secret}, {@code replace this with the URL},
     * {@code to-be-replaced}): the verb glued to the word that points at the gap
     * ({@link StandInWords#GLUED_INSTRUCTIONS}). Forty-sixth pass: only its underscored spelling was read as a
     * template host, and the hyphenated one passed as GO (an instruction in capitals and underscores,
     * {@code REPLACE_THIS_VALUE}, stays {@code database.unparseable}). A value with a colon, a slash or a dot is a URL
     * or a host and judged as one.
     */
    static boolean fillInInstruction(String value) {
        String v = value.strip();
        int length = v.length();
        if (length < 10 || length > 120 || !Character.isLetter(v.charAt(0)) || v.indexOf(':') >= 0
                || v.indexOf('/') >= 0 || v.indexOf('.') >= 0 || v.indexOf('@') >= 0
                || v.indexOf('-') < 0 && v.indexOf(' ') < 0) {
            return false;
        }
        StringBuilder glued = new StringBuilder(16);
        for (int i = 0; i < length && glued.length() < 16; i++) {
            char c = v.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                glued.append(Character.toLowerCase(c));
            }
        }
        String start = glued.toString();
        for (String instruction : StandInWords.GLUED_INSTRUCTIONS) {
            if (start.startsWith(instruction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracketedWords(String value) {
        String v = value.strip();
        if (v.length() < 5 || v.length() > 80 || v.charAt(0) != '[' || v.charAt(v.length() - 1) != ']'
                || v.indexOf(' ') < 0 && v.indexOf('_') < 0) {
            return false;
        }
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a database URL stands in the same settings: then a driver class naming H2, Derby or SQLite is that
     * URL's driver, and the URL, judged on its own, decides and carries the finding, once
     * ({@code jdbc:h2:tcp://db-host/orders} is a server's client; {@code jdbc:h2:mem:testdb} is reported on the URL
     * key). Only a driver with no URL to read is reported for the engine it names. Labelled rows: 5 driver rows beside
     * an embedded URL are PASS in 5 sets ("the URL is the labelled problem"), 3 rows of 2 sets flag both.
     */
    /** Whether a key's last word names the SQL platform or dialect a framework uses, not the connection itself. */
    private static boolean namesPlatform(List<String> words) {
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return last.equals("platform") || last.equals("dialect");
    }

    /**
     * Whether the configuration's database URLs all reach a server, none an embedded engine: a platform setting
     * ({@code spring.datasource.platform=hsqldb}) beside {@code jdbc:hsqldb:hsql://…} names the dialect of a server the
     * URL connects to, and the URL is judged for itself; beside {@code jdbc:h2:mem:…}, or with no URL, the platform
     * still says the engine runs embedded.
     */
    private static boolean serverUrlsBeside(Settings settings, ParsedUrls urls) {
        boolean server = false;
        for (Setting other : settings) {
            if (!other.isDeferred() && DatabaseKeys.looksLikeDatabaseValue(other.value())) {
                Optional<DatabaseUrl> url = urls.parse(other.value()).url();
                if (url.isPresent()) {
                    if (url.get().embedded()) {
                        return false;
                    }
                    server = true;
                }
            }
        }
        return server;
    }

    private static boolean urlBeside(Settings settings, ParsedUrls urls) {
        for (Setting other : settings) {
            if (!other.isDeferred() && DatabaseKeys.looksLikeDatabaseValue(other.value())
                    && urls.parse(other.value()).isValid()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value is a .NET composite format ({@code Server=tcp:{0},{1};Database={2};User Id={3};Password={4};})
     * that the service fills with {@code String.Format} from other settings: two or more numbered format items and no
     * other braces. It names no host, user or password of its own, so there is nothing to judge until it is filled.
     */
    static boolean isCompositeFormat(String value) {
        int items = 0;
        for (int i = value.indexOf('{'); i >= 0; i = value.indexOf('{', i + 1)) {
            int close = value.indexOf('}', i);
            if (close < 0 || !isFormatItem(value, i + 1, close)) {
                return false;
            }
            items++;
        }
        return items >= 2 && value.indexOf('}') >= 0;
    }

    /**
     * Whether the value is encrypted as a whole and decrypted before the service reads it: Jasypt's {@code ENC(…)},
     * Spring Cloud Config's {@code {cipher}…} and SOPS' {@code ENC[AES256_GCM,data:…,type:str]} (the GitOps way to
     * keep a production file's values in Git) or hiera-eyaml's {@code ENC[PKCS7,…]}. Its text is ciphertext (whose base64 padding {@code =} reads as libpq's
     * {@code key=value} form, which defaults to the local machine), so it names no host, user or password to judge;
     * the secrets gate judges where the decryption key is kept.
     */
    private static boolean isEncrypted(String value) {
        String v = value.strip();
        return v.length() > 5 && v.startsWith("ENC(") && v.endsWith(")") || v.startsWith("{cipher}")
                || ValueShape.isEncryptedBlock(v);
    }

    private static boolean isFormatItem(String value, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return end - start <= 2;
    }

    /**
     * Whether a value that does not parse is completed outside the file: a Kubernetes dependent variable
     * ({@code $(DB_HOST)}), a Maven filtering token ({@code @db.url@}), a release pipeline's token
     * ({@code Server=#{SqlServer}#;…}), an App Service Key Vault reference ({@code @Microsoft.KeyVault(…)}) or a
     * command substitution that reads the value at deploy time, or PHP's interpolation of a variable.
     */
    private static boolean filledOutsideTheFile(String value) {
        String v = value.strip();
        return KubernetesReferences.containsReference(v) || MavenResourceTokens.isWholeToken(v)
                || ReplaceTokens.containsToken(v) || ReplaceTokens.isWholeToken(v)
                || v.startsWith("@Microsoft.KeyVault(") && v.endsWith(")")
                || DeployTokens.isWholeToken(v) || readsCommandOutput(v) || interpolatesPhpVariable(v);
    }

    /**
     * Whether the value holds PHP's complex interpolation of a variable, {@code {$name…}}: a PHP settings file builds
     * the DSN from an array it loaded ({@code mysql://{$database_settings['username']}:…@{$database_settings['host']}
     * :{$database_settings['port']}/…}, CiviCRM's {@code civicrm.settings.php}), so the text is not what connects.
     */
    private static boolean interpolatesPhpVariable(String v) {
        int at = v.indexOf("{$");
        if (at < 0 || at + 2 >= v.length()) {
            return false;
        }
        char first = v.charAt(at + 2);
        return (Character.isLetter(first) || first == '_') && v.indexOf('}', at + 3) > 0;
    }

    /**
     * Whether the value is one shell command substitution that reads its text at deploy time rather than printing
     * text written here: Kamal's {@code .kamal/secrets} ({@code DATABASE_URL=$(echo "$SECRETS" | grep DATABASE_URL |
     * cut -d= -f2-)}, {@code $(cat .env.prod)}), which Kamal's dotenv reader evaluates. A substitution that echoes a
     * literal ({@code $(echo postgres://…)}) is no such value.
     */
    private static boolean readsCommandOutput(String v) {
        return CommandSubstitutions.isWhole(v) && CommandSubstitutions.printed(v) == null;
    }

    private static boolean isRunTimeReference(String value) {
        String v = value.strip();
        return v.startsWith("${") && v.endsWith("}") && v.indexOf('}') == v.length() - 1 && v.indexOf(':') < 0;
    }

    /**
     * Judges a URL; {@code sure} says whether the value itself has a database URL's shape, so that a value which
     * does not parse is certainly broken rather than perhaps not a database URL at all.
     */
    private static List<Finding> judge(Setting setting, Stage stage, Settings settings, ReferencedValues references,
            ParsedUrls urls, boolean sure) {
        if (isCompositeFormat(setting.value()) || isEncrypted(setting.value())) {
            return List.of();
        }
        ParseResult result = urls.parse(setting.value());
        if (!result.isValid()) {
            if (filledOutsideTheFile(setting.value()) && !setting.isLiteral()) {
                return List.of(); // completed by the build, the release or the container's start, as ${NAME} is
            }
            Finding fallback = SqliteFallbacks.judge(setting, stage); // os.environ.get('X') or 'sqlite:///' + …
            return List.of(fallback != null ? fallback : unparseable(setting, stage, result, sure));
        }
        if (DatabaseKeys.SERVICE_SCHEMES.contains(result.url().orElseThrow().scheme())) {
            List<Finding> service = judgeService(setting, stage, urls);
            Optional<Setting> template = service.isEmpty() ? Optional.empty()
                    : templatePasswordDefinedBy(references, setting, result.url().orElseThrow());
            return template.isEmpty() ? service : movedTo(template.get(), "password", setting, service);
        }
        JudgedUrl url = JudgedUrl.of(result.url().orElseThrow(), Companions.of(setting, settings));
        boolean production = stage == Stage.PRODUCTION;
        boolean enforcing = production || stage == Stage.STAGING;
        List<Finding> findings = new ArrayList<>();
        if (url.url().templateCredentials()) {
            findings.add(templateCredentials(setting, enforcing, url.what()));
        }
        Finding notJdbc = notDriverUrl(setting, enforcing, url, result.url().orElseThrow().scheme());
        if (notJdbc != null) {
            findings.add(notJdbc);
        }
        if (url.templateHost() != null && shellReference(url.templateHost())) {
            findings.add(Finding.warn("database.template-host", setting)
                    .message(setting.key() + " names host '" + printable(url.templateHost()) + "' for " + url.what()
                            + ", a shell-style reference: the loaders of TOML, shell and Compose files fill it in at"
                            + " run time, Spring and Java properties leave it as written and the connection fails.")
                    .remediation("Write the reference as ${NAME} if Spring reads " + setting.key() + ", or read the"
                            + " file with the format its loader uses.")
                    .build());
        } else if (url.templateHost() != null) {
            findings.add(Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-host", setting)
                    .message(setting.key() + " names host '" + printable(url.templateHost()) + "' for " + url.what()
                            + ", a template value that was never filled in.")
                    .remediation("Set the real database host in " + setting.key() + " at " + setting.origin() + ".")
                    .build());
        }
        if (url.server() && url.url().templateNamed()) {
            findings.add(Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-name", setting)
                    .message(setting.key() + " opens a database whose name spells what goes there ('"
                            + printable(url.url().database().orElse("")) + "'), a template value that was never filled"
                            + " in.")
                    .remediation("Set the real database name in " + setting.key() + " at " + setting.origin() + ".")
                    .build());
        }
        if (!enforcing) {
            return findings; // embedded and test databases are normal in development and test
        }
        placement(setting, stage, url, url.loopbackOnly() && (url.defaultCredentials()
                || SettingRules.defaultPairBeside(setting, settings, false, url.url().database().orElse(null),
                        !url.url().passwordPresent()) || passwordlessSuperuserOnLoopback(url, settings)),
                settings, findings);
        credentials(setting, production, url, findings);
        if (!url.defaultCredentials() && enforcing && AuthSwitches.superuserWithoutPassword(result.url().orElseThrow())
                && AuthSwitches.anyOff(settings)) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.default-credentials", setting)
                    .message(setting.key() + " connects to " + url.what() + " as a default superuser with no password,"
                            + " and another setting switches the server's password authentication off: nothing"
                            + " protects it.")
                    .remediation("Create a dedicated database user with a generated password, store it in a secret"
                            + " manager, and turn password authentication back on.")
                    .build());
        } else if (!url.defaultCredentials() && production && !url.loopbackOnly() && url.onOwnServers()
                && passwordlessSuperuser(url, settings)) {
            findings.add(Finding.noGo("database.default-credentials", setting)
                    .message(setting.key() + " connects to " + url.what() + " on a service of the same deployment as"
                            + " the image's default superuser with no password anywhere in this configuration: the"
                            + " server trusts the connection, or the password comes from elsewhere and the service"
                            + " still runs as the superuser, which owns every database of the server.")
                    .remediation("Create a dedicated database user with a generated password, store it in a secret"
                            + " manager, and reference it from " + setting.key() + ".")
                    .build());
        }
        if (production) {
            transport(setting, url, findings);
        }
        return onDefiningKey(references, setting, url, findings);
    }

    /**
     * Whether a password's whole value comes from another database password it references
     * ({@code meta.jdbc.password=${jdbc.password}}): that one is judged on its own, so a default pair is reported once,
     * where it is written.
     */
    private static boolean aliasOfPassword(ReferencedValues references, Setting setting) {
        String value = setting.value().trim();
        if (value.isEmpty()) {
            return false;
        }
        Optional<Setting> defining = references.definingSetting(setting, value);
        return defining.isPresent() && defining.get().value().trim().equals(value)
                && (DatabaseKeys.classify(defining.get()) == DatabaseKeys.Candidate.PASSWORD_KEY
                || namesPassword(defining.get()));
    }

    /**
     * Whether a setting another password references is a password by its own last word, though its key names no
     * database ({@code fineract.tenant.password}, which Fineract's {@code
     * spring.liquibase.parameters.fineract.tenant.password=${fineract.tenant.password}} hands to Liquibase): the
     * secrets gate judges the value there, where it is written, so the alias is not reported a second time
     * (thirty-seventh pass).
     */
    private static boolean namesPassword(Setting defining) {
        List<String> words = KeyWords.of(defining.key());
        return !words.isEmpty() && DatabaseKeys.PASSWORD_WORDS.contains(words.get(words.size() - 1));
    }

    /**
     * Whether a blank password's whole value comes from a blank database password it references, which reports the
     * default pair itself ({@code spring.datasource.password: ${DATABASE_PASSWORD}} with {@code DATABASE_USERNAME=sa}
     * and {@code DATABASE_PASSWORD=} in the deploy's environment): the pair is then reported once, on the variable,
     * where the fix is written. {@link #aliasOfPassword} finds a non-blank password by its text, which a blank one
     * has none of (session 32's newcomer: two {@code database.default-credentials} for one line of an env file). The
     * referencing key keeps its finding when the variable's own pair says nothing (its user is named otherwise).
     */
    private static boolean blankAliasReported(ReferencedValues references, Setting setting, Stage stage,
            Settings settings) {
        if (!setting.value().isBlank() || setting.isDeferred()) {
            return false;
        }
        for (Setting referenced : references.referenced(setting)) {
            if (referenced.value().isBlank() && !referenced.isDeferred()
                    && DatabaseKeys.classify(referenced) == DatabaseKeys.Candidate.PASSWORD_KEY
                    && !SettingRules.passwordPair(referenced, stage, settings).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The findings on the key that defines what they are about, which reports them too, so each is reported once:
     * every finding when the whole URL is another setting's ({@code DATABASE_URL_DIRECT="$DATABASE_URL"}), the
     * findings about the host (a template host, the local machine) when the URL only references the host
     * ({@code jdbc:postgresql://${DB_HOST}/app}), default credentials when the URL's password is a database
     * password setting it references ({@code postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres/app}). A
     * test or template database name the URL only references ({@code mongodb://db/${mongodb_db}}) is reported on both:
     * the URL opens that database, and the name's own key, judged alone, is only a WARN. A host or password the URL
     * takes through a Compose self-default it writes again ({@code ${POSTGRES_PASSWORD:-booking}} beside
     * {@code POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-booking}}) is reported on both keys: each line holds the default.
     */
    private static List<Finding> onDefiningKey(ReferencedValues references, Setting setting, JudgedUrl url,
            List<Finding> findings) {
        String whole = setting.value().trim();
        Optional<Setting> alias = findings.isEmpty() ? Optional.empty() : references.definingSetting(setting, whole);
        if (alias.isPresent() && alias.get().value().trim().equals(whole)) {
            return movedTo(alias.get(), "URL", setting, findings);
        }
        Optional<Setting> host = url.url().hosts().size() != 1 ? Optional.empty()
                : references.definingSetting(setting, url.url().hosts().get(0).host());
        Optional<Setting> password = findings.isEmpty() ? Optional.empty() : passwordDefinedBy(references, setting);
        Optional<Setting> name = findings.isEmpty() || url.url().database().isEmpty() ? Optional.empty()
                : references.definingSetting(setting, url.url().database().get());
        if (host.isEmpty() && password.isEmpty() && name.isEmpty()) {
            return findings;
        }
        List<Finding> moved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean aboutHost = finding.code().equals("database.loopback")
                    || finding.code().equals("database.template-host");
            boolean aboutCredentials = finding.code().equals("database.default-credentials")
                    || finding.code().equals("database.template-credentials") && password.isPresent()
                    && passwordIsTheTemplate(url.url(), password.get()) && onlyProblem(finding, findings);
            boolean aboutName = finding.code().equals("database.test-name")
                    || finding.code().equals("database.template-name");
            Optional<Setting> defining = aboutHost ? host : aboutCredentials ? password : Optional.empty();
            moved.add(defining.isPresent() ? movedTo(defining.get(), aboutHost ? "host" : "password", setting,
                    finding) : finding);
            if (defining.isPresent() && ReferencedValues.defaultsItself(defining.get())) {
                moved.add(finding); // the URL writes the Compose self-default again in its own line: both are fixed
            }
            if (aboutName && name.isPresent()) {
                moved.add(movedTo(name.get(), "database name", setting, finding));
            }
        }
        return moved;
    }

    /** The findings on the key that defines the part they are about, saying which key references it. */
    private static List<Finding> movedTo(Setting defining, String part, Setting referencing, List<Finding> findings) {
        List<Finding> moved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            moved.add(movedTo(defining, part, referencing, finding));
        }
        return moved;
    }

    private static Finding movedTo(Setting defining, String part, Setting referencing, Finding finding) {
        return Finding.of(finding.severity(), finding.code(), defining)
                .message(finding.message() + " The " + part + " comes from " + defining.key() + ", which "
                        + referencing.key() + " references; fix it there.")
                .remediation(finding.remediation())
                .build();
    }

    /**
     * The database password setting a URL's user info takes its password from
     * ({@code postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres/app}): its value, resolved, sits between the
     * user info's colon and its {@code @}.
     */
    private static Optional<Setting> passwordDefinedBy(ReferencedValues references, Setting setting) {
        String value = setting.value();
        for (Setting referenced : references.referenced(setting)) {
            String password = referenced.value().trim();
            if (!password.isEmpty() && !referenced.isDeferred()
                    && DatabaseKeys.classify(referenced) == DatabaseKeys.Candidate.PASSWORD_KEY
                    && value.contains(":" + password + "@")) {
                return Optional.of(referenced);
            }
        }
        return Optional.empty();
    }

    /**
     * The database password setting a URL with template credentials takes its password from, when the template is
     * that password and not the user ({@code postgresql://gpsadmin:${DB_PASSWORD}@postgres/app} beside
     * {@code DB_PASSWORD=YourSecure32CharPasswordHere}, {@code redis://:${REDIS_PASSWORD}@redis:6379/1} beside
     * {@code REDIS_PASSWORD=change-me}): the template is reported on that setting, where it is filled in, once.
     */
    private static Optional<Setting> templatePasswordDefinedBy(ReferencedValues references, Setting setting,
            DatabaseUrl url) {
        if (!url.templateCredentials()) {
            return Optional.empty();
        }
        return passwordDefinedBy(references, setting).filter(password -> passwordIsTheTemplate(url, password));
    }

    /**
     * Whether a finding is the only one of a URL worth a WARN: a URL with a problem of its own (a loopback host, TLS
     * switched off) keeps the template password it references beside it, so the connection is judged whole there.
     */
    private static boolean onlyProblem(Finding finding, List<Finding> findings) {
        for (Finding other : findings) {
            if (other != finding && other.severity() != Severity.INFO) {
                return false;
            }
        }
        return true;
    }

    /** Whether a URL's template credentials are its password's, which the given setting defines, not its user's. */
    private static boolean passwordIsTheTemplate(DatabaseUrl url, Setting password) {
        return !TemplateCredentials.isTemplateUser(url.user().orElse(null))
                && TemplateCredentials.isTemplate(password.value().strip());
    }

    /** A broker, cache or mail URL: only the credentials inside it are judged. */
    private static List<Finding> judgeService(Setting setting, Stage stage, ParsedUrls urls) {
        ParseResult result = urls.parse(setting.value());
        if (!result.isValid() || stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        DatabaseUrl url = result.url().orElseThrow();
        String what = serviceName(url.scheme());
        if (url.templateCredentials()) {
            return List.of(templateCredentials(setting, true, what));
        }
        if (stage == Stage.PRODUCTION && what.equals("the message broker") && !url.passwordPresent()
                && url.user().filter(user -> user.strip().equalsIgnoreCase("guest")).isPresent()) {
            return List.of(Finding.of(Severity.NO_GO, "database.default-credentials", setting)
                    .message(setting.key() + " connects to " + what + " as its default guest account with no"
                            + " password written: clients fill in guest's default password, guest.")
                    .remediation("Create a dedicated user with a generated password for " + what + ", store it in a"
                            + " secret manager, and remove or disable the guest account.")
                    .build());
        }
        if (url.wellKnownCredentials()) {
            return List.of(Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN,
                            "database.default-credentials", setting)
                    .message(setting.key() + " connects to " + what + " with default or well-known credentials (such"
                            + " as RabbitMQ's guest:guest or a password equal to the user name).")
                    .remediation("Create a dedicated user with a generated password for " + what + ", store it in a"
                            + " secret manager, and remove or disable the default one.")
                    .build());
        }
        return List.of();
    }

    private static String serviceName(String scheme) {
        if (scheme.startsWith("amqp") || scheme.startsWith("stomp") || scheme.startsWith("mqtt")
                || scheme.equals("nats")) {
            return "the message broker";
        }
        if (scheme.startsWith("smtp") || scheme.equals("submission")) {
            return "the mail server";
        }
        return scheme.startsWith("memcache") ? "the cache" : "the directory server";
    }

    private static Finding templateCredentials(Setting setting, boolean enforcing, String what) {
        return Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-credentials", setting)
                .message(setting.key() + " connects to " + what + " with a user or password that a template left to"
                        + " fill in (such as <password>, [YOUR-PASSWORD], {your_password}, xxxxxx); the connection"
                        + " will be refused, or will use credentials published with the template.")
                .remediation("Put the real credentials in " + setting.key() + " at " + setting.origin()
                        + ", or better, reference them from a secret manager (${DB_PASSWORD}).")
                .build();
    }

    private static final String DATASOURCE_URL = RelaxedNames.canonical("spring.datasource.url");
    private static final String HIKARI_JDBC_URL = RelaxedNames.canonical("spring.datasource.hikari.jdbc-url");
    private static final String R2DBC_URL = RelaxedNames.canonical("spring.r2dbc.url");

    /**
     * Session 37 (newcomer): the checklist's {@code DATABASE_URL=postgresql://user:pass@production-db:5432/rappit},
     * written for a Node service, given to {@code spring.datasource.url: ${DATABASE_URL}}: every check passed it
     * (bar the credentials) and the service could not start, since Spring Boot's DataSource takes a JDBC URL only
     * ({@code spring.r2dbc.url} an R2DBC one). A URI without that prefix under those keys is
     * {@code database.not-driver-url}; {@code null} for any other key or value.
     */
    private static @Nullable Finding notDriverUrl(Setting setting, boolean enforcing, JudgedUrl url, String scheme) {
        String value = setting.value();
        int start = 0;
        while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        int length = scheme.length();
        if (length == 0 || !url.server() || !value.regionMatches(true, start, scheme, 0, length)
                || !value.startsWith("://", start + length) || !AsciiCase.endsWith(setting.key(), "url")) {
            return null; // a URI written as such, under a key ending in url, is all this rule reads
        }
        String canonical = setting.canonicalKey();
        String prefix = canonical.equals(DATASOURCE_URL) || canonical.equals(HIKARI_JDBC_URL) ? "jdbc:"
                : canonical.equals(R2DBC_URL) ? "r2dbc:" : null;
        if (prefix == null) {
            return null;
        }
        String kind = prefix.equals("jdbc:") ? "a JDBC URL" : "an R2DBC URL";
        return Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.not-driver-url", setting)
                .message(setting.key() + " holds a " + printable(scheme) + ":// URI for " + url.what() + ", not "
                        + kind + " (" + prefix + printable(scheme) + "://host:port/database): Spring Boot cannot"
                        + " create the connection pool from it, and the service fails to start.")
                .remediation("Write " + setting.key() + " as " + prefix + printable(scheme) + "://host:port/database"
                        + " and the user and password as spring.datasource.username and .password (a platform that"
                        + " injects a URI: convert it where the service starts).")
                .build();
    }

    private static Finding unparseable(Setting setting, Stage stage, ParseResult result, boolean sure) {
        boolean enforcing = stage == Stage.STAGING || stage == Stage.PRODUCTION;
        Severity severity = enforcing && sure ? Severity.NO_GO : Severity.WARN;
        return Finding.of(severity, "database.unparseable", setting)
                .message(setting.key() + " is not a database URL the gate can read: it "
                        + result.error().orElse("could not be parsed") + "." + (sure
                        ? " The driver will refuse it at the first connection."
                        : " The key names a database URL, but the value has no database URL's shape."))
                .remediation("Fix the value of " + setting.key() + " at " + setting.origin()
                        + " (a JDBC URL, a URI such as postgresql://host:5432/db, or a key=value connection"
                        + " string), or list the key in " + EXCLUDE_KEYS_PROPERTY + " if it is not a database"
                        + " URL.")
                .build();
    }

    /**
     * Whether a URL logs in to the local machine as the server's superuser ({@code root}, {@code postgres},
     * {@code sa}) with no password in the URL, beside it, or in any database password setting: a developer's fresh
     * install. A local proxy to a production database (Cloud SQL Auth Proxy, PgBouncer) authenticates an application
     * user, by password or cloud identity, never a passwordless superuser.
     */
    private static boolean passwordlessSuperuserOnLoopback(JudgedUrl url, Settings settings) {
        return url.loopbackOnly() && passwordlessSuperuser(url, settings);
    }

    /** A default superuser ({@code root}, {@code postgres}, {@code sa}) with no password in the URL or any setting. */
    private static boolean passwordlessSuperuser(JudgedUrl url, Settings settings) {
        return !url.passwordSet() && AuthSwitches.superuserWithoutPassword(url.url()) && noPasswordAnywhere(settings);
    }

    /**
     * The setting a value is written in: the one it references in whole ({@code tenant-database-url:
     * ${TENANT_DATABASE_URL}} with the variable from a production manifest's Secret), else itself; the file's name
     * then says whose file the loopback host is in (forty-fourth pass: the referencing key was the WARN of
     * {@code application.yml} and the variable the NO-GO of {@code production.yaml}).
     */
    private static Setting writtenIn(Settings settings, Setting setting) {
        return ReferencedValues.in(settings).definingSetting(setting, setting.value().strip()).orElse(setting);
    }

    /** Where the database runs: Testcontainers, embedded, a test database, the local machine. */
    /** {@code defaultPair} is read only for a loopback URL, so callers may leave it {@code false} for any other. */
    private static void placement(Setting setting, Stage stage, JudgedUrl url, boolean defaultPair,
            Settings settings, List<Finding> findings) {
        boolean production = stage == Stage.PRODUCTION;
        DatabaseUrl parsed = url.url();
        if (parsed.testcontainers()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.testcontainers", setting)
                    .message(setting.key() + " is a Testcontainers URL: it starts a throw-away " + url.vendor()
                            .displayName() + " container instead of connecting to the " + stage.id() + " database.")
                    .remediation("Set " + setting.key() + " to the " + stage.id() + " database; keep jdbc:tc: URLs in"
                            + " test configuration.")
                    .build());
        } else if (parsed.embedded()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                    .message(setting.key() + " points at " + (parsed.inMemory() ? "an in-memory " : "an embedded ")
                            + url.vendor().displayName() + " database" + (parsed.inMemory()
                            ? ", whose data is lost at every restart" : " inside the application's own files")
                            + ", not a " + stage.id() + " database server.")
                    .remediation("Point " + setting.key() + " at the " + stage.id()
                            + " database server; keep embedded databases for development and tests.")
                    .build());
        }
        if (!production) {
            return;
        }
        if (url.server() && url.vendor() != Vendor.REDIS) {
            if (parsed.testNamed() && !TestStageKeys.namesTestDatabase(setting.key())) {
                String name = parsed.database().orElseThrow();
                findings.add(Finding.noGo("database.test-name", setting)
                        .message(setting.key() + " uses " + url.what() + " named '" + printable(name)
                                + "', a name that reads as a test or development database.")
                        .remediation("Check that " + setting.key() + " names the production database; if this"
                                + " name is right, waive database.test-name for " + setting.key() + ".")
                        .build());
            } else if (!TestStageKeys.namesTestDatabase(setting.key())) {
                String word = TestStageHosts.hostWord(parsed.hosts());
                if (word != null && TestStageHosts.judgedIn(writtenIn(settings, setting))) {
                    findings.add(Finding.noGo("database.test-host", setting)
                            .message(setting.key() + " connects to " + url.what() + " on " + url.hostsText()
                                    + ", a host whose name says '" + word + "': another environment's database, in"
                                    + " production.")
                            .remediation("Point " + setting.key() + " at the production database server; if this"
                                    + " host is production's, waive database.test-host for " + setting.key() + ".")
                            .build());
                }
            }
        }
        if (url.loopbackOnly() && !defaultPair && LocalProxies.enabledIn(settings)) {
            findings.add(proxied(setting, url.hostsText()));
        } else if (url.loopbackOnly()) {
            boolean installed = !defaultPair && parsed.namedInstance();
            String local = defaultPair || installed || url.vendor() == Vendor.REDIS ? null
                    : localEvidence(setting, settings, url);
            String development = defaultPair || installed || local != null || url.vendor() == Vendor.REDIS ? null
                    : SettingRules.developmentEvidence(settings);
            String productionFile = defaultPair || installed || local != null || development != null
                    || url.vendor() == Vendor.REDIS ? null : EnvironmentFiles.deployed(writtenIn(settings, setting));
            String developmentFile = defaultPair || installed || local != null || development != null
                    || productionFile != null || url.vendor() == Vendor.REDIS ? null
                    : EnvironmentFiles.development(writtenIn(settings, setting));
            findings.add(Finding.of(defaultPair || installed || local != null || development != null
                            || productionFile != null || developmentFile != null ? Severity.NO_GO : Severity.WARN,
                            "database.loopback", setting)
                    .message(setting.key() + " connects to " + url.what() + " on the local machine ("
                            + url.hostsText() + ")." + (defaultPair ? " It logs in as on a developer's machine (a"
                            + " default user and password pair, or the server's superuser with no password at all):"
                            + " a local proxy to a production database never logs in that way."
                            : installed ? NAMED_INSTANCE_TEXT
                            : local != null ? local
                            : development != null ? developmentText(development)
                            : productionFile != null ? productionText(productionFile)
                            : developmentFile != null ? developmentFileText(developmentFile)
                            : " That is legitimate behind a local proxy such as the Cloud SQL"
                            + " Auth Proxy or PgBouncer in a sidecar, and a mistake otherwise."))
                    .remediation(loopbackRemedy(setting))
                    .build());
        }
    }

    /** Default credentials and a password written into the URL. */
    private static void credentials(Setting setting, boolean production, JudgedUrl url, List<Finding> findings) {
        if (url.defaultCredentials()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.default-credentials",
                            setting)
                    .message(setting.key() + " connects to " + url.what() + " with default or well-known credentials"
                            + " (a user and password that database images, installers or templates ship, an empty"
                            + " password for an administrator or written empty beside a user, or a password equal to"
                            + " the user name).")
                    .remediation("Create a dedicated database user with a generated password, store it in a secret"
                            + " manager, and rotate the old one.")
                    .build());
        } else if (url.superuserWithCommittedPassword()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.default-credentials",
                            setting)
                    .message(setting.key() + " logs in to " + url.what() + " as its built-in superuser ('"
                            + url.url().user().orElse("") + "') with a password committed in the configuration: the"
                            + " application holds every right on the server, and the password is as public as the"
                            + " file.")
                    .remediation("Create a dedicated database user with only the rights the application needs and a"
                            + " generated password from a secret manager; keep the superuser for administration.")
                    .build());
        }
        if (url.passwordInUrl()) {
            boolean browser = DatabaseKeys.isBrowserExposed(setting.key());
            findings.add(Finding.of(browser ? (production ? Severity.NO_GO : Severity.WARN) : Severity.INFO,
                            "database.password-in-url", setting)
                    .message(setting.key() + " contains " + passwordOf(url) + " inside the URL" + (browser
                            ? ", and its name makes front-end build tools bundle it into code sent to every browser."
                            : "; managed " + (url.url().vendor() == Vendor.REDIS ? "Redis services" : "databases")
                            + " deliver URLs this way, but URLs end up in logs, error messages and process"
                            + " listings."))
                    .remediation("Move the password to its own setting (" + url.passwordKeyHint()
                            + " or the driver's password property) fed from a secret manager, and keep the URL"
                            + " free of credentials.")
                    .build());
        }
    }

    /**
     * Whose password a URL holds, as its scheme says: "the Redis password" (a cache's, not "the database password"
     * a newcomer read on {@code REDIS_URL}), "the PostgreSQL database password", or "the database password" when
     * the scheme names no engine.
     */
    private static String passwordOf(JudgedUrl url) {
        Vendor vendor = url.url().vendor();
        return vendor == Vendor.OTHER ? "the database password"
                : vendor == Vendor.REDIS ? "the Redis password"
                : "the " + vendor.displayName() + " database password";
    }

    /** Encryption and authentication on the way to a remote server. */
    private static void transport(Setting setting, JudgedUrl url, List<Finding> findings) {
        if (!url.remote() || url.connector()) {
            return;
        }
        if (url.vendor() == Vendor.REDIS) {
            boolean password = url.passwordSet();
            boolean cleartext = !url.tls().isRequired() && url.publicHosts();
            boolean openInVpc = !password && !url.tls().isRequired() && url.anyVpcOnlyHost();
            if (!password && url.anyPublicHost() || cleartext || openInVpc) {
                findings.add(Finding.warn("database.redis-insecure", setting)
                        .message(setting.key() + " connects to Redis at " + url.hostsText()
                                + (password ? "" : " without a password") + (!password && cleartext ? " and" : "")
                                + (cleartext ? " without TLS over a public network" : "")
                                + (openInVpc ? " and without TLS: anything inside the VPC can read and write it" : "")
                                + ".")
                        .remediation("Require AUTH (a password or ACL user) on the Redis server and use rediss://"
                                + " (TLS) for hosts outside the private network.")
                        .build());
            }
            return;
        }
        if (!TLS_VENDORS.contains(url.vendor())) {
            return;
        }
        if (url.tls() == Tls.DISABLED) {
            boolean publicHosts = url.publicHosts();
            findings.add(Finding.of(publicHosts ? Severity.NO_GO : Severity.WARN, "database.tls-disabled", setting)
                    .message(setting.key() + " switches TLS off for " + url.what() + " at " + url.hostsText()
                            + (publicHosts ? ", a host reached over networks the service does not control."
                            : ", a private-network host; acceptable only where a service mesh or private link"
                            + " encrypts the traffic."))
                    .remediation("Remove the setting that disables TLS and require it (sslmode=verify-full,"
                            + " sslMode=VERIFY_IDENTITY, encrypt=true, tls=true) with the server's CA trusted.")
                    .build());
        } else if (!url.tls().isRequired() && url.publicHosts()) {
            boolean enforced = url.tls() == Tls.UNSPECIFIED && url.serverEnforcesTls();
            boolean preferred = url.tls() == Tls.UNSPECIFIED && (url.vendor() == Vendor.POSTGRESQL
                    || url.vendor() == Vendor.MYSQL && url.url().form() == DatabaseUrl.Form.JDBC);
            findings.add(Finding.of(enforced || preferred ? Severity.INFO : Severity.WARN, "database.tls-not-required",
                            setting)
                    .message(setting.key() + " does not require TLS for " + url.what() + " at " + url.hostsText()
                            + " (" + (url.tls() == Tls.OPTIONAL ? "TLS is only preferred" : "no TLS setting, the"
                            + " driver's default does not require it") + ")" + (enforced ? "; the service refuses"
                            + " unencrypted connections, but without verification the certificate is not checked."
                            : preferred && url.vendor() == Vendor.MYSQL ? "; MySQL Connector/J 8 defaults to"
                            + " sslMode=PREFERRED and encrypts whenever the server offers TLS, as managed services do,"
                            + " but an active attacker could downgrade the connection and the certificate is not"
                            + " checked."
                            : preferred ? "; libpq and the PostgreSQL JDBC driver default to sslmode=prefer and"
                            + " encrypt whenever the server offers TLS, as managed services do, but an active attacker"
                            + " could downgrade the connection and the certificate is not checked (node-postgres"
                            + " connects without TLS unless told)."
                            : "; a downgrade would go unnoticed."))
                    .remediation("Require TLS in the URL: sslmode=verify-full (PostgreSQL), sslMode=VERIFY_IDENTITY"
                            + " (MySQL), tls=true (MongoDB).")
                    .build());
        } else if (url.tls() == Tls.REQUIRED && verificationOff(setting.value())) {
            findings.add(Finding.warn("database.tls-unverified", setting)
                    .message(setting.key() + " encrypts the connection to " + url.what() + " at " + url.hostsText()
                            + " but turns off the check of the server's certificate: anyone on the network path can"
                            + " present their own certificate and read or change the traffic.")
                    .remediation("Drop the parameter that turns verification off and trust the server's CA"
                            + " (sslMode=VERIFY_IDENTITY, sslmode=verify-full, TrustServerCertificate=false).")
                    .build());
        }
    }

    /**
     * Parameters that keep TLS but turn off the check of the server's certificate: MySQL Connector/J's
     * {@code verifyServerCertificate=false}, SQL Server's {@code TrustServerCertificate=true}, MongoDB's
     * {@code tlsAllowInvalidCertificates=true}, {@code tlsAllowInvalidHostnames=true} and {@code tlsInsecure=true},
     * node-postgres' {@code sslmode=no-verify}.
     */
    private static final String[] VERIFICATION_OFF = {"verifyservercertificate=false", "trustservercertificate=true",
        "tlsallowinvalidcertificates=true", "tlsallowinvalidhostnames=true", "tlsinsecure=true", "sslmode=no-verify"};

    private static boolean verificationOff(String value) {
        for (String parameter : VERIFICATION_OFF) {
            if (AsciiCase.contains(value, parameter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a host or URL value spells what its key holds ({@code DB_HOST=database_host},
     * {@code MYSQL_HOSTNAME=mysql_hostname}, {@code DATABASE_URL=your_database_url}): snake-case words, which no DNS
     * name has, ending in the key's own last word. A service named with an underscore ({@code mysql_db}) ends in some
     * other word.
     */
    static boolean spellsItsKey(String key, String host) {
        String lower = host.toLowerCase(java.util.Locale.ROOT);
        int cut = lower.lastIndexOf('_');
        if (cut <= 0 || cut == lower.length() - 1 || lower.indexOf('.') >= 0 || lower.indexOf(':') >= 0
                || lower.indexOf('/') >= 0) {
            return false;
        }
        String last = lower.substring(cut + 1);
        String keyLower = key.toLowerCase(java.util.Locale.ROOT);
        return (last.equals("host") || last.equals("hostname") || last.equals("server") || last.equals("address")
                || last.equals("url") || last.equals("uri") || last.equals("dsn"))
                && (keyLower.endsWith(last) && !Character.isLetterOrDigit(keyLower.charAt(
                        Math.max(0, keyLower.length() - last.length() - 1))) || keyLower.equals(last));
    }

    /**
     * Whether a host setting holds the name of a slot for a host rather than a host (forty-first pass): one label whose
     * last word is {@code host}, {@code hostname} or {@code ip}, joined to the words before it by an underscore
     * ({@code DATABASE_SERVER=prod_host}, {@code this_node_ip}: no DNS name has an underscore, and a container named
     * for a role ends in its product or {@code server}: {@code mariadb_server}, {@code redis_server}), glued in camel
     * case before {@code IP} ({@code DB_HOST=unraidIP}: a host name has no case, so the capitals are a template's
     * words), or after an article and a dash ({@code the-host}, {@code this-host}). The key's own last word must name a
     * host ({@code host}, {@code hostname}, {@code server}, {@code address}, {@code addr}, {@code ip}).
     */
    static boolean namesAHostSlot(String key, String host) {
        int length = host.length();
        if (length < 4 || length > 64 || host.indexOf('.') >= 0 || host.indexOf(':') >= 0
                || host.indexOf('/') >= 0) {
            return false;
        }
        int cut = Math.max(host.lastIndexOf('_'), host.lastIndexOf('-'));
        String last;
        String first;
        if (cut > 0 && cut < length - 1) {
            last = host.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
            if (host.charAt(cut) == '-') {
                int dash = host.indexOf('-');
                first = host.substring(0, dash).toLowerCase(java.util.Locale.ROOT);
                if (dash != cut || !SLOT_ARTICLES.contains(first)) {
                    return false; // a dashed name is a DNS name (db-host is read as named for its role elsewhere)
                }
            }
        } else if (cut < 0 && length > 2 && host.endsWith("IP") && Character.isLowerCase(host.charAt(length - 3))) {
            last = "ip";
        } else {
            return false;
        }
        if (!last.equals("host") && !last.equals("hostname") && !last.equals("ip")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        String keyLast = words.isEmpty() ? "" : words.get(words.size() - 1);
        return SLOT_KEY_WORDS.contains(keyLast);
    }

    /** Articles that open a slot's name ({@code the-host}); no machine is named so. */
    private static final java.util.Set<String> SLOT_ARTICLES = java.util.Set.of("the", "this", "that", "some",
            "any");
    /** The last words of keys that hold a host. */
    private static final java.util.Set<String> SLOT_KEY_WORDS = java.util.Set.of("host", "hostname", "server",
            "address", "addr", "ip");

    /**
     * Whether a host key ({@code JDBC_HOST}, {@code spring.redis.host}, its last word {@code host}) holds a host named
     * for its role ({@link Hosts#isNamedForItsRole(String)}: {@code db-host}); a secret's key or an environment
     * variable's name under another last word ({@code personDBHost.secretKey=person-db-host}) is not a host.
     */
    private static boolean holdsRoleNamedHost(String key, String host) {
        return AsciiCase.endsWith(key, "host") && Hosts.isNamedForItsRole(host);
    }

    /**
     * The first host of a list of quoted strings written as one value (HOCON's and JSON's
     * {@code mongodb.servers=[ "db1:27017", "db2:27017" ]}, as Play's configuration writes it), or the value itself.
     * Only quoted members: {@code [your-db-host]} is a template slot, not a list.
     */
    static String firstQuotedListed(String value) {
        int length = value.length();
        if (length < 5 || value.charAt(0) != '[' || value.charAt(length - 1) != ']') {
            return value;
        }
        int start = 1;
        while (start < length - 1 && value.charAt(start) == ' ') {
            start++;
        }
        char quote = value.charAt(start);
        int close = quote == '"' || quote == '\'' ? value.indexOf(quote, start + 1) : -1;
        return close > start + 1 ? value.substring(start + 1, close).strip() : value;
    }

    private static List<Finding> judgeHost(Setting setting, Stage stage, Settings settings, ParsedUrls urls,
            boolean engineSection, ReferencedValues references) {
        String value = firstQuotedListed(setting.value().strip());
        if (value.length() > 300 || value.indexOf('*') >= 0 && FileGlobs.isFileGlob(value)) {
            return List.of();
        }
        String host = value;
        ParseResult result = urls.parse(value);
        if (result.isValid() && result.url().orElseThrow().form() == DatabaseUrl.Form.HOST) {
            host = result.url().orElseThrow().hosts().isEmpty() ? value : result.url().orElseThrow().hosts().get(0)
                    .host();
        }
        host = sqlServerMachine(host);
        List<Finding> findings = new ArrayList<>();
        boolean enforcing = stage == Stage.PRODUCTION || stage == Stage.STAGING;
        if (References.isReference(value) || References.isRunTimeHost(host) || ReplaceTokens.isWholeToken(value)) {
            return List.of();
        }
        if ((Hosts.isTemplate(host) || spellsItsKey(setting.key(), host) || holdsRoleNamedHost(setting.key(), host)
                || namesAHostSlot(setting.key(), host)
                || dev.readiness.gates.sandbox.TemplateDomains.isTemplate(host) || slotInCapitals(host)
                || dev.readiness.gates.settings.Placeholders.isUnresolved(value)) && !switchedOff(setting, settings)) {
            findings.add(Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-host", setting)
                    .message(setting.key() + " holds a template host that was never filled in.")
                    .remediation("Set the real database host in " + setting.key() + " at " + setting.origin() + ".")
                    .build());
        } else if (stage == Stage.PRODUCTION && (Hosts.isLoopback(host) || Hosts.isWorkstation(host)
                || Hosts.isContainerHost(host)) && !EmbeddedEngines.isUnusedHost(setting.key(),
                        EmbeddedEngines.embeddedPrefixes(settings)) && !switchedOffOrUnset(setting, settings)) {
            findings.add(loopback(setting, settings, engineSection, host,
                    namedInstance(value) && Hosts.isLoopback(host)));
        }
        return findings.isEmpty() ? findings : hostOnDefiningKey(references, setting, host, findings);
    }

    /**
     * The {@code database.loopback} finding of a host (or socket) on the local machine, in production: NO-GO when the
     * file's own evidence says the connection is a developer's (a default pair, a superuser, a blank password beside
     * it, a development file), WARN otherwise (a local proxy is legitimate).
     */
    private static Finding loopback(Setting setting, Settings settings, boolean engineSection, String host,
            boolean namedInstance) {
        if (CacheStores.named(setting.key()) && Hosts.isContainerHost(host)) {
            return Finding.info("database.loopback", setting)
                    .message(setting.key() + " points at the container host (" + printable(host) + ") for a cache:"
                            + " a cache the host machine runs beside the service's containers.")
                    .remediation(loopbackRemedy(setting))
                    .build();
        }
        if (CacheStores.named(setting.key())) {
            return Finding.warn("database.loopback", setting)
                    .message(setting.key() + " points at the local machine (" + printable(host) + ") for a cache."
                            + " A cache beside the service (a sidecar, the host's own Redis) is legitimate; a mistake"
                            + " when the cache is meant to be shared by every instance.")
                    .remediation(loopbackRemedy(setting))
                    .build();
        }
        boolean developers = SettingRules.defaultPairBeside(setting, settings, engineSection, null, true);
        if (!developers && LocalProxies.enabledIn(settings)) {
            return proxied(setting, printable(host));
        }
        boolean installed = !developers && namedInstance;
        String local = developers || installed ? null : SettingRules.hostDefaultOf(setting) != null
                ? fallbackText(SettingRules.hostDefaultOf(setting))
                : SettingRules.superuserBeside(setting, settings, engineSection) ? SUPERUSER_TEXT
                : SettingRules.blankPasswordBeside(setting, settings, engineSection) ? BLANK_TEXT
                : SettingRules.superuserNamedBeside(setting, settings) && noPasswordAnywhere(settings)
                        ? PASSWORDLESS_TEXT
                : namesMongo(setting.key()) && noMongoPassword(settings) ? MONGO_TEXT
                : borrowedText(SettingRules.developmentCredentialsBeside(setting, settings));
        String development = developers || installed || local != null ? null
                : SettingRules.developmentEvidence(settings);
        String production = developers || installed || local != null || development != null ? null
                : EnvironmentFiles.deployed(writtenIn(settings, setting));
        String developmentFile = developers || installed || local != null || development != null
                || production != null ? null : EnvironmentFiles.development(writtenIn(settings, setting));
        return Finding.of(developers || installed || local != null || development != null || production != null
                        || developmentFile != null ? Severity.NO_GO : Severity.WARN, "database.loopback", setting)
                .message(setting.key() + " points at the local machine (" + printable(host) + ")." + (developers
                        ? " The user and password beside it are a default pair, as on a developer's machine: a"
                        + " local proxy to a production database never logs in that way."
                        : installed ? NAMED_INSTANCE_TEXT
                        : local != null ? local
                        : development != null ? developmentText(development)
                        : production != null ? productionText(production)
                        : developmentFile != null ? developmentFileText(developmentFile)
                        : " That is legitimate behind a local proxy such as the Cloud SQL Auth Proxy, and a"
                        + " mistake otherwise."))
                .remediation(loopbackRemedy(setting))
                .build();
    }

    /** The loopback host of a connection through a local proxy the configuration switches on: information only. */
    private static Finding proxied(Setting setting, String hosts) {
        return Finding.info("database.loopback", setting)
                .message(setting.key() + " reaches its database on the local machine (" + hosts + ") through the local"
                        + " proxy the same configuration switches on (the Cloud SQL or AlloyDB Auth Proxy, PgBouncer).")
                .remediation("Nothing to do while the proxy runs beside the service; set the real database host if it"
                        + " is switched off.")
                .build();
    }

    /**
     * A database's Unix socket ({@code production.socket=/tmp/mysql.sock} in Rails' {@code database.yml},
     * {@code DB_SOCKET=/var/run/mysqld/mysqld.sock}): a socket file is on the local machine by definition, so the
     * database is judged as a loopback host is, with the same evidence for NO-GO. The Cloud SQL connector's sockets
     * ({@code /cloudsql/project:region:instance}, App Engine and Cloud Run) reach a managed database and stay clean, as
     * do blank values and references. A socket beside a loopback host of its own section
     * ({@code shared_lists.host=localhost} above {@code shared_lists.socket=…}) is the host's finding already: one local
     * database, one line to replace, so it is not named a second time.
     */
    private static List<Finding> judgeSocket(Setting setting, Stage stage, Settings settings, boolean engineSection) {
        String value = setting.value().strip();
        if (stage != Stage.PRODUCTION || value.length() < 2 || value.length() > 300 || value.charAt(0) != '/'
                || value.startsWith("/cloudsql") || References.isReference(value)
                || loopbackHostBeside(setting, settings)) {
            return List.of();
        }
        return List.of(loopback(setting, settings, engineSection, "a Unix socket", false));
    }

    /** Whether the socket's own section names a loopback host under the same spelling ({@code X.host}, {@code X_HOST}). */
    private static boolean loopbackHostBeside(Setting socket, Settings settings) {
        String key = socket.key();
        int end = key.length() - "socket".length();
        if (end < 0 || !key.regionMatches(true, end, "socket", 0, "socket".length())) {
            return false;
        }
        String host = key.substring(0, end) + (Character.isUpperCase(key.charAt(end)) ? "HOST" : "host");
        return settings.get(host).filter(h -> Hosts.isLoopback(h.value())).isPresent();
    }

    /**
     * The findings of a host setting on the key its host comes from, when the host is another setting's value it
     * references ({@code redisson.address=${spring.redis.host}:${spring.redis.port}}): that key is judged on its own,
     * so the problem is reported once, where it is written, as {@link #onDefiningKey} does for a URL's host.
     */
    private static List<Finding> hostOnDefiningKey(ReferencedValues references, Setting setting, String host,
            List<Finding> findings) {
        if (setting.origin().description().indexOf(" via ") < 0) {
            return findings;
        }
        Optional<Setting> defining = references.definingSetting(setting, host);
        return defining.isEmpty() ? findings : movedTo(defining.get(), "host", setting, findings);
    }

    /** Database kinds that, written in capitals as a host, name the slot instead of filling it. */
    private static final Set<String> SLOT_NAMES = Set.of("DATABASE", "DB", "REDIS", "POSTGRES", "POSTGRESQL", "MYSQL",
            "MARIADB", "MONGO", "MONGODB");

    /**
     * Whether a host is a database kind in capitals ({@code session.redis.host=DATABASE}): the name of what belongs
     * there, as {@code HOST} is. Compose and Kubernetes name services in lower case ({@code database}, {@code redis}),
     * which stay service names.
     */
    private static boolean slotInCapitals(String host) {
        return host.length() <= 10 && SLOT_NAMES.contains(host);
    }

    private static final Set<String> OFF_VALUES = Set.of("false", "no", "off", "0");

    /**
     * Whether the section of a host key is switched off beside it ({@code redis.enabled=false} beside
     * {@code redis.host}, serverpod's optional cache): a template there waits for someone to switch it on.
     */
    private static boolean switchedOff(Setting setting, Settings settings) {
        return sectionSwitch(setting, settings).map(v -> OFF_VALUES.contains(v.strip().toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
    }

    /**
     * Whether the section of a host key is switched off beside it, or its switch is left blank, which is off where
     * a switch is an opt-in ({@code lb.enabled=} above {@code lb.host=localhost} in Revive Adserver's INI file, set
     * 172: PHP reads the blank as false, and the load-balancer database is not used). A loopback host there is
     * nobody's connection. Forty-fourth pass.
     */
    private static boolean switchedOffOrUnset(Setting setting, Settings settings) {
        return sectionSwitch(setting, settings).map(v -> v.isBlank()
                || OFF_VALUES.contains(v.strip().toLowerCase(java.util.Locale.ROOT))).orElse(false);
    }

    /** The value of the {@code enabled} switch beside a key, in the key's own section. */
    private static java.util.Optional<String> sectionSwitch(Setting setting, Settings settings) {
        List<String> words = KeyWords.of(setting.key());
        String canonical = setting.canonicalKey();
        if (words.size() < 2 || !canonical.endsWith(words.get(words.size() - 1))) {
            return java.util.Optional.empty();
        }
        String section = canonical.substring(0, canonical.length() - words.get(words.size() - 1).length());
        return settings.value(section + "enabled");
    }

    /**
     * A key=value connection string whose run-time parts are only its credentials
     * ({@code Server=mssql.prod;Password=${DB_PASSWORD};Encrypt=False}), judged for what it writes out; see
     * {@link InjectedPasswordStrings}. A URL is left to the rules above.
     */
    private static List<Finding> injectedCredentials(Setting setting, Stage stage, Settings settings,
            ReferencedValues references, ParsedUrls urls) {
        if (setting.value().indexOf("://") >= 0) {
            return List.of();
        }
        return InjectedPasswordStrings.judge(setting, filled -> judge(filled, stage, settings, references, urls, true));
    }

    /**
     * A database URL completed at run time around its host ({@code jdbc:postgresql://localhost:5432/fact${DB_OPTIONS:}},
     * options or a database name the deploy may add; {@code postgresql://app:${DB_PASSWORD}@127.0.0.1:6432/app}, a
     * password it injects): the host is written out, so the local machine is judged as in a URL known whole. Nothing else is judged there
     * (the run-time part may add TLS parameters or change the database).
     */
    private static List<Finding> deferredLoopback(Setting setting, Stage stage, Settings settings, ParsedUrls urls) {
        String value = setting.value();
        int scheme = value.indexOf("://");
        int placeholder = value.indexOf("${");
        if (stage != Stage.PRODUCTION || scheme < 0 || placeholder < 0 || value.length() > 4096) {
            return List.of();
        }
        int path = value.indexOf('/', scheme + 3);
        int at = path < 0 ? -1 : value.lastIndexOf('@', path);
        int host = at > scheme ? at + 1 : scheme + 3;
        int inHost = path < 0 ? -1 : value.indexOf("${", host);
        if (path < 0 || value.indexOf('@', path) >= 0) {
            return List.of();
        }
        if (inHost >= 0 && inHost < path) {
            value = withoutPortReference(value, host, inHost, path);
            if (value == null) {
                return List.of();
            }
        }
        ParseResult result = urls.parse(value);
        if (!result.isValid() || DatabaseKeys.SERVICE_SCHEMES.contains(result.url().orElseThrow().scheme())) {
            return List.of();
        }
        JudgedUrl url = JudgedUrl.of(result.url().orElseThrow(), Companions.of(setting, settings));
        if (!url.loopbackOnly()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        placement(setting, stage, url, url.defaultCredentials()
                || SettingRules.defaultPairBeside(setting, settings, false, null, !url.url().passwordPresent())
                || passwordlessSuperuserOnLoopback(url, settings), settings, findings);
        findings.removeIf(finding -> !finding.code().equals("database.loopback"));
        return findings;
    }

    /**
     * A URL whose port alone is a reference ({@code jdbc:postgresql://localhost:${DB_PORT}/${DB_NAME}}) without that
     * port, so that the host written before it is judged as every literal host is; {@code null} when the reference is
     * anywhere else in the authority (the host itself is then only known at run time).
     */
    private static @Nullable String withoutPortReference(String value, int host, int reference, int path) {
        int colon = value.lastIndexOf(':', reference);
        int close = value.indexOf('}', reference);
        if (colon <= host || colon != reference - 1 || close + 1 != path) {
            return null;
        }
        return value.substring(0, colon) + value.substring(path);
    }

    /**
     * Whether a host is a shell-style reference, {@code $NAME} ({@code redis://$REDIS_HOST/} in a TOML file read as
     * properties): a run-time value to the loaders that read such files, a literal to Spring. Unsure which loader reads
     * it, the gate warns instead of calling it a template never filled in.
     */
    private static boolean shellReference(String host) {
        if (host.length() < 2 || host.charAt(0) != '$' || Character.isDigit(host.charAt(1))) {
            return false;
        }
        for (int i = 1; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a loopback database is a developer's rather than a proxy sidecar's, from the setting itself and the
     * settings beside it, or {@code null}: its host is a placeholder's default, it logs in as the server's superuser
     * with a password written in a configuration file, or it opens a MongoDB with no user and no MongoDB password
     * anywhere (a MongoDB host key is read the same way).
     */
    private static @org.jspecify.annotations.Nullable String localEvidence(Setting setting, Settings settings,
            JudgedUrl url) {
        String fallback = SettingRules.hostDefaultOf(setting);
        if (fallback != null) {
            return fallbackText(fallback);
        }
        if (!url.passwordInUrl() && SettingRules.superuserBeside(setting, settings, false)) {
            return SUPERUSER_TEXT;
        }
        if (url.vendor() == Vendor.MONGODB && url.url().user().isEmpty() && !url.passwordSet()
                && noMongoPassword(settings)) {
            return MONGO_TEXT;
        }
        if (url.vendor() == Vendor.DERBY || url.vendor() == Vendor.H2 || url.vendor() == Vendor.HSQLDB) {
            return EMBEDDABLE_SERVER_TEXT;
        }
        return borrowedText(SettingRules.developmentCredentialsBeside(setting, settings));
    }

    /**
     * Why a Derby, H2 or HSQLDB server on loopback is no local proxy: the WARN of a loopback host stands for a sidecar
     * that forwards to a managed database (the Cloud SQL Auth Proxy, PgBouncer), and no managed service runs these
     * engines, so nothing forwards their protocols.
     */
    private static final String EMBEDDABLE_SERVER_TEXT = " Derby, H2 and HSQLDB are databases embedded in Java"
            + " applications; as a network server on the local machine they are a development set-up (the Derby Network"
            + " Server an IDE or GlassFish starts on port 1527, an H2 TCP server), and no managed database or local"
            + " proxy to one speaks their protocols.";

    private static @org.jspecify.annotations.Nullable String borrowedText(
            @org.jspecify.annotations.Nullable String property) {
        return property == null ? null : " Its credentials come from " + property + ", a development or test"
                + " property: this is a development configuration's copy, not a local proxy to production.";
    }

    private static final String MONGO_TEXT = " It connects with no credentials at all, as to a server installed on a"
            + " developer's machine: a production MongoDB, a mongos router beside the service included, requires"
            + " authentication.";

    /**
     * Whether no MongoDB credential is set anywhere: no password or user setting whose key names MongoDB
     * ({@code MONGODB_PASSWORD}, {@code spring.data.mongodb.username}) holds a value, so none can complete the
     * connection. Another database's password beside it ({@code spring.datasource.password}) is not the MongoDB's.
     */
    private static boolean noMongoPassword(Settings settings) {
        for (Setting other : settings) {
            if (other.value().isBlank() || !namesMongo(other.key())) {
                continue;
            }
            List<String> words = KeyWords.of(other.key());
            String last = words.get(words.size() - 1);
            if (last.equals("user") || last.equals("username") || last.equals("login")
                    || DatabaseKeys.classify(other) == DatabaseKeys.Candidate.PASSWORD_KEY) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesMongo(String key) {
        for (String word : KeyWords.of(key)) {
            if (word.startsWith("mongo")) {
                return true;
            }
        }
        return false;
    }

    private static boolean noPasswordAnywhere(Settings settings) {
        for (Setting other : settings) {
            if (!other.value().isBlank() && DatabaseKeys.classify(other) == DatabaseKeys.Candidate.PASSWORD_KEY) {
                return false;
            }
        }
        return true;
    }

    private static String fallbackText(String placeholder) {
        return " The host is the default of ${" + placeholder + "}, what runs when nothing sets the variable: the"
                + " developer's fallback. A proxy sidecar in production is written as the host itself, or set in the"
                + " variable.";
    }

    /** Why a superuser with a committed password on the local machine is no proxy. */
    private static final String BLANK_TEXT = " The database password beside it is written and left blank, as on a"
            + " developer's fresh install: a local proxy to a production database authenticates with a password the"
            + " deploy injects or a cloud identity.";

    /** Why a superuser with no password anywhere on the local machine is no proxy. */
    private static final String PASSWORDLESS_TEXT = " It logs in as the server's built-in superuser beside it, and no"
            + " database password is set anywhere in this configuration: a server that trusts local connections, as"
            + " a developer's fresh install does. A local proxy to a production database authenticates an application"
            + " user.";

    private static final String SUPERUSER_TEXT = " It logs in as the server's built-in superuser with a password"
            + " written in the configuration file beside it, as to a server installed on a developer's machine: a"
            + " local proxy to a production database authenticates with credentials the deploy injects.";

    private static String loopbackRemedy(Setting setting) {
        return "If no local proxy runs beside the service, set the real database host (a placeholder without a"
                + " default, such as ${DB_HOST}, makes a missing variable stop start-up); if one does, waive"
                + " database.loopback for " + setting.key() + ".";
    }

    /** Why a named SQL Server instance on the local machine is no proxy. */
    private static final String NAMED_INSTANCE_TEXT = " It names a SQL Server instance there, a server installed on"
            + " the machine itself (SQL Express or LocalDB as development tools install them): no local proxy stands in"
            + " for a named instance.";

    private static String productionText(String file) {
        return " " + printable(file) + " is written for a deployed environment, and nothing in it switches on a"
                + " local proxy (the Cloud SQL or AlloyDB Auth Proxy, PgBouncer) to reach a database there: this is a"
                + " developer's local database carried into the deployment's configuration.";
    }

    private static String developmentFileText(String file) {
        return " " + printable(file) + " is named for a developer's own environment (development, local, test), yet"
                + " it is judged for production: this is the developer's database, not a local proxy to production.";
    }

    private static String developmentText(String evidence) {
        return " The same configuration is a developer's own (" + evidence + " selects a local or development"
                + " environment, says it is not production's, switches debug mode on, puts the service's public"
                + " address on the local machine, or logs in to the local machine with a default pair):"
                + " this is the developer's"
                + " database, not a local proxy to production.";
    }

    /** Whether a host value names a SQL Server instance after its machine ({@code .\SQLEXPRESS}). */
    private static boolean namedInstance(String value) {
        int backslash = value.indexOf('\\');
        return backslash > 0 && backslash < value.length() - 1
                && Character.isLetterOrDigit(value.charAt(backslash + 1));
    }

    /**
     * The machine of a SQL Server {@code MACHINE\INSTANCE} name written as a host ({@code .\SQLEXPRESS} → {@code .},
     * the local machine; {@code db01\SALES} → {@code db01}); LocalDB's {@code (localdb)\MSSQLLocalDB} is the
     * developer's own machine too. Other hosts are returned as they are.
     */
    static String sqlServerMachine(String host) {
        int backslash = host.indexOf('\\');
        if (backslash < 0) {
            return host;
        }
        String machine = host.substring(0, backslash).strip();
        return machine.equalsIgnoreCase("(localdb)") ? "(local)" : machine;
    }

    /**
     * Whether a database name reads as a test or development database: one of its words (split at {@code _},
     * {@code -}, {@code .} and camel case, trailing digits ignored) is {@code test}, {@code dev}, {@code local},
     * {@code testdb}, … Names that merely contain those letters ({@code contest}, {@code latest},
     * {@code devices}) do not.
     *
     * @param name the database name
     * @return {@code true} when it reads as test or development
     */
    public static boolean readsAsTestName(String name) {
        if (name.length() > 128) {
            return false;
        }
        List<String> words = RelaxedNames.words(name);
        if (ProductionSuffixedNames.endsInProduction(words)) {
            return false;
        }
        for (String word : words) {
            int end = word.length();
            while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
                end--;
            }
            String stripped = word.substring(0, end);
            if (TEST_NAMES.contains(word) || TEST_NAMES.contains(stripped)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of both sets; the first itself when the configuration adds none, as most do. */
    private static Set<String> union(Set<String> inCode, Set<String> configured) {
        if (configured.isEmpty()) {
            return inCode;
        }
        Set<String> both = new LinkedHashSet<>(inCode);
        both.addAll(configured);
        return both;
    }

    private static Set<String> canonicalSet(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String key : keys) {
            if (key == null) {
                throw new IllegalArgumentException("keys must not contain null, but was " + keys);
            }
            if (!key.isBlank()) {
                canonical.add(RelaxedNames.canonical(key.strip()));
            }
        }
        return Set.copyOf(canonical);
    }

    /**
     * The findings of one check. Most rules find nothing and give an empty list for each setting, which
     * {@link ArrayList#addAll} would copy into an empty array before adding nothing; these skip it.
     */
    private static final class Findings extends ArrayList<Finding> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean addAll(java.util.Collection<? extends Finding> more) {
            return !more.isEmpty() && super.addAll(more);
        }
    }
}

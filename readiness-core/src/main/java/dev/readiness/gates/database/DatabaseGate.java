package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * taken into account. {@code readiness.database.extra-keys} adds keys, {@code readiness.database.exclude-keys}
 * removes keys (comma-separated, relaxed names).
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

    private static final Set<String> DATABASE_WORDS = Set.of(
            "database", "databases", "db", "datasource", "jdbc", "r2dbc", "redis", "rediscloud", "redistogo",
            "valkey", "mongo", "mongodb", "postgres", "postgresql", "pg", "mysql", "mariadb", "mssql", "sqlserver",
            "oracle", "cockroach", "cockroachdb", "neon", "supabase", "planetscale", "upstash", "pgbouncer", "rds",
            "aurora", "elasticache", "sqlalchemy", "flyway", "liquibase");

    private static final Set<String> URL_WORDS = Set.of("url", "uri", "dsn", "connectionstring", "conn");

    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "endpoint");

    private static final Set<String> NOT_URL_WORDS = Set.of(
            "driver", "timeout", "class", "prefix", "template", "pattern", "enabled", "format", "validation",
            "param", "params", "properties", "encoded", "username", "user", "password", "schema", "path", "file",
            "port", "max", "min", "size", "count", "retries", "retry", "ttl", "interval", "pool", "readiness");

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
        Set<String> extra = new LinkedHashSet<>(extraKeys);
        extra.addAll(listSetting(settings, EXTRA_KEYS_PROPERTY));
        Set<String> exclude = new LinkedHashSet<>(excludeKeys);
        exclude.addAll(listSetting(settings, EXCLUDE_KEYS_PROPERTY));
        List<Finding> findings = new ArrayList<>();
        boolean lists = !extra.isEmpty() || !exclude.isEmpty();
        for (Setting setting : settings) {
            String key = setting.key();
            if (setting.isDeferred() || key.regionMatches(true, 0, "readiness", 0, 9)) {
                continue;
            }
            Candidate candidate = null;
            if (lists) {
                String canonical = setting.canonicalKey();
                if (exclude.contains(canonical)) {
                    continue;
                }
                if (extra.contains(canonical)) {
                    candidate = Candidate.URL_KEY;
                }
            }
            if (candidate == null) {
                candidate = classify(setting);
            }
            switch (candidate) {
                case URL_KEY, URL_VALUE -> findings.addAll(judge(setting, context.stage(), settings));
                case HOST_KEY -> findings.addAll(judgeHost(setting, context.stage()));
                case NONE -> {
                    // not a database setting
                }
            }
        }
        return Outcome.of(findings);
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
        return judge(setting, stage, Settings.empty());
    }

    private enum Candidate { URL_KEY, URL_VALUE, HOST_KEY, NONE }

    private static Candidate classify(Setting setting) {
        String value = setting.value();
        if (looksLikeDatabaseValue(value)) {
            return Candidate.URL_VALUE;
        }
        if (value.isBlank() || !mayNameDatabase(setting.key())) {
            return Candidate.NONE;
        }
        String canonical = setting.canonicalKey();
        if (canonical.contains("connectionstring")) {
            return Candidate.URL_KEY;
        }
        List<String> words = RelaxedNames.words(setting.key());
        boolean database = false;
        boolean url = false;
        boolean host = false;
        for (String word : words) {
            if (NOT_URL_WORDS.contains(word)) {
                return Candidate.NONE;
            }
            database |= DATABASE_WORDS.contains(word) || word.startsWith("redis") || word.startsWith("mongo")
                    || word.startsWith("postgres");
            url |= URL_WORDS.contains(word);
            host |= HOST_WORDS.contains(word);
        }
        if (canonical.equals("pghost") || canonical.equals("mysqlhost")) {
            return Candidate.HOST_KEY;
        }
        if (database && url) {
            return Candidate.URL_KEY;
        }
        if (database && host && !url) {
            return Candidate.HOST_KEY;
        }
        return Candidate.NONE;
    }

    /** Letters a key must contain to possibly name a database ({@code db} covers jdbc, r2dbc, mongodb…). */
    private static final List<String> KEY_HINTS = List.of(
            "db", "data", "redis", "mongo", "postgres", "pg", "sql", "maria", "oracle", "flyway", "liquibase",
            "cockroach", "neon", "supabase", "planetscale", "upstash", "rds", "aurora", "elasticache", "valkey",
            "connection");

    private static final String[][] HINTS_BY_LETTER = new String[26][];

    static {
        for (String hint : KEY_HINTS) {
            int letter = hint.charAt(0) - 'a';
            String[] current = HINTS_BY_LETTER[letter];
            String[] next = current == null ? new String[1] : java.util.Arrays.copyOf(current, current.length + 1);
            next[next.length - 1] = hint;
            HINTS_BY_LETTER[letter] = next;
        }
    }

    /** A cheap pre-filter on the raw key, without allocating: without these letters it cannot name a database. */
    private static boolean mayNameDatabase(String key) {
        int length = key.length();
        for (int i = 0; i < length; i++) {
            char c = lower(key.charAt(i));
            if (c < 'a' || c > 'z') {
                continue;
            }
            String[] hints = HINTS_BY_LETTER[c - 'a'];
            if (hints == null) {
                continue;
            }
            for (String hint : hints) {
                int hintLength = hint.length();
                if (i + hintLength > length) {
                    continue;
                }
                int j = 1;
                while (j < hintLength && lower(key.charAt(i + j)) == hint.charAt(j)) {
                    j++;
                }
                if (j == hintLength) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static final List<String> SCHEMES = List.of(
            "postgres", "postgresql", "pgsql", "cockroachdb", "mysql", "mysqlx", "mariadb", "sqlserver", "mssql",
            "oracle", "mongodb", "redis", "rediss", "valkey", "valkeys");

    /** Cheap value shape test: a {@code jdbc:} URL, a database URI, or a libpq/ADO.NET connection string. */
    static boolean looksLikeDatabaseValue(String value) {
        String v = value.strip();
        if (v.length() < 6) {
            return false;
        }
        if (v.regionMatches(true, 0, "jdbc:", 0, 5) || v.regionMatches(true, 0, "r2dbc:", 0, 6)
                || v.regionMatches(true, 0, "r2dbcs:", 0, 7)) {
            return true;
        }
        int scheme = -1;
        for (int i = 1; i <= 20 && i + 3 <= v.length(); i++) {
            if (v.startsWith("://", i)) {
                scheme = i;
                break;
            }
        }
        if (scheme > 0) {
            for (String known : SCHEMES) {
                int length = known.length();
                if (length <= scheme && (length == scheme || v.charAt(length) == '+')
                        && v.regionMatches(true, 0, known, 0, length)) {
                    return true;
                }
            }
            return false;
        }
        if (v.length() > DatabaseUrlParser.MAX_LENGTH || v.indexOf('=') < 0) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        boolean libpq = (lower.startsWith("host=") || lower.contains(" host=")) && lower.contains("dbname=");
        boolean ado = (lower.contains("server=") || lower.contains("data source=") || lower.contains("host="))
                && (lower.contains("database=") || lower.contains("initial catalog=")) && lower.indexOf(';') >= 0;
        return libpq || ado;
    }

    private List<Finding> judge(Setting setting, Stage stage, Settings settings) {
        List<Finding> findings = new ArrayList<>();
        ParseResult result = DatabaseUrl.parse(setting.value());
        if (!result.isValid()) {
            Severity severity = stage == Stage.STAGING || stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN;
            findings.add(Finding.of(severity, "database.unparseable", setting)
                    .message(setting.key() + " is not a database URL the gate can read: it "
                            + result.error().orElse("could not be parsed") + ".")
                    .remediation("Fix the value of " + setting.key() + " at " + setting.origin()
                            + " (a JDBC URL, a URI such as postgresql://host:5432/db, or a key=value connection"
                            + " string), or list the key in " + EXCLUDE_KEYS_PROPERTY + " if it is not a database"
                            + " URL.")
                    .build());
            return findings;
        }
        DatabaseUrl url = result.url().orElseThrow();
        Companions companions = Companions.of(setting, settings);
        String what = describe(url);
        boolean production = stage == Stage.PRODUCTION;
        boolean staging = stage == Stage.STAGING;

        for (HostPort hostPort : url.hosts()) {
            if (Hosts.isTemplate(hostPort.host())) {
                findings.add(Finding.of(production || staging ? Severity.NO_GO : Severity.WARN, "database.template-host",
                                setting)
                        .message(setting.key() + " names host '" + printable(hostPort.host()) + "' for " + what
                                + ", a template value that was never filled in.")
                        .remediation("Set the real database host in " + setting.key() + " at " + setting.origin()
                                + ".")
                        .build());
                break;
            }
        }
        if (!production && !staging) {
            return findings; // embedded and test databases are normal in development and test
        }
        if (url.testcontainers()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.testcontainers", setting)
                    .message(setting.key() + " is a Testcontainers URL: it starts a throw-away " + url.vendor()
                            .displayName() + " container instead of connecting to the " + stage.id() + " database.")
                    .remediation("Set " + setting.key() + " to the " + stage.id() + " database; keep jdbc:tc: URLs in"
                            + " test configuration.")
                    .build());
        } else if (url.embedded()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                    .message(setting.key() + " points at " + (url.inMemory() ? "an in-memory " : "an embedded ")
                            + url.vendor().displayName() + " database" + (url.inMemory()
                            ? ", whose data is lost at every restart" : " inside the application's own files")
                            + ", not a " + stage.id() + " database server.")
                    .remediation("Point " + setting.key() + " at the " + stage.id()
                            + " database server; keep embedded databases for development and tests.")
                    .build());
        }
        if (production && !url.embedded() && !url.testcontainers() && url.vendor() != Vendor.REDIS) {
            url.database().filter(DatabaseGate::readsAsTestName).ifPresent(name -> findings.add(
                    Finding.noGo("database.test-name", setting)
                            .message(setting.key() + " uses " + what + " named '" + printable(name)
                                    + "', a name that reads as a test or development database.")
                            .remediation("Check that " + setting.key() + " names the production database; if this"
                                    + " name is right, waive database.test-name for " + setting.key() + ".")
                            .build()));
        }
        String user = url.user().orElse(companions.user);
        boolean wellKnown = url.wellKnownCredentials()
                || !url.passwordPresent() && WellKnownCredentials.isWellKnown(user, companions.password);
        if (wellKnown && !url.embedded() && !url.testcontainers()) {
            findings.add(Finding.of(production ? Severity.NO_GO : Severity.WARN, "database.default-credentials",
                            setting)
                    .message(setting.key() + " connects to " + what + " with default or well-known credentials (a user"
                            + " and password that database images, installers or templates ship, an empty password"
                            + " for an administrator, or a password equal to the user name).")
                    .remediation("Create a dedicated database user with a generated password, store it in a secret"
                            + " manager, and rotate the old one.")
                    .build());
        }
        if (url.passwordPresent() && !url.passwordEmpty()) {
            findings.add(Finding.warn("database.password-in-url", setting)
                    .message(setting.key() + " contains the database password inside the URL; URLs end up in logs,"
                            + " error messages and process listings.")
                    .remediation("Move the password to its own setting (" + companions.passwordKeyHint
                            + " or the driver's password property) fed from a secret manager, and keep the URL"
                            + " free of credentials.")
                    .build());
        }
        if (!production) {
            return findings;
        }
        boolean connector = url.tls() == Tls.CONNECTOR;
        if (!connector && !url.embedded() && !url.testcontainers() && !url.hosts().isEmpty()
                && url.hosts().stream().allMatch(h -> Hosts.kind(h.host()) == Hosts.Kind.LOOPBACK)) {
            findings.add(Finding.warn("database.loopback", setting)
                    .message(setting.key() + " connects to " + what + " on the local machine (" + hostsText(url)
                            + "). That is legitimate behind a local proxy such as the Cloud SQL Auth Proxy or"
                            + " PgBouncer in a sidecar, and a mistake otherwise.")
                    .remediation("If no local proxy runs beside the service, set the real database host; if one"
                            + " does, waive database.loopback for " + setting.key() + ".")
                    .build());
        }
        if (!url.remote() || connector) {
            return findings;
        }
        Tls tls = companions.tls(url.tls());
        if (url.vendor() == Vendor.REDIS) {
            boolean password = url.passwordPresent() && !url.passwordEmpty() || companions.passwordSet();
            boolean encrypted = tls.isRequired();
            if (!password || !encrypted && url.publicHosts()) {
                findings.add(Finding.warn("database.redis-insecure", setting)
                        .message(setting.key() + " connects to Redis at " + hostsText(url) + (password ? ""
                                : " without a password") + (!password && !encrypted && url.publicHosts() ? " and"
                                : "") + (!encrypted && url.publicHosts() ? " without TLS over a public network" : "")
                                + ".")
                        .remediation("Require AUTH (a password or ACL user) on the Redis server and use rediss://"
                                + " (TLS) for hosts outside the private network.")
                        .build());
            }
            return findings;
        }
        if (!TLS_VENDORS.contains(url.vendor())) {
            return findings;
        }
        if (tls == Tls.DISABLED) {
            boolean publicHosts = url.publicHosts();
            findings.add(Finding.of(publicHosts ? Severity.NO_GO : Severity.WARN, "database.tls-disabled", setting)
                    .message(setting.key() + " switches TLS off for " + what + " at " + hostsText(url)
                            + (publicHosts ? ", a host reached over networks the service does not control."
                            : ", a private-network host; acceptable only where a service mesh or private link"
                            + " encrypts the traffic."))
                    .remediation("Remove the setting that disables TLS and require it (sslmode=verify-full,"
                            + " sslMode=VERIFY_IDENTITY, encrypt=true, tls=true) with the server's CA trusted.")
                    .build());
        } else if (!tls.isRequired() && url.publicHosts()) {
            findings.add(Finding.warn("database.tls-not-required", setting)
                    .message(setting.key() + " does not require TLS for " + what + " at " + hostsText(url) + " ("
                            + (tls == Tls.OPTIONAL ? "TLS is only preferred" : "no TLS setting, the driver's default"
                            + " does not require it") + "); a downgrade would go unnoticed.")
                    .remediation("Require TLS in the URL: sslmode=verify-full (PostgreSQL), sslMode=VERIFY_IDENTITY"
                            + " (MySQL), tls=true (MongoDB).")
                    .build());
        }
        return findings;
    }

    private static List<Finding> judgeHost(Setting setting, Stage stage) {
        String value = setting.value().strip();
        if (value.length() > 300) {
            return List.of();
        }
        String host = value;
        ParseResult result = DatabaseUrl.parse(value);
        if (result.isValid() && result.url().orElseThrow().form() == DatabaseUrl.Form.HOST) {
            host = result.url().orElseThrow().hosts().isEmpty() ? value : result.url().orElseThrow().hosts().get(0)
                    .host();
        }
        List<Finding> findings = new ArrayList<>();
        boolean enforcing = stage == Stage.PRODUCTION || stage == Stage.STAGING;
        if (Hosts.isTemplate(host) || dev.readiness.gates.required.Placeholders.isUnresolved(value)) {
            findings.add(Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "database.template-host", setting)
                    .message(setting.key() + " holds a template host that was never filled in.")
                    .remediation("Set the real database host in " + setting.key() + " at " + setting.origin() + ".")
                    .build());
        } else if (stage == Stage.PRODUCTION && Hosts.isLoopback(host)) {
            findings.add(Finding.warn("database.loopback", setting)
                    .message(setting.key() + " points at the local machine (" + printable(host) + "). That is"
                            + " legitimate behind a local proxy such as the Cloud SQL Auth Proxy, and a mistake"
                            + " otherwise.")
                    .remediation("If no local proxy runs beside the service, set the real database host; if one"
                            + " does, waive database.loopback for " + setting.key() + ".")
                    .build());
        }
        return findings;
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
        for (String word : RelaxedNames.words(name)) {
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

    private static String describe(DatabaseUrl url) {
        return url.vendor() == Vendor.OTHER ? "the database" : "the " + url.vendor().displayName() + " database";
    }

    private static String hostsText(DatabaseUrl url) {
        List<String> hosts = new ArrayList<>();
        for (HostPort hostPort : url.hosts()) {
            hosts.add(printable(hostPort.toString()));
            if (hosts.size() == 3 && url.hosts().size() > 3) {
                hosts.add("and " + (url.hosts().size() - 3) + " more");
                break;
            }
        }
        return String.join(", ", hosts);
    }

    /** Hosts are printed, but bounded and stripped of anything that is not a plain host character. */
    private static String printable(String host) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < host.length() && out.length() < 80; i++) {
            char c = host.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static Set<String> canonicalSet(Collection<String> keys) {
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

    private static Set<String> listSetting(Settings settings, String property) {
        Set<String> keys = new LinkedHashSet<>();
        String canonicalProperty = RelaxedNames.canonical(property);
        for (Setting setting : settings.withPrefix(property)) {
            String rest = setting.canonicalKey().substring(canonicalProperty.length());
            if (rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
                for (String part : setting.value().split(",")) {
                    if (!part.isBlank()) {
                        keys.add(RelaxedNames.canonical(part.strip()));
                    }
                }
            }
        }
        return keys;
    }

    /** Settings next to a URL key that complete it: user, password and TLS switches. */
    private static final class Companions {

        private static final Companions NONE = new Companions(null, null, "a separate password setting",
                Settings.empty(), "", "");

        final @Nullable String user;
        final @Nullable String password;
        final String passwordKeyHint;
        private final Settings settings;
        private final String parent;
        private final String canonical;

        private Companions(@Nullable String user, @Nullable String password, String passwordKeyHint,
                Settings settings, String parent, String canonical) {
            this.user = user;
            this.password = password;
            this.passwordKeyHint = passwordKeyHint;
            this.settings = settings;
            this.parent = parent;
            this.canonical = canonical;
        }

        static Companions of(Setting setting, Settings settings) {
            String canonical = setting.canonicalKey();
            String prefix = null;
            for (String suffix : List.of("jdbcurl", "url", "uri", "dsn")) {
                if (canonical.endsWith(suffix) && canonical.length() > suffix.length()) {
                    prefix = canonical.substring(0, canonical.length() - suffix.length());
                    break;
                }
            }
            if (prefix == null || settings.size() == 0) {
                return NONE;
            }
            String user = first(settings, prefix + "username", prefix + "user");
            String password = first(settings, prefix + "password", prefix + "pass");
            String parent = prefix.endsWith("hikari") ? prefix.substring(0, prefix.length() - 6) : prefix;
            String hint = setting.key().contains(".") ? keyWith(setting.key(), "password")
                    : keyWith(setting.key(), "PASSWORD");
            return new Companions(user, password, hint, settings, parent, canonical);
        }

        private static @Nullable Tls companionTls(String key, String value) {
            if (key.endsWith("sslmode") || key.endsWith("tlsmode") || key.endsWith("sslenabled")
                    || key.endsWith("tlsenabled") || key.endsWith("usessl") || key.endsWith("ssl")
                    || key.endsWith("encrypt") || key.endsWith("tls") || key.endsWith("requiressl")) {
                return DatabaseUrlParser.tlsValue(value);
            }
            return null;
        }

        private static @Nullable String first(Settings settings, String... keys) {
            for (String key : keys) {
                Optional<String> value = settings.value(key);
                if (value.isPresent()) {
                    return value.get();
                }
            }
            return null;
        }

        private static String keyWith(String key, String last) {
            int separator = Math.max(key.lastIndexOf('.'), key.lastIndexOf('_'));
            return separator < 0 ? last : key.substring(0, separator + 1) + last;
        }

        boolean passwordSet() {
            return password != null && !password.isBlank();
        }

        /** The URL's TLS level, raised by a companion switch where the URL leaves it unspecified or optional. */
        Tls tls(Tls fromUrl) {
            if (parent.isEmpty() || fromUrl != Tls.UNSPECIFIED && fromUrl != Tls.OPTIONAL) {
                return fromUrl;
            }
            Tls best = fromUrl;
            for (Setting candidate : settings.withPrefix(parent)) {
                String key = candidate.canonicalKey();
                if (key.equals(canonical)) {
                    continue;
                }
                Tls level = companionTls(key, candidate.value());
                if (level != null && level.isRequired() && level.compareTo(best) > 0) {
                    best = level;
                }
            }
            return best;
        }
    }
}

package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.PythonUnsetLiterals;
import dev.readiness.gates.internal.SecretKeyMaps;
import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for database settings written apart from any URL: a TLS switch turned off, an engine switch that picks an
 * embedded database, a password whose sibling user makes a default pair, and such a pair beside a host key.
 * Stateless.
 */
final class SettingRules {

    private static final List<String> USER_WORDS = List.of("username", "user", "usr", "login", "userid", "uid");

    /** Password keys of database images whose user is implied when no user key is set. */
    private static final Map<String, String> IMPLIED_USERS = Map.of(
            "postgrespassword", "postgres", "mysqlrootpassword", "root", "mariadbrootpassword", "root",
            "pgpassword", "postgres");

    private SettingRules() {
    }

    static List<Finding> tlsSwitch(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION || VendorRules.tlsValue(setting.value()) != Tls.DISABLED) {
            return List.of();
        }
        String host = publicHostBeside(setting, settings);
        if (host != null) {
            return List.of(Finding.noGo("database.tls-disabled", setting)
                    .message(setting.key() + " switches TLS off for the database at " + host + " beside it, a host"
                            + " reached over networks the service does not control: the traffic, passwords included,"
                            + " goes in clear.")
                    .remediation("Remove " + setting.key() + " or require TLS with certificate verification"
                            + " (sslmode=verify-full, sslMode=VERIFY_IDENTITY, encrypt=true) with the server's CA"
                            + " trusted.")
                    .build());
        }
        return List.of(Finding.warn("database.tls-disabled", setting)
                .message(setting.key() + " switches TLS off for the database connection; the traffic, passwords"
                        + " included, goes in clear unless a service mesh or private link encrypts it.")
                .remediation("Remove " + setting.key() + " or require TLS with certificate verification"
                        + " (sslmode=verify-full, sslMode=VERIFY_IDENTITY, encrypt=true) with the server's CA trusted.")
                .build());
    }

    /** Last words of the host key beside a TLS switch ({@code DB_HOST} beside {@code DB_SSLMODE}). */
    private static final List<String> SWITCH_HOST_WORDS = List.of("host", "hostname", "server", "address", "addr");

    /**
     * The public host written beside a TLS switch in its own section ({@code DB_HOST=app.abc.rds.amazonaws.com} beside
     * {@code DB_SSL=false}, {@code PGHOST} beside {@code PGSSLMODE}), or {@code null} when the host is private, the
     * local machine, a template or supplied at run time.
     */
    private static @org.jspecify.annotations.Nullable String publicHostBeside(Setting setting, Settings settings) {
        String section = DatabaseKeys.tlsSwitchSection(setting.canonicalKey());
        if (section.isEmpty()) {
            return null;
        }
        for (String word : SWITCH_HOST_WORDS) {
            Optional<Setting> found = settings.get(section + word);
            if (found.isPresent() && !found.get().isDeferred()) {
                String host = found.get().value().strip();
                if (!host.isEmpty() && host.length() <= 253 && host.indexOf('/') < 0 && host.indexOf('$') < 0
                        && host.indexOf(':') < 0 && host.indexOf('.') > 0 && !dev.readiness.gates.internal.Hosts
                        .isTemplate(host) && dev.readiness.gates.internal.Hosts.kind(host)
                        == dev.readiness.gates.internal.Hosts.Kind.PUBLIC) {
                    return host;
                }
            }
        }
        return null;
    }


    /**
     * The TLS parameter names, made when a deferred URL first asks: every key's {@link DatabaseKey} loads this class,
     * and a start without such a URL then loads no vendor table.
     */
    private static final class TlsParameters {

        static final java.util.Set<String> NAMES = tlsParameters();

        private TlsParameters() {
        }

        private static java.util.Set<String> tlsParameters() {
            java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of(VendorRules.TLS_MODE_PARAMETERS));
            names.addAll(java.util.List.of(VendorRules.TLS_FLAG_PARAMETERS));
            return java.util.Set.copyOf(names);
        }
    }

    /**
     * A database URL whose host or credentials come from the environment at run time
     * ({@code jdbc:mysql://${DB_HOST}:3306/app?useSSL=false}) is not judged as written, but the parameter that switches
     * TLS off is written here and holds whatever host the environment supplies: a WARN in production, like a TLS
     * switch of its own. A URL written without its scheme counts when its query holds the parameter (postgres_exporter's
     * {@code DATA_SOURCE_URI=postgres:5432/${POSTGRES_DB}?sslmode=disable}, host, port and database only, as that
     * variable takes them; thirty-ninth pass).
     *
     * @param setting a deferred setting
     * @param stage the stage
     * @return the finding, or empty
     */
    static List<Finding> deferredUrlTls(Setting setting, Stage stage) {
        String value = setting.value();
        if (stage != Stage.PRODUCTION || value.length() > 4096) {
            return List.of();
        }
        int query = PlaceholderText.outside(value, '?');
        if (query < 0 && !value.contains("://")) {
            return List.of();
        }
        String parameters = query >= 0 ? value.substring(query + 1) : value.substring(value.indexOf("://") + 3);
        for (String pair : PlaceholderText.split(parameters)) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || !TlsParameters.NAMES.contains(UrlSyntax.normalizeKey(pair.substring(0, equals)))) {
                continue;
            }
            String written = pair.substring(equals + 1).strip();
            String fallback = PlaceholderText.fallback(written);
            String flag = fallback != null ? fallback : written;
            if (flag.contains("${") || !offInTheClear(flag)) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            return List.of(Finding.warn("database.tls-disabled", setting)
                    .message(setting.key() + " switches TLS off (" + name + (fallback == null ? "" : ", by the"
                            + " default of its placeholder, " + flag.strip())
                            + ") for a database whose address is supplied at run time; the traffic, passwords"
                            + " included, goes in clear unless a service mesh or private link encrypts it.")
                    .remediation("Remove " + name + " from " + setting.key()
                            + " or require TLS with certificate verification (sslmode=verify-full,"
                            + " sslMode=VERIFY_IDENTITY, encrypt=true) with the server's CA trusted.")
                    .build());
        }
        return List.of();
    }

    /**
     * Whether a TLS parameter's value sends the connection in clear: switched off, or libpq's {@code allow}, which
     * tries a plain connection first and encrypts only when the server refuses it.
     */
    private static boolean offInTheClear(String flag) {
        return VendorRules.tlsValue(flag) == Tls.DISABLED || flag.strip().equalsIgnoreCase("allow");
    }

    /**
     * A database URL supplied only in part at run time whose literal start already says it is embedded:
     * {@code jdbc:hsqldb:file:${dir}/app}, {@code jdbc:h2:mem:${name}}, {@code jdbc:derby:${db}} and
     * {@code jdbc:sqlite:${path}} run in the application whatever the placeholder holds, as does
     * {@code jdbc:h2:${jboss.server.data.dir}/keycloak}, whose placeholder names a directory; {@code jdbc:h2:${location}}
     * may still be {@code tcp://host} and is left alone.
     */
    static List<Finding> deferredEmbedded(Setting setting, Stage stage) {
        String value = setting.value();
        int placeholder = value.indexOf("${");
        if ((stage == Stage.PRODUCTION || stage == Stage.STAGING) && value.length() <= 4096 && sqliteStart(value)) {
            return List.of(deferredEmbeddedFinding(setting, stage, value.contains(":memory:"), "sqlite"));
        }
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || placeholder < 0 || value.length() > 4096
                || !value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return List.of();
        }
        String literal = value.substring(5, placeholder).toLowerCase(java.util.Locale.ROOT);
        int colon = literal.indexOf(':');
        if (colon <= 0) {
            return List.of();
        }
        String location = literal.substring(colon + 1);
        if (location.isEmpty() && namesDirectory(value, placeholder)) {
            location = "file:";
        }
        Optional<Boolean> inMemory = switch (literal.substring(0, colon)) {
            case "h2" -> embeddedLocation(location, List.of("tcp://", "ssl://"), List.of("mem:"));
            case "hsqldb" -> embeddedLocation(location, List.of("hsql://", "hsqls://", "http://", "https://"),
                    List.of("mem:"));
            case "derby" -> embeddedLocation(location, List.of("//"), List.of("memory:"));
            case "sqlite" -> Optional.of(location.startsWith(":memory:"));
            default -> Optional.empty();
        };
        if (inMemory.isEmpty()) {
            return List.of();
        }
        return List.of(deferredEmbeddedFinding(setting, stage, inMemory.get(), literal.substring(0, colon)));
    }

    private static Finding deferredEmbeddedFinding(Setting setting, Stage stage, boolean inMemory, String engine) {
        return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                .message(setting.key() + " points at " + (inMemory ? "an in-memory" : "an embedded")
                        + " database (its address is completed at run time, but " + engine
                        + " URLs of this form run inside the application), not a " + stage.id() + " database server.")
                .remediation("Point " + setting.key() + " at the " + stage.id()
                        + " database server; keep embedded databases for development and tests.")
                .build();
    }

    /**
     * Whether a value completed at run time is a SQLite URL whatever its path: SQLAlchemy's {@code sqlite:///${DB_PATH}}
     * or {@code sqlite+aiosqlite:///…}, also written as the code that builds it ({@code 'sqlite:///{}'.format(…)},
     * {@code f"sqlite:///{BASE_DIR}/app.db"}). SQLite has no server form.
     */
    private static boolean sqliteStart(String value) {
        int start = value.length() > 1 && (value.charAt(0) == 'f' || value.charAt(0) == 'F') ? 1 : 0;
        if (start < value.length() && (value.charAt(start) == '\'' || value.charAt(start) == '"')) {
            start++;
        } else if (start == 1) {
            return false;
        }
        return value.regionMatches(true, start, "sqlite:", 0, 7) || value.regionMatches(true, start, "sqlite+", 0, 7);
    }

    /** The last words of a placeholder's name that say it holds a directory, not a server's address. */
    private static final Set<String> DIRECTORY_WORDS = Set.of("dir", "directory", "path", "folder");

    /**
     * Whether the placeholder that starts the location names a directory by its last word and a path follows it
     * ({@code jdbc:h2:${jboss.server.data.dir}/keycloak}): a file database, since a directory is no {@code tcp://host}.
     * A {@code HOME} is not read as one ({@code jdbc:h2:${APP_HOME}/orders} stays left alone, as an earlier test keeps
     * it).
     */
    private static boolean namesDirectory(String value, int placeholder) {
        int end = value.indexOf('}', placeholder);
        if (end < 0 || end + 1 >= value.length() || value.charAt(end + 1) != '/') {
            return false;
        }
        int separator = value.indexOf(':', placeholder + 2);
        String name = value.substring(placeholder + 2, separator > 0 && separator < end ? separator : end);
        List<String> words = KeyWords.of(name);
        return !words.isEmpty() && DIRECTORY_WORDS.contains(words.get(words.size() - 1));
    }

    /**
     * Whether the literal start of a location is embedded (present: in memory or not), or empty when it is a server
     * form or may still become one.
     */
    private static Optional<Boolean> embeddedLocation(String location, List<String> servers, List<String> memory) {
        if (location.isEmpty()) {
            return Optional.empty();
        }
        for (String server : servers) {
            if (location.startsWith(server) || server.startsWith(location)) {
                return Optional.empty();
            }
        }
        for (String memoryForm : memory) {
            if (location.startsWith(memoryForm)) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    static List<Finding> engineSwitch(Setting setting, Stage stage) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || !DatabaseKeys.namesEmbeddedEngine(setting.value())) {
            return List.of();
        }
        return List.of(Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.embedded",
                        setting)
                .message(StoreChoices.isMemory(setting.value())
                        ? setting.key() + " chooses an in-memory store: every record is lost when the service"
                                + " restarts and each replica keeps its own, not on a " + stage.id()
                                + " database server."
                        : setting.key() + " chooses an embedded database engine (SQLite, H2, HSQLDB or Derby), which"
                        + " keeps the data in the application's own files or memory, not on a " + stage.id()
                        + " database server.")
                .remediation("Set " + setting.key() + " to the " + stage.id() + " database server's engine and"
                        + " configure its host; keep embedded engines for development and tests.")
                .build());
    }

    /** The names Go's {@code database/sql} configurations give the data source beside {@code driverName}. */
    private static final List<String> DATA_SOURCE_SUFFIXES = List.of("dataSourceName", "data_source_name",
            "DATA_SOURCE_NAME", "dataSource", "dsn", "DSN");

    /**
     * The data source beside a driver name that chooses an embedded engine ({@code dataSourceName =
     * "file:casibase.db?cache=shared"} beside {@code driverName = sqlite}): the file or memory database that driver
     * opens, reported too, since that is the setting to replace with a server's address.
     *
     * @param driver the driver-name setting, already reported
     * @param settings the settings of one check
     * @param reported the finding on the driver name
     * @return the finding on the data source, or none when the key is no driver name or has no such sibling
     */
    static List<Finding> dataSourceOfDriver(Setting driver, Settings settings, Finding reported) {
        String key = driver.key();
        int cut = AsciiCase.endsWith(key, "drivername") ? 10 : AsciiCase.endsWith(key, "driver_name") ? 11 : -1;
        if (cut < 0) {
            return connectionOfEngine(driver, settings, reported);
        }
        String prefix = key.substring(0, key.length() - cut);
        for (String suffix : DATA_SOURCE_SUFFIXES) {
            Optional<Setting> source = settings.get(prefix + suffix);
            if (source.isPresent() && !source.get().isDeferred() && !source.get().value().isBlank()) {
                return List.of(Finding.of(reported.severity(), reported.code(), source.get())
                        .message(source.get().key() + " is the data source of the embedded engine " + key
                                + " chooses: a file or memory database of the application's own, not a database server.")
                        .remediation(reported.remediation())
                        .build());
            }
        }
        return List.of();
    }

    /** Last words of the setting beside an engine switch that says where the embedded engine keeps its data. */
    private static final List<String> CONNECTION_WORDS = List.of("connection", "connectionstring", "dsn", "path",
            "file", "filename", "datasource", "source", "location");

    /**
     * The connection setting beside an engine switch that chooses an embedded engine
     * ({@code TRAGGO_DATABASE_CONNECTION=data/traggo.db} beside {@code TRAGGO_DATABASE_DIALECT=sqlite3}): the file the
     * engine opens, reported with the switch's finding. A value a URL rule reads is judged there.
     */
    private static List<Finding> connectionOfEngine(Setting engine, Settings settings, Finding reported) {
        List<String> words = KeyWords.of(engine.key());
        String canonical = engine.canonicalKey();
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (words.size() < 2 || !canonical.endsWith(last)) {
            return List.of();
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        for (String word : CONNECTION_WORDS) {
            Optional<Setting> source = settings.get(prefix + word);
            if (source.isPresent() && !source.get().isDeferred() && !source.get().value().isBlank()
                    && !DatabaseKeys.looksLikeDatabaseValue(source.get().value())) {
                return List.of(Finding.of(reported.severity(), reported.code(), source.get())
                        .message(source.get().key() + " is where the embedded engine " + engine.key()
                                + " chooses keeps its data: a file or memory database of the application's own, not a"
                                + " database server.")
                        .remediation(reported.remediation())
                        .build());
            }
        }
        return List.of();
    }

    /**
     * The default pair a password key makes with its sibling (or implied) user, reported on the password only: the
     * password is the secret that makes the pair default ({@code POSTGRES_PASSWORD=} or {@code =postgres} beside
     * {@code POSTGRES_USER=postgres}), and the user key beside it names an account, which is no finding of its own.
     */
    static List<Finding> passwordPair(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        Optional<String> prefix = lastWordCut(setting);
        if (prefix.isEmpty()) {
            return List.of();
        }
        Optional<Setting> userSetting = siblingUser(settings, prefix.get());
        String user = userSetting.map(Setting::value).orElse(IMPLIED_USERS.get(setting.canonicalKey()));
        if (user == null || !WellKnownCredentials.isWellKnown(user, setting.value())
                || UnsetLiteralPairs.bothUnset(user, setting.value()) && PythonUnsetLiterals.mayBeUnset(setting)) {
            return List.of();
        }
        Severity severity = stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN;
        return List.of(defaultPair(setting, severity, "user"));
    }

    /**
     * RabbitMQ's built-in {@code guest} account as a broker's user ({@code spring.rabbitmq.username=guest},
     * {@code ${RABBITMQ_USERNAME:guest}}, {@code RABBITMQ_DEFAULT_USER=guest}): the default account, whose password
     * every client and the broker's own image default to {@code guest}. NO-GO in production when no password is
     * written beside it (Spring Boot's and the clients' default is then {@code guest}); a password beside it that is
     * {@code guest} or blank is the pair's secret, and the finding is reported on that password, not on the user; WARN
     * when another password is set or injected (the account is still the built-in one, refused to remote clients by the
     * broker's default {@code loopback_users}), and WARN in staging. Another user name is not judged here.
     */
    static List<Finding> brokerGuest(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || setting.value().length() != 5
                || !setting.value().equalsIgnoreCase("guest")) {
            return List.of();
        }
        Optional<String> prefix = lastWordCut(setting);
        Setting password = null;
        for (String word : DatabaseKeys.PASSWORD_WORDS) {
            Optional<Setting> found = prefix.isEmpty() ? Optional.empty() : settings.get(prefix.get() + word);
            if (found.isPresent()) {
                password = found.get();
                break;
            }
        }
        boolean defaultPassword = password == null || !password.isDeferred()
                && (password.value().isBlank() || password.value().strip().equalsIgnoreCase("guest"));
        Severity severity = stage == Stage.PRODUCTION && defaultPassword ? Severity.NO_GO : Severity.WARN;
        Setting subject = defaultPassword && password != null ? password : setting;
        String message = subject != setting
                ? subject.key() + " is the password of the message broker's built-in guest account, " + setting.key()
                        + ", left blank or at its default, guest: anyone who knows the broker's defaults can log in."
                : defaultPassword
                ? setting.key() + " is the message broker's built-in guest account, with its default password: anyone"
                        + " who knows the broker's defaults can log in."
                : setting.key() + " is the message broker's built-in guest account: the broker refuses it to remote"
                        + " clients by default, and it is the account every attacker tries first.";
        return List.of(Finding.of(severity, "database.default-credentials", subject)
                .message(message)
                .remediation("Create a dedicated broker user with a generated password, store it in a secret manager,"
                        + " set it in " + setting.key() + ", and delete the guest account.")
                .build());
    }

    /**
     * The canonical sections of Spring Boot's own data source ({@code spring.datasource.}, {@code spring.r2dbc.}): the
     * application's one database, required wherever its URL is given, so an empty default of its password is one
     * even when the user and URL are placeholders with empty defaults too ({@code spring.datasource.username=${DB_USER:}}).
     */
    private static final Set<String> PRIMARY_DATA_SOURCES = Set.of("springdatasource", "springr2dbc");

    /** Last key words of the setting that says where a password's connection goes, beside it. */
    private static final List<String> TARGET_WORDS = List.of("url", "jdbcurl", "jdbc-url", "uri", "host", "hostname");

    /**
     * A database password whose placeholder defaults to nothing ({@code spring.datasource.password=${DB_PASSWORD:}})
     * beside a user with a value ({@code spring.datasource.username=${DB_USER:letterservice}}) and a URL or host that
     * says where it connects (for Spring Boot's own data source, a user and a URL of any kind, empty defaults
     * included): when the deploy does not set the variable, Spring fills in the empty default and the service logs in
     * as that user with an empty password, where {@code ${DB_PASSWORD}} would stop start-up. The user beside it is what
     * tells a required slot from an optional one: a read-only replica or a second data source left unconfigured has an
     * empty user too ({@code read-only-username=${RO_UID:}}), and a Redis password has no user. Reported as
     * {@code database.default-credentials} (an empty password is what the placeholder's default gives), NO-GO in
     * production, WARN in staging.
     *
     * <p>The same password once it is blank ({@code spring.datasource.password=} beside {@code username=app} and a
     * URL; at boot, the empty default resolved) is the same mistake and gets the same code, as a connection URL's
     * {@code app:@db} does ({@link WellKnownCredentials#emptyPasswordWritten}): one mistake is named alike by the
     * build, the CLI and the boot, and one waiver covers it everywhere. Only Spring Boot's own data source is read so:
     * a blank password of another section is often filled from elsewhere (a chart's existing Secret, a variable the
     * comment names, a bundled database that is switched on), which the secrets gate weighs. The user must be a named
     * one of its own; a well-known user with a blank password is {@link #passwordPair}'s.
     */
    static List<Finding> emptyDefaultPassword(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        boolean blank = !setting.isDeferred() && setting.value().isBlank();
        if (!blank && !emptyDefault(setting.value())) {
            return List.of();
        }
        String prefix = lastWordCut(setting).orElse("");
        Optional<Setting> user = siblingUser(settings, prefix);
        boolean userGiven = user.isPresent() && !user.get().isDeferred() && !user.get().value().isBlank();
        boolean primary = PRIMARY_DATA_SOURCES.contains(prefix);
        if (blank ? !primary || !userGiven || !WellKnownCredentials.emptyPasswordWritten(user.get().value(), "")
                : !userGiven && !(primary && user.isPresent())) {
            return List.of();
        }
        boolean target = false;
        for (String word : TARGET_WORDS) {
            Optional<Setting> where = settings.get(prefix + word);
            target |= where.isPresent() && !where.get().value().isBlank()
                    && (primary || !emptyDefault(where.get().value()));
        }
        if (!target) {
            return List.of();
        }
        return List.of(Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN,
                        "database.default-credentials", setting)
                .message(blank
                        ? setting.key() + " is blank: the service logs in as the user of " + user.get().key()
                                + " with no password."
                        : setting.key() + " defaults to an empty password: unless the deploy sets its variable, the"
                                + " service logs in as the user of " + user.get().key() + " with no password.")
                .remediation(blank
                        ? "Set the database password from a secret manager in " + setting.key() + " at "
                                + setting.origin() + "."
                        : "Remove the empty default (write ${NAME} without ':', so that a missing variable stops"
                                + " start-up) and set the password from a secret manager.")
                .build());
    }

    /** Whether a value is one Spring placeholder with an empty default, {@code ${NAME:}}. */
    private static boolean emptyDefault(String value) {
        String v = value.strip();
        int colon = v.length() - 2;
        return v.length() > 4 && v.startsWith("${") && v.endsWith(":}") && v.indexOf(':') == colon
                && v.indexOf('}') == v.length() - 1 && v.indexOf('$', 1) < 0;
    }

    /**
     * The canonical key without its last word ({@code spring.datasource.} for {@code spring.datasource.password}),
     * under which a setting's siblings (user, password, database name) stand; empty when the last word cannot be cut
     * off the canonical key.
     */
    private static Optional<String> lastWordCut(Setting setting) {
        String canonical = setting.canonicalKey();
        List<String> words = KeyWords.of(setting.key());
        if (words.isEmpty() || !canonical.endsWith(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        return Optional.of(canonical.substring(0, canonical.length() - words.get(words.size() - 1).length()));
    }

    /** Last key words that name the database a connection opens, beside its user and password. */
    private static final List<String> NAME_WORDS = List.of("database", "dbname", "databasename", "name", "db");

    /**
     * The user and database name beside a database password that a template left to fill in
     * ({@code DATABASE_USER=__DB_USER__}, {@code sql.user=_USERNAME_}, {@code DB_NAME=<database>}): the connection is
     * refused, or reaches whatever the template's defaults name. A run-time reference ({@code ${DB_USER}}) is filled
     * in later and is not a template.
     */
    static List<Finding> templateSiblings(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        String prefix = lastWordCut(setting).orElse("");
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<Finding> found = new java.util.ArrayList<>(0);
        siblingUser(settings, prefix).filter(user -> isTemplate(user.value())).ifPresent(user -> found.add(
                Finding.noGo("database.template-credentials", user)
                        .message(user.key() + " holds a database user that a template left to fill in.")
                        .remediation("Set the real database user in " + user.key() + " at " + user.origin() + ".")
                        .build()));
        for (String word : NAME_WORDS) {
            Optional<Setting> name = settings.get(prefix + word);
            if (name.isPresent()) {
                if (isTemplate(name.get().value())) {
                    found.add(Finding.noGo("database.template-name", name.get())
                            .message(name.get().key() + " holds a database name that a template left to fill in.")
                            .remediation("Set the real database name in " + name.get().key() + " at "
                                    + name.get().origin() + ".")
                            .build());
                }
                break;
            }
        }
        return found;
    }

    private static boolean isTemplate(String value) {
        return !References.isReference(value) && !dev.readiness.gates.internal.ReplaceTokens.isWholeToken(value.strip())
                && (dev.readiness.gates.settings.Placeholders.isUnresolved(value)
                || TemplateCredentials.isTemplateUser(value));
    }

    /**
     * A database name under a key that says production which reads as a development or test database
     * ({@code production.database=app_development} in a Rails {@code database.yml}, {@code PROD_DB_NAME=shop_test}):
     * the key and the value contradict each other, the way a production section copied or aliased from the
     * development one does. A key without such a word is not judged: a name alone says nothing about the stage.
     */
    static List<Finding> productionTestName(Setting setting, Stage stage) {
        if (stage != Stage.PRODUCTION) {
            return List.of();
        }
        if (!KeyNames.namesProductionDatabase(KeyWords.of(setting.key()))) {
            return List.of();
        }
        String value = setting.value().strip();
        if (!plainTestName(value)) {
            return List.of();
        }
        return List.of(Finding.noGo("database.test-name", setting)
                .message(setting.key() + " names a production database '" + JudgedUrl.printable(value)
                        + "', a name that reads as a development or test database.")
                .remediation("Check that " + setting.key() + " names the production database; if this name is"
                        + " right, waive database.test-name for " + setting.key() + ".")
                .build());
    }

    /** Whether a stripped value is a plain database name (at most 128 characters) that reads as a test database. */
    private static boolean plainTestName(String value) {
        return !value.isEmpty() && value.length() <= 128 && plainName(value) && DatabaseGate.readsAsTestName(value);
    }

    /**
     * A database name that reads as a test or development database ({@code POSTGRES_DB=development},
     * {@code mongodb_db=oidc_test}, {@code postgresql-name=test}) under a key that names the database of an engine
     * (the one its server creates and serves) or a document database's id ({@code CosmosDb.Client.DatabaseId=testDb},
     * which names the database as surely) and says nothing about a stage: WARN, since the production service
     * would read the test data. A key with a non-production word ({@code POSTGRES_TEST_DB},
     * {@code development.database}) is where a test database belongs; an unqualified {@code DB_NAME} and a pool's or
     * data source's name ({@code spring.datasource.name}) stay unjudged, as a name alone says little there.
     */
    static List<Finding> testDatabaseName(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION) {
            return List.of();
        }
        if (!KeyNames.namesEngineDatabase(KeyWords.of(setting.key()))) {
            return List.of();
        }
        String value = setting.value().strip();
        if (!plainTestName(value)) {
            return List.of();
        }
        boolean sample = samplePairAt(lastWordCut(setting).orElse(""), settings, false);
        return List.of(Finding.of(sample ? Severity.NO_GO : Severity.WARN, "database.test-name", setting)
                .message(setting.key() + " names the database '" + JudgedUrl.printable(value)
                        + "', a name that reads as a test or development database." + (sample ? SAMPLE_PAIR : ""))
                .remediation("Point " + setting.key() + " at the production database; if this name is right, waive"
                        + " database.test-name for " + setting.key() + ".")
                .build());
    }

    /**
     * Whether the user and password of a section are a sample's as shipped (see
     * {@link #defaultPairBeside(Setting, Settings, boolean, String, boolean)}): with a test-named database, the whole
     * connection is a test or developer's one, which no production database is opened with.
     */
    private static boolean samplePairAt(String section, Settings settings, boolean engineSection) {
        if (section.isEmpty() && !engineSection) {
            return false;
        }
        return Boolean.TRUE.equals(defaultPairAt(section, settings, engineSection, null));
    }

    private static final String SAMPLE_PAIR = " The user and password beside it are a default or sample pair too: the"
            + " whole connection is a test or developer's one.";

    /** Values that spell "the database name" instead of naming one, compared by their letters and digits alone. */
    private static final java.util.Set<String> SPELLED_NAMES = java.util.Set.of("dbname", "databasename",
            "yourdb", "yourdatabase", "yourdbname", "yourdatabasename", "nameofdatabase", "mydbname",
            "mydatabasename");

    /** Whether a database name spells what goes there ({@code dbname}, {@code your_database}): never filled in. */
    static boolean spellsADatabaseName(String name) {
        return name.length() <= 64 && SPELLED_NAMES.contains(lettersOf(name));
    }

    /** The endings of every key {@link #databaseName} reads; a caller may test them and leave this class unloaded. */
    static final String DATABASE_ENDING = "database";
    static final String NAME_ENDING = "name";

    /**
     * A database name that was never filled in or that belongs to a developer's connection, under any key naming the
     * database a connection opens ({@code DB_NAME}, {@code MYSQL_DATABASE}, {@code database.write.database}, or a
     * {@code database} in a section a sibling declares a database connection, see {@link EngineSections}):
     * <ul>
     * <li>a value that spells what the key holds ({@code db_name}, {@code database-name}, {@code your_db}) is
     *     {@code database.template-name}, NO-GO in production and staging as beside a password; a real name with those letters
     *     ({@code dbnames_archive}, {@code orders_db}) is not;</li>
     * <li>a name that reads as a test or development database ({@code test}, {@code app_development}) beside a host on
     *     the local machine in the same section ({@code host=localhost}) is {@code database.test-name}, a WARN in
     *     production: the whole section is a developer's connection; beside a default or sample user and password
     *     pair ({@code DATABASE_USERNAME=postgres}, {@code DATABASE_PASSWORD=password}), wherever the host is, a NO-GO.
     *     A test name alone ({@code DB_NAME=devel}) says nothing about the stage and is not judged.</li>
     * </ul>
     */
    static List<Finding> databaseName(Setting setting, Stage stage, Settings settings, boolean engineSection) {
        String key = setting.key();
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || !AsciiCase.endsWith(key, DATABASE_ENDING)
                && !AsciiCase.endsWith(key, NAME_ENDING) || SecretKeyMaps.mapsVariableToSecretKey(key)) {
            return List.of();
        }
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > 64 || !plainName(value)) {
            return List.of();
        }
        List<String> words = KeyWords.of(key);
        boolean token = AsciiCase.endsWith(key, "database") && passwordToken(value);
        if (!engineSection && !token && !namesDatabase(words)) {
            return List.of();
        }
        if (token || SPELLED_NAMES.contains(lettersOf(value))) {
            return List.of(Finding.noGo("database.template-name", setting)
                    .message(setting.key() + (token ? " holds an upper-case token naming a password, what a template"
                            + " asks to put there, not a value." : " holds a database name that a template left to"
                            + " fill in."))
                    .remediation("Set the real database name in " + setting.key() + " at " + setting.origin() + ".")
                    .build());
        }
        if (stage != Stage.PRODUCTION || !DatabaseGate.readsAsTestName(value)) {
            return List.of();
        }
        for (String word : words.subList(0, words.size() - 1)) {
            if (DatabaseGate.readsAsTestName(word)) {
                return List.of();
            }
        }
        String section = lastWordCut(setting).orElse(null);
        String host = section == null ? null : loopbackHostAt(section, settings);
        boolean sample = section != null && samplePairAt(section, settings, engineSection);
        if (host == null && !sample) {
            return List.of();
        }
        return List.of(Finding.of(sample ? Severity.NO_GO : Severity.WARN, "database.test-name", setting)
                .message(setting.key() + " names the database '" + JudgedUrl.printable(value) + "', a name that reads"
                        + " as a development or test database, and " + (host != null ? host + " beside it puts its"
                        + " server on the local machine: this is a developer's connection." + (sample ? SAMPLE_PAIR : "")
                        : "the user and password beside it are a default or sample pair: the whole connection is a"
                        + " test or developer's one."))
                .remediation("Point the section at the production database server and name its database; if this is"
                        + " right, waive database.test-name for " + setting.key() + ".")
                .build());
    }

    /** Whether a key's words name a database's name: a last word {@code database}, or {@code name} after a store word. */
    private static boolean namesDatabase(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if (last.equals("name")) {
            return before.equals("db") || before.equals("database");
        }
        if (!last.equals("database") && !last.equals("dbname") && !last.equals("databasename")) {
            return false;
        }
        for (String word : words.subList(0, size - 1)) {
            if (dev.readiness.gates.internal.DatabaseWords.URL_OWNERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The key of the section's host when its value is on the local machine, or {@code null}. */
    private static @org.jspecify.annotations.Nullable String loopbackHostAt(String section, Settings settings) {
        for (String word : List.of("host", "hostname")) {
            Optional<Setting> host = settings.get(section + word);
            if (host.isPresent() && !host.get().isDeferred()) {
                String value = host.get().value().strip();
                int colon = value.lastIndexOf(':');
                String name = colon > 0 && value.indexOf(':') == colon ? value.substring(0, colon) : value;
                return dev.readiness.gates.internal.Hosts.isLoopback(name) ? host.get().key() : null;
            }
        }
        return null;
    }

    private static String lettersOf(String value) {
        StringBuilder letters = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '_' && c != '-') {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString();
    }

    /**
     * An upper-case token naming a password ({@code DB_PASSWORD}, {@code DB_PRODUCTION_PASSWORD}): the name of what a
     * template's user puts there, never a database's name.
     */
    private static boolean passwordToken(String value) {
        if (value.indexOf('_') < 0) {
            return false;
        }
        boolean password = false;
        for (String word : value.split("_", 8)) {
            if (word.isEmpty() || !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
            password |= DatabaseKeys.PASSWORD_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
        }
        return password;
    }

    private static boolean plainName(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static Finding defaultPair(Setting subject, Severity severity, String companion) {
        return Finding.of(severity, "database.default-credentials", subject)
                .message(subject.key() + " and its " + companion + " setting are default or well-known database"
                        // session 37 (newcomer): `pass` beside the user `shipdesk` read as if the user were a
                        // default too; a well-known password is one whatever the user
                        + " credentials (a pair that database images, installers or templates ship, a well-known"
                        + " password whatever the user, an empty password for an administrator, or a password equal"
                        + " to the user or database name).")
                .remediation("Create a dedicated database user with a generated password, store it in a secret"
                        + " manager, and rotate the old one.")
                .build();
    }

    /**
     * Whether the password beside a host or URL key and its sibling (or implied) user are a default pair
     * ({@code DB_HOST} with {@code DB_USERNAME=root} and a blank {@code DB_PASSWORD}, {@code spring.datasource.url}
     * with {@code spring.datasource.username=root} and {@code .password=123456}), also for a key of one word when a
     * sibling declares its section a database connection ({@code host} beside {@code type=mysql},
     * {@code username=test}, {@code password=test}): there the top-level user and password are the database's. The pair is a sample's as shipped when the password
     * is a well-known one, equals the user, spells the user's or the database's name ({@code portal}/{@code portalpwd},
     * {@code petclinic} for the database {@code petclinic}) or is a blank to fill in ({@code xxx}, {@code ****}).
     * The siblings are also found past a qualifier after the host word ({@code jdbc.url.primary} beside
     * {@code jdbc.password}, {@code datasource.hostName}), under a host word glued to {@code db}
     * ({@code omero_server_dbhost} beside {@code omero_server_dbpassword}), and, for a generic {@code DB_HOST} whose
     * section has no password and when {@code images} allows it, in the database image's own settings beside it
     * ({@code POSTGRES_USER}, {@code POSTGRES_PASSWORD}).
     *
     * @param database the database the connection opens when its URL names it, else {@code null} (then a sibling
     *     name setting is read)
     * @param images whether a database image's settings may stand in for the section's own credentials (not when the
     *     URL carries its own password)
     */
    static boolean defaultPairBeside(Setting setting, Settings settings, boolean engineSection,
            @org.jspecify.annotations.Nullable String database, boolean images) {
        return pairBeside(setting, settings, engineSection, database, images, false);
    }

    /**
     * Whether the user beside a host or URL key is the server's built-in superuser ({@code root}, {@code postgres},
     * {@code sa}) and the password beside it is written out in a configuration file ({@code spring.datasource.url}
     * on localhost with {@code .username=root} and {@code .password=Sonic!@#123}): the pair a developer gives a
     * server installed on the machine. A proxy sidecar in production authenticates an application user, or the
     * superuser with a password the deploy injects; a password from an environment file or an environment variable is
     * not read here. The siblings are found as {@link #defaultPairBeside} finds them, without the image settings.
     */
    static boolean superuserBeside(Setting setting, Settings settings, boolean engineSection) {
        return pairBeside(setting, settings, engineSection, null, false, true);
    }

    /** Stores that ship without authentication, where a blank password is their default, not a fill-in. */
    private static final java.util.Set<String> NO_AUTH_STORES = java.util.Set.of("redis", "valkey", "keydb",
            "dragonfly", "memcached", "memcache", "cache", "elasticsearch", "opensearch", "kv");

    /**
     * Whether the password beside a host key is written and blank ({@code DB_HOST=127.0.0.1} beside
     * {@code DB_USERNAME=paymenter} and {@code DB_PASSWORD=}): a connection whose password was never filled in, a
     * developer's copy or a template's. A password from a {@code ${…}} reference is not blank here (it is deferred),
     * nor is one beside a cloud identity as the user ({@code app-sa@project.iam}, the Cloud SQL Auth Proxy's
     * automatic IAM login, which needs no password). Stores that ship without authentication ({@code REDIS_HOST} beside
     * a blank {@code REDIS_PASSWORD}) are not read. The siblings are found under the host key's section, without the
     * image settings.
     */
    static boolean blankPasswordBeside(Setting setting, Settings settings, boolean engineSection) {
        List<String> words = KeyWords.of(setting.key());
        Optional<String> cut = lastWordCut(setting);
        if (words.size() < (engineSection ? 1 : 2) || cut.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (NO_AUTH_STORES.contains(word)) {
                return false;
            }
        }
        String prefix = cut.get();
        for (String word : DatabaseKeys.PASSWORD_WORDS) {
            Optional<Setting> password = settings.get(prefix + word);
            if (password.isPresent()) {
                Optional<Setting> user = prefix.isEmpty() && engineSection ? topLevelUser(settings)
                        : siblingUser(settings, prefix);
                return !password.get().isDeferred() && password.get().value().isBlank()
                        && user.map(u -> u.value().indexOf('@') < 0 && !u.isDeferred()).orElse(true);
            }
        }
        return false;
    }

    private static boolean pairBeside(Setting setting, Settings settings, boolean engineSection,
            @org.jspecify.annotations.Nullable String database, boolean images, boolean superuser) {
        if (setting.canonicalKey().equals("pghost")) { // libpq's variables: PGHOST beside PGUSER and PGPASSWORD
            Boolean pair = pairAt("pg", settings, false, database, superuser);
            return pair != null && pair;
        }
        List<String> words = KeyWords.of(setting.key());
        Optional<String> cut = setting.canonicalKey().endsWith("contactpoints") // Cassandra's two-word host key
                ? Optional.of(setting.canonicalKey().substring(0, setting.canonicalKey().length() - 13))
                : lastWordCut(setting);
        if (words.size() < (engineSection ? 1 : 2) || cut.isEmpty()) {
            return false;
        }
        String prefix = cut.get();
        Boolean pair = pairAt(prefix, settings, engineSection, database, superuser);
        if (pair == null && words.size() >= 3 && (DRIVER_QUALIFIERS.contains(words.get(words.size() - 2))
                || HOST_WORDS.contains(words.get(words.size() - 2)) || connectionString(words))
                && prefix.endsWith(words.get(words.size() - 2))) {
            pair = pairAt(prefix.substring(0, prefix.length() - words.get(words.size() - 2).length()),
                    settings, false, database, superuser);
        }
        if (pair == null && FUSED_HOST_WORDS.contains(words.get(words.size() - 1))) {
            pair = pairAt(prefix + "db", settings, false, database, superuser);
        }
        if (pair == null && images && (prefix.equals("db") || prefix.equals("database"))) {
            pair = imageCredentials(settings, database);
        }
        if (pair == null && images) {
            String image = vendorImage(prefix);
            pair = image == null ? null : defaultPairAt(image, settings, false, database);
        }
        return pair != null && pair;
    }

    /**
     * Whether a key ends in {@code connection string} ({@code DB_CONNECTION_STRING}, {@code MONGO_CONNECTION_STRING}):
     * the URL of the connection whose user and password stand beside the two words ({@code DB_USER},
     * {@code DB_PASSWORD}), as {@code DB_URL}'s do.
     */
    private static boolean connectionString(List<String> words) {
        return words.get(words.size() - 1).equals("string") && words.get(words.size() - 2).equals("connection");
    }

    /**
     * Last words of a host or URL key that may stand before a qualifier ({@code jdbc.url.primary},
     * {@code system.datasource.hostName}) or end the key ({@code DB_HOST}); the connection's user and password stand
     * one level up.
     */
    private static final java.util.Set<String> HOST_WORDS = java.util.Set.of("host", "hostname", "server", "url",
            "uri", "dsn", "address", "addr");
    /** A host word glued to {@code db} ({@code omero_server_dbhost}): its siblings are {@code …_dbuser}, {@code …_dbpassword}. */
    private static final java.util.Set<String> FUSED_HOST_WORDS = java.util.Set.of("dbhost", "dbhostname",
            "dbserver", "dbaddress", "dbaddr", "dburl", "dburi");
    /**
     * The credentials a database image's own settings create, as a Compose or {@code .env} file beside the
     * application's host sets them ({@code POSTGRES_USER} and {@code POSTGRES_PASSWORD}, {@code MYSQL_ROOT_PASSWORD}):
     * read only for a generic {@code DB_…} or {@code DATABASE_…} host or URL whose own section names no password.
     */
    private static final List<String> IMAGE_PREFIXES = List.of("postgres", "mysql", "mariadb", "mongoinitdbroot");

    /**
     * The image settings of the database a vendor-named key connects to ({@code MONGO_URL} and
     * {@code MONGO_INITDB_ROOT_PASSWORD}, {@code POSTGRES_HOST} and {@code POSTGRES_PASSWORD}), by the key's first
     * word; {@code null} for other keys.
     */
    private static @org.jspecify.annotations.Nullable String vendorImage(String prefix) {
        if (prefix.startsWith("mongo")) {
            return "mongoinitdbroot";
        }
        for (String image : IMAGE_PREFIXES) {
            if (prefix.startsWith(image)) {
                return image;
            }
        }
        return null;
    }

    private static @org.jspecify.annotations.Nullable Boolean imageCredentials(Settings settings,
            @org.jspecify.annotations.Nullable String database) {
        for (String image : IMAGE_PREFIXES) {
            Boolean pair = defaultPairAt(image, settings, false, database);
            if (pair != null) {
                return pair;
            }
        }
        return null;
    }

    /**
     * Words that qualify a data source's URL key by the driver or pool that reads it, while the user and password
     * stay one level up ({@code quarkus.datasource.jdbc.url} beside {@code quarkus.datasource.password},
     * {@code quarkus.datasource.reactive.url}, {@code spring.datasource.druid.url}).
     */
    private static final java.util.Set<String> DRIVER_QUALIFIERS = java.util.Set.of("jdbc", "reactive", "r2dbc",
            "druid", "hikari");

    /** Whether the password at a canonical prefix and its user are a default pair; {@code null} for no password. */
    private static @org.jspecify.annotations.Nullable Boolean defaultPairAt(String prefix, Settings settings,
            boolean engineSection, @org.jspecify.annotations.Nullable String database) {
        return pairAt(prefix, settings, engineSection, database, false);
    }

    /**
     * Whether the password at a canonical prefix and its user are a default pair, or with {@code superuser} a
     * built-in superuser with a password written in a configuration file; {@code null} for no password.
     */
    private static @org.jspecify.annotations.Nullable Boolean pairAt(String prefix, Settings settings,
            boolean engineSection, @org.jspecify.annotations.Nullable String database, boolean superuser) {
        for (String word : DatabaseKeys.PASSWORD_WORDS) {
            Optional<String> password = settings.value(prefix + word);
            if (password.isPresent() && superuser) {
                Optional<Setting> sibling = prefix.isEmpty() && engineSection ? topLevelUser(settings)
                        : siblingUser(settings, prefix);
                if (sibling.isEmpty() && !prefix.isEmpty() && settings.get(prefix + "id").isPresent()) {
                    Boolean pair = idPairAt(prefix, settings, database, true);
                    if (pair != null) {
                        return pair;
                    }
                }
                return sibling.isPresent() && SUPERUSERS.contains(sibling.get().value().strip().toLowerCase(
                        java.util.Locale.ROOT)) && writtenInConfigurationFile(settings.get(prefix + word).orElseThrow());
            }
            if (password.isPresent()) {
                if (isFillInPassword(password.get())) {
                    return true;
                }
                Optional<Setting> sibling = prefix.isEmpty() && engineSection ? topLevelUser(settings)
                        : siblingUser(settings, prefix);
                String user = sibling.map(Setting::value).orElse(IMPLIED_USERS.get(prefix + word));
                if (user == null && !prefix.isEmpty() && settings.get(prefix + "id").isPresent()) {
                    Boolean pair = idPairAt(prefix, settings, database, false);
                    if (pair != null) {
                        return pair;
                    }
                }
                return user != null && WellKnownCredentials.isWellKnown(user, password.get(),
                        database != null ? database : databaseNameAt(prefix, settings));
            }
        }
        if (prefix.isEmpty()) {
            return null;
        }
        Boolean joined = joinedPairAt(prefix, settings, database, superuser);
        return joined != null ? joined : idPairAt(prefix, settings, database, superuser);
    }

    /**
     * The pair of a section that joins its user and password in one {@code credentials} setting
     * ({@code DATABASE_HOSTNAME} beside {@code DATABASE_CREDENTIALS="dispatch:dispatch"}, Netflix Dispatch's form):
     * {@code user:password} with one colon and no blank; {@code null} when there is none.
     */
    private static @org.jspecify.annotations.Nullable Boolean joinedPairAt(String prefix, Settings settings,
            @org.jspecify.annotations.Nullable String database, boolean superuser) {
        Optional<Setting> credentials = settings.get(prefix + "credentials");
        if (credentials.isEmpty() || credentials.get().isDeferred()) {
            return null;
        }
        String value = credentials.get().value().strip();
        int colon = value.indexOf(':');
        if (colon <= 0 || colon != value.lastIndexOf(':') || value.indexOf(' ') >= 0 || value.length() > 200) {
            return null;
        }
        String user = value.substring(0, colon);
        String password = value.substring(colon + 1);
        if (superuser) {
            return SUPERUSERS.contains(user.toLowerCase(java.util.Locale.ROOT))
                    && writtenInConfigurationFile(credentials.get());
        }
        return isFillInPassword(password) || WellKnownCredentials.isWellKnown(user, password,
                database != null ? database : databaseNameAt(prefix, settings));
    }

    /**
     * The pair of a section that writes its user as {@code id} and its password as {@code pw} ({@code login_server_id}
     * beside {@code login_server_pw}, the Athena and MaNGOS servers' own formats), read only when both are written: an
     * {@code id} alone is any identifier.
     */
    private static @org.jspecify.annotations.Nullable Boolean idPairAt(String prefix, Settings settings,
            @org.jspecify.annotations.Nullable String database, boolean superuser) {
        Optional<Setting> password = settings.get(prefix + "pw");
        Optional<Setting> user = password.isEmpty() ? Optional.empty() : settings.get(prefix + "id");
        if (user.isEmpty() || user.get().isDeferred() || password.get().isDeferred()) {
            return null;
        }
        String id = user.get().value().strip();
        if (superuser) {
            return SUPERUSERS.contains(id.toLowerCase(java.util.Locale.ROOT))
                    && writtenInConfigurationFile(password.get());
        }
        return isFillInPassword(password.get().value()) || WellKnownCredentials.isWellKnown(id,
                password.get().value(), database != null ? database : databaseNameAt(prefix, settings));
    }

    /**
     * The database name beside a connection's password ({@code DB_NAME}, {@code …database}), for a password made of the
     * connection's own names; empty when none is written, so the password is still compared with the user's name.
     */
    private static String databaseNameAt(String prefix, Settings settings) {
        if (prefix.isEmpty()) {
            return "";
        }
        for (String word : NAME_WORDS) {
            Optional<Setting> name = settings.get(prefix + word);
            if (name.isPresent()) {
                return name.get().isDeferred() ? "" : name.get().value().strip();
            }
        }
        return "";
    }

    /**
     * Whether a password beside a host was left to fill in: only {@code x}s ({@code xxx}), asterisks or underscores
     * ({@code ****}, {@code ______}, a masked or blank field), a {@code your…} phrase
     * ({@code your_password}, {@code yourpassword}), a name in brackets ({@code <password>}, {@code [password]}) or
     * words that describe it ({@code database_user_password}). A configuration whose password was never written is a template or a developer's copy; a local proxy to a
     * production database is reached with a real one.
     */
    static boolean isFillInPassword(String password) {
        String value = password.strip();
        int length = value.length();
        if (length < 3 || length > 64) {
            return false;
        }
        char filler = value.charAt(0);
        boolean x = (filler | 0x20) == 'x';
        boolean onlyFiller = x || filler == '*' || filler == '_';
        for (int i = 1; i < length && onlyFiller; i++) {
            char c = value.charAt(i);
            onlyFiller = x ? (c | 0x20) == 'x' : c == filler;
        }
        if (onlyFiller) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == '<' && last == '>' || first == '[' && last == ']') {
            return true;
        }
        if (changeInstruction(value)) {
            return true;
        }
        return value.regionMatches(true, 0, "your", 0, 4) && (length > 4 && "_- ".indexOf(value.charAt(4)) >= 0
                || value.regionMatches(true, 4, "pass", 0, Math.min(4, length - 4)) && length >= 8
                || value.regionMatches(true, 4, "pwd", 0, Math.min(3, length - 4)) && length == 7)
                || spellsAPassword(value);
    }

    /**
     * Whether a password is an instruction to change it ({@code changeme}, {@code change_me}, {@code CHANGE_ME_STRONG},
     * {@code ChangeThisToASecurePassword!}, {@code change-this}): {@code change} followed by nothing, a separator, or
     * {@code me}/{@code this}/{@code it}. A word that merely starts so ({@code changelog7Qx}) is not one.
     */
    static boolean changeInstruction(String value) {
        if (value.length() < 6 || !value.regionMatches(true, 0, "change", 0, 6)) {
            return false;
        }
        if (value.length() == 6 || "_- .".indexOf(value.charAt(6)) >= 0) {
            return true;
        }
        return value.regionMatches(true, 6, "me", 0, 2) || value.regionMatches(true, 6, "this", 0, 4)
                || value.regionMatches(true, 6, "it", 0, 2);
    }

    /** Words a password that only describes itself is made of ({@code database_user_password}). */
    private static final java.util.Set<String> DESCRIBING_WORDS = java.util.Set.of("database", "db", "user",
            "username", "password", "pass", "pwd", "here", "the", "my", "your", "postgres", "postgresql", "mysql",
            "mariadb", "mongo", "mongodb", "root", "admin", "app", "application", "default");

    /**
     * Whether a password is two or more words of {@link #DESCRIBING_WORDS}, one of them a password word, joined by
     * {@code _} or {@code -} ({@code database_user_password}, {@code postgres_password_here}): it spells what goes
     * there instead of being one. A word outside the list ({@code user-password-Rk8m}) makes it a password.
     */
    static boolean spellsAPassword(String value) {
        int words = 0;
        boolean passwordWord = false;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '_' || value.charAt(i) == '-') {
                String word = value.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (!DESCRIBING_WORDS.contains(word)) {
                    return false;
                }
                passwordWord |= DatabaseKeys.PASSWORD_WORDS.contains(word);
                words++;
                start = i + 1;
            }
        }
        return words >= 2 && passwordWord;
    }

    /** Environment switches of frameworks and runtimes, canonical. */
    private static final List<String> ENVIRONMENT_SWITCHES = List.of("appenv", "nodeenv", "railsenv", "rackenv",
            "flaskenv", "goenv", "mixenv", "environment", "aspnetcoreenvironment", "dotnetenvironment",
            "springprofilesactive");
    /** Values of those switches that select a developer's machine. */
    private static final java.util.Set<String> DEVELOPMENT_VALUES = java.util.Set.of("local", "development", "dev",
            "develop");
    /**
     * Debug switches of web frameworks, canonical ({@code DEBUG} of Django and most {@code .env} files, Laravel's
     * {@code APP_DEBUG}, {@code FLASK_DEBUG}, {@code DJANGO_DEBUG}): switched on, they show stack traces and settings
     * to every visitor, which a developer's own configuration does and a production one behind a database proxy does
     * not.
     */
    private static final List<String> DEBUG_SWITCHES = List.of("debug", "appdebug", "flaskdebug", "djangodebug");
    private static final java.util.Set<String> DEBUG_ON = java.util.Set.of("true", "1", "yes", "on");
    /**
     * Switches that say whether a configuration is the production one, canonical ({@code Environment.Production} of
     * .NET samples, {@code IS_PRODUCTION}, Angular's {@code production}): switched off, the configuration says it is
     * not production's.
     */
    private static final List<String> PRODUCTION_SWITCHES = List.of("production", "isproduction",
            "environmentproduction", "envproduction", "appproduction", "isprod");
    private static final java.util.Set<String> SWITCH_OFF = java.util.Set.of("false", "0", "no", "off");
    /** Keys of the service's own public address, canonical. */
    private static final List<String> OWN_PUBLIC_URLS = List.of("appurl", "siteurl", "baseurl", "publicurl",
            "frontendurl", "nextauthurl", "rooturl");

    /**
     * The key that shows a configuration is a developer's own, or {@code null}: an environment switch set to
     * {@code local} or {@code development} ({@code APP_ENV=local}, {@code NODE_ENV=development},
     * {@code spring.profiles.active=dev}), a production switch off ({@code Environment.Production=false}), a
     * framework's debug switch on ({@code DEBUG=True}, {@code APP_DEBUG=true}),
     * or the service's own public URL on the local machine
     * ({@code APP_URL=http://localhost}). A database on loopback in such a configuration is the developer's, not a
     * local proxy to production. Read only when a loopback database is found.
     *
     * @param settings every setting of the check
     * @return the key that says so, or {@code null}
     */
    static @org.jspecify.annotations.Nullable String developmentEvidence(Settings settings) {
        for (String key : ENVIRONMENT_SWITCHES) {
            Optional<Setting> found = settings.get(key);
            if (found.isPresent() && !found.get().isDeferred()) {
                for (String item : found.get().value().split(",", 4)) {
                    if (DEVELOPMENT_VALUES.contains(item.strip().toLowerCase(java.util.Locale.ROOT))) {
                        return found.get().key();
                    }
                }
            }
        }
        for (String key : PRODUCTION_SWITCHES) {
            Optional<Setting> found = settings.get(key);
            if (found.isPresent() && !found.get().isDeferred()
                    && SWITCH_OFF.contains(found.get().value().strip().toLowerCase(java.util.Locale.ROOT))) {
                return found.get().key();
            }
        }
        for (String key : DEBUG_SWITCHES) {
            Optional<Setting> found = settings.get(key);
            if (found.isPresent() && !found.get().isDeferred()
                    && DEBUG_ON.contains(found.get().value().strip().toLowerCase(java.util.Locale.ROOT))) {
                return found.get().key();
            }
        }
        for (String key : OWN_PUBLIC_URLS) {
            Optional<Setting> found = settings.get(key);
            if (found.isPresent() && !found.get().isDeferred() && onLoopback(found.get().value().strip())) {
                return found.get().key();
            }
        }
        return developersConnection(settings);
    }

    /**
     * The key of a connection URL in the same settings that logs in to the local machine with a default pair
     * ({@code DATABASE_URL=postgresql://postgres:postgres@localhost/app}, {@code RMQ_URL=amqp://guest:guest@localhost/}),
     * or {@code null}: one connection written as on a developer's machine makes the configuration the developer's, so
     * its other loopback databases are the developer's too. Read only when a loopback database is found; a value is
     * parsed only when its scheme or shape is a database URL's.
     */
    private static @org.jspecify.annotations.Nullable String developersConnection(Settings settings) {
        for (Setting other : settings) {
            String value = other.value();
            if (other.isDeferred() || value.indexOf('@') < 0 || !(DatabaseKeys.looksLikeDatabaseValue(value)
                    || DatabaseKeys.looksLikeServiceUrl(value))) {
                continue;
            }
            ParseResult parsed = DatabaseUrlParser.parse(value);
            if (!parsed.isValid()) {
                continue;
            }
            DatabaseUrl url = parsed.url().orElseThrow();
            boolean loopback = !url.hosts().isEmpty();
            for (DatabaseUrl.HostPort host : url.hosts()) {
                loopback &= dev.readiness.gates.internal.Hosts.isLoopback(host.host());
            }
            if (loopback && url.wellKnownCredentials()) {
                return other.key();
            }
        }
        return null;
    }

    private static boolean onLoopback(String url) {
        int start = url.regionMatches(true, 0, "https://", 0, 8) ? 8
                : url.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (start < 0) {
            return false;
        }
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ':' && url.charAt(end) != '?'
                && url.charAt(end) != '#') {
            end++;
        }
        return end > start && dev.readiness.gates.internal.Hosts.isLoopback(url.substring(start, end));
    }

    /** The user of a top-level section that a sibling declares a database connection ({@code username=test}). */
    private static Optional<Setting> topLevelUser(Settings settings) {
        for (String word : USER_WORDS) {
            Optional<Setting> user = settings.get(word);
            if (user.isPresent()) {
                return user;
            }
        }
        return Optional.empty();
    }

    /**
     * The placeholder whose default gave a setting its host ({@code ${POSTGRES_HOST:localhost}},
     * {@code ${JDBC_URL:jdbc:mysql://127.0.0.1/app}}), or {@code null}: a default the value came through, read from
     * the route its origin names (the CLI and the Spring adapter both write {@code the default of ${NAME}}), whose
     * name ends in a host or URL word ({@code host}, {@code hosts}, {@code hostname}, {@code addr},
     * {@code address}, {@code server}, {@code url}, {@code uri}, {@code dsn}, {@code endpoint}, Cassandra's
     * {@code contact points}). A port's or a database name's
     * default ({@code ${DB_PORT:5432}}) is not the host's. The default is what runs when nothing sets the variable,
     * and an author who makes the host a variable with the local machine as its fallback is writing the developer's
     * setting: a proxy sidecar in production is written as the host itself, or set in the variable.
     */
    static @org.jspecify.annotations.Nullable String hostDefaultOf(Setting setting) {
        String route = setting.origin().description();
        int at = route.indexOf("the default of ${");
        while (at >= 0) {
            int start = at + 17;
            int end = route.indexOf('}', start);
            if (end < 0) {
                return null;
            }
            String name = route.substring(start, end);
            List<String> words = KeyWords.of(name);
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            if (HOST_WORDS.contains(last) || FUSED_HOST_WORDS.contains(last) || last.equals("endpoint")
                    || last.equals("hosts") || last.equals("points") && words.size() > 1
                    && words.get(words.size() - 2).equals("contact")) {
                return name;
            }
            at = route.indexOf("the default of ${", end);
        }
        return null;
    }

    /**
     * The application's one database URL left empty ({@code DATABASE_URL=}, {@code DATABASE_URL=""}) in a
     * configuration that names no other way to reach a database (no other database URL, host key or engine
     * setting with a value; a JPA dialect names no place): the service has no database to connect to and fails at its
     * first query, or at start-up.
     * Beside {@code DB_HOST} and its siblings (Laravel's optional {@code DATABASE_URL} override) it stays clean. A
     * cache's address ({@code REDIS_URL=redis://redis:6379}) says where the cache is, not the database of record, and
     * does not count.
     */
    /**
     * The JPA and Hibernate settings that name the SQL dialect ({@code spring.jpa.database=POSTGRESQL},
     * {@code spring.jpa.database-platform}, {@code hibernate.dialect}): they say how to talk to a database, never where
     * it is, so beside an empty URL the service still has none.
     */
    private static final String[] DIALECT_KEYS = {"jpadatabase", "jpadatabaseplatform", "hibernatedialect"};

    /**
     * Whether a value is a URL's scheme and nothing else ({@code DATABASE_URL="sqlserver://"}, fortieth pass): a stub a
     * deploy was to complete, with no host, user or database, which names no database as an empty value names none.
     */
    static boolean onlyScheme(String value) {
        String stripped = Quotes.unquoted(value.strip());
        int length = stripped.length();
        if (length < 4 || !stripped.endsWith("://") || !Character.isLetter(stripped.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length - 3; i++) {
            char c = stripped.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '.' || c == '-' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    static List<Finding> emptyPrimaryUrl(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        for (Setting other : settings) {
            if (other == setting || other.value().isBlank() || CacheStores.named(other.key())) {
                continue;
            }
            if (other.isDeferred()) {
                DatabaseKeys.Candidate deferred = DatabaseKeys.classify(other);
                if (deferred == DatabaseKeys.Candidate.URL_KEY || deferred == DatabaseKeys.Candidate.HOST_KEY) {
                    return List.of();
                }
                continue;
            }
            switch (DatabaseKeys.classify(other)) {
                case URL_KEY, URL_VALUE, HOST_KEY -> {
                    return List.of();
                }
                case EMBEDDED_SWITCH -> {
                    if (EmbeddedModes.on(other)) {
                        return List.of();
                    }
                }
                case ENGINE_SWITCH -> {
                    if (!CanonicalKeys.endsWithAny(other.key(), DIALECT_KEYS) && !serverEngineDriver(other)) {
                        return List.of();
                    }
                }
                default -> {
                }
            }
        }
        return List.of(Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.url-empty",
                        setting)
                .message(setting.key() + (setting.value().isBlank() ? " is empty" : " holds only a URL's scheme")
                        + " and nothing else in the configuration says where the database"
                        + " is: the service has no database to connect to.")
                .remediation("Set " + setting.key() + " at " + setting.origin() + " to the database's URL, or"
                        + " reference it from a secret manager (${DATABASE_URL}).")
                .build());
    }

    /**
     * Whether a setting names the JDBC driver class of an engine that runs as a server ({@code com.mysql.jdbc.Driver}
     * under {@code dataSource.driverClassName}): it says which engine, not where it is, so it leaves an empty URL
     * empty. An embedded engine's driver ({@code org.h2.Driver}) is the database itself.
     */
    private static boolean serverEngineDriver(Setting setting) {
        String driver = setting.value().toLowerCase(java.util.Locale.ROOT);
        return driver.indexOf('.') > 0 && !driver.contains("h2") && !driver.contains("hsql") && !driver.contains("derby")
                && !driver.contains("sqlite") && DatabaseKeys.namesDriver(KeyWords.of(setting.key()));
    }

    /** The built-in superusers of MySQL and MariaDB, PostgreSQL, and SQL Server. */
    private static final java.util.Set<String> SUPERUSERS = java.util.Set.of("root", "postgres", "sa");

    /**
     * Whether a password is written out in a configuration file: not blank, known now, not a reference, and from a
     * file that is not an environment file ({@code .env}, {@code prod.env}), which a deploy injects.
     */
    private static boolean writtenInConfigurationFile(Setting password) {
        String value = password.value();
        if (value.isBlank() || password.isDeferred() || References.isReference(value)) {
            return false;
        }
        Optional<String> file = password.origin().file();
        if (file.isEmpty()) {
            return false;
        }
        String path = file.get();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .toLowerCase(java.util.Locale.ROOT);
        return !(name.startsWith(".env") || name.endsWith(".env") || name.contains(".env."));
    }

    /**
     * Whether the user beside a host key is a server's built-in superuser ({@code POSTGRES_HOST=localhost} beside
     * {@code POSTGRES_USER=postgres}), written in the file, not from a reference.
     */
    static boolean superuserNamedBeside(Setting setting, Settings settings) {
        Optional<String> cut = lastWordCut(setting);
        if (cut.isEmpty() || cut.get().isEmpty()) {
            return false;
        }
        Optional<Setting> user = siblingUser(settings, cut.get());
        return user.isPresent() && !user.get().isDeferred()
                && SUPERUSERS.contains(user.get().value().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The name of a development or test property the user or password beside a host or URL key takes its value from
     * ({@code spring.datasource.druid.username=${jdbc.dev.username}} in a production profile), or {@code null}: the
     * connection borrows a development configuration's credentials, so it is a development configuration's copy.
     */
    static @org.jspecify.annotations.Nullable String developmentCredentialsBeside(Setting setting, Settings settings) {
        Optional<String> cut = lastWordCut(setting);
        if (cut.isEmpty() || cut.get().isEmpty()) {
            return null;
        }
        for (List<String> words : List.of(USER_WORDS, DatabaseKeys.PASSWORD_WORDS)) {
            for (String word : words) {
                Optional<Setting> sibling = settings.get(cut.get() + word);
                if (sibling.isEmpty()) {
                    continue;
                }
                String value = sibling.get().value().strip();
                int open = value.indexOf("${");
                int close = value.indexOf('}', open + 2);
                if (open < 0 || close < 0 || close - open > 120) {
                    continue;
                }
                String name = value.substring(open + 2, close);
                int colon = name.indexOf(':');
                name = colon >= 0 ? name.substring(0, colon) : name;
                List<String> nameWords = KeyWords.of(name);
                if (EngineSections.nonProduction(nameWords)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static Optional<Setting> siblingUser(Settings settings, String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        for (String word : USER_WORDS) {
            Optional<Setting> user = settings.get(prefix + word);
            if (user.isPresent()) {
                return user;
            }
        }
        return Optional.empty();
    }

    /**
     * The key tests {@link DatabaseKey} makes once per key, with their word tables: a class of their own, so that
     * reading a key does not load the rules above (a GO start of a service without a database key loads none).
     */
    static final class KeyNames {

        private KeyNames() {
        }

        /** Key words that say a section of a configuration is the production one. */
        private static final java.util.Set<String> PRODUCTION_WORDS = java.util.Set.of("production", "prod");

        /**
         * Whether a key names a database that a word before its last says is production's ({@code PROD_DB_NAME},
         * {@code production.database}): the keys {@link SettingRules#productionTestName} judges.
         */
        static boolean namesProductionDatabase(List<String> words) {
            int size = words.size();
            if (size < 2) {
                return false;
            }
            String last = words.get(size - 1);
            boolean names = last.equals("database") || last.equals("dbname") || last.equals("databasename")
                    || last.equals("name") && (words.get(size - 2).equals("db") || words.get(size - 2).equals("database"));
            boolean production = false;
            for (int i = 0; i < size - 1; i++) {
                production |= PRODUCTION_WORDS.contains(words.get(i));
            }
            return names && production;
        }

        /** Engines whose name qualifies a database-name key ({@code POSTGRES_DB}, {@code mongodb_db}, {@code postgresql-name}). */
        private static final java.util.Set<String> ENGINE_QUALIFIERS = java.util.Set.of("postgres", "postgresql", "pg",
                "mysql", "mariadb", "mongo", "mongodb", "mssql", "sqlserver", "oracle", "rethinkdb", "couchdb");

        /** Key words that say a setting belongs to a non-production set-up, where a test database is expected. */
        private static final java.util.Set<String> NON_PRODUCTION_WORDS = java.util.Set.of("test", "tests", "testing",
                "dev", "devel", "develop", "development", "local", "ci", "e2e", "cucumber", "integration", "unit", "qa",
                "staging", "stage", "sandbox", "demo", "example", "sample", "shadow");

        /**
         * Whether a key names an engine's own database and no stage ({@code POSTGRES_DB}, {@code mongodb_db}): the keys
         * {@link SettingRules#testDatabaseName} judges, and a document database's id ({@code CosmosDb.Client.DatabaseId}).
         */
        static boolean namesEngineDatabase(List<String> words) {
            int size = words.size();
            if (size < 2) {
                return false;
            }
            String last = words.get(size - 1);
            String before = words.get(size - 2);
            boolean names = ENGINE_QUALIFIERS.contains(before) && (last.equals("db") || last.equals("database")
                    || last.equals("name") || last.equals("dbname") || last.equals("databasename"))
                    || before.equals("database") && last.equals("id");
            if (!names) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (NON_PRODUCTION_WORDS.contains(words.get(i)) || PRODUCTION_WORDS.contains(words.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** First words of a key that names the application's one database URL with its second word. */
        private static final java.util.Set<String> PRIMARY_URL_OWNERS = java.util.Set.of("database", "db", "mongodb",
                "mongo", "postgres", "postgresql", "pg", "mysql", "datasource");

        /**
         * Whether a key names the application's one database URL: two words, a database word and a URL word
         * ({@code DATABASE_URL}, {@code DB_URI}, {@code MONGODB_URI}, {@code POSTGRES_URL}, {@code DATABASE_DSN}).
         * A framework's one data source is named so too ({@code spring.datasource.url}, {@code spring.r2dbc.url},
         * {@code quarkus.datasource.jdbc.url}, Grails's {@code dataSource.url}, also inside an environment block:
         * {@code environments.production.dataSource.url}). A qualified one ({@code TEST_DATABASE_URL}, {@code SAML_DATABASE_URL},
         * {@code READ_REPLICA_URL}, {@code spring.datasource.druid.slave.url}) may be optional. Such a name inside a section
         * that only gathers settings ({@code secrets.mongodb_uri}, {@code env.DATABASE_URL}) is one too, as is one that ends
         * a service's environment block ({@code functions.api.environment.MONGODB_URI}), and so is a .NET
         * application's default connection string ({@code ConnectionStrings:DefaultConnection}).
         */
        static boolean namesPrimaryUrl(List<String> words) {
            int size = words.size();
            if (size >= 3 && CONTAINER_SECTIONS.contains(words.get(0))) {
                return namesPrimaryUrl(words.subList(1, size));
            }
            if (size >= 4 && ENVIRONMENT_BLOCKS.contains(words.get(size - 3))) {
                return namesPrimaryUrl(words.subList(size - 2, size));
            }
            if (size >= 4 && words.get(0).equals("environments")) {
                return namesPrimaryUrl(words.subList(2, size));
            }
            if (size == 3 && words.get(0).equals("data") && words.get(1).equals("source")) {
                return words.get(2).equals("url");
            }
            if (size >= 3 && words.get(0).equals("connection") && words.get(1).equals("strings")) {
                return namesPrimaryConnectionString(words.subList(2, size));
            }
            if (size == 2) {
                return PRIMARY_URL_OWNERS.contains(words.get(0))
                        && (words.get(1).equals("url") || words.get(1).equals("uri") || words.get(1).equals("dsn"));
            }
            if (size < 3 || size > 4 || !words.get(size - 1).equals("url")) {
                return false;
            }
            String first = words.get(0);
            String source = words.get(1);
            return size == 3 && first.equals("spring") && (source.equals("datasource") || source.equals("r2dbc"))
                    || size == 4 && first.equals("quarkus") && source.equals("datasource")
                            && (words.get(2).equals("jdbc") || words.get(2).equals("reactive"));
        }

        /**
         * First words of a key that only gather settings of one kind or for one delivery, so the words after them name the
         * setting ({@code secrets.mongodb_uri} of a Helm chart, {@code env.DATABASE_URL}, {@code config.database_url}).
         */
        private static final java.util.Set<String> CONTAINER_SECTIONS = java.util.Set.of("secrets", "secret", "env",
                "environment", "config", "configmap");

        /**
         * Words of a key that open a service's environment block further in ({@code functions.api.environment.MONGODB_URI}
         * of a Serverless file, {@code services.app.environment.DATABASE_URL} of a flattened Compose file): the two words
         * after them are one environment variable's name, read as the application reads it.
         */
        private static final java.util.Set<String> ENVIRONMENT_BLOCKS = java.util.Set.of("environment", "env");

        /**
         * Whether the name of a .NET connection string ({@code ConnectionStrings:<name>}, after its section's two words)
         * names the application's one database: the templates' {@code DefaultConnection} or {@code Default}, or a database
         * word, alone or before {@code Connection} ({@code ConnectionStrings:Database}, {@code PostgresConnection}).
         */
        private static boolean namesPrimaryConnectionString(List<String> name) {
            int size = name.size();
            if (size == 0 || size > 2 || size == 2 && !name.get(1).equals("connection")) {
                return false;
            }
            String first = name.get(0);
            return first.equals("default") || PRIMARY_URL_OWNERS.contains(first);
        }
    }
}

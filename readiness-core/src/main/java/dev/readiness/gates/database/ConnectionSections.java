package dev.readiness.gates.database;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A section that its siblings show to be a database connection, whatever its own name says: a libpq service file's
 * {@code [qwc_configdb]} ({@code host}, {@code port}, {@code dbname}, {@code user}, {@code sslmode} below it), a
 * monitoring agent's {@code instances[0]} ({@code host}, {@code dbname}, {@code ssl}), pgAdmin's server entries. A
 * {@code dbname} sibling, libpq's own word, says so alone; a {@code database} sibling says so beside a host sibling
 * when it holds a name, not a number (Redis's {@code database=0} is an index, and a cache is not judged here) and not
 * a URL (the mautrix bridges' {@code appservice.database=postgres://…} names its own host, and the
 * {@code appservice.hostname=0.0.0.0} beside it is where the bridge listens). A
 * {@code port} sibling holding a database server's well-known port ({@code 3306}, {@code 5432}, …) says so beside a
 * host sibling: a game server's own format ({@code login_server_ip}, {@code login_server_port=3306},
 * {@code login_server_id}, {@code login_server_pw}, {@code login_server_db}) names no database word at all.
 * One per check, not thread-safe: whether any key ends in {@code dbname} or {@code database} is found once, on first
 * use, by one pass that reads each key's ending in place, so a configuration without such keys costs no more.
 */
final class ConnectionSections {

    private static final String[] HOST_WORDS = {"host", "hostname", "server", "address", "addr"};

    /** Host words beside a database port: the name words above and {@code ip}, an address written as digits. */
    private static final String[] PORT_HOST_WORDS = {"host", "hostname", "ip", "server", "address", "addr"};

    /**
     * The well-known ports of database servers: MySQL and MariaDB, PostgreSQL, SQL Server, Oracle, MongoDB,
     * CockroachDB, Cassandra, RethinkDB's driver port, Neo4j's Bolt, ClickHouse's HTTP port. Caches and brokers
     * (6379, 11211, 5672) are not judged here.
     */
    private static final java.util.Set<String> DATABASE_PORTS = java.util.Set.of("3306", "5432", "1433", "1521",
            "27017", "26257", "9042", "28015", "7687", "8123");

    /** A database's name at the top of a file: OpenEMR's {@code dbase}, libpq's {@code dbname}, {@code database}. */
    private static final String[] TOP_LEVEL_NAME_WORDS = {"dbase", "dbname", "database"};

    private static final String CONNECTION = "connection";
    private static final String[] ENGINE_SWITCHES = {"type", "client", "dialect", "adapter"};
    private static final java.util.Set<String> SERVER_ENGINES = java.util.Set.of("postgres", "postgresql", "pg",
            "mysql", "mysql2", "mariadb", "mssql", "sqlserver", "oracle", "oracledb", "cockroachdb");

    private final Settings settings;
    private int nameKeys = -1;
    private int portKeys = -1;

    ConnectionSections(Settings settings) {
        this.settings = settings;
    }

    /** Whether some key ends in a name word, read once per check without allocating. */
    private boolean anyNameKey() {
        if (nameKeys < 0) {
            nameKeys = 0;
            for (Setting setting : settings) {
                String key = setting.key();
                if (AsciiCase.endsWith(key, "dbname") || AsciiCase.endsWith(key, "database")) {
                    nameKeys = 1;
                    break;
                }
            }
        }
        return nameKeys == 1;
    }

    /** Whether some key ending in {@code port} holds a database port, read once per check without allocating. */
    private boolean anyDatabasePort() {
        if (portKeys < 0) {
            portKeys = 0;
            for (Setting setting : settings) {
                if (AsciiCase.endsWith(setting.key(), "port") && databasePort(setting.value())) {
                    portKeys = 1;
                    break;
                }
            }
        }
        return portKeys == 1;
    }

    /** Whether a value is a database server's well-known port, surrounding blanks aside. */
    private static boolean databasePort(String value) {
        int length = value.length();
        return length >= 4 && length <= 7 && DATABASE_PORTS.contains(value.strip());
    }

    /**
     * Whether a canonical section (a key's canonical form without its last words, {@code qwcconfigdb}) holds a
     * database connection's settings.
     *
     * @param section the canonical section, empty for top-level keys (never a connection here: a whole file's
     *     {@code HOST} and {@code DATABASE} may be anything)
     * @return {@code true} when its siblings make it a connection
     */
    boolean isConnection(String section) {
        if (namesServerEngine(section) || section.endsWith(CONNECTION)
                && namesServerEngine(section.substring(0, section.length() - CONNECTION.length()))) {
            return true;
        }
        if (section.isEmpty()) {
            return false;
        }
        if (anyDatabasePort() && portConnection(section)) {
            return true;
        }
        if (!anyNameKey()) {
            return false;
        }
        Optional<Setting> dbname = settings.get(section + "dbname");
        if (filled(dbname) && !allDigits(dbname.orElseThrow().value().strip())) {
            return true; // a number is a cache's index (coturn's redis.dbname=0), not a database's name
        }
        Optional<Setting> database = settings.get(section + "database");
        if (!filled(database) || allDigits(database.orElseThrow().value().strip())
                || database.orElseThrow().value().indexOf("://") > 0) {
            return false; // a URL is the connection itself (mautrix's appservice.database=postgres://…), not a name
        }
        for (String word : HOST_WORDS) {
            if (filled(settings.get(section + word))) {
                return true;
            }
        }
        return false;
    }

    /** The options a database layer keeps apart from the connection's own keys, as the end of a section's name. */
    private static final java.util.List<String> OPTIONS_ENDINGS = java.util.List.of("options", "option");
    /** The host members of PEAR DB's connection array ({@code $dbconfig['db_server']}, {@code db_host_name}). */
    private static final java.util.List<String> PREFIXED_HOSTS = java.util.List.of("dbserver", "dbhost",
            "dbhostname");

    /**
     * Whether a section is the options section of a connection beside it: the section's name is the connection's with
     * {@code option} or {@code options} after it ({@code dbconfigoption} beside {@code dbconfig}, PEAR DB's two arrays
     * in vtiger's and SuiteCRM's {@code config.inc.php}, whose members name the database with a {@code db_} prefix:
     * {@code dbconfig.db_name}, {@code dbconfig.db_server}), so a TLS switch there is that connection's (thirty-ninth
     * pass).
     *
     * @param section the canonical section of a TLS switch
     * @return {@code true} for the options of a connection
     */
    boolean isOptionsOfConnection(String section) {
        for (String ending : OPTIONS_ENDINGS) {
            if (section.length() > ending.length() && section.endsWith(ending)) {
                String owner = section.substring(0, section.length() - ending.length());
                if (isConnection(owner)) {
                    return true;
                }
                if (!filled(settings.get(owner + "dbname"))) {
                    return false;
                }
                for (String host : PREFIXED_HOSTS) {
                    if (filled(settings.get(owner + host))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a section's engine switch names a database server: TypeORM's {@code ormconfig} ({@code type=postgres} at
     * the top of the file), Sequelize's {@code production.dialect=mysql}, Knex's {@code production.client=pg} above its
     * {@code production.connection} block, Rails' {@code production.adapter=postgresql}. The switch says what the
     * section's other settings connect to, the top level of a file too.
     */
    private boolean namesServerEngine(String section) {
        for (String word : ENGINE_SWITCHES) {
            Optional<Setting> engine = settings.get(section + word);
            if (engine.isPresent() && !engine.get().isDeferred()
                    && SERVER_ENGINES.contains(engine.get().value().strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a section has a database port and a host beside it ({@code login_server_port=3306}, {@code …_ip}). */
    private boolean portConnection(String section) {
        Optional<Setting> port = settings.get(section + "port");
        if (port.isEmpty() || !databasePort(port.get().value())) {
            return false;
        }
        for (String word : PORT_HOST_WORDS) {
            if (filled(settings.get(section + word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key ending in {@code host}, {@code hostname} or {@code ip} is the host of a section its siblings make a connection
     * ({@code my-local-gis.host} beside {@code my-local-gis.dbname}).
     *
     * @param setting a setting whose key ends in a member word
     * @return {@code true} for such a host
     */
    boolean isConnectionHost(Setting setting) {
        if (!anyNameKey() && !anyDatabasePort()) {
            return false;
        }
        List<String> words = KeyWords.of(setting.key());
        if (words.size() < 2) {
            return words.size() == 1 && topLevelConnection(setting);
        }
        String last = words.get(words.size() - 1);
        String canonical = setting.canonicalKey();
        if (words.contains("bind") || words.contains("listen")) {
            return false; // a server's own address (proxy.listen_ip beside listen_port=3306), not where it connects
        }
        return (last.equals("host") || last.equals("hostname") || last.equals("ip")) && canonical.endsWith(last)
                && (!EngineSections.nonProduction(words) || selectedOutput(setting.key()))
                && !variableName(setting.value().strip())
                && isConnection(canonical.substring(0, canonical.length() - last.length()));
    }

    /**
     * Whether a one-word {@code host} or {@code hostname} at the top of the file is a database's: OpenEMR's and
     * LibreHealth's {@code sqlconf.php} ({@code host}, {@code port=3306}, {@code login}, {@code pass},
     * {@code dbase}) is a whole file of one connection. A top-level host alone may be anything (a server's own bind
     * address beside its {@code PORT}), so all three siblings are asked for: a database server's well-known port (or a
     * {@code dbname} beside a password, {@link #databaseOnlyName}), a database name that is no number and no URL ({@code dbase}, {@code dbname}, {@code database}), and a login
     * ({@code login}, {@code user}, {@code username}).
     */
    private boolean topLevelConnection(Setting setting) {
        String canonical = setting.canonicalKey();
        if (!canonical.equals("host") && !canonical.equals("hostname") || variableName(setting.value().strip())) {
            return false;
        }
        Optional<Setting> port = settings.get("port");
        if ((port.isEmpty() || !databasePort(port.get().value())) && !databaseOnlyName()) {
            return false;
        }
        boolean named = false;
        for (String word : TOP_LEVEL_NAME_WORDS) {
            Optional<Setting> name = settings.get(word);
            named |= filled(name) && !allDigits(name.orElseThrow().value().strip())
                    && name.orElseThrow().value().indexOf("://") < 0;
        }
        return named && (filled(settings.get("login")) || filled(settings.get("user"))
                || filled(settings.get("username")));
    }

    /**
     * Whether the top of the file names a database by a word only a database's name has ({@code dbname},
     * {@code dbase}) beside a password: Omeka's {@code db.ini} ({@code host}, {@code username}, {@code password},
     * {@code dbname}, its port commented out; forty-fourth pass) is one connection without a port to show it.
     */
    private boolean databaseOnlyName() {
        return (filled(settings.get("dbname")) || filled(settings.get("dbase")))
                && (settings.get("password").isPresent() || settings.get("pass").isPresent());
    }

    /**
     * Whether a key lies in the output a dbt profile selects: {@code creditlens.outputs.dev.host} beside
     * {@code creditlens.target=dev}. dbt connects with the target's output whatever its name, so a {@code dev} output
     * that the profile's target names is the connection that runs, not a development section beside production's.
     */
    private boolean selectedOutput(String key) {
        int outputs = key.indexOf(".outputs.");
        if (outputs <= 0) {
            return false;
        }
        int start = outputs + ".outputs.".length();
        int end = key.indexOf('.', start);
        if (end <= start) {
            return false;
        }
        Optional<Setting> target = settings.get(key.substring(0, outputs) + ".target");
        return target.isPresent() && !target.get().isDeferred()
                && target.get().value().strip().equals(key.substring(start, end));
    }

    /**
     * Whether a value is the name of an environment variable the application reads itself
     * ({@code CART_DB_SERVICE_SERVICE_HOST}, Kubernetes' service variable): capitals, digits and underscores, with an
     * underscore.
     */
    static boolean variableName(String value) {
        if (value.indexOf('_') <= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean filled(Optional<Setting> setting) {
        return setting.isPresent() && !setting.get().value().isBlank();
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

package dev.readiness.gates.database;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.BrowserKeys;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.EmbeddedEngines;
import dev.readiness.gates.internal.FirstLetters;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which settings the database gate judges, from the key's words and the value's shape: a database URL key,
 * a value that is a database URL whatever its key, or a database host key. Cheap for the thousands of settings
 * that are none of these. Stateless.
 */
final class DatabaseKeys {

    /** What a setting is to the database gate. */
    enum Candidate {
        /** A key that names a database URL. */
        URL_KEY,
        /** A value that is a database URL, whatever its key. */
        URL_VALUE,
        /** A broker, cache or mail URL with credentials in it: only its credentials are judged. */
        SERVICE_URL,
        /** A key that names a database host. */
        HOST_KEY,
        /** A database password key, judged with its sibling user key. */
        PASSWORD_KEY,
        /** A database TLS switch written as its own setting ({@code DB_SSLMODE}, {@code MYSQL_USE_SSL}). */
        TLS_SWITCH,
        /** A setting that chooses the database engine ({@code DB_CLIENT}, {@code spring.jpa.database}). */
        ENGINE_SWITCH,
        /** A switch that starts a product's bundled database ({@code tolgee.postgres-autostart.enabled}). */
        EMBEDDED_SWITCH,
        /** Not a database setting. */
        NONE
    }

    /** Schemes of brokers, caches and mail servers whose URLs carry credentials like database URLs do. */
    static final Set<String> SERVICE_SCHEMES = Set.of(
            "amqp", "amqps", "smtp", "smtps", "smtp+ssl", "smtp+tls", "submission", "memcache", "memcached", "nats",
            "mqtt", "mqtts", "stomp", "stomp+ssl", "ldap", "ldaps");

    /** Schemes of web and storage URLs: a URL key with one of these is not a database URL. */
    private static final Set<String> WEB_SCHEMES = Set.of(
            "http", "https", "ws", "wss", "ftp", "ftps", "sftp", "s3", "gs", "file", "git", "ssh");

    /** The last key words that name a database password, most common first. */
    static final List<String> PASSWORD_WORDS = List.of("password", "passwd", "pass", "pwd", "psw", "pw");

    private static final List<String> TLS_SWITCH_SUFFIXES = List.of(
            "sslmode", "tlsmode", "usessl", "ssl", "tls", "sslenabled", "tlsenabled", "encrypt", "sslconnection",
            "useencryption");

    private static final Set<String> URL_WORDS = Set.of("url", "uri", "dsn", "connectionstring", "conn");

    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "endpoint", "addr",
            "address");

    /**
     * Database engines outside {@link DatabaseWords#STORES} whose client switches TLS off the same way
     * ({@code RETHINKDB_SSL=false}, {@code CASSANDRA_SSL_ENABLED=false}).
     */
    private static final Set<String> TLS_ENGINES = Set.of("rethinkdb", "cassandra", "scylla", "scylladb", "couchdb",
            "couchbase", "clickhouse", "arangodb", "neo4j", "cockroach", "cockroachdb", "memgraph", "surrealdb",
            "questdb", "timescale", "timescaledb");

    /**
     * Last words that name a database's servers as a list, or the service that answers for it
     * ({@code mongodb.servers}, {@code store_config.adapters.mongodb.addresses}, {@code MONGO_SERVICE}).
     */
    private static final Set<String> LIST_HOST_WORDS = Set.of("servers", "hosts", "addresses", "service");

    /** A database's host written as one word ({@code omero_server_dbhost}, {@code DBSERVER}). */
    private static final Set<String> FUSED_HOST_WORDS = Set.of("dbhost", "dbhostname", "dbserver", "dbaddr",
            "dbaddress", "databasehost", "databaseserver", "databaseaddress");

    private static final Set<String> NOT_URL_WORDS = Set.of(
            "driver", "timeout", "class", "prefix", "template", "pattern", "enabled", "format", "validation",
            "param", "params", "properties", "encoded", "username", "user", "password", "schema", "path", "file",
            "port", "max", "min", "size", "count", "retries", "retry", "ttl", "interval", "pool", "readiness",
            // A database server's own listen address (mysql_bind_address=0.0.0.0, an Ansible role's or a server
            // configuration's), not the address a client connects to.
            "bind", "listen");

    /**
     * Last words that make a key the part appended to a connection rather than the connection
     * ({@code LETTER_TRACKING_DB_CONN_OPTIONS=?sslmode=require}, {@code DB_CONN_ARGS}, {@code DATABASE_URL_QUERY}):
     * the URL is built elsewhere, so no host is missing. Only as the last word: {@code PostgresOptions.ConnectionString}
     * (a .NET options section) is the connection.
     */
    private static final Set<String> APPENDED_PART_WORDS = Set.of("options", "option", "opts", "args", "arguments",
            "query", "querystring", "suffix");

    /**
     * Last words that make a key a command line whose output is the connection rather than the connection: Airflow
     * reads any option from a command when its name carries {@code _cmd} ({@code sql_alchemy_conn_cmd=cat
     * /run/secrets/sql_alchemy_conn}, {@code broker_url_cmd}, {@code result_backend_cmd}), so the value is a program to
     * run, judged nowhere here, as a {@code $(…)} substitution is not. Only as the last word.
     */
    private static final Set<String> COMMAND_WORDS = Set.of("cmd", "command");

    private DatabaseKeys() {
    }

    static Candidate classify(Setting setting) {
        return classify(setting, DatabaseKey.of(setting.key()));
    }

    /** {@link #classify(Setting)} with what its key says found already (its key part, once per key). */
    static Candidate classify(Setting setting, DatabaseKey key) {
        String value = setting.value();
        if (looksLikeDatabaseValue(value)) {
            return Candidate.URL_VALUE;
        }
        if (looksLikeServiceUrl(value)) {
            return Candidate.SERVICE_URL;
        }
        if (key.choosesEngine && value.length() <= LONGEST_ENGINE_NAME && namesEmbeddedEngineOnly(value)) {
            return Candidate.ENGINE_SWITCH;
        }
        if (key.choosesStore && value.length() <= LONGEST_ENGINE_NAME + 1
                && (StoreChoices.isMemory(value) || StoreChoices.isSqliteName(value))) {
            return Candidate.ENGINE_SWITCH;
        }
        return value.isBlank() ? key.blank : key.filled;
    }

    /**
     * What {@link #classify(Setting)} gives for a key whose value looks like neither a database URL nor a service URL
     * nor an engine's name under an engine-choosing key: the part that reads the key alone, and whether the value is
     * blank.
     */
    static Candidate classifyKey(String key, boolean blank) {
        if (!mayNameDatabase(key)) {
            return Candidate.NONE;
        }
        String canonical = RelaxedNames.canonical(key);
        List<String> words = KeyWords.of(key);
        Candidate switchOrPassword = settingOfItsOwn(canonical, words);
        if (switchOrPassword != Candidate.NONE) {
            return blank && switchOrPassword != Candidate.PASSWORD_KEY ? Candidate.NONE : switchOrPassword;
        }
        if (blank) {
            return Candidate.NONE;
        }
        if (canonical.contains("connectionstring") && !namesFileOfTheValue(words)) {
            return Candidate.URL_KEY;
        }
        if (!words.isEmpty() && (APPENDED_PART_WORDS.contains(words.get(words.size() - 1))
                || COMMAND_WORDS.contains(words.get(words.size() - 1)))) {
            return Candidate.NONE;
        }
        if (canonical.endsWith("servername") && DatabaseWords.namesStore(words)) {
            return Candidate.HOST_KEY;
        }
        boolean database = false;
        boolean url = false;
        boolean host = false;
        String previous = "";
        for (String word : words) {
            if (NOT_URL_WORDS.contains(word)) {
                return Candidate.NONE;
            }
            database |= DatabaseWords.URL_OWNERS.contains(word) || word.startsWith("redis") || word.startsWith("mongo")
                    || word.startsWith("postgres") || word.equals("pgvector")
                    || word.length() >= 5 && word.endsWith("db")
                    || word.equals("source") && previous.equals("data"); // DATA_SOURCE_URI, dataSource.url
            previous = word;
            url |= URL_WORDS.contains(word);
            host |= HOST_WORDS.contains(word);
            if (FUSED_HOST_WORDS.contains(word)) {
                database = true;
                host = true;
            }
        }
        if (canonical.equals("pghost") || canonical.equals("mysqlhost")) {
            return Candidate.HOST_KEY;
        }
        // an address written as digits, as the last word only: DB_IP, mysql.ip, log_db_ip (not DB_IP_WHITELIST)
        host |= !words.isEmpty() && words.get(words.size() - 1).equals("ip");
        // Cassandra's and ScyllaDB's hosts: spring.cassandra.contact-points, CASSANDRA_CONTACT_POINTS
        host |= canonical.endsWith("contactpoints");
        // a server list or a service's address, as the last word only: mongodb.servers, adapters.mongodb.addresses,
        // MONGO_SERVICE (not MONGO_SERVICE_PORT, mongodb.service.type)
        host |= !words.isEmpty() && LIST_HOST_WORDS.contains(words.get(words.size() - 1));
        if (database && url) {
            return Candidate.URL_KEY;
        }
        if (database && host && !url) {
            return Candidate.HOST_KEY;
        }
        return Candidate.NONE;
    }

    /**
     * Whether a key ends in {@code file} or {@code path}: Docker's convention for a secret given as a file
     * ({@code ConnectionStrings__Database_FILE=/run/secrets/database_connection}, forty-seventh pass), whose value is
     * the file's path, not the connection string.
     */
    private static boolean namesFileOfTheValue(List<String> words) {
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return last.equals("file") || last.equals("path");
    }

    /**
     * A password, TLS switch or engine switch of a database, written as a setting of its own. Grails's camel-case
     * {@code dataSource} (read as the words {@code data source}) is a database word as {@code datasource} is.
     */
    private static Candidate settingOfItsOwn(String canonical, List<String> words) {
        if (words.isEmpty()) {
            return Candidate.NONE;
        }
        boolean store = false;
        boolean redis = false;
        boolean engine = false;
        String previous = "";
        for (String word : words) {
            store |= DatabaseWords.STORES.contains(word) || word.equals("source") && previous.equals("data");
            redis |= word.startsWith("redis") || word.equals("valkey");
            engine |= TLS_ENGINES.contains(word);
            previous = word;
        }
        String last = words.get(words.size() - 1);
        if (store && PASSWORD_WORDS.contains(last)) {
            return Candidate.PASSWORD_KEY;
        }
        if ((store || engine) && !redis && endsWithAny(canonical, TLS_SWITCH_SUFFIXES)
                || canonical.equals("pgsslmode")) {
            return Candidate.TLS_SWITCH;
        }
        if (store && (EmbeddedEngines.SWITCH_WORDS.contains(last) || namesDriver(words))
                || words.contains("jpa") && (last.equals("database") || last.equals("platform"))) {
            return Candidate.ENGINE_SWITCH;
        }
        if (store && EmbeddedModes.namesSwitch(words)) {
            return Candidate.EMBEDDED_SWITCH;
        }
        return Candidate.NONE;
    }

    private static final int LONGEST_ENGINE_NAME = 14; // better-sqlite3

    /**
     * Keys of one glued word that choose the database engine: Nextcloud's and ownCloud's {@code 'dbtype' => 'sqlite3'}
     * in {@code config.php}, whose installer offers {@code sqlite3}, {@code mysql}, {@code pgsql} and {@code oci}.
     */
    private static final Set<String> GLUED_ENGINE_SWITCHES = Set.of("dbtype", "dbengine", "dbdriver");

    /**
     * Whether a key's words choose the engine when its value is only an embedded engine's name ({@code sqlite},
     * {@code sqlite3}, {@code h2}, {@code hsqldb}, {@code derby}), without saying so by a switch word: a
     * key that is only a database word ({@code DATABASE=sqlite}, {@code DB=sqlite3}, as installers offer "sqlite,
     * postgres or rqlite"), one glued word that does ({@code dbtype=sqlite3}) or Go's {@code database/sql} driver name ({@code driverName = sqlite}, {@code DB_DRIVER_NAME}).
     * A database word with anything else ({@code DATABASE_NAME=sqlite}) is a name, judged as one.
     */
    static boolean choosesEngine(List<String> words) {
        int size = words.size();
        return size == 1 && (DatabaseWords.STORES.contains(words.get(0))
                        || GLUED_ENGINE_SWITCHES.contains(words.get(0)))
                || size >= 2 && words.get(size - 1).equals("name") && words.get(size - 2).equals("driver")
                || size >= 2 && STORE_SWITCH_WORDS.contains(words.get(size - 1))
                        && PERSISTENCE_WORDS.contains(words.get(size - 2));
    }

    /**
     * A switch word after a persistence word chooses where an application keeps its data
     * ({@code druid.metadata.storage.type=derby}, {@code persistence.type=h2}, {@code datastore.kind=sqlite}): an
     * embedded engine's name there is the engine, as under a database word.
     */
    private static final Set<String> STORE_SWITCH_WORDS = Set.of("type", "backend", "kind", "engine", "provider");
    private static final Set<String> PERSISTENCE_WORDS = Set.of("storage", "store", "persistence", "datastore",
            "metadata", "repository");

    /** Whether a value is only letters and digits naming an embedded engine ({@code sqlite3}, {@code H2}). */
    /** Last words of a switch that chooses a section's engine ({@code TYPEORM_CONNECTION}, {@code SC_CONNECTION}). */
    private static final List<String> SECTION_SWITCH_WORDS = List.of("connection", "type", "engine", "driver",
            "client", "adapter", "dialect");
    /** Last words of a sibling that says where a section's data is: the database, its server or its login. */
    private static final List<String> SECTION_PLACE_WORDS = List.of("DATABASE", "HOST", "USERNAME", "USER", "PORT");
    /** Last words of a sibling URL, which carries the section's embedded database itself and is judged as one. */
    private static final List<String> SECTION_URL_WORDS = List.of("URL", "URI", "DSN", "JDBC_URL");

    /**
     * Whether a setting chooses an embedded engine for a section of the configuration that its siblings show to be a
     * database connection, though no word of the key says database: Laravel's and TypeORM's connection blocks written
     * under an application's own prefix ({@code SC_CONNECTION=sqlite} beside {@code SC_DATABASE}, {@code SC_HOST},
     * {@code SC_USERNAME}; {@code TYPEORM_CONNECTION=sqlite} beside {@code TYPEORM_DATABASE}). The switch ends in
     * {@code connection}, {@code type}, {@code engine}, {@code driver}, {@code client}, {@code adapter} or
     * {@code dialect}, its whole value is one embedded engine's name, and a sibling with the same prefix ends in
     * {@code DATABASE}, {@code HOST}, {@code USERNAME}, {@code USER} or {@code PORT}. A switch alone
     * ({@code CACHE_DRIVER=sqlite} without such siblings) is left alone: a cache or a queue may keep a local file. So
     * is a section of another stage ({@code test_sqlite3.adapter} in Rails' {@code database.yml}), and one with its own
     * URL ({@code datasources.default.dialect=H2} beside {@code datasources.default.url=jdbc:h2:mem:…}): the URL is
     * the finding, as for a driver class beside it.
     *
     * @param setting a setting no other database rule classified
     * @param settings the settings of the check, read only once the value is an embedded engine's name
     * @param cut {@link #sectionSwitchCut(String)} of the setting's key
     * @return whether the setting is such a section's engine switch
     */
    static boolean choosesSectionEmbeddedEngine(Setting setting, Settings settings, int cut) {
        String value = setting.value();
        if (value.isEmpty() || value.length() > LONGEST_ENGINE_NAME) {
            return false;
        }
        // the key's ending first: nine settings in ten end in no switch word and are never read further
        if (cut < 0 || !namesEmbeddedEngineOnly(value)) {
            return false;
        }
        String key = setting.key();
        String prefix = key.substring(0, cut);
        if (EngineSections.nonProduction(KeyWords.of(key))) {
            return false;
        }
        for (String word : SECTION_URL_WORDS) {
            if (settings.get(prefix + word).isPresent()) {
                return false;
            }
        }
        for (String word : SECTION_PLACE_WORDS) {
            if (settings.get(prefix + word).isPresent()) {
                return true;
            }
        }
        for (String word : SECTION_FILE_WORDS) {
            if (settings.get(prefix + word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Siblings that hold the file of a Knex or Sequelize connection block ({@code sqliteConfig.client=sqlite3} beside
     * {@code sqliteConfig.connection.filename}, {@code production.dialect=better-sqlite3} beside
     * {@code production.storage}): the block is a database connection, and its client or dialect its engine.
     */
    private static final List<String> SECTION_FILE_WORDS = List.of("storage", "connection.filename", "filename");

    /**
     * Where a key's section ends before a switch word of {@link #choosesSectionEmbeddedEngine} ({@code adapter},
     * {@code driver}…) that a separator precedes, or {@code -1}: a fact of the key alone, which {@link DatabaseKey}
     * keeps.
     *
     * @param key the key as written
     * @return the index of the switch word, or {@code -1}
     */
    static int sectionSwitchCut(String key) {
        char last = key.isEmpty() ? ' ' : Character.toLowerCase(key.charAt(key.length() - 1));
        if (last != 'n' && last != 'e' && last != 'r' && last != 't') {
            return -1; // the last letters of SECTION_SWITCH_WORDS: most keys end otherwise and are never read further
        }
        int cut = -1;
        for (String word : SECTION_SWITCH_WORDS) {
            if (AsciiCase.endsWith(key, word) && key.length() > word.length() + 1) {
                cut = key.length() - word.length();
                break;
            }
        }
        return cut < 0 || Character.isLetterOrDigit(key.charAt(cut - 1)) ? -1 : cut;
    }

    /** The prefix of Knex's and Sequelize's other SQLite client, {@code better-sqlite3}. */
    private static final String BETTER = "better-";

    static boolean namesEmbeddedEngineOnly(String value) {
        String engine = value.strip();
        if (engine.isEmpty()) {
            return false;
        }
        for (int i = 0; i < engine.length(); i++) {
            char c = engine.charAt(i);
            boolean betterDash = c == '-' && i == BETTER.length() - 1
                    && engine.regionMatches(true, 0, BETTER, 0, BETTER.length());
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || betterDash)) {
                return false;
            }
        }
        return EmbeddedEngines.namesEmbeddedEngine(engine);
    }

    /**
     * Whether the key names the JDBC driver class ({@code spring.datasource.driver-class-name},
     * {@code db.driverClassName}, {@code DB_DRIVER}): {@code org.h2.Driver} there chooses the engine as surely as a
     * dialect does.
     */
    static boolean namesDriver(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        return last.equals("driver") || size >= 2 && words.get(size - 2).equals("driver")
                && (last.equals("class") || last.equals("classname"))
                || size >= 3 && last.equals("name") && words.get(size - 2).equals("class")
                        && words.get(size - 3).equals("driver");
    }

    /**
     * The canonical key of a TLS switch without its TLS word ({@code DB_SSLMODE} → {@code db}, {@code PGSSLMODE} →
     * {@code pg}): where the connection's host stands beside it.
     */
    static String tlsSwitchSection(String canonical) {
        for (int i = 0; i < TLS_SWITCH_SUFFIXES.size(); i++) {
            if (canonical.endsWith(TLS_SWITCH_SUFFIXES.get(i))) {
                return canonical.substring(0, canonical.length() - TLS_SWITCH_SUFFIXES.get(i).length());
            }
        }
        return canonical;
    }

    /** Whether a key's canonical form ends in a TLS switch's words ({@code sslmode}, {@code ssl_mode}, {@code usessl}). */
    static boolean endsInTlsWord(String key) {
        return endsWithAny(RelaxedNames.canonical(key), TLS_SWITCH_SUFFIXES);
    }

    private static boolean endsWithAny(String text, List<String> suffixes) {
        for (int i = 0; i < suffixes.size(); i++) {
            if (text.endsWith(suffixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an engine switch's value names an embedded engine: {@code sqlite3}, {@code H2}, {@code …H2Dialect}. */
    static boolean namesEmbeddedEngine(String value) {
        return EmbeddedEngines.namesEmbeddedEngine(value) || StoreChoices.isMemory(value);
    }

    /** The scheme of a URL in lower case, or empty when the text does not start with {@code scheme://}. */
    static String scheme(String value) {
        String v = value.strip();
        int end = v.indexOf("://");
        if (end <= 0 || end > 12) {
            return "";
        }
        return v.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** A broker, cache or mail URL with user info ({@code amqp://user:pass@host}). */
    static boolean looksLikeServiceUrl(String value) {
        return value.indexOf('@') > 0 && SERVICE_SCHEMES.contains(scheme(value));
    }

    /** A web or storage URL ({@code https://…}, {@code s3://…}): never a database URL, whatever its key. */
    static boolean isWebUrl(String value) {
        return WEB_SCHEMES.contains(scheme(value));
    }

    /** Whether a key's value is shipped to browsers by a front-end build tool ({@link BrowserKeys}). */
    static boolean isBrowserExposed(String key) {
        return BrowserKeys.isBuildVariable(key);
    }

    /** Letters a key must contain to possibly name a database ({@code db} covers jdbc, r2dbc, mongodb…). */
    private static final List<String> KEY_HINTS = List.of(
            "db", "data", "redis", "mongo", "postgres", "pg", "sql", "maria", "oracle", "flyway", "liquibase",
            "cockroach", "neon", "supabase", "planetscale", "upstash", "rds", "aurora", "elasticache", "valkey",
            "connection", "ecto", "neo4j", "memgraph", "cassandra", "scylla", "couch", "clickhouse", "arango",
            "surreal", "timescale", "questdb", "firebird");

    /** The hints by their first two letters, so most positions of a key are passed over with one look-up. */
    private static final String[][] HINTS_BY_START = new String[26 * 26][];

    static {
        for (String hint : KEY_HINTS) {
            int start = (hint.charAt(0) - 'a') * 26 + hint.charAt(1) - 'a';
            String[] current = HINTS_BY_START[start];
            String[] next = current == null ? new String[1] : Arrays.copyOf(current, current.length + 1);
            next[next.length - 1] = hint;
            HINTS_BY_START[start] = next;
        }
    }

    /**
     * A cheap pre-filter on the raw key, without allocating: without these letters it cannot name a database.
     * Whether some hint occurs in the key with its ASCII letters in either case, read in place.
     */
    static boolean mayNameDatabase(String key) {
        int length = key.length();
        if (length < 2) {
            return false;
        }
        char c = lower(key.charAt(0));
        for (int i = 0; i + 1 < length; i++) {
            char d = lower(key.charAt(i + 1));
            if (c >= 'a' && c <= 'z' && d >= 'a' && d <= 'z') {
                String[] hints = HINTS_BY_START[(c - 'a') * 26 + d - 'a'];
                if (hints != null && startsHint(key, i, hints)) {
                    return true;
                }
            }
            c = d;
        }
        return false;
    }

    private static boolean startsHint(String key, int at, String[] hints) {
        for (String hint : hints) {
            int hintLength = hint.length();
            if (at + hintLength > key.length()) {
                continue;
            }
            int j = 2;
            while (j < hintLength && lower(key.charAt(at + j)) == hint.charAt(j)) {
                j++;
            }
            if (j == hintLength) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayNameDatabase} by its definition: the hints looked for in the key with ASCII letters lower-cased. */
    static boolean mayNameDatabaseByDefinition(String key) {
        StringBuilder lower = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            lower.append(lower(key.charAt(i)));
        }
        return KEY_HINTS.stream().anyMatch(hint -> lower.indexOf(hint) >= 0);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static final List<String> SCHEMES = List.of(
            "postgres", "postgresql", "pgsql", "cockroachdb", "mysql", "mysqlx", "mariadb", "sqlserver", "mssql",
            "oracle", "mongodb", "redis", "rediss", "valkey", "valkeys",
            // knex's and NocoDB's client names as schemes (NC_DB=pg://host:5432?u=…&p=…&d=…, mysql2://…)
            "pg", "mysql2",
            // Elixir's Ecto reads any scheme; its guides write ecto://USER:PASS@HOST/DATABASE under Repo's url
            "ecto",
            // A SQLite URL under any key (SESSION_STORE_URL=sqlite://./data/dev.sqlite3, SQLAlchemy's
            // sqlite+aiosqlite:///app.db) is an embedded database file, whatever the key calls it.
            "sqlite");
    /** The first letters of {@link #SCHEMES}, made on first use: a boot whose values hold no URL never reads them. */
    private static @Nullable FirstLetters schemeFirst;

    private static FirstLetters schemeFirst() {
        FirstLetters first = schemeFirst;
        if (first == null) { // a benign race: every thread makes equal letters
            first = FirstLetters.of(SCHEMES);
            schemeFirst = first;
        }
        return first;
    }

    private static final String[] CLOUD_SERVICE_FIELDS = {"defaultendpointsprotocol=", "accountkey=",
            "sharedaccesskey=", "sharedaccesskeyname=", "sharedaccesssignature=", "endpoint=sb://",
            "usedevelopmentstorage=", "accountendpoint=", "instrumentationkey=", "ingestionendpoint="};

    /**
     * Whether a value is a cloud service's key=value connection string rather than a database's: Azure Storage
     * ({@code DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…}), Service Bus and Event Hubs
     * ({@code Endpoint=sb://…;SharedAccessKeyName=…}), IoT Hub, Cosmos DB's HTTPS endpoint and Application Insights. They
     * name no database server, and the sandbox and secrets gates judge their hosts and keys. One field alone is such a
     * string too ({@code APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=$(APPINSIGHTS_INSTRUMENTATIONKEY)},
     * the key filled by Kubernetes from another variable).
     */
    static boolean isCloudServiceConnectionString(String value) {
        if (value.indexOf('=') < 0 || value.length() > DatabaseUrlParser.MAX_LENGTH) {
            return false;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("server=") || lower.contains(";server=") || lower.contains("data source=")) {
            return false;
        }
        for (String field : CLOUD_SERVICE_FIELDS) {
            if (lower.startsWith(field) || lower.contains(";" + field) || lower.contains("; " + field)) {
                return true;
            }
        }
        return false;
    }

    /** Cheap value shape test: a {@code jdbc:} URL, a database URI, a Go MySQL DSN, or a libpq/ADO.NET connection string. */
    static boolean looksLikeDatabaseValue(String value) {
        String v = value.strip();
        if (v.length() > 3 && v.charAt(2) == '+' && AsciiCase.regionIs(v, 0, "db+")) {
            v = v.substring(3); // Celery's database result backend: db+ before an SQLAlchemy URL
        } else if (v.length() > 5 && v.charAt(4) == '+' && AsciiCase.regionIs(v, 0, "sqla+")) {
            v = v.substring(5); // Kombu's SQLAlchemy transport as a broker: sqla+ before an SQLAlchemy URL
        } else if (v.length() > 15 && v.charAt(5) == '-' && AsciiCase.regionIs(v, 0, "vertx-reactive:")) {
            v = v.substring(15); // Quarkus's reactive datasource: vertx-reactive: before a database URI
        }
        if (v.length() < 6) {
            return false;
        }
        if (AsciiCase.regionIs(v, 0, "jdbc:") || AsciiCase.regionIs(v, 0, "r2dbc:")
                || AsciiCase.regionIs(v, 0, "r2dbcs:")) {
            return true;
        }
        int scheme = -1;
        for (int i = 1; i <= 20 && i + 3 <= v.length(); i++) {
            if (v.charAt(i) == ':' && v.charAt(i + 1) == '/' && v.charAt(i + 2) == '/') {
                scheme = i;
                break;
            }
        }
        if (scheme > 0) {
            if (!schemeFirst().mayStartAt(v, 0)) {
                return false; // http, https, s3, ftp: no database scheme starts with their letter
            }
            for (String known : SCHEMES) {
                int length = known.length();
                if (length <= scheme && (length == scheme || v.charAt(length) == '+')
                        && AsciiCase.regionIs(v, 0, known)) {
                    return true;
                }
            }
            return false;
        }
        // the DSN test's own first condition first: a plain value loads no parser
        if (v.indexOf('(') > 0 && DatabaseUrlParser.isGoMysqlDsn(v)) {
            return true;
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
}

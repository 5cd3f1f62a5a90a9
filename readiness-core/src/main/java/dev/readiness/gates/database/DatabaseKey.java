package dev.readiness.gates.database;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SnapshotKeys;
import dev.readiness.settings.RelaxedNames;
import java.util.List;
import java.util.Set;

/**
 * What the database gate reads of a setting key, whatever its value: the key part of its classification (for a
 * blank and a filled value), and which of the name rules could judge it. Found once per key and read with one memo
 * probe per setting, where each rule used to read the key's words again for every setting. Not API; immutable.
 *
 * <p>The first tests of the key rules that most keys fail live here with their word tables ({@link #AUTH_SWITCH_ENDS},
 * {@link #STORE_SWITCH_WORDS}, {@link #mayBeNamedDatabase}, the database word of a joined value): every key is asked
 * them, and a start whose keys name no database then loads none of those rules (session 39).
 */
final class DatabaseKey {

    private static final KeyMemo<DatabaseKey> KEYS = KeyMemo.of(DatabaseKey::new);
    private static final SnapshotKeys.Slot<DatabaseKey> SLOT = new SnapshotKeys.Slot<>(SnapshotKeys.DATABASE, KEYS);

    /** {@link DatabaseKeys#classifyKey(String, boolean)} for a filled value. */
    final DatabaseKeys.Candidate filled;
    /** {@link DatabaseKeys#classifyKey(String, boolean)} for a blank value. */
    final DatabaseKeys.Candidate blank;
    /** {@link SettingRules.KeyNames#namesProductionDatabase(List)}. */
    final boolean productionName;
    /** {@link SettingRules.KeyNames#namesEngineDatabase(List)}. */
    final boolean engineName;
    /** Ends in a word {@link EngineSections#member} reads ({@code host}, {@code hostname}, {@code database}, {@code dbname}). */
    final boolean memberEnding;
    /**
     * Ends in a member word or in the word {@code ip} ({@code login_server_ip}): may be the host of a section its
     * siblings make a connection ({@link ConnectionSections#isConnectionHost}).
     */
    final boolean connectionHostEnding;
    /** Ends in the word {@code socket} (or {@code socket path}): a database's Unix socket in a database section. */
    final boolean socketEnding;
    /** A message broker's user ({@code spring.rabbitmq.username}, {@code RABBITMQ_DEFAULT_USER}, {@code AMQP_USER}). */
    final boolean brokerUser;
    /** {@link #socketEnding} and a database word before it ({@code DB_SOCKET}, {@code mysql.default_socket}). */
    final boolean databaseSocket;
    /** {@link DatabaseKeys#choosesEngine(List)}: an embedded engine's name as its value chooses that engine. */
    final boolean choosesEngine;
    /**
     * {@link StoreChoices#choosesStore(List)} or {@link StoreChoices#namesSectionEngine(List)}: {@code memory}, or
     * SQLite's name, as its value chooses an embedded database.
     */
    final boolean choosesStore;
    /** {@link SettingRules.KeyNames#namesPrimaryUrl(List)}: {@code DATABASE_URL}, the one database URL. */
    final boolean primaryUrl;
    /**
     * No database word, but a TLS switch's last words ({@code qwc_configdb.sslmode}, {@code instances[0].ssl}):
     * a TLS switch when its section is a connection by its siblings ({@link ConnectionSections}).
     */
    final boolean tlsEnding;
    /**
     * A database word and no URL, host or password word ({@code DB_AUTH_CONF}, {@code LoginDatabaseInfo}): its value
     * may join a connection's settings in one ({@link JoinedSettings}).
     */
    final boolean joinedCandidate;
    /** {@link CertificateSwitches#of(String)}: a database's certificate check written as a setting of its own. */
    final CertificateSwitches.Kind certificateSwitch;
    /**
     * The key as written ends, in its canonical form, in a switch of a database server's authentication or a search
     * server's security ({@link #AUTH_SWITCH_ENDS}, {@link #SEARCH_SECURITY_SWITCH_ENDS}): {@link AuthSwitches} may
     * judge its value.
     */
    final boolean authSwitch;

    /** The canonical endings of the keys that can switch a database server's authentication off. */
    static final String[] AUTH_SWITCH_ENDS = {"hostauthmethod", "allowemptypassword", "allowemptyrootpassword"};

    /** The canonical endings of the keys that switch a search server's security off. */
    static final String[] SEARCH_SECURITY_SWITCH_ENDS = {"xpacksecurityenabled", "pluginssecuritydisabled",
        "disablesecurityplugin"};

    /** Last words of a switch that chooses a store or an engine after a persistence word ({@code storage.type}). */
    static final Set<String> STORE_SWITCH_WORDS = Set.of("type", "backend", "kind", "engine", "provider");
    /** {@link DatabaseKeys#sectionSwitchCut(String)} of the key as written: a section's engine switch word. */
    final int sectionSwitchCut;

    private DatabaseKey(String written) {
        String key = withoutIndex(written);
        this.authSwitch = CanonicalKeys.endsWithAny(written, SEARCH_SECURITY_SWITCH_ENDS)
                || CanonicalKeys.endsWithAny(written, AUTH_SWITCH_ENDS);
        this.sectionSwitchCut = DatabaseKeys.sectionSwitchCut(written);
        // a certificate switch is never a host or URL key (DB_TRUST_SERVER_CERTIFICATE has the word server)
        // the switch's own first test, its key's ending, is asked of its kind: most keys load no CertificateSwitches
        this.certificateSwitch = CertificateSwitches.Kind.ofEnding(RelaxedNames.canonical(key))
                == CertificateSwitches.Kind.NONE ? CertificateSwitches.Kind.NONE : CertificateSwitches.of(key);
        boolean switchOnly = certificateSwitch != CertificateSwitches.Kind.NONE;
        this.filled = switchOnly ? DatabaseKeys.Candidate.NONE : DatabaseKeys.classifyKey(key, false);
        this.blank = switchOnly ? DatabaseKeys.Candidate.NONE : DatabaseKeys.classifyKey(key, true);
        List<String> words = KeyWords.of(key);
        boolean named = mayBeNamedDatabase(words);
        this.productionName = named && SettingRules.KeyNames.namesProductionDatabase(words);
        this.engineName = named && SettingRules.KeyNames.namesEngineDatabase(words);
        this.memberEnding = EngineSections.endsInMemberWord(key);
        this.connectionHostEnding = memberEnding
                || words.size() >= 2 && words.get(words.size() - 1).equals("ip");
        int socket = socketWord(words);
        this.socketEnding = socket > 0;
        boolean database = false;
        for (int i = 0; i < socket; i++) {
            database |= SOCKET_DATABASE_WORDS.contains(words.get(i));
        }
        this.databaseSocket = database;
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        boolean broker = false;
        for (String word : words) {
            broker |= word.equals("rabbitmq") || word.equals("rabbit") || word.equals("amqp");
        }
        this.brokerUser = broker && (last.equals("username") || last.equals("user"));
        this.choosesEngine = DatabaseKeys.choosesEngine(words);
        this.choosesStore = mayChooseStore(last, words.size())
                && (StoreChoices.choosesStore(words) || StoreChoices.namesSectionEngine(words));
        this.primaryUrl = named && SettingRules.KeyNames.namesPrimaryUrl(words);
        this.tlsEnding = filled == DatabaseKeys.Candidate.NONE && DatabaseKeys.endsInTlsWord(key);
        this.joinedCandidate = filled == DatabaseKeys.Candidate.NONE && namesStore(words);
    }

    /** Last words of {@link SettingRules.KeyNames}' keys: a database's name or id, or the one database URL. */
    private static final Set<String> NAMED_DATABASE_LAST_WORDS = Set.of("database", "dbname", "databasename", "name",
            "db", "id", "url", "uri", "dsn");

    /**
     * What {@link SettingRules.KeyNames#namesProductionDatabase}, {@link SettingRules.KeyNames#namesEngineDatabase}
     * and {@link SettingRules.KeyNames#namesPrimaryUrl} need of every key they accept: two words or more, the last a
     * database's name, id or URL word, or the words of a .NET connection string ({@code ConnectionStrings:Default}).
     *
     * @param words the key's lower-case words
     * @return {@code false} when none of the three accepts the key
     */
    static boolean mayBeNamedDatabase(List<String> words) {
        int size = words.size();
        return size >= 2 && (NAMED_DATABASE_LAST_WORDS.contains(words.get(size - 1)) || words.contains("strings"));
    }

    /**
     * What {@link StoreChoices#choosesStore} and {@link StoreChoices#namesSectionEngine} need of every key they
     * accept: the last word {@code dsn} or {@code name}, or a store switch word after another word.
     */
    static boolean mayChooseStore(String last, int size) {
        return last.equals("dsn") || last.equals("name") || size >= 2 && STORE_SWITCH_WORDS.contains(last);
    }

    /**
     * Whether a key's words name a database ({@link DatabaseWords#STORES}), so that its value may join a connection's
     * settings in one ({@link JoinedSettings}).
     */
    static boolean namesStore(List<String> words) {
        for (String word : words) {
            if (DatabaseWords.STORES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Last words that an index may follow in a list of addresses ({@code WCRS_USERSDB_URL1}, {@code address[0]}). */
    private static final java.util.Set<String> INDEXED_WORDS = java.util.Set.of("url", "uri", "host", "hostname",
            "address", "addr", "server", "dsn", "hosts", "addresses", "servers", "nodes", "node", "contactpoints");

    /**
     * A key without the index that numbers one element of a list of addresses: a trailing {@code [n]} (a YAML list as
     * Spring binds it, {@code address[0]}) or digits glued to a URL or host word ({@code MONGO_URL1},
     * {@code DB_HOST_2}). One element of a list of database addresses is read as the address key it is; other keys
     * ending in digits ({@code DB_POOL_SIZE_10}, {@code REDIS_DB0}) are left as written.
     */
    static String withoutIndex(String key) {
        String k = key;
        while (k.length() > 3 && k.charAt(k.length() - 1) == ']') {
            int open = k.lastIndexOf('[');
            if (open <= 0 || open == k.length() - 2 || !digitsOnly(k, open + 1, k.length() - 1)) {
                break;
            }
            k = k.substring(0, open);
        }
        int end = k.length();
        int start = end;
        while (start > 0 && Character.isDigit(k.charAt(start - 1))) {
            start--;
        }
        if (start == end || start == 0 || end - start > 2) {
            return k;
        }
        String stem = k.substring(0, start);
        while (!stem.isEmpty() && "_-.".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        List<String> words = KeyWords.of(stem);
        return !words.isEmpty() && INDEXED_WORDS.contains(words.get(words.size() - 1)) ? stem : k;
    }

    private static boolean digitsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words that make a socket key a database's ({@code DB_SOCKET}, {@code MYSQL_UNIX_SOCKET}). */
    private static final java.util.Set<String> SOCKET_DATABASE_WORDS = java.util.Set.of("db", "database", "mysql",
            "mysqld", "mariadb", "postgres", "postgresql", "pg", "pgsql");

    /** The index of a key's {@code socket} word when it is the last, or the last but {@code path}/{@code file}; else -1. */
    private static int socketWord(List<String> words) {
        int last = words.size() - 1;
        if (last >= 0 && words.get(last).equals("socket")) {
            return last;
        }
        return last >= 1 && words.get(last - 1).equals("socket")
                && (words.get(last).equals("path") || words.get(last).equals("file")) ? last - 1 : -1;
    }

    /**
     * What the gate reads of a key.
     *
     * @param key a setting key
     * @return its record, shared
     */
    static DatabaseKey of(String key) {
        return KEYS.get(key);
    }

    /**
     * {@link #of(String)} of the setting at a position of a snapshot, read from the snapshot's shared key records.
     *
     * @param keys the snapshot's keys
     * @param position the setting's position
     * @param key its key
     * @return its record, shared
     */
    static DatabaseKey of(SnapshotKeys keys, int position, String key) {
        return keys.get(position, key, SLOT);
    }
}

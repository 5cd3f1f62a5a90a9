package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A database setting whose value is the file of an embedded engine, with no switch beside it choosing a server
 * ({@code MB_DB_FILE=/data/metabase.db}, where Metabase runs its embedded H2 unless {@code MB_DB_TYPE} says
 * otherwise; Rails' {@code production.database=db/production.sqlite3}): the data lives in a file inside the
 * application's own container or disk, not on a database server. Read from the grammar of the key (a database word
 * and a file, path or database-name last word) and of the value (a path whose file name ends in a database file's
 * extension: {@code .db}, {@code .sqlite3}, {@code .mv.db}, …). Keys of caches, sessions, GeoIP databases, backups
 * and seeds keep their files legitimately and are not read. WARN in general: some applications are built on SQLite
 * on purpose and keep it in production (one instance, a backed-up volume). NO-GO in production when the file's own
 * name says it is written for a deployed environment ({@code deploy/prod.env}, {@code k8s/prod-configmap},
 * {@code .env.staging}; {@link EnvironmentFiles}): the file was written for the deployment itself; and when the
 * setting is the store of a product whose own documentation keeps that store out of production
 * ({@link ServerFirstProducts}: Authelia's {@code storage.local.path}, Metabase's {@code MB_DB_FILE}). Stateless.
 */
final class EmbeddedFiles {

    private static final Set<String> LAST_WORDS = Set.of("file", "filename", "path", "filepath", "database", "dbfile",
            "dbpath", "location", "name", "dbname");
    private static final Set<String> DATABASE_WORDS = Set.of("db", "database", "sqlite", "sqlite3", "h2", "datasource",
            "dbfile", "dbpath", "dbname");
    private static final Set<String> OTHER_PURPOSES = Set.of("cache", "session", "sessions", "geoip", "geo", "geolite",
            "mmdb", "backup", "backups", "dump", "seed", "seeds", "test", "tests", "dev", "development", "local",
            "tmp", "temp", "lock", "queue", "journal", "wal", "log", "logs", "import", "export", "nss", "cert",
            "certs", "key", "keys", "vault");
    private static final List<String> EXTENSIONS = List.of(".mv.db", ".h2.db", ".sqlite3", ".sqlite", ".db3",
            ".s3db", ".sl3", ".db");
    /**
     * Extensions only SQLite files carry ({@code .db} is any engine's, or none's): such a file under a storage or
     * persistence key is the application's SQLite database (Sequelize's {@code production.storage=./database.sqlite},
     * Authelia's {@code storage.local.path=/config/db.sqlite3}, whose provider is called {@code local}).
     */
    private static final Set<String> SQLITE_EXTENSIONS = Set.of(".sqlite3", ".sqlite", ".db3", ".s3db", ".sl3");
    private static final String STORAGE_PROVIDER = "local";
    /**
     * Last words that hold an SQLite-only file (never a {@code .db}, which a cache or a server's own store may be):
     * Sequelize's {@code storage}, and (forty-fourth pass) Knex's string {@code connection}, as the Feathers generator
     * writes {@code sqlite.connection=feathers-chat.sqlite}.
     */
    private static final Set<String> SQLITE_LAST_WORDS = Set.of("storage", "connection");
    private static final Set<String> ENGINE_WORDS = Set.of("type", "engine", "dialect", "driver", "adapter", "client",
            "connection", "kind", "backend", "provider", "mode");
    private static final Set<String> SWITCH_SECTIONS = Set.of("db", "database", "datasource", "data", "source",
            "storage", "persistence", "store", "sql");
    private static final List<String> SERVERS = List.of("postgres", "mysql", "mariadb", "mssql", "sqlserver",
            "oracle", "cockroach", "pgsql", "psql", "tidb", "yugabyte", "redshift", "mongo");

    private EmbeddedFiles() {
    }

    /** The {@code database.embedded} finding of a setting naming an embedded engine's file, or {@code null}. */
    static @Nullable Finding judge(Setting setting, Stage stage, Settings settings) {
        String written = setting.value();
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || written.length() < 4 || written.length() > 300) {
            return null;
        }
        String extension = extension(written);
        if (extension == null) {
            return null;
        }
        String value = written.strip();
        if (value.indexOf("://") >= 0 || value.indexOf('$') >= 0 || value.indexOf(' ') >= 0) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        boolean sqlite = SQLITE_EXTENSIONS.contains(extension);
        if (words.isEmpty() || !LAST_WORDS.contains(words.get(words.size() - 1))
                && !(sqlite && SQLITE_LAST_WORDS.contains(words.get(words.size() - 1)))) {
            return null;
        }
        boolean database = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (OTHER_PURPOSES.contains(word) && !(sqlite && i > 0 && STORAGE_PROVIDER.equals(word)
                    && words.get(i - 1).equals("storage"))) {
                return null;
            }
            database |= DATABASE_WORDS.contains(word) || sqlite && SWITCH_SECTIONS.contains(word);
        }
        if (!database || serverChosenBeside(setting, words, settings) || serverChosenInFile(settings)) {
            return null;
        }
        String deployed = stage == Stage.PRODUCTION ? EnvironmentFiles.deployed(setting) : null;
        String product = stage == Stage.PRODUCTION && deployed == null
                ? ServerFirstProducts.advisedAgainst(setting, settings) : null;
        String engine = stage == Stage.PRODUCTION && deployed == null && product == null
                ? embeddedChosenBeside(setting, words, settings) : null;
        return Finding.of(deployed != null || product != null || engine != null ? Severity.NO_GO : Severity.WARN,
                        "database.embedded", setting)
                .message(setting.key() + " names the file of an embedded database (" + extension + "), and no"
                        + " setting beside it chooses a database server: the data lives inside the application's own"
                        + " disk or container, not on a " + stage.id() + " database server." + (product != null
                        ? " " + product + "'s own documentation advises against this embedded store in production and"
                        + " asks for a database server there."
                        : engine != null
                        ? " " + engine + " beside it chooses the embedded engine for this connection on purpose, so the"
                        + " connection is written for an embedded file, not a database server."
                        : deployed != null
                        ? " " + JudgedUrl.printable(deployed) + " is written for a deployed environment, where the"
                        + " database outlives the container and is shared by every instance."
                        : " An application built on an embedded engine on purpose runs one instance on a backed-up"
                        + " volume; any other loses its data with the container or cannot scale out."))
                .remediation("Point the application at the " + stage.id() + " database server (its engine and"
                        + " address settings); keep embedded database files for development and tests.")
                .build();
    }

    /** The database file extension a value ends in, read in place (this runs for every setting), or {@code null}. */
    private static @Nullable String extension(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < 3) {
            return null;
        }
        char last = value.charAt(end - 1);
        if (last != 'b' && last != 'B' && last != '3' && last != 'e' && last != 'E') {
            return null;
        }
        int slash = Math.max(value.lastIndexOf('/', end - 1), value.lastIndexOf('\\', end - 1));
        for (String extension : EXTENSIONS) {
            int start = end - extension.length();
            if (start > slash + 1 && value.regionMatches(true, start, extension, 0, extension.length())) {
                return extension;
            }
        }
        return null;
    }

    /**
     * The key of an engine setting of the same section that chooses an embedded engine by name (forty-fourth pass), or
     * {@code null}: Sequelize's {@code production.dialect=better-sqlite3} beside {@code production.storage}, the
     * Feathers generator's {@code sqlite.client=sqlite3} beside {@code sqlite.connection=feathers-chat.sqlite}. The
     * switch is a {@code database.embedded} NO-GO of its own ({@link DatabaseKeys#choosesSectionEmbeddedEngine}); the
     * file it opens is the same choice and gets the same verdict. A section named for another stage
     * ({@code development.storage}) is left to the stage rules.
     */
    private static @Nullable String embeddedChosenBeside(Setting setting, List<String> words, Settings settings) {
        if (EngineSections.nonProduction(words)) {
            return null;
        }
        String canonical = setting.canonicalKey();
        String last = words.get(words.size() - 1);
        if (!canonical.endsWith(last) || canonical.length() == last.length()) {
            return null;
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        for (String word : ENGINE_WORDS) {
            Optional<Setting> engine = word.equals(last) ? Optional.empty() : settings.get(prefix + word);
            if (engine.isPresent() && DatabaseKeys.namesEmbeddedEngineOnly(engine.get().value())) {
                return engine.get().key();
            }
        }
        return null;
    }

    /** Whether an engine setting of the same section ({@code MB_DB_TYPE=postgres}) chooses a server engine. */
    private static boolean serverChosenBeside(Setting setting, List<String> words, Settings settings) {
        String canonical = setting.canonicalKey();
        String last = words.get(words.size() - 1);
        if (!canonical.endsWith(last)) {
            return false;
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        List<String> prefixes = prefix.endsWith("db") ? List.of(prefix, prefix.substring(0, prefix.length() - 2))
                : prefix.endsWith("database") ? List.of(prefix, prefix.substring(0, prefix.length() - 8))
                : List.of(prefix);
        for (String at : prefixes) {
            for (String word : ENGINE_WORDS) {
                Optional<Setting> engine = at.isEmpty() ? Optional.empty() : settings.get(at + word);
                if (engine.isPresent() && namesServer(engine.get().value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a database switch anywhere in the file chooses a server engine ({@code DATA_SOURCE_MODE=postgres} beside
     * {@code SQLITE_DB_PATH}, Gitea's {@code database.DB_TYPE=postgres} beside {@code database.PATH}): a key whose last
     * word is an engine word and whose other words name the database, a data source or storage. The embedded file is
     * then the fallback the application ignores. Runs only for a setting that already names a database file.
     */
    private static boolean serverChosenInFile(Settings settings) {
        for (Setting other : settings) {
            List<String> words = KeyWords.of(other.key());
            int last = words.size() - 1;
            if (last < 1 || !ENGINE_WORDS.contains(words.get(last)) || !namesServer(other.value())
                    || other.value().indexOf('$') >= 0) {
                continue;
            }
            for (int i = 0; i < last; i++) {
                if (SWITCH_SECTIONS.contains(words.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesServer(String value) {
        for (String server : SERVERS) {
            if (AsciiCase.contains(value, server)) {
                return true;
            }
        }
        return value.indexOf('$') >= 0;
    }
}

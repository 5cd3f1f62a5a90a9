package dev.readiness.gates.database;

import static dev.readiness.gates.database.JdbcReader.jdbc;
import static dev.readiness.gates.database.KeyValueReader.keyValue;
import static dev.readiness.gates.database.UriReader.r2dbc;
import static dev.readiness.gates.database.UriReader.uri;
import static dev.readiness.gates.database.UrlSyntax.at;
import static dev.readiness.gates.database.UrlSyntax.emptyToNull;
import static dev.readiness.gates.database.UrlSyntax.hostList;
import static dev.readiness.gates.database.VendorRules.embeddedFile;
import static dev.readiness.gates.database.VendorRules.firstParam;

import dev.readiness.gates.database.DatabaseUrl.Form;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.settings.Placeholders;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses database URLs into {@link DatabaseUrl}: checks the text, then hands it to the reader of its family
 * ({@link JdbcReader}, {@link UriReader}, {@link KeyValueReader}, or a bare host). Errors say what is wrong and where,
 * never quoting the text. Not recursive, linear in the input, so no input can exhaust the stack or take long.
 */
final class DatabaseUrlParser {

    /** Longer texts are not database URLs; rejecting them keeps parsing cheap. */
    static final int MAX_LENGTH = 16_384;

    /** The networks of a Go MySQL DSN that name a host, with the opening parenthesis of the address. */
    private static final String VERTX_REACTIVE = "vertx-reactive:";
    private static final List<String> GO_MYSQL_NETWORKS = List.of("tcp(", "tcp6(");

    private DatabaseUrlParser() {
    }

    static ParseResult parse(@Nullable String raw) {
        if (raw == null) {
            return ParseResult.failure("is missing");
        }
        try {
            return ParseResult.success(new DatabaseUrl(parseDraft(raw)));
        } catch (ParseFailure failure) {
            return ParseResult.failure(failure.getMessage());
        } catch (RuntimeException unexpected) {
            return ParseResult.failure("could not be parsed (" + unexpected.getClass().getSimpleName() + ")");
        }
    }

    private static Draft parseDraft(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new ParseFailure("is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ParseFailure("is longer than " + MAX_LENGTH + " characters, which no database URL is");
        }
        checkCharacters(text);
        Draft draft = new Draft();
        text = References.applyDefaults(draft, text);
        if (Placeholders.isUnresolved(text) || Hosts.bracketedWord(text.strip())) {
            throw new ParseFailure("is an unresolved placeholder or template value, not a URL");
        }
        int placeholder = text.indexOf("{{");
        if (placeholder >= 0 && text.indexOf("}}", placeholder) > placeholder) {
            throw new ParseFailure(at("contains an unresolved {{…}} template expression", placeholder));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int wrapper = lower.startsWith("db+") ? 3 : lower.startsWith("sqla+") ? 5
                : lower.startsWith(VERTX_REACTIVE) ? VERTX_REACTIVE.length() : 0;
        if (wrapper > 0 && schemeEnd(lower.substring(wrapper)) > 0) {
            // Celery's database result backend (db+postgresql://…), Kombu's SQLAlchemy broker transport
            // (sqla+sqlite:///…) and Quarkus's reactive datasource (vertx-reactive:postgresql://…): a database URI
            // after the prefix
            text = text.substring(wrapper);
            lower = lower.substring(wrapper);
        }
        if (lower.startsWith("jdbc:")) {
            draft.form = Form.JDBC;
            jdbc(draft, text.substring(5));
        } else if (lower.startsWith("r2dbc:") || lower.startsWith("r2dbcs:")) {
            draft.form = Form.URI;
            r2dbc(draft, text);
        } else if (KeyValueReader.dbiDriver(lower) != null) {
            draft.form = Form.KEY_VALUE;
            KeyValueReader.dbi(draft, KeyValueReader.dbiDriver(lower), text);
        } else if (lower.startsWith("file:") && !lower.startsWith("file://")) {
            draft.form = Form.URI;
            embeddedFile(draft, Vendor.SQLITE, text.substring(5));
        } else if (sqliteOpaque(lower) > 0) {
            draft.form = Form.URI;
            draft.scheme = "sqlite";
            embeddedFile(draft, Vendor.SQLITE, text.substring(sqliteOpaque(lower)));
        } else if (schemeEnd(lower) > 0) {
            draft.form = Form.URI;
            int end = schemeEnd(lower);
            draft.scheme = lower.substring(0, end);
            uri(draft, lower.substring(0, end), text.substring(end + 3));
        } else if (goMysqlAddress(text) > 0) {
            draft.form = Form.URI;
            draft.scheme = "mysql";
            uri(draft, "mysql", goMysqlAsUri(text, goMysqlAddress(text)));
        } else if (isSqliteFileName(lower)) {
            draft.form = Form.URI;
            embeddedFile(draft, Vendor.SQLITE, text);
        } else if (text.indexOf(',') > 0 && text.indexOf('=') > 0 && RedisConfigurationStrings.asUri(text) != null) {
            String redis = RedisConfigurationStrings.asUri(text);
            draft.form = Form.URI;
            draft.scheme = redis.substring(0, redis.indexOf('\t'));
            uri(draft, draft.scheme, redis.substring(redis.indexOf('\t') + 1));
        } else if (schemelessPort(text) != null) {
            draft.form = Form.URI;
            uri(draft, schemeOfPort(schemelessPort(text)), text);
        } else if (schemelessLoginPort(text) != null) {
            draft.form = Form.URI;
            uri(draft, schemeOfPort(schemelessLoginPort(text)), text);
        } else if (KeyValueReader.pdoDriver(lower) != null) {
            draft.form = Form.KEY_VALUE;
            String driver = KeyValueReader.pdoDriver(lower);
            KeyValueReader.pdo(draft, driver, text.substring(driver.length() + 1));
        } else if (text.indexOf('=') > 0) {
            draft.form = Form.KEY_VALUE;
            keyValue(draft, text);
        } else if (looksLikeHost(text)) {
            draft.form = Form.HOST;
            hostList(draft, text);
        } else {
            throw new ParseFailure("is not a JDBC URL, a database URI, a key=value connection string or a host");
        }
        credentialsFromParams(draft);
        return draft;
    }

    /**
     * Where the {@code tcp(} of a Go MySQL driver DSN starts ({@code user:password@tcp(host:3306)/orders?tls=true},
     * go-sql-driver/mysql's {@code [user[:password]@]tcp[6](address)/dbname[?params]}), or -1 for any other text.
     */
    private static int goMysqlAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String network : GO_MYSQL_NETWORKS) {
            int open = lower.startsWith(network) ? network.length() - 1 : lower.lastIndexOf("@" + network);
            if (open >= 0 && lower.charAt(open) == '@') {
                open += network.length();
            }
            int close = open < 0 ? -1 : text.indexOf(')', open);
            if (close > open && close + 1 < text.length() && text.charAt(close + 1) == '/') {
                return open;
            }
        }
        return -1;
    }

    /**
     * Whether a text is a Go MySQL driver DSN with a network address ({@code root:123@tcp(localhost:3306)/app}): a
     * database connection whatever its key, as unmistakable as a scheme.
     *
     * @param text the value
     * @return {@code true} for {@code [user[:password]@]tcp(address)/…} or {@code tcp6(…)}
     */
    static boolean isGoMysqlDsn(String text) {
        return text.length() <= MAX_LENGTH && text.indexOf('(') > 0 && goMysqlAddress(text.strip()) > 0;
    }

    /** The Go MySQL DSN as the URI it means: {@code user:password@host:3306/orders?tls=true}, without scheme. */
    private static String goMysqlAsUri(String text, int open) {
        int network = open;
        while (network > 0 && Character.isLetterOrDigit(text.charAt(network - 1))) {
            network--;
        }
        int close = text.indexOf(')', open);
        return text.substring(0, network) + text.substring(open + 1, close) + text.substring(close + 1);
    }

    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                throw new ParseFailure(at("contains a control character", i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new ParseFailure(at("contains an unpaired UTF-16 surrogate", i));
                }
            } else if (Character.isLowSurrogate(c)) {
                throw new ParseFailure(at("contains an unpaired UTF-16 surrogate", i));
            }
        }
    }

    /**
     * Where the location of an SQLite URL without {@code //} starts ({@code sqlite::memory:}, {@code sqlite:data/app.db},
     * the forms of Rust's sqlx and of Go's and Node's drivers that take {@code sqlite:} or {@code sqlite3:} before a
     * path), or -1 for any other text; {@code sqlite://…} is read as a URI.
     */
    private static int sqliteOpaque(String lower) {
        int colon = lower.startsWith("sqlite:") ? 7 : lower.startsWith("sqlite3:") ? 8 : -1;
        return colon < 0 || lower.startsWith("//", colon) ? -1 : colon;
    }

    private static int schemeEnd(String lower) {
        int end = lower.indexOf("://");
        if (end <= 0 || end > 40) {
            return -1;
        }
        char first = lower.charAt(0);
        if (first < 'a' || first > 'z') {
            return -1;
        }
        for (int i = 1; i < end; i++) {
            char c = lower.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return end;
    }

    /**
     * Whether a bare value is an SQLite file name ({@code DATABASE_URL=data.db}, {@code ./storage/app.sqlite3}): no
     * scheme and a file extension no host name ends in, since {@code .db}, {@code .sqlite}, {@code .sqlite3} and
     * {@code .db3} are not top-level domains.
     */
    private static boolean isSqliteFileName(String lower) {
        if (lower.length() > 260 || lower.indexOf('=') >= 0 || lower.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isWhitespace(lower.charAt(i))) {
                return false;
            }
        }
        int dot = lower.lastIndexOf('.');
        if (dot <= 0 || lower.charAt(dot - 1) == '/' || lower.charAt(dot - 1) == '.') {
            return false;
        }
        String extension = lower.substring(dot + 1);
        return extension.equals("db") || extension.equals("sqlite") || extension.equals("sqlite3")
                || extension.equals("db3");
    }

    /**
     * The port of a URI written without its scheme, {@code host:port/database?parameters}
     * ({@code postgres:5432/app?sslmode=disable}, postgres_exporter's {@code DATA_SOURCE_URI}, to which the exporter adds
     * the scheme and the credentials): a host name, a port of digits, then a path or a query; {@code null} for any other
     * text. Such a text is read as an address and its parameters, not as a {@code key=value} string whose first key
     * would be everything before the first {@code =}.
     */
    private static @Nullable String schemelessPort(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon + 1 >= text.length() || text.length() > 2000) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return null;
            }
        }
        int end = colon + 1;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end > colon + 1 && end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == '?')
                ? text.substring(colon + 1, end) : null;
    }

    /**
     * Whether a value is a connection address written without a scheme but with its login first, as Nakama's
     * {@code database.address} documents it ({@code username:password@address:port/dbname}, default
     * {@code root@localhost:26257}); see {@link #schemelessLoginPort(String)}.
     *
     * @param text the value
     * @return {@code true} for a login, an {@code @}, a host and a known engine's port
     */
    static boolean isSchemelessLogin(String text) {
        return text.indexOf('@') > 0 && text.indexOf("://") < 0 && schemelessLoginPort(text.strip()) != null;
    }

    /**
     * The port of a scheme-less address with its login first: a login of no blank, slash, {@code =}, {@code ;},
     * {@code (} or {@code ,}, an {@code @}, a host name and a port of an engine {@link #schemeOfPort(String)} knows,
     * then the end, a path or a query. The port is required, so an e-mail address is never read as one.
     */
    private static @Nullable String schemelessLoginPort(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || text.length() > 2000) {
            return null;
        }
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '/' || c == '=' || c == ';' || c == '(' || c == ',') {
                return null;
            }
        }
        String address = schemelessPort(text.substring(at + 1) + (text.indexOf('/', at) < 0
                && text.indexOf('?', at) < 0 ? "/" : ""));
        return address == null || schemeOfPort(address).isEmpty() ? null : address;
    }

    /**
     * The scheme an engine's default port stands for ({@code 5432} PostgreSQL, {@code 3306} MySQL, {@code 1433} SQL
     * Server, {@code 1521} Oracle, {@code 27017} MongoDB, {@code 6379} Redis, {@code 26257} CockroachDB), or
     * {@code ""} for any other port.
     */
    private static String schemeOfPort(String port) {
        return switch (port) {
            case "5432" -> "postgresql";
            case "3306" -> "mysql";
            case "1433" -> "sqlserver";
            case "1521" -> "oracle";
            case "27017" -> "mongodb";
            case "26257" -> "cockroachdb";
            case "6379" -> "redis";
            default -> "";
        };
    }

    private static boolean looksLikeHost(String text) {
        if (text.length() > 260) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == ':' || c == '['
                    || c == ']' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code Integrated Security} or {@code Trusted_Connection} logs in as the Windows account. */
    private static boolean windowsLogin(@Nullable String value) {
        return value != null && (VendorRules.truthy(value) || value.strip().equalsIgnoreCase("sspi"));
    }

    private static void credentialsFromParams(Draft draft) {
        if (draft.user == null && draft.password == null) {
            String user = firstParam(draft, "user", "username", "userid", "uid");
            String password = firstParam(draft, "password", "pwd");
            draft.blankLogin = user != null && user.isBlank() && password != null && password.isBlank()
                    && !windowsLogin(draft.params.get("integratedsecurity"))
                    && !windowsLogin(draft.params.get("trustedconnection"));
        }
        if (draft.params.containsKey("instancename")) {
            draft.namedInstance = true;
        }
        if (draft.user == null && draft.password == null && draft.params.containsKey("u")
                && draft.params.containsKey("p") && draft.params.containsKey("d")) {
            // NocoDB's NC_DB (pg://host:5432?u=user&p=password&d=database): its own one-letter parameters
            draft.user = emptyToNull(draft.params.get("u"));
            draft.password = draft.params.get("p");
            draft.params.remove("p");
            if (draft.database == null) {
                draft.database = emptyToNull(draft.params.get("d"));
            }
        }
        if (draft.user == null) {
            draft.user = emptyToNull(firstParam(draft, "user", "username", "userid", "uid", "username"));
        }
        if (draft.password == null) {
            draft.password = firstParam(draft, "password", "pwd");
        }
        draft.params.remove("password");
        draft.params.remove("pwd");
    }
}

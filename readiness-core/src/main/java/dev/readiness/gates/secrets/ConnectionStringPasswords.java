package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A weak password written into a connection string that is not a URL, under a key that names no secret: an ADO.NET
 * connection string
 * ({@code ConnectionStrings.Default=Server=sql.example.com;Database=shop;User Id=shop;Password=Pass@word1}) and a
 * StackExchange.Redis configuration string
 * ({@code Redis.Configuration=cache.example.com:6380,password=redispass,ssl=True}), the forms .NET services keep in
 * {@code appsettings.json} and {@code web.config}, and a Go MySQL driver DSN
 * ({@code SqlSettings.DataSource=mmuser:mmpassword@tcp(db:3306)/mattermost}). Only a production profile's file had
 * its connection string's password judged ({@code secrets.packaged}); a guessable one in the base
 * {@code appsettings.json}, which production also reads, passed. A password that is its user name, the database
 * gate's default and template pairs, and a reference ({@code Password=${DB_PASSWORD}}, {@code Password={4}},
 * {@code Password=#{DB_PASSWORD}#}, {@code Password=$(DB_PASSWORD)}) are not judged here; nor is a development or
 * test profile's file. Stateless.
 */
final class ConnectionStringPasswords {

    private ConnectionStringPasswords() {
    }

    /**
     * The problem of a guessable or too weak password in an ADO.NET or StackExchange.Redis connection string, or, in
     * a StackExchange.Redis string (which the database gate does not read), a placeholder password.
     *
     * @param setting the setting
     * @param value its effective value
     * @param judge the strength rules
     * @param references the references between settings
     * @return the problem, or empty
     */
    static Optional<SecretProblem> weak(Setting setting, String value, SecretStrength judge,
            ReferencedValues references) {
        if (value.length() > 2048 || value.indexOf(';') < 0 && value.indexOf(',') < 0 && value.indexOf('@') < 0) {
            return Optional.empty(); // the cheap pre-test: none of the three forms
        }
        int driver = goDriverAddress(value);
        if (driver < 0 && value.indexOf('=') < 0 || value.indexOf("://") >= 0
                || BaseProfileFiles.isProfile(setting.origin())
                        && !BaseProfileFiles.isProductionProfile(setting.origin())) {
            return Optional.empty();
        }
        boolean redis = driver < 0 && value.indexOf(';') < 0;
        Optional<String> written = driver >= 0 ? goPassword(value, driver)
                : redis ? redisPassword(value) : adoPassword(value);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String password = written.get();
        if (password.indexOf('$') >= 0 || password.indexOf('{') >= 0 || password.indexOf('%') >= 0
                || password.indexOf('(') >= 0 || password.indexOf('#') == 0 || password.equalsIgnoreCase(user(value))
                || references.definingSetting(setting, password).isPresent()) {
            return Optional.empty();
        }
        List<SecretProblem> problems = judge.assess(password, SecretPurpose.PASSWORD);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        SecretProblem problem = problems.get(0);
        String code = problem.code();
        if (!(code.equals("secrets.guessable") || code.equals("secrets.too-weak")
                || redis && code.equals("secrets.placeholder"))) {
            return Optional.empty();
        }
        return Optional.of(new SecretProblem(code, problem.shape(),
                "carries a password in its connection string that " + problem.message(), problem.remediation()));
    }

    /**
     * Where the address of a Go MySQL driver DSN starts ({@code user:password@tcp(db:3306)/app}, also {@code @unix(}),
     * or -1: the form of go-sql-driver/mysql, which Go services (Mattermost's {@code SqlSettings.DataSource}, Gitea,
     * GORM's {@code dsn}) keep in their configuration and which is no URL.
     */
    private static int goDriverAddress(String value) {
        int at = value.indexOf("@tcp(");
        return at > 0 ? at : value.indexOf("@unix(");
    }

    /** The password of a Go MySQL driver DSN: after the user's colon, up to the {@code @} of its address. */
    private static Optional<String> goPassword(String value, int at) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon >= at - 1 || value.substring(0, colon).indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return Optional.of(value.substring(colon + 1, at));
    }

    /** The {@code Password=} or {@code Pwd=} of a connection string that names its server, or empty. */
    private static Optional<String> adoPassword(String value) {
        boolean server = UrlPasswords.firstPair(value, (name, nameEnd, from, to) -> namesServer(value, name, nameEnd)
                ? Optional.of(Boolean.TRUE) : Optional.<Boolean>empty()).isPresent();
        return server ? UrlPasswords.pairPassword(value, null).map(String::trim) : Optional.empty();
    }

    /** Whether a pair's name is a connection string's server: server, host, data source, address, addr. */
    private static boolean namesServer(String value, int name, int nameEnd) {
        String word = value.substring(name, nameEnd).toLowerCase(Locale.ROOT);
        return word.equals("server") || word.equals("host") || word.equals("data source") || word.equals("address")
                || word.equals("addr") || word.equals("datasource");
    }

    /** The user of a connection string ({@code User Id}, {@code UID}, {@code User}, {@code Username}), or "". */
    private static String user(String value) {
        return UrlPasswords.firstPair(value, (name, nameEnd, from, to) -> {
            String word = value.substring(name, nameEnd).toLowerCase(Locale.ROOT);
            return word.equals("user id") || word.equals("userid") || word.equals("uid") || word.equals("user")
                    || word.equals("username") || word.equals("user name")
                    ? Optional.of(UrlPasswords.unquoted(value.substring(from, to).trim())) : Optional.<String>empty();
        }).orElse("");
    }

    /**
     * The {@code password=} option of a StackExchange.Redis configuration string: comma-separated, its first part an
     * endpoint ({@code host:port}, no {@code =}), an option {@code password=…}. Empty when the value is not one.
     */
    private static Optional<String> redisPassword(String value) {
        int comma = value.indexOf(',');
        if (comma <= 0 || value.substring(0, comma).indexOf('=') >= 0 || value.substring(0, comma).indexOf(' ') >= 0) {
            return Optional.empty();
        }
        int at = comma + 1;
        while (at < value.length()) {
            int end = value.indexOf(',', at);
            end = end < 0 ? value.length() : end;
            int start = at;
            while (start < end && value.charAt(start) == ' ') {
                start++;
            }
            if (end - start > 9 && AsciiCase.regionIs(value, start, "password=")) {
                String password = value.substring(start + 9, end).trim();
                return password.isEmpty() ? Optional.empty() : Optional.of(password);
            }
            at = end + 1;
        }
        return Optional.empty();
    }
}

package dev.readiness.gates.database;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Default and sample database credentials: what database images, installers, tutorials and connection-string
 * templates ship. Compared while parsing; nothing here keeps a password.
 */
final class WellKnownCredentials {

    /** Users whose empty password is a documented default (MySQL root, SQL Server and H2 sa, …). */
    private static final Set<String> EMPTY_PASSWORD_USERS = Set.of(
            "root", "sa", "postgres", "admin", "administrator", "mysql", "system", "sys", "default", "test", "user",
            "dbuser", "guest");

    /**
     * Passwords that docker image READMEs, installers, vendor quick-starts and templates use (compared without
     * regard to case): postgres {@code mysecretpassword} and {@code example}, mysql {@code my-secret-pw},
     * Microsoft's SQL Server container {@code yourStrong(!)Password}, connectionstrings.com {@code myPassword},
     * Oracle {@code tiger}/{@code manager}, Bitnami's {@code bitnami}, the usual dictionary defaults and the top of public most-used-password
     * lists ({@code 12345}, {@code 1qaz@WSX}).
     */
    private static final Set<String> PASSWORDS = Set.of(
            "password", "passw0rd", "password1", "password123", "p@ssw0rd", "p@ssword", "pass", "pass123", "passwd",
            "pwd", "secret", "secret123", "changeme", "change_me", "change-me", "changeit", "admin", "admin123",
            "root", "toor", "postgres", "postgrespw", "mysql", "mariadb", "oracle", "mongo", "mongodb", "redis",
            "example", "my-secret-pw", "mysecretpassword", "mypassword", "my-password", "my_password", "mypass",
            "yourpassword", "your-password", "your_password", "yourstrong(!)password", "yourstrong@passw0rd",
            "yourstrongpassword", "yourstrongpassw0rd", "123456", "1234567", "12345678", "123456789", "1234",
            "qwerty", "letmein", "default", "test", "test123", "testing", "dev", "development", "docker", "tiger",
            "manager", "sa", "guest", "welcome", "welcome1", "dbpassword", "db_password", "dbpass", "user",
            "username", "pgpass", "local", "sample", "demo",
            // the top of public lists of the most used passwords (SecLists' 10k most common, with the keyboard
            // patterns Chinese-language tutorials use: 1qaz@WSX)
            "123", "12345", "111111", "000000", "123123", "121212", "654321", "666666", "888888", "112233",
            "abc123", "qwerty123", "123qwe", "1q2w3e", "1q2w3e4r", "1qaz2wsx", "1qaz@wsx", "root123", "admin@123",
            "admin888", "qwe123",
            // Bitnami's images and charts: RabbitMQ's RABBITMQ_PASSWORD default (user user), and the password
            // its documentation gives the application user of other images
            "bitnami");

    private static final List<String> PASSWORD_WORDS = List.of("password", "passwd", "pass", "pwd", "pw");

    private static final List<String> USER_WORDS = List.of("username", "user", "usr");

    /**
     * Stage words written between the connection's name and the password word ({@code medpaper_dev_pwd} for user
     * {@code medpaper}, {@code shop-prod-pass}): the stage is as easy to guess as the name.
     */
    private static final List<String> STAGE_WORDS = List.of("development", "production", "staging", "testing", "local",
            "prod", "dev", "stg", "test", "qa", "uat");

    private WellKnownCredentials() {
    }

    /**
     * Whether a user and password are a well-known default.
     *
     * @param user the user, if known
     * @param password the password, if known; {@code null} means unknown, never well known
     * @return {@code true} when well known
     */
    static boolean isWellKnown(@Nullable String user, @Nullable String password) {
        return isWellKnown(user, password, null);
    }

    /**
     * Whether a user and password are a well-known default, or a password made of the connection's own names: the
     * database's name ({@code datastore_ro:datastore@db/datastore}) or the user's name with a password word
     * ({@code ckandbuser:ckandbpassword}), also with a stage word before the password word
     * ({@code medpaper:medpaper_dev_pwd}), which anyone who reads the URL can guess.
     *
     * @param user the user, if known
     * @param password the password, if known; {@code null} means unknown, never well known
     * @param database the database name, if known
     * @return {@code true} when well known or made of those names
     */
    static boolean isWellKnown(@Nullable String user, @Nullable String password, @Nullable String database) {
        if (password != null && database != null && !password.isEmpty() && password.length() <= 64
                && !References.isReference(password) && madeOfNames(password.toLowerCase(Locale.ROOT),
                        user == null ? "" : user.strip().toLowerCase(Locale.ROOT), database.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isWellKnownPair(user, password);
    }

    /**
     * Whether a connection string names a user and writes its password, empty, beside it: {@code mongoadmin:@db} of a
     * URI, {@code Username=app;Password=;} of a key=value string (forty-first pass). The separator says a password
     * belongs there and the text after it says it is empty, whatever the user's name: the server accepts that user
     * with no password, or the connection fails. A URL that names a user and no password ({@code app@db},
     * {@code Username=app;}) is not judged: a driver then takes the password from elsewhere (a password file, a
     * companion setting, IAM).
     *
     * @param user the user, if written
     * @param password the password, if written; empty when written empty
     * @return {@code true} for a named user with a password written empty
     */
    static boolean emptyPasswordWritten(@Nullable String user, @Nullable String password) {
        return password != null && password.isEmpty() && user != null && !user.isBlank()
                && !References.isReference(user) && !TemplateCredentials.isTemplateUser(user);
    }

    private static boolean madeOfNames(String password, String user, String database) {
        if (database.length() >= 3 && password.equals(database)) {
            return true;
        }
        String named = withoutCount(password);
        if (named.length() < password.length() && named.length() >= 3
                && (named.equals(user) || named.equals(database))) {
            return true;
        }
        String stem = withoutSuffix(password, PASSWORD_WORDS);
        if (stem.length() == password.length() || stem.length() < 3) {
            return false;
        }
        if (namesConnection(stem, user, database)) {
            return true;
        }
        String unstaged = withoutSuffix(stem, STAGE_WORDS);
        return unstaged.length() < stem.length() && unstaged.length() >= 3 && namesConnection(unstaged, user, database);
    }

    private static boolean namesConnection(String stem, String user, String database) {
        return stem.equals(user) || stem.equals(withoutSuffix(user, USER_WORDS)) || stem.equals(database);
    }

    /**
     * The text without a trailing count of one to six digits, an exclamation mark after it and one separator before it
     * ({@code nocodb123}, {@code shop_2024!}, {@code app@1} give {@code nocodb}, {@code shop}, {@code app}): the
     * connection's own name with a number appended is guessed as soon as the URL is read. The text itself when it
     * does not end so.
     */
    private static String withoutCount(String text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '!') {
            end--;
        }
        int digits = end;
        while (digits > 0 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == end || end - digits > 6) {
            return text;
        }
        if (digits > 0 && "-_.@".indexOf(text.charAt(digits - 1)) >= 0) {
            digits--;
        }
        return text.substring(0, digits);
    }

    /** The text without one trailing word of the list and the separators before it. */
    private static String withoutSuffix(String text, List<String> words) {
        for (String word : words) {
            if (text.endsWith(word)) {
                int end = text.length() - word.length();
                while (end > 0 && "-_.".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                return text.substring(0, end);
            }
        }
        return text;
    }

    private static boolean isWellKnownPair(@Nullable String user, @Nullable String password) {
        if (password == null || References.isReference(password) || user != null && References.isReference(user)) {
            return false;
        }
        String lowerUser = user == null ? null : user.strip().toLowerCase(Locale.ROOT);
        if (password.isEmpty()) {
            return lowerUser != null && EMPTY_PASSWORD_USERS.contains(lowerUser);
        }
        if (password.length() > 64) {
            return false;
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        if (lowerUser != null && !lowerUser.isEmpty() && lowerPassword.equals(lowerUser)) {
            return true;
        }
        return PASSWORDS.contains(lowerPassword);
    }
}

package dev.readiness.gates.database;

import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.secrets.PasswordPlaceholders;
import dev.readiness.gates.settings.Placeholders;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognizes a user or password inside a URL that a template left to fill in: {@code <password>},
 * {@code [YOUR-PASSWORD]}, {@code {your_password_here}}, {@code xxxxxx}, {@code your_password}, words that only say
 * what goes there ({@code postgres_password_here}, {@code db-password}), and the phrases the secrets gate reads as
 * placeholders ({@code change_me_please}, {@code replace-with-your-password}). A {@code ${NAME}}
 * reference is not a template: the environment fills it in. Nothing here keeps the value. Stateless.
 */
final class TemplateCredentials {

    /** Words that, without separators, are "put the password here" rather than a password. */
    private static final Set<String> WORDS = Set.of(
            "yourpassword", "yourpass", "yourpwd", "yourdbpassword", "yourdatabasepassword", "yourstrongpassword",
            "enterpassword", "insertpassword", "passwordhere", "yourpasswordhere", "dbpasswordhere", "yourusername",
            "youruser", "username", "user", "dbuser", "dbpassword", "password", "pwd", "pass");

    private TemplateCredentials() {
    }

    /**
     * A user name left to fill in: enclosed as {@code <username>}, {@code [user]}, {@code {{user}}}, "your user"
     * words, a capital instruction ({@code TROQUE_AQUI}, {@code REPLACE_WITH_DB_USER}) or a fenced fill-me marker
     * ({@code !!!SET POSTGRES_USER!!!}). Stricter than for passwords: {@code your_app} or {@code user} are names people really use.
     */
    static boolean isTemplateUser(@Nullable String value) {
        if (value == null || value.length() > 128 || References.isReference(value)) {
            return false;
        }
        String text = value.strip();
        String words = letters(text);
        return enclosed(text, '<', '>') || enclosed(text, '[', ']') || text.startsWith("{{") && text.endsWith("}}")
                || words.equals("yourusername") || words.equals("youruser") || words.equals("yourdbuser")
                || Hosts.isCapitalFillInUser(text) || PasswordPlaceholders.isFillMarker(text) || sigilLessReference(text);
    }

    static boolean isTemplate(@Nullable String value) {
        if (value == null || value.isEmpty() || value.length() > 128 || References.isReference(value)
                || value.charAt(0) == '$' && shellPasswordReference(value) || quotedShellReference(value)) {
            return false;
        }
        String text = value.strip();
        if (Placeholders.isUnresolved(text) || enclosed(text, '<', '>') || enclosed(text, '[', ']')
                || sigilLessReference(text)) {
            return true;
        }
        if (SettingRules.spellsAPassword(text) || PasswordPlaceholders.isPhrase(text)) {
            return true; // postgres_password_here, db-password, change_me_please: words that say what goes there
        }
        String words = letters(text);
        if (enclosed(text, '{', '}')) {
            return WORDS.contains(words) || words.startsWith("your") || words.endsWith("here");
        }
        return words.length() == text.length() - separators(text) && (words.startsWith("your")
                && (words.contains("password") || words.contains("pass") || words.contains("pwd")
                || words.contains("user")) || words.equals("passwordhere") || words.equals("yourpasswordhere"));
    }

    /**
     * Whether a URL's password is a shell-style reference to a variable named in capitals ({@code $PROD_DB_PASSWORD},
     * {@code $CI_REGISTRY_PASSWORD}), as CI pipelines' {@code variables:}, Compose and shell scripts write it and expand
     * it when the job runs: a reference, not a template left to fill in. The secrets gate leaves the same value clean
     * under a password key ({@code DB_PASSWORD=$PROD_DB_PASSWORD}); a host written so stays a WARN of its own. A name
     * in lower case or with other characters ({@code $ecret}, {@code $Passw0rd!}), or capitals and digits without an
     * underscore ({@code $ABC123}), is judged as a password.
     */
    static boolean shellPasswordReference(String value) {
        if (value.length() < 4 || value.charAt(1) < 'A' || value.charAt(1) > 'Z') {
            return false;
        }
        boolean underscore = false;
        boolean digit = false;
        for (int i = 2; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '_') {
                underscore = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return underscore || !digit;
    }

    /**
     * Whether a URL's password is a shell reference in double quotes ({@code "$VAULTWARDEN_DB_PASSWORD"}), as a shell
     * script or a Compose file writes it to keep the expanded value one word (thirty-eighth pass): the same reference as
     * {@link #shellPasswordReference(String)} reads.
     */
    static boolean quotedShellReference(String value) {
        int length = value.length();
        return length >= 6 && value.charAt(0) == '"' && value.charAt(length - 1) == '"' && value.charAt(1) == '$'
                && shellPasswordReference(value.substring(1, length - 1));
    }

    /**
     * Whether the text is a variable's capital name in parentheses ({@code (POSTGRES_PROD_PASSWORD)}): a
     * {@code $(NAME)} reference of Kubernetes, Azure Pipelines or Make that lost its {@code $}, so nothing fills it in
     * and the parentheses and name are sent as the credential. A password in parentheses ({@code (1234)}) is judged as
     * a password.
     */
    static boolean sigilLessReference(String text) {
        if (!enclosed(text, '(', ')') || text.length() < 5) {
            return false;
        }
        boolean underscore = false;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '_' && i > 1) {
                underscore = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 1)) {
                return false;
            }
        }
        return underscore;
    }

    private static boolean enclosed(String text, char open, char close) {
        return text.length() > 2 && text.charAt(0) == open && text.charAt(text.length() - 1) == close;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int separators(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '.' || c == '{' || c == '}') {
                count++;
            }
        }
        return count;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.internal.MavenTokens;
import dev.readiness.internal.SecretShapedKeys;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * The value a {@code ${NAME}} or {@code ${NAME:default}} reference stands for when a static check judges it: nothing
 * for a reference without a default (the environment supplies the value at run time, so it cannot be judged here),
 * nothing for an empty default, and the default otherwise (what runs when the variable is unset). A Helm template's
 * field reference or an ERB environment reference is read the same way ({@link RenderedReferences}). A name followed by
 * {@code ://} is one name in a property source's scheme, not a name and a default: Spring Cloud GCP reads
 * {@code ${sm://db-password}} from Secret Manager, and Spring tries the whole name before it splits at the colon.
 * A whole value in a file that is a shell-style reference ({@code $DB_PASSWORD}) is not judged either: the shell or
 * {@code envsubst} that renders the file fills it. Stateless.
 */
final class EnvironmentReferences {

    private static final int MAX_DEPTH = 4;

    private EnvironmentReferences() {
    }

    /**
     * The value of a setting to judge: a {@linkplain Setting#isLiteral() literal} value as written (an escaped
     * {@code \${JWT_SECRET}} is the text {@code ${JWT_SECRET}} at run time), nothing for a shell-style reference
     * written in a file ({@code db.password=$DB_PASSWORD}: the shell or {@code envsubst} that renders the file fills
     * it; the same text read from the environment is a reference no shell expanded), any other as
     * {@link #effectiveValue(String)}.
     *
     * @param setting the setting
     * @return the value to judge, or {@code null} when there is nothing to judge
     */
    static @Nullable String effectiveValue(Setting setting) {
        if (setting.isLiteral()) {
            return setting.value();
        }
        String value = setting.value();
        if (!value.isEmpty() && value.charAt(0) == '$' && (isShellReference(value) || isOwnKeyToken(setting, value)
                || isSubstitution(setting, value)) && setting.origin().file().isPresent()) {
            return null;
        }
        if (!value.isEmpty() && value.charAt(0) == ':' && isSymbol(value)) {
            return null;
        }
        return setting.isAsBuilt() ? effectiveValue(value, true) : effectiveValue(value);
    }

    /**
     * Whether a whole value is a deploy tool's substitution token named after its own key in any case
     * ({@code AppSettings.SmtpPass=$SmtpPass}, {@code Secret=$Secret} in an {@code appsettings.Production.json} a release
     * step fills): the token names the slot it fills, so the value is supplied at deploy time.
     */
    private static boolean isOwnKeyToken(Setting setting, String value) {
        String key = setting.key();
        int last = Math.max(key.lastIndexOf('.'), key.lastIndexOf(':')) + 1;
        int length = value.length() - 1;
        return length >= 2 && key.length() - last == length && key.regionMatches(true, last, value, 1, length)
                && Character.isLetter(value.charAt(1));
    }

    /**
     * Whether a whole value is a substitution in lower case that a build fills in ({@code wifi.password=$wifi_password},
     * {@code ota.password=$fallback_pass} in an ESPHome device file, whose {@code substitutions:} or
     * {@code secrets.yaml} supply them): a {@code $} and a name of lower-case letters, digits and underscores that has an
     * underscore or is the key's own last word ({@code password=$password}). A value with other characters
     * ({@code $ecr3t!}) is no name.
     */
    private static boolean isSubstitution(Setting setting, String value) {
        int length = value.length();
        if (length < 4 || length > 64 || !(value.charAt(1) >= 'a' && value.charAt(1) <= 'z')) {
            return false;
        }
        boolean underscore = false;
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            underscore |= c == '_';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        if (underscore) {
            return true;
        }
        String key = setting.key();
        int last = Math.max(key.lastIndexOf('.'), key.lastIndexOf(':')) + 1;
        return key.length() - last == length - 1 && key.regionMatches(true, last, value, 1, length - 1);
    }

    /**
     * Whether a whole value is an Elixir atom or a Ruby symbol ({@code :instance_role} in ExAws's credential list, Rails'
     * {@code :default}): a name the code resolves, such as a fallback to the machine's role, never a secret's text.
     */
    private static boolean isSymbol(String value) {
        int length = value.length();
        if (length < 3 || length > 40 || !(value.charAt(1) >= 'a' && value.charAt(1) <= 'z')) {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || i == length - 1 && (c == '!' || c == '?'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value to judge.
     *
     * @param value the value as written
     * @return the value itself, the reference's default, or {@code null} when there is nothing to judge
     */
    static @Nullable String effectiveValue(String value) {
        return effectiveValue(value, false);
    }

    /**
     * The value to judge; in text as built ({@link Setting#isAsBuilt()}) a whole Maven token reached through a
     * default or an expression is the text the service runs with, not one the build fills.
     */
    private static @Nullable String effectiveValue(String value, boolean asBuilt) {
        String current = value;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String trimmed = current.trim();
            // SpEL's own marker first, so that a start without an expression loads no SpEL reading
            String literal = trimmed.startsWith("#{") ? SpelLiterals.literal(trimmed) : null;
            if (literal != null) {
                current = literal;
                continue;
            }
            if (asBuilt && MavenTokens.hasTokenShape(trimmed)) {
                return trimmed;
            }
            if (RenderedReferences.isReference(trimmed)) {
                return RenderedReferences.fallback(trimmed);
            }
            if (!trimmed.startsWith("${") || !trimmed.endsWith("}")) {
                return current;
            }
            String inner = trimmed.substring(2, trimmed.length() - 1);
            int colon = inner.indexOf(':');
            String name = colon < 0 ? inner : inner.substring(0, colon);
            if (!isName(name)) {
                return current;
            }
            if (colon < 0 || colon == inner.length() - 1 || inner.startsWith("//", colon + 1)) {
                return null;
            }
            current = inner.substring(colon + 1);
        }
        return current;
    }

    /**
     * Whether a whole value is a shell-style reference to an environment variable, {@code $DB_PASSWORD}: a
     * {@code $} and a name in capitals. A file whose values are written so is filled in by the shell or
     * {@code envsubst} that renders it before the service reads it, as a {@code ${DB_PASSWORD}} is by Spring; a crypt
     * hash ({@code $2y$10$…}) or a value with lower-case letters is no such name, and neither is a name that is itself
     * a secret by the rule of {@code secrets.in-key} ({@code $G7K3M9P2Q4R8S5T6W2X3}, a generated password of capitals
     * and digits that starts with {@code $}): no one names a variable so.
     */
    private static boolean isShellReference(String value) {
        int length = value.length();
        if (length < 2 || value.charAt(0) != '$') {
            return false;
        }
        char first = value.charAt(1);
        if (!(first >= 'A' && first <= 'Z' || first == '_')) {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return length - 1 < SecretShapedKeys.MIN_LENGTH || !SecretShapedKeys.holdsSecret(value.substring(1));
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settings whose key ends in {@code auth} or {@code authentication} ({@code REACTION_AUTH}, {@code REDIS_AUTH},
 * {@code proxy.auth}, {@code SKYLIGHT_AUTHENTICATION}) hold a
 * password or token as often as a switch or a method name ({@code mail.smtp.auth=true}, {@code API_AUTH=oauth2},
 * the Docker registry's {@code REGISTRY_AUTH=htpasswd}, a Vault client's {@code VAULT_AUTH=approle},
 * {@code ENGINE_AUTH=/tmp/engine-auth-jwt}), so the value decides: a password-like or token-like value is a password
 * and judged as one, and so is a placeholder ({@code GITLAB_AUTH=xxx}, a credential with its middle written as dots,
 * a filler word in capitals such as {@code hocs.basicauth=UNSET}; {@code basicauth} may be written as one word);
 * a switch, a mode or method word (Docker Registry's {@code REGISTRY_AUTH=htpasswd}, which names the password file's
 * format), an enum constant, a list, a number, a URL or a path is not. A key may name how the
 * credential is written after {@code auth} ({@code JIRA_BASIC_AUTH_ENCODED}).
 * Stateless.
 */
final class AuthKeys {

    private static final Set<String> AUTH_WORDS = Set.of("auth", "authentication", "basicauth");

    /** Words after {@code auth} that say how the credential is written ({@code JIRA_BASIC_AUTH_ENCODED}). */
    private static final Set<String> ENCODING_WORDS = Set.of("encoded", "base64");

    private static final Set<String> MODE_WORDS = Set.copyOf(List.of("true", "false", "yes", "no", "on", "off",
            "enabled", "enable", "disabled", "disable", "none", "null", "nil", "required", "optional", "anonymous",
            "basic", "digest", "bearer", "token", "jwt", "oauth", "oauth2", "oidc", "openid", "saml", "saml2", "ldap",
            "ldaps", "kerberos", "ntlm", "negotiate", "spnego", "apikey", "api-key", "api_key", "password", "plain",
            "login", "cram-md5", "xoauth2", "md5", "sha1", "sha256", "sha512", "scram-sha-1", "scram-sha-256",
            "scram-sha-512", "hmac", "hmac-sha256", "x509", "mtls", "tls", "ssl", "cert", "certificate", "trust",
            "peer", "ident", "gss", "sspi", "pam", "radius", "iam", "sigv4", "aws", "azure", "gcp", "local",
            "internal", "external", "session", "cookie", "header", "form", "sso", "cas", "github", "google",
            "keycloak", "auth0", "okta", "firebase", "supabase", "cognito", "clerk", "default", "custom", "simple",
            "strict", "lax", "permissive", "mock", "fake", "dummy", "test", "dev", "development", "production",
            "htpasswd", "htdigest", "silly", "userpass", "approle", "kubernetes",
            // the kinds of OAuth and OpenID Connect token a client signs in with, named as a mode beside cookie,
            // session and bearer (Micronaut's micronaut.security.authentication=idtoken): the word token in them
            // names the mechanism, not a credential (forty-sixth pass)
            "idtoken", "id_token", "id-token", "accesstoken", "access_token", "access-token"));

    private static final List<String> SECRET_WORDS = List.of("pass", "pwd", "secret", "token", "changeme", "key");

    private static final int MIN_TOKEN = 16;

    private AuthKeys() {
    }

    /**
     * Whether the key's last word is {@code auth} or {@code authentication} and its value has the shape of a password or token.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return whether to judge the value as a password
     */
    static boolean holdsSecret(String key, String value) {
        return namesAuthValue(key) && isSecretShaped(value.strip());
    }

    /**
     * {@link #holdsSecret}'s reading of the key alone: its last word, an encoding word aside, is an auth word. A fact of
     * the key, which the secrets gate keeps per key.
     *
     * @param key the setting's key
     * @return whether a secret-shaped value under the key is a credential
     */
    static boolean namesAuthValue(String key) {
        if (key.length() < 4 || !AsciiCase.endsWith(key, "auth") && !AsciiCase.endsWith(key, "authentication")
                && !AsciiCase.endsWith(key, "encoded") && !AsciiCase.endsWith(key, "base64")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        if (last >= 1 && ENCODING_WORDS.contains(words.get(last))) {
            last--;
        }
        return last >= 0 && AUTH_WORDS.contains(words.get(last));
    }

    /**
     * {@link #holdsSecret} of a key known to {@link #namesAuthValue name an auth value}: the value's shape alone.
     *
     * @param value its effective value
     * @return {@code true} for a credential
     */
    static boolean holdsSecretValue(String value) {
        return isSecretShaped(value.strip());
    }

    static boolean isSecretShaped(String value) {
        if (value.isEmpty() || value.length() > 512 || SecretValues.isReference(value) || value.contains("://")
                || value.startsWith("/") || value.startsWith("./") || value.startsWith("~")
                || value.indexOf(',') >= 0 || hasWhitespace(value)) {
            return false;
        }
        if (SecretValues.isFiller(value)) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (MODE_WORDS.contains(lower) || isNumber(value) || isDottedName(value)) {
            return false;
        }
        if (isEnumConstant(value)) {
            return SecretValues.isTemplatePlaceholder(value);
        }
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return mixesLettersWithOthers(value) || value.length() >= MIN_TOKEN;
    }

    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code BASIC}, {@code API_KEY}, {@code OAUTH2}: a constant of an enum, not a value anyone made up. */
    private static boolean isEnumConstant(String value) {
        if (!(value.charAt(0) >= 'A' && value.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code com.example.TokenAuth}, {@code auth.example.com}: a class or host name. */
    private static boolean isDottedName(String value) {
        if (value.indexOf('.') <= 0 || value.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /** Letters with digits or symbols, the way made-up passwords and issued tokens are written. */
    private static boolean mixesLettersWithOthers(String value) {
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != '-' && c != '_') {
                other = true;
            }
        }
        return letter && other && value.length() >= 6;
    }
}

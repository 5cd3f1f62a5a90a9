package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KubernetesReferences;
import dev.readiness.gates.internal.MavenResourceTokens;
import dev.readiness.gates.internal.ReplaceTokens;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whole values that a template engine fills in when the file is rendered for a deployment, and so are references, not
 * placeholders: a Helm or Go template that reads a field of the values it is given ({@code {{ .Values.db.password }}},
 * {@code {{ $.Values.minio.secretKey }}}, {@code {{ required "set it" .Values.jwtSecret }}}), or Rails' ERB reading the
 * environment ({@code <%= ENV["DATABASE_PASSWORD"] %>}, {@code <%= ENV.fetch("SECRET_KEY_BASE") %>}). Like
 * {@code ${NAME}} they are judged by their default when they give one ({@code {{ .Values.pw | default "changeme" }}},
 * {@code <%= ENV.fetch("DB_PASSWORD", "password") %>}), and not at all otherwise. Text asking for a value stays a
 * placeholder: {@code {{YOUR_ACCESS_TOKEN}}}, {@code {{ api_token }}} read no field and no environment. Platform and
 * secret-store references written whole ({@code %env(DB_PASSWORD)%}, {@code @Microsoft.KeyVault(…)}) give no default.
 * Yesod's {@code _env:NAME:default} gives its default after the second colon.
 * Stateless.
 */
final class RenderedReferences {

    private static final List<String> HELM_FUNCTIONS = List.of("required ", "include ", "tpl ", "default ");

    private RenderedReferences() {
    }

    /**
     * Whether a trimmed value is one rendered reference as a whole.
     *
     * @param value the value, trimmed
     * @return {@code true} for a Helm/Go template field reference or an ERB environment reference
     */
    static boolean isReference(String value) {
        return isHelmReference(value) || isErbReference(value) || isStoreReference(value) || isYesodReference(value);
    }

    /** Yesod's marker of a value read from the environment: {@code _env:NAME} or {@code _env:NAME:default}. */
    private static final String YESOD_ENV = "_env:";

    /**
     * Whether a trimmed value is a Yesod settings reference to an environment variable ({@code _env:YESOD_PGPASS},
     * {@code _env:YESOD_PGPASS:yesodpass}; the scaffold's {@code config/settings.yml} writes every setting so): read
     * from the variable at start-up, else its default after the second colon, as {@code ${NAME:default}} is.
     */
    private static boolean isYesodReference(String value) {
        if (value.length() <= YESOD_ENV.length() || !value.startsWith(YESOD_ENV)) {
            return false;
        }
        int end = yesodNameEnd(value);
        return end > YESOD_ENV.length() && (end == value.length() || value.charAt(end) == ':');
    }

    private static int yesodNameEnd(String value) {
        int i = YESOD_ENV.length();
        while (i < value.length()) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || i > YESOD_ENV.length() && c >= '0'
                    && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Whether a trimmed value asks the platform or a secret store for the value at run time, in a syntax other than
     * {@code ${NAME}}: Symfony's environment processor ({@code %env(DATABASE_PASSWORD)%},
     * {@code %env(resolve:DB_URL)%}), Azure App Service's Key Vault reference
     * ({@code @Microsoft.KeyVault(SecretUri=https://…)}), Grafana's file, environment and vault providers
     * ({@code $__file{/run/secrets/admin}}, {@code $__env{PW}}), a Perl-style environment reference
     * ({@code $ENV{DB_PASSWORD}}, {@link ReplaceTokens}), a Spring expression ({@code #{environment.MAIL_PASSWORD}})
     * a Google Secret Manager version ({@code projects/p/secrets/db-password/versions/latest}) and a Kubernetes
     * dependent variable ({@code $(DB_PASSWORD)}, {@link KubernetesReferences}), and a Maven resource filtering token
     * filled at build time ({@code @db.password@}, {@link MavenResourceTokens}), and a release pipeline's token
     * ({@code #{JWT_SECRET_KEY}#}, {@code @@JWT_SECRET_KEY@@}, {@code %%JWT_SECRET_KEY%%}, {@code %JWT_SECRET_KEY%}, Cloud Foundry's and Concourse's {@code ((secret_key_base))}, {@link ReplaceTokens}), and a
     * product's one-letter macro filled per request (Roundcube's {@code smtp_pass = '%p'}, the user's own password).
     * None gives a default.
     * Text that only mentions such a syntax is not whole and stays a value.
     */
    private static boolean isStoreReference(String value) {
        int length = value.length();
        if (length < 6) {
            return length == 2 && value.charAt(0) == '%' && ReplaceTokens.isWholeToken(value);
        }
        if (value.startsWith("%env(")) {
            return value.endsWith(")%") && value.indexOf(")%") == length - 2 && value.indexOf(' ') < 0;
        }
        if (value.charAt(0) == '%') {
            return ReplaceTokens.isWholeToken(value);
        }
        if (value.startsWith("@Microsoft.KeyVault(")) {
            return value.endsWith(")");
        }
        if (value.charAt(0) == '@') {
            return MavenResourceTokens.isWholeToken(value) || ReplaceTokens.isWholeToken(value);
        }
        if (value.startsWith("$__file{") || value.startsWith("$__env{") || value.startsWith("$__vault{")) {
            return value.endsWith("}") && value.indexOf('}') == length - 1;
        }
        if (value.startsWith("$ENV{") || value.startsWith("$env{") || value.startsWith("$Self->{")
                || value.startsWith("$self->{")) {
            return ReplaceTokens.isWholeToken(value);
        }
        if (value.startsWith("((")) {
            return ReplaceTokens.isWholeToken(value);
        }
        if (value.startsWith("$(")) {
            return KubernetesReferences.isWholeReference(value);
        }
        if (value.startsWith("#{")) {
            return value.endsWith("}") && value.indexOf('}') == length - 1 && length > 4
                    || ReplaceTokens.isWholeToken(value);
        }
        return value.startsWith("projects/") && value.indexOf("/secrets/") > 9 && value.indexOf(' ') < 0;
    }

    /**
     * The default a rendered reference falls back to.
     *
     * @param value a value for which {@link #isReference(String)} holds
     * @return the quoted default, or {@code null} when the reference gives none
     */
    static @Nullable String fallback(String value) {
        if (isStoreReference(value)) {
            return null;
        }
        if (isYesodReference(value)) {
            int end = yesodNameEnd(value);
            return end == value.length() ? null : value.substring(end + 1);
        }
        if (value.startsWith("{{")) {
            int pipe = value.indexOf("default ");
            return pipe < 0 ? null : quotedAfter(value, pipe + 8);
        }
        int first = quoteEnd(value, value.indexOf("ENV") + 3);
        if (first < 0) {
            return null;
        }
        String second = quotedAfter(value, first + 1);
        if (second != null) {
            return second;
        }
        int brace = value.indexOf('{', first);
        int close = value.lastIndexOf('}');
        if (brace > 0 && close > brace) {
            String block = value.substring(brace + 1, close).trim();
            return block.isEmpty() ? null : block;
        }
        return null;
    }

    private static boolean isHelmReference(String value) {
        if (value.length() < 7 || !value.startsWith("{{") || !value.endsWith("}}")
                || value.indexOf("}}") != value.length() - 2) {
            return false;
        }
        int at = 2;
        while (at < value.length() - 2 && (value.charAt(at) == ' ' || value.charAt(at) == '-')) {
            at++;
        }
        if (readsField(value, at)) {
            return true;
        }
        for (String function : HELM_FUNCTIONS) {
            if (value.startsWith(function, at)) {
                return value.indexOf(" .Values.", at) > 0 || value.indexOf(" .Release.", at) > 0
                        || value.indexOf(" $.Values.", at) > 0;
            }
        }
        return false;
    }

    private static boolean readsField(String value, int at) {
        int dot = value.charAt(at) == '$' && at + 1 < value.length() ? at + 1 : at;
        return value.charAt(dot) == '.' && dot + 1 < value.length() && Character.isLetter(value.charAt(dot + 1));
    }

    private static boolean isErbReference(String value) {
        if (value.length() < 12 || !value.startsWith("<%=") || !value.endsWith("%>")
                || value.indexOf("%>") != value.length() - 2) {
            return false;
        }
        int at = 3;
        while (at < value.length() && value.charAt(at) == ' ') {
            at++;
        }
        return value.startsWith("ENV[", at) || value.startsWith("ENV.fetch", at);
    }

    private static @Nullable String quotedAfter(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\'') {
                int end = value.indexOf(c, i + 1);
                return end < 0 ? null : value.substring(i + 1, end);
            }
        }
        return null;
    }

    private static int quoteEnd(String value, int from) {
        for (int i = Math.max(from, 0); i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\'') {
                return value.indexOf(c, i + 1);
            }
        }
        return -1;
    }
}

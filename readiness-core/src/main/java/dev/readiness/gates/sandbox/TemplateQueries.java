package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A URL whose query carries a credential parameter left as template text: a webhook or callback URL copied from
 * documentation ({@code https://oapi.dingtalk.com/robot/send?access_token=xxxxx},
 * {@code …?key=YOUR_API_KEY}, {@code …?token=<token>}, {@code …?api-key=replace-with-helius-api-key}). The request is refused, or the template's published value
 * is used. Only parameters whose names say credential are read; a {@code ${NAME}} reference is filled in at run
 * time and is fine. Any parameter whose value is its own name in capitals ({@code ?idpid=IDPID}) is a slot too.
 */
final class TemplateQueries {

    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("access_token", "accesstoken", "token", "key",
            "apikey", "api_key", "api-key", "secret", "client_secret", "password", "pass", "pwd", "sig", "signature",
            "auth", "auth_token", "code", "appkey", "app_key", "webhook_token");
    private static final Set<String> TEMPLATE_WORDS = Set.of("changeme", "change_me", "replaceme", "replace_me",
            "placeholder", "todo", "tbd", "redacted");

    private TemplateQueries() {
    }

    /**
     * The finding on a URL value whose query holds a template credential.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return the finding, or {@code null} when the value has no such query parameter
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int scheme = value.indexOf("://");
        int query = scheme < 0 ? -1 : value.indexOf('?', scheme);
        if (query < 0) {
            return null;
        }
        int end = value.indexOf('#', query);
        for (String pair : value.substring(query + 1, end < 0 ? value.length() : end).split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).toLowerCase(Locale.ROOT);
            if (spellsOwnName(pair.substring(0, equals), pair.substring(equals + 1))) {
                return Finding.noGo("sandbox.template-url", setting)
                        .message(SandboxFindings.format("%s carries the name of its '%s' query parameter in capitals"
                                + " as the parameter's value: a template's slot that was never filled in, so the"
                                + " request names no real account or tenant.", setting.key(), name))
                        .remediation("Put the real value of the '" + name + "' parameter in " + setting.key() + ".")
                        .build();
            }
            if (CREDENTIAL_PARAMETERS.contains(name) && isTemplate(pair.substring(equals + 1))) {
                return Finding.noGo("sandbox.template-url", setting)
                        .message(SandboxFindings.format("%s carries template text in its '%s' query parameter, a "
                                + "credential that was never filled in: the call is refused, or uses the value the "
                                + "template published.", setting.key(), name))
                        .remediation("Put the real credential in the URL from a secret manager (or reference it, "
                                + "${NAME}), as the service issued it.")
                        .build();
            }
        }
        return null;
    }

    /** The shortest parameter name read by {@link #spellsOwnName}: {@code id=ID} may be a real value. */
    private static final int MIN_SPELLED_NAME = 3;

    /**
     * Whether a parameter's value is its own name in capitals, separators aside (fortieth pass): Google's SAML
     * {@code …/o/saml2?idpid=IDPID}, {@code ?tenant_id=TENANT_ID}, the slot a sample leaves where the account's id
     * goes. A real value in capitals differs from the name ({@code ?format=JSON}, {@code ?sslmode=REQUIRE}), and a
     * name written in capitals itself ({@code ?KEY=KEY}) or shorter than three letters is left.
     */
    static boolean spellsOwnName(String name, String value) {
        if (name.length() < MIN_SPELLED_NAME || value.length() < MIN_SPELLED_NAME || value.equals(name)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return RelaxedNames.matches(name, value);
    }

    private static boolean isTemplate(String text) {
        if (text.length() < 3 || text.startsWith("${")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c == 'x' || c == '*')) {
            return true;
        }
        return lower.startsWith("<") || lower.startsWith("%3c") || lower.startsWith("your")
                || TEMPLATE_WORDS.contains(lower) || saysWhatReplacesIt(lower);
    }

    /** {@code replace-with-helius-api-key}: a verb of {@link StandInWords#SUBSTITUTING_STARTS}, then {@code with}. */
    private static boolean saysWhatReplacesIt(String lower) {
        for (String verb : StandInWords.SUBSTITUTING_STARTS) {
            int with = verb.length() + 1;
            if (lower.length() > with + 5 && lower.startsWith(verb) && isSeparator(lower.charAt(verb.length()))
                    && lower.startsWith("with", with) && isSeparator(lower.charAt(with + 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }
}

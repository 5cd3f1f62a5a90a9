package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A URL whose query carries a credential parameter left as template text: a webhook or callback URL copied from
 * documentation ({@code https://oapi.dingtalk.com/robot/send?access_token=xxxxx},
 * {@code …?key=YOUR_API_KEY}, {@code …?token=<token>}, {@code …?api-key=replace-with-helius-api-key}). The request is refused, or the template's published value
 * is used. Only parameters whose names say credential are read; a {@code ${NAME}} reference is filled in at run
 * time and is fine.
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

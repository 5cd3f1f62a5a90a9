package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret completed at run time around a fill-in word written out in the file: {@code JWT_SECRET=changeme-${STAGE}},
 * {@code app.secret=${APP_NAME}_replace_me}. Whatever the reference gives, the secret is the template's stand-in plus a
 * stage or application name anyone can guess, so the value was never filled in; the reference only hides that from a
 * rule that judges whole values. Only the words templates use for "never filled in" ({@link
 * StandInWords#TEMPLATE_VALUES}) count: a literal part such as Mailgun's {@code key-} before a reference, a URL's
 * scheme or a secret store's path is part of a real value's form. Stateless.
 */
final class StandInBesideReferences {

    private StandInBesideReferences() {
    }

    /**
     * The {@code secrets.placeholder} finding of a deferred secret whose written parts include a template's fill-in
     * word, or {@code null}.
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param severity the stage's severity
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding of(Setting setting, Optional<SecretPurpose> purpose, Severity severity) {
        String value = setting.value();
        if (purpose.isEmpty() || value.length() < 8 || value.indexOf("${") < 0 || !hasStandInPart(value)) {
            return null;
        }
        SecretPurpose kind = purpose.get();
        return Finding.of(severity, "secrets.placeholder", setting)
                .message("is completed at run time around a template's fill-in word written in the file: whatever "
                        + "the reference gives, the " + SecretStrength.describe(kind)
                        + " is that stand-in plus a name anyone can guess, never a secret")
                .remediation("Write the whole value as one reference to your secret store (`${NAME}`) and supply a "
                        + "generated value there. " + SecretStrength.remediation(kind))
                .build();
    }

    /**
     * The finding of a deferred secret completed only by references to a stage or a name anyone can guess
     * ({@code hunter2-${STAGE}}, {@code ${APP_NAME}-${STAGE}}, Serverless's {@code hunter2-${sls:stage}}): the secret
     * is what the file writes plus a word from a short list, so what the file writes is judged as the secret (hostile
     * testing, thirty-third pass: it was deferred, GO). A reference to anything else ({@code ${SECRET_SUFFIX}}) may
     * supply the secret, and keeps the value deferred; so does a written part with no problem.
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param judge the gate's judge of secrets
     * @param severity the stage's severity
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding guessable(Setting setting, Optional<SecretPurpose> purpose, SecretStrength judge,
            Severity severity) {
        String value = setting.value();
        if (purpose.isEmpty() || value.length() < 8 || value.length() > 512 || value.indexOf("${") < 0
                || value.indexOf('/') >= 0) {
            return null; // a URL or a path (sm://${PROJECT}/secret-key) names where a secret is, not the secret
        }
        StringBuilder written = new StringBuilder();
        int references = 0;
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf("${", i);
            int part = open < 0 ? value.length() : open;
            appendTrimmed(written, value, i, part);
            if (open < 0) {
                break;
            }
            int close = value.indexOf('}', open + 2);
            if (close < 0 || !isPublicName(value.substring(open + 2, close))) {
                return null;
            }
            references++;
            i = close + 1;
        }
        if (written.length() == 0 && references < 2) {
            return null; // one reference and nothing written: whatever the variable holds
        }
        SecretPurpose kind = purpose.get();
        String message;
        String code;
        String remediation;
        if (written.length() == 0) {
            code = "secrets.guessable";
            message = "is made at run time only of a stage and names anyone can guess, never a secret";
            remediation = SecretStrength.remediation(kind);
        } else {
            List<SecretProblem> problems = judge.assess(written.toString(), kind);
            if (problems.isEmpty()) {
                return null;
            }
            SecretProblem problem = problems.get(0);
            code = problem.code();
            message = "is completed at run time by a stage or a name anyone can guess around a part written in the "
                    + "file that " + problem.message();
            remediation = problem.remediation();
        }
        return Finding.of(severity, code, setting).message(message)
                .remediation("Write the whole value as one reference to your secret store (`${NAME}`) and supply a "
                        + "generated value there. " + remediation)
                .build();
    }

    /**
     * The finding of a deferred secret whose every reference has Spring's empty default ({@code change${X:}me};
     * {@code ${X:-}} is a default of {@code -} there, and a shell's empty default is not read so): where nothing sets those variables the service runs with the parts written in the file, as
     * it runs with {@code changeme} from {@code ${JWT_SECRET:changeme}}, so those parts are judged as that default is
     * (forty-third pass: such a split value was deferred, GO).
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param judge the gate's judge of secrets
     * @param severity the stage's severity
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding emptyDefaults(Setting setting, Optional<SecretPurpose> purpose, SecretStrength judge,
            Severity severity) {
        String value = setting.value();
        if (purpose.isEmpty() || value.length() > 512 || value.indexOf("${") < 0 || value.indexOf('/') >= 0) {
            return null;
        }
        StringBuilder written = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf("${", i);
            written.append(value, i, open < 0 ? value.length() : open);
            if (open < 0) {
                break;
            }
            int close = value.indexOf('}', open + 2);
            if (close < 0) {
                return null;
            }
            String reference = value.substring(open + 2, close);
            int colon = reference.indexOf(':');
            if (reference.indexOf('$') >= 0 || colon <= 0 || colon != reference.length() - 1) {
                return null;
            }
            i = close + 1;
        }
        if (written.length() == 0) {
            return null;
        }
        SecretPurpose kind = purpose.get();
        List<SecretProblem> problems = judge.assess(written.toString(), kind);
        if (problems.isEmpty()) {
            return null;
        }
        SecretProblem problem = problems.get(0);
        return Finding.of(severity, problem.code(), setting)
                .message("runs, where nothing sets the references inside it (each defaults to nothing), with the "
                        + "parts written in the file, which " + problem.message())
                .remediation("Write the whole value as one reference to your secret store (`${NAME}`) and supply a "
                        + "generated value there. " + problem.remediation())
                .build();
    }

    private static final java.util.Set<String> PUBLIC_NAMES = java.util.Set.of("stage", "env", "environment",
            "node_env", "app_env", "rails_env", "rack_env", "flask_env", "deploy_env", "deployment_env", "env_name",
            "environment_name", "stage_name", "app_name", "application_name", "service", "service_name", "project",
            "project_name", "spring_profiles_active", "aspnetcore_environment");

    /** Whether a reference ({@code STAGE}, {@code sls:stage}, {@code self:provider.stage}, {@code STAGE:-dev}) names a stage or a name. */
    private static boolean isPublicName(String reference) {
        String name = reference.strip().toLowerCase(Locale.ROOT);
        for (String source : new String[] {"sls:", "opt:", "self:", "env:"}) {
            if (name.startsWith(source)) {
                name = name.substring(source.length());
                break;
            }
        }
        int end = 0;
        while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) && name.charAt(end) < 128
                || name.charAt(end) == '_' || name.charAt(end) == '.')) {
            end++;
        }
        name = name.substring(name.lastIndexOf('.', end - 1) + 1, end);
        return PUBLIC_NAMES.contains(name); // COLLECTIONS_PASSWORD_STAGE is a stage's password, not its name
    }

    private static void appendTrimmed(StringBuilder written, String value, int from, int to) {
        while (from < to && isSeparator(value.charAt(from))) {
            from++;
        }
        while (to > from && isSeparator(value.charAt(to - 1))) {
            to--;
        }
        written.append(value, from, to);
    }

    /** Whether a written part outside the value's {@code ${…}} references, cut at separators, is a fill-in word. */
    private static boolean hasStandInPart(String value) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            boolean end = i == value.length();
            char c = end ? 0 : value.charAt(i);
            if (!end && c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                if (depth == 0 && isStandIn(value, start, i)) {
                    return true;
                }
                depth++;
                i++;
            } else if (!end && c == '}' && depth > 0) {
                depth--;
                start = i + 1;
            } else if (end && depth == 0 && isStandIn(value, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStandIn(String value, int from, int to) {
        while (from < to && isSeparator(value.charAt(from))) {
            from++;
        }
        while (to > from && isSeparator(value.charAt(to - 1))) {
            to--;
        }
        return to - from >= 4 && to - from <= 16
                && StandInWords.TEMPLATE_VALUES.contains(value.substring(from, to).toLowerCase(Locale.ROOT));
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '"' || c == '\'' || c == ' ';
    }
}

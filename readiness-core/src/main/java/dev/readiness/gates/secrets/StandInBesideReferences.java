package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.Setting;
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

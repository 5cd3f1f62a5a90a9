package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.settings.Setting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A signing or encryption key the application itself holds, written in a file as a reference with an empty default:
 * {@code app.jwt.secret=${APP_JWT_SECRET:}}, {@code app.encryption.master-key=${MASTER_KEY:}}. The colon says the
 * service may start without the variable, and then it signs its tokens or encrypts its data with an empty key; a bare
 * {@code ${APP_JWT_SECRET}} stops the start instead. A password or an API key of another service with an empty default
 * is left alone: such defaults mark optional integrations as often as required ones (ten public
 * {@code api-key: ${ANTHROPIC_API_KEY:}} lines read were all optional providers), while no application runs correctly
 * with an empty key of its own. An integration switched off is left alone too. Stateless.
 */
final class EmptyDefaults {

    private EmptyDefaults() {
    }

    /**
     * The finding for a deferred setting whose written value is a reference with an empty default under a key of the
     * application's own signing or encryption key, or {@code null}.
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param severity the stage's severity
     * @param switches the configuration's feature switches
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding emptyOwnKey(Setting setting, Optional<SecretPurpose> purpose, Severity severity,
            FeatureSwitches switches) {
        String value = setting.value();
        int length = value.length();
        if (length < 5 || value.charAt(length - 1) != '}' || value.charAt(length - 2) != ':'
                || !value.startsWith("${") || purpose.isEmpty()
                || purpose.get() != SecretPurpose.SIGNING && purpose.get() != SecretPurpose.ENCRYPTION_KEY
                || setting.origin().file().isEmpty() || !isName(value, 2, length - 2)
                || switches.isOff(setting.key())) {
            return null;
        }
        String variable = value.substring(2, length - 2);
        return Finding.of(severity, "secrets.blank", setting)
                .message("falls back to an empty " + SecretStrength.describe(purpose.get()) + " when " + variable
                        + " is unset: the empty default lets the service start and sign or encrypt with an empty key")
                .remediation("Drop the empty default (`${" + variable + "}`) so the service cannot start without the "
                        + "key, and supply it from your secret store. " + SecretStrength.remediation(purpose.get()))
                .build();
    }

    private static boolean isName(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}

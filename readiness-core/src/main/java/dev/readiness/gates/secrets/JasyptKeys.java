package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jasypt-encrypted values ({@code ENC(…)}) whose decryption password is written in the same configuration
 * ({@code jasypt.encryptor.password=xboot}) rather than supplied by the environment or a secret store: whoever can
 * read the configuration can decrypt them, so each is as exposed as the password beside it, that is as exposed as
 * clear text. A password that comes from an environment variable or a system property, or is deferred to one
 * ({@code ${JASYPT_ENCRYPTOR_PASSWORD}}), is the intended use and leaves the encrypted values alone.
 */
final class JasyptKeys {

    private static final List<String> DECRYPTION_KEYS = List.of("jasypt.encryptor.password",
            "jasypt.encryptor.private-key-string");

    private JasyptKeys() {
    }

    /** The setting holding the decryption password when the configuration itself holds it; otherwise {@code null}. */
    static @Nullable Setting keyInConfiguration(Settings settings) {
        for (String key : DECRYPTION_KEYS) {
            Optional<Setting> found = settings.get(key);
            if (found.isEmpty() || found.get().isDeferred()) {
                continue;
            }
            Setting setting = found.get();
            String value = EnvironmentReferences.effectiveValue(setting);
            String origin = setting.origin().description();
            if (value != null && !value.isBlank() && !origin.startsWith("environment variable")
                    && !origin.startsWith("system property") && !origin.contains(" via environment variable")) {
                return setting;
            }
        }
        return null;
    }

    static boolean isEncrypted(String value) {
        String trimmed = value.trim();
        return trimmed.length() > 5 && trimmed.startsWith("ENC(") && trimmed.endsWith(")");
    }

    static Finding decryptable(Severity severity, Setting setting, Setting key) {
        return Finding.of(severity, "secrets.decryptable", setting)
                .message("is encrypted with Jasypt, but its decryption password is written in the same configuration ("
                        + key.key() + ", " + key.origin() + "): anyone who can read the configuration can decrypt "
                        + "it, so the encryption hides nothing")
                .remediation("Supply " + key.key() + " from the environment or a secret store "
                        + "(JASYPT_ENCRYPTOR_PASSWORD), remove it from the configuration, choose a new strong "
                        + "password and re-encrypt every ENC(...) value with it; rotate the secrets themselves, "
                        + "since the old ones were readable.")
                .build();
    }
}

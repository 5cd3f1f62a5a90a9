package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;

/**
 * Secrets written as the default of a reference to the environment in a file: {@code ${GITHUB_CLIENT_SECRET:1642…}}
 * in {@code application.properties}, {@code ${NOTIFY_API_KEY:-…}} in a Compose file. The reference is the grammar of
 * a value the project ships for everyone: whoever runs the file without setting the variable runs with the default,
 * and everyone who has the file has it. A deployment's own file writes its secret, or a bare reference, not a
 * fallback for others. So a default that passes every other check is published however random it looks, in a base
 * file, a Compose file or any other; a bare reference or an empty default ({@code ${JWT_SECRET}},
 * {@code ${JWT_SECRET:}}) is not judged at all ({@link EnvironmentReferences}). Stateless.
 */
final class ReferenceDefaults {

    /**
     * What the settings' placeholder resolution adds to the origin of a value it took from a reference's default
     * ({@code application.properties:12 via the default of ${GITHUB_CLIENT_SECRET}}).
     */
    private static final String RESOLVED_DEFAULT = " via the default of ${";

    private ReferenceDefaults() {
    }

    /**
     * Whether a setting read from a file is written as a {@code ${NAME:default}} or {@code ${NAME:-default}} reference
     * whose default is what the gate judges: as written, or resolved to its default by the settings' placeholder
     * resolution, whose origin then says so.
     *
     * @param setting the setting
     * @return {@code true} for a default behind a reference, in a file
     */
    static boolean isDefaultInFile(Setting setting) {
        if (setting.isLiteral() || setting.origin().file().isEmpty()) {
            return false;
        }
        if (setting.origin().description().contains(RESOLVED_DEFAULT)) {
            return true;
        }
        String written = setting.value().strip();
        if (!written.startsWith("${") || !written.endsWith("}")) {
            return false;
        }
        int colon = written.indexOf(':');
        return colon > 2 && colon < written.length() - 2 && written.charAt(colon + 1) != '/';
    }

    /**
     * The problem of a secret shipped as a reference's default.
     *
     * @param value the default, for its shape only
     * @param purpose what the secret is for
     * @return a published-default problem
     */
    static SecretProblem published(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.published-default", shape,
                "is the default of a ${…} reference written into the file, which the project ships for everyone: it "
                        + "runs wherever that variable is unset, and everyone who has the file has it, however "
                        + "random it looks (" + SecretStrength.describe(shape) + ")",
                "Drop the default (`${NAME}`, or `${NAME:?required}` in Compose) so that a missing variable fails at "
                        + "start, supply the value from your secret store, and rotate this one. "
                        + SecretStrength.remediation(purpose));
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;

/**
 * The configuration file every profile starts from ({@code application.properties}, {@code application.yml},
 * {@code bootstrap.yaml}): a literal secret there is the value every environment gets unless its own profile
 * overrides it (every developer's machine, every CI run, every test), and it ships inside the artifact and the
 * repository. A production run that never overrides it uses that shared value. Profile files
 * ({@code application-prod.yml}) are not base files. Stateless.
 */
final class BaseProfileFiles {

    private static final Set<String> BASE_NAMES = Set.of("application", "bootstrap");
    private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");

    private BaseProfileFiles() {
    }

    /**
     * Whether a setting comes from a profile-less base configuration file: the file name's last word before the
     * extension is {@code application} or {@code bootstrap} ({@code application.yml},
     * {@code billing-application.properties}).
     *
     * @param origin where the value came from
     * @return {@code true} for a base configuration file
     */
    static boolean isBase(Origin origin) {
        String name = FileNameWords.fileName(origin);
        for (String extension : EXTENSIONS) {
            if (name.endsWith("." + extension)) {
                List<String> words = FileNameWords.stemWords(name, Set.of(extension));
                return !words.isEmpty() && BASE_NAMES.contains(words.get(words.size() - 1));
            }
        }
        return false;
    }

    static SecretProblem shared(String value, SecretPurpose purpose) {
        String trimmed = value.trim();
        SecretShape shape = new SecretShape(value.length(), SecretValues.capacityBits(trimmed),
                SecretShape.publicPrefix(trimmed).orElse(null));
        return new SecretProblem("secrets.shared-default", shape,
                "is a literal secret in the application's base configuration file, which ships inside the "
                        + "artifact and the repository: anyone with either can read it, and unless a profile overrides "
                        + "it every environment (developer machines, tests, CI) shares the value production uses ("
                        + SecretStrength.describe(shape) + ")",
                "Leave the key empty or a `${...}` reference in the base file and supply the production value from "
                        + "the environment or your secret store; rotate this one if it ever served in production. "
                        + SecretStrength.remediation(purpose));
    }
}

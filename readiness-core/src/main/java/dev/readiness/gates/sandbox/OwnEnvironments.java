package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A host of the environment the setting's own file is written for: {@code https://auth-stage.acme.io} in
 * {@code application-stage.properties}, {@code api.staging.acme.io} in {@code .env.staging}. A team's file for its
 * staging (or pre-production, UAT) deployment names that deployment's own hosts, numbered copies of it included
 * ({@code staging2.acme.io}), and those are where it must point; a provider's sandbox is judged by the catalog all the same ({@code apitest.authorize.net} in a staging file stays a
 * finding), and a host of another environment ({@code api.dev.acme.io} in a staging file) is still one. Only the
 * environments deployed like production are read; a development or test file's hosts are judged as written.
 * Stateless.
 */
final class OwnEnvironments {

    /** Spellings of the pre-production environments a team deploys like production, grouped by what they mean. */
    private static final Set<String> STAGING = Set.of("stage", "staging", "stg");
    private static final Set<String> PRE_PRODUCTION = Set.of("preprod", "preproduction", "pprod");
    private static final Set<String> ACCEPTANCE = Set.of("uat");

    private OwnEnvironments() {
    }

    /**
     * Whether the host names the environment the setting's file declares in its name.
     *
     * @param setting the setting whose origin names its file
     * @param host the host the setting points at
     * @return {@code true} when file and host name the same pre-production environment
     */
    static boolean hostOfFilesEnvironment(Setting setting, String host) {
        String file = setting.origin().file().orElse(null);
        if (file == null) {
            return false;
        }
        Set<String> environment = environmentOf(lastSegment(file));
        return environment != null && namesEnvironment(host, environment);
    }

    private static String lastSegment(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static @Nullable Set<String> environmentOf(String fileName) {
        for (String word : fileName.split("[._-]")) {
            Set<String> environment = group(word);
            if (environment != null) {
                return environment;
            }
        }
        return null;
    }

    private static @Nullable Set<String> group(String word) {
        return STAGING.contains(word) ? STAGING : PRE_PRODUCTION.contains(word) ? PRE_PRODUCTION
                : ACCEPTANCE.contains(word) ? ACCEPTANCE : null;
    }

    private static boolean namesEnvironment(String host, Set<String> environment) {
        for (String label : host.toLowerCase(Locale.ROOT).split("[.-]")) {
            if (environment.contains(withoutNumber(label))) {
                return true;
            }
        }
        return false;
    }

    /** A numbered copy of an environment ({@code staging2}, {@code uat1}) is that environment. */
    private static String withoutNumber(String label) {
        int end = label.length();
        while (end > 0 && Character.isDigit(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end);
    }
}

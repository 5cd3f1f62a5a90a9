package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;

/**
 * Files of a development or test profile ({@code application-local.yaml}, {@code application-dev.properties},
 * {@code .env.development}, {@code config.dev.yml}, {@code .env.test}, {@code application-test.yml},
 * {@code .env.testing}): a literal secret there is a development or test secret, shared with
 * everyone who works on the code and usually committed with it. However random it looks, it must not serve in
 * production. {@code .env.local} is not one: frameworks load it in every environment. The profile word must stand
 * where profiles are named, first or last in the name once its extension is dropped ({@code dev.env},
 * {@code settings_dev.py}); a word in the middle ({@code emulators-dev-urls.env}) describes content, not a profile,
 * and a name that also says production ({@code test-deploy-prod.env}) is production's.
 * Stateless.
 */
final class DevelopmentFiles {

    private static final Set<String> WORDS = Set.of("dev", "develop", "development", "local", "test", "testing");
    /**
     * The test profile's words count for a file only: the test kit and other in-memory sources are named
     * {@code test} ({@code GateCheck}), and their values are the ones under test.
     */
    private static final Set<String> TEST_WORDS = Set.of("test", "testing");
    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");
    private static final Set<String> EXTENSIONS = Set.of("env", "properties", "yml", "yaml", "json", "conf", "config",
            "cfg", "ini", "toml", "xml", "py", "rb", "php", "js", "ts", "exs", "txt");

    private DevelopmentFiles() {
    }

    /**
     * Whether a setting comes from a file whose name says it belongs to a development profile.
     *
     * @param origin where the value came from
     * @return {@code true} for a development profile's file
     */
    static boolean isDevelopment(Origin origin) {
        if (FileNameWords.nameIs(origin, ".env.local") || !FileNameWords.nameHasWord(origin, WORDS)) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(origin), EXTENSIONS);
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (PRODUCTION.contains(word)) {
                return false;
            }
        }
        String profile = WORDS.contains(words.get(0)) ? words.get(0)
                : WORDS.contains(words.get(words.size() - 1)) ? words.get(words.size() - 1) : null;
        return profile != null && (!TEST_WORDS.contains(profile) || origin.file().isPresent());
    }

    static SecretProblem committed(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.published-default", shape,
                "is a literal secret in a development profile's file, shared with everyone who has the code: a "
                        + "development secret, however random it looks (" + SecretStrength.describe(shape) + ")",
                "Keep real values out of development profiles, give production its own value from your secret "
                        + "store, and rotate this one if it was ever used outside development. "
                        + SecretStrength.remediation(purpose));
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deployed stage's shared dotenv file: {@code .env.production}, {@code .env.prod}, {@code .env.staging},
 * {@code .env.uat}, {@code .env.live} (also under a directory, {@code deploy/.env.production}). Next.js, Vite and Vue
 * CLI load {@code .env.[mode]} as the mode's defaults and tell projects to commit it; the form they git-ignore for
 * secrets is {@code .env.[mode].local}. A literal secret there that passes every other check is committed with the
 * code, so anyone with the repository reads the value that stage runs with. It is a WARN, as a Compose file's
 * literal is ({@link ShippedFiles}): a deployment may also keep its own, uncommitted {@code .env.production} and hand it
 * to {@code docker run --env-file}, and a fresh value of its own must not stop it; a NO-GO when the file's other
 * settings show it is a sample ({@link SampleEvidence}). Only that spelling counts: {@code production.env} or
 * {@code prod.env} on a server is a deployment's own store, {@code .env.production.local} is the git-ignored one, and
 * {@code .env.production.example} is an example file's. A file its Git working tree ignores (listed in a
 * {@code .gitignore}: {@code deploy/.env.production} of a service that hands it to Compose) is not committed, and not
 * reported ({@link GitIgnoredFiles}; session 31).
 * Stateless.
 */
final class StageDotenvFiles {

    private static final Set<String> STAGES = Set.of("production", "prod", "prd", "staging", "stage", "stg", "uat",
            "preprod", "live");
    private static final Set<String> DOTENV_EXTENSION = Set.of("env");
    /**
     * Words of a key whose value ships inside a client app, where it is public by design: the SDK key of a mobile or
     * browser build ({@code BATCH_ANDROID_API_KEY}, {@code FIREBASE_WEB_API_KEY}, {@code PUBLIC_POSTHOG_KEY}).
     */
    private static final Set<String> CLIENT_WORDS = Set.of("android", "ios", "mobile", "web", "browser", "public",
            "publishable", "frontend");

    private StageDotenvFiles() {
    }

    /**
     * Whether a literal secret's setting is written in a stage's shared dotenv file under a key that does not name a
     * client app ({@code BATCH_ANDROID_API_KEY}: an SDK key shipped inside the app).
     *
     * @param setting the setting
     * @return {@code true} for a secret committed with a stage's shared dotenv file
     */
    static boolean isCommitted(Setting setting) {
        return isStageDotenv(setting.origin()) && !namesClientApp(setting.key())
                // session 31: the deployment's own file, which its repository ignores, is not committed
                && !GitIgnoredFiles.isIgnored(setting.origin());
    }

    /**
     * Whether a setting comes from a stage's shared dotenv file: the last two words of its name, a trailing
     * {@code env} extension dropped, are {@code env} and a deployed stage ({@code .env.staging},
     * {@code deploy/.env.production}, and the same name flattened to {@code deploy-env-production.env}).
     *
     * @param origin where the value came from
     * @return {@code true} for a stage's shared dotenv file
     */
    static boolean isStageDotenv(Origin origin) {
        if (origin.file().isEmpty() || !FileNameWords.nameHasWord(origin, STAGES)) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(origin), DOTENV_EXTENSION);
        int last = words.size() - 1;
        return last > 0 && STAGES.contains(words.get(last)) && "env".equals(words.get(last - 1));
    }

    private static boolean namesClientApp(String key) {
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || !Character.isLetterOrDigit(key.charAt(i))) {
                if (i > start && CLIENT_WORDS.contains(key.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    static SecretProblem committed(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret in a stage's shared dotenv file (`.env.production`, `.env.staging`), which "
                        + "Next.js, Vite and Vue CLI commit with the code as the stage's defaults: anyone with the "
                        + "repository reads the value that stage runs with (" + SecretStrength.describe(shape) + ")",
                "Keep secrets out of `.env.[stage]`: supply them from the platform's environment or your secret "
                        + "store (or an uncommitted `.env.[stage].local`), and rotate this one, since it has been "
                        + "committed. " + SecretStrength.remediation(purpose));
    }
}

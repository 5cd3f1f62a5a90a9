package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A web framework's own application secret written as a literal in the part of its configuration that production
 * reads: Play's {@code application.secret}, {@code play.crypto.secret} or {@code play.http.secret.key} in a
 * configuration file whose name ends with a production word ({@code conf/production.conf}, {@code prod.conf},
 * {@code application.prod.conf}, the same names flattened with a project prefix), and Rails'
 * {@code secret_key_base} in the {@code production} block of {@code config/secrets.yml}. Play's documentation and
 * Rails' generated {@code secrets.yml} both say to read this value from the environment in production
 * ({@code ${?APPLICATION_SECRET}}, {@code <%= ENV["SECRET_KEY_BASE"] %>}); both files are committed with the code,
 * so a literal there is the signing key production runs with, readable by anyone with the repository. Only these
 * keys count: a file named for production also holds live provider keys of a deployment's own (measured: a rule on
 * every literal in such files put 70 false NO-GO on clean values), and a dotenv file is a deployment's own store.
 * Stateless.
 */
final class FrameworkProductionSecrets {

    private static final Set<String> PLAY_SECRET_KEYS = Set.of("application.secret", "play.crypto.secret",
            "play.http.secret.key");
    private static final String RAILS_PRODUCTION_KEY = "production.secret_key_base";
    private static final Set<String> PRODUCTION_WORDS = Set.of("prod", "production", "prd", "live");
    private static final Set<String> EXTENSIONS = Set.of("conf", "properties", "hocon", "yml", "yaml", "json");

    /** Rocket's profiles that a release build reads ({@code [release]}; Rocket 0.4's {@code [production]}, {@code [staging]}). */
    private static final Set<String> ROCKET_RELEASE_PROFILES = Set.of("release", "production", "staging");
    /** Rocket's profiles every build reads, the release build included. */
    private static final Set<String> ROCKET_SHARED_PROFILES = Set.of("default", "global");
    private static final String ROCKET_SECRET = ".secret_key";
    private static final Set<String> ROCKET_EXTENSIONS = Set.of("toml", "properties");

    private FrameworkProductionSecrets() {
    }

    /**
     * Where a literal {@code secret_key} of Rocket's {@code Rocket.toml} sits: Rocket reads that file from the
     * project's working directory, committed with the code, and its guide says to give the release build its secret key
     * through {@code ROCKET_SECRET_KEY}; a literal there signs every private cookie of every copy of the repository.
     * In a profile the release build reads ({@code [release]}, Rocket 0.4's {@code [production]} and
     * {@code [staging]}) it is as a production profile file's literal ({@code secrets.packaged}); in one every build
     * reads ({@code [default]}, {@code [global]}) as a base file's ({@code secrets.shared-default}, WARN). A debug or
     * development profile's key, and a {@code secret_key} in a file of another name, are not read here (forty-second
     * pass).
     *
     * @param setting the setting (its value a literal secret)
     * @return {@code 2} for a release profile's key, {@code 1} for a shared profile's, {@code 0} otherwise
     */
    static int rocketSecretKey(Setting setting) {
        String key = setting.key();
        int dot = key.length() - ROCKET_SECRET.length();
        if (dot < 6 || dot > 10 || !key.endsWith(ROCKET_SECRET) || setting.origin().file().isEmpty()) {
            return 0;
        }
        String profile = key.substring(0, dot).toLowerCase(Locale.ROOT);
        int kind = ROCKET_RELEASE_PROFILES.contains(profile) ? 2 : ROCKET_SHARED_PROFILES.contains(profile) ? 1 : 0;
        if (kind == 0) {
            return 0;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(setting.origin()), ROCKET_EXTENSIONS);
        return words.size() > 0 && words.get(words.size() - 1).equals("rocket") ? kind : 0;
    }

    /**
     * Whether a literal secret's setting is a framework's own application secret in its production configuration.
     *
     * @param setting the setting (its value a literal secret)
     * @return {@code true} for Play's secret in a production file or Rails' production {@code secret_key_base}
     */
    static boolean isCommitted(Setting setting) {
        String key = setting.key();
        int length = key.length();
        if (length < 18 || length > 26) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.equals(RAILS_PRODUCTION_KEY)) {
            return true;
        }
        if (!PLAY_SECRET_KEYS.contains(lower) || setting.origin().file().isEmpty()) {
            return false;
        }
        String name = FileNameWords.fileName(setting.origin());
        if (name.endsWith(".env") || name.startsWith(".env")) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(name, EXTENSIONS);
        return words.size() > 0 && PRODUCTION_WORDS.contains(words.get(words.size() - 1));
    }
}

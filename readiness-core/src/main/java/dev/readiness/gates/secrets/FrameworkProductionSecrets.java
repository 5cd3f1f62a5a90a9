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

    private FrameworkProductionSecrets() {
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

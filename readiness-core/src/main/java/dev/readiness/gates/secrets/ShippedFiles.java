package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;

/**
 * Files a project ships for others to run as they are: a Compose file ({@code docker-compose.yml},
 * {@code compose.prod.yaml}, {@code podman-compose.yml}), whose {@code environment:} is committed with the project as
 * its recipe for starting the stack, and a file of defaults ({@code defaults.ini}, an Ansible role's
 * {@code defaults/main.yml} flattened to {@code role-defaults.yml}, {@code default.env}, {@code config.default.toml}),
 * whose values are what every installation gets unless it overrides them. A literal secret there that passes every
 * other check is probably public however random it looks; it is reported as {@code secrets.likely-published}, a WARN
 * in a Compose file (a deployment may keep its own Compose file private, and a fresh value of its own must not stop
 * it) and a NO-GO in a file of defaults, whose name says every installation gets its values ({@link #isDefaults}).
 * Stateless.
 */
final class ShippedFiles {

    /** The route the Compose reader gives an {@code env_file:} value's origin (ComposeFile.ENV_FILE_ROUTE). */
    private static final String ENV_FILE_ROUTE = " via env_file of service ";
    private static final Set<String> WORDS = Set.of("compose", "dockercompose", "default", "defaults");
    private static final Set<String> DEFAULT_WORDS = Set.of("default", "defaults");
    private static final Set<String> EXTENSIONS = Set.of("env", "properties", "yml", "yaml", "json", "conf", "config",
            "cfg", "ini", "toml", "txt");

    private ShippedFiles() {
    }

    /**
     * Whether a setting comes from a Compose file (a word {@code compose} anywhere in the name) or a file of defaults
     * (the first or last word, extensions dropped, is {@code default} or {@code defaults}: a word in the middle,
     * {@code default-users-guide.md}, describes content).
     *
     * @param origin where the value came from
     * @return {@code true} for a file the project ships to be run as it is
     */
    static boolean isShipped(Origin origin) {
        if (!FileNameWords.nameHasWord(origin, WORDS)) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(origin), EXTENSIONS);
        if ((words.contains("compose") || words.contains("dockercompose")) && !isEnvFileOfCompose(origin)) {
            return true;
        }
        return DEFAULT_WORDS.contains(words.get(0)) || DEFAULT_WORDS.contains(words.get(words.size() - 1));
    }

    /**
     * Whether the value came from a dotenv file that a Compose file's service reads as its {@code env_file:}
     * ({@code compose.env:3 via env_file of service api}): that file is the deployment's environment, not the Compose
     * file, even when its name has the word {@code compose} (session 30's newcomer; left by session 29's).
     */
    static boolean isEnvFileOfCompose(Origin origin) {
        return origin.description().contains(ENV_FILE_ROUTE);
    }

    /**
     * Whether a setting comes from a file of defaults rather than a Compose file: the first or last word of its name,
     * extensions dropped, is {@code default} or {@code defaults} ({@code defaults.ini}, {@code role-defaults.yml},
     * {@code config.default.toml}). Its values are by its own name what every installation gets: a literal secret
     * there is the project's published default, a NO-GO, where a Compose file's may be a deployment's own (a WARN).
     *
     * @param origin where the value came from
     * @return {@code true} for a file of defaults
     */
    static boolean isDefaults(Origin origin) {
        if (!FileNameWords.nameHasWord(origin, DEFAULT_WORDS)) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(origin), EXTENSIONS);
        return !words.contains("compose") && !words.contains("dockercompose")
                && (DEFAULT_WORDS.contains(words.get(0)) || DEFAULT_WORDS.contains(words.get(words.size() - 1)));
    }

    /**
     * Whether the value came into the Compose file through an interpolation of a variable set elsewhere
     * ({@code compose.yaml:10 via JWT_SECRET from .env:2}, or the shell's): the Compose file holds only the reference
     * ({@code ${JWT_SECRET:?required}}), which is what {@link #shipped}'s remediation asks for, and the value sits in
     * the {@code .env} or the environment of the one who runs Compose, judged as such a file's values are. A default
     * written in the Compose file itself ({@code ${JWT_SECRET:-s3cr3t}}) has no such route and stays a literal of the
     * Compose file (session 29's newcomer: every secret of a Compose file written as references was a WARN "literal
     * secret in a Compose file").
     *
     * @param origin where the value came from
     * @return {@code true} when the route names where an interpolated variable was set
     */
    static boolean interpolatedFromElsewhere(Origin origin) {
        String description = origin.description();
        int route = description.indexOf(" via ");
        return route >= 0 && description.indexOf(" from ", route + 5) >= 0;
    }

    static SecretProblem shipped(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret in a Compose file or a file of defaults, which a project commits for everyone "
                        + "who runs it: probably public however random it looks (" + SecretStrength.describe(shape)
                        + ")",
                "Write the key as a reference (`${SECRET_KEY:?required}` in Compose, or a value each installation "
                        + "must set) and keep the value in your secret store or an uncommitted `.env`; rotate it if "
                        + "the file was ever published. " + SecretStrength.remediation(purpose));
    }
}

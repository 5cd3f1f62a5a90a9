package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Password hashes in modular crypt format ({@code $6$rounds=…$salt$hash}, {@code $2y$10$…}, {@code $argon2id$v=19$…},
 * {@code $apr1$…}, {@code $y$…}) under a key that names a password ({@code users.alice.password},
 * {@code vault_sudoer_passwords.admin}). A key that names the hash itself ({@code ADMIN_PASSWORD_HASH}) says the
 * deployment chose to hand over a hash rather than the password, and is left to {@link SecretHashKeys}, as before.
 * Committed with the configuration, the hash lets
 * anyone who reads it guess passwords offline, and a template's hash is the hash of a password its documentation
 * prints. A hash is one-way, and a deployment's own hash in a private repository is the recommended way to hand over
 * a password, so this is a WARN; in an example, sample or template file it is a published default. Stateless.
 */
final class CryptHashes {

    private static final Pattern CRYPT = Pattern.compile(
            "\\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|md5|apr1|scrypt|argon2(?:i|d|id)|pbkdf2(?:-sha(?:1|256|512))?)"
                    + "\\$[A-Za-z0-9./+=,$-]{16,400}");

    /**
     * Jupyter's hashed password ({@code jupyter_server.auth.passwd()}, {@code jupyter notebook password}): the
     * algorithm's name, a colon, then an argon2 hash in modular crypt format ({@code argon2:$argon2id$v=19$…}) or, in
     * older releases, a hex salt and a hex digest ({@code sha1:74ba40f8a388:c913541b…}). Thirty-ninth pass.
     */
    private static final Pattern JUPYTER = Pattern.compile("argon2:\\$argon2(?:i|d|id)\\$[A-Za-z0-9./+=,$-]{16,400}"
            + "|sha(?:1|256|512):[0-9a-f]{6,64}:[0-9a-f]{40,128}");

    /**
     * YOURLS's stored password hashes ({@code config.php}'s {@code $yourls_user_passwords}, which YOURLS rewrites from
     * plain text on first login): {@code phpass:} and a bcrypt hash whose {@code $} are written as {@code !}
     * ({@code phpass:!2y!10!…}, 53 characters after the cost), or, in older releases, {@code md5:}, a numeric salt and
     * a hex digest. Forty-fourth pass: a YOURLS user's phpass hash was judged as a literal password.
     */
    private static final Pattern YOURLS = Pattern.compile("phpass:!2[abxy]?!\\d{2}![A-Za-z0-9./]{53}"
            + "|md5:\\d{1,10}:[0-9a-f]{32}");

    private static final Set<String> HASH_WORDS = Set.of("hash", "hashed", "digest");

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwords", "passwd", "pass", "pwd",
            "passphrase", "htpasswd");

    private CryptHashes() {
    }

    /**
     * Whether the trimmed value is a whole password hash in modular crypt format.
     *
     * @param value the setting's value
     * @return {@code true} for {@code $6$…}, {@code $2y$…}, {@code $argon2id$…} and their kind, Jupyter's
     *     {@code argon2:$argon2id$…} and {@code sha1:salt:digest}, and YOURLS's {@code phpass:!2y!10!…} and
     *     {@code md5:salt:digest}
     */
    /** The shortest hash {@link #isCryptHash} reads; a caller may test it first and leave this class unloaded. */
    static final int MIN_LENGTH = 20;

    static boolean isCryptHash(String value) {
        String trimmed = value.strip();
        if (trimmed.length() < MIN_LENGTH) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (first == '$') {
            return CRYPT.matcher(trimmed).matches();
        }
        if (first == 'p' && trimmed.startsWith("phpass:") || first == 'm' && trimmed.startsWith("md5:")) {
            return YOURLS.matcher(trimmed).matches();
        }
        return (first == 'a' || first == 's') && trimmed.indexOf(':') > 0 && JUPYTER.matcher(trimmed).matches();
    }

    /**
     * Whether a word of the key names a password, wherever it stands (a map of users to passwords,
     * {@code sudoer_passwords.admin}, ends in the user's name), and its last word does not name a hash.
     *
     * @param key the setting's key
     * @return {@code true} when the key names a password
     */
    static boolean namesPassword(String key) {
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || HASH_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String word : words) {
            if (PASSWORD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finding for a password hash in modular crypt format: under a key that names a password, see
     * {@link #committed}; under a key that names a password's hash ({@code staticPasswords[0].hash},
     * {@code ADMIN_PASSWORD_HASH}) in an example, sample, template or development file ({@code config.dev.yaml},
     * {@code .env.example}), a published default, since such a file's hash is the hash of a password its
     * documentation prints and everyone who copies the file signs in with; {@code null} otherwise: a deployment's own
     * file hands over a hash on purpose.
     *
     * @param setting the setting holding the hash
     * @param enforcing whether the stage enforces (staging, production)
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, boolean enforcing) {
        String key = setting.key();
        if (namesPassword(key)) {
            return committed(setting, enforcing);
        }
        if (!namesPasswordHash(key)
                || !ExampleFiles.isExample(setting.origin()) && !DevelopmentFiles.isDevelopment(setting.origin())) {
            return null;
        }
        return Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "secrets.published-default", setting)
                .message("is a password hash committed to an example, template or development file: it is the hash "
                        + "of a password the file's documentation publishes, and anyone who copies the file keeps "
                        + "that password")
                .remediation("Set a hash of your own password from a secret store, e.g. generated with "
                        + "`htpasswd -bnBC 10 \"\" PASSWORD` or the product's hash command, and keep it out of the "
                        + "repository.")
                .build();
    }

    /** Whether the key's last word names a hash and another word a password ({@code staticPasswords[0].hash}). */
    static boolean namesPasswordHash(String key) {
        List<String> words = KeyWords.of(key);
        if (words.size() < 2 || !HASH_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String word : words) {
            if (PASSWORD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A committed hash that the catalog lists, as a published default rather than a WARN: Node-RED's
     * {@code settings.js} and its security guide print {@code adminAuth} users with bcrypt hashes (the admin's is the
     * hash of {@code password}), and configurations copy them as they are (thirty-third pass, probing home-automation
     * configuration: such a hash was {@code secrets.committed-hash} WARN, while the catalog's verdict is what its
     * readers need). One SHA-256 of the hash; any other finding is kept.
     *
     * @param found the finding so far
     * @param setting the setting holding the hash
     * @param value the value
     * @param judge the strength judge, whose catalog is asked
     * @param severity the severity of a published default at this stage
     * @return a {@code secrets.published-default} finding, or {@code found}
     */
    static Finding listed(Finding found, Setting setting, String value, SecretStrength judge, Severity severity) {
        if (!"secrets.committed-hash".equals(found.code())) {
            return found;
        }
        return published(setting, value, judge, severity).orElse(found);
    }

    /**
     * Adds a published default for a password hash the catalog lists under a key that names no secret: the demo users
     * of OpenSearch's, Open Distro's and Search Guard's {@code internal_users.yml} keep their bcrypt hashes under
     * {@code admin.hash} and {@code kibanaserver.hash} (thirty-third pass, probing search and analytics stacks: the
     * demo admin's hash, of {@code admin}, gave no finding). A hash the catalog does not list is left alone there.
     *
     * @param findings where the finding goes
     * @param setting the setting
     * @param value its value, starting with {@code $}
     * @param judge the strength judge, whose catalog is asked
     * @param severity the severity of a published default at this stage
     * @return {@code true} when a finding was added
     */
    static boolean addListed(dev.readiness.internal.BoundedFindings findings, Setting setting, String value,
            SecretStrength judge, Severity severity) {
        if (value.length() < MIN_LENGTH || !isCryptHash(value)) {
            return false;
        }
        Optional<Finding> listed = published(setting, value, judge, severity);
        listed.ifPresent(findings::add);
        return listed.isPresent();
    }

    /** The catalog's published default for a hash, after one SHA-256 look-up. */
    private static Optional<Finding> published(Setting setting, String value, SecretStrength judge,
            Severity severity) {
        String hash = value.strip();
        if (judge.catalog().find(hash).isEmpty()) {
            return Optional.empty();
        }
        return judge.assessCatalog(hash, SecretPurpose.PASSWORD)
                .map(problem -> Finding.of(severity, problem.code(), setting).message(problem.message())
                        .remediation(problem.remediation()).build());
    }

    /**
     * The finding for a committed password hash: a published default in an example file, a WARN elsewhere.
     *
     * @param setting the setting holding the hash
     * @param enforcing whether the stage enforces (staging, production)
     * @return the finding
     */
    static Finding committed(Setting setting, boolean enforcing) {
        if (ExampleFiles.isExample(setting.origin())) {
            return Finding.of(enforcing ? Severity.NO_GO : Severity.WARN, "secrets.published-default", setting)
                    .message("is a password hash committed to an example, sample or template file: it is the hash of "
                            + "a password the template publishes, and anyone who copies the file keeps that password")
                    .remediation("Set a hash of your own password from a secret store, e.g. generated with "
                            + "`mkpasswd -m sha-512` or the product's hash command, and keep it out of the repository.")
                    .build();
        }
        return Finding.of(Severity.WARN, "secrets.committed-hash", setting)
                .message("is a password hash committed with the configuration: anyone who can read the file can try "
                        + "passwords against it offline, and a hash copied from a template is the hash of a published "
                        + "password")
                .remediation("Keep the hash in a secret store or an encrypted vault file, and make sure it is the hash "
                        + "of a password of your own.")
                .build();
    }
}

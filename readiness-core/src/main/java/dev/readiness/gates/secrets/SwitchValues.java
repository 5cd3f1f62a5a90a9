package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A switch word ({@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}) under a key that names
 * a secret. Where a word of the key says what to do with the secret ({@code MYSQL_RANDOM_ROOT_PASSWORD=yes},
 * {@code MYSQL_ALLOW_EMPTY_PASSWORD=yes}, {@code HIDE_TOKEN=true}, {@code validation.type.token=false}, Kubernetes'
 * {@code automountServiceAccountToken=false}, a feature flag {@code FEATURE_TEAM_API_KEY=true}, an event subscription
 * {@code WEBHOOK_EVENTS_NEW_JWT_TOKEN=false}, a kind of credential chosen, NetBird's
 * {@code TURNConfig.TimeBasedCredentials=false}),
 * the setting is a switch about the secret and holds
 * none, and so is a key whose last word is not the secret's noun ({@code credentials.instance-profile=false}). Where
 * the key ends in the secret's noun and no word says what to do with it ({@code NC_ADMIN_PASSWORD=false},
 * {@code API_SECRET=true}), the switch word stands where the secret should be: nothing was configured. Stateless.
 */
final class SwitchValues {

    private static final Set<String> SWITCH_WORDS = Set.of("true", "false", "yes", "no", "on", "off");

    /** Words of a key that make it a switch about a secret rather than the secret itself. */
    private static final Set<String> POLICY_WORDS = Set.copyOf(List.of("random", "randomize", "allow", "allowed",
            "empty", "blank", "generate", "generated", "auto", "enable", "enabled", "disable", "disabled", "use",
            "using", "required", "require", "requires", "skip", "remove", "reset", "rotate", "rotation", "hide",
            "show", "mask", "masked", "store", "save", "send", "log", "verify", "validate", "validation", "verification",
            "check", "encrypt", "automount", "mount",
            "encrypted", "ignore", "force", "strict", "expose", "include", "is", "has", "no", "with", "support",
            "change", "expire", "expired", "cache", "persist", "prompt", "login", "reuse", "share", "sync", "print",
            "insecure", "plain", "plaintext", "hashed", "hash", "should", "can", "must", "if", "when", "only", "feature",
            "features", "flag", "flags", "toggle", "create", "creates", "provision", "update", "updates", "cors",
            "events", "display", "return", "output", "redact", "obfuscate", "forward", "propagate", "based",
            "exchange"));

    /** Verbs that, as a key's first word, make it a switch about passing a secret on ({@code pass_access_token}). */
    private static final Set<String> PASSING_VERBS = Set.of("pass", "set", "add", "inject", "append", "prefer");

    /** The last words of a key that holds the secret itself. */
    private static final Set<String> SECRET_NOUNS = Set.of("password", "passwd", "pwd", "psw", "pass", "passphrase",
            "secret", "token", "key", "apikey", "salt", "pepper", "credential", "credentials");

    /**
     * Words a product reads as an instruction to make the value itself, written as a keyword in capitals
     * ({@code GENERATE}): {@link #isProductKeyword} needs more than the word.
     */
    private static final Set<String> MAKE_WORDS = Set.of("GENERATE", "GENERATED", "AUTOGENERATE", "RANDOM", "AUTO");

    private SwitchValues() {
    }

    /**
     * Whether a secret's value is a keyword the product reads rather than a placeholder: an instruction in capitals to
     * make the value ({@code GENERATE}, {@code RANDOM}, {@code AUTO}) that the same file also gives to a sibling
     * setting naming no secret and no account (zigbee2mqtt's {@code advanced.network_key: GENERATE} beside
     * {@code advanced.pan_id: GENERATE}, which the product replaces with random values on first start). The same word
     * under the secret alone ({@code SECRET_KEY=GENERATE}) or in lower case ({@code generate}) stays a placeholder: a
     * template asking its reader to generate one. Siblings share the key's parent (the part before its last dot), or
     * for a key without dots, its first word.
     *
     * @param settings the configuration
     * @param key the secret's key
     * @param value the secret's effective value
     * @param keys which keys name secrets
     * @return {@code true} for a make-the-value keyword that a non-secret sibling holds too
     */
    static boolean isProductKeyword(Settings settings, String key, String value, SecretKeys keys) {
        String trimmed = value.trim();
        if (trimmed.length() >= 4 && GeneratedKeyKeywords.asksProduct(key, trimmed)) {
            return true;
        }
        if (trimmed.length() < 4 || trimmed.length() > 12 || trimmed.charAt(0) < 'A' || trimmed.charAt(0) > 'Z'
                || !MAKE_WORDS.contains(trimmed)) {
            return false;
        }
        String section = section(key);
        if (section.isEmpty()) {
            return false;
        }
        for (Setting other : settings) {
            String otherKey = other.key();
            if (!otherKey.equals(key) && other.value().trim().equals(trimmed) && section(otherKey).equals(section)
                    && keys.purpose(otherKey).isEmpty() && !keys.namesCredentialIdentifier(otherKey)
                    && !namesAccount(otherKey)) {
                return true;
            }
        }
        return false;
    }

    private static String section(String key) {
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            return key.substring(0, dot + 1);
        }
        List<String> words = KeyWords.of(key);
        return words.size() < 2 ? "" : words.get(0);
    }

    private static boolean namesAccount(String key) {
        List<String> words = KeyWords.of(key);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return last.equals("user") || last.equals("username") || last.equals("login") || last.equals("account");
    }

    /** Words of a key that name a feature acting on a secret: a {@code 0} or {@code 1} there turns it off or on. */
    private static final Set<String> FEATURE_WORDS = Set.of("reset", "lost", "forgot", "forgotten", "recover",
            "recovery", "change", "expire", "expired", "rotate", "rotation", "show", "hide", "mask", "remember",
            "enable", "enabled", "disable", "disabled", "allow", "allowed", "require", "required", "force", "hash",
            "hashed", "encrypt", "encrypted");

    /**
     * Whether a {@code 0} or {@code 1} under the key switches a feature that acts on a secret rather than being the
     * secret: OTRS's {@code CustomerPanelLostPassword = 0} (the lost-password page off), HESK's
     * {@code reset_pass = 1} (password reset on), VuFind's {@code hash_passwords = 1} (stored passwords hashed; a
     * plural names every user's, forty-third pass): the feature's word right before the key's last word, a password's.
     * A key without such a word ({@code DB_PASSWORD=1}, {@code LOGIN_PASSWORD=0}) or ending in another secret
     * ({@code RESET_PASSWORD_SECRET=1}, the secret that signs reset links) keeps its value judged. The MySQL and
     * MariaDB images' {@code MYSQL_RANDOM_ROOT_PASSWORD=1} and {@code MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=1} say what to
     * do with the password anywhere in the key, and a Compose file may quote the digit ({@code '1'}; thirty-eighth
     * pass).
     *
     * @param key the setting's key
     * @param trimmed the trimmed value
     * @return {@code true} for a feature switch
     */
    static boolean switchesFeature(String key, String trimmed) {
        String bare = Quotes.unquoted(trimmed).trim();
        if (!bare.equals("0") && !bare.equals("1")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !PASSWORD_NOUNS.contains(words.get(size - 1))) {
            return false;
        }
        return FEATURE_WORDS.contains(words.get(size - 2)) || words.contains("random")
                || words.contains("allow") && words.contains("empty");
    }

    /** The value without one pair of matching single or double quotes around it. */
    private static final Set<String> PASSWORD_NOUNS = Set.of("password", "passwd", "pwd", "pass", "passwords");

    /**
     * Whether the trimmed value is a switch word, also in quotes ({@code 'yes'}).
     *
     * @param value the setting's value
     * @return {@code true} for {@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}
     */
    static boolean isSwitchWord(String value) {
        String trimmed = Quotes.unquoted(value.trim()).trim();
        return trimmed.length() >= 2 && trimmed.length() <= 5
                && SWITCH_WORDS.contains(trimmed.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the trimmed value is a word of a policy about when to set a secret, as configuration-management modules
     * take it ({@code update_password: on_create} of Ansible's user and database modules, {@code always},
     * {@code never}, {@code on_change}): under a key that {@linkplain #namesPolicy names a policy} it is the choice,
     * not the secret.
     *
     * @param value the setting's value
     * @return {@code true} for {@code always}, {@code never} and {@code on_<event>} words
     */
    static boolean isPolicyWord(String value) {
        String trimmed = value.trim();
        if (trimmed.equals("always") || trimmed.equals("never")) {
            return true;
        }
        if (trimmed.length() < 5 || trimmed.length() > 20 || !trimmed.startsWith("on_")) {
            return false;
        }
        for (int i = 3; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a switch word under the key is a choice about a secret rather than the secret: a word of the key says
     * what to do with it, or the key does not end in the secret's noun.
     *
     * @param key the setting's key
     * @return {@code true} when the key is a switch about the secret
     */
    static boolean namesPolicy(String key) {
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !SECRET_NOUNS.contains(words.get(words.size() - 1))) {
            return true;
        }
        for (String word : words) {
            if (POLICY_WORDS.contains(word)) {
                return true;
            }
        }
        return words.size() > 2 && PASSING_VERBS.contains(words.get(0)) || generatedPerStart(words);
    }

    /**
     * Whether a key is Apache Dubbo's {@code token} of a provider, service or protocol ({@code dubbo.provider.token},
     * {@code dubbo.service.token}, {@code DUBBO_PROTOCOL_TOKEN}): its documented {@code true} turns token checking on
     * with a random token the framework makes each start ("Enable token verification for each invocation" in Dubbo's
     * and Spring Cloud Alibaba's samples), so the switch word is no stand-in. Another section's token
     * ({@code dubbo.registry.token}, {@code app.token}) keeps the reading above.
     */
    private static boolean generatedPerStart(List<String> words) {
        int size = words.size();
        if (size != 3 || !words.get(0).equals("dubbo")) {
            return false;
        }
        String section = words.get(1);
        return section.equals("provider") || section.equals("service") || section.equals("protocol");
    }
}

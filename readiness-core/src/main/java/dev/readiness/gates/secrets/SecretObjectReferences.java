package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.settings.Settings;
import java.util.regex.Pattern;

/**
 * Keys that name a secret kept elsewhere rather than hold one, in the grammar Helm charts and Kubernetes manifests
 * share: {@code existingSecret}, {@code existingSecretAdminPasswordKey: HARBOR_ADMIN_PASSWORD},
 * {@code tls.caSecretName}, {@code valueFrom.secretKeyRef.key}, {@code imagePullSecrets}. Their values are the names of Secret objects or of keys
 * inside them, and blank when no such Secret is used. The same grammar makes a blank secret a choice: a chart that
 * offers {@code existingSecret} beside {@code password: ""} generates the password or reads it from that Secret
 * (Harbor's {@code jobservice.secret}, Bitnami's {@code auth.password}), and a blank plural {@code secrets} key is an
 * empty collection of them ({@code secrets: {}}). Stateless.
 */
final class SecretObjectReferences {

    private static final String EXISTING_SECRET = "existingSecret";

    private static final KeyMemo<Boolean> LOCATES_SECRET = KeyMemo.of(
            key -> namesReference(key) || locatesInSecretManager(key));

    private static final Pattern PARTS = Pattern.compile("[.\\[\\]]+");

    private SecretObjectReferences() {
    }

    /**
     * Whether a key names a Secret object or a key inside one ({@link #namesReference}) or locates a secret in a
     * secret manager ({@link #locatesInSecretManager}), remembered per key since every setting of every check asks.
     *
     * @param key the key as written
     * @return {@code true} when the key's value says where a secret is kept rather than holds it
     */
    static boolean locatesSecret(String key) {
        return LOCATES_SECRET.get(key);
    }

    /**
     * Whether a key names a Secret object or a key inside one: its last part starts with {@code existingSecret} or
     * ends in {@code secretName}, it lies under a {@code secretKeyRef} or {@code secretRef}, or it is a list of image
     * pull Secrets.
     *
     * @param key the key as written
     * @return {@code true} for a reference to a secret kept elsewhere
     */
    static boolean namesReference(String key) {
        int last = lastPart(key);
        if (namesKeyInSecret(key, last)) {
            return true;
        }
        if (indexOfIgnoreCase(key, "secret", 0) < 0) {
            return false;
        }
        int length = key.length() - last;
        if (length >= EXISTING_SECRET.length() && key.regionMatches(true, last, EXISTING_SECRET, 0,
                EXISTING_SECRET.length())) {
            return true;
        }
        if (length >= 10 && key.regionMatches(true, key.length() - 10, "secretName", 0, 10)) {
            return true;
        }
        if (namesPullSecrets(key) || namesHolderSecret(key, last)) {
            return true;
        }
        return last > 0 && (containsPart(key, "secretKeyRef") || containsPart(key, "secretRef")
                || underExistingSecret(key, last));
    }

    /**
     * Whether a part before the last one names an existing Secret ({@code dbConfig.useExistingSecret.key},
     * {@code auth.existingSecret.passwordKey}): the keys under it name that Secret and the keys inside it.
     */
    private static boolean underExistingSecret(String key, int last) {
        int from = 0;
        while (true) {
            int at = indexOfIgnoreCase(key, EXISTING_SECRET, from);
            if (at < 0 || at >= last) {
                return false;
            }
            int end = at + EXISTING_SECRET.length();
            if (end < last && key.charAt(end) == '.') {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * The words before a camel-case {@code Secret} that make the part name the Secret object holding them:
     * {@code tls.certificatesSecret}, {@code kafka.tls.passwordsSecret}, {@code jksTruststoreSecret},
     * {@code caSecret}, {@code configSecret}. A word naming what the secret is for ({@code clientSecret},
     * {@code cookieSecret}, {@code rpcSecret}) keeps it a secret.
     */
    private static final java.util.Set<String> HOLDER_WORDS = java.util.Set.of("certificates", "certificate", "certs",
            "cert", "tls", "ssl", "ca", "jks", "truststore", "keystore", "passwords", "credentials", "config",
            "configuration", "env", "secrets");

    /**
     * Whether the last part names the Secret object holding something, or a key inside it: it starts with
     * {@code existing} and names a Secret ({@code existingErlangSecret}, {@code existingXsrfSecretKey}), or it is a
     * camel-case name ending in {@code Secret} after a holder word ({@link #HOLDER_WORDS}) or after
     * {@code privateKey} ({@code cloudFront.privateKeySecret}).
     */
    private static boolean namesHolderSecret(String key, int last) {
        int length = key.length() - last;
        if (length > 14 && key.regionMatches(true, last, "existing", 0, 8)
                && indexOfIgnoreCase(key, "secret", last + 8) >= 0) {
            return true;
        }
        if (length < 8 || !key.startsWith("Secret", key.length() - 6)) {
            return false;
        }
        java.util.List<String> words = dev.readiness.settings.RelaxedNames.words(key.substring(last));
        int before = words.size() - 2;
        return before >= 0 && (HOLDER_WORDS.contains(words.get(before))
                || before >= 1 && words.get(before).equals("key") && words.get(before - 1).equals("private"));
    }

    /** Camel-case endings of a part that names a key inside a Secret rather than a secret: {@code adminPasswordKey}. */
    private static final String[] KEY_IN_SECRET = {"PasswordKey", "passwordKey", "UserKey", "userKey", "UsernameKey",
            "usernameKey"};

    /**
     * Whether the last part names the key inside a Secret that holds a password or a user name, as charts spell it
     * ({@code auth.secretKeys.adminPasswordKey: admin-password}, {@code admin.passwordKey}, {@code admin.userKey}):
     * written in camel case, so {@code PASSWORD_KEY} and {@code passwordkey} stay secrets.
     */
    private static boolean namesKeyInSecret(String key, int last) {
        for (String ending : KEY_IN_SECRET) {
            if (key.length() - last >= ending.length() && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key is one half of a selector of a key inside a Secret object, with its other half beside it, and
     * holds a Kubernetes name: {@code global.psql.password.secret: gitlab-postgres} beside
     * {@code global.psql.password.key: psql-password}, or {@code bearerTokenSecret.key: token} beside
     * {@code bearerTokenSecret.name}: the part before names the credential selected. A secret beside a sibling of
     * those names under a part that names none ({@code twitter.secret} beside {@code twitter.key}) stays judged, and
     * so does generated text, which holds digits.
     *
     * @param settings the configuration
     * @param key the key
     * @param value its value
     * @return {@code true} for a name of a Secret object, or of a key inside one, in a selector
     */
    static boolean namesSelectorEntry(Settings settings, String key, String value) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1 || !isKubernetesName(value.trim())) {
            return false;
        }
        String last = key.substring(dot + 1);
        String prefix = key.substring(0, dot + 1);
        if (!namesCredential(key.substring(lastPart(key.substring(0, dot)), dot))) {
            return false;
        }
        if (last.equalsIgnoreCase("secret") || last.equalsIgnoreCase("name")) {
            return settings.contains(prefix + "key");
        }
        if (last.equalsIgnoreCase("key")) {
            return settings.contains(prefix + "secret") || settings.contains(prefix + "name");
        }
        return false;
    }

    /** The words of a selector's parent part that say which credential it selects. */
    private static final java.util.Set<String> CREDENTIAL_WORDS = java.util.Set.of("password", "passwd", "token", "auth",
            "credentials", "secret", "apikey");

    /** Whether a part names a credential ({@code password}, {@code initialRootPassword}, {@code bearerTokenSecret}). */
    private static boolean namesCredential(String part) {
        for (String word : dev.readiness.settings.RelaxedNames.words(part)) {
            if (CREDENTIAL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value reads as the name of a Secret or of a key in one rather than as generated text: lower-case
     * letters in words joined by hyphens, dots or underscores ({@code gitlab-redis-secret}, {@code psql-password},
     * {@code token}), no digits.
     */
    private static boolean isKubernetesName(String value) {
        if (value.isEmpty() || value.length() > 63) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            boolean joiner = (c == '-' || c == '.' || c == '_') && i > 0 && i < value.length() - 1;
            if (!letter && !joiner) {
                return false;
            }
        }
        return true;
    }

    private static final String PULL_SECRETS = "pullSecrets";

    /**
     * Whether a part of the key is a pod's list of image pull Secrets ({@code imagePullSecrets},
     * {@code global.imagePullSecrets[0].name}, {@code image.pullSecrets}): the names of registry Secret objects, blank
     * when the registry is public.
     */
    private static boolean namesPullSecrets(String key) {
        int at = indexOfIgnoreCase(key, PULL_SECRETS, 0);
        if (at < 0) {
            return false;
        }
        int end = at + PULL_SECRETS.length();
        return end == key.length() || key.charAt(end) == '.' || key.charAt(end) == '[';
    }

    /**
     * Sections that configure a secret manager or its operator: 1Password Connect and its operator, External
     * Secrets, Sealed Secrets, the Secrets Store CSI driver, AWS Secrets Manager, Google Secret Manager, Azure Key
     * Vault, Doppler, Infisical, Bitwarden. Written as one word, whatever the separators.
     */
    private static final java.util.Set<String> SECRET_MANAGERS = java.util.Set.of("onepassword", "1password",
            "externalsecrets", "externalsecret", "sealedsecrets", "secretstore", "clustersecretstore",
            "secretsstore", "secretsmanager", "secretmanager", "keyvault", "azurekeyvault", "doppler", "infisical",
            "bitwarden");

    /** Last parts that locate a secret in a manager rather than hold it. */
    private static final java.util.Set<String> LOCATORS = java.util.Set.of("vault", "vaults", "item", "items",
            "path", "paths", "name", "names", "key", "property", "field", "fields", "ref", "id", "project", "mount",
            "store", "section", "remoteref", "secretid", "arn");

    /** Collections whose entries are named by their keys: {@code onepassword.items.<name>}. */
    private static final java.util.Set<String> COLLECTIONS = java.util.Set.of("items", "vaults", "secrets", "refs",
            "entries", "references");

    /**
     * Whether a key locates a secret inside a secret manager's section rather than holds one: its last part is a
     * locator ({@code onepassword.vault}, {@code externalSecrets.remoteRef.key}, {@code secretsManager.path}) or an
     * entry of a named collection ({@code onepassword.items.n8n-app-secrets}). The manager's own credentials stay
     * secrets ({@code onepassword.connect.token}, {@code infisical.clientSecret}).
     *
     * @param key the key as written
     * @return {@code true} for a vault, item, path or entry name under a secret manager's section
     */
    static boolean locatesInSecretManager(String key) {
        if (indexOfIgnoreCase(key, "password", 0) < 0 && indexOfIgnoreCase(key, "secret", 0) < 0
                && indexOfIgnoreCase(key, "vault", 0) < 0 && indexOfIgnoreCase(key, "doppler", 0) < 0
                && indexOfIgnoreCase(key, "infisical", 0) < 0 && indexOfIgnoreCase(key, "bitwarden", 0) < 0) {
            return false;
        }
        String[] parts = PARTS.split(key);
        int manager = -1;
        for (int i = 0; i < parts.length - 1 && manager < 0; i++) {
            if (SECRET_MANAGERS.contains(oneWord(parts[i]))) {
                manager = i;
            }
        }
        if (manager < 0) {
            return false;
        }
        String last = oneWord(parts[parts.length - 1]);
        return LOCATORS.contains(last)
                || parts.length - 2 > manager && COLLECTIONS.contains(oneWord(parts[parts.length - 2]));
    }

    private static String oneWord(String part) {
        StringBuilder word = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        return word.toString();
    }

    /**
     * Whether a blank secret is one its chart fills in: a sibling {@code existingSecret} key offers the Secret to read
     * it from, and the chart generates it when neither is given.
     *
     * @param settings the configuration
     * @param key the blank secret's key
     * @param value its value
     * @return {@code true} for a blank secret beside an {@code existingSecret} key
     */
    static boolean isFilledByChart(Settings settings, String key, String value) {
        if (!value.isBlank()) {
            return false;
        }
        if (isEmptyCollection(key)) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 && settings.contains(key.substring(0, dot + 1) + EXISTING_SECRET);
    }

    /**
     * Whether a blank key is a chart's empty collection of Secrets ({@code secrets: {}},
     * {@code databaseSecrets: []}, {@code extraSecrets}): its last part ends in the plural {@code Secrets}, and a chart
     * value written {@code {}} or {@code []} reads as blank once flattened. Filled, such a key may hold real secrets
     * ({@code JWT_SECRETS} of a rotation) and is judged.
     */
    private static boolean isEmptyCollection(String key) {
        int last = lastPart(key);
        return key.length() - last >= 7 && key.regionMatches(true, key.length() - 7, "secrets", 0, 7);
    }

    private static int lastPart(String key) {
        int dot = key.lastIndexOf('.');
        int bracket = key.lastIndexOf(']');
        return Math.max(dot, bracket) + 1;
    }

    private static boolean containsPart(String key, String part) {
        int from = 0;
        while (true) {
            int at = indexOfIgnoreCase(key, part, from);
            if (at < 0) {
                return false;
            }
            int end = at + part.length();
            boolean starts = at == 0 || key.charAt(at - 1) == '.';
            boolean ends = end < key.length() && key.charAt(end) == '.';
            if (starts && ends) {
                return true;
            }
            from = at + 1;
        }
    }

    private static int indexOfIgnoreCase(String text, String part, int from) {
        for (int i = from; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}

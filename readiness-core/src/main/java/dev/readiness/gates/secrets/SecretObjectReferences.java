package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SecretKeyMaps;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            key -> namesReference(key) || locatesInSecretManager(key)
                    || SecretKeyMaps.mapsVariableToSecretKey(key));

    private SecretObjectReferences() {
    }

    /**
     * The separators of a key's parts: a holder, compiled only for a key that names a password, secret or store
     * ({@link #locatesInSecretManager}'s own first test), not in the initializer every boot runs for its first key.
     */
    private static final class Parts {

        static final Pattern PATTERN = Pattern.compile("[.\\[\\]]+");

        private Parts() {
        }
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
     * Whether a value under a key that names an entry of a Kubernetes Secret ({@code valueFrom.secretKeyRef.key},
     * {@code secretRefs[0].key}, {@code envVars[1].secretKey}, {@code auth.existingPasswordKey}; not a secret
     * manager's path such as {@code remoteRef.key: prod/db-password}) is no name but a credential pasted where the name belongs: it holds a character no
     * Kubernetes entry or object name may hold (names are letters, digits, {@code -}, {@code _} and {@code .}), as a
     * base64 secret's {@code /}, {@code +} or {@code =} and a password's punctuation are, or it starts with an issuer's
     * documented prefix ({@code sk_live_}, {@code ghp_}, {@link dev.readiness.SecretShape#publicPrefix}). Such a value
     * is judged as the secret it is. Hostile testing, thirty-fifth pass: the AWS documentation's sample secret access
     * key under {@code secretRefs[0].key} was GO, while the same text under {@code value} is
     * {@code secrets.published-default}. Words and hashed suffixes ({@code database_password},
     * {@code app-secrets-7f9c2d8b4k}) stay names; a blank or a reference is no credential.
     *
     * @param key the key, one that {@link #locatesSecret(String)}
     * @param value its value
     * @return {@code true} when the value must be judged after all
     */
    static boolean holdsSecretInsteadOfName(String key, String value) {
        String text = value.strip();
        if (text.length() < 8 || text.indexOf('$') >= 0 || text.indexOf('{') >= 0 || text.indexOf('%') >= 0) {
            return false;
        }
        int last = lastPart(key);
        int length = key.length() - last;
        if (!(length >= 3 && key.regionMatches(true, key.length() - 3, "key", 0, 3)
                || length >= 4 && key.regionMatches(true, key.length() - 4, "name", 0, 4))) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (!(lower.contains("secretkeyref") || lower.contains("secretref") || lower.contains("existing")
                || lower.contains("env"))) {
            return false; // a secret manager's path (remoteRef.key: prod/db-password) is no Kubernetes entry name
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return true;
            }
        }
        return dev.readiness.SecretShape.publicPrefix(text).isPresent();
    }

    /**
     * Whether a key names a Secret object or a key inside one: its last part starts with {@code existingSecret},
     * names an entry's key or name in an existing object ({@code existingErlangCookieKey}),
     * ends in {@code secretName}, names a key inside a Secret ({@code userPasswordKey}) or a certificate's Secret
     * ({@code caCrtSecret}), it lies under a {@code secretKeyRef} or {@code secretRef}, it is a list of image pull
     * Secrets, or it configures the External Secrets operator ({@code externalSecrets.appEnv.fields.APP_KEY: APP_KEY},
     * {@code externalSecrets.properties.JWT_SECRET: app/prod/jwt}, {@code externalSecrets.approach: vault}): the values
     * there name entries of a secret store, the store and how to reach it.
     *
     * @param key the key as written
     * @return {@code true} for a reference to a secret kept elsewhere
     */
    static boolean namesReference(String key) {
        int last = lastPart(key);
        if (namesKeyInsideSecret(key, last) || isControllerAnnotation(key) || namesExistingEntry(key, last)
                || namesListedEntry(key, last) || namesEnvironmentMapping(key, last)) {
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
        if (namesPullSecrets(key) || namesHolderSecret(key, last) || underCredentialSecret(key, last)
                || containsPart(key, "encryptedData") || containsPart(key, "externalSecrets")
                || containsPart(key, "externalSecret")) {
            return true;
        }
        return last > 0 && (containsPart(key, "secretKeyRef") || containsPart(key, "secretRef")
                || underExistingSecret(key, last));
    }

    /**
     * Whether the key maps an environment variable to a Secret in Quarkus's Kubernetes and OpenShift extensions
     * ({@code quarkus.kubernetes.env.mapping.quarkus-datasource-password.from-secret=db-secret},
     * {@code ….with-key=password}): the values name the Secret and the key inside it, which the cluster reads at run
     * time, whatever the variable's name says.
     */
    private static boolean namesEnvironmentMapping(String key, int last) {
        int length = key.length() - last;
        return (length == 11 && key.regionMatches(true, last, "from-secret", 0, 11)
                || length == 8 && key.regionMatches(true, last, "with-key", 0, 8))
                && indexOfIgnoreCase(key, ".env.mapping.", 0) >= 0;
    }

    /**
     * Whether the key is the entry's name in an item of a chart's list that maps environment variables to Secret
     * entries ({@code secretRefs[0].key: database_password} beside {@code secretRefs[0].name: DATABASE_PASSWORD},
     * {@code secret.envVars[1].secretKey: payments-mercadopago-accesstoken}, {@code extraEnv[0].secretKeyName}): the
     * last part is {@code key}, {@code secretKey}, {@code secretKeyName} or {@code secretName}, right after an index of
     * a list named for references to Secrets ({@code secretRefs}, {@code secretKeyRefs}) or for environment variables
     * (a name holding {@code env}). A list of keys themselves ({@code apiKeys[0].key}) is neither.
     */
    private static boolean namesListedEntry(String key, int last) {
        if (last < 4 || key.charAt(last - 1) != '.' || key.charAt(last - 2) != ']') {
            return false;
        }
        String part = key.substring(last);
        if (!(part.equals("key") || part.equals("secretKey") || part.equals("secretKeyName")
                || part.equals("secretName"))) {
            return false;
        }
        int open = key.lastIndexOf('[', last - 2);
        if (open <= 0) {
            return false;
        }
        String list = key.substring(key.lastIndexOf('.', open) + 1, open).toLowerCase(Locale.ROOT);
        return list.equals("secretrefs") || list.equals("secretkeyrefs") || list.contains("env");
    }

    /**
     * Whether the last part names, in camel case, the key or the name of an entry kept in an existing object rather than
     * the entry itself: {@code existing}, a capital, and {@code Key} or {@code Name} at the end
     * ({@code auth.existingPasswordKey}, {@code auth.existingErlangCookieKey}: the RabbitMQ chart's keys inside the
     * Secret it is given).
     */
    private static boolean namesExistingEntry(String key, int last) {
        return key.length() - last > 11 && key.startsWith("existing", last) && isUpper(key.charAt(last + 8))
                && (key.endsWith("Key") || key.endsWith("Name"));
    }

    /**
     * Whether a part before the last one names an existing Secret ({@code dbConfig.useExistingSecret.key},
     * {@code auth.existingSecret.passwordKey}) or a list of its entries ({@code secrets.existingSecretMappings[0].key:
     * redis-password}, {@code existingSecretKeys.password}): the keys under it name that Secret and the keys inside
     * it. The part ends where {@code existingSecret} is followed by a plural or a camel-case word, then a dot or a
     * list index.
     */
    private static boolean underExistingSecret(String key, int last) {
        int from = 0;
        while (true) {
            int at = indexOfIgnoreCase(key, EXISTING_SECRET, from);
            if (at < 0 || at >= last) {
                return false;
            }
            int end = at + EXISTING_SECRET.length();
            if (end < last && key.charAt(end) == 's') {
                end++;
            } else if (end < last && Character.isUpperCase(key.charAt(end))) {
                end++;
                while (end < last && Character.isLetter(key.charAt(end))) {
                    end++;
                }
            }
            if (end < last && (key.charAt(end) == '.' || key.charAt(end) == '[')) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * The words before a camel-case {@code Secret} that make the part name the Secret object holding them:
     * a certificate and its key ({@code tls.certificatesSecret}, {@code dbSslCaCrtSecret: postgres-cert},
     * {@code ingress.tlsSecret}, {@code rootCASecret}), stores and bundles ({@code kafka.tls.passwordsSecret},
     * {@code jksTruststoreSecret}, {@code configSecret}, {@code envSecret}), or an existing one named by what it keeps
     * ({@code redis.auth.usersExistingSecret}), or what it feeds ({@code extraEnvVarsSecret} of every Bitnami chart,
     * Grafana's {@code envFromSecret}, {@code initdbScriptsSecret}). A word naming what the secret is for
     * ({@code clientSecret}, {@code cookieSecret}, {@code rpcSecret}, {@code jwtSecret}, {@code webhookSecret}) keeps it
     * a secret.
     */
    private static final String[] HOLDER_WORDS = {"certificates", "certificate", "certs", "cert", "crt", "tls",
        "ssl", "ca", "jks", "truststore", "keystore", "passwords", "credentials", "config", "configuration", "env",
        "secrets", "existing", "vars", "from", "scripts", "files", "kubernetes", "k8s", "kube"};

    /**
     * Whether the last part names the Secret object holding something, or a key inside it: it starts with
     * {@code existing} and names a Secret ({@code existingErlangSecret}, {@code existingXsrfSecretKey}), or it is a
     * camel-case name ending in {@code Secret} after a holder word ({@link #HOLDER_WORDS}, in camel case or as an
     * upper-case acronym: {@code caSecret}, {@code CASecret}) or after {@code privateKey}
     * ({@code cloudFront.privateKeySecret}), or after the platform keeping it ({@code gcloudCredentials.kubernetesSecret},
     * {@code k8sSecret}). One scan of the key's characters, no copy.
     */
    private static boolean namesHolderSecret(String key, int last) {
        int length = key.length() - last;
        if (length > 14 && key.regionMatches(true, last, "existing", 0, 8)
                && indexOfIgnoreCase(key, "secret", last + 8) >= 0) {
            return true;
        }
        int end = key.length() - 6;
        if (end <= last || !key.startsWith("Secret", end)) {
            return false;
        }
        int start = camelWordStart(key, end, last);
        for (String word : HOLDER_WORDS) {
            if (end - start == word.length() && key.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return end - start == 3 && key.startsWith("Key", start) && start - 7 >= last
                && camelWordStart(key, start, last) == start - 7 && key.regionMatches(true, start - 7, "private", 0, 7);
    }

    /**
     * Where the camel-case word ending at {@code end} starts, not before {@code last}: an upper-case acronym
     * ({@code TLS} in {@code ingressTLSSecret}), or lower-case letters and digits with the capital before them
     * ({@code Crt} in {@code dbSslCaCrtSecret}). {@code end} itself when no letter precedes it.
     */
    private static int camelWordStart(String key, int end, int last) {
        int at = end;
        if (at > last && isUpper(key.charAt(at - 1))) {
            while (at > last && isUpper(key.charAt(at - 1))) {
                at--;
            }
            return at;
        }
        while (at > last && (isLower(key.charAt(at - 1)) || isDigit(key.charAt(at - 1)))) {
            at--;
        }
        return at < end && at > last && isUpper(key.charAt(at - 1)) ? at - 1 : at;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Credential words a chart writes before {@code Key} or {@code SecretKey} to name a key inside a Secret. */
    private static final String[] KEY_NAME_WORDS = {"Password", "User", "Username"};

    /**
     * Whether the last part names the key inside a Secret under which a credential is kept, in camel case as charts
     * write it ({@code auth.secretKeys.userPasswordKey: postgresql-password}, {@code s3.auth.rootUserSecretKey: s3-user},
     * {@code rootPasswordSecretKey}, {@code passwordKey}): a credential word, then {@code Key} or {@code SecretKey}
     * ending the key. A secret key proper ({@code secretKey}, {@code jwtSecretKey}, {@code s3SecretKey},
     * {@code PASSWORD_KEY}) has no credential word before it, or is not camel case, and stays a secret.
     */
    private static boolean namesKeyInsideSecret(String key, int last) {
        if (!key.endsWith("Key")) {
            return false;
        }
        int end = key.length() - 3;
        if (end - 6 >= last && key.startsWith("Secret", end - 6)) {
            end -= 6;
        }
        for (String word : KEY_NAME_WORDS) {
            int at = end - word.length();
            if (at < last) {
                continue;
            }
            if (key.startsWith(word, at)
                    || at == last && key.regionMatches(true, at, word, 0, 1) && key.startsWith(word.substring(1), at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Credential words a chart writes before {@code Secret} to name the Secret that keeps that credential. */
    private static final Set<String> CREDENTIAL_SECRET_PARTS = Set.of("passwordsecret", "passwordssecret",
            "credentialssecret", "credentialsecret", "authsecret", "adminsecret", "usersecret");

    /**
     * Whether the key names the Secret, or the key inside it, that keeps a credential: the last part is {@code name}
     * or {@code key} under a part such as {@code passwordSecret} or {@code credentialsSecret}
     * ({@code smtp.passwordSecret.key: password}), or under any part ending in {@code SecretRef}, the selector
     * cert-manager and operators write ({@code apiTokenSecretRef.key: api-token},
     * {@code secretAccessKeySecretRef.name}). A {@code secret.key} stays a secret key.
     */
    private static boolean underCredentialSecret(String key, int last) {
        int length = key.length() - last;
        if (last < 2 || length != 3 && length != 4
                || !key.regionMatches(true, last, "key", 0, 3) && !key.regionMatches(true, last, "name", 0, 4)) {
            return false;
        }
        int before = key.lastIndexOf('.', last - 2) + 1;
        String part = oneWord(key.substring(before, last - 1));
        return CREDENTIAL_SECRET_PARTS.contains(part) || part.endsWith("secretref");
    }

    /** The DNS suffixes of the controllers whose annotations name Secret objects or secret-store paths. */
    private static final String[] SECRET_READING_CONTROLLERS = {"kubernetes.io", "k8s.io", "vault.hashicorp.com",
        "cert-manager.io", "external-secrets.io"};

    /**
     * Whether the key is a Kubernetes annotation of a controller that reads secrets by reference, as a flattened
     * chart writes it ({@code podAnnotations[vault.hashicorp.com/agent-inject-secret-db]: database/creds/app},
     * {@code ingress.annotations[nginx.ingress.kubernetes.io/auth-secret]: basic-auth}): the ingress controller, the
     * Vault agent injector, cert-manager and External Secrets take the name of a Secret object, a Vault path, a role
     * or a template there, never the secret. An annotation of another domain ({@code [example.com/api-token]}) is
     * judged.
     */
    private static boolean isControllerAnnotation(String key) {
        int end = key.length() - 1;
        if (end < 0 || key.charAt(end) != ']') {
            return false;
        }
        int open = key.lastIndexOf('[', end);
        int slash = key.lastIndexOf('/', end);
        if (open < 0 || slash <= open) {
            return false;
        }
        for (String domain : SECRET_READING_CONTROLLERS) {
            int at = slash - domain.length();
            if (at > open && key.regionMatches(true, at, domain, 0, domain.length())
                    && (at == open + 1 || key.charAt(at - 1) == '.')) {
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
     * so does generated text, which holds digits. A {@code secretKey} beside a {@code secretName} is such a selector
     * too ({@link #namesKeyBesideSecretName}), and so is a {@code _SECRET} key beside a {@code _KEY} key of the same
     * stem ({@link #namesSecretBesideGluedKey}).
     *
     * @param settings the configuration
     * @param key the key
     * @param value its value
     * @return {@code true} for a name of a Secret object, or of a key inside one, in a selector
     */
    static boolean namesSelectorEntry(Settings settings, String key, String value) {
        if (key.length() > 7 && namesSecretBesideGluedKey(settings, key, value.trim())) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        if (dot > 0 && namesKeyBesideSecretName(settings, key, dot, value.trim())) {
            return true;
        }
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

    /**
     * Whether a key ending in {@code _SECRET} names the Secret object of a selector whose other half ends in
     * {@code _KEY} with the same stem, as a chart's values spell Kubernetes' {@code secretKeyRef} in one part:
     * {@code env.DB.URL_SECRET: prod-db-url} beside {@code env.DB.URL_KEY: DATABASE_URL}. The key half holds a data
     * key's name, an upper-case variable name that is no placeholder's, and the secret half a Kubernetes name of
     * hyphenated lower-case words. A pair's secret beside its key id ({@code TWITTER_SECRET} beside
     * {@code TWITTER_KEY}) holds generated text, not such names, and stays judged, as does a placeholder
     * ({@code your-client-secret}).
     */
    private static boolean namesSecretBesideGluedKey(Settings settings, String key, String value) {
        int stem = key.length() - "secret".length();
        char separator = key.charAt(stem - 1);
        if (separator != '_' && separator != '-' || !key.regionMatches(true, stem, "secret", 0, "secret".length())
                || value.indexOf('-') <= 0 || !isKubernetesName(value) || value.startsWith("your")
                || value.startsWith("change") || value.startsWith("my-")) {
            return false;
        }
        String keyHalf = key.substring(0, stem) + (Character.isUpperCase(key.charAt(stem)) ? "KEY" : "key");
        Setting selected = settings.get(keyHalf).orElse(null);
        if (selected == null) {
            return false;
        }
        String name = selected.value().trim();
        return isVariableName(name, 0, name.length());
    }

    /** The spellings of a selector's {@code secretKey} part and of the {@code secretName} part beside it. */
    private static final List<String> SECRET_KEY_PARTS = List.of("secretKey", "secret_key", "secret-key", "secretkey");
    private static final List<String> SECRET_NAME_PARTS = List.of("secretName", "secret_name", "secret-name",
            "secretname");

    /**
     * Whether a {@code secretKey} part beside a {@code secretName} part names the entry inside that Secret, as
     * deployment tools spell Kubernetes' {@code secretKeyRef} ({@code with.secrets.sentry_auth_token.secretName:
     * dashboard} and {@code .secretKey: SENTRY_AUTH_TOKEN}): the value is a data key's name, an upper-case variable
     * name that is no placeholder's or lower-case words of letters. A generated value holds digits or mixed case and
     * is judged, and so is a {@code secretKey} with no {@code secretName} beside it ({@code aws.secretKey}).
     */
    private static boolean namesKeyBesideSecretName(Settings settings, String key, int dot, String value) {
        int index = indexOfPart(SECRET_KEY_PARTS, key, dot + 1);
        if (index < 0 || value.isEmpty() || value.length() > 253) {
            return false;
        }
        String name = key.substring(0, dot + 1) + SECRET_NAME_PARTS.get(index);
        if (!settings.contains(name)) {
            return false;
        }
        return isVariableName(value, 0, value.length()) || isLowerCaseWords(value);
    }

    private static int indexOfPart(List<String> parts, String key, int from) {
        int length = key.length() - from;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.length() == length && key.startsWith(part, from)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a value is lower-case words of letters joined by {@code -}, {@code _} or {@code .}. */
    private static boolean isLowerCaseWords(String value) {
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (!isLower(first) || !isLower(last)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLower(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
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

    /**
     * Last words of a Kubernetes Secret's (or a secret manager entry's) name that say what it keeps:
     * {@code postgres-credentials}, {@code api-tls}, and a whole environment file kept as one secret
     * ({@code verbio-env-vars}, {@code app-dotenv}, as Cloud Build and Cloud Run deployments mount it).
     */
    private static final Set<String> SECRET_OBJECT_ENDINGS = Set.of("credentials", "creds", "tls",
            "cert", "certs", "certificate", "certificates", "secrets", "vars", "variables", "dotenv");

    /**
     * Whether a key whose last word is the noun {@code secret} or {@code secrets} holds the name of a Kubernetes Secret
     * rather than a secret ({@code db.secret: postgres-credentials}, {@code tls.secret: ingress-tls}): the value is a lower-case
     * resource name of hyphenated words whose last word says the object keeps credentials, a certificate or several
     * secrets ({@code citus-roles-secrets}). A secret written as words ({@code jwt.secret: my-secret},
     * {@code super-secret-key}) ends otherwise and is judged, and so is any value under a password or token key. Under
     * the plural {@code secrets} ({@code vault.secrets: nastng-docs}) any such resource name is a collection's name:
     * a Secret object or a Vault path, never one secret's value. An item of a list under these words is read as the
     * words themselves (forty-seventh pass): OpenFaaS's {@code functions.auth.secrets: [db-credentials, signing-key]}
     * lists the names of the secrets a function mounts, as Compose's {@code secrets:} list does.
     *
     * @param key the key as written
     * @param value the value
     * @return {@code true} for a Secret's name under a {@code secret} key
     */
    static boolean namesSecretObject(String key, String value) {
        int length = value.length();
        if (length < 6 || length > 63 || value.indexOf('-') <= 0) {
            return false;
        }
        int open = ListItemKeys.trailingIndexOpen(key);
        List<String> words = KeyWords.of(open < 0 ? key : key.substring(0, open));
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!last.equals("secret") && !last.equals("secrets")) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return last.equals("secrets") || SECRET_OBJECT_ENDINGS.contains(value.substring(value.lastIndexOf('-') + 1));
    }

    /**
     * Whether a list item under a password or secret word names the environment variable that carries the secret,
     * as Kamal's {@code deploy.yml} does: {@code registry.password: [KAMAL_REGISTRY_PASSWORD]} and
     * {@code env.secret: [RAILS_MASTER_KEY, DB_PASSWORD:MAIN_DB_PASSWORD]} (an alias after the colon) name secrets
     * read from {@code .kamal/secrets} at deploy. The item is one or two upper-case names joined by underscores; a
     * scalar password, a lower-case or single-word value and a placeholder in capitals ({@code CHANGE_ME},
     * {@code YOUR_API_KEY}) are still judged.
     *
     * @param key the key as written
     * @param value the value
     * @return {@code true} for a variable's name in a list of secrets
     */
    static boolean namesSecretVariables(String key, String value) {
        if (value.length() < 3 || value.length() > 100 || value.indexOf('_') <= 0) {
            return false;
        }
        int open = ListItemKeys.trailingIndexOpen(key);
        if (open < 0) {
            return false;
        }
        List<String> words = KeyWords.of(key.substring(0, open));
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!last.equals("password") && !last.equals("passwords") && !last.equals("secret")
                && !last.equals("secrets")) {
            return false;
        }
        int colon = value.indexOf(':');
        return isVariableName(value, 0, colon < 0 ? value.length() : colon)
                && (colon < 0 || isVariableName(value, colon + 1, value.length()));
    }

    /** Whether {@code value[from, to)} is an upper-case variable name whose words are no placeholder's. */
    private static boolean isVariableName(String value, int from, int to) {
        if (to <= from || value.charAt(from) < 'A' || value.charAt(from) > 'Z') {
            return false;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? value.charAt(i) : '_';
            if (c == '_') {
                if (i > start && StandInWords.CAPITAL_FILLERS.contains(value.substring(start, i))) {
                    return false;
                }
                start = i + 1;
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a chart names, under a key ending in {@code Key}, the key inside a Secret that holds a setting, the value
     * spelling what the key names: {@code secrets.databaseUrlKey: DATABASE_URL}, {@code secrets.apiKeysKey: API_KEYS},
     * and with the integration's prefix the Secret's entries carry ({@code secrets.oauth.clientSecretKey:
     * OAUTH_CLIENT_SECRET}, {@code secrets.vapid.privateKeyKey: VAPID_PRIVATE_KEY}, {@code database.databaseUrlKey:
     * DATABASE_URL} beside {@code database.existingSecret}). The last part is camel case, starts in lower case and ends
     * in {@code Key}; the section says it reads a Secret: its own part or the one above is named {@code secrets} or
     * {@code secret}, its own part names a Secret by what it holds ({@code signerSecret.privateKeyKey:
     * RFQ_SIGNER_PRIVATE_KEY}, {@code redisSecret.urlKey: RFQ_REDIS_URL}), or an {@code existingSecret} key stands
     * beside it. The value's words are the words before
     * {@code Key}, or end with them after a prefix of upper-case words of a variable name that are no placeholder's
     * ({@code YOUR_CLIENT_SECRET} is judged). Any other value ({@code secrets.jwtSecretKey: changeme}) and sections
     * that name no Secret ({@code app.jwtSecretKey: JWT_SECRET}) are judged.
     *
     * @param settings the configuration, for the {@code existingSecret} beside the key
     * @param key the key as written
     * @param value the value
     * @return {@code true} for a key name that spells its own setting
     */
    static boolean namesKeyOfItsValue(Settings settings, String key, String value) {
        if (!key.endsWith("Key")) {
            return false;
        }
        int last = lastPart(key);
        int length = key.length();
        if (last < 2 || length - last < 5 || !isLower(key.charAt(last))) {
            return false;
        }
        int before = key.lastIndexOf('.', last - 2) + 1;
        if (!namesSecretsPart(key, before, last - 1) && !namesHoldingSecretPart(key, before, last - 1)
                && !(before >= 2 && namesSecretsPart(key, key.lastIndexOf('.', before - 2) + 1, before - 1))
                && !settings.contains(key.substring(0, last) + EXISTING_SECRET)) {
            return false;
        }
        List<String> words = KeyWords.of(key.substring(last, length - 3));
        String spelled = value.strip();
        if (words.isEmpty() || spelled.isEmpty()) {
            return false;
        }
        List<String> valueWords = RelaxedNames.words(spelled);
        int extra = valueWords.size() - words.size();
        if (extra < 0 || !valueWords.subList(extra, valueWords.size()).equals(words)) {
            return false;
        }
        return extra == 0 && namesSecretsPart(key, before, last - 1) || isVariableName(spelled, 0, spelled.length());
    }

    /**
     * Whether a value names the entry of a Secret or of a secrets backend that holds a setting, in the two
     * spellings charts and Airflow use without any section that names a Secret. A camel-case last part of words
     * before {@code SecretKey} ({@code global.auth.instanceAdmin.emailSecretKey: INITIAL_USER_EMAIL},
     * {@code global.auth.security.jwtSignatureSecretKey: AB_JWT_SIGNATURE_SECRET}, Airbyte's values) holds an
     * upper-case variable name of three words or more, none a placeholder's, whose last word is one of the key's words
     * before {@code Key} and one of whose words is neither a word of the key nor a stage word ({@code AB},
     * {@code INITIAL}): the entry inside the Secret the chart reads. A last part ending in {@code _secret} holds its
     * own stem ({@code core.fernet_key_secret = fernet_key}, Airflow's {@code _secret} options): the name under which
     * the secrets backend keeps the setting.
     *
     * <p>Judged still: a bare {@code secretKey}, {@code jwtSecretKey: JWT_SECRET} (two words: a template that
     * spelled its key), {@code oauth.clientSecretKey: OAUTH_CLIENT_SECRET} and {@code PROD_JWT_SECRET} (the key's own
     * words and a stage word, as the nineteenth pass keeps them), {@code jwtSecretKey: CHANGE_ME_JWT_SECRET} (a filler), generated text, lower-case words
     * under {@code SecretKey}, {@code client_secret: client} (a one-word stem) and {@code kakao.client_secret:
     * kakao_client_secret} (the whole key, not its stem).
     *
     * @param key the key as written
     * @param value the value
     * @return {@code true} for the name of the entry that keeps the setting
     */
    static boolean namesEntryOfItsSetting(String key, String value) {
        if (key.endsWith("SecretKey")) {
            return namesEntryUnderSecretKey(key, value.strip());
        }
        return AsciiCase.endsWith(key, "_secret") && namesStemOfItsKey(key, value.strip());
    }

    private static boolean namesEntryUnderSecretKey(String key, String value) {
        int last = lastPart(key);
        int secret = key.length() - "SecretKey".length();
        if (secret - last < 3 || !isLower(key.charAt(last)) || value.length() > 100
                || !isVariableName(value, 0, value.length())) {
            return false;
        }
        int underscores = 0;
        for (int i = 0; i < value.length(); i++) {
            underscores += value.charAt(i) == '_' ? 1 : 0;
        }
        String lastWord = value.substring(value.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
        if (underscores < 2 || !KeyWords.of(key.substring(last, key.length() - 3)).contains(lastWord)) {
            return false;
        }
        List<String> keyWords = KeyWords.of(key);
        for (String word : value.toLowerCase(Locale.ROOT).split("_")) {
            if (!keyWords.contains(word) && !STAGE_WORDS.contains(word)) {
                return true; // a word the key does not spell: a name chosen for the entry
            }
        }
        return false; // oauth.clientSecretKey=OAUTH_CLIENT_SECRET: a template spelled its own key
    }

    /** Stage words, which a template adds to a spelled key ({@code PROD_JWT_SECRET}) as readily as a name does. */
    private static final Set<String> STAGE_WORDS = Set.of("prod", "production", "staging", "stage", "dev",
            "development", "test", "qa", "uat", "live");

    private static boolean namesStemOfItsKey(String key, String value) {
        int last = lastPart(key);
        int stem = key.length() - "_secret".length();
        return stem - last > 2 && value.length() == stem - last && value.indexOf('_') > 0
                && isLowerCaseWords(value) && key.regionMatches(false, last, value, 0, value.length());
    }

    /** Whether {@code key[from, to)} is the part {@code secrets} or {@code secret}. */
    private static boolean namesSecretsPart(String key, int from, int to) {
        int length = to - from;
        return (length == 7 || length == 6) && key.regionMatches(true, from, "secrets", 0, length);
    }

    /**
     * Whether {@code key[from, to)} is a camel-case part naming a Secret object by what it holds ({@code signerSecret},
     * {@code redisSecret}, {@code smtpSecrets}): lower-case letters, then {@code Secret} or {@code Secrets}.
     */
    private static boolean namesHoldingSecretPart(String key, int from, int to) {
        int end = to > from && key.charAt(to - 1) == 's' ? to - 1 : to;
        return end - from > 7 && isLower(key.charAt(from)) && key.startsWith("Secret", end - 6);
    }

    private static final String PULL_SECRETS = "pullSecrets";

    /**
     * Whether a part of the key is a pod's list of image pull Secrets ({@code imagePullSecrets},
     * {@code global.imagePullSecrets[0].name}, {@code image.pullSecrets}, a chart's singular {@code image.pullSecret}):
     * the names of registry Secret objects, blank when the registry is public.
     */
    private static boolean namesPullSecrets(String key) {
        int at = indexOfIgnoreCase(key, PULL_SECRETS, 0);
        if (at < 0) {
            return AsciiCase.endsWith(key, "pull_secret") || AsciiCase.endsWith(key, "pull_secrets")
                    || AsciiCase.endsWith(key, "pull-secret") || AsciiCase.endsWith(key, "pull-secrets")
                    || key.endsWith("pullSecret") || key.endsWith("PullSecret");
        }
        int end = at + PULL_SECRETS.length();
        return end == key.length() || key.charAt(end) == '.' || key.charAt(end) == '[';
    }

    /**
     * Sections that configure a secret manager or its operator: 1Password Connect and its operator, External
     * Secrets, Sealed Secrets, the Secrets Store CSI driver, AWS Secrets Manager, Google Secret Manager, Azure Key
     * Vault, Doppler, Infisical, Bitwarden. Written as one word, whatever the separators.
     */
    private static final Set<String> SECRET_MANAGERS = Set.of("onepassword", "1password",
            "externalsecrets", "externalsecret", "sealedsecrets", "secretstore", "clustersecretstore",
            "secretsstore", "secretsmanager", "secretmanager", "keyvault", "azurekeyvault", "doppler", "infisical",
            "bitwarden");

    /** Last parts that locate a secret in a manager rather than hold it. */
    private static final Set<String> LOCATORS = Set.of("vault", "vaults", "item", "items",
            "path", "paths", "name", "names", "key", "property", "field", "fields", "ref", "id", "project", "mount",
            "store", "section", "remoteref", "secretid", "arn", "secretkey");

    /** Collections whose entries are named by their keys: {@code onepassword.items.<name>}. */
    private static final Set<String> COLLECTIONS = Set.of("items", "vaults", "secrets", "refs",
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
        String[] parts = Parts.PATTERN.split(key);
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
     * Whether a blank secret is one its chart fills in: an {@code existingSecret} key beside it or one level up
     * ({@code mastodon.secrets.existingSecret} for {@code mastodon.secrets.vapid.private_key}) offers the Secret to read
     * it from, and the chart generates it when neither is given; or a blank cloud credential the platform's workload
     * identity supplies ({@link #suppliedByWorkloadIdentity}).
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
        if (dot < 0 && key.indexOf('[') < 0 && settings.contains(EXISTING_SECRET)) {
            // a chart's top-level secret: {} (the values of the Secret it creates) beside its top-level
            // existingSecret (the Secret to use instead): the same offer as a section's, one level up (forty-sixth
            // pass; the loop below reads only keys with a section)
            return true;
        }
        for (int level = 0; level < 2 && dot > 0; level++) {
            if (settings.contains(key.substring(0, dot + 1) + EXISTING_SECRET)) {
                return true;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return offeredInSubsection(settings, key) || suppliedByWorkloadIdentity(settings, key);
    }

    /**
     * Words, or the starts of words, that make a blank key a cloud provider's credential ({@code s3AccessKey}, read
     * as {@code s3access key}; {@code gcs.credentialsJson}).
     */
    private static final Set<String> CLOUD_WORDS = Set.of("aws", "s3", "sqs", "sns", "gcs", "gcp", "google", "azure",
            "storage", "blob", "bucket");

    /** The annotations and switches that give a pod its cloud identity from the platform instead of a key. */
    private static final String[] WORKLOAD_IDENTITY_MARKS = {"eks.amazonaws.com/role-arn",
        "iam.gke.io/gcp-service-account", "azure.workload.identity/client-id"};

    /**
     * Whether a blank cloud credential ({@code secrets.s3AccessKey}, {@code secrets.s3SecretKey},
     * {@code global.storage.gcs.credentialsJson}) is left blank because the platform gives the pod its identity: the
     * same file annotates its service account for IAM Roles for Service Accounts ({@code eks.amazonaws.com/role-arn}),
     * GKE or Azure Workload Identity, or switches {@code workloadIdentity} on. The SDKs then take temporary
     * credentials from the platform, and a key written in would override them. Any other blank secret beside such a
     * mark ({@code jwtSecret}, an admin password) is still judged, and so is a blank cloud key in a file without one.
     */
    private static boolean suppliedByWorkloadIdentity(Settings settings, String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !namesCloudCredential(words)) {
            return false;
        }
        boolean cloud = false;
        for (String word : words) {
            for (String cloudWord : CLOUD_WORDS) {
                cloud |= word.startsWith(cloudWord);
            }
        }
        if (!cloud) {
            return false;
        }
        for (Setting setting : settings) {
            String other = setting.key();
            String value = setting.value().strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String mark : WORKLOAD_IDENTITY_MARKS) {
                if (other.contains(mark)) {
                    return true;
                }
            }
            if (value.equalsIgnoreCase("true") && other.length() >= 16
                    && other.regionMatches(true, other.length() - 16, "workloadIdentity", 0, 16)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key's last words name an access key, a secret key ({@code s3SecretKey}, the first word glued to the
     * provider's), a service account's key or a credentials document.
     */
    private static boolean namesCloudCredential(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if (last.equals("key")) {
            return before.endsWith("access") || before.endsWith("secret") || before.equals("account");
        }
        if (last.equals("id")) {
            return before.equals("key") && size > 2 && words.get(size - 3).equals("access");
        }
        return last.equals("credentials") || last.equals("json") && before.equals("credentials");
    }

    /**
     * Whether the Secret for a blank {@code grafana.adminPassword} is offered in the subsection its first word names:
     * {@code grafana.admin.existingSecret}.
     */
    private static boolean offeredInSubsection(Settings settings, String key) {
        int last = lastPart(key);
        int word = last + 1;
        while (word < key.length() && !Character.isUpperCase(key.charAt(word))) {
            word++;
        }
        return word < key.length() && last > 0
                && settings.contains(key.substring(0, word) + "." + EXISTING_SECRET);
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

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keys that name the public half of a key and secret pair: {@code VONAGE_API_KEY} beside {@code VONAGE_API_SECRET},
 * {@code PUSHER_APP_KEY} beside {@code PUSHER_APP_SECRET}, {@code BINANCE_API_KEY} beside
 * {@code BINANCE_SECRET_KEY}, the {@code accessKey} of an entry in a list of identities beside the entry's
 * {@code secretKey} (SeaweedFS' {@code identities[0].credentials[0]}, RocketMQ's {@code accounts[0]}; a single
 * {@code access-key} beside {@code secret-key} outside a list is still judged as a secret, as labelled sets read it).
 * Where a provider issues both, the key identifies the account and the secret proves it,
 * so the key is judged as an identifier (placeholders and published values only), never for its strength. Also
 * the key that picks one entry of a list of keys by its id ({@link #selectsListedKey}).
 */
final class PairedIdentifiers {

    private PairedIdentifiers() {
    }

    /**
     * Whether {@code key} ends in a {@code key} word and a setting with the same stem and a {@code secret} word holds
     * a value.
     */
    static boolean isPublicHalf(Settings settings, String key) {
        return secretHalf(settings, key) != null;
    }

    /** The key of the secret half that makes {@code key} the public half of a pair, or {@code null}. */
    private static @Nullable String secretHalf(Settings settings, String key) {
        int end = key.length();
        if (end < 4 || !key.regionMatches(true, end - 3, "key", 0, 3) || namesSecretItself(key)) {
            return null;
        }
        char before = key.charAt(end - 4);
        boolean separated = before == '_' || before == '.' || before == '-';
        boolean camel = Character.isUpperCase(key.charAt(end - 3)) && Character.isLowerCase(key.charAt(end - 2));
        if (!separated && !camel) {
            return null;
        }
        String stem = key.substring(0, end - 3);
        String secret = matchCase(key.substring(end - 3), "secret");
        if (holdsValue(settings, stem + secret)) {
            return stem + secret;
        }
        int apiEnd = stem.length() - (separated ? 1 : 0);
        if (apiEnd >= 6 && stem.regionMatches(true, apiEnd - 6, "access", 0, 6) && stem.indexOf(']') > 0) {
            String identity = stem.substring(0, apiEnd - 6) + matchCase(stem.substring(apiEnd - 6, apiEnd), "secret")
                    + (separated ? String.valueOf(before) : "") + key.substring(end - 3);
            if (holdsValue(settings, identity)) {
                return identity; // an entry of an object store's identities: accessKey beside secretKey
            }
        }
        String other = stem + secret + (separated ? String.valueOf(before) : "") + key.substring(end - 3);
        if (apiEnd >= 3 && stem.regionMatches(true, apiEnd - 3, "api", 0, 3)) {
            other = stem.substring(0, apiEnd - 3) + secret + (separated ? String.valueOf(before) : "")
                    + key.substring(end - 3);
        }
        return holdsValue(settings, other) ? other : null;
    }

    /**
     * The secret half of a key and secret pair that holds the very literal its public half holds (forty-first pass):
     * {@code api-key=${API_KEY:Systemtest}} beside {@code api-secret=${API_SECRET:Systemtest}}, as
     * {@link #secretWithSameValue} reads an access-key pair. No issuer makes an account's key equal to its secret, so
     * the pair is a stand-in (a test account's, a tutorial's). The public half is found as {@link #isPublicHalf} finds
     * it; values count as written or as their reference's default, and a value that mixes capitals and digits, as
     * issued keys do, is not looked at.
     *
     * @param settings the configuration
     * @param key the public half's key ({@code application.payments.api-key})
     * @param value the public half's effective value
     * @return the secret half's key, or empty when it holds another value
     */
    static Optional<String> secretHalfWithSameValue(Settings settings, String key, String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || looksIssued(trimmed) || SecretValues.isReference(trimmed)) {
            return Optional.empty();
        }
        String secretKey = secretHalf(settings, key);
        Optional<Setting> other = secretKey == null ? Optional.empty() : settings.get(secretKey);
        if (other.isEmpty() || other.get().isDeferred()) {
            return Optional.empty();
        }
        String otherValue = EnvironmentReferences.effectiveValue(other.get());
        return otherValue != null && otherValue.strip().equals(trimmed) ? Optional.of(other.get().key())
                : Optional.empty();
    }

    /**
     * The secret half of an access-key pair that holds the very literal its identifier holds
     * ({@code AWS_ACCESS_KEY_ID=local} beside {@code AWS_SECRET_ACCESS_KEY=local}, {@code S3_ACCESS_KEY=test} beside
     * {@code S3_SECRET_KEY=test}): no issuer makes an account's id equal to its secret, so the pair is a stand-in (for
     * a local emulator, a tutorial), not issued credentials. The secret half is the identifier's stem, the part before
     * {@code access}, followed by {@code SECRET_ACCESS_KEY}, {@code SECRET_KEY}, {@code ACCESS_KEY_SECRET},
     * {@code ACCESS_SECRET} or {@code SECRET} in any relaxed spelling; its value counts as written or as its
     * reference's default. A value that mixes capitals and digits, as issued ids do, is not looked at.
     *
     * @param settings the configuration
     * @param key the identifier's key ({@code AWS_ACCESS_KEY_ID})
     * @param value the identifier's effective value
     * @return the secret half's key, or empty when no secret beside it holds the same literal
     */
    static Optional<String> secretWithSameValue(Settings settings, String key, String value) {
        String trimmed = value.strip();
        int access = indexOfIgnoreCase(key, "access", 0);
        if (trimmed.isEmpty() || access < 0 || looksIssued(trimmed) || SecretValues.isReference(trimmed)) {
            return Optional.empty();
        }
        String stem = key.substring(0, access);
        for (String secret : SECRET_HALVES) {
            Optional<Setting> other = settings.get(stem + secret);
            if (other.isEmpty() || other.get().isDeferred() || other.get().key().equals(key)) {
                continue;
            }
            String otherValue = EnvironmentReferences.effectiveValue(other.get());
            if (otherValue != null && otherValue.strip().equals(trimmed)) {
                return Optional.of(other.get().key());
            }
        }
        return Optional.empty();
    }

    private static final Set<String> USER_WORDS = Set.of("user", "username", "login");

    /**
     * Whether an access-key identifier repeats the value of a user-name setting of the same configuration
     * ({@code MINIO_ACCESS_KEY=coreai-minio} beside {@code MINIO_ROOT_USER=coreai-minio}): for MinIO and other object
     * stores the access key is the account's user name, and a user name written in an example file is no published
     * secret (its password, {@code MINIO_SECRET_KEY}, is judged as every secret is). A published default of the
     * catalog ({@code minioadmin}) is reported before this is asked.
     *
     * @param settings the configuration
     * @param key the identifier's key
     * @param value the identifier's value
     * @return {@code true} when a user-name setting other than the key holds the same literal
     */
    static boolean repeatsUserName(Settings settings, String key, String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            return false;
        }
        for (Setting other : settings) {
            if (other.isDeferred() || other.key().equals(key) || !other.value().strip().equals(trimmed)) {
                continue;
            }
            List<String> words = KeyWords.of(other.key());
            if (!words.isEmpty() && USER_WORDS.contains(words.get(words.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The secret half of a credential pair that is blank beside its blank identifier ({@code MPESA_CONSUMER_KEY=}
     * beside {@code MPESA_CONSUMER_SECRET=}, {@code mpesa.app.consumer.key} beside {@code mpesa.app.consumer.secret},
     * {@code AWS_ACCESS_KEY_ID} beside
     * {@code AWS_SECRET_ACCESS_KEY}): neither half of the pair is set, so the identifier is as missing as its secret,
     * which is reported blank on its own. The gate asks only when the comment governing the identifier calls it
     * required ({@code # M-Pesa Daraja STK (required — STK push throws without these)}): a blank pair of an optional
     * integration (huginn's {@code TWITTER_OAUTH_KEY=} beside {@code TWITTER_OAUTH_SECRET=}) is a slot left for
     * later, and its secret's blank finding says enough. The secret half is the identifier's stem before its last {@code key} or
     * {@code id} word followed by {@code secret}, or, for an access key, the stem before {@code access} followed by a
     * secret half's name, in any relaxed spelling. A secret half that is a reference or absent says nothing.
     *
     * @param settings the configuration
     * @param key the identifier's key
     * @param value the identifier's effective value
     * @return the blank secret half's key, or empty when the identifier is set or its secret half is not blank
     */
    static Optional<String> blankSecretHalf(Settings settings, String key, String value) {
        if (!value.isBlank()) {
            return Optional.empty();
        }
        int end = key.length();
        int word = end > 4 && key.regionMatches(true, end - 3, "key", 0, 3) ? end - 3
                : end > 3 && key.regionMatches(true, end - 2, "id", 0, 2) ? end - 2 : -1;
        if (word > 0 && isSeparator(key.charAt(word - 1))) {
            Optional<String> blank = blankSetting(settings, key.substring(0, word)
                    + matchCase(key.substring(word), "secret"), key);
            if (blank.isPresent()) {
                return blank;
            }
        }
        int access = indexOfIgnoreCase(key, "access", 0);
        if (access < 0) {
            return Optional.empty();
        }
        String stem = key.substring(0, access);
        for (String secret : SECRET_HALVES) {
            Optional<String> blank = blankSetting(settings, stem + secret, key);
            if (blank.isPresent()) {
                return blank;
            }
        }
        return Optional.empty();
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '.' || c == '-';
    }

    private static Optional<String> blankSetting(Settings settings, String key, String identifier) {
        Optional<Setting> other = settings.get(key);
        if (other.isEmpty() || other.get().isDeferred() || other.get().key().equals(identifier)
                || !other.get().value().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(other.get().key());
    }

    /**
     * The problem of a blank identifier whose secret half is blank too ({@link #blankSecretHalf}).
     *
     * @param value the identifier's value, for its shape only
     * @param secretKey the key of the secret half
     * @return a blank problem naming the secret half
     */
    static SecretProblem blankPair(String value, String secretKey) {
        return new SecretProblem("secrets.blank", new dev.readiness.SecretShape(value.length(), 0, null),
                "is blank, and so is " + secretKey + ", the secret of its pair: neither half of the credential is "
                        + "set, so the integration cannot sign in",
                "Set the pair to the identifier and secret the provider issued for production, from your secret "
                        + "store.");
    }

    /** Names of the secret half after the identifier's stem, looked up by relaxed name ({@code minio.secretKey}). */
    private static final List<String> SECRET_HALVES = List.of("SECRET_ACCESS_KEY", "SECRET_KEY", "ACCESS_KEY_SECRET",
            "ACCESS_SECRET", "SECRET");

    /** Whether a value mixes capitals and digits as issued key ids do ({@code AKIA…}): then no stand-in is looked for. */
    private static boolean looksIssued(String value) {
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && digit;
    }

    private static int indexOfIgnoreCase(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The problem of an identifier that holds its secret's literal ({@link #secretWithSameValue}).
     *
     * @param value the identifier's value, for its shape only
     * @param secretKey the key of the secret half
     * @return a placeholder problem naming the secret half
     */
    static SecretProblem sameAsSecret(String value, String secretKey) {
        return new SecretProblem("secrets.placeholder", SecretValues.shape(value),
                "holds the same literal as " + secretKey + ", the secret of its pair: no issuer makes an account's id "
                        + "equal to its secret, so the pair is a stand-in (an emulator's or a tutorial's), not issued "
                        + "credentials",
                "Set the pair to the access key id and secret the provider issued for production, from your secret "
                        + "store.");
    }

    /** Last words of a key that picks one entry of a list of keys ({@code ENC_KEY_ACTIVE}, {@code JWT_KEY_CURRENT}). */
    private static final Set<String> SELECTOR_WORDS = Set.of("active", "current", "primary", "selected");

    /** The characters between an entry's id and its key ({@code kid1:<key>}, {@code id=<key>}, {@code id/<key>}). */
    private static final String ENTRY_SEPARATORS = "/:=";

    /** The characters an entry of a list of keys starts after. */
    private static final String ENTRY_STARTS = " \t\r\n,;\"'";

    /**
     * Whether {@code key} picks one entry of a list of keys by its id, the list standing in the same file: Rauthy's
     * {@code ENC_KEY_ACTIVE=bVCyTsGaggVy5yqQ} beside {@code ENC_KEYS="q6u26onRvXVG4427/<key> bVCyTsGaggVy5yqQ/<key>"},
     * and the keyrings written {@code MASTER_KEYS=k1:<key>,k2:<key>} with {@code MASTER_KEY_ACTIVE=k2} or
     * {@code DATA_KEYS=id=<key>,id=<key>}.
     * The key's last word says it selects ({@code active}, {@code current}, {@code primary}, {@code selected}), and the
     * value is the label of an entry of another setting: it starts that value or follows a space, a line break, a
     * comma or a quote there, and a {@code /}, {@code :} or {@code =} and more than nine characters of key follow it. The id is
     * public; the entries are judged where they stand. A value that labels no entry ({@code ENC_KEY_ACTIVE=changeme})
     * is judged.
     *
     * @param settings the configuration, for the list
     * @param key the key
     * @param value its value
     * @return {@code true} for the id of a listed key
     */
    static boolean selectsListedKey(Settings settings, String key, String value) {
        List<String> words = KeyWords.of(key);
        if (words.size() < 2 || !SELECTOR_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        String id = value.strip();
        if (id.length() < 2 || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        for (Setting setting : settings) {
            String other = setting.value();
            if (setting.key().equals(key) || other.length() <= id.length() + 9) {
                continue;
            }
            for (int at = other.indexOf(id); at >= 0; at = other.indexOf(id, at + 1)) {
                int end = at + id.length();
                if ((at == 0 || ENTRY_STARTS.indexOf(other.charAt(at - 1)) >= 0) && other.length() - end > 9
                        && ENTRY_SEPARATORS.indexOf(other.charAt(end)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesSecretItself(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("secret") || lower.contains("private") || lower.contains("password")
                || lower.contains("token") || lower.contains("signing") || lower.contains("encrypt");
    }

    /**
     * Whether {@code key} is the secret half of a pair whose identifier is written as an {@code access id}
     * (forty-fourth pass): Cromwell's Alibaba Cloud back ends take {@code access-id} and {@code access-key}
     * ({@code engine.filesystems.oss.auth.access-id}, {@code .access-key}), as Alibaba's older OSS clients take
     * {@code accessId} and {@code accessKey}; beside an id the access key is the AccessKey secret, not the public id an
     * AWS or MinIO access key is. The key must end in the words {@code access key} (separated by {@code -}, {@code _},
     * {@code .} or in camel case) and a setting spelled the same with {@code id} for {@code key} must be present, even
     * blank; an access key alone, or beside a {@code secret}, stays an identifier.
     *
     * @param settings the settings
     * @param key the key as written
     * @return {@code true} for an access key beside its access id
     */
    static boolean isSecretBesideAccessId(Settings settings, String key) {
        int end = key.length();
        if (end < 9 || !key.regionMatches(true, end - 3, "key", 0, 3)) {
            return false;
        }
        char before = key.charAt(end - 4);
        boolean separated = before == '_' || before == '.' || before == '-';
        boolean camel = Character.isUpperCase(key.charAt(end - 3)) && Character.isLowerCase(key.charAt(end - 2));
        int accessEnd = separated ? end - 4 : end - 3;
        if (!separated && !camel || accessEnd < 6 || !key.regionMatches(true, accessEnd - 6, "access", 0, 6)
                || accessEnd > 6 && Character.isLetterOrDigit(key.charAt(accessEnd - 7))
                        && !Character.isUpperCase(key.charAt(accessEnd - 6))) {
            return false;
        }
        String id = key.substring(0, end - 3) + matchCase(key.substring(end - 3), "id");
        return settings.get(id).isPresent();
    }

    private static boolean holdsValue(Settings settings, String key) {
        Optional<String> value = settings.value(key);
        return value.isPresent() && !value.get().isBlank();
    }

    private static String matchCase(String model, String word) {
        if (Character.isUpperCase(model.charAt(model.length() - 1))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}

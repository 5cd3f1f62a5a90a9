package dev.readiness.gates.internal;

import java.util.Set;

/**
 * Chart values that map environment variables to keys inside Kubernetes Secrets, as the Ministry of Justice's
 * {@code generic-service} chart and charts like it write them: {@code namespace_secrets.<Secret>.<ENV_VAR>: <key>}
 * ({@code namespace_secrets.rds-instance-output.DB_PASS: database_password}). The value names the key inside the
 * Secret object the part before names; the variable is filled from it when the pod starts. So the value is no
 * password, database name or host, however it is spelled.
 *
 * <p>Read from the key alone: a part whose words are a mapping word ({@code namespace}, {@code env},
 * {@code environment}) and {@code secrets} ({@code namespace_secrets}, {@code namespaceSecrets}, {@code envSecrets}),
 * then exactly two parts: the Secret object's name and an environment variable's name in upper case
 * ({@code DB_PASS}). A plain {@code secrets} section ({@code secrets.postgres.password: changeme}) and a lower-case
 * last part hold values and stay judged. Stateless; one scan of the key per call, memoised per key.
 */
public final class SecretKeyMaps {

    private static final Set<String> MAPPING_WORDS = Set.of("namespace", "env", "environment");

    private static final KeyMemo<Boolean> MAPPED = KeyMemo.of(SecretKeyMaps::classify);

    private SecretKeyMaps() {
    }

    /**
     * Whether the key is an entry of a map from environment variables to keys inside Secret objects.
     *
     * @param key the key as written
     * @return {@code true} for {@code …namespace_secrets.<Secret>.<ENV_VAR>}
     */
    public static boolean mapsVariableToSecretKey(String key) {
        return AsciiCase.contains(key, "secrets") && MAPPED.get(key);
    }

    private static boolean classify(String key) {
        int lastDot = key.lastIndexOf('.');
        int secretDot = lastDot > 0 ? key.lastIndexOf('.', lastDot - 1) : -1;
        if (secretDot <= 0 || secretDot + 1 == lastDot || !isVariableName(key, lastDot + 1)) {
            return false;
        }
        int partStart = key.lastIndexOf('.', secretDot - 1) + 1;
        var words = KeyWords.of(key.substring(partStart, secretDot));
        return words.size() == 2 && MAPPING_WORDS.contains(words.get(0)) && words.get(1).equals("secrets");
    }

    /** Whether the key from {@code start} on is an upper-case variable name: a letter, then letters, digits, {@code _}. */
    private static boolean isVariableName(String key, int start) {
        if (start >= key.length() || !(key.charAt(start) >= 'A' && key.charAt(start) <= 'Z')) {
            return false;
        }
        for (int i = start + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;

/**
 * Keys that name the application's own secret by a framework's convention, the key it signs sessions and cookies or
 * encrypts with, which no application runs correctly without: Django's and Flask's {@code SECRET_KEY}, Rails' and
 * Phoenix's {@code secret_key_base}, Laravel's {@code APP_KEY}, Symfony's {@code APP_SECRET}, Play's
 * {@code application.secret} and {@code play.http.secret.key}, an Express or Fastify {@code SESSION_SECRET} or
 * {@code COOKIE_SECRET}, WordPress's {@code AUTH_KEY}, {@code SECURE_AUTH_KEY}, {@code LOGGED_IN_KEY} and
 * {@code NONCE_KEY}, any salt ({@code AUTH_SALT}, Drupal's {@code hash_salt}, CakePHP's {@code Security.salt}: a salt
 * is only ever the application's own), and the token or secret that guards a service's own internal API
 * ({@code arkmem.api.internal-token}, {@code INTERNAL_SECRET}). Unlike an API key of another service, such a key is
 * never optional. Read only for a setting whose value is a reference with an empty default
 * ({@link EmptyDefaults}). {@code SECRET_KEY} counts only as the whole key or after Play's {@code http}
 * ({@code AWS_SECRET_KEY}, {@code minio.secret-key} name another service's credential). Stateless.
 */
final class OwnSecretNames {

    private OwnSecretNames() {
    }

    /**
     * Whether a secret of this purpose under this key is one the application itself holds: a signing or encryption key
     * by its purpose, or a framework's own secret or an internal API's token by its name.
     *
     * @param purpose what the key's words say it holds
     * @param key the setting's key
     * @return {@code true} for the application's own key
     */
    static boolean isOwnKey(SecretPurpose purpose, String key) {
        return purpose == SecretPurpose.SIGNING || purpose == SecretPurpose.ENCRYPTION_KEY || names(key);
    }

    /**
     * Whether the key names the application's own signing or encryption secret.
     *
     * @param key the setting's key
     * @return {@code true} for a framework's own secret or an internal API's token
     */
    static boolean names(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 1) {
            return false;
        }
        String last = words.get(size - 1);
        String before = size > 1 ? words.get(size - 2) : "";
        if (last.equals("base")) {
            return size > 2 && before.equals("key") && words.get(size - 3).equals("secret");
        }
        if (last.equals("salt")) {
            return true;
        }
        if (last.equals("key")) {
            return size == 2 && (before.equals("secret") || before.equals("app") || before.equals("auth")
                    || before.equals("nonce"))
                    || size > 2 && before.equals("secret") && words.get(size - 3).equals("http")
                    || size == 3 && before.equals("auth") && words.get(0).equals("secure")
                    || size == 3 && before.equals("in") && words.get(0).equals("logged");
        }
        if (last.equals("secret")) {
            return size == 2 && before.equals("app") || before.equals("application") || before.equals("session")
                    || before.equals("cookie") || before.equals("internal");
        }
        return last.equals("token") && before.equals("internal");
    }
}

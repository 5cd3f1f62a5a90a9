package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A word that chooses where an AWS client finds its credentials, written in both halves of an access-key pair:
 * Snowplow's collectors, enrichers and loaders take {@code aws.access-key = iam} with {@code aws.secret-key = iam}
 * (use the instance's IAM role) or {@code env} (read {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} from
 * the environment), so the file holds no secret. Read only when the access key and the secret key beside it hold the
 * same one of those words: a lone {@code SECRET_KEY=env} is still judged as a secret (thirty-eighth pass). Stateless.
 */
final class CredentialModes {

    private CredentialModes() {
    }

    /**
     * Whether a secret key's value is a credential-source mode that its access-key sibling gives too.
     *
     * @param settings the configuration
     * @param key the setting's key
     * @param trimmed the trimmed value
     * @return {@code true} for {@code iam} or {@code env} in both halves of the pair
     */
    static boolean namesMode(Settings settings, String key, String trimmed) {
        if (!trimmed.equals("iam") && !trimmed.equals("env")) {
            return false;
        }
        @Nullable String sibling = sibling(key, "access", "secret");
        if (sibling == null) {
            sibling = sibling(key, "secret", "access");
        }
        if (sibling == null) {
            return false;
        }
        Optional<String> other = settings.value(sibling);
        return other.isPresent() && other.get().trim().equals(trimmed);
    }

    /** The key with its one word {@code from} before {@code key} replaced by {@code to}, in the key's case. */
    private static @Nullable String sibling(String key, String from, String to) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        int at = lower.lastIndexOf(from);
        if (at < 0 || !lower.startsWith("key", at + from.length() + (separator(lower, at + from.length()) ? 1 : 0))
                || !lower.endsWith("key")) {
            return null;
        }
        String written = key.substring(at, at + from.length());
        String replacement = written.equals(written.toUpperCase(java.util.Locale.ROOT))
                ? to.toUpperCase(java.util.Locale.ROOT)
                : Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(to.charAt(0)) + to.substring(1) : to;
        return key.substring(0, at) + replacement + key.substring(at + from.length());
    }

    private static boolean separator(String key, int at) {
        if (at >= key.length()) {
            return false;
        }
        char c = key.charAt(at);
        return c == '-' || c == '_' || c == '.';
    }
}

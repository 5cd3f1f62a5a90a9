package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A blank cloud secret beside a switch, in the same section, that takes the credentials from the platform instead:
 * ClearML's {@code sdk.aws.s3.use_credentials_chain: true} (boto3's chain: environment, instance profile, IAM role),
 * Spring Cloud AWS's {@code spring.cloud.aws.credentials.instance-profile=true}, an {@code use_iam_role}, a managed or
 * workload identity. The blank key and secret are then unused, as the client's documentation says; no secret was left
 * out (thirty-seventh pass). The same switch set to {@code false}, or absent, leaves the blank judged. Read only for
 * a blank secret. Stateless.
 */
final class CredentialChains {

    /**
     * The switches, in relaxed spelling: the settings match {@code use_credentials_chain} and
     * {@code useCredentialsChain} alike.
     */
    private static final String[] SWITCHES = {"use-credentials-chain", "credentials-chain", "use-instance-profile",
        "instance-profile", "use-iam-role", "use-default-credentials", "use-managed-identity", "use-workload-identity"};
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");

    private CredentialChains() {
    }

    /**
     * Whether a blank secret's section takes its credentials from the platform's chain.
     *
     * @param settings the configuration
     * @param key the blank secret's key
     * @return {@code true} when a sibling switch of the key's section is on
     */
    static boolean takesPlatformCredentials(Settings settings, String key) {
        int cut = key.lastIndexOf('.');
        if (cut <= 0) {
            return false;
        }
        String section = key.substring(0, cut + 1);
        for (String name : SWITCHES) {
            Optional<Setting> chain = settings.get(section + name);
            if (chain.isPresent()) {
                return TRUE.contains(chain.get().value().strip().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}

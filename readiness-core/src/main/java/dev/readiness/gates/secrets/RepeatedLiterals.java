package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One literal secret written under several keys of one file: docker-jitsi-meet's {@code .env} with one password for
 * the videobridge, focus and gateway accounts, a GlassFish {@code resources.xml} whose production and test pools log
 * in with the same password, a Rails {@code secrets.yml} whose {@code predefined} key is the {@code development},
 * {@code test} and {@code qa} one, a Trino chart whose database password is also its object store's secret key, a
 * Hardhat {@code .env} with one value as both the provider key and the account key. A setup script or a secret store
 * gives every key its own value ({@link ScriptGeneratedSets}); one value pasted under several keys is the habit of a
 * template's author or of a hand-made setup committed with the code, and where one copy sits in a development or test
 * section every developer has it. Each copy that passed every other check is reported as
 * {@code secrets.likely-published}, a WARN: the file may also be a host's own, read where it lives, and one login
 * given to an application and its database container is a deployment's habit too. Reference aliases
 * ({@code DB_PASSWORD=${POSTGRES_PASSWORD}}) are no literals and never count. Forty-third pass. Not thread-safe: one
 * per check, fed only the literals that passed with no other evidence in their file.
 */
final class RepeatedLiterals {

    private final Map<String, List<Copy>> copiesByValue = new LinkedHashMap<>();

    /**
     * Records a literal secret that passed every check in a file with no other sample evidence.
     *
     * @param file the file it is in
     * @param setting where it is
     * @param valueHash its value's hash; the value itself is not kept
     * @param shape its shape, also part of what must match
     * @param purpose what it is for
     */
    void add(String file, Setting setting, int valueHash, SecretShape shape, SecretPurpose purpose) {
        copiesByValue.computeIfAbsent(file + '\u0000' + valueHash + '\u0000' + shape.length(),
                group -> new ArrayList<>(2)).add(new Copy(setting, shape, purpose));
    }

    /**
     * Adds the WARN of each copy of a literal written under at least two keys of its file, unless another finding of
     * this kind already names the key.
     *
     * @param earlier the findings already made for the same literals (a generated set's), left as they are
     * @param findings where the new findings go
     */
    static void findings(RepeatedLiterals literals, List<Finding> earlier, List<Finding> findings) {
        Set<String> named = new HashSet<>();
        for (Finding finding : earlier) {
            named.add(finding.subject() + '\u0000' + finding.origin());
        }
        for (List<Copy> copies : literals.copiesByValue.values()) {
            if (copies.size() < 2 || distinctKeys(copies) < 2 || SampleEvidence.isDeploymentsOwnFile(
                    copies.get(0).setting()) || webhookSignedWithAppSecret(copies)) {
                continue;
            }
            for (Copy copy : copies) {
                Setting setting = copy.setting();
                if (!named.contains(setting.key() + '\u0000' + setting.origin())) {
                    findings.add(finding(copy, copies));
                }
            }
        }
    }

    /**
     * Whether the copies are one provider's webhook secret and the application secret that provider signs its webhooks
     * with (forty-fifth pass): Shopify signs every webhook with the app's client secret, Meta with the app secret,
     * Twilio with the account's auth token, so {@code SHOPIFY_WEBHOOK_SECRET} equal to {@code SHOPIFY_API_SECRET} is
     * the provider's design, not a value pasted under two keys. The two keys share every word before their last two
     * (the provider's name, {@code SHOPIFY}, or the section {@code shopsense.shopify}; at least one word), one ends in
     * {@code webhook secret}/{@code key}/{@code token}, the other in {@code api}, {@code client}, {@code app},
     * {@code consumer} or {@code auth} and {@code secret}/{@code token} ({@code secret key} counts as {@code secret}).
     * Only for the providers that sign so ({@link #SIGNING_PROVIDERS}): {@code GITHUB_WEBHOOK_SECRET} equal to
     * {@code GITHUB_API_TOKEN} is a reuse. A service's own {@code WEBHOOK_SECRET} beside its {@code API_SECRET}, with
     * no provider's name before them, and a third copy stay reported.
     */
    private static boolean webhookSignedWithAppSecret(List<Copy> copies) {
        String first = copies.get(0).setting().key();
        String second = null;
        for (Copy copy : copies) {
            String key = copy.setting().key();
            if (!key.equals(first)) {
                if (second != null && !second.equals(key)) {
                    return false;
                }
                second = key;
            }
        }
        return second != null && webhookSignedWithAppSecret(first, second);
    }

    /**
     * Whether two keys are one provider's webhook secret and the application secret it signs webhooks with, as
     * {@link #webhookSignedWithAppSecret(List)} reads them; the secrets gate asks it before a {@code secrets.reused}.
     *
     * @param one a key
     * @param other another key holding the same value
     * @return {@code true} for such a pair
     */
    static boolean webhookSignedWithAppSecret(String one, String other) {
        List<String> a = withoutTrailingKey(KeyWords.of(one));
        List<String> b = withoutTrailingKey(KeyWords.of(other));
        int size = a.size();
        if (size < 3 || b.size() != size || !a.subList(0, size - 2).equals(b.subList(0, size - 2))
                || !namesSigningProvider(a.subList(0, size - 2))) {
            return false;
        }
        return webhookSecret(a) && appSecret(b) || webhookSecret(b) && appSecret(a);
    }

    /**
     * The providers that sign their webhooks with the application's own secret: Shopify (the app's client secret),
     * Meta's platforms (the app secret) and Twilio (the account's auth token). Others give a webhook a secret of its
     * own (GitHub's is chosen per hook, Stripe's {@code whsec_}, Slack's signing secret), so there the same value
     * under both keys is a reuse.
     */
    private static final Set<String> SIGNING_PROVIDERS = Set.of("shopify", "facebook", "fb", "meta", "instagram",
            "whatsapp", "messenger", "twilio");

    private static boolean namesSigningProvider(List<String> words) {
        for (String word : words) {
            if (SIGNING_PROVIDERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> APP_SECRET_WORDS = Set.of("api", "client", "app", "consumer", "auth");

    /** The key's words with a last {@code key} after {@code secret} left out ({@code API_SECRET_KEY}). */
    private static List<String> withoutTrailingKey(List<String> words) {
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("key") && words.get(size - 2).equals("secret")
                ? words.subList(0, size - 1) : words;
    }

    private static boolean webhookSecret(List<String> words) {
        int size = words.size();
        String before = words.get(size - 2);
        String last = words.get(size - 1);
        return (before.equals("webhook") || before.equals("webhooks"))
                && (last.equals("secret") || last.equals("key") || last.equals("token"));
    }

    private static boolean appSecret(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        return APP_SECRET_WORDS.contains(words.get(size - 2)) && (last.equals("secret") || last.equals("token"));
    }

    private static int distinctKeys(List<Copy> copies) {
        Set<String> keys = new HashSet<>();
        for (Copy copy : copies) {
            keys.add(copy.setting().key());
        }
        return keys.size();
    }

    private static Finding finding(Copy copy, List<Copy> copies) {
        String key = copy.setting().key();
        List<String> others = new ArrayList<>(2);
        for (Copy other : copies) {
            if (!other.setting().key().equals(key) && others.size() < 2) {
                others.add(other.setting().key() + " (" + where(other.setting()) + ")");
            }
        }
        return Finding.of(Severity.WARN, "secrets.likely-published", copy.setting())
                .message("is a literal secret written again under " + String.join(" and ", others)
                        + " in the same file: one value pasted under several keys, as a template's author or a "
                        + "hand-made setup writes it, where a script or a secret store gives each key its own; it "
                        + "is probably public however random it looks (" + SecretStrength.describe(copy.shape()) + ")")
                .remediation("Give each key a value of its own from the deployment's secret store, and rotate this "
                        + "one if the file was ever published. " + SecretStrength.remediation(copy.purpose()))
                .build();
    }

    private static String where(Setting setting) {
        OptionalInt line = setting.origin().line();
        return line.isPresent() ? "line " + line.getAsInt() : setting.origin().toString();
    }

    /** One copy of the literal: where it is, its shape and its purpose. */
    private record Copy(Setting setting, SecretShape shape, SecretPurpose purpose) {
    }
}

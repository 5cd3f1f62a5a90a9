package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A literal secret in a browser build variable whose own words call it a secret or a password
 * ({@code REACT_APP_CLIENT_SECRET=XbY2…}, {@code NEXT_PUBLIC_ADMIN_PASSWORD=…}, {@code VITE_API_SECRET_KEY=…}) or
 * that holds a server-side key by its issuer's grammar ({@code NEXT_PUBLIC_OPENAI_API_KEY=sk-proj-…},
 * {@code VITE_STRIPE_KEY=sk_live_…}, {@link ServerSecretPrefixes}): the
 * bundler writes every such variable into the JavaScript each visitor downloads, so the value is published however
 * random it is and whatever file it sits in. Browser variables that name a key or a token without a secret word
 * ({@code NEXT_PUBLIC_POSTHOG_KEY}, {@code VITE_SUPABASE_ANON_KEY}) are public by design and stay clean, as do
 * references ({@code ${DASHBOARD_CLIENT_SECRET}}), placeholders and switches ({@code NEXT_PUBLIC_SHOW_SECRETS=false}).
 * Stateless.
 */
final class BrowserSecrets {

    private static final Set<String> SECRET_WORDS = Set.of("secret", "secrets", "password", "passwd", "passphrase",
            "pwd");
    private static final int MIN_LENGTH = 6;

    private BrowserSecrets() {
    }

    /**
     * The problem of a browser build variable named as a secret and holding a literal value: the value's own problem
     * when it has one (weak, a published default), published otherwise.
     *
     * @param key the setting's key
     * @param value its effective value
     * @param judge the judge, for whether the value is a literal
     * @return the problem, or empty when the key is no such variable or the value no literal secret
     */
    static Optional<SecretProblem> shipped(String key, String value, SecretStrength judge) {
        if (key.isEmpty() || "vVnNrReE".indexOf(key.charAt(0)) < 0 || value.length() < MIN_LENGTH
                || !SecretKeys.namesBrowserCredential(key)) {
            return Optional.empty();
        }
        List<String> words = SecretKeys.expandedWords(key);
        boolean secret = false;
        for (int i = 1; i < words.size(); i++) {
            secret |= SECRET_WORDS.contains(words.get(i));
        }
        String trimmed = value.trim();
        if (!secret && !ServerSecretPrefixes.starts(trimmed) || SwitchValues.isSwitchWord(trimmed) || !judge.isLiteralSecret(trimmed)
                || SecretValues.isTemplatePlaceholder(trimmed) || SecretValues.isPhrasePlaceholder(trimmed)) {
            return Optional.empty();
        }
        List<SecretProblem> problems = judge.assess(key, trimmed, SecretPurpose.SECRET,
                SecretPurpose.SECRET.minBits(), false);
        if (!problems.isEmpty()) {
            return Optional.of(problems.get(0));
        }
        return Optional.of(published(trimmed));
    }

    /**
     * Whether a literal secret that passed every other rule is written under a browser build variable that names a
     * secret or holds a server-side key's grammar ({@code VITE_API_SECRET_KEY=…}, {@code NEXT_PUBLIC_OPENAI_API_KEY=sk-…}):
     * the rule of {@link #shipped} for keys whose words gave them a purpose.
     *
     * @param key the setting's key
     * @param value its value, judged by every other rule already
     * @param judge the judge, for whether the value is a literal
     * @return {@code true} for a secret the bundler publishes
     */
    static boolean shipsLiteral(String key, String value, SecretStrength judge) {
        return literalSecret(key, value, judge, 1);
    }

    /**
     * Whether a literal secret that passed every other rule is written in a file the browser build compiles in
     * ({@link AngularEnvironmentFiles}) under a key whose words name a secret ({@code clientSecret},
     * {@code adminPassword}) or with a server-side key's grammar ({@code openaiKey=sk-proj-…}); an API key without a
     * secret word ({@code firebase.apiKey}, {@code stripeKey=pk_live_…}, {@code googleMapsKey}) is public by design.
     *
     * @param key the setting's key
     * @param value its value, judged by every other rule already
     * @param judge the judge, for whether the value is a literal
     * @return {@code true} for a secret the bundle publishes
     */
    static boolean bundledLiteral(String key, String value, SecretStrength judge) {
        return literalSecret(key, value, judge, 0);
    }

    /**
     * Whether a value is a literal secret (no switch word, stand-in or phrase) with a server-side key's grammar, or
     * under a key with a secret word from its {@code firstWord}-th word on (a browser variable's prefix is word 0).
     */
    private static boolean literalSecret(String key, String value, SecretStrength judge, int firstWord) {
        String trimmed = value.trim();
        if (trimmed.length() < MIN_LENGTH || SwitchValues.isSwitchWord(trimmed) || !judge.isLiteralSecret(trimmed)
                || SecretValues.isTemplatePlaceholder(trimmed) || SecretValues.isPhrasePlaceholder(trimmed)) {
            return false;
        }
        if (ServerSecretPrefixes.starts(trimmed)) {
            return true;
        }
        List<String> words = SecretKeys.expandedWords(key);
        for (int i = firstWord; i < words.size(); i++) {
            if (SECRET_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    static SecretProblem published(String trimmed) {
        SecretShape shape = SecretValues.shape(trimmed);
        return new SecretProblem("secrets.published-default", shape,
                "is a browser build variable holding a literal secret (its name calls it one, or its value has a "
                        + "server-side key's prefix): the bundler writes it "
                        + "into the JavaScript every visitor downloads, so it is public however random it looks ("
                        + SecretStrength.describe(shape) + ")",
                "Move the secret to the server side (a variable without the browser prefix, read by an API route or "
                        + "backend), rotate it, and let the browser call that backend instead. "
                        + SecretStrength.remediation(SecretPurpose.SECRET));
    }
}

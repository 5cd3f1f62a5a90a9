package dev.readiness.gates.secrets;

import java.util.regex.Pattern;

/**
 * Values that say a secret is supplied elsewhere, at run time, rather than hold one: {@code user_provided} (each
 * user brings their own API key), {@code runtime-supplied}, {@code provided_by_user}, {@code set-in-vault}. Like a
 * {@code ${VAR}} reference they leave nothing to judge: the application treats the word as a directive and never
 * uses it as the secret. Guessable words that merely sit in a secret ({@code user_password},
 * {@code provided123}) are not such phrases. Immutable and thread-safe.
 */
final class DeferralPhrases {

    private static final int MAX_LENGTH = 40;
    private static final String SOURCE = "(?:the[-_ ]?)?(?:users?|clients?|runtime|env|environment|deploy(?:ment)?"
            + "|operator|ui|vault|secrets?[-_ ]?manager|kms)";
    private static final String SUPPLIED = "(?:provided|supplied|injected|defined|set)";
    private static final Pattern PHRASE = Pattern.compile("(?i)" + SOURCE + "[-_ ]?" + SUPPLIED
            + "|" + SUPPLIED + "[-_ ](?:by|at|in|from|via)[-_ ]" + SOURCE);

    private DeferralPhrases() {
    }

    /**
     * Whether the whole value is a phrase that defers the secret to a user, the environment or a secret store.
     *
     * @param value the value, trimmed or not
     * @return whether it defers
     */
    static boolean defers(String value) {
        String trimmed = value.strip();
        return trimmed.length() <= MAX_LENGTH && trimmed.length() >= 6 && mayNameSupply(trimmed)
                && PHRASE.matcher(trimmed).matches();
    }

    /**
     * Whether the value holds {@code ed} or {@code set} in any ASCII case, as every word {@code SUPPLIED} allows
     * does ({@code provided}, {@code supplied}, {@code injected}, {@code defined}, {@code set}): a value without
     * them cannot match {@code PHRASE}, whose case-insensitive matching folds ASCII letters only.
     */
    private static boolean mayNameSupply(String value) {
        for (int i = 0; i + 1 < value.length(); i++) {
            char c = (char) (value.charAt(i) | 0x20);
            char next = (char) (value.charAt(i + 1) | 0x20);
            if (c == 'e' && next == 'd'
                    || c == 's' && next == 'e' && i + 2 < value.length() && (value.charAt(i + 2) | 0x20) == 't') {
                return true;
            }
        }
        return false;
    }
}

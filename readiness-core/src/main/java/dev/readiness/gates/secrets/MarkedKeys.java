package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.StandInWords;
import java.util.Locale;

/**
 * Keys whose own first word marks them a stand-in: {@code test2-3915…-bbfb…} (a GOV.UK Notify key its owner named
 * {@code test2}), {@code examplekey-644a…-644a…}, {@code demo_9f8e…}, {@code sandbox-…}. Providers that let the owner
 * name a key put the name first, and providers with test modes put the mode there ({@code test_…}); either way the
 * value says it is for trying the integration out, however random its body. A provider's test-mode prefix
 * ({@code test_…}, {@code sandbox-…}) is the sandbox gate's; a number after it makes it a key's own name
 * ({@code test2-…}). The marker must be the whole first word,
 * optionally followed by {@code key}, {@code token} or digits, then {@code -} or {@code _} and a body of at least
 * twenty characters of letters, digits and dashes with a digit in it: a random value that starts with
 * {@code test} is followed by more letters, not by a separator and a long body. Stateless.
 */
final class MarkedKeys {

    private static final int MIN_BODY = 20;

    private MarkedKeys() {
    }

    /**
     * Whether a value is a key marked as a stand-in by its first word.
     *
     * @param value the trimmed value
     * @return {@code true} for a marked key
     */
    static boolean isMarked(String value) {
        int length = value.length();
        if (length < MIN_BODY + 5 || length > 200) {
            return false;
        }
        int end = 0;
        while (end < length && Character.isLetter(value.charAt(end))) {
            end++;
        }
        if (end < 4 || end > 16) {
            return false;
        }
        String word = value.substring(0, end).toLowerCase(Locale.ROOT);
        if (word.endsWith("key")) {
            word = word.substring(0, word.length() - 3);
        } else if (word.endsWith("token")) {
            word = word.substring(0, word.length() - 5);
        }
        if (!StandInWords.KEY_MARKERS.contains(word)) {
            return false;
        }
        int separator = end;
        while (separator < length && separator - end < 3 && Character.isDigit(value.charAt(separator))) {
            separator++;
        }
        if (separator == end && StandInWords.PROVIDER_MODE_WORDS.contains(word)) {
            return false;
        }
        if (separator >= length || value.charAt(separator) != '-' && value.charAt(separator) != '_') {
            return false;
        }
        int body = length - separator - 1;
        boolean digit = false;
        for (int i = separator + 1; i < length; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_') || c > 127) {
                return false;
            }
            digit |= Character.isDigit(c);
        }
        return body >= MIN_BODY && digit;
    }

    /**
     * The problem of a marked key.
     *
     * @param value the value, for its shape only
     * @param purpose what the key is for
     * @return a placeholder problem
     */
    static SecretProblem standIn(String value, SecretPurpose purpose) {
        return new SecretProblem("secrets.placeholder", SecretValues.shape(value),
                "is marked a stand-in by its own first word (test, example, demo, sample, sandbox, …): a key made to "
                        + "try the integration out, committed where everyone can read it, not the key production "
                        + "needs (" + SecretStrength.describe(SecretValues.shape(value)) + ")",
                "Issue a live key for production and supply it from the environment or your secret store. "
                        + SecretStrength.remediation(purpose));
    }
}

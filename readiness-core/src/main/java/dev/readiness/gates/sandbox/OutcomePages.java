package dev.readiness.gates.sandbox;

import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The failure page of a payment or approval flow, read from the page written beside it: {@code payment.toss.fail_url}
 * beside {@code payment.toss.success_url}, KakaoPay's {@code fail_url} beside {@code approval_url}, SSLCommerz'
 * {@code SSLCOMMERZ_FAIL_URL} beside {@code SSLCOMMERZ_SUCCESS_URL}. The provider sends the user's browser to the
 * failure page as it sends it to the success page, so the failure page is as public as its twin. The word
 * {@code fail} alone does not say so ({@code HEALTH_FAIL_URL} is a probe the service calls), which is why the key
 * must have a success, approval, cancel or return twin in the same configuration. Read only once a loopback host is
 * found under the key. Stateless.
 */
final class OutcomePages {

    private static final Set<String> FAILURE_WORDS = Set.of("fail", "failed", "error");
    private static final List<String> TWIN_WORDS = List.of("success", "approval", "cancel", "return");

    private OutcomePages() {
    }

    /**
     * Whether a key names a flow's failure page whose success (approval, cancel, return) twin is set beside it.
     *
     * @param settings every setting of the check
     * @param key the key as written
     * @param words the key's lower-case words
     * @return {@code true} when the twin key holds a value
     */
    static boolean failureBesideTwin(Settings settings, String key, List<String> words) {
        String failure = null;
        for (String word : words) {
            if (FAILURE_WORDS.contains(word)) {
                failure = word;
                break;
            }
        }
        if (failure == null) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf(failure);
        if (at < 0) {
            return false;
        }
        for (String twin : TWIN_WORDS) {
            String twinKey = lower.substring(0, at) + twin + lower.substring(at + failure.length());
            if (settings.get(twinKey).filter(found -> !found.value().isBlank()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}

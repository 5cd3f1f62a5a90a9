package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client id of a payment integration whose endpoint is the provider's sandbox: {@code clientId} beside
 * {@code api.sandbox.paypal.com}, {@code mpesa.auth.client-key} beside {@code sandbox.safaricom.co.ke}. Providers
 * register sandbox and live applications separately and issue each its own client id and secret, so the id is the
 * sandbox application's: moving the endpoint to live fails until the id is replaced too. Ids carry no test prefix
 * of their own ({@code AcS6uZ…}, {@code 0pLxbN83…}), so only the pairing tells.
 * <p>
 * Read only when the same check found a payment provider's sandbox endpoint (catalog test host or path), and only an
 * id in that section (a mode switch set to {@code sandbox} is no evidence: it is reported itself, with the advice to
 * set live credentials with the live mode, and it may be the one line that is wrong beside a live id, as the AfriGest
 * example's broken PayPal line shows; the merge of the forty-sixth pass): the id's key without its role words
 * ({@code client}, {@code consumer}, {@code id}, {@code key}) is empty ({@code clientId}) or begins the evidence's key
 * ({@code mpesa.auth.} for {@code mpesa.auth.host}). An identity provider's client id beside its test tenant is not
 * read (labelled a public identifier), nor an id the deployment supplies, nor one already reported (a placeholder).
 * WARN {@code sandbox.test-credential}. Stateless.
 */
final class SandboxAppIds {

    private SandboxAppIds() {
    }

    /**
     * Adds a WARN for each literal client id in the section of a payment provider's sandbox.
     *
     * @param settings all settings
     * @param signals what the check learnt of each provider
     * @param findings the findings so far; the new ones are appended
     */
    static void judge(Settings settings, ProviderSignals signals, List<Finding> findings) {
        List<Setting> evidence = signals.paymentSandboxEndpoints();
        if (evidence.isEmpty()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Finding finding : findings) {
            reported.add(finding.subject());
        }
        for (Setting setting : settings) {
            String key = setting.key();
            int prefix = idPrefix(key);
            if (prefix < 0 || !literalId(setting.value()) || reported.contains(key)) {
                continue;
            }
            for (Setting proof : evidence) {
                if (proof != setting && proof.key().regionMatches(true, 0, key, 0, prefix)) {
                    findings.add(Finding.warn("sandbox.test-credential", setting)
                            .message(key + " is the client id of a payment integration whose endpoint is the"
                                    + " provider's sandbox (" + proof.key() + "): the id is the sandbox"
                                    + " application's, registered apart from the live one.")
                            .remediation("Set the live application's client id together with the live endpoint,"
                                    + " from the provider's production dashboard.")
                            .build());
                    break;
                }
            }
        }
    }

    /**
     * The length of the key's section before its id words ({@code mpesa.auth.} of {@code mpesa.auth.client-key}, none
     * of {@code clientId}), or {@code -1} when the key does not end in a client id: {@code client id},
     * {@code clientid}, {@code client key}, {@code consumer key}. An {@code app id} is not read: the labelled sets
     * split on it (the same Alipay file is a test credential in one set and an identifier in another).
     */
    static int idPrefix(String key) {
        int length = key.length();
        char last = length == 0 ? ' ' : Character.toLowerCase(key.charAt(length - 1));
        if (last != 'd' && last != 'y') {
            return -1; // …id, …key: every other key is rejected here
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        int idWords;
        String end = size == 0 ? "" : words.get(size - 1);
        if (end.equals("clientid")) {
            idWords = 1;
        } else if (size >= 2 && (end.equals("id") && words.get(size - 2).equals("client") || end.equals("key")
                && (words.get(size - 2).equals("client") || words.get(size - 2).equals("consumer")))) {
            idWords = 2;
        } else {
            return -1;
        }
        if (size == idWords) {
            return 0;
        }
        int at = key.toLowerCase(Locale.ROOT).lastIndexOf(words.get(size - idWords));
        return Math.max(at, 0);
    }

    /**
     * A written id: letters, digits, {@code -}, {@code _} and {@code .}, 8 to 128 characters, with a digit; template
     * text ({@code your-paypal-client-id}, {@code YOUR_CLIENT_KEY}) has none.
     */
    private static boolean literalId(String value) {
        int length = value.length();
        if (length < 8 || length > 128) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean isDigit = c >= '0' && c <= '9';
            digit |= isDigit;
            if (!(isDigit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return digit;
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The initiator of a payment API's business calls named as its sandbox's: {@code MPESA_INITIATOR_NAME=testapi},
 * {@code InitiatorName=testB2cAPI}. An initiator is the operator account a B2C, reversal or balance request is made
 * in the name of; the sandbox hands every developer one whose name starts with {@code test}, and a live initiator is
 * the operator the business created. Judged under a key whose words include {@code initiator} (not its password or
 * credential, which other rules read); a value of letters and digits that starts with {@code test}. Stateless.
 */
final class TestInitiators {

    private static final String INITIATOR = "initiator";
    private static final String TEST = "test";
    private static final int LONGEST = 24;
    private static final List<String> SECRET_WORDS = List.of("password", "pass", "pwd", "credential", "credentials",
            "secret", "key");

    private TestInitiators() {
    }

    /**
     * The finding on an initiator named as a sandbox's, or {@code null}.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return a {@code sandbox.test-credential} finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int length = value.length();
        if (length < TEST.length() || length > LONGEST || (value.charAt(0) | 0x20) != 't'
                || !value.regionMatches(true, 0, TEST, 0, TEST.length()) || !lettersAndDigits(value)) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (!words.contains(INITIATOR)) {
            return null;
        }
        for (String word : words) {
            if (SECRET_WORDS.contains(word)) {
                return null;
            }
        }
        return SandboxFindings.testCredential(setting, null, "an API initiator named as the sandbox's", TEST);
    }

    private static boolean lettersAndDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}

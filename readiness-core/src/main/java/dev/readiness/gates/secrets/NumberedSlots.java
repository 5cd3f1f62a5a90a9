package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * Numbered slots of one setting ({@code SSH_AUTH_KEY_1=…}, {@code SSH_AUTH_KEY_2=}; {@code GROQ_API_KEY=…} with
 * {@code GROQ_API_KEY_2=} for rotation when the first runs out): a deployment fills as many as it needs, so a blank
 * second or later slot beside a first slot (numbered 1, or unnumbered) that holds a value is a slot left unused, not a
 * required secret left empty. The first slot, a blank slot with no filled first slot beside it, and a digit that is part of a
 * word ({@code ROOT_PASSWORD_SHA2}) are judged as before.
 */
final class NumberedSlots {

    private NumberedSlots() {
    }

    static boolean isUnusedExtraSlot(Settings settings, String key) {
        int length = key.length();
        int digits = length;
        while (digits > 0 && Character.isDigit(key.charAt(digits - 1))) {
            digits--;
        }
        if (digits == length || digits < 2 || length - digits > 2) {
            return false;
        }
        char separator = key.charAt(digits - 1);
        if (separator != '_' && separator != '.' && separator != '-') {
            return false;
        }
        int slot = Integer.parseInt(key.substring(digits));
        if (slot < 2) {
            return false;
        }
        return filled(settings.get(key.substring(0, digits) + "1")) || filled(settings.get(key.substring(0, digits - 1)));
    }

    private static boolean filled(Optional<Setting> setting) {
        return setting.isPresent() && !setting.get().value().isBlank();
    }
}

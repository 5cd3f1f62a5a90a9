package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;

/**
 * A reference whose default spells the name of its own variable ({@code ${PICOVOICE_ACCESS_KEY:MISSING-SET-PICOVOICE_ACCESS_KEY}},
 * {@code ${STRIPE_KEY:STRIPE_KEY_MISSING}}, {@code ${API_TOKEN:api-token-not-set}}): the default is a label saying
 * which variable to set, not a value, and it is what runs when the variable is unset. However long and mixed it is,
 * it is no secret. A default that only shares a word with the name ({@code ${REDIS_PASSWORD:redis}}) is judged as
 * written. Names shorter than six letters and digits ({@code ${KEY:key1}}) are no evidence, and a default without
 * {@code _} or {@code -} is not read (the names it would spell have them). Stateless.
 */
final class SelfNamedDefaults {

    private static final int MIN_NAME = 6;

    /** What the settings' placeholder resolution adds to the origin of a value it took from a reference's default. */
    private static final String RESOLVED_DEFAULT = " via the default of ${";

    private SelfNamedDefaults() {
    }

    /**
     * Whether a setting written as {@code ${NAME:default}} has a default that contains {@code NAME}, compared by its
     * letters and digits in any case.
     *
     * @param setting the setting, whose value is read as written, or whose origin names the reference it was
     *        resolved from
     * @param effective the default the reference falls back to
     * @return {@code true} when the default names its own variable
     */
    static boolean namesItsVariable(Setting setting, String effective) {
        if (effective.length() < MIN_NAME || effective.indexOf('_') < 0 && effective.indexOf('-') < 0) {
            return false;
        }
        String raw = setting.value();
        int open = raw.indexOf("${");
        int end = open < 0 ? -1 : raw.indexOf(':', open + 2);
        if (open < 0 || end < 0 || raw.length() == effective.length()) {
            raw = setting.origin().description();
            open = raw.indexOf(RESOLVED_DEFAULT);
            if (open < 0) {
                return false;
            }
            open += RESOLVED_DEFAULT.length() - 2;
            end = raw.indexOf('}', open + 2);
            if (end < 0) {
                return false;
            }
        }
        String name = letters(raw, open + 2, end, true);
        return name.length() >= MIN_NAME && letters(effective, 0, effective.length(), false).contains(name);
    }

    /**
     * The letters and digits of a region, lower-case; for a {@code name}, empty when the region holds anything but
     * letters, digits and {@code _-.}, as a variable's name does not.
     */
    private static String letters(String text, int from, int to, boolean name) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (name && c != '_' && c != '-' && c != '.') {
                return "";
            }
        }
        return out.toString();
    }
}

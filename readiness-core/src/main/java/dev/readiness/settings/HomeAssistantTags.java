package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Home Assistant's and ESPHome's YAML tags that take a value from elsewhere: {@code !secret wifi_password} reads the
 * entry {@code wifi_password} of the installation's {@code secrets.yaml} (the documented way to keep passwords, API
 * keys and OTA passwords out of {@code configuration.yaml}), and Home Assistant's {@code !env_var DB_PASSWORD} reads
 * the environment variable. The name is not the secret: it was read as one ({@code wifi.password=!secret
 * wifi_password} was {@code secrets.placeholder} NO-GO, and YAML's reader dropped the tag so only
 * {@code wifi_password} was left; thirty-third pass, probing home-automation configuration). The YAML reader keeps
 * these two tags' text ({@code yaml.LocalTags}), and a whole value of the tag and one name is deferred to the file or
 * variable it names. {@code !env_var NAME default}, with a default, is left as written. Stateless.
 */
final class HomeAssistantTags {

    private HomeAssistantTags() {
    }

    /**
     * What supplies a value that is one of these tags and a name.
     *
     * @param value the value as written
     * @return a description of what supplies it (never the name), or {@code null} for any other value
     */
    static @Nullable String suppliedBy(String value) {
        if (value.startsWith("!secret ") && isName(value, 8)) {
            return "an entry of Home Assistant's or ESPHome's secrets.yaml";
        }
        if (value.startsWith("!env_var ") && isName(value, 9)) {
            return "an environment variable Home Assistant reads at start";
        }
        return null;
    }

    private static boolean isName(String value, int from) {
        if (value.length() <= from || value.length() > from + 128) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}

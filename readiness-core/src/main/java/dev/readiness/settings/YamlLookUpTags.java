package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Values that Home Assistant, ESPHome and Zigbee2MQTT look up in another file when they load their YAML:
 * {@code password: !secret mqtt_password} names an entry of {@code secrets.yaml}, {@code !env_var DB_PASSWORD} an
 * environment variable and {@code !include keys.yaml} a file; Zigbee2MQTT writes the same look-up as a quoted string
 * ({@code password: '!secret mqtt_password'}, older releases {@code '!secret.yaml password'}, and a file of another name {@code '!secrets.yaml password'}), since its loader reads
 * no tags. The text is the name of the entry, not its value, so the setting is deferred to that entry, as an unset
 * {@code ${X}} is; the YAML reader keeps these tags in front of the name so that a tagged and a quoted look-up read
 * alike. A name with spaces, a second word ({@code !env_var DB_PASSWORD changeme}, whose default is judged) and any
 * other tag stay as written. Stateless.
 */
final class YamlLookUpTags {

    private YamlLookUpTags() {
    }

    /**
     * What supplies a value written as a look-up tag and one name.
     *
     * @param value the value as written
     * @return a description naming the entry (never a value), or {@code null} when the value is no such look-up
     */
    static @Nullable String suppliedBy(String value) {
        String text = value.strip();
        int space = text.indexOf(' ');
        if (text.length() < 4 || text.length() > 160 || text.charAt(0) != '!' || space < 0) {
            return null;
        }
        String tag = text.substring(0, space);
        String name = text.substring(space + 1).strip();
        if (name.isEmpty() || !isName(name)) {
            return null;
        }
        if (tag.equals("!secret") || tag.startsWith("!secret") && (tag.endsWith(".yaml") || tag.endsWith(".yml"))) {
            return "the secrets.yaml entry " + name + ", looked up when the configuration loads";
        }
        if (tag.equals("!env_var")) {
            return "the environment variable " + name + ", looked up when the configuration loads";
        }
        return tag.equals("!include") ? "the included file " + name : null;
    }

    /**
     * Whether a file's loader may read look-up tags: not the process environment (a dotenv file, a container's
     * {@code env}, a Compose service's {@code environment}), which hands the text to the service as written, and not
     * a Spring Boot application file ({@code application*}, {@code bootstrap*}), whose loader reads {@code '!secret x'}
     * as text and refuses a tagged one. Hostile testing, thirty-fourth pass: {@code DB_PASSWORD=!secret G7K3M9P2H4K8}
     * in a dotenv file was deferred as a look-up and its "entry's name", the password, printed whole.
     *
     * @param origin where the setting was written
     * @return {@code false} for a Spring application file; {@code true} for any other file or origin
     */
    static boolean readsTags(Origin origin) {
        String file = origin.file().orElse("");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
                .toLowerCase(java.util.Locale.ROOT);
        return !(name.startsWith("application") || name.startsWith("bootstrap"));
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' || c == '/')) {
                return false;
            }
        }
        return true;
    }
}

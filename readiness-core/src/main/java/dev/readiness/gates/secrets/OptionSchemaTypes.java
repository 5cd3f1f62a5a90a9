package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.regex.Pattern;

/**
 * The option schema of a Home Assistant add-on manifest ({@code config.yaml}'s {@code schema:} beside its
 * {@code options:}), which declares each option's type: {@code mqtt_user: str?}, {@code mqtt_pass: password?},
 * {@code port: port}, {@code level: list(debug|info)}, {@code ocpp_verbose: int(0,22)}. The type {@code password}
 * (with {@code ?} when the option may be left out) tells the Supervisor to mask the field; it is no password. Set
 * 173's wallbox add-on had {@code schema.mqtt_pass=password?} reported as a guessable password. Read only under a
 * key whose first word is {@code schema} and only when another option of the same schema declares a type of the
 * grammar, so a lone {@code schema.password=password} stays a password. Forty-fourth pass. Stateless.
 */
final class OptionSchemaTypes {

    private static final String PREFIX = "schema.";

    /** The Supervisor's option types, each with {@code ?} when optional. */
    private static final Pattern TYPE = Pattern.compile("(?:str|bool|int|float|email|url|port|password|device)"
            + "(?:\\(.{0,200}\\))?\\??|(?:match|list)\\(.{1,400}\\)\\??");

    private OptionSchemaTypes() {
    }

    /**
     * Whether a value is the {@code password} type of an add-on's option schema.
     *
     * @param settings the configuration, for the schema's other options
     * @param key the key of the value
     * @param value the trimmed value
     * @return {@code true} for {@code password} or {@code password?} under {@code schema.}, beside another option of
     *     the schema that declares a type
     */
    static boolean declaresPasswordType(Settings settings, String key, String value) {
        if (!key.startsWith(PREFIX) || !(value.equals("password") || value.equals("password?"))) {
            return false;
        }
        for (Setting other : settings) {
            String otherKey = other.key();
            if (otherKey.startsWith(PREFIX) && !otherKey.equals(key)
                    && !other.value().strip().startsWith("password") && TYPE.matcher(other.value().strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}

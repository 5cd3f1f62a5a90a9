package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import java.util.Locale;

/**
 * Where a value written {@code False} or {@code None} can be Python's "not set" rather than that text: a setting of a
 * configuration file a Python program parses (Odoo's {@code odoo.conf} writes {@code db_user = False} and
 * {@code smtp_password = False} for every option it has no value for). Not the process environment, which hands the
 * text to the service as written ({@code DB_PASSWORD=False} from a dotenv file, a container's {@code env} or a Compose
 * {@code environment} is the five-letter password {@code False}, whatever language reads it), and not a Spring Boot
 * application file ({@code application*}, {@code bootstrap*}), which Java reads as text. A key with no lower-case
 * letter is an environment variable's name wherever it is written. Hostile testing, thirty-fifth pass:
 * {@code DB_USER=False} beside {@code DB_PASSWORD=False} in a dotenv file was GO in production. Stateless.
 */
public final class PythonUnsetLiterals {

    private PythonUnsetLiterals() {
    }

    /**
     * Whether a setting's {@code False} or {@code None} may be read as Python's unset literal.
     *
     * @param setting the setting
     * @return {@code false} for the process environment's sources, Spring application files and upper-case keys
     */
    public static boolean mayBeUnset(Setting setting) {
        String key = setting.key();
        boolean lower = false;
        for (int i = 0; i < key.length() && !lower; i++) {
            lower = key.charAt(i) >= 'a' && key.charAt(i) <= 'z';
        }
        if (!lower || setting.origin().description().startsWith("environment variable ")) {
            return false;
        }
        String file = setting.origin().file().orElse("");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return !(name.endsWith(".env") || name.startsWith(".env") || name.startsWith("application")
                || name.startsWith("bootstrap"));
    }
}

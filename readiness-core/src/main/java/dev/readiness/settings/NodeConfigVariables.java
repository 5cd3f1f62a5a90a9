package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * node-config's {@code config/custom-environment-variables.json} (or {@code .yaml}, {@code .js}): a file whose every
 * value is the NAME of the environment variable that overrides the setting ({@code "db": {"password": "DB_PASSWORD"}},
 * or {@code {"__name": "PORT", "__format": "number"}}), never the value. node-config reads that variable at start-up
 * and leaves the setting alone when it is unset, so such a value is deferred to the environment, as
 * {@code ${DB_PASSWORD}} is. Only a file of that name is read so, and only a value that is a variable's name in
 * capitals; the same {@code DB_PASSWORD} in {@code production.json} is a value (a name standing in for the secret)
 * and stays judged. Stateless.
 */
final class NodeConfigVariables {

    private static final String FILE_NAME = "custom-environment-variables";

    private NodeConfigVariables() {
    }

    /**
     * What supplies a setting of node-config's environment-variable map.
     *
     * @param setting a setting as written
     * @return a description naming the variable (never a value), or {@code null} for any other setting
     */
    static @Nullable String suppliedBy(Setting setting) {
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > 128 || !(value.charAt(0) >= 'A' && value.charAt(0) <= 'Z')) {
            return null;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return null;
            }
        }
        String file = setting.origin().file().orElse(null);
        if (file == null || !file.toLowerCase(java.util.Locale.ROOT).contains(FILE_NAME)) {
            return null;
        }
        return "environment variable " + value + " at run time (node-config's " + FILE_NAME + " map)";
    }
}

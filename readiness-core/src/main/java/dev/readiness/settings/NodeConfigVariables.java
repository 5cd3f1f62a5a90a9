package dev.readiness.settings;

import dev.readiness.internal.SecretShapedKeys;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * node-config's {@code config/custom-environment-variables.json} (or {@code .yml}, {@code .js}): a file whose values
 * are not values but the NAMES of the environment variables that override each key at start-up
 * ({@code "jwt": {"privateKey": "APP_JWT_PRIVATE_KEY"}}, or {@code {"__name": "PORT", "__format": "json"}}). Each
 * value is supplied at run time by the variable it names, so it is deferred, never judged as a secret or a host.
 * Read from the file's name, which node-config fixes. Stateless.
 */
final class NodeConfigVariables {

    private static final String FILE_NAME = "custom-environment-variables";
    private static final int MAX_NAME = 128;

    private NodeConfigVariables() {
    }

    /**
     * What supplies a setting of node-config's custom-environment-variables file, or {@code null} for any other
     * setting.
     *
     * @param setting a setting as written
     * @return how the value is supplied at run time
     */
    static @Nullable String suppliedBy(Setting setting) {
        String value = setting.value().strip();
        boolean format = setting.key().endsWith(".__format");
        if (!format && !isVariableName(value)) {
            return null; // the value first: most values are no variable's name, and the file's need not be read
        }
        Optional<String> file = setting.origin().file();
        if (file.isEmpty() || file.get().indexOf(FILE_NAME) < 0
                && !file.get().toLowerCase(Locale.ROOT).contains(FILE_NAME)) {
            return null;
        }
        return format ? "node-config's format of the environment variable named beside it"
                : "environment variable " + value + " at run time (node-config's custom-environment-variables)";
    }

    /**
     * Whether a value is an environment variable's name: letters, digits and {@code _}, with at least one capital,
     * written in capitals ({@code DB_PASSWORD}), in words joined by {@code _} ({@code ForEvents_dbPass}) or in camel
     * case ({@code dbPassword}); a word in lower case only ({@code changeme}) is a value a template left, judged as
     * written. So is a capitalised word without {@code _} ({@code Password1}, {@code ChangeMe}) and a value shaped like
     * a secret ({@code Xk9mQ2vL8pR4tY7wN3zB}, an AWS access key id, {@code ghp_…}): hostile testing, thirty-third pass,
     * each was deferred as a variable's name.
     */
    private static boolean isVariableName(String value) {
        if (value.isEmpty() || value.length() > MAX_NAME
                || !(Character.isLetter(value.charAt(0)) || value.charAt(0) == '_') || value.charAt(0) > 127) {
            return false;
        }
        boolean capital = false;
        boolean lower = false;
        boolean underscore = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            capital |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            underscore |= c == '_';
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        if (!capital || lower && !underscore && !Character.isLowerCase(value.charAt(0))) {
            return false;
        }
        return value.length() < SecretShapedKeys.MIN_LENGTH || !SecretShapedKeys.holdsSecret(value);
    }
}

package dev.readiness.gates.database;

import dev.readiness.settings.Setting;

/**
 * A host or port whose default is written the shell's way in a file that Spring reads the other way:
 * {@code jdbc:postgresql://${POSTGRES_HOST:-localhost}:${POSTGRES_PORT:-5432}/app} in a Dropwizard or Go service's
 * YAML, or a {@code .properties} file. Dropwizard (Apache Commons Text), Go's and Python's YAML loaders and the shell
 * read the default {@code localhost}; Spring reads {@code -localhost}, a host no resolver knows. Either way the
 * default is the developer's fallback, so the gate judges the host as the shell reads it: the dash a default left
 * after {@code ://}, after {@code @} or at the start of the value is dropped, as is one before a port's digits. The
 * resolver writes such a value's route into its origin ({@code the default of ${POSTGRES_HOST}}); a value without
 * that route is taken as written. Stateless.
 */
final class ShellDefaults {

    private static final String DEFAULT_ROUTE = "the default of ${";

    private ShellDefaults() {
    }

    /**
     * The setting with the dashes of shell-style defaults dropped from its value, or the setting itself.
     *
     * @param setting a setting
     * @return the setting as the shell would read it
     */
    static Setting read(Setting setting) {
        String value = setting.value();
        if (value.isEmpty() || value.charAt(0) != '-' && value.indexOf("://-") < 0 && value.indexOf("@-") < 0
                || !setting.origin().description().contains(DEFAULT_ROUTE)) {
            return setting;
        }
        StringBuilder read = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' && (i == 0 || value.charAt(i - 1) == '@' || value.startsWith("://", i - 3)
                    || value.charAt(i - 1) == ':' && i + 1 < value.length() && Character.isDigit(value.charAt(i + 1))
                    && value.lastIndexOf("://", i) >= 0 && value.indexOf('/', value.lastIndexOf("://", i) + 3) > i)) {
                continue;
            }
            read.append(c);
        }
        String text = read.toString();
        if (setting.isDeferred()) {
            return Setting.deferred(setting.key(), text, setting.origin(), setting.suppliedBy().orElse(""));
        }
        return setting.isLiteral() ? Setting.literal(setting.key(), text, setting.origin())
                : Setting.of(setting.key(), text, setting.origin());
    }
}

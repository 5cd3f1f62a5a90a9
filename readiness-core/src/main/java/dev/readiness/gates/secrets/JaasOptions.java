package dev.readiness.gates.secrets;

import java.util.Optional;

/**
 * The options of a JAAS login-module configuration written as one value, as Kafka clients take it in
 * {@code sasl.jaas.config}: {@code LoginModuleClass required name="value" name2='value2';}. Stateless.
 */
final class JaasOptions {

    private static final String PASSWORD = "password";

    private JaasOptions() {
    }

    /**
     * The value of the first {@code password} option, quoted with {@code "} or {@code '}.
     *
     * @param configuration the whole JAAS configuration value
     * @return the password as written, or empty when there is no quoted password option
     */
    static Optional<String> password(String configuration) {
        for (int at = configuration.indexOf(PASSWORD); at >= 0; at = configuration.indexOf(PASSWORD, at + 1)) {
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(configuration.charAt(at - 1))
                    && configuration.charAt(at - 1) != '.' && configuration.charAt(at - 1) != '_';
            int i = at + PASSWORD.length();
            while (i < configuration.length() && configuration.charAt(i) == ' ') {
                i++;
            }
            if (!wordStart || i >= configuration.length() || configuration.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < configuration.length() && configuration.charAt(i) == ' ') {
                i++;
            }
            if (i >= configuration.length()) {
                return Optional.empty();
            }
            char quote = configuration.charAt(i);
            if (quote != '"' && quote != '\'') {
                continue;
            }
            int end = configuration.indexOf(quote, i + 1);
            return end < 0 ? Optional.empty() : Optional.of(configuration.substring(i + 1, end));
        }
        return Optional.empty();
    }
}

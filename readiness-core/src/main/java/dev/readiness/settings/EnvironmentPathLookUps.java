package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Environment look-ups written as a path, as LiteLLM's proxy configuration writes them: {@code api_key:
 * os.environ/AZURE_API_KEY} and {@code database_url: os.environ/DATABASE_URL} are read from the environment variable
 * when the proxy loads its {@code config.yaml}. The text names the variable, not its value, so the setting is deferred
 * to the environment, as an unset {@code ${X}} is; a name that is no identifier ({@code os.environ/}, spaces, a second
 * path segment) stays as written and is judged. Stateless.
 */
final class EnvironmentPathLookUps {

    private static final String PREFIX = "os.environ/";

    private EnvironmentPathLookUps() {
    }

    /**
     * What supplies a value written as an environment path look-up.
     *
     * @param value the value as written
     * @return a description naming the variable (never a value), or {@code null} when the value is no such look-up
     */
    static @Nullable String suppliedBy(String value) {
        String text = value.strip();
        if (!text.startsWith(PREFIX) || text.length() == PREFIX.length() || text.length() > 160) {
            return null;
        }
        char first = text.charAt(PREFIX.length());
        if (!(Character.isLetter(first) && first < 128 || first == '_')) {
            return null;
        }
        for (int i = PREFIX.length() + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return null;
            }
        }
        return "the environment variable " + text.substring(PREFIX.length()) + ", read by LiteLLM when it loads";
    }
}

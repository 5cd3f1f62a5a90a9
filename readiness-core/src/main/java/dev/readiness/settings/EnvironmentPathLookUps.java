package dev.readiness.settings;

/**
 * LiteLLM's environment look-ups: its proxy {@code config.yaml} writes {@code api_key: os.environ/ANTHROPIC_API_KEY},
 * {@code master_key: os.environ/LITELLM_MASTER_KEY}, {@code database_url: os.environ/DATABASE_URL} and
 * {@code api_base: os.environ/LLM_BASE_URL}, and the proxy reads the named variable when it loads the file. A whole
 * value of that form is read as the placeholder it means ({@code ${ANTHROPIC_API_KEY}}), resolved or deferred like any
 * other; a value with anything after the name ({@code os.environ/KEY extra}) or a name that is no variable's stays as
 * written. Stateless.
 */
final class EnvironmentPathLookUps {

    private static final String PREFIX = "os.environ/";

    private EnvironmentPathLookUps() {
    }

    /**
     * The setting with a whole-value look-up written as a placeholder.
     *
     * @param written the setting as written
     * @return the rewritten setting, or {@code written} itself when its value is no such look-up
     */
    static Setting read(Setting written) {
        String value = written.value();
        if (written.isDeferred() || written.isLiteral() || !value.startsWith(PREFIX)
                || value.length() == PREFIX.length()) {
            return written;
        }
        for (int i = PREFIX.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && !(i > PREFIX.length() && c >= '0' && c <= '9')) {
                return written;
            }
        }
        return Setting.of(written.key(), "${" + value.substring(PREFIX.length()) + "}", written.origin());
    }
}

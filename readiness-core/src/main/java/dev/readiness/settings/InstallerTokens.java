package dev.readiness.settings;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whole values that are an installer's or generator's tokens: {@code database: {{POSTGRES_DB}}} and
 * {@code password: {{POSTGRES_PW}}} in a Grafana data source an install script renders, {@code POSTGRES_USER:
 * {{POSTGRES_USER}}} in a Compose file a generator fills, {@code _APP_DB_PASS={{_APP_DB_PASS}}} in Appwrite's
 * {@code .env} template. Each token is one upper-case variable name, as the environment's are (Appwrite's open with
 * an underscore), and the file gives whole values to two or more different ones: the tool substitutes them from its
 * variables as a shell substitutes {@code ${POSTGRES_PW}}, so the token is not what the service reads. A note of
 * what a person should type is no such evidence: a name that addresses the reader ({@code {{YOUR_ACCESS_TOKEN}}},
 * {@code {{ENTER_API_KEY}}}, {@code {{REPLACE_ME}}}, also after leading underscores), the same token written twice
 * (a sample's one fill-in for two tokens), a phrase ({@code {{a random password for jwt}}}) or a lower-case name
 * (judged by {@link JinjaReferences}). Stateless; reads only values that start with {@code {{}.
 */
final class InstallerTokens {

    /** The words a fill-in marker opens with, addressing the reader or telling what to do. */
    private static final List<String> FILL_IN_STARTS = List.of("YOUR", "MY", "ENTER", "INSERT", "PASTE", "REPLACE",
            "CHANGE", "PUT", "ADD", "SET", "FILL", "TODO", "CHANGEME", "PLACEHOLDER");

    private static final String SLOT = "\u0001";

    private InstallerTokens() {
    }

    /**
     * Whether a value is a whole installer token and the file already gave another whole value a different one.
     * Records the file's first token in {@code seen}.
     *
     * @param value the setting's value
     * @param file its file
     * @param seen the tokens seen so far, keyed by file
     * @return {@code true} from the second different token of a file on
     */
    static boolean secondInFile(String value, String file, Map<String, String> seen) {
        String name = token(value.strip());
        if (name == null) {
            return false;
        }
        String first = seen.putIfAbsent(file + SLOT, name);
        return first != null && !first.equals(name);
    }

    /** The variable a whole {@code {{NAME}}} value names, when NAME is an upper-case variable name, or {@code null}. */
    static @Nullable String token(String value) {
        int length = value.length();
        if (length < 6 || !value.startsWith("{{") || !value.endsWith("}}")) {
            return null;
        }
        int start = 2;
        int end = length - 2;
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        int letter = start;
        while (letter < end && value.charAt(letter) == '_') {
            letter++; // Appwrite's own variables open with an underscore: {{_APP_DB_PASS}}
        }
        if (end - letter < 2 || !(value.charAt(letter) >= 'A' && value.charAt(letter) <= 'Z')) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return null;
            }
        }
        String name = value.substring(start, end);
        int words = letter - start;
        for (String fillIn : FILL_IN_STARTS) {
            if (name.startsWith(fillIn, words) && (name.length() == words + fillIn.length()
                    || name.charAt(words + fillIn.length()) == '_')) {
                return null;
            }
        }
        return name;
    }
}

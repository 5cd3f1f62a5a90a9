package dev.readiness.gates.secrets;

import dev.readiness.settings.Origin;
import java.util.Locale;
import java.util.Set;

/**
 * The file name an origin names ({@code config/.env.example:3} → {@code .env.example}, {@code [application-local.yaml]}
 * → {@code application-local.yaml}) and whether one of its words ({@code .}, {@code _} and {@code -} separate them)
 * is in a set. Stateless.
 */
final class FileNameWords {

    private FileNameWords() {
    }

    /**
     * The lower-case name of the file an origin names, or the whole description's last segment when it names none.
     */
    static String fileName(Origin origin) {
        String description = origin.description();
        int start = Math.max(Math.max(description.lastIndexOf('/'), description.lastIndexOf('\\')),
                description.lastIndexOf('[')) + 1;
        int end = start;
        while (end < description.length() && description.charAt(end) != ']' && description.charAt(end) != ':'
                && description.charAt(end) != ' ') {
            end++;
        }
        return description.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a word of three characters or more of {@code name} is one of {@code words}. */
    static boolean hasWord(String name, Set<String> words) {
        int wordStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.' || name.charAt(i) == '_' || name.charAt(i) == '-') {
                if (i - wordStart >= 3 && words.contains(name.substring(wordStart, i))) {
                    return true;
                }
                wordStart = i + 1;
            }
        }
        return false;
    }
}

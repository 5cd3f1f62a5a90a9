package dev.readiness.gates.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shell command substitutions written as a whole value: {@code $(openssl rand -hex 32)},
 * {@code `head -c32 /dev/urandom | base64`}, Kamal's {@code $(echo "$SECRETS" | grep DATABASE_URL | cut -d= -f2-)}. A
 * shell that sources the file (or a reader that evaluates them, as Kamal's does) runs the command; whether it prints
 * text written here ({@code $(echo postgres://…)}) or reads or makes its output is what the gates ask. Stateless.
 */
public final class CommandSubstitutions {

    private CommandSubstitutions() {
    }

    /**
     * Whether the trimmed value is one command substitution and nothing else.
     *
     * @param trimmed the value, trimmed
     * @return {@code true} for {@code $(…)} (not arithmetic {@code $((…))}) or a backquoted command filling the value
     */
    public static boolean isWhole(String trimmed) {
        if (trimmed.length() < 4) {
            return false;
        }
        if (trimmed.charAt(0) == '`') {
            return trimmed.charAt(trimmed.length() - 1) == '`' && trimmed.indexOf('`', 1) == trimmed.length() - 1;
        }
        if (!trimmed.startsWith("$(") || trimmed.startsWith("$((") || trimmed.charAt(trimmed.length() - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 1; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i != trimmed.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * What {@code echo WORDS} or {@code printf [%s] WORD} inside a whole-value substitution prints, when the command
     * holds nothing a shell would expand or run (no {@code $}, backquote, pipe, redirection, list or glob).
     *
     * @param value a value for which {@link #isWhole(String)} holds of its trimmed text
     * @return the printed text, or {@code null} when the command reads or makes its output
     */
    public static @Nullable String printed(String value) {
        String trimmed = value.strip();
        String command = trimmed.charAt(0) == '`' ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed.substring(2, trimmed.length() - 1);
        for (int i = 0; i < command.length(); i++) {
            if ("$`|;&<>()\\*?[]{}~!#\n\r".indexOf(command.charAt(i)) >= 0) {
                return null;
            }
        }
        List<String> words = words(command.strip());
        if (words == null || words.size() < 2) {
            return null;
        }
        String name = words.get(0);
        int first = 1;
        if (name.equals("echo")) {
            while (first < words.size() - 1 && (words.get(first).equals("-n") || words.get(first).equals("-e")
                    || words.get(first).equals("-E"))) {
                first++;
            }
            return String.join(" ", words.subList(first, words.size()));
        }
        if (!name.equals("printf")) {
            return null;
        }
        if (words.size() == 3 && words.get(1).equals("%s")) {
            return words.get(2);
        }
        return words.size() == 2 && words.get(1).indexOf('%') < 0 ? words.get(1) : null;
    }

    /** Words split at blanks outside quotes, each without its quotes; {@code null} when a quote is not closed. */
    private static @Nullable List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return null;
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

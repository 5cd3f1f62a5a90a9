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
     * holds nothing a shell would expand or run (no {@code $}, backquote, pipe, redirection, list or glob). The program
     * may be named by its absolute path ({@code /bin/echo}) or after {@code command} or {@code builtin}, and a quoted
     * printf format may end in {@code \n} ({@code printf '%s\n' WORD}, the portable spelling), which the
     * substitution drops (the thirty-eighth pass found each spelling passing as a generated value).
     *
     * @param value a value for which {@link #isWhole(String)} holds of its trimmed text
     * @return the printed text, or {@code null} when the command reads or makes its output
     */
    public static @Nullable String printed(String value) {
        String trimmed = value.strip();
        String command = trimmed.charAt(0) == '`' ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed.substring(2, trimmed.length() - 1);
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' ? i + 1 == command.length() || command.charAt(++i) != 'n'
                    : "$`|;&<>()*?[]{}~!#\n\r".indexOf(c) >= 0) {
                return null; // a backslash only as the \n a printf format ends with
            }
        }
        List<String> words = words(command.strip());
        if (words == null) {
            return null;
        }
        int at = 0;
        while (at < words.size() - 1 && (words.get(at).equals("command") || words.get(at).equals("builtin"))) {
            at++; // command echo …, builtin printf …: the same command, not a function of that name
        }
        if (words.size() - at < 2) {
            return null;
        }
        String name = programName(words.get(at));
        int first = at + 1;
        if (name.equals("echo")) {
            while (first < words.size() - 1 && (words.get(first).equals("-n") || words.get(first).equals("-e")
                    || words.get(first).equals("-E"))) {
                first++;
            }
            List<String> printed = words.subList(first, words.size());
            return printed.stream().anyMatch(word -> word.indexOf('\\') >= 0) ? null : String.join(" ", printed);
        }
        if (!name.equals("printf")) {
            return null;
        }
        String format = withoutTrailingNewlines(words.get(first));
        if (format.indexOf('\\') >= 0) {
            return null;
        }
        if (words.size() - first == 2 && format.equals("%s")) {
            String printed = words.get(first + 1);
            return printed.indexOf('\\') >= 0 ? null : printed;
        }
        return words.size() - first == 1 && format.indexOf('%') < 0 ? format : null;
    }

    /**
     * The program a command word runs: {@code echo} for {@code /bin/echo} and {@code /usr/bin/echo}, the word itself
     * otherwise (an absolute path names the program at its end; a relative one may be anything).
     */
    private static String programName(String word) {
        int slash = word.lastIndexOf('/');
        return slash >= 0 && word.charAt(0) == '/' ? word.substring(slash + 1) : word;
    }

    /**
     * A printf format without the {@code \n} sequences that end it: the substitution drops the newlines they print,
     * so {@code printf '%s\n' WORD} gives the value {@code printf %s WORD} gives.
     */
    private static String withoutTrailingNewlines(String format) {
        int end = format.length();
        while (end >= 2 && format.charAt(end - 2) == '\\' && format.charAt(end - 1) == 'n') {
            end -= 2;
        }
        return format.substring(0, end);
    }

    /**
     * Words split at blanks outside quotes, each without its quotes; {@code null} when a quote is not closed or a
     * backslash stands outside quotes.
     */
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
            } else if (c == '\\') {
                return null; // an escape outside quotes, which the shell removes: not modelled
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

package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * The literal a whole Spring expression gives: {@code @Value} evaluates {@code #{…}} after resolving placeholders, so
 * {@code #{'changeme'}} is the text {@code changeme}, and {@code #{environment['JWT_SECRET'] ?: 'changeme'}} falls back
 * to it, as a {@code ${JWT_SECRET:changeme}} default does (forty-third pass: such a value was taken for a reference
 * the platform fills, GO without a word). Only those two forms and a ternary's literal branch (forty-fifth pass), with
 * string literals joined by {@code +} taken for their joined text (forty-fourth pass); any other expression is still
 * a value computed at run time. Stateless.
 */
final class SpelLiterals {

    private SpelLiterals() {
    }

    /**
     * The literal of a whole expression {@code #{'…'}}, or of its Elvis fallback {@code #{… ?: '…'}}.
     *
     * @param value a value, trimmed
     * @return the literal with SpEL's doubled quotes undone, or {@code null} for any other value
     */
    static @Nullable String literal(String value) {
        if (value.length() < 5 || !value.startsWith("#{") || value.charAt(value.length() - 1) != '}') {
            return null;
        }
        String body = value.substring(2, value.length() - 1).strip();
        String whole = quoted(body);
        if (whole != null) {
            return whole;
        }
        int elvis = body.lastIndexOf("?:");
        if (elvis >= 0) {
            return quoted(body.substring(elvis + 2).strip());
        }
        return ternary(body);
    }

    /**
     * The literal a ternary {@code cond ? '…' : '…'} may give (forty-fifth pass: {@code #{c ? 'a' : 'changeme'}} was
     * a value computed at run time, GO without a word, though the condition picks one of two written values): the
     * branch that is a literal where one is; where both are, the shorter, which a weak value usually is; nested
     * ternaries in a branch are read the same way. {@code null} when no branch is a literal or {@code text} is no
     * ternary at its top level (a {@code ?.} safe navigation or {@code ?[…]} selection is none).
     */
    private static @Nullable String ternary(String text) {
        int question = -1;
        int pending = 0;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: the same for this scan
            }
            else if (c == '\'' || c == '"') {
                quote = c;
            }
            else if (c == '(' || c == '[' || c == '{') {
                depth++;
            }
            else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            else if (depth == 0 && c == '?' && i + 1 < text.length() && ".[:".indexOf(text.charAt(i + 1)) < 0) {
                question = question < 0 ? i : question;
                pending++;
            }
            else if (depth == 0 && c == ':' && pending > 0 && --pending == 0) {
                String then = branch(text.substring(question + 1, i).strip());
                String otherwise = branch(text.substring(i + 1).strip());
                if (then == null || otherwise == null) {
                    return then != null ? then : otherwise;
                }
                return then.length() < otherwise.length() ? then : otherwise;
            }
        }
        return null;
    }

    private static @Nullable String branch(String text) {
        if (text.length() > 1 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
            return branch(text.substring(1, text.length() - 1).strip());
        }
        String literal = quoted(text);
        return literal != null ? literal : ternary(text);
    }

    /**
     * The text of SpEL string literals that are the whole of {@code text}, one or several joined by {@code +}
     * (forty-fourth pass: {@code #{'chan' + 'geme'}} split a weak value past a reading of one literal), or
     * {@code null} when anything else is there.
     */
    private static @Nullable String quoted(String text) {
        StringBuilder literal = new StringBuilder(text.length());
        int i = 0;
        while (true) {
            if (i >= text.length() || text.charAt(i) != '\'' && text.charAt(i) != '"') {
                return null;
            }
            char quote = text.charAt(i);
            i++;
            while (true) {
                if (i >= text.length()) {
                    return null; // never closed
                }
                char c = text.charAt(i);
                if (c == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        break;
                    }
                }
                literal.append(c);
                i++;
            }
            i = skipBlanks(text, i + 1);
            if (i == text.length()) {
                return literal.toString();
            }
            if (text.charAt(i) != '+') {
                return null;
            }
            i = skipBlanks(text, i + 1);
        }
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

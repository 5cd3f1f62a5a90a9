package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * The literal a whole Spring expression gives: {@code @Value} evaluates {@code #{…}} after resolving placeholders, so
 * {@code #{'changeme'}} is the text {@code changeme}, and {@code #{environment['JWT_SECRET'] ?: 'changeme'}} falls back
 * to it, as a {@code ${JWT_SECRET:changeme}} default does (forty-third pass: such a value was taken for a reference
 * the platform fills, GO without a word). Only those two forms, with string literals joined by {@code +} taken for
 * their joined text (forty-fourth pass); any other expression is still a value computed at run time. Stateless.
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
        return elvis < 0 ? null : quoted(body.substring(elvis + 2).strip());
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

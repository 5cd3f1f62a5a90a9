package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * The literal a whole Spring expression gives: {@code @Value} evaluates {@code #{…}} after resolving placeholders, so
 * {@code #{'changeme'}} is the text {@code changeme}, and {@code #{environment['JWT_SECRET'] ?: 'changeme'}} falls back
 * to it, as a {@code ${JWT_SECRET:changeme}} default does (forty-third pass: such a value was taken for a reference
 * the platform fills, GO without a word). Only those two forms; any other expression is still a value computed at run
 * time. Stateless.
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

    /** The text of one SpEL string literal that is the whole of {@code text}, or {@code null}. */
    private static @Nullable String quoted(String text) {
        if (text.length() < 2) {
            return null;
        }
        char quote = text.charAt(0);
        if (quote != '\'' && quote != '"' || text.charAt(text.length() - 1) != quote) {
            return null;
        }
        StringBuilder literal = new StringBuilder(text.length());
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() - 1 && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return null; // the closing quote of an earlier literal: more than one literal
                }
            }
            literal.append(c);
        }
        return literal.toString();
    }
}

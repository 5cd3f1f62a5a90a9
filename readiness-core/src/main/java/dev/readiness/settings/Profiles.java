package dev.readiness.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Spring profile expressions, as {@code spring.config.activate.on-profile} takes them: a profile name, {@code !}
 * (not), {@code &} (and), {@code |} (or) and parentheses, e.g. {@code prod & !eu} or {@code (prod | staging) & eu}.
 * As in Spring, {@code &} and {@code |} may not be mixed without parentheses. Several expressions (a list or a
 * comma-separated value) match when any of them matches. Immutable and thread-safe.
 */
public final class Profiles {

    private final List<Predicate<Collection<String>>> expressions;

    private Profiles(List<Predicate<Collection<String>>> expressions) {
        this.expressions = expressions;
    }

    /**
     * Parses profile expressions.
     *
     * @param expressions one or more expressions; each may itself be comma-separated
     * @return the parsed expressions
     * @throws IllegalArgumentException naming what is malformed (the expressions are profile names, never secret)
     */
    public static Profiles of(Collection<String> expressions) {
        List<Predicate<Collection<String>>> parsed = new ArrayList<>();
        for (String expression : expressions) {
            Objects.requireNonNull(expression, "expression");
            for (String part : expression.split(",")) {
                if (!part.isBlank()) {
                    parsed.add(new Parser(part).parse());
                }
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("a profile expression must not be empty");
        }
        return new Profiles(List.copyOf(parsed));
    }

    /**
     * Whether the active profiles satisfy any of the expressions.
     *
     * @param activeProfiles the active profiles
     * @return {@code true} when one expression matches
     */
    public boolean matches(Collection<String> activeProfiles) {
        return expressions.stream().anyMatch(expression -> expression.test(activeProfiles));
    }

    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Predicate<Collection<String>> parse() {
            Predicate<Collection<String>> expression = sequence();
            skipBlanks();
            if (pos < text.length()) {
                throw malformed("unexpected '" + text.charAt(pos) + "'");
            }
            return expression;
        }

        private Predicate<Collection<String>> sequence() {
            Predicate<Collection<String>> result = unary();
            char operator = 0;
            while (true) {
                skipBlanks();
                if (pos >= text.length() || text.charAt(pos) == ')') {
                    return result;
                }
                char next = text.charAt(pos);
                if (next != '&' && next != '|') {
                    throw malformed("expected '&' or '|' between profiles");
                }
                if (operator != 0 && operator != next) {
                    throw malformed("'&' and '|' are mixed without parentheses");
                }
                operator = next;
                pos++;
                Predicate<Collection<String>> right = unary();
                Predicate<Collection<String>> left = result;
                result = next == '&' ? active -> left.test(active) && right.test(active)
                        : active -> left.test(active) || right.test(active);
            }
        }

        private Predicate<Collection<String>> unary() {
            skipBlanks();
            if (pos >= text.length()) {
                throw malformed("a profile name is missing");
            }
            char c = text.charAt(pos);
            if (c == '!') {
                pos++;
                Predicate<Collection<String>> operand = unary();
                return operand.negate();
            }
            if (c == '(') {
                pos++;
                Predicate<Collection<String>> inner = sequence();
                skipBlanks();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw malformed("a parenthesis is not closed");
                }
                pos++;
                return inner;
            }
            int start = pos;
            while (pos < text.length() && "()&|!".indexOf(text.charAt(pos)) < 0
                    && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw malformed("a profile name is missing");
            }
            String name = text.substring(start, pos);
            return active -> active.contains(name);
        }

        private void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException malformed(String why) {
            return new IllegalArgumentException("malformed profile expression '" + text.strip() + "': " + why);
        }
    }
}

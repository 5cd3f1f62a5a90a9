package dev.readiness.gates.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The literal a whole Spring expression gives: {@code @Value} evaluates {@code #{…}} after resolving placeholders, so
 * {@code #{'changeme'}} is the text {@code changeme}, and {@code #{environment['JWT_SECRET'] ?: 'changeme'}} falls back
 * to it, as a {@code ${JWT_SECRET:changeme}} default does (forty-third pass: such a value was taken for a reference
 * the platform fills, GO without a word). Only those two forms and a ternary's literal branch (forty-fifth pass), with
 * string literals joined by {@code +} taken for their joined text (forty-fourth pass) and a few {@link String} methods
 * called on them applied (forty-sixth pass); any other expression is still a value computed at run time. Stateless.
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
     * (forty-fourth pass: {@code #{'chan' + 'geme'}} split a weak value past a reading of one literal), with the
     * {@link String} methods below applied to them (forty-sixth pass), or {@code null} when anything else is there.
     */
    private static @Nullable String quoted(String text) {
        StringTerms terms = new StringTerms(text);
        String joined = terms.join();
        return joined != null && terms.atEnd() ? joined : null;
    }

    /**
     * A reading of string terms: literals, joined by {@code +}, in parentheses, and the {@link String} methods that
     * take no argument or string terms alone, called on a term ({@code 'changeme'.toString()},
     * {@code 'chan'.concat('geme')}), through {@code T(String)} ({@code T(java.lang.String).valueOf('changeme')},
     * {@code join}) or {@code new String(…)}. SpEL calls the same methods on the same texts, so each is applied as
     * Java applies it (forty-sixth pass: such a call gave the service {@code changeme} yet was a value computed at run
     * time, GO without a word). Nothing else is evaluated: a number, a bean, a variable, any other method or type is
     * no term, and the whole expression stays a run-time value. Not thread-safe; one per reading.
     */
    private static final class StringTerms {

        /** Methods of {@link String} that take no argument and give a string. */
        private static final Set<String> NO_ARGUMENT = Set.of("toString", "trim", "strip",
                "stripLeading", "stripTrailing", "intern", "toLowerCase", "toUpperCase");

        /** Nesting allowed before the reading gives up, so that no written expression can exhaust the stack. */
        private static final int MAX_DEPTH = 32;

        private final String text;
        private int at;
        private int depth;

        StringTerms(String text) {
            this.text = text;
        }

        boolean atEnd() {
            blanks();
            return at == text.length();
        }

        /** Terms joined by {@code +}. */
        @Nullable String join() {
            if (++depth > MAX_DEPTH) {
                return null;
            }
            try {
                StringBuilder joined = new StringBuilder();
                do {
                    String term = term();
                    if (term == null) {
                        return null;
                    }
                    joined.append(term);
                } while (take('+'));
                return joined.toString();
            } finally {
                depth--;
            }
        }

        /** A primary term followed by method calls. */
        private @Nullable String term() {
            String value = primary();
            while (value != null && take('.')) {
                String method = name();
                if (method == null || !take('(')) {
                    return null;
                }
                if (method.equals("concat")) {
                    String argument = join();
                    value = argument == null || !take(')') ? null : value.concat(argument);
                }
                else if (NO_ARGUMENT.contains(method) && take(')')) {
                    value = apply(method, value);
                }
                else {
                    return null;
                }
            }
            return value;
        }

        private @Nullable String primary() {
            blanks();
            if (at >= text.length()) {
                return null;
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                return literal(c);
            }
            if (c == '(') {
                at++;
                String inner = join();
                return inner != null && take(')') ? inner : null;
            }
            String word = name();
            if ("new".equals(word)) {
                return stringType() && take('(') ? arguments("valueOf") : null;
            }
            if ("T".equals(word) && take('(') && stringType() && take(')') && take('.')) {
                String method = name();
                return method != null && take('(') ? arguments(method) : null;
            }
            return null;
        }

        /** The arguments of {@code String.valueOf(term)}, {@code new String(term)} or {@code String.join(…)}. */
        private @Nullable String arguments(String method) {
            List<String> arguments = new ArrayList<>();
            if (!take(')')) {
                do {
                    String argument = join();
                    if (argument == null) {
                        return null;
                    }
                    arguments.add(argument);
                } while (take(','));
                if (!take(')')) {
                    return null;
                }
            }
            if (method.equals("valueOf") && arguments.size() == 1) {
                return arguments.get(0);
            }
            if (method.equals("join") && !arguments.isEmpty()) {
                return String.join(arguments.get(0), arguments.subList(1, arguments.size()));
            }
            return null;
        }

        private boolean stringType() {
            blanks();
            for (String name : new String[] {"java.lang.String", "String"}) {
                if (text.startsWith(name, at) && (at + name.length() == text.length()
                        || !Character.isJavaIdentifierPart(text.charAt(at + name.length())))) {
                    at += name.length();
                    return true;
                }
            }
            return false;
        }

        private static String apply(String method, String value) {
            return switch (method) {
                case "trim" -> value.trim();
                case "strip" -> value.strip();
                case "stripLeading" -> value.stripLeading();
                case "stripTrailing" -> value.stripTrailing();
                case "toLowerCase" -> value.toLowerCase(Locale.ROOT);
                case "toUpperCase" -> value.toUpperCase(Locale.ROOT);
                default -> value; // toString, intern
            };
        }

        private @Nullable String literal(char quote) {
            StringBuilder literal = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == quote) {
                    if (at < text.length() && text.charAt(at) == quote) {
                        at++;
                    } else {
                        return literal.toString();
                    }
                }
                literal.append(c);
            }
            return null; // never closed
        }

        private @Nullable String name() {
            blanks();
            int from = at;
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                at++;
            }
            return at > from ? text.substring(from, at) : null;
        }

        private boolean take(char c) {
            blanks();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void blanks() {
            at = skipBlanks(text, at);
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

package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * A conditional expression of configuration written as code, Python's {@code X if CONDITION else Y} or JavaScript's
 * {@code CONDITION ? X : Y}, with an environment look-up in one branch and a string literal in the other:
 * {@code os.environ['SECRET_KEY'] if 'SECRET_KEY' in os.environ else 'hunter2'} is a look-up with a default, and
 * {@code 'hunter2' if DEBUG else os.environ['SECRET_KEY']} runs with the literal wherever the condition holds, a
 * production that forgot {@code DEBUG} included. Each is read as the look-up followed by the literal as its
 * alternative ({@code os.environ['SECRET_KEY'] or 'hunter2'}), so the literal is judged wherever the variable is not
 * set (hostile testing, thirty-third pass: the thirty-second left it GO, the expression judged as its whole text).
 * The condition is read only where it compares a stage: a literal taken only when {@code NODE_ENV === 'test'} is a
 * test's or a developer's value, and production runs the look-up alone. Branches that
 * are both look-ups join the same way and stay known at run time; branches
 * that are both literals, a nested conditional or anything else give nothing. Stateless.
 */
final class Conditionals {

    private static final int LONGEST = 1_024;

    private Conditionals() {
    }

    /**
     * The conditional as a look-up and its alternative.
     *
     * @param text a value as written, stripped
     * @return {@code LOOKUP || 'literal'} (or the branches joined by {@code ||}), or {@code null} for anything else
     */
    static @Nullable String asAlternative(String text) {
        if (text.length() > LONGEST || text.indexOf(" if ") < 0 && text.indexOf(" ? ") < 0) {
            return null;
        }
        String body = withoutTrailer(text);
        if (body == null) {
            return null;
        }
        String first;
        String second;
        String condition;
        int ifAt = topLevel(body, " if ", 0);
        if (ifAt > 0) {
            int elseAt = topLevel(body, " else ", ifAt + 4);
            if (elseAt < 0) {
                return null;
            }
            first = body.substring(0, ifAt).strip();
            condition = body.substring(ifAt + 4, elseAt);
            second = body.substring(elseAt + 6).strip();
        } else {
            int question = topLevel(body, " ? ", 0);
            int colon = question < 0 ? -1 : topLevel(body, " : ", question + 3);
            if (colon < 0) {
                return null;
            }
            condition = body.substring(0, question);
            first = body.substring(question + 3, colon).strip();
            second = body.substring(colon + 3).strip();
        }
        if (first.isEmpty() || second.isEmpty() || topLevel(second, " if ", 0) >= 0
                || topLevel(second, " ? ", 0) >= 0 || topLevel(first, " ? ", 0) >= 0) {
            return null;
        }
        boolean firstLiteral = isLiteral(first);
        boolean secondLiteral = isLiteral(second);
        if (firstLiteral && secondLiteral) {
            return null;
        }
        if ((firstLiteral || secondLiteral) && literalOnlyOutsideProduction(condition, firstLiteral)) {
            return firstLiteral ? second : first; // production runs the look-up
        }
        return firstLiteral ? second + " || " + first : first + " || " + second;
    }

    private static final java.util.regex.Pattern STAGE_TEST = java.util.regex.Pattern.compile(
            "(!==|===|!=|==)\\s*['\"](\\w+)['\"]|['\"](\\w+)['\"]\\s*(!==|===|!=|==)");
    private static final java.util.Set<String> NON_PRODUCTION = java.util.Set.of("test", "testing", "development",
            "dev", "local");

    /**
     * Whether the condition compares a stage so that the literal's branch is taken only in a non-production stage
     * ({@code process.env.NODE_ENV === 'test' ? 'test-key' : process.env.API_KEY}): such a literal is a test's or a
     * developer's value. A condition that does not name such a stage ({@code DEBUG}, {@code NODE_ENV !== 'production'},
     * which holds where the deploy leaves the variable unset) is not trusted: production may take the literal.
     */
    private static boolean literalOnlyOutsideProduction(String condition, boolean literalWhenTrue) {
        java.util.regex.Matcher matcher = STAGE_TEST.matcher(condition);
        if (!matcher.find()) {
            return false;
        }
        String operator = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        String word = (matcher.group(2) != null ? matcher.group(2) : matcher.group(3)).toLowerCase(
                java.util.Locale.ROOT);
        boolean equals = operator.startsWith("=");
        // only a literal taken when the stage IS a non-production one: a variable left unset is no such stage, while
        // it is "not production" (NODE_ENV !== 'production' holds where a deploy does not set NODE_ENV)
        return NON_PRODUCTION.contains(word) && equals == literalWhenTrue;
    }

    /** The expression without a trailing comment ({@code #}, {@code //}) and statement end ({@code ;}, {@code ,}). */
    private static @Nullable String withoutTrailer(String text) {
        int end = text.length();
        int hash = topLevel(text, " #", 0);
        int slashes = topLevel(text, " //", 0);
        if (hash >= 0) {
            end = hash;
        }
        if (slashes >= 0 && slashes < end) {
            end = slashes;
        }
        String body = text.substring(0, end).strip();
        if (body.endsWith(";") || body.endsWith(",")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        return body.isEmpty() ? null : body;
    }

    /** Whether a branch is one string literal, optionally prefixed ({@code r'…'}, {@code u"…"}). */
    private static boolean isLiteral(String branch) {
        int start = 0;
        while (start < 2 && start < branch.length() && "rRuUbB".indexOf(branch.charAt(start)) >= 0) {
            start++;
        }
        if (branch.length() - start < 2) {
            return false;
        }
        char quote = branch.charAt(start);
        return (quote == '\'' || quote == '"' || quote == '`' && start == 0)
                && branch.indexOf(quote, start + 1) == branch.length() - 1 && branch.indexOf('\\') < 0
                && (quote != '`' || branch.indexOf("${") < 0);
    }

    /**
     * Where {@code needle} first occurs outside quotes and brackets, from {@code from}; {@code -1} when it does not, or
     * when a quote is never closed.
     */
    private static int topLevel(String text, String needle, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && i >= from && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}

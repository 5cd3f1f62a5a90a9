package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Values of configuration written as code that the code computes when it runs, flattened as written: a Python
 * f-string ({@code f"redis://{REDIS_HOST}:{REDIS_PORT}/0"}), a string formatted from other values
 * ({@code "%s://%s:%s@%s/%s" % (DIALECT, USER, PASSWORD, HOST, DB)}, {@code "postgresql://{}:{}@{}".format(HOST)}) and
 * a PHP expression reading a variable ({@code $mysqlCreds['password']}, {@code $config->db_host}). Their text is not
 * the value the service reads; the values they are built from are judged under their own keys. An expression built of
 * literals only is the value it gives, and is judged as that: a {@code .format(…)} or {@code %} of literals
 * ({@code '{user}:{pw}@{url}'.format(user='app', pw='secret', url='localhost')}, {@code '%s' % ('hunter2',)}), an
 * f-string whose fields are literals, literals joined by {@code +}, and a literal followed by a statement's end or a
 * comment ({@code 'hunter2'  # TODO rotate}). A plain string with no such part stays judged as written. Stateless.
 */
final class CodeExpressions {

    private static final String FORMATTED = "the code, which builds it from other values when it runs";

    private CodeExpressions() {
    }

    /**
     * What computes a value written as a code expression.
     *
     * @param value a setting's value as written
     * @return a description (never the value), or {@code null} when the value is no such expression
     */
    static @Nullable String computedBy(String value) {
        int length = value.length();
        if (length < 4 || length > 4_096) {
            return null;
        }
        char first = value.charAt(0);
        if (first == '$') {
            return phpExpression(value) ? "a PHP expression read when the code runs" : null;
        }
        if ((first == 'f' || first == 'F') && isQuote(value.charAt(1)) && value.indexOf('{') > 1) {
            return FORMATTED;
        }
        if (value.indexOf('+') > 0 && value.indexOf("://") < 0 && joinsLiteralsWithNames(value)) {
            return FORMATTED;
        }
        if (!isQuote(first)) {
            return null;
        }
        int close = value.indexOf(first, 1);
        if (close < 0) {
            return null;
        }
        String rest = value.substring(close + 1).strip();
        boolean formats = rest.startsWith("% (") || rest.startsWith("%(") || rest.startsWith(".format(")
                || rest.startsWith("% ") && rest.length() > 2 && Character.isLetter(rest.charAt(2));
        return formats ? FORMATTED : null;
    }

    /**
     * The string an expression of string literals gives, as Python and JavaScript read it: literals joined by
     * {@code +} or written side by side ({@code 'hun' + 'ter2'}), a template formatted from literals with
     * {@code .format(…)} or {@code %} ({@code '%s' % ('hunter2',)}, {@code '%(pw)s' % {'pw': 'hunter2'}}), an f-string
     * whose fields are literals ({@code f'{"hunter2"}'}), a prefixed literal ({@code r'…'}, {@code b'…'}) or a
     * JavaScript template literal without a substitution, each optionally ending a statement ({@code ;}, the
     * {@code ,} of an object literal) and followed by a comment ({@code # dev only}, {@code // TODO}). Hostile testing,
     * thirty-second pass: each of these made a literal secret look computed, or judged with the comment's words.
     *
     * @param value a setting's value as written
     * @return the string, or {@code null} when any part is computed, the value is one plain literal and nothing more,
     *         or it is no such expression
     */
    static @Nullable String literalValue(String value) {
        Evaluated evaluated = evaluated(value);
        return evaluated == null ? null : evaluated.text();
    }

    /**
     * A cheap first test for {@link #evaluated(String)}: a quote, a backquote or a string prefix and a quote first.
     *
     * @param value a setting's value as written
     * @return {@code false} when the value surely is no expression of literals
     */
    static boolean mayBeLiterals(String value) {
        if (value.length() < 3) {
            return false;
        }
        char first = value.charAt(0);
        if (isQuote(first) || first == '`') {
            return true;
        }
        int i = 0;
        while (i < 2 && i < value.length() && "rRuUbBfF".indexOf(value.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < value.length() && isQuote(value.charAt(i));
    }

    /** What an expression of literals gives, and how the code builds it (an origin's {@code via}). */
    record Evaluated(String text, String via) {
    }

    static final String FORMAT_CALL = "the code's .format(…)";

    /**
     * Evaluates an expression of string literals ({@link #literalValue(String)}).
     *
     * @param value a setting's value as written
     * @return the string and how it is built, or {@code null}
     */
    static @Nullable Evaluated evaluated(String value) {
        int length = value.length();
        if (length < 3 || length > 4_096) {
            return null;
        }
        char first = value.charAt(0);
        if (!isQuote(first) && first != '`' && !Character.isLetter(first)) {
            return null;
        }
        try {
            return new Reader(value).expression();
        } catch (IllegalArgumentException notLiteral) {
            return null;
        }
    }

    /** Reads one expression of literals; throws {@link IllegalArgumentException} at anything else. */
    private static final class Reader {

        private final String text;
        private int at;
        private boolean fString;

        Reader(String text) {
            this.text = text;
        }

        @Nullable Evaluated expression() {
            String template = literal();
            boolean fields = fString;
            skipSpaces();
            String via;
            String result;
            if (take(".format(")) {
                result = format(template);
                via = FORMAT_CALL;
            } else if (at < text.length() && text.charAt(at) == '%' && !text.startsWith("%=", at)) {
                at++;
                result = percent(template);
                via = "the code's % formatting";
            } else {
                StringBuilder joined = new StringBuilder(template);
                int parts = 1;
                while (at < text.length() && (text.charAt(at) == '+' || startsLiteral())) {
                    take("+");
                    skipSpaces();
                    joined.append(literal());
                    fields |= fString;
                    parts++;
                    skipSpaces();
                }
                result = joined.toString();
                via = parts > 1 ? "the code's joined string literals" : fields ? "the code's f-string"
                        : "the code's string literal";
                if (parts == 1 && !fields && !trailer()) {
                    return null;
                }
            }
            skipSpaces();
            trailer();
            if (at < text.length() || result.indexOf("${") >= 0 || result.indexOf('\n') >= 0) {
                return null;
            }
            return new Evaluated(result, via);
        }

        /** A statement's end and a comment: {@code ;} or {@code ,}, then {@code #…} or {@code //…}, up to the end. */
        private boolean trailer() {
            int mark = at;
            skipSpaces();
            if (take(";") || take(",")) {
                skipSpaces();
            }
            if (text.startsWith("#", at) || text.startsWith("//", at)) {
                at = text.length();
            }
            if (at >= text.length() && at > mark) {
                return true;
            }
            at = mark;
            return false;
        }

        private boolean startsLiteral() {
            int i = at;
            while (i < text.length() && i - at < 2 && "rRuUbBfF".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i < text.length() && (isQuote(text.charAt(i)) || i == at && text.charAt(i) == '`');
        }

        /** One literal, its prefix's meaning applied: the text it gives. */
        private String literal() {
            int start = at;
            while (at < text.length() && at - start < 2 && "rRuUbBfF".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String prefix = text.substring(start, at).toLowerCase(java.util.Locale.ROOT);
            if (prefix.length() == 2 && prefix.charAt(0) == prefix.charAt(1)) {
                throw new IllegalArgumentException();
            }
            fString = prefix.indexOf('f') >= 0;
            char quote = at < text.length() ? text.charAt(at) : 0;
            if (!isQuote(quote) && !(quote == '`' && prefix.isEmpty())) {
                throw new IllegalArgumentException();
            }
            if (text.startsWith(String.valueOf(quote).repeat(3), at)) {
                throw new IllegalArgumentException();
            }
            int close = text.indexOf(quote, at + 1);
            if (close < 0) {
                throw new IllegalArgumentException();
            }
            String inside = text.substring(at + 1, close);
            if (inside.indexOf('\\') >= 0 && prefix.indexOf('r') < 0 || quote == '`' && inside.indexOf("${") >= 0) {
                throw new IllegalArgumentException();
            }
            at = close + 1;
            return fString ? fields(inside) : inside;
        }

        /** An f-string's text when every field is a literal ({@code {"x"}}, {@code {{}, {@code }}}). */
        private static String fields(String inside) {
            StringBuilder out = new StringBuilder(inside.length());
            int i = 0;
            while (i < inside.length()) {
                char c = inside.charAt(i);
                if (c == '}') {
                    if (!inside.startsWith("}}", i)) {
                        throw new IllegalArgumentException();
                    }
                    out.append('}');
                    i += 2;
                } else if (c != '{') {
                    out.append(c);
                    i++;
                } else if (inside.startsWith("{{", i)) {
                    out.append('{');
                    i += 2;
                } else {
                    int end = inside.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalArgumentException();
                    }
                    String field = conversionStripped(inside.substring(i + 1, end).strip());
                    if (field.length() < 2 || !isQuote(field.charAt(0)) || field.charAt(field.length() - 1) != field.charAt(0)
                            || field.indexOf(field.charAt(0), 1) != field.length() - 1) {
                        throw new IllegalArgumentException();
                    }
                    out.append(field, 1, field.length() - 1);
                    i = end + 1;
                }
            }
            return out.toString();
        }

        /** {@code .format(…)} of literals, positional or named, applied to a template. */
        private String format(String template) {
            java.util.List<String> positional = new java.util.ArrayList<>();
            java.util.Map<String, String> named = new java.util.HashMap<>();
            skipSpaces();
            while (!take(")")) {
                int nameStart = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                String name = null;
                if (at > nameStart && at < text.length() && text.charAt(at) == '=') {
                    name = text.substring(nameStart, at);
                    at++;
                    skipSpaces();
                } else {
                    at = nameStart;
                }
                String argument = literal();
                if (name == null) {
                    positional.add(argument);
                } else {
                    named.put(name, argument);
                }
                skipSpaces();
                if (take(",")) {
                    skipSpaces();
                } else if (!text.startsWith(")", at)) {
                    throw new IllegalArgumentException();
                }
            }
            String filled = fill(template, positional, named);
            if (filled == null) {
                throw new IllegalArgumentException();
            }
            return filled;
        }

        /** {@code %} of a literal, a tuple of literals or a dict of literals, applied to a template. */
        private String percent(String template) {
            skipSpaces();
            java.util.List<String> positional = new java.util.ArrayList<>();
            java.util.Map<String, String> named = null;
            if (take("(")) {
                skipSpaces();
                while (!take(")")) {
                    positional.add(literal());
                    skipSpaces();
                    if (take(",")) {
                        skipSpaces();
                    } else if (!text.startsWith(")", at)) {
                        throw new IllegalArgumentException();
                    }
                }
            } else if (take("{")) {
                named = new java.util.HashMap<>();
                skipSpaces();
                while (!take("}")) {
                    String name = literal();
                    skipSpaces();
                    if (!take(":")) {
                        throw new IllegalArgumentException();
                    }
                    skipSpaces();
                    named.put(name, literal());
                    skipSpaces();
                    if (take(",")) {
                        skipSpaces();
                    } else if (!text.startsWith("}", at)) {
                        throw new IllegalArgumentException();
                    }
                }
            } else {
                positional.add(literal());
            }
            StringBuilder out = new StringBuilder(template.length() + 32);
            int next = 0;
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c != '%') {
                    out.append(c);
                    continue;
                }
                if (template.startsWith("%%", i)) {
                    out.append('%');
                    i++;
                } else if (template.startsWith("%s", i) && named == null && next < positional.size()) {
                    out.append(positional.get(next++));
                    i++;
                } else if (template.startsWith("%(", i) && named != null) {
                    int close = template.indexOf(')', i);
                    String part = close < 0 || !template.startsWith("s", close + 1) ? null
                            : named.get(template.substring(i + 2, close));
                    if (part == null) {
                        throw new IllegalArgumentException();
                    }
                    out.append(part);
                    i = close + 1;
                } else {
                    throw new IllegalArgumentException();
                }
            }
            if (named == null && next != positional.size()) {
                throw new IllegalArgumentException();
            }
            return out.toString();
        }

        private boolean take(String expected) {
            if (text.startsWith(expected, at)) {
                at += expected.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            at = CodeExpressions.skipSpaces(text, at);
        }
    }

    /** A format field without its {@code !s} conversion and {@code :s} spec, which give the text unchanged. */
    private static String conversionStripped(String slot) {
        String stripped = slot;
        if (stripped.endsWith(":s") || stripped.endsWith(":")) {
            stripped = stripped.substring(0, stripped.lastIndexOf(':'));
        }
        if (stripped.endsWith("!s")) {
            stripped = stripped.substring(0, stripped.length() - 2);
        }
        return stripped;
    }

    private static @Nullable String fill(String template, java.util.List<String> positional,
            java.util.Map<String, String> named) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int next = 0;
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c != '{') {
                out.append(c);
                at++;
                continue;
            }
            int end = template.indexOf('}', at);
            if (end < 0) {
                return null;
            }
            String slot = conversionStripped(template.substring(at + 1, end));
            String part = slot.isEmpty() ? next < positional.size() ? positional.get(next++) : null
                    : slot.chars().allMatch(Character::isDigit) ? index(positional, slot) : named.get(slot);
            if (part == null) {
                return null;
            }
            out.append(part);
            at = end + 1;
        }
        return out.toString();
    }

    private static @Nullable String index(java.util.List<String> positional, String slot) {
        int index = slot.length() > 3 ? -1 : Integer.parseInt(slot);
        return index >= 0 && index < positional.size() ? positional.get(index) : null;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether a name is a constant's, as code writes one: capitals, digits and underscores, a capital first. */
    static boolean isConstantName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value is string literals joined by {@code +} to names or calls the code evaluates when it runs
     * ({@code 'hun' + SECRET}, {@code SECRET + '-v2'}, {@code 'a' + 'b' + settings.KEY}): hostile testing, thirty-fourth
     * pass (left by the thirty-third), its text was judged as the value and {@code SECRET_KEY = 'hun' + SECRET} was a
     * false NO-GO. Each operand must be a quoted literal without escapes or a name with dots, brackets and a call's
     * parentheses, and there must be one of each, so a dotenv password such as {@code pass + word} stays judged. An
     * address built so ({@code "sqlite:///" + os.path.join(…)}) is left to the database gate's reading, as before.
     */
    private static boolean joinsLiteralsWithNames(String value) {
        boolean literal = false;
        boolean name = false;
        int at = 0;
        int length = value.length();
        while (true) {
            while (at < length && value.charAt(at) == ' ') {
                at++;
            }
            if (at >= length) {
                return false;
            }
            char c = value.charAt(at);
            if (isQuote(c)) {
                int close = value.indexOf(c, at + 1);
                if (close < 0 || value.substring(at + 1, close).indexOf('\\') >= 0) {
                    return false;
                }
                literal = true;
                at = close + 1;
            } else if (Character.isLetter(c) && c < 128 || c == '_') {
                int start = at;
                int depth = 0;
                while (at < length) {
                    char d = value.charAt(at);
                    if (d == '(' || d == '[') {
                        depth++;
                    } else if ((d == ')' || d == ']') && depth > 0) {
                        depth--;
                    } else if (depth == 0 && !(Character.isLetterOrDigit(d) && d < 128 || d == '_' || d == '.')) {
                        break;
                    } else if (depth > 0 && d == '+') {
                        return false;
                    }
                    at++;
                }
                if (depth != 0 || at - start > 256) {
                    return false;
                }
                name = true;
            } else {
                return false;
            }
            while (at < length && value.charAt(at) == ' ') {
                at++;
            }
            if (at >= length || "#;,".indexOf(value.charAt(at)) >= 0 || value.startsWith("//", at)) {
                return literal && name; // a statement's end or a comment
            }
            boolean spaced = value.charAt(at - 1) == ' ' && at + 1 < length && value.charAt(at + 1) == ' ';
            if (value.charAt(at) != '+' || !spaced && !isQuote(value.charAt(0))) {
                return false;
            }
            at++;
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** {@code $name['key']}, {@code $name["key"]}, {@code $name[$index]} or {@code $name->field}: an element or field. */
    private static boolean phpExpression(String value) {
        int i = 1;
        while (i < value.length() && (Character.isLetterOrDigit(value.charAt(i)) && value.charAt(i) < 128
                || value.charAt(i) == '_')) {
            i++;
        }
        if (i == 1 || Character.isDigit(value.charAt(1))) {
            return false;
        }
        return value.startsWith("['", i) || value.startsWith("[\"", i) || value.startsWith("[`", i)
                || value.startsWith("[$", i) || value.startsWith("->", i);
    }
}

package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Values of configuration written as code that the code computes when it runs, flattened as written: a Python
 * f-string ({@code f"redis://{REDIS_HOST}:{REDIS_PORT}/0"}), a string formatted from other values
 * ({@code "%s://%s:%s@%s/%s" % (DIALECT, USER, PASSWORD, HOST, DB)}, {@code "postgresql://{}:{}@{}".format(HOST)}) and
 * a PHP expression reading a variable ({@code $mysqlCreds['password']}, {@code $config->db_host}). Their text is not
 * the value the service reads; the values they are built from are judged under their own keys. A {@code .format(…)}
 * whose arguments are all literals is the value it formats, and is judged as that
 * ({@code '{user}:{pw}@{url}'.format(user='app', pw='secret', url='localhost')}). A plain string with no such part
 * stays judged as written. Stateless.
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
     * The string a Python {@code '…'.format(…)} call gives when every argument is a literal.
     *
     * @param value a setting's value as written
     * @return the formatted string, or {@code null} when the value is no such call or an argument is computed
     */
    static @Nullable String formatted(String value) {
        if (value.length() < 12 || value.length() > 4_096 || !isQuote(value.charAt(0))) {
            return null;
        }
        int close = value.indexOf(value.charAt(0), 1);
        if (close < 0 || !value.startsWith(".format(", close + 1) || !value.endsWith(")")) {
            return null;
        }
        java.util.List<String> positional = new java.util.ArrayList<>();
        java.util.Map<String, String> named = new java.util.HashMap<>();
        if (!arguments(value.substring(close + 9, value.length() - 1), positional, named)) {
            return null;
        }
        return fill(value.substring(1, close), positional, named);
    }

    private static boolean arguments(String text, java.util.List<String> positional,
            java.util.Map<String, String> named) {
        int at = 0;
        while (true) {
            at = skipSpaces(text, at);
            if (at >= text.length()) {
                return true;
            }
            int nameStart = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            String name = null;
            if (at > nameStart && at < text.length() && text.charAt(at) == '=') {
                name = text.substring(nameStart, at);
                at = skipSpaces(text, at + 1);
            } else {
                at = nameStart;
            }
            if (at >= text.length() || !isQuote(text.charAt(at))) {
                return false;
            }
            int end = text.indexOf(text.charAt(at), at + 1);
            if (end < 0) {
                return false;
            }
            String literal = text.substring(at + 1, end);
            if (name == null) {
                positional.add(literal);
            } else {
                named.put(name, literal);
            }
            at = skipSpaces(text, end + 1);
            if (at < text.length() && text.charAt(at) != ',') {
                return false;
            }
            at++;
        }
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
            String slot = template.substring(at + 1, end);
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

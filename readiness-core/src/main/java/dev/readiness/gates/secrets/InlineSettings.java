package dev.readiness.gates.secrets;

import java.util.Optional;

/**
 * Settings written inside another setting's value, under a key that names no secret: the Java system properties of a
 * JVM options value ({@code JAVA_OPTS=-Ddb.username=alfresco -Ddb.password=alfresco -Dsolr.sharedSecret=secret},
 * as Alfresco's Compose files write them; {@code CATALINA_OPTS}, {@code JAVA_TOOL_OPTIONS}) and the entries of a
 * Python or JSON map written as one value ({@code MAYAN_DATABASES={'default':{'ENGINE':…,'PASSWORD':'…'}}}), or a JSON
 * list of such maps ({@code HOST_USERS='[{"username": "admin", "password": "admin"}]'}). Each inner
 * name is classified by the key rules, so {@code -Ddb.password} and {@code 'PASSWORD'} hold passwords,
 * {@code -Dsolr.sharedSecret} a secret, and {@code -Ddb.url} or {@code 'HOST'} nothing. A reference
 * ({@code -Dadmin.password=${ADMIN_PASSWORD}}) is judged where it is supplied; a reference with a default
 * ({@code 'PASSWORD':'${DB_PASSWORD:-mayandbpass}'}) by its default, which Compose and Spring use when the variable is
 * unset. Stateless.
 */
final class InlineSettings {

    /**
     * A secret written inside the value: the inner name, what it holds and its value. A system property's name is a
     * property name and may be shown; a map's key may itself be a secret ({@code {"sk_live_…": "tenant"}}) and is not.
     */
    record Inline(String name, String value, SecretPurpose purpose) {
    }

    /** Receives each inner secret; returns a result to stop at it. */
    interface Visitor<T> {
        Optional<T> visit(Inline inline);
    }

    private InlineSettings() {
    }

    /**
     * Whether a value may hold inner settings: a {@code -D} option at its start or after a blank, or a map literal.
     *
     * @param value the value as written
     * @return {@code false} when neither reader can find anything
     */
    static boolean mayHold(String value) {
        return value.startsWith("-D") || value.indexOf(" -D") >= 0 || isMapLiteral(value) && value.indexOf(':') > 0;
    }

    /**
     * Whether a value is a map literal, or a JSON list of them whose first item is a map
     * ({@code HOST_USERS='[{"username": "admin", "password": "admin"}]'}, MiroTalk's room hosts): each map's entries
     * are read as the single map's are.
     *
     * @param value the value as written
     * @return {@code true} when the value starts with {@code {}, or with {@code [} and then, after blanks, {@code {}
     */
    static boolean isMapLiteral(String value) {
        if (value.startsWith("{")) {
            return true;
        }
        if (!value.startsWith("[")) {
            return false;
        }
        int first = skipBlanks(value, 1);
        return first < value.length() && value.charAt(first) == '{';
    }

    /**
     * Visits the inner settings of a value whose names hold a secret, in order, until the visitor returns a result.
     *
     * @param value the value as written; not retained
     * @param keys the key rules that classify the inner names
     * @param visitor what to do with each
     * @param <T> the result
     * @return the visitor's first result, or empty
     */
    static <T> Optional<T> first(String value, SecretKeys keys, Visitor<T> visitor) {
        return isMapLiteral(value) ? mapEntries(value, keys, visitor) : systemProperties(value, keys, visitor);
    }

    /** The {@code -Dname=value} items of a JVM options value, separated by blanks; a value may be quoted. */
    private static <T> Optional<T> systemProperties(String value, SecretKeys keys, Visitor<T> visitor) {
        int length = value.length();
        for (int at = value.indexOf("-D"); at >= 0; at = value.indexOf("-D", at + 2)) {
            if (at > 0 && value.charAt(at - 1) != ' ' && value.charAt(at - 1) != '\t') {
                continue;
            }
            int nameStart = at + 2;
            int equals = nameStart;
            while (equals < length && isNameChar(value.charAt(equals))) {
                equals++;
            }
            if (equals == nameStart || equals >= length || value.charAt(equals) != '=') {
                continue;
            }
            int from = equals + 1;
            int to;
            if (from < length && (value.charAt(from) == '"' || value.charAt(from) == '\'')) {
                to = value.indexOf(value.charAt(from), from + 1);
                if (to < 0) {
                    return Optional.empty();
                }
                from++;
            } else {
                to = from;
                while (to < length && value.charAt(to) != ' ' && value.charAt(to) != '\t') {
                    to++;
                }
            }
            Optional<T> result = visit(value.substring(nameStart, equals), value.substring(from, to), keys, visitor);
            if (result.isPresent()) {
                return result;
            }
            at = to - 1;
        }
        return Optional.empty();
    }

    /** The {@code 'NAME':'value'} and {@code "name": "value"} entries of a map literal; nested maps are read too. */
    private static <T> Optional<T> mapEntries(String value, SecretKeys keys, Visitor<T> visitor) {
        int length = value.length();
        int at = 0;
        while (at < length) {
            char quote = value.charAt(at);
            if (quote != '\'' && quote != '"') {
                at++;
                continue;
            }
            int nameEnd = value.indexOf(quote, at + 1);
            if (nameEnd < 0) {
                return Optional.empty();
            }
            int colon = skipBlanks(value, nameEnd + 1);
            if (colon >= length || value.charAt(colon) != ':') {
                at = nameEnd + 1;
                continue;
            }
            int from = skipBlanks(value, colon + 1);
            if (from >= length || value.charAt(from) != quote) {
                at = from; // a nested map, a number or a bare reference: its own entries come next
                continue;
            }
            int to = value.indexOf(quote, from + 1);
            if (to < 0) {
                return Optional.empty();
            }
            String name = value.substring(at + 1, nameEnd);
            if (isName(name)) {
                Optional<T> result = visit(name, value.substring(from + 1, to), keys, visitor);
                if (result.isPresent()) {
                    return result;
                }
            }
            at = to + 1;
        }
        return Optional.empty();
    }

    private static <T> Optional<T> visit(String name, String written, SecretKeys keys, Visitor<T> visitor) {
        String judged = defaultOrLiteral(written.trim());
        if (judged == null || judged.isEmpty()) {
            return Optional.empty();
        }
        SecretKeys.KeyFacts facts = keys.facts(name);
        if (facts.purpose().isEmpty() || facts.identifier() || facts.locatesSecret()) {
            return Optional.empty();
        }
        return visitor.visit(new Inline(name, judged, facts.purpose().get()));
    }

    /**
     * The literal to judge: the text itself when it holds no reference, the default of one whole
     * {@code ${NAME:-default}} or {@code ${NAME:default}}, or {@code null} for any other reference or slot.
     */
    private static String defaultOrLiteral(String written) {
        if (written.indexOf('$') < 0 && written.indexOf('{') < 0 && written.indexOf('%') < 0) {
            return written;
        }
        if (!written.startsWith("${") || !written.endsWith("}") || written.indexOf('$', 1) >= 0) {
            return null;
        }
        int colon = written.indexOf(':');
        if (colon < 3) {
            return null;
        }
        for (int i = 2; i < colon; i++) {
            if (!isNameChar(written.charAt(i))) {
                return null;
            }
        }
        int from = colon + 1 < written.length() && written.charAt(colon + 1) == '-' ? colon + 2 : colon + 1;
        String fallback = written.substring(from, written.length() - 1);
        return fallback.indexOf('{') >= 0 || fallback.indexOf('}') >= 0 ? null : fallback;
    }

    private static int skipBlanks(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isName(String name) {
        if (name.length() < 3 || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || c == '-';
    }
}

package dev.readiness.gates.database;

import dev.readiness.gates.internal.ReplaceTokens;

/**
 * {@code ${NAME}} and {@code ${NAME:default}} references inside a URL, as Spring and shells write them. A reference
 * with a default is read as its default (what runs when the variable is unset); one without stays in the text as an
 * opaque run-time value: it is neither a template nor a parse error. Stateless.
 */
final class References {

    private References() {
    }

    /** Replaces each {@code ${NAME:default}} (or shell {@code ${NAME:-default}}) by its default and marks the draft when {@code ${NAME}} remains. */
    static String applyDefaults(Draft draft, String text) {
        int start = text.indexOf("${");
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (start >= 0) {
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            int nested = text.indexOf("${", start + 2);
            if (nested >= 0 && nested < end) {
                throw new ParseFailure(UrlSyntax.at("contains a nested ${…} placeholder", start));
            }
            out.append(text, from, start);
            String inner = text.substring(start + 2, end);
            int colon = inner.indexOf(':');
            if (colon >= 0) {
                boolean shell = colon + 1 < inner.length() && inner.charAt(colon + 1) == '-';
                out.append(inner, colon + (shell ? 2 : 1), inner.length());
            } else {
                out.append(text, start, end + 1);
                draft.unresolved = true;
            }
            from = end + 1;
            start = text.indexOf("${", from);
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /**
     * Whether a host is filled in at run time rather than named: it holds a {@code ${NAME}} reference, or it is one
     * shell-style {@code $NAME} as a whole ({@code redis://$REDIS_HOST/}), which the product's own loader, the shell or
     * Compose expands (ChirpStack's TOML, a compose file's environment), or one token filled outside the file
     * ({@code $ENV{DB_HOST}}, {@code ((db_host))}, {@link ReplaceTokens}). No DNS name holds a {@code $}, so the host is
     * not judged as a template never filled in; the rest of the URL (its user, password, TLS) still is, and a password
     * with a {@code $} inside is no reference.
     *
     * @param host the host as written
     * @return {@code true} for a reference
     */
    static boolean isRunTimeHost(String host) {
        return isReference(host) || isShellReference(host.strip()) || ReplaceTokens.isWholeToken(host.strip())
                || isKubernetesServiceVariable(host.strip()) || startsWithShellReference(host.strip());
    }

    /**
     * Whether a host is a shell variable with a name's rest after it, as Compose interpolates it:
     * {@code $COMPOSE_PROJECT_NAME-db-1}, the database container of the same project (thirty-eighth pass). The variable
     * is a name of capitals, digits and {@code _}; what follows is a host name's letters, digits, dots and dashes.
     */
    static boolean startsWithShellReference(String host) {
        int length = host.length();
        if (length < 4 || length > 200 || host.charAt(0) != '$') {
            return false;
        }
        int i = 1;
        while (i < length && (host.charAt(i) >= 'A' && host.charAt(i) <= 'Z' || host.charAt(i) == '_'
                || i > 1 && host.charAt(i) >= '0' && host.charAt(i) <= '9')) {
            i++;
        }
        if (i < 3 || i == length || host.charAt(i) != '-' && host.charAt(i) != '.') {
            return false;
        }
        for (int j = i; j < length; j++) {
            char c = host.charAt(j);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a host is the name of the variable Kubernetes sets for a service ({@code CART_DB_SERVICE_SERVICE_HOST}:
     * capitals, digits and {@code _}, ending in {@code _SERVICE_HOST}): the application reads the variable of that name
     * at run time, as .NET's and Node's Kubernetes samples do. No DNS name is written in capitals with {@code _}.
     */
    static boolean isKubernetesServiceVariable(String text) {
        return text.length() <= 120 && text.endsWith("_SERVICE_HOST") && ConnectionSections.variableName(text);
    }

    /** Whether a text is one shell variable as a whole: {@code $} and a name of letters, digits and {@code _}. */
    private static boolean isShellReference(String text) {
        if (text.length() < 2 || text.charAt(0) != '$') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && !(i > 1 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a whole value is one environment variable written shell-style, {@code $JDBC_URL}: {@code $} and a name in
     * capitals, digits and {@code _}. Ktor's configuration, {@code envsubst} and the shell that renders a file fill it
     * in before the service connects, as Spring fills {@code ${JDBC_URL}}; no URL, host or user name is so written.
     *
     * @param value the value, stripped
     * @return {@code true} for such a reference
     */
    static boolean isEnvironmentVariable(String value) {
        int length = value.length();
        if (length < 2 || length > 120 || value.charAt(0) != '$') {
            return false;
        }
        char first = value.charAt(1);
        if (!(first >= 'A' && first <= 'Z' || first == '_')) {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a part of a URL is one {@code ${NAME}} reference, or contains one. */
    static boolean isReference(String part) {
        int start = part.indexOf("${");
        return start >= 0 && part.indexOf('}', start) > start;
    }
}

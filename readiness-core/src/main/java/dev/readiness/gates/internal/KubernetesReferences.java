package dev.readiness.gates.internal;

/**
 * Kubernetes dependent environment variables: in a container's {@code env}, {@code $(NAME)} is replaced by the value of
 * the variable {@code NAME} defined before it when the container starts, so a manifest composes
 * {@code DATABASE_URL: postgres://$(DB_USER):$(DB_PASSWORD)@app-db-rw:5432/app} from a Secret's keys without writing
 * the password (CloudNativePG's, Bitnami's and Mattermost's documented pattern). Such a value is a reference filled
 * at run time, not a placeholder, and a URL built of them is not broken. A shell command substitution has a command
 * with arguments inside the parentheses ({@code $(openssl rand -hex 32)}) and is no such reference; {@code $$(NAME)}
 * is Kubernetes' escape for the literal text. Stateless; one scan of the value.
 */
public final class KubernetesReferences {

    private KubernetesReferences() {
    }

    /**
     * Whether the trimmed value is one reference, {@code $(NAME)}, and nothing else.
     *
     * @param value the value, trimmed
     * @return {@code true} for a whole dependent-variable reference
     */
    public static boolean isWholeReference(String value) {
        return value.length() > 3 && value.startsWith("$(") && referenceEnd(value, 0) == value.length();
    }

    /**
     * Whether the value holds at least one reference {@code $(NAME)} not escaped as {@code $$(NAME)}.
     *
     * @param value the value
     * @return {@code true} when a part of the value is filled from another variable at start-up
     */
    public static boolean containsReference(String value) {
        int at = value.indexOf("$(");
        while (at >= 0) {
            if ((at == 0 || value.charAt(at - 1) != '$') && referenceEnd(value, at) > 0) {
                return true;
            }
            at = value.indexOf("$(", at + 2);
        }
        return false;
    }

    /**
     * Where the reference starting at {@code at} ends (the index after its {@code )}), or {@code -1}: a variable name
     * of letters, digits, {@code _}, {@code -} and {@code .}, starting with a letter or {@code _}.
     */
    private static int referenceEnd(String value, int at) {
        int end = nameEnd(value, at + 2, false);
        return end > at + 2 && end < value.length() && value.charAt(end) == ')' ? end + 1 : -1;
    }

    /**
     * Where a variable name that starts at {@code start} ends: the index of the first character that is not a letter,
     * digit, {@code _}, {@code -}, {@code .} (or {@code /} when {@code slashes}), or {@code start} itself when the name
     * does not start with a letter or {@code _} (or {@code /}). Shared by the deploy-time reference syntaxes.
     *
     * @param value the text
     * @param start where the name would start
     * @param slashes whether {@code /} belongs to names (CredHub paths)
     * @return the end of the name
     */
    static int nameEnd(String value, int start, boolean slashes) {
        if (start >= value.length()) {
            return start;
        }
        char first = value.charAt(start);
        if (!(Character.isLetter(first) || first == '_' || slashes && first == '/')) {
            return start;
        }
        int i = start + 1;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' || slashes && c == '/')) {
                break;
            }
            i++;
        }
        return i;
    }
}

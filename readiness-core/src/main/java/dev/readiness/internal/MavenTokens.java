package dev.readiness.internal;

/**
 * The shape of a whole Maven resource filtering token, {@code @name@}: shared by the settings reader, which marks a
 * token left in built text literal, and the gates, which read a token in a source file as one the build fills.
 * Stateless; one scan of the value.
 */
public final class MavenTokens {

    private MavenTokens() {
    }

    /**
     * Whether the trimmed value is one token {@code @name@}: a property name of letters, digits, {@code .},
     * {@code -} and {@code _} starting with a letter or {@code _}, between two {@code @}.
     *
     * @param value the value, trimmed
     * @return {@code true} for a whole token of that shape
     */
    public static boolean hasTokenShape(String value) {
        int last = value.length() - 1;
        if (last < 2 || value.charAt(0) != '@' || value.charAt(last) != '@' || !isTokenStart(value.charAt(1))) {
            return false;
        }
        for (int i = 2; i < last; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}

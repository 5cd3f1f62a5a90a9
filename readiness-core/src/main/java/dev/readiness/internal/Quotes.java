package dev.readiness.internal;

/**
 * The one reading of a quoted value the settings reader and the gates share: a value written {@code "dev"} or
 * {@code 'dev'} in a file whose format keeps quotes (a properties file, a shell-style env line) means {@code dev}.
 * Stateless.
 */
public final class Quotes {

    private Quotes() {
    }

    /**
     * The value without one pair of matching quotes around it, or the value itself: {@code "dev"} and {@code 'dev'}
     * read {@code dev}; {@code "dev'}, {@code "} and {@code dev} stay as they are. Spaces inside the quotes are kept.
     *
     * @param value the value, usually trimmed
     * @return the text inside one pair of matching quotes, or {@code value}
     */
    public static String unquoted(String value) {
        int length = value.length();
        return length >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(length - 1) == value.charAt(0) ? value.substring(1, length - 1) : value;
    }
}

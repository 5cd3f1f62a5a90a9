package dev.readiness.internal;

/**
 * A {@code $} inside a value that Compose reads as the start of a variable's name although the text after it is no
 * variable's name as such names are written ({@code SUPERADMIN_PASSWORD=Rv7#qLp2!xWm9$Tz4kNc}: a generated password
 * that happens to hold a dollar sign). Compose replaces the "variable", which nothing defines, with nothing and passes
 * the value cut short; the "name" is a piece of the value, so no report may print it (session 31's newcomer read six
 * characters of a password in a {@code settings.deferred} INFO: "it comes from Tz4kNc of the shell that runs
 * Compose"). The Compose reader marks such a setting's supplier with {@link #MARKER}; the settings gate reports it.
 */
public final class DollarsInsideValues {

    /** How a deferred setting's supplier starts when a {@code $} inside its value is read as a variable. */
    public static final String MARKER = "a $ inside the value";

    private DollarsInsideValues() {
    }

    /**
     * Whether a bare {@code $name} reference written in a value is a piece of the value rather than a reference: the
     * name is not written as variables are (upper-case letters, digits and {@code _}), or the {@code $} is glued to a
     * letter or digit before it ({@code abc$XYZ9}).
     *
     * @param value the value as written
     * @param dollar the index of the {@code $}
     * @param name the name Compose reads after it
     * @return whether the reference is most likely part of the value
     */
    public static boolean isInsideValue(String value, int dollar, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return true;
            }
        }
        return dollar > 0 && Character.isLetterOrDigit(value.charAt(dollar - 1));
    }
}

package dev.readiness.gates.secrets;

/**
 * The secrets gate's reading of placeholder phrases ({@code change_me_please}, {@code replace-with-your-password},
 * {@code set_a_strong_password_here}), for a password another gate finds inside a value, such as the one a database
 * URL carries ({@code postgresql://app:CHANGE_ME_urlencode_the_postgres_password@db/app}): the same words make the
 * same verdict wherever the password is written. Stateless and thread-safe; nothing here keeps the value.
 */
public final class PasswordPlaceholders {

    private PasswordPlaceholders() {
    }

    /**
     * Whether a password is a phrase that asks for a value instead of being one.
     *
     * @param password the password as written; not retained
     * @return {@code true} for a placeholder phrase
     */
    public static boolean isPhrase(String password) {
        return SecretValues.isPhrasePlaceholder(password);
    }

    /**
     * Whether a value is a fenced fill-me marker ({@code !!!SET POSTGRES_USER!!!}, {@code ***CHANGE ME***}): an
     * instruction to whoever copies the file, no user name and no secret under any key.
     *
     * @param value the value as written; not retained
     * @return {@code true} for a fill-me marker
     */
    public static boolean isFillMarker(String value) {
        return FillMarkers.isMarker(value);
    }
}

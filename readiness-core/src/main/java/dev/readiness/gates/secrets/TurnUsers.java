package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;

/**
 * coturn's static accounts: {@code user=name:password} in a {@code turnserver.conf} that turns on the long-term
 * credential mechanism ({@code lt-cred-mech}), as its shipped example and many deployments write them
 * ({@code user=username:password}, {@code user=verolux:verolux123}). The password after the colon lets anyone relay
 * media through the server. A {@code user} key elsewhere (Compose's {@code user: www-data:www-data}, a database's user
 * name) is no such account: without {@code lt-cred-mech} in the same configuration it is not read. Stateless.
 */
final class TurnUsers {

    /** The one key this rule reads; a caller may compare it first and leave this class unloaded. */
    static final String USER = "user";
    private static final String LONG_TERM_CREDENTIALS = "lt-cred-mech";

    private TurnUsers() {
    }

    /**
     * Whether a setting is a static TURN account of name and password.
     *
     * @param settings the configuration
     * @param key the setting's key
     * @param value its value; not retained
     * @return {@code true} for {@code user=name:password} beside {@code lt-cred-mech}
     */
    static boolean namesStaticAccount(Settings settings, String key, String value) {
        return key.equals(USER) && value.indexOf(':') > 0 && ColonPairPasswords.password(value.strip()) != null
                && settings.contains(LONG_TERM_CREDENTIALS);
    }
}

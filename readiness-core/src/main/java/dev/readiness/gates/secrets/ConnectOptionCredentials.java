package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * A blank password among a client's connect options beside the connection's URI: MEAN.js's {@code
 * config/env/production.js} writes {@code db: {uri: process.env.MONGOHQ_URL || 'mongodb://…', options: {user: '',
 * pass: ''}}}, and Mongoose takes the credentials from the URI, using {@code options.user}/{@code options.pass} only
 * when they are set. The blank is no secret left out; the URI is judged as a database URL, credentials and all
 * (thirty-seventh pass). A blank password with no URI beside its options, and one outside an {@code options} section
 * ({@code spring.datasource.password} beside {@code spring.datasource.url}), stay judged; so does one beside a user the
 * options name when the URI is written out without user information ({@code db.options.user=app} beside
 * {@code db.uri=mongodb://db.acme-corp.com/app}: the options are then the only credentials, and the thirty-eighth pass
 * found that blank passing). Stateless.
 */
final class ConnectOptionCredentials {

    private static final String OPTIONS = ".options.";
    private static final String[] URI_WORDS = {"uri", "url", "URI", "URL", "Uri", "Url"};

    private ConnectOptionCredentials() {
    }

    /**
     * Whether a blank password is an unused connect option beside the URI that carries the credentials.
     *
     * @param settings the configuration
     * @param key the blank password's key
     * @return {@code true} for {@code db.options.pass} beside a {@code db.uri} that is set and may carry credentials
     */
    static boolean isCarriedByUri(Settings settings, String key) {
        int options = key.lastIndexOf(OPTIONS);
        if (options <= 0 || !namesPassword(key, options + OPTIONS.length())) {
            return false;
        }
        String connection = key.substring(0, options + 1);
        for (String word : URI_WORDS) {
            Optional<Setting> uri = settings.get(connection + word);
            if (uri.isPresent() && uri.get().key().equals(connection + word)) {
                String value = uri.get().value().strip();
                return !value.isEmpty() && !(withoutUserInformation(value) && namesUser(settings, key, options));
            }
        }
        return false;
    }

    /**
     * Whether a URI written out in full ({@code mongodb://db.acme-corp.com/app}) carries no user information, so
     * the options are the only credentials the client sends; an expression or a reference may carry them.
     */
    private static boolean withoutUserInformation(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme <= 0 || uri.indexOf('@') >= 0 || uri.indexOf('$') >= 0 || uri.indexOf(' ') >= 0
                || uri.indexOf('\'') >= 0 || uri.indexOf('"') >= 0) {
            return false;
        }
        for (int i = 0; i < scheme; i++) {
            char c = uri.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the options beside the blank password name a user ({@code db.options.user=app}). */
    private static boolean namesUser(Settings settings, String key, int options) {
        String prefix = key.substring(0, options + OPTIONS.length());
        for (String word : new String[] {"user", "username", "userName", "USER", "USERNAME"}) {
            Optional<Setting> user = settings.get(prefix + word);
            if (user.isPresent() && user.get().key().equals(prefix + word)) {
                return !user.get().value().isBlank();
            }
        }
        return false;
    }

    private static boolean namesPassword(String key, int from) {
        int length = key.length() - from;
        return (length == 4 || length == 8) && (key.regionMatches(true, from, "pass", 0, length)
                || key.regionMatches(true, from, "password", 0, length));
    }
}

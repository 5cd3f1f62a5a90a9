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
 * ({@code spring.datasource.password} beside {@code spring.datasource.url}), stay judged. Stateless.
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
     * @return {@code true} for {@code db.options.pass} beside a {@code db.uri} that is set
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
                return !uri.get().value().isBlank();
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

package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.RelaxedNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The user information of a web or API URL written as the names of its slots rather than credentials: Cloudinary's
 * documented {@code cloudinary://<api_key>:<api_secret>@<cloud_name>}, copied as
 * {@code cloudinary://api_key:api_secret@cloud_name}, {@code API_KEY:API_SECRET@CLOUD_NAME},
 * {@code <your_api_key>:<your_api_secret>@cloud-name} or {@code apiKey.apiSecret@cloudName}. The client sends those
 * names as its credentials and is refused: template text, never filled in. Read only for the schemes whose URLs no
 * other gate judges for credentials ({@code http}, {@code https}, {@code cloudinary}, {@code ftp}, {@code sftp},
 * {@code s3}, …): database, broker, cache and mail URLs are the database gate's, which reads template pairs itself.
 *
 * <p>A slot is a value wrapped in {@code <…>}, {@code {…}} or {@code […]}, or one made of the words such names are
 * made of ({@code api}, {@code key}, {@code secret}, {@code your}, {@code user}, …; one other word, a product's
 * name, may stand among them), with a secret word in it. A real key and secret
 * ({@code 243879246376513:cxL9Yd6…@mycloud}) never read that way. Stateless.
 */
final class SlotCredentials {

    private static final Set<String> SCHEMES = Set.of("http", "https", "cloudinary", "ftp", "ftps", "sftp", "s3",
            "ws", "wss", "git", "ssh");

    /** Stems of {@link #SECRET_WORDS}: a user information without one names no secret slot. */
    private static final List<String> SECRET_STEMS = List.of("key", "secret", "pass", "pwd", "token");

    private static final Set<String> SECRET_WORDS = Set.of("key", "secret", "password", "pass", "passwd", "pwd",
            "token", "apikey", "apisecret");

    private static final Set<String> SLOT_WORDS = Set.of("your", "my", "the", "api", "app", "client", "access",
            "account", "auth", "private", "user", "username", "login", "name", "id", "cloud", "value", "here",
            "consumer", "secret", "key", "password", "pass", "passwd", "pwd", "token", "apikey", "apisecret");

    private SlotCredentials() {
    }

    /**
     * The {@code secrets.placeholder} problem of a URL whose user information names its slots.
     *
     * @param value a setting's value
     * @param supplied whether a part of the value is wholly supplied by a setting the value references
     *        ({@code cloudinary://${CLOUDINARY_API_KEY}:${CLOUDINARY_API_SECRET}@…}): that setting is judged where
     *        it is defined, and this one is not
     * @return the problem, or empty when the value is no such URL or its user information holds credentials
     */
    static Optional<SecretProblem> template(String value, Predicate<String> supplied) {
        String trimmed = value.trim();
        int scheme = trimmed.indexOf("://");
        if (scheme <= 0 || scheme > 10 || trimmed.length() > 512 || !isJudgedScheme(trimmed, scheme)) {
            return Optional.empty();
        }
        int start = scheme + 3;
        int end = start;
        while (end < trimmed.length() && "/?#".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        int at = trimmed.lastIndexOf('@', end - 1);
        if (at <= start || !mentionsSecret(trimmed, start, at)) {
            return Optional.empty(); // most user information (a Sentry DSN's key, a login) names no secret slot
        }
        String userInfo = trimmed.substring(start, at);
        int colon = userInfo.indexOf(':');
        boolean slots;
        if (colon < 0) {
            slots = bothNamed(userInfo);
        } else {
            String password = userInfo.substring(colon + 1);
            slots = isSlot(password) && (colon == 0 || isSlot(userInfo.substring(0, colon))
                    || isWrapped(password));
        }
        if (!slots || supplied.test(colon < 0 ? userInfo : userInfo.substring(colon + 1))) {
            return Optional.empty();
        }
        SecretShape shape = SecretValues.shape(userInfo);
        return Optional.of(new SecretProblem("secrets.placeholder", shape,
                "carries the names of its credentials where the URL's user information goes (template text such as "
                        + "api_key:api_secret, never filled in): the client presents those names and is refused ("
                        + SecretStrength.describe(shape) + ")",
                "Write the URL with the real key and secret from your secret store (or a reference such as "
                        + "${CLOUDINARY_URL}), and keep the template in the example file."));
    }

    private static boolean isJudgedScheme(String url, int length) {
        for (String scheme : SCHEMES) {
            if (scheme.length() == length && url.regionMatches(true, 0, scheme, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text between two indexes holds a secret word's stem, read without allocating. */
    private static boolean mentionsSecret(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c != 'k' && c != 's' && c != 'p' && c != 't') {
                continue; // the first letters of SECRET_STEMS
            }
            for (String stem : SECRET_STEMS) {
                if (i + stem.length() <= to && text.regionMatches(true, i, stem, 0, stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code apiKey.apiSecret}: a user information without a colon that names two slots, a secret one among them. */
    private static boolean bothNamed(String userInfo) {
        List<String> words = RelaxedNames.words(userInfo);
        return words.size() >= 4 && named(words) && userInfo.indexOf('.') > 0;
    }

    static boolean isSlot(String part) {
        if (isWrapped(part)) {
            return true;
        }
        if (part.length() < 3 || part.length() > 64 || part.indexOf('%') >= 0 || part.indexOf('$') >= 0) {
            return false;
        }
        return named(RelaxedNames.words(part));
    }

    private static boolean isWrapped(String part) {
        if (part.length() < 3) {
            return false;
        }
        char first = part.charAt(0);
        char last = part.charAt(part.length() - 1);
        return first == '<' && last == '>' || first == '{' && last == '}' || first == '[' && last == ']';
    }

    private static boolean named(List<String> words) {
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        int known = 0;
        int other = 0;
        boolean secret = false;
        for (String word : words) {
            if (SLOT_WORDS.contains(word)) {
                known++;
                secret |= SECRET_WORDS.contains(word);
            } else {
                other++;
            }
        }
        return secret && other <= 1 && known >= 2;
    }
}

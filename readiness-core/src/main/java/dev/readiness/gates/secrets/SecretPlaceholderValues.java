package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.FirstLetters;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A placeholder whose own words ask for a secret, under a key that names none: {@code USERS=your_user_password_hash},
 * {@code ConnectionStrings.Default=<secret>}, {@code CREDENTIALS=your-api-token}. Whatever the key is called, the
 * template asks for a credential there and none was given. The value must be one template token (no spaces) in
 * template brackets or addressing the reader ({@code your_…}, {@code …_here}), so a sentence that mentions a password
 * ({@code Enter your password}) is not one, nor is a bare word ({@code spring.mail.username=apikey}, SendGrid's fixed
 * user name) or a product's name ({@code aws-secrets-manager}); and keys that hold texts shown to users
 * ({@code PASSWORD_PLACEHOLDER=<password>}, {@code LOGIN_HINT}) or end in what names a thing rather than holds
 * it (a file, path, URL, name, id, header, template, user, provider: {@code SECRET_FILE=app_secret_file},
 * {@code SECRETS_PROVIDER=aws-secrets-manager},
 * {@code API_KEY_HEADER=X-Api-Key}, {@code secret_name_template={username}.{cluster}.credentials}) are
 * left alone. Stateless.
 */
final class SecretPlaceholderValues {

    /**
     * A whole value that asks for something: in template brackets ({@code <secret>}, {@code {{ api_token }}},
     * {@code [password]}), or a phrase that starts by addressing the reader ({@code your_…}, {@code my-…},
     * {@code insert_…}, {@code enter-…}, {@code paste_…}), or that says what to put in its place
     * ({@code replace-with-your-webhook-secret}), or ends in {@code here}. Not {@code change-…}: a route named
     * {@code change-password} asks nothing.
     */
    private static final Pattern ASKING = Pattern.compile("<[^<>]+>|\\{\\{[^{}]+}}|\\[[^\\[\\]]+]"
            + "|(?i:" + String.join("|", StandInWords.ADDRESSING_STARTS) + ")(?:[-_.]|(?<=[a-z])(?=[A-Z]))\\S+"
            + "|(?i:" + String.join("|", StandInWords.SUBSTITUTING_STARTS) + ")[-_.](?i:with)[-_.]\\S+"
            + "|\\S+(?:[-_.](?i:here)|(?<=[a-z])Here)");

    private static final FirstLetters ADDRESSING_FIRST = FirstLetters.of(java.util.stream.Stream.concat(
            StandInWords.ADDRESSING_STARTS.stream(), StandInWords.SUBSTITUTING_STARTS.stream()).toList());

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "secrets", "token",
            "apikey", "passphrase", "credential", "credentials");

    private static final Set<String> TEXT_WORDS = Set.of("message", "messages", "hint", "tooltip", "prompt", "title",
            "label", "placeholder", "text", "description", "help", "caption", "example");

    /** Last words of keys that hold where or what a thing is, never the secret itself. */
    private static final Set<String> ATTRIBUTE_WORDS = Set.of("file", "path", "dir", "url", "uri", "name", "names", "id",
            "header", "headers", "field", "param", "parameter", "cookie", "prefix", "suffix", "type", "format",
            "pattern", "regex", "template", "templates", "env", "user", "username", "login", "email", "account",
            "provider", "providers", "driver", "backend", "mode", "store", "strategy", "kind", "engine", "source");

    private SecretPlaceholderValues() {
    }

    /**
     * Whether the value is a placeholder naming a secret under a key that holds no text for users, or describes the
     * shape of the credential its key names ({@link ShapeDescriptions}).
     *
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} when the template asks for a secret there
     */
    static boolean asksForSecret(String key, String value) {
        return asksForSecret(key, ShapeDescriptions.namesCredential(key), value);
    }

    /**
     * {@link #asksForSecret(String, String)} of a key whose last word is known to be a credential word or not
     * ({@link ShapeDescriptions#namesCredential(String)}, a fact of the key the gate keeps).
     *
     * @param key the setting's key
     * @param credentialKey whether the key's last word is a credential word
     * @param value its effective value
     * @return {@code true} when the template asks for a secret there
     */
    static boolean asksForSecret(String key, boolean credentialKey, String value) {
        String trimmed = value.strip();
        if (mayEndInDsn(key) && isLastWord(KeyWords.of(key), "dsn")) {
            return asksForDsn(trimmed);
        }
        if (ShapeDescriptions.describesCredential(credentialKey, trimmed)) {
            return true;
        }
        if (trimmed.length() < 4 || trimmed.length() > 80 || !mayAsk(trimmed) || hasSpace(trimmed)) {
            return false;
        }
        if (!ASKING.matcher(trimmed).matches()) {
            return false;
        }
        List<String> asked = RelaxedNames.words(trimmed);
        boolean carrier = false;
        if (!namesSecret(asked) && !(credentialKey && substitutes(asked))) {
            if (!asksForCarrier(asked)) {
                return false;
            }
            carrier = true;
        }
        List<String> keyWords = KeyWords.of(key);
        if (carrier && (keyWords.contains("string") || keyWords.contains("strings"))) {
            return false; // a connection string's own key: the database gate reads its template text
        }
        for (String word : keyWords) {
            if (TEXT_WORDS.contains(word)) {
                return false;
            }
        }
        return keyWords.isEmpty() || !ATTRIBUTE_WORDS.contains(keyWords.get(keyWords.size() - 1))
                || namesAuthorizationHeader(keyWords);
    }

    /** Words before {@code header} that make the header's value the credential itself. */
    private static final Set<String> AUTHORIZATION_WORDS = Set.of("auth", "authorization", "authentication");

    /**
     * Whether the key names the value of an authorization header ({@code CORTEX_PAPI_AUTH_HEADER},
     * {@code proxy.authorization-header}): what such a header carries is the credential, so a template asking for a
     * key there asks for the secret, whereas {@code API_KEY_HEADER=X-Api-Key} names the header a key travels in
     * (forty-seventh pass). A header's name is never a phrase that addresses the reader, which the caller demands.
     */
    private static boolean namesAuthorizationHeader(List<String> keyWords) {
        int last = keyWords.size() - 1;
        String word = keyWords.get(last);
        return last > 0 && (word.equals("header") || word.equals("headers"))
                && AUTHORIZATION_WORDS.contains(keyWords.get(last - 1));
    }

    private static final String API = "api";
    private static final int LONGEST_FILL_IN = 40;

    /**
     * Whether a key named after an API ({@code GEOCODES_MAPS_API}, {@code google.calendar.api}) holds a template value
     * ({@code changeme}, {@code REPLACE_ME}; forty-seventh pass). Such a key holds the API's address or its key; a
     * fill-in word is no address, so it stands where the key belongs. The key's last word must be {@code api} under
     * at least one other word; addresses, switches and module names ({@code SMS_PROVIDER_API=https://…},
     * {@code WITH_API=true}) are no template values.
     *
     * @param key the setting's key
     * @param value its effective value; not retained
     * @return {@code true} for a template value under a key named after an API
     */
    static boolean fillsInApi(String key, String value) {
        int length = value.length();
        if (length < 4 || length > LONGEST_FILL_IN || !AsciiCase.endsWith(key, API)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return words.size() > 1 && words.get(words.size() - 1).equals(API)
                && StandInWords.TEMPLATE_VALUES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words tell the reader to put something in the value's place ({@code replace-with-random-value},
     * {@code substitute_with_a_long_string}): under a key whose last word is a credential word ({@code KEY},
     * Directus's project key) that something is the credential, whether or not the phrase names it. {@code my-…} and
     * {@code your-…} values are left to {@link #namesSecret}: {@code cache.key=my-app-cache} is a name.
     */
    private static boolean substitutes(List<String> words) {
        return words.size() >= 3 && StandInWords.SUBSTITUTING_STARTS.contains(words.get(0))
                && words.get(1).equals("with");
    }

    /**
     * Whether the key's last letters and digits are {@code dsn} in any case: a key whose last word is {@code dsn}
     * ends so (only separators may follow), and other keys then cost no look-up of their words.
     */
    private static boolean mayEndInDsn(String key) {
        int end = key.length();
        while (end > 0 && !Character.isLetterOrDigit(key.charAt(end - 1))) {
            end--;
        }
        return end >= 3 && AsciiCase.regionIs(key, end - 3, "dsn");
    }

    private static boolean isLastWord(List<String> words, String word) {
        return !words.isEmpty() && words.get(words.size() - 1).equals(word);
    }

    /** Words before {@code id} that make a key the identifier half of a credential pair. */
    private static final Set<String> PAIR_WORDS = Set.of("key", "client", "app", "application", "consumer",
            "merchant", "login");

    /** Glued last words that name such an identifier ({@code clientId}, {@code appid}). */
    private static final Set<String> PAIR_IDS = Set.of("keyid", "clientid", "appid", "applicationid", "consumerid",
            "merchantid", "loginid");

    /**
     * Whether the value is a template left under the identifier half of a credential pair: a key id, client id, app id
     * consumer id or merchant id ({@code OPENWEATHERMAP_KEY_ID=<ADD_YOUR_KEY_ID>},
     * {@code config.clientId={YOUR_AUTH0_CLIENT_ID}}, {@code PUSHER_APP_ID=your-default-app-id},
     * {@code obp.api.client_id=CHANGE_ME}, {@code zarinpal.merchant-id=xxxx-xxxx-xxxx-xxxx-xxxx}). The identifier is no
     * secret, but a template there means the pair it names was never configured, as a template user name does. The
     * value must be a template value ({@code CHANGE_ME}, {@code TODO}), a run of x's, one token in template brackets
     * ({@code <…>}, {@code {…}}, {@code {{…}}}, {@code […]}) or one that addresses the reader ({@code your…},
     * {@code insert…}, {@code …_here}), or a sentence of another language asking for it
     * ({@code INSERISCI_LA_TUA_CLIENT_ID}); a plain name ({@code example-backend-api}), a developer's own
     * label ({@code my-key-id}) and ids of other things ({@code GOOGLE_MAPS_MAP_ID=your_map_id_here}) are left alone.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} for a template under a credential pair's identifier
     */
    static boolean asksForCredentialId(String key, String value) {
        String trimmed = value.strip();
        int length = trimmed.length();
        if (length < 4 || length > 80 || !namesPairIdentifier(key) || hasSpace(trimmed)) {
            return false;
        }
        if (StandInWords.TEMPLATE_VALUES.contains(trimmed.toLowerCase(Locale.ROOT)) || isRunOfX(trimmed)
                || namesOwnVariable(key, trimmed)) {
            return true;
        }
        if (!mayAsk(trimmed)) {
            return trimmed.indexOf('_') > 0 && PlaceholderPhrases.isForeignSentence(trimmed.toLowerCase(Locale.ROOT));
        }
        char first = trimmed.charAt(0);
        char last = trimmed.charAt(length - 1);
        if (first == '<' && last == '>' || first == '{' && last == '}' || first == '[' && last == ']') {
            return isToken(trimmed, trimmed.startsWith("{{") ? 2 : 1);
        }
        if (AsciiCase.endsWith(trimmed, "here") && length > 5 && !Character.isLetterOrDigit(trimmed.charAt(length - 5))) {
            return true;
        }
        for (String start : StandInWords.IDENTIFIER_ASKING_STARTS) {
            if (AsciiCase.regionIs(trimmed, 0, start) && length > start.length() + 1) {
                char next = trimmed.charAt(start.length());
                if (next == '-' || next == '_' || next == '.' || Character.isUpperCase(next)
                        && Character.isLowerCase(trimmed.charAt(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an identifier's value is the name of the variable meant to supply it, written where its value belongs
     * ({@code paypal.clientId=PAYPAL_CLIENT_ID}): capitals, digits and underscores whose letters end with the key's last
     * segment's ({@code clientid}). Spring and the other binders read it as text, so the pair it names was never set.
     */
    private static boolean namesOwnVariable(String key, String value) {
        if (value.indexOf('_') <= 0) {
            return false;
        }
        StringBuilder letters = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                letters.append(Character.toLowerCase(c));
            } else if (c != '_') {
                return false;
            }
        }
        int segment = Math.max(key.lastIndexOf('.'), key.lastIndexOf(':')) + 1;
        StringBuilder last = new StringBuilder(key.length() - segment);
        for (int i = segment; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                last.append(Character.toLowerCase(c));
            }
        }
        return last.length() >= 4 && letters.toString().endsWith(last.toString());
    }

    /**
     * Whether the value is a run of x's, possibly grouped ({@code xxxx-xxxx-xxxx-xxxx}, {@code XXXXXXXX}): the shape of
     * an id written over with x, with at least four of them.
     */
    private static boolean isRunOfX(String value) {
        int xs = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'x' || c == 'X') {
                xs++;
            } else if (c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return xs >= 4;
    }

    /** Last words of keys that identify the account whose secret the pair's other half is. */
    private static final Set<String> ACCOUNT_WORDS = Set.of("id", "user", "username", "account", "login", "code",
            "number", "no");

    /** Secret words of the other half of such a pair. */
    private static final List<String> PAIR_SECRETS = List.of("PASSWORD", "PASSWD", "PASS", "SECRET", "KEY", "TOKEN");

    /**
     * Whether a bracketed template asks for this key's own value ({@code SSLCZ_STORE_ID=<your store id>},
     * {@code MERCHANT_ACCOUNT={merchant account}}) where the key identifies an account and a setting of the same stem
     * holds its secret ({@code SSLCZ_STORE_PASSWORD}): the pair was never configured, as a template user name beside
     * its password says. The words in the brackets, without the ones that address the reader ({@code your},
     * {@code enter}, {@code here}), are the key's last words; other templates ({@code <store name>}) and keys with no
     * secret beside them are left alone.
     *
     * @param settings the configuration, for the secret beside the key
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} for a template asking for a credential pair's account
     */
    static boolean asksForPairedAccount(Settings settings, String key, String value) {
        String trimmed = value.strip();
        int length = trimmed.length();
        if (length < 5 || length > 80) {
            return false;
        }
        char first = trimmed.charAt(0);
        char last = trimmed.charAt(length - 1);
        if (!(first == '<' && last == '>' || first == '{' && last == '}' || first == '[' && last == ']')) {
            return false;
        }
        List<String> keyWords = KeyWords.of(key);
        int size = keyWords.size();
        if (size < 2 || !ACCOUNT_WORDS.contains(keyWords.get(size - 1))) {
            return false;
        }
        List<String> asked = new java.util.ArrayList<>();
        for (String word : RelaxedNames.words(trimmed.substring(1, length - 1))) {
            if (!StandInWords.BRACKET_ASKING_WORDS.contains(word)) {
                asked.add(word);
            }
        }
        if (asked.size() < 2 || asked.size() > size || !keyWords.subList(size - asked.size(), size).equals(asked)) {
            return false;
        }
        int stem = key.length();
        while (stem > 0 && Character.isLetterOrDigit(key.charAt(stem - 1))) {
            stem--;
        }
        if (stem == 0) {
            return false;
        }
        String prefix = key.substring(0, stem);
        boolean upper = key.equals(key.toUpperCase(java.util.Locale.ROOT));
        for (String secret : PAIR_SECRETS) {
            if (settings.contains(prefix + (upper ? secret : secret.toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    static boolean namesPairIdentifier(String key) {
        if (!AsciiCase.endsWith(key, "id")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        return PAIR_IDS.contains(last) || last.equals("id") && size > 1 && PAIR_WORDS.contains(words.get(size - 2));
    }

    /** Whether the text inside {@code width} brackets on each side is one name of letters, digits, {@code _-.}. */
    private static boolean isToken(String text, int width) {
        int end = text.length() - width;
        if (end - width < 2) {
            return false;
        }
        for (int i = width; i < end; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value under a key ending in {@code dsn} ({@code SENTRY_DSN}, {@code DB.DSN}) is a placeholder for the
     * DSN, which carries a credential (Sentry's project key, a database password): a phrase with no scheme or
     * address ({@code dsn_from_sentry_dashboard}, {@code your_dsn_here}, {@code <your-sentry-dsn>}), or a URL whose
     * user part is one ({@code https://your-production-sentry-dsn@sentry.io/project}, Sentry's documented
     * {@code https://examplePublicKey@o0.ingest.sentry.io/0}). A real DSN has a scheme or a {@code user@host} and no
     * such words ({@code https://3f2a…@o123.ingest.sentry.io/42}); a transport name ({@code flock},
     * {@code doctrine://default}, {@code native:}) is one word.
     */
    private static boolean asksForDsn(String value) {
        if (value.length() < 4 || value.length() > 200 || hasSpace(value)) {
            return false;
        }
        int scheme = value.indexOf("://");
        if (scheme < 0) {
            return value.indexOf(':') < 0 && value.indexOf('@') < 0 && asksForDsnPart(value);
        }
        int at = value.indexOf('@', scheme + 3);
        int slash = value.indexOf('/', scheme + 3);
        if (at < 0 || slash >= 0 && slash < at) {
            return false;
        }
        int colon = value.indexOf(':', scheme + 3);
        if (colon >= 0 && colon < at || at - (scheme + 3) < 4 || !joinsWords(value, scheme + 3, at)) {
            return false; // asksForDsnPart's first test, read in place: a real DSN's key joins no words
        }
        return asksForDsnPart(value.substring(scheme + 3, at));
    }

    private static boolean asksForDsnPart(String part) {
        if (!joinsWords(part)) {
            return false;
        }
        if (PlaceholderPhrases.isPlaceholder(part)) {
            return true;
        }
        if (!mayAsk(part) || !ASKING.matcher(part).matches()) {
            return false;
        }
        List<String> words = RelaxedNames.words(part);
        return words.contains("dsn") || namesSecret(words);
    }

    /**
     * A cheap look before the phrase rules: whether the text joins words at all, with a separator, a bracket or a
     * camel-case boundary. A real DSN's key (32 lower-case hex digits) does none of these.
     */
    private static boolean joinsWords(String part) {
        return joinsWords(part, 0, part.length());
    }

    private static boolean joinsWords(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_' || c == '<' || c == '{' || c == '['
                    || c >= 'A' && c <= 'Z' && i > from && text.charAt(i - 1) >= 'a' && text.charAt(i - 1) <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSecret(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SECRET_WORDS.contains(word)
                    || word.equals("key") && i > 0 && (words.get(i - 1).equals("api") || words.get(i - 1).equals("secret")
                            || words.get(i - 1).equals("private"))
                    || word.equals("account") && namesServiceAccountKey(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** What may follow {@code webhook} or {@code connection} in a value that asks for the URL or string itself. */
    private static final Set<String> CARRIER_ENDINGS = Set.of("url", "uri", "link", "string");

    /**
     * Whether the words ask for a webhook URL or a connection string, the two values that carry their
     * credential inside them (forty-seventh pass): an incoming webhook's URL is its token (Slack's, Discord's,
     * Teams'), and a connection string holds the password or account key ({@code your-slack-webhook-url},
     * {@code your-db-connection-string}, {@code <Your_MongoDB_Atlas_connection>}). The word must end the phrase or
     * be followed by {@code url}, {@code uri}, {@code link} or {@code string}: {@code your-webhook-name} and
     * {@code your-connection-pool-size} ask for no credential. Under a connection string's own key
     * ({@code ConnectionStrings.Default}, {@code AZURE_STORAGE_CONNECTION_STRING}) the database gate reads the
     * template, so the caller leaves it.
     */
    private static boolean asksForCarrier(List<String> words) {
        int size = words.size();
        for (int at = Math.max(0, size - 2); at < size; at++) {
            String word = words.get(at);
            if ((word.equals("webhook") || word.equals("connection"))
                    && (at == size - 1 || CARRIER_ENDINGS.contains(words.get(at + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What follows {@code service account} in a value that asks for the account's key, not its name or e-mail. */
    private static final Set<String> KEY_CONTENT_WORDS = Set.of("json", "base64", "b64", "key");

    /**
     * Whether the words around {@code account} at {@code at} ask for a service account's key: {@code service account}
     * followed by {@code json}, {@code base64}, {@code b64} or {@code key} ({@code your_firebase_service_account_base64},
     * {@code your-service-account-json}). A Google or Firebase service account key is a private key in a JSON document;
     * {@code your_service_account_email} asks for a name.
     */
    private static boolean namesServiceAccountKey(List<String> words, int at) {
        return at > 0 && at + 1 < words.size() && words.get(at - 1).equals("service")
                && KEY_CONTENT_WORDS.contains(words.get(at + 1));
    }

    /**
     * A cheap look before the pattern, true whenever the pattern can match: the value opens a bracket, starts with a
     * word that addresses the reader, or ends in {@code here}. Most values do none of these.
     */
    private static boolean mayAsk(String value) {
        char first = value.charAt(0);
        if (first == '<' || first == '{' || first == '[' || AsciiCase.endsWith(value, "here")) {
            return true;
        }
        if (!ADDRESSING_FIRST.mayStartAt(value, 0)) {
            return false; // no word of StandInWords.ADDRESSING_STARTS or SUBSTITUTING_STARTS starts with its first letter
        }
        return startsWithAny(value, StandInWords.ADDRESSING_STARTS)
                || startsWithAny(value, StandInWords.SUBSTITUTING_STARTS);
    }

    private static boolean startsWithAny(String value, List<String> lowerWords) {
        for (int i = 0; i < lowerWords.size(); i++) {
            if (AsciiCase.regionIs(value, 0, lowerWords.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

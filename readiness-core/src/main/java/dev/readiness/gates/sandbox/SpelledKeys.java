package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Endpoint values that spell their own key instead of an address: {@code GENERIC_AUTH_URL=generic_auth_url},
 * {@code JIRA_INSTANCE_URL=YOUR_JIRA_INSTANCE_URL}, {@code SEARCH_HOST=search_host}. A template generator or a
 * README wrote the variable's name where the value goes, and nobody filled it in. No address is written that way:
 * a URL has a scheme or at least a dot, and a host name has no underscore and does not end in the word
 * {@code url}. So the rule reads only values without a dot, colon, slash or space whose last word is the key's own
 * last endpoint word, written in snake case or capitals, or after a {@code your}/{@code my} template word. Under a
 * host, address or domain key the value must also repeat the key's words, not just its last one
 * ({@code cache_host} under {@code CACHE_HOST}); a hyphenated name ({@code media-host}) may be a real service name,
 * and so may a snake-case server ({@code app_server} under {@code APP_SERVER}), so those stay clean unless written
 * in capitals or after a template word; a hyphenated URL name that repeats the key's last words
 * ({@code app.notification-url=notification-url}) names no service and is the key spelled again. Template words the host grammar already reads ({@code your-api-host}) are
 * left to it. A URL value that names the key's word with where to find it ({@code SENTRY_DSN=dsn_from_sentry_dashboard},
 * {@code WEBHOOK_URL=WEBHOOK_URL_GOES_HERE}) is an instruction too. A host's name key ({@code DOMAIN_NAME},
 * {@code HOST_NAME}) is read as a host key ({@code DOMAIN_NAME=YOUR_DOMAIN_NAME}); a value whose first or last word is
 * {@code placeholder} ({@code MATRIX_DOMAIN_PLACEHOLDER}) is a template's slot under any of these keys, under
 * {@code server_name} (also a display name's key, so read for nothing else) when it names a domain, host or URL.
 * Under the External Secrets operator's keys
 * ({@code externalSecrets.appEnv.fields.APP_SENTRY_DSN: SENTRY_DSN}) a value names the store's entry on purpose.
 */
final class SpelledKeys {

    /**
     * Words that say where the value is to be found, in a value naming it ({@code dsn_from_sentry_dashboard},
     * {@code WEBHOOK_URL_GOES_HERE}): an instruction to the reader, never an address.
     */
    private static final Set<String> SOURCE_WORDS = Set.of("from", "here", "goes");
    /**
     * The ending of the variables Kubernetes sets for every service ({@code CART_DB_SERVICE_SERVICE_HOST}): an app
     * that reads its host from one names it in its configuration on purpose.
     */
    private static final String KUBERNETES_SERVICE_HOST = "_SERVICE_HOST";
    private static final String PLACEHOLDER = "placeholder";
    /**
     * A verb asking for the value, as the whole value in capitals ({@code globalSettings__mail__smtp__host=REPLACE},
     * Bitwarden's template): an instruction, never a host (thirty-eighth pass). In lower case these are parts of real
     * names ({@code fillmore}, {@code changelog}) and are not read.
     */
    private static final Set<String> INSTRUCTION_VERBS = Set.of("REPLACE", "CHANGE", "FILL", "UPDATE", "EDIT",
            "ENTER", "INSERT");
    private static final int MAX_LENGTH = 120;

    private SpelledKeys() {
    }

    /**
     * The finding on an endpoint value that spells its own key.
     *
     * @param setting the setting, judged for production
     * @param value its stripped value
     * @return the finding, or {@code null} when the value may be an address or the key names none
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() < 3 || value.length() > MAX_LENGTH || !wordCharactersOnly(value)
                || underSecretStore(setting.key())) {
            return null;
        }
        List<String> keyWords = KeyWords.of(setting.key());
        if (keyWords.isEmpty()) {
            return null;
        }
        String last = keyWords.get(keyWords.size() - 1);
        String named = SandboxKey.namedHost(keyWords);
        boolean url = SandboxKey.SPELLED_URL_WORDS.contains(last);
        if (SandboxKey.namesSpelledHostName(keyWords) && value.indexOf('_') > 0 && Hosts.isCapitalSlotName(value)
                && !value.endsWith(KUBERNETES_SERVICE_HOST) && !endsWithOwnWord(value, keyWords)) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds a variable's name in capitals where the host name goes: "
                            + "template text that was never filled in, so no production service is reached.",
                            setting.key()))
                    .remediation("Set the production host name in " + setting.key() + ".")
                    .build();
        }
        if (!url && !SandboxKey.SPELLED_HOST_WORDS.contains(last) && named == null
                || HostNames.templateLabel(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (value.length() <= 7 && INSTRUCTION_VERBS.contains(value)) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds an instruction to the reader where the address goes: "
                            + "template text that was never filled in, so no production service is reached.",
                            setting.key()))
                    .remediation("Set the production address in " + setting.key() + ".")
                    .build();
        }
        List<String> valueWords = RelaxedNames.words(value);
        if (placeholderWord(value, valueWords) && (!"server".equals(named) || namesAHost(valueWords))) {
            return finding(setting);
        }
        if ("server".equals(named)) {
            return null; // a server's name may be its display name (a game server's SERVER_NAME): only a placeholder
        }
        if (!url && named == null && slotNamedAgain(keyWords, value, valueWords)) {
            return finding(setting);
        }
        if (url && gluedKey(keyWords, value)) {
            return finding(setting);
        }
        if (url && valueWords.size() >= 3 && valueWords.contains(last) && value.indexOf('-') < 0
                && anySourceWord(valueWords)) {
            return finding(setting);
        }
        if (valueWords.size() < 2 || !valueWords.get(valueWords.size() - 1).equals(last)) {
            return null;
        }
        boolean lead = StandInWords.SPELLED_KEY_LEADS.contains(valueWords.get(0));
        boolean capitals = value.equals(value.toUpperCase(Locale.ROOT));
        boolean snake = value.indexOf('_') > 0;
        boolean kebabUrl = url && value.indexOf('-') > 0 && repeatsKey(keyWords, valueWords);
        if (!lead && !capitals && !snake && !kebabUrl) {
            return null;
        }
        if (!url && !lead && (!repeatsKey(keyWords, valueWords) || last.equals("server") && !capitals)) {
            return null;
        }
        return finding(setting);
    }

    /**
     * Whether a part before the last one configures the External Secrets operator
     * ({@code externalSecrets.appEnv.fields.APP_SENTRY_DSN: SENTRY_DSN}): the value names the store's entry that fills
     * the variable, so it spells a name on purpose.
     */
    private static boolean underSecretStore(String key) {
        int start = 0;
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', start)) {
            String part = key.substring(start, dot);
            if (part.equalsIgnoreCase("externalSecrets") || part.equalsIgnoreCase("externalSecret")) {
                return true;
            }
            start = dot + 1;
        }
        return false;
    }

    private static Finding finding(Setting setting) {
        return Finding.noGo("sandbox.template-url", setting)
                .message(SandboxFindings.format("%s holds the name of its own setting where the address goes: "
                        + "template text that was never filled in, so no production service is reached.",
                        setting.key()))
                .remediation("Set the production address in " + setting.key() + ".")
                .build();
    }

    private static boolean anySourceWord(List<String> words) {
        for (String word : words) {
            if (SOURCE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capital value ends in the key's own last naming word ({@code mail.host=UW_PERSON_MAIL_HOST}): the
     * name of the variable a deployment sets for this very setting, which the template names on purpose, unlike a
     * slot of another kind ({@code ingress.hosts[0].host=SCORPIO_DOMAIN}).
     */
    private static boolean endsWithOwnWord(String value, List<String> keyWords) {
        String own = SandboxKey.lastNamingWord(keyWords);
        String lower = value.toLowerCase(Locale.ROOT);
        String ending = own.endsWith("s") && !lower.endsWith(own) ? own.substring(0, own.length() - 1) : own;
        return lower.endsWith("_" + ending);
    }

    /**
     * Whether a variable-shaped value says it is a placeholder: capitals or snake case, two words or more, the first
     * or the last of them {@code placeholder} ({@code MATRIX_DOMAIN_PLACEHOLDER}, {@code PLACEHOLDER_API_HOST}), as a
     * template generator writes the slot it fills at install time. No host or service is named that way.
     */
    private static boolean placeholderWord(String value, List<String> valueWords) {
        int size = valueWords.size();
        return size >= 2 && (value.indexOf('_') > 0 || value.equals(value.toUpperCase(Locale.ROOT)))
                && (valueWords.get(size - 1).equals(PLACEHOLDER) || valueWords.get(0).equals(PLACEHOLDER));
    }

    private static boolean namesAHost(List<String> valueWords) {
        for (String word : valueWords) {
            if (word.equals("domain") || word.equals("host") || word.equals("hostname") || word.equals("fqdn")
                    || word.equals("url")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value of letters only ends in the key's last two words glued together
     * ({@code app_base_url=therewillbeappbaseurl}, {@code HOMEPAGE_URL=yourhomepageurl}): a sentence about the value
     * run together, which no address is (a URL has a scheme or a dot; a host name does not end in {@code url}).
     */
    private static boolean gluedKey(List<String> keyWords, String value) {
        int size = keyWords.size();
        if (size < 2) {
            return false;
        }
        int at = value.length();
        for (int w = size - 1; w >= size - 2; w--) {
            String word = keyWords.get(w);
            at -= word.length();
            if (at < 0 || !AsciiCase.regionIs(value, at, word)) {
                return false;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** A name of letters, digits, underscores and hyphens only, as a variable's name is written. */
    private static boolean wordCharactersOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a host key holds, in capitals, the generic name of its own slot with another word for it: two words, the
     * role the key names or a word of the same family ({@code mail}, {@code smtp}, {@code email}), then a word for a
     * host ({@code host}, {@code hostname}, {@code server}, {@code address}): pretix's {@code [mail] host=MAIL_SERVER},
     * Sentry's {@code mail.host: SMTP_HOST}. Neither pretix nor Sentry reads a variable's name there, no mail server is
     * named so (a DNS name has no underscore), and the two words say only what belongs in the key. A name with a
     * project's prefix ({@code UW_PERSON_DB_HOST}, an environment variable's name some tools look up), a lower-case
     * Compose service ({@code mail_server}) and a role of another family ({@code API_SERVER} under {@code mail.host})
     * are not read here.
     */
    private static boolean slotNamedAgain(List<String> keyWords, String value, List<String> valueWords) {
        int size = keyWords.size();
        if (size < 2 || valueWords.size() != 2 || value.indexOf('_') <= 0
                || !value.equals(value.toUpperCase(Locale.ROOT))
                || !SLOT_WORDS.contains(keyWords.get(size - 1)) || !SLOT_WORDS.contains(valueWords.get(1))) {
            return false;
        }
        String role = keyWords.get(size - 2);
        String written = valueWords.get(0);
        return role.equals(written) || MAIL_ROLES.contains(role) && MAIL_ROLES.contains(written);
    }

    /** The words for a host that name the same slot ({@code MAIL_SERVER} under {@code mail.host}). */
    private static final Set<String> SLOT_WORDS = Set.of("host", "hostname", "server", "address", "addr");
    /** The words of a mail server's role, one family: a key's {@code mail} is a value's {@code SMTP}. */
    private static final Set<String> MAIL_ROLES = Set.of("mail", "smtp", "email");

    /** Whether the value's words are the key's last two or more words ({@code redis_host} under {@code REDIS_HOST}). */
    private static boolean repeatsKey(List<String> keyWords, List<String> valueWords) {
        int size = valueWords.size();
        return size <= keyWords.size() && keyWords.subList(keyWords.size() - size, keyWords.size()).equals(valueWords);
    }
}

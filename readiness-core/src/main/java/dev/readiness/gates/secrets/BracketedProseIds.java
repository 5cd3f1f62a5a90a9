package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An identifier written as bracketed prose in a file whose secrets are written the same way: oauth2-proxy's
 * {@code client_id=<application ID from Azure>} and {@code azure_tenant=<Azure tenant ID>} beside
 * {@code client_secret=<client secret from Azure>}. Alone, {@code <your app id>} under an id key may be a sentence a
 * reader understands (it is left clean: an id is no secret); but when a secret of the same file is a bracketed
 * sentence too, the file shows its own way of marking what the deployer must fill in, and the identifier is one of
 * those blanks: the account it names was never configured. Only keys whose last word is {@code id} or {@code tenant}
 * count, only prose (two words or more, letters and digits) inside {@code <…>}, and only prose that asks for an id
 * (a word {@code id}, {@code tenant} or {@code identifier}): {@code EMAIL_ID=<YOUR EMAIL>} beside
 * {@code EMAIL_PASSWORD=<YOUR APP PASSWORD>} is a sender address's slot, reported once on the password. Stateless.
 */
final class BracketedProseIds {

    private static final Set<String> ID_WORDS = Set.of("id", "tenant", "clientid", "appid", "tenantid");
    private static final Set<String> SECRET_WORDS = Set.of("secret", "password", "token", "key", "passwd");

    private BracketedProseIds() {
    }

    /**
     * Whether an identifier's value is bracketed prose and a secret of the same file is bracketed prose too.
     *
     * @param settings the configuration, for the file's secrets
     * @param setting the identifier's setting
     * @param key its key
     * @param value its effective value
     * @return {@code true} for a blank the file's own convention marks
     */
    static boolean standsIn(Settings settings, Setting setting, String key, String value) {
        if (value.length() < 7 || value.charAt(0) != '<' || !isProse(value)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !ID_WORDS.contains(words.get(words.size() - 1)) || !asksForAnId(value)) {
            return false;
        }
        Optional<String> file = setting.origin().file();
        if (file.isEmpty()) {
            return false;
        }
        for (Setting other : settings) {
            String otherValue = other.value();
            if (otherValue != null && otherValue.length() >= 7 && otherValue.charAt(0) == '<' && other != setting
                    && isProse(otherValue) && file.equals(other.origin().file())) {
                List<String> otherWords = KeyWords.of(other.key());
                if (!otherWords.isEmpty() && SECRET_WORDS.contains(otherWords.get(otherWords.size() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of the prose is {@code id}, {@code tenant} or {@code identifier}: it asks for an id. */
    private static boolean asksForAnId(String value) {
        for (String word : RelaxedNames.words(value.substring(1, value.length() - 1))) {
            if (word.equals("id") || word.equals("tenant") || word.equals("identifier")) {
                return true;
            }
        }
        return false;
    }

    /** {@code <words words…>}: two words or more of letters and digits, nothing else but spaces, dots and dashes. */
    private static boolean isProse(String value) {
        int end = value.length() - 1;
        if (value.charAt(end) != '>' || end > 80) {
            return false;
        }
        int spaces = 0;
        for (int i = 1; i < end; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (value.charAt(i - 1) == ' ' || i == 1) {
                    return false;
                }
                spaces++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return spaces > 0 && value.charAt(end - 1) != ' ';
    }
}

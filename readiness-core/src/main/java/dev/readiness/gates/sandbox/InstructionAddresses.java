package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An address key whose value is a sentence that shows an example URL instead of a URL: words before the scheme
 * ({@code SPLUNK_API_URL=e.g. https://api.us1.signalfx.com}, {@code system-url=請輸入正式機網址如: https://…}, "enter
 * the production site's address, such as …"). Before {@code scheme://} a URL holds nothing, or a chain of scheme names
 * ({@code jdbc:mysql://}, {@code urn:…:url:http://}); a space or a letter outside ASCII there is prose, in any language,
 * that was never replaced; so is a slot in square brackets naming the address ({@code [Your Supabase Project URL]}),
 * an ellipsis alone ({@code ...}) and a value of asterisks only ({@code ***}, the mask of redacted or fill-in copies) or the word {@code REDACTED}.
 * Only keys whose last word names the address are read (a message about a URL,
 * {@code error-uri-msg}, holds prose by design). Run-time templates ({@code ${URL:?e.g. https://…}}, Jinja, ERB) and allow-lists are left
 * alone. Stateless.
 */
final class InstructionAddresses {

    private static final int MAX_LENGTH = 2048;
    private static final int PHRASE_MAX_LENGTH = 120;

    private InstructionAddresses() {
    }

    /**
     * The finding on an address key holding instruction text around an example URL.
     *
     * @param setting the setting, judged for production, whose key names an endpoint
     * @param value its stripped, unquoted value
     * @return a NO-GO {@code sandbox.template-url}, or {@code null} when the value starts as a URL may
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int separator = value.indexOf("://");
        if (separator < 0 && isBracketedSlot(value) && endsInAddressWord(setting.key())) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds a slot in square brackets that names the address to "
                            + "fill in: template text that was never replaced, so no production service is reached.",
                            setting.key()))
                    .remediation("Replace the whole value of " + setting.key() + " with the production URL.")
                    .build();
        }
        if (separator < 0 && value.length() >= MASK_MIN && value.charAt(0) == '*' && masked(value)
                && endsInAddressWord(setting.key())) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds only asterisks where the address goes: a value masked "
                            + "or left for the reader to fill in, so no production service is reached.",
                            setting.key()))
                    .remediation("Replace the whole value of " + setting.key() + " with the production URL, or "
                            + "supply it from the environment.")
                    .build();
        }
        if (separator < 0 && elided(value) && endsInAddressWord(setting.key())) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds only an ellipsis where the address goes: a template's"
                            + " elision, left for the reader to fill in, so no production service is reached.",
                            setting.key()))
                    .remediation("Replace the whole value of " + setting.key() + " with the production URL, or "
                            + "supply it from the environment.")
                    .build();
        }
        if (separator < 0 && value.length() <= REDACTED.length() + 2 && redacted(value)
                && endsInAddressWord(setting.key())) {
            return Finding.noGo("sandbox.template-url", setting)
                    .message(SandboxFindings.format("%s holds a redaction mark where the address goes: a copy whose "
                            + "address was cut out, so no production service is reached.", setting.key()))
                    .remediation("Replace the whole value of " + setting.key() + " with the production URL, or "
                            + "supply it from the environment.")
                    .build();
        }
        if (separator < 0 && value.indexOf(' ') > 0) {
            return describedAddress(setting, value);
        }
        if (separator <= 1 || value.length() > MAX_LENGTH) {
            return null;
        }
        int scheme = separator;
        while (scheme > 0 && schemeCharacter(value.charAt(scheme - 1))) {
            scheme--;
        }
        if (scheme == 0 || scheme == separator || !prose(value, scheme) || !endsInAddressWord(setting.key())) {
            return null;
        }
        return Finding.noGo("sandbox.template-url", setting)
                .message(SandboxFindings.format("%s holds a sentence with an example address where the address goes "
                        + "(words before the URL): instruction text that was never replaced, so no production service "
                        + "is reached.", setting.key()))
                .remediation("Replace the whole value of " + setting.key() + " with the production URL.")
                .build();
    }

    /**
     * A description of the address in place of one ({@code BASE_URL=your backend base url},
     * {@code VITE_API_URL=Your backend URL}, {@code CALLBACK_URL=enter your callback url}): words of letters
     * separated by spaces, one of them a word that asks for a value ({@code your}, {@code enter}, {@code my}). A
     * host list ({@code es1 es2}) has no such word; template syntax and punctuation of addresses make it no phrase.
     */
    private static @Nullable Finding describedAddress(Setting setting, String value) {
        if (value.length() > PHRASE_MAX_LENGTH || !endsInAddressWord(setting.key())) {
            return null;
        }
        boolean asking = false;
        int words = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (c == ' ') {
                if (i > start) {
                    words++;
                    asking |= StandInWords.INSTRUCTION_WORDS.contains(
                            value.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'')) {
                return null;
            }
        }
        if (words < 2 || !asking || namesHost(setting.key()) && !addressesReader(value)) {
            return null;
        }
        return Finding.noGo("sandbox.template-url", setting)
                .message(SandboxFindings.format("%s holds a description of the address (words asking for it) where "
                        + "the address goes: template text that was never replaced, so no production service is "
                        + "reached.", setting.key()))
                .remediation("Replace the whole value of " + setting.key() + " with the production URL.")
                .build();
    }

    private static final int MASK_MIN = 3;

    private static final String REDACTED = "redacted";

    /**
     * Whether the value is the word {@code REDACTED}, bare or in brackets ({@code APP_URL=REDACTED},
     * {@code [redacted]}): what a copy shared without its address holds, as asterisks are (thirty-sixth pass).
     */
    private static boolean redacted(String value) {
        int start = 0;
        int end = value.length();
        if (end >= 2 && "[<(".indexOf(value.charAt(0)) >= 0 && "]>)".indexOf(value.charAt(end - 1)) >= 0) {
            start++;
            end--;
        }
        return end - start == REDACTED.length() && value.regionMatches(true, start, REDACTED, 0, REDACTED.length());
    }

    /** Last words of keys that hold a host's name rather than a URL. */
    private static final java.util.Set<String> HOST_NAME_WORDS = java.util.Set.of("hostname", "host", "servername");

    /** Words that ask the reader for a value, not ones that merely fill a sentence ({@code the}, {@code a}, {@code new}). */
    private static final java.util.Set<String> ASKING_WORDS = java.util.Set.of("your", "yours", "enter", "insert",
            "replace", "paste", "fill", "here", "placeholder", "todo", "tbd", "change", "put", "set", "example");

    private static boolean namesHost(String key) {
        List<String> words = KeyWords.of(key);
        return HOST_NAME_WORDS.contains(words.get(words.size() - 1));
    }

    /**
     * Whether a phrase under a host-name key addresses whoever fills it in ({@code your server host}, {@code enter
     * host here}): a game server's {@code hostname} is the title players see ({@code The Council}), prose by design,
     * whose articles and adjectives ask for nothing (thirty-sixth pass).
     */
    private static boolean addressesReader(String value) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ' ') {
                if (i > start && ASKING_WORDS.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Whether a value is only an ellipsis, three dots or more ({@code ...}) or the ellipsis character
     * ({@code …}): a template's elision where the address goes ({@code VIRTUAL_HOST=...} in a Compose example;
     * forty-sixth pass). No host, URL or reference is made of dots alone.
     */
    private static boolean elided(String value) {
        int length = value.length();
        if (length == 0 || length > 16 || value.charAt(0) != '.' && value.charAt(0) != '\u2026') {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c != '\u2026') {
                return false;
            }
        }
        return dots == 0 || dots >= 3;
    }

    /**
     * Whether a value is only asterisks ({@code ***}, {@code ******}): the mask templates and redacted copies write
     * where the address belongs ("replace *** with actual values"). No URL, host or reference is made of them.
     */
    private static boolean masked(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /**
     * A slot in square brackets naming what goes there ({@code [Your Supabase Project URL]}, {@code [Prod api server]},
     * {@code [your_backend_url]}): letters (with digits, dashes, dots or apostrophes) in at least two words separated by
     * spaces or underscores. An IPv6 literal ({@code [::1]}) holds colons, a one-word list ({@code [es1]}) no second word.
     */
    private static boolean isBracketedSlot(String value) {
        int last = value.length() - 1;
        if (last < 4 || last > PHRASE_MAX_LENGTH || value.charAt(0) != '[' || value.charAt(last) != ']') {
            return false;
        }
        boolean letter = false;
        boolean separated = false;
        for (int i = 1; i < last; i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '_') {
                separated |= i > 1 && i < last - 1;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '-' || c == '.' || c == '\'')) {
                return false;
            }
        }
        return letter && separated;
    }

    /**
     * Whether the key's last word names the address itself ({@code system-url}, {@code SPLUNK_API_URL},
     * {@code serverUrl}); a message about one ({@code error-uri-msg}) holds prose by design.
     */
    private static boolean endsInAddressWord(String key) {
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && KeyClass.ENDPOINT.words().contains(words.get(words.size() - 1));
    }

    private static boolean schemeCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.'
                || c == '-';
    }

    /**
     * Whether the text before the scheme is prose: a letter, and a space or a character outside ASCII, and no
     * template or reference syntax.
     */
    private static boolean prose(String value, int end) {
        boolean letter = false;
        boolean wording = false;
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '$' || c == '{' || c == '<' || c == '%' || c == '[') {
                return false;
            }
            if (c > 0x7F) {
                wording = true;
                letter |= Character.isLetter(c);
            } else if (c == ' ' || c == '\t') {
                wording = true;
            } else {
                letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            }
        }
        return letter && wording;
    }
}

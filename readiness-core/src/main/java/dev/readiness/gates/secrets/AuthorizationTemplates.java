package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An HTTP {@code Authorization} credential written as template text (forty-seventh pass): a header list's
 * {@code Authorization=Basic%20REEMPLAZAR} ({@code OTEL_EXPORTER_OTLP_HEADERS}), or under a key that names the header
 * ({@code …headers.Authorization=Basic Base64EncodedClientIdAndSecret}). The scheme ({@code Basic}, {@code Bearer},
 * {@code Token}) is real and the credential after it is a note to fill in: a template value ({@code changeme},
 * {@code REPLACE_ME}), a token in angle or square brackets, a phrase that addresses the reader ({@code your-token},
 * {@code replace-with-…}), capitals made with a fill-in verb of any language ({@code REEMPLAZAR},
 * {@code CHANGE_THIS}), or words in camel case that describe what belongs there and name a credential
 * ({@code Base64EncodedClientIdAndSecret}). A base64 credential never reads as whole words, and a reference
 * ({@code Bearer ${API_TOKEN}}) is left to the references' rules. Stateless.
 */
final class AuthorizationTemplates {

    private static final String AUTHORIZATION = "authorization";
    private static final String[] SCHEMES = {"basic", "bearer", "token"};
    private static final String ENCODED_SPACE = "%20";
    private static final int MIN_LENGTH = "Basic xxx".length();
    private static final int MAX_LENGTH = 300;
    private static final int MIN_DESCRIBING_WORDS = 4;

    /** Words of a camel-case description that make it describe a credential. */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("secret", "password", "token", "key", "credential",
            "credentials", "apikey", "passphrase");

    private AuthorizationTemplates() {
    }

    /**
     * Whether the value is an authorization header's scheme followed by template text, written as the value of a key
     * that names the header or as a header list's {@code Authorization=} entry.
     *
     * @param key the setting's key
     * @param value its effective value; not retained
     * @return {@code true} when the credential after the scheme is a note to fill in
     */
    static boolean standsIn(String key, String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        char first = (char) (value.charAt(0) | 0x20);
        int from;
        if (first == 'a') {
            int after = AUTHORIZATION.length();
            if (length <= after + MIN_LENGTH || !AsciiCase.regionIs(value, 0, AUTHORIZATION)
                    || value.charAt(after) != '=' && value.charAt(after) != ':') {
                return false;
            }
            from = skipSpaces(value, after + 1);
        } else if ((first == 'b' || first == 't') && namesAuthorization(key)) {
            from = 0;
        } else {
            return false;
        }
        int credential = afterScheme(value, from);
        if (credential < 0) {
            return false;
        }
        int end = value.indexOf(',', credential);
        String written = value.substring(credential, end < 0 ? length : end).strip();
        return !written.isEmpty() && isTemplate(written);
    }

    /** Whether the key's last word is {@code authorization}, or an auth header ({@code X_AUTH_HEADER}). */
    private static boolean namesAuthorization(String key) {
        if (AsciiCase.endsWith(key, AUTHORIZATION)) {
            return true;
        }
        if (!AsciiCase.endsWith(key, "header")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        return last > 0 && words.get(last - 1).startsWith("auth");
    }

    private static int skipSpaces(String value, int from) {
        int at = from;
        while (at < value.length() && value.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** Where the credential starts after a scheme and a space or {@code %20} at {@code from}, or -1. */
    private static int afterScheme(String value, int from) {
        for (String scheme : SCHEMES) {
            int end = from + scheme.length();
            if (end < value.length() && AsciiCase.regionIs(value, from, scheme)) {
                if (value.charAt(end) == ' ') {
                    return skipSpaces(value, end);
                }
                if (value.startsWith(ENCODED_SPACE, end)) {
                    return end + ENCODED_SPACE.length();
                }
                return -1;
            }
        }
        return -1;
    }

    private static boolean isTemplate(String credential) {
        char first = credential.charAt(0);
        char last = credential.charAt(credential.length() - 1);
        if (first == '$') {
            return false;
        }
        if (first == '<' && last == '>' || first == '[' && last == ']'
                || StandInWords.TEMPLATE_VALUES.contains(credential.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return addressesReader(credential) || isCapitalFillIn(credential) || describesCredential(credential);
    }

    /** {@code your-token}, {@code insert_key_here}, {@code replace-with-your-key}: a phrase to the reader. */
    private static boolean addressesReader(String credential) {
        for (String start : StandInWords.IDENTIFIER_ASKING_STARTS) {
            if (startsWord(credential, start)) {
                return true;
            }
        }
        for (String start : StandInWords.SUBSTITUTING_STARTS) {
            if (startsWord(credential, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, String lowerWord) {
        int end = lowerWord.length();
        if (text.length() <= end + 1 || !AsciiCase.regionIs(text, 0, lowerWord)) {
            return false;
        }
        char next = text.charAt(end);
        return next == '-' || next == '_' || next == '.' || Character.isUpperCase(next)
                && Character.isLowerCase(text.charAt(1));
    }

    /** Capitals, digits and underscores of which one part is a fill-in verb or word ({@code REEMPLAZAR}). */
    private static boolean isCapitalFillIn(String credential) {
        int start = 0;
        boolean fillIn = false;
        for (int i = 0; i <= credential.length(); i++) {
            char c = i < credential.length() ? credential.charAt(i) : '_';
            if (c == '_') {
                if (i > start && StandInWords.CAPITAL_USER_FILL_INS.contains(credential.substring(start, i))) {
                    fillIn = true;
                }
                start = i + 1;
            } else if ((c < 'A' || c > 'Z') && (c < '0' || c > '9')) {
                return false;
            }
        }
        return fillIn;
    }

    /**
     * Whole words in camel case, each a capital then lower-case letters or digits ({@code Base64}, {@code Encoded}),
     * at least {@value #MIN_DESCRIBING_WORDS} of them, one naming a credential: a description of the value, which no
     * base64 or random credential reads as.
     */
    private static boolean describesCredential(String credential) {
        int words = 0;
        boolean credentialWord = false;
        int i = 0;
        int length = credential.length();
        while (i < length) {
            char c = credential.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
            int start = i++;
            while (i < length && (credential.charAt(i) >= 'a' && credential.charAt(i) <= 'z'
                    || credential.charAt(i) >= '0' && credential.charAt(i) <= '9')) {
                i++;
            }
            if (i - start < 2) {
                return false;
            }
            words++;
            if (CREDENTIAL_WORDS.contains(credential.substring(start, i).toLowerCase(Locale.ROOT))) {
                credentialWord = true;
            }
        }
        return words >= MIN_DESCRIBING_WORDS && credentialWord;
    }
}

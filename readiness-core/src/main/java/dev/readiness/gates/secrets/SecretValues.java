package dev.readiness.gates.secrets;

import static dev.readiness.gates.internal.WordSets.containsAny;

import dev.readiness.SecretShape;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.gates.internal.ValueShape;
import dev.readiness.settings.RelaxedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of values: placeholders, encodings, the entropy a value can hold, key sizes. Stateless; never keeps or
 * reveals a value.
 */
final class SecretValues {

    private static final List<String> EXTRA_PUBLIC_PREFIXES = List.of("base64:", "whsec_", "sk-proj-", "sk-ant-",
            "sk-", "SG.", "key-", "xoxb-", "xoxp-", "shpss_", "shpat_", "FLWSECK-", "FLWSECK_TEST-", "sk_live_",
            "rk_live_", "glpat-", "ghp_", "github_pat_", "npm_", "hf_", "pat_", "dop_v1_", "AKIA", "ASIA");

    /** Bodies shorter than this are cut short: the providers that issue {@code pk_} keys issue 24 characters or more. */
    private static final int MIN_PUBLISHABLE_BODY = 16;

    private static final int PUBLISHABLE_PREFIX_LENGTH = "pk_test_".length();

    private SecretValues() {
    }

    static boolean isBlank(String value) {
        return value.isBlank();
    }

    /**
     * Placeholders no one could mistake for a real value: template syntax, filler words, runs of x, the nil UUID, the
     * key's own name, a fenced fill-me marker ({@link FillMarkers}).
     */
    static boolean isTemplatePlaceholder(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            return false;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (StandInWords.NO_SECRET_VALUES.contains(lower) || StandInWords.TEMPLATE_VALUES.contains(lower)
                || isFiller(trimmed) || isCutTestPublishableKey(trimmed) || isNilUuid(trimmed)
                || FillMarkers.isMarker(trimmed)) {
            return true;
        }
        return mayBeTemplate(trimmed) && TemplatePattern.TEMPLATE.matcher(trimmed).find();
    }

    /**
     * The nil UUID ({@code 00000000-0000-0000-0000-000000000000}, RFC 9562): the UUID that identifies nothing, which
     * templates write where a licence key or token in UUID form belongs. No issuer hands it out.
     */
    static boolean isNilUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : c != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeTemplate(String value) {
        char first = value.charAt(0);
        return first == '<' || first == '[' || first == '%' || first == '$' || first == '{' || first == '_'
                || value.contains("${") || value.contains("#{") || value.contains("{{");
    }

    /**
     * A value that merely repeats its key's name, or the end of it ({@code JWT_SECRET=jwt_secret}), or spells two or
     * more of the key's own words in another order ({@code AWS_ACCESS_KEY_ID=id_key}, a compose file's
     * {@code ${AWS_ACCESS_KEY_ID:-id_key}}): a label for the slot, not a value. A value with a word of its own
     * ({@code AWS_ACCESS_KEY_ID=key_id_prod}) or a single word ({@code REDIS_PASSWORD=redis}) is left to the other
     * checks.
     */
    static boolean echoesKey(String value, String key) {
        if (key.isEmpty() || value.length() < 3 || value.length() > key.length() + 8) {
            return false;
        }
        if (Character.toLowerCase(value.charAt(value.length() - 1))
                != Character.toLowerCase(key.charAt(key.length() - 1))) {
            return spellsKeyWords(value, key);
        }
        String canonicalValue = RelaxedNames.canonical(value.toLowerCase(Locale.ROOT)).replace(" ", "");
        if (canonicalValue.length() < 3) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        for (int from = 0; from < words.size(); from++) {
            if (String.join("", words.subList(from, words.size())).equals(canonicalValue)) {
                return true;
            }
        }
        return false;
    }

    /** Stage words a developer writes before a slot's name to fill it for a development run. */
    private static final List<String> STAGE_WORDS = List.of("dev", "development", "local", "test", "testing", "staging",
            "sandbox", "demo", "sample", "example", "fake", "dummy", "mock");

    /**
     * A value that is a stage word and then its key's name, or the end of it ({@code SHOPIFY_API_KEY=dev_shopify_api_key},
     * {@code SHOPIFY_WEBHOOK_SECRET=test-webhook-secret}): a development run's label for the slot, left in the
     * production environment (session 40: {@link #echoesKey} leaves a value with a word of its own to the other checks,
     * and the public half of a key and secret pair is judged for placeholders only, so the development API key went
     * unnamed).
     *
     * @param value the trimmed value
     * @param key the setting's key
     * @return {@code true} when the value is a stage word and an echo of the key
     */
    static boolean stageWordBeforeKey(String value, String key) {
        int cut = value.indexOf('_');
        int dash = value.indexOf('-');
        cut = cut < 0 ? dash : dash < 0 ? cut : Math.min(cut, dash);
        if (cut < 0) {
            return gluedMarkerBeforeKey(value, key);
        }
        if (cut < 3 || cut > 11 || !STAGE_WORDS.contains(value.substring(0, cut).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return echoesKey(value.substring(cut + 1), key);
    }

    /** Words that mark a slot when glued before its key's name: an address to the reader, or a stage word. */
    private static final List<String> GLUED_MARKERS = gluedMarkers();

    private static List<String> gluedMarkers() {
        List<String> markers = new java.util.ArrayList<>(List.of("your", "my", "default", "some", "the"));
        markers.addAll(STAGE_WORDS);
        return List.copyOf(markers);
    }

    /**
     * A value of letters alone that is a marker word glued to its key's name, or the end of it: CiviCRM's installer
     * writes {@code CIVICRM_SITE_KEY=yoursitekey}, Nakama documents {@code runtime.http_key=defaulthttpkey}
     * (forty-second pass). The rest must echo the key whole ({@link #echoesKey}), so a random value that happens to
     * open with {@code my} or {@code test} is not read.
     */
    private static boolean gluedMarkerBeforeKey(String value, String key) {
        if (value.length() < 7 || value.length() > 48) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        for (String marker : GLUED_MARKERS) {
            if (value.length() >= marker.length() + 3 && value.regionMatches(true, 0, marker, 0, marker.length())
                    && echoesKey(value.substring(marker.length()), key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value of letters joined by {@code _}, {@code -} or camel case ({@code id_key}, {@code key-id}) is made
     * only of two or more different words of the key. A dot makes a file name ({@code key.pem} under
     * {@code APN_PEM_FILES.KEY}), not a label. Checked only when the value does not end like the key, so the common case costs one
     * character comparison.
     */
    private static boolean spellsKeyWords(String value, String key) {
        List<String> keyWords = KeyWords.of(key);
        long seen = 0;
        int words = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '_';
            boolean separator = c == '_' || c == '-';
            boolean camel = i > start && c >= 'A' && c <= 'Z' && value.charAt(i - 1) >= 'a' && value.charAt(i - 1) <= 'z';
            if (!separator && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
            if ((separator || camel) && i > start) {
                int match = keyWordAt(keyWords, value, start, i);
                if (match < 0) {
                    return false;
                }
                seen |= 1L << Math.min(match, 63);
                words++;
                start = separator ? i + 1 : i;
            } else if (separator) {
                start = i + 1;
            }
        }
        return words >= 2 && Long.bitCount(seen) >= 2;
    }

    /** The index of the key word that {@code value[from, to)} spells, ignoring case, or -1. */
    private static int keyWordAt(List<String> keyWords, String value, int from, int to) {
        for (int k = 0; k < keyWords.size(); k++) {
            String word = keyWords.get(k);
            if (word.length() == to - from && value.regionMatches(true, from, word, 0, word.length())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Phrases that ask for a value: {@code your-api-key-here}, {@code change-me-in-production}, {@code tobemodified},
     * and descriptions of one ({@code longvaluefullofnumbersandlettersinlowercase}, {@link ShapeDescriptions}).
     */
    static boolean isPhrasePlaceholder(String value) {
        String trimmed = value.trim();
        return trimmed.length() <= 200 && (mayBePhrase(trimmed) && hasTypedPhrase(trimmed)
                || PlaceholderPhrases.isPlaceholder(trimmed) || ShapeDescriptions.isDescription(trimmed)
                || trimmed.indexOf('2') > 0 && NumberedStandIns.isStandIn(trimmed));
    }

    /**
     * A placeholder phrase as people type it: each word in one case ({@code fake_}, {@code FAKE_}, {@code Fake_},
     * {@code yourSecretHere}). Random base64 starts with {@code FAKe_} or {@code dUMMY} now and then; a 32-byte key
     * that does is not a placeholder.
     */
    private static boolean hasTypedPhrase(String value) {
        Matcher matcher = PhrasePattern.PHRASE.matcher(value);
        while (matcher.find()) {
            if (isTypedCase(value, matcher.start(), matcher.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the letters between from and to are cased as people type words: each word lower-case, upper-case or
     * capitalised, words joined in camel case. Upper-case runs glued to lower-case letters ({@code FAKe},
     * {@code dUMMY}) are how random text is cased, and so are acronyms inside camel case ({@code myAPIKey}); such
     * short values are still judged for strength.
     */
    static boolean isTypedCase(String value, int from, int to) {
        boolean afterLower = false;
        int i = from;
        while (i < to) {
            char c = value.charAt(i);
            if (!Character.isLetter(c)) {
                afterLower = false;
                i++;
                continue;
            }
            int uppers = 0;
            while (i < to && Character.isUpperCase(value.charAt(i))) {
                uppers++;
                i++;
            }
            int lowers = 0;
            while (i < to && Character.isLetter(value.charAt(i)) && !Character.isUpperCase(value.charAt(i))) {
                lowers++;
                i++;
            }
            if (uppers > 1 && (lowers > 0 || afterLower)) {
                return false;
            }
            afterLower = lowers > 0;
        }
        return true;
    }

    private static final List<String> PHRASE_HINTS = List.of("your", "my", "insert", "put", "enter", "add", "paste",
            "place", "set", "generate", "replace", "change", "be", "real", "fill", "dummy", "fake", "not", "insecure",
            "todo", "example", "sample");

    /** Every phrase pattern contains one of these; most values contain none, which spares the regular expression. */
    private static boolean mayBePhrase(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return containsAny(lower, PHRASE_HINTS);
    }

    /**
     * Mask characters in a row that make a value a masked credential, copied from a console that hides its middle
     * ({@code SoOWRqpjtS7xxxxxxZ2PZiMTJOVC}, {@code sk-c2941d05…1exxxxx}). A console masks with one character, so the
     * run is of one character: five of {@code x} or of {@code X} in a row occur in a random 43-character base64 key
     * about once in ten million, while a case-blind run ({@code XxxXX}) occurs once in a few million.
     */
    private static final int MASK_RUN = 5;

    static boolean isFiller(String value) {
        String rest = stripPublicPrefix(value);
        if (hasElidedMiddle(rest)) {
            return true;
        }
        int fill = 0;
        int longestRun = 0;
        int run = 0;
        char runChar = 0;
        int counted = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '.') {
                continue;
            }
            counted++;
            if (c == 'x' || c == 'X' || c == '*' || c == '#' || c == '?' || c == '\u2026') {
                fill++;
                run = c == runChar ? run + 1 : 1;
                runChar = c;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
                runChar = 0;
            }
        }
        if (counted == 0) {
            return rest.length() >= 3;
        }
        return (fill == counted && (fill >= 3 || fill == 2 && rest.indexOf('x') < 0 && rest.indexOf('X') < 0))
                || (longestRun >= 8 && fill * 2 >= counted) || longestRun >= MASK_RUN;
    }

    /**
     * Whether a value has its middle cut out and written as a run of three or more dots or an ellipsis between
     * characters ({@code emhl……a0QzQUE=}, {@code sk-abc...xyz}), as documentation shows a credential without giving
     * it away. Base64, hex and generated tokens never hold such a run.
     */
    private static boolean hasElidedMiddle(String value) {
        int run = 0;
        boolean seenCharacter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' || c == '\u2026') {
                run += c == '.' ? 1 : 3;
            } else {
                if (run >= 3 && seenCharacter) {
                    return true;
                }
                run = 0;
                seenCharacter = true;
            }
        }
        return false;
    }

    /**
     * Values that are references to a secret rather than the secret: URLs, file paths, encrypted forms (Jasypt's
     * {@code ENC(…)}, Spring Cloud Config's {@code {cipher}…}, SOPS' {@code ENC[AES256_GCM,data:…,type:str]} and
     * hiera-eyaml's {@code ENC[PKCS7,…]}, {@link ValueShape#isEncryptedBlock}).
     */
    static boolean isReference(String value) {
        String trimmed = value.trim();
        if (trimmed.length() > 4096) {
            return false;
        }
        return ReferencePatterns.URL.matcher(trimmed).matches()
                || ReferencePatterns.FILE_PATH.matcher(trimmed).matches()
                || (trimmed.startsWith("ENC(") && trimmed.endsWith(")")) || trimmed.startsWith("{cipher}")
                || ValueShape.isEncryptedBlock(trimmed)
                || trimmed.startsWith("arn:aws:secretsmanager:") || trimmed.startsWith("arn:aws:ssm:")
                || trimmed.startsWith("vault:") || trimmed.startsWith("sm://") || trimmed.startsWith("azure-keyvault://");
    }

    /**
     * Values that are public by design: publishable keys ({@code pk_live_…}, {@code pk_test_…}) with a body, booleans.
     * A publishable prefix with no body, or with a body cut short or masked ({@code pk_test_}, {@code pk_test_51....},
     * {@code pk_live_xxxxxxxx}), is no key at all but the placeholder for one ({@link #isCutTestPublishableKey}).
     */
    static boolean isPublic(String value) {
        String trimmed = value.trim();
        return (trimmed.startsWith("pk_live_") || trimmed.startsWith("pk_test_")) && hasPublishableBody(trimmed)
                || trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false");
    }

    /**
     * A test-mode publishable key's prefix with no body, or a body cut short or masked ({@code pk_test_},
     * {@code pk_test_51....}): the placeholder for a test key under a key that names no secret, which says the file
     * is set up for the provider's test mode. A live one cut short ({@code pk_live_...}) stands in for a key that is
     * public by design: under a key that names no secret nothing is left unprotected, and the secret beside it
     * ({@code sk_live_...}) carries the template's problem.
     *
     * @param value the value
     * @return {@code true} for a cut {@code pk_test_} key
     */
    static boolean isCutTestPublishableKey(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("pk_test_") && !hasPublishableBody(trimmed);
    }

    private static boolean hasPublishableBody(String value) {
        String body = value.substring(PUBLISHABLE_PREFIX_LENGTH);
        return body.length() >= MIN_PUBLISHABLE_BODY && !body.contains("..") && body.indexOf('\u2026') < 0
                && !isFiller(value);
    }

    /** The shape of a value, to describe it without revealing it. */
    static SecretShape shape(String value) {
        String trimmed = value.trim();
        return new SecretShape(value.length(), capacityBits(trimmed), SecretShape.publicPrefix(trimmed).orElse(null));
    }

    static boolean isPem(String value) {
        return value.trim().startsWith("-----BEGIN ");
    }

    static String stripPublicPrefix(String value) {
        String best = SecretShape.publicPrefix(value).orElse("");
        for (String prefix : EXTRA_PUBLIC_PREFIXES) {
            if (prefix.length() > best.length() && value.startsWith(prefix) && value.length() >= prefix.length() + 8) {
                best = prefix;
            }
        }
        return value.substring(best.length());
    }

    static boolean isUuid(String value) {
        return value.length() == 36 && UuidPattern.UUID.matcher(value).matches();
    }

    /**
     * The entropy, in bits, a value can hold: its length times log2 of the alphabet it draws from. Hex strings count
     * 4 bits a character, base64 and base64url strings (20 characters or more, both cases) 6 bits a character (padding excluded, capped at 8 bits per
     * decoded byte), UUIDs 122 bits; otherwise lower case, upper case, digits and other printable characters each
     * count when present. A documented public prefix such as {@code sk_live_} adds nothing.
     */
    static double capacityBits(String value) {
        return capacityOf(stripPublicPrefix(value.trim()));
    }

    /**
     * {@link #capacityBits(String)} counting a public prefix as part of the value: for secrets that no provider
     * issues with a prefix (signing and encryption keys), a random value that merely starts like one
     * ({@code hf_…}, {@code sk-…}) keeps all its bits.
     */
    static double capacityBitsWithPrefix(String value) {
        return capacityOf(value.trim());
    }

    private static double capacityOf(String v) {
        if (v.isEmpty()) {
            return 0;
        }
        if (isUuid(v)) {
            return 122;
        }
        Alphabet alphabet = Alphabet.of(v);
        if (alphabet.hex && v.length() >= 16) {
            return 4.0 * v.length();
        }
        if (alphabet.base64) {
            int unpadded = v.length();
            while (unpadded > 0 && v.charAt(unpadded - 1) == '=') {
                unpadded--;
            }
            return Math.min(6.0 * unpadded, 8.0 * Math.floor(unpadded * 6 / 8.0));
        }
        return alphabet.bitsPerChar * v.length();
    }

    /** Bits a single, randomly chosen character of this value's alphabet carries. */
    static double bitsPerChar(String value) {
        String v = stripPublicPrefix(value.trim());
        if (v.isEmpty()) {
            return 0;
        }
        Alphabet alphabet = Alphabet.of(v);
        if (alphabet.hex && v.length() >= 16) {
            return 4;
        }
        if (alphabet.base64) {
            return 6;
        }
        return alphabet.bitsPerChar;
    }

    /** The lengths, in bytes, a key could decode to, each with its encoding. */
    static List<Decoding> decodings(String value) {
        String v = value.trim();
        if (v.startsWith("base64:")) {
            v = v.substring("base64:".length());
        } else if (v.startsWith("hex:")) {
            v = v.substring("hex:".length());
        }
        List<Decoding> decodings = new ArrayList<>(3);
        if (v.length() % 2 == 0 && isHex(v) && !v.isEmpty()) {
            decodings.add(new Decoding("hex", v.length() / 2));
        }
        int base64Bytes = base64Bytes(v);
        if (base64Bytes > 0) {
            decodings.add(new Decoding("base64", base64Bytes));
        }
        int utf8 = utf8Length(v);
        if (utf8 == 16 || utf8 == 24 || utf8 == 32) {
            decodings.add(new Decoding("raw", utf8));
        }
        return decodings;
    }

    /** Whether every character of a value is a hex digit (true for an empty value). */
    static boolean isHex(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static int base64Bytes(String v) {
        int end = v.length();
        int padding = 0;
        while (end > 0 && v.charAt(end - 1) == '=' && padding < 2) {
            end--;
            padding++;
        }
        if (end == 0) {
            return 0;
        }
        boolean standard = false;
        boolean url = false;
        for (int i = 0; i < end; i++) {
            char c = v.charAt(i);
            if (c == '+' || c == '/') {
                standard = true;
            } else if (c == '-' || c == '_') {
                url = true;
            } else if (!Character.isLetterOrDigit(c) || c > 127) {
                return 0;
            }
        }
        if (standard && url) {
            return 0;
        }
        if (padding > 0 && v.length() % 4 != 0) {
            return 0;
        }
        if (end % 4 == 1) {
            return 0;
        }
        return end * 6 / 8;
    }

    private static int utf8Length(String v) {
        int length = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** One way a key's text decodes to bytes. */
    record Decoding(String encoding, int bytes) {
    }

    /** The character classes a value draws from. */
    private static final class Alphabet {

        final boolean hex;
        final boolean base64;
        final double bitsPerChar;

        private Alphabet(boolean hex, boolean base64, double bitsPerChar) {
            this.hex = hex;
            this.base64 = base64;
            this.bitsPerChar = bitsPerChar;
        }

        static Alphabet of(String v) {
            boolean lower = false;
            boolean lowerBeyondHex = false;
            boolean upper = false;
            boolean upperBeyondHex = false;
            boolean digit = false;
            boolean base64Symbol = false;
            boolean otherSymbol = false;
            boolean nonAscii = false;
            boolean paddingOnlyAtEnd = true;
            boolean seenPadding = false;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    lower = true;
                    lowerBeyondHex |= c > 'f';
                } else if (c >= 'A' && c <= 'Z') {
                    upper = true;
                    upperBeyondHex |= c > 'F';
                } else if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c == '+' || c == '/' || c == '-' || c == '_') {
                    base64Symbol = true;
                } else if (c == '=') {
                    seenPadding = true;
                    continue;
                } else if (c >= 32 && c < 127) {
                    otherSymbol = true;
                } else {
                    nonAscii = true;
                }
                if (seenPadding) {
                    paddingOnlyAtEnd = false;
                }
            }
            boolean hex = digit && !lowerBeyondHex && !upperBeyondHex && !(lower && upper) && (lower || upper)
                    && !base64Symbol && !otherSymbol && !nonAscii && !seenPadding;
            boolean base64 = lower && upper && !otherSymbol && !nonAscii && paddingOnlyAtEnd && v.length() >= 20;
            int size = (lower ? (lowerBeyondHex || upper ? 26 : 6) : 0) + (upper ? (upperBeyondHex || lower ? 26 : 6) : 0)
                    + (digit ? 10 : 0) + (otherSymbol ? 33 : (base64Symbol || seenPadding ? 4 : 0))
                    + (nonAscii ? 100 : 0);
            if (otherSymbol && (base64Symbol || seenPadding)) {
                size = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + 33 + (nonAscii ? 100 : 0);
            }
            double bits = size <= 1 ? 0 : Math.log(size) / Math.log(2);
            return new Alphabet(hex, base64, bits);
        }
    }

    /**
     * The value patterns, each compiled the first time a value needs it rather than when the class is first used:
     * a boot whose settings hold no secret-like value compiles none of them.
     */
    private static final class TemplatePattern {
        static final Pattern TEMPLATE = Pattern.compile(
                "\\$\\{.*}|#\\{.*}|\\{\\{.*}}|^<[^<>]*>$|^\\[[\\p{L}\\p{N} _.:/-]*]$|^%[A-Za-z_][A-Za-z0-9_]*%$"
                        + "|^<<[^<>]+>>$|^\\[\\[[\\p{L}\\p{N} _.:/-]+]]$"
                        + "|^\\$[A-Za-z_][A-Za-z0-9_]*$|^\\{[A-Za-z_][A-Za-z0-9_ -]*}$|^__[A-Z0-9_]+__$");
    }

    private static final class PhrasePattern {
        static final Pattern PHRASE = Pattern.compile(
                "(?i)(^(your|my|insert|put|enter|add|paste|place|set|generate|replace)[-_ .]?.*[-_ .]?here$)"
                        + "|(^(your|insert|enter|paste)[-_ .])|(^(your|my)(secret|key|token|password|api|jwt|app|private))"
                        + "|(change[-_ .]?(me|this|it[-_ .]|in[-_ .]?prod|before|for[-_ .]?prod))"
                        + "|(replace[-_ .]?(me|this|with|it|in[-_ .]?prod))|(to[-_ .]?be[-_ .]?(modified|changed|replaced))"
                        + "|(not[-_ .]?a[-_ .]?real)|(placeholder)|(fill[-_ .]?(me|in))|(^dummy)|(^fake[-_ .])"
                        + "|(do[-_ .]?not[-_ .]?use)|(insecure)|(^todo[-_ :])|(^example[-_ .])|(^sample[-_ .])");
    }

    private static final class ReferencePatterns {
        static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]{1,20}://\\S*$");

        static final Pattern FILE_PATH = Pattern.compile(
                "^(file:|classpath:|\\./|\\.\\./|~/|[A-Za-z]:\\\\)\\S*$|^(/[A-Za-z0-9_.@-]+)*/[A-Za-z0-9_@-]+\\.[A-Za-z0-9]{1,5}$"
                        + "|^/(run|etc|var|opt|secrets|home|mnt|usr|tmp|srv|data|vault)/\\S*$"
                        + "|^\\S*/[^/\\s]+\\.(?i:pem|key|p8|p12|pfx|jks|der|crt|cer|keystore|jwk|json)$");
    }

    private static final class UuidPattern {
        static final Pattern UUID = Pattern.compile(
                "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    }
}

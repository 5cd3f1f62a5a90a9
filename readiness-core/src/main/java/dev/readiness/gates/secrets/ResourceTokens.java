package dev.readiness.gates.secrets;

import java.util.List;
import java.util.Set;

/**
 * Tokens that name a provider's resource rather than grant access to it: a token key holding an identifier is no
 * secret to measure.
 *
 * <ul>
 *   <li><b>Providers whose API calls every resource id a token.</b> Hyperwallet identifies programs, users, transfer
 *       methods and payments by "tokens" ({@code prg-…}, {@code usr-…}, {@code trm-…}) and authenticates with a user
 *       name and password, so {@code HYPERWALLET_PROGRAM_TOKEN} and {@code hyperwallet.programs.userTokens} name
 *       resources, while {@code hyperwallet.connection.password} stays a secret.</li>
 *   <li><b>A value in a provider's resource-id form</b>, under any token key ({@code app.rootToken=prg-<uuid>}): a
 *       Hyperwallet id (three-letter resource prefix, a dash, a UUID) or a Stripe object id ({@code acct_},
 *       {@code cus_}, {@code price_}, … then letters and digits only). Secret tokens that share the shape use other
 *       prefixes ({@code sk_}, {@code rk_}, {@code whsec_}, LaunchDarkly's {@code sdk-}/{@code api-}, Plaid's
 *       {@code access-production-}), and a payment intent's client secret ({@code pi_…_secret_…}) has more than
 *       letters and digits after its prefix, so both stay judged.</li>
 *   <li><b>A token's contract address</b> on an Ethereum-compatible chain under a token key
 *       ({@code USDC_TOKEN=0x2791…}, {@code CONTRACT_TOKEN=0x622A…}): {@code 0x} and 40 hexadecimal digits, public by
 *       nature. A wallet's private key is 64 digits, and a secret key ending in another word (hCaptcha's
 *       {@code HCAPTCHA_SECRET=0x…}) stays judged.</li>
 * </ul>
 *
 * <p>Stateless; one character scan per token value.
 */
final class ResourceTokens {

    /** Providers whose "tokens" are all resource identifiers; their credentials are passwords or keys. */
    private static final Set<String> IDENTIFIER_TOKEN_PROVIDERS = Set.of("hyperwallet");

    /** Hyperwallet's resource prefixes: program, user, transfer method, payment, transfer, program account, stakeholder. */
    private static final Set<String> DASH_PREFIXES = Set.of("prg", "usr", "trm", "pmt", "trf", "act", "stk");

    /** Stripe's object id prefixes of resources (never its key prefixes {@code sk_}, {@code rk_}, {@code pk_}, {@code whsec_}). */
    private static final Set<String> UNDERSCORE_PREFIXES = Set.of("acct", "cus", "prod", "price", "plan", "sub", "pm",
            "pi", "seti", "src", "card", "ba", "ch", "txn", "evt", "po", "tr", "re", "in", "ii");

    private ResourceTokens() {
    }

    /**
     * Whether expanded key words whose last secret word is {@code token(s)} belong to a provider whose tokens are
     * resource identifiers.
     *
     * @param words the key's expanded words
     * @param lastSecretWord the index of the key's last secret word
     * @return {@code true} for a resource token of such a provider
     */
    static boolean namesProviderResource(List<String> words, int lastSecretWord) {
        String secretWord = words.get(lastSecretWord);
        if (!secretWord.equals("token") && !secretWord.equals("tokens")) {
            return false;
        }
        for (int i = 0; i < lastSecretWord; i++) {
            if (IDENTIFIER_TOKEN_PROVIDERS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token key holds a provider's resource identifier, or a comma-separated list of them.
     *
     * @param key the key
     * @param value the value; not retained
     * @return {@code true} when the key's last word is {@code token(s)} and every listed value is a resource id
     */
    static boolean holdsResourceId(String key, String value) {
        if (value.length() < 7 || !endsWithTokenWord(key)) {
            return false;
        }
        int start = 0;
        while (start <= value.length()) {
            int end = value.indexOf(',', start);
            end = end < 0 ? value.length() : end;
            if (!isResourceId(value, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean endsWithTokenWord(String key) {
        List<String> words = SecretKeys.expandedWords(key);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return last.equals("token") || last.equals("tokens");
    }

    private static boolean isResourceId(String value, int start, int end) {
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        if (isContractAddress(value, start, end)) {
            return true;
        }
        int separator = start;
        while (separator < end && value.charAt(separator) >= 'a' && value.charAt(separator) <= 'z') {
            separator++;
        }
        if (separator == start || separator == end) {
            return false;
        }
        String prefix = value.substring(start, separator);
        char mark = value.charAt(separator);
        if (mark == '-') {
            return DASH_PREFIXES.contains(prefix) && isUuid(value, separator + 1, end);
        }
        return mark == '_' && UNDERSCORE_PREFIXES.contains(prefix) && isObjectIdBody(value, separator + 1, end);
    }

    /** Whether the region is a UUID ({@code 8-4-4-4-12} hexadecimal digits). */
    private static boolean isUuid(String value, int start, int end) {
        if (end - start != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the region is a Stripe object id's body: 14 to 40 letters and digits, with at least one digit. */
    private static boolean isObjectIdBody(String value, int start, int end) {
        if (end - start < 14 || end - start > 40) {
            return false;
        }
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return digit;
    }

    /**
     * Whether the region is the address of a token's contract on an Ethereum-compatible chain: {@code 0x} and 40
     * hexadecimal digits (20 bytes; a private key is 32). The zero address, a stand-in, is not one.
     */
    private static boolean isContractAddress(String value, int start, int end) {
        if (end - start != 42 || value.charAt(start) != '0' || (value.charAt(start + 1) | 0x20) != 'x') {
            return false;
        }
        boolean nonZero = false;
        for (int i = start + 2; i < end; i++) {
            int digit = Character.digit(value.charAt(i), 16);
            if (digit < 0) {
                return false;
            }
            nonZero |= digit != 0;
        }
        return nonZero;
    }
}

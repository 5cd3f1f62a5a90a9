package dev.readiness.gates.secrets;

import java.util.List;

/**
 * The prefixes providers put on the keys only a server may hold, followed by a random body: Stripe's secret and
 * restricted keys ({@code sk_live_}, {@code rk_live_}) and webhook secrets ({@code whsec_}), OpenAI's and Anthropic's
 * API keys ({@code sk-proj-}, {@code sk-ant-}, {@code sk-}), GitHub's and GitLab's tokens ({@code ghp_},
 * {@code gho_}, {@code github_pat_}, {@code glpat-}), Slack's bot and user tokens ({@code xoxb-}, {@code xoxp-}),
 * SendGrid's ({@code SG.}), Shopify's ({@code shpat_}, {@code shpss_}), npm's, Hugging Face's, DigitalOcean's and
 * Mapbox's secret tokens ({@code sk.eyJ}). Publishable keys ({@code pk_live_}, Mapbox {@code pk.eyJ}, Firebase's
 * {@code AIza}) are public by design and absent. The body must be 16 letters, digits, {@code _} or {@code -} or more,
 * so a stand-in ({@code sk-your-key}, {@code sk-...}) is not one. Stateless.
 */
final class ServerSecretPrefixes {

    private static final List<String> PREFIXES = List.of("sk_live_", "rk_live_", "whsec_", "sk-proj-", "sk-ant-",
            "sk-", "ghp_", "gho_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "SG.", "shpat_", "shpss_", "npm_", "hf_",
            "dop_v1_", "sk.eyJ");
    private static final int MIN_BODY = 16;

    private ServerSecretPrefixes() {
    }

    /**
     * Whether the value starts with a server-side key's prefix followed by a random-looking body.
     *
     * @param value the trimmed value
     * @return {@code true} for a server-side key by its issuer's grammar
     */
    static boolean starts(String value) {
        if (value.length() < MIN_BODY + 3) {
            return false;
        }
        char first = value.charAt(0);
        if ("srwgxSnhd".indexOf(first) < 0) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (value.startsWith(prefix)) {
                return hasRandomBody(value, prefix.length());
            }
        }
        return false;
    }

    private static boolean hasRandomBody(String value, int from) {
        int length = value.length() - from;
        if (length < MIN_BODY) {
            return false;
        }
        boolean digit = false;
        boolean upper = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.')) {
                return false;
            }
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
        }
        return digit && (upper || length >= 32);
    }
}

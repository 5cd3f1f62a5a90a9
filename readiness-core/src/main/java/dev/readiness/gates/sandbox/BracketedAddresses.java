package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An address key whose whole value is a name in angle brackets, the slot a template leaves for the reader
 * ({@code KV_REST_API_URL=<FILL:SECRET>}, {@code mosip.kernel.sms.api=<SMS_API>}, {@code WEBHOOK=<webhook-url>}):
 * no URL, host or address starts with {@code <}, so nothing is reached. The host reading already sees a bracketed
 * single word under a URL key; this rule reads what it cannot, a slot with a colon or space inside and keys that end
 * in {@code api}, {@code webhook}, {@code domain}, {@code server} or {@code callback}, and a chain node's or a broker's
 * ({@code BASE_NODE_L1_ETH_RPC=<your-preferred-l1-rpc>}, {@code MQTT_BROKER=<broker>}). Left alone: ERB
 * ({@code <%= ENV["URL"] %>}), a URL written inside brackets ({@code <https://…>}), an empty marker ({@code <none>},
 * {@code <empty>}) and database keys (the database gate's). Under any other key a slot whose own last word names an
 * address ({@code <issuer-url>}, {@code <ZITADELURL>}) is read too (fortieth pass). Stateless.
 */
final class BracketedAddresses {

    /** Last key words that name an address beside {@link KeyClass#ENDPOINT}'s. */
    private static final Set<String> ADDRESS_WORDS = Set.of("api", "webhook", "domain", "server", "callback",
            "redirect", "address", "addr", "rpc", "broker", "beacon", "node", "gateway");
    /** Bracketed words that say the value is deliberately empty, not a slot to fill. */
    private static final Set<String> EMPTY_MARKERS = Set.of("none", "null", "nil", "empty", "unset", "blank",
            "default", "disabled");
    private static final int MAX_LENGTH = 80;

    private BracketedAddresses() {
    }

    /**
     * The finding on an address key holding a bracketed slot.
     *
     * @param setting the setting, judged for production
     * @param words the key's lower-case words
     * @param value its stripped, unquoted value, starting with {@code <}
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, String value) {
        int last = value.length() - 1;
        if (last < 2 || last > MAX_LENGTH || value.charAt(last) != '>' || value.indexOf('>') != last
                || value.charAt(1) == '%' || value.indexOf("://") >= 0 || words.isEmpty() || !slot(value)) {
            return null;
        }
        String end = words.get(words.size() - 1);
        if (!KeyClass.ENDPOINT.words().contains(end) && !ADDRESS_WORDS.contains(end) && !asksForAddress(value)) {
            return null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(SandboxFindings.format("%s holds a name in angle brackets where the address goes: a "
                        + "template's slot that was never filled in, so no production service is reached.",
                        setting.key()))
                .remediation("Set the production URL or host in " + setting.key() + ".")
                .build();
    }

    /** The endings of a slot that asks for an address by name ({@code <issuer-url>}, {@code <ZITADELURL>}). */
    private static final List<String> ADDRESS_SLOT_ENDINGS = List.of("url", "uri", "endpoint");

    /**
     * Whether the slot's own last word, glued or apart, is {@code url}, {@code uri} or {@code endpoint} (fortieth
     * pass; not {@code host}: {@code NODE_NAME=<hostname>} asks for a name, as the thirty-third pass's test keeps
     * clean): then the template says an
     * address goes there whatever the key is called, as under an OIDC {@code issuer} or {@code authority}
     * (Micronaut's {@code openid.issuer=<issuer-url>}, NetBird's {@code NETBIRD_AUTH_AUTHORITY=<ZITADELURL>}), keys
     * that also hold plain names elsewhere ({@code jwt.issuer=my-app}), so only the slot's words decide.
     */
    private static boolean asksForAddress(String value) {
        String inner = value.substring(1, value.length() - 1).strip();
        for (String ending : ADDRESS_SLOT_ENDINGS) {
            if (inner.length() >= ending.length() && inner.regionMatches(true, inner.length() - ending.length(),
                    ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** Letters inside, with digits, {@code _ - : . space}, and no empty marker. */
    private static boolean slot(String value) {
        boolean letter = false;
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '_' && c != '-' && c != ':' && c != '.' && c != ' ') {
                return false;
            }
        }
        return letter && !EMPTY_MARKERS.contains(value.substring(1, value.length() - 1).toLowerCase(
                java.util.Locale.ROOT));
    }
}

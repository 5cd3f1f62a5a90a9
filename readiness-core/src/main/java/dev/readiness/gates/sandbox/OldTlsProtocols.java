package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A list of TLS protocol versions a server or client accepts that keeps a broken or deprecated one (forty-eighth
 * pass): {@code ssl_old_protocols=SSLv3}, {@code ssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1},
 * {@code https.server.protocols=TLSv1.2,TLSv1.1,SSLv2Hello}. SSL 2.0 and 3.0 are broken and prohibited (RFC 6176,
 * RFC 7568: POODLE decrypts SSLv3 traffic), a NO-GO; TLS 1.0 and 1.1 are deprecated (RFC 8996), a WARN. The key's last
 * word must be {@code protocols} or {@code protocol}, and every item of the value a protocol version's name; a key that
 * lists versions to refuse ({@code disabled.protocols}, {@code excludeProtocols}), a cipher string
 * ({@code ALL:!SSLv3}), {@code SSLv2Hello} (only a hello format) and lists of TLS 1.2 and 1.3 stay clean. Stateless.
 */
final class OldTlsProtocols {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:]+");
    private static final Set<String> BROKEN = Set.of("sslv2", "sslv3");
    private static final Set<String> DEPRECATED = Set.of("tlsv1", "tlsv1.0", "tlsv1.1", "tlsv1_0", "tlsv1_1");
    private static final Set<String> CURRENT = Set.of("tlsv1.2", "tlsv1.3", "tlsv1_2", "tlsv1_3", "sslv2hello");
    private static final Set<String> REFUSING = Set.of("disabled", "disable", "exclude", "excluded", "excludes",
            "deny", "denied", "blocked", "forbidden", "blacklist", "blocklist");

    private OldTlsProtocols() {
    }

    /**
     * Whether a value may be a list of protocol versions: it is short and begins with {@code SSLv} or {@code TLSv} in
     * any case (the fourth letter is a {@code v}). A character test, before any split.
     *
     * @param value the value as written
     * @return {@code false} when {@link #judge} finds nothing
     */
    static boolean mayList(String value) {
        int length = value.length();
        if (length < 5 || length > 120 || (value.charAt(3) | 0x20) != 'v') {
            return false;
        }
        char first = (char) (value.charAt(0) | 0x20);
        return first == 's' || first == 't';
    }

    /**
     * The finding on a protocol list that keeps SSL 2.0 or 3.0 (NO-GO) or TLS 1.0 or 1.1 (WARN), or {@code null}.
     *
     * @param setting the setting, whose value {@link #mayList} accepted
     * @return a {@code sandbox.tls-off} finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size == 0) {
            return null;
        }
        String last = words.get(size - 1);
        if (!last.equals("protocols") && !last.equals("protocol")) {
            return null;
        }
        for (String word : words) {
            if (REFUSING.contains(word)) {
                return null;
            }
        }
        boolean broken = false;
        boolean deprecated = false;
        for (String item : SEPARATORS.split(setting.value().strip())) {
            String name = item.toLowerCase(Locale.ROOT);
            if (BROKEN.contains(name)) {
                broken = true;
            } else if (DEPRECATED.contains(name)) {
                deprecated = true;
            } else if (!CURRENT.contains(name)) {
                return null;
            }
        }
        if (broken) {
            return Finding.noGo("sandbox.tls-off", setting)
                    .message(setting.key() + " still accepts SSL 2.0 or 3.0 in production: both are broken and "
                            + "prohibited (RFC 6176, RFC 7568), so a client or an attacker on the path that negotiates "
                            + "them reads the traffic.")
                    .remediation("List only TLSv1.2 and TLSv1.3 in " + setting.key() + ".")
                    .build();
        }
        if (deprecated) {
            return Finding.warn("sandbox.tls-off", setting)
                    .message(setting.key() + " still accepts TLS 1.0 or 1.1 in production: both are deprecated "
                            + "(RFC 8996) and weaker than the path's other protocols.")
                    .remediation("List only TLSv1.2 and TLSv1.3 in " + setting.key() + ".")
                    .build();
        }
        return null;
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The address a server announces to its clients, on loopback in production: a key that names the server's own IP
 * ({@code SERVER_IP}, {@code Server.PublicIp}, the bare {@code ip} of a game server's configuration,
 * {@code EXTERNAL_IP}, {@code ADVERTISED_IP}; an address a pjsip transport announces, {@code external_media_address})
 * holding {@code 127.0.0.1}, {@code localhost} or {@code ::1}. Game and
 * media servers hand this address to every client (the login list, the game world, the ICE candidates), so each
 * client connects to its own machine. A key with a bind or listen word ({@code BIND_IP}, {@code ListenIp}) is where
 * the server listens, and a key that names another service first ({@code REDIS_IP}, {@code login_server_ip} of a
 * database section, {@code map_server_ip}) is a destination: neither is read. {@code 0.0.0.0} is a bind address and
 * is not read either.
 */
final class AnnouncedAddresses {

    private AnnouncedAddresses() {
    }

    /** Words a key may have before {@code ip} and still name the announcing server's own address. */
    private static final Set<String> OWN_WORDS = Set.of("server", "public", "external", "advertised", "advertise",
            "announce", "announced", "game");
    private static final Set<String> IP_WORDS = SandboxKey.IP_WORDS;

    /**
     * The finding on a loopback address in a key that names the server's announced IP, or {@code null}.
     *
     * @param setting the setting, for its key and origin
     * @param value the unquoted, stripped value
     * @return a NO-GO {@code sandbox.local-public-url}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() > 16 || !loopback(value) || !namesAnnouncedIp(KeyWords.of(setting.key()))) {
            return null;
        }
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(String.format(Locale.ROOT, "%s is %s in production, but the server announces this address "
                        + "to its clients: each of them then connects to its own machine.", setting.key(),
                        value.toLowerCase(Locale.ROOT)))
                .remediation("Set the public IP address or host name clients reach the server at; bind to a local "
                        + "address with the server's bind or listen setting instead.")
                .build();
    }

    /**
     * Whether a key names the IP address a server announces: its last word is {@code ip} and every word before it is
     * one of the server's own ({@code server}, {@code public}, {@code external}, {@code advertised}, {@code game}).
     *
     * @param words the key's lower-case words
     * @return whether the key names the server's announced address
     */
    static boolean namesAnnouncedIp(List<String> words) {
        int size = words.size();
        if (size >= 2 && ADDRESS_WORDS.contains(words.get(size - 1))) {
            return announcedAddress(words);
        }
        if (size == 0 || size > 3 || !IP_WORDS.contains(words.get(size - 1))) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            if (!OWN_WORDS.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Last words of an address written as a host or IP ({@code external_media_address}). */
    private static final Set<String> ADDRESS_WORDS = SandboxKey.ADDRESS_WORDS;
    /** Words that make an address the one announced to others. */
    private static final Set<String> ANNOUNCE_WORDS = Set.of("external", "advertised", "advertise", "announce",
            "announced");

    /**
     * Whether a key ending in {@code address} names what a server announces: one of the two words before it says so
     * ({@code external}, {@code advertised}, {@code announced}), as Asterisk's pjsip transports write it
     * ({@code transport-wss.external_signaling_address}, {@code external_media_address}: the address put in SIP
     * headers and SDP for remote phones and browsers to send to) and {@code EXTERNAL_ADDRESS}.
     */
    private static boolean announcedAddress(List<String> words) {
        if (words.contains("bind") || words.contains("listen")) {
            return false;
        }
        int size = words.size();
        for (int i = Math.max(0, size - 3); i < size - 1; i++) {
            if (ANNOUNCE_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean loopback(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first != '1' && first != '0' && first != ':' && first != 'l' && first != 'L') {
            return false;
        }
        String host = value.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("::1") || Ip.isLoopback(host);
    }
}

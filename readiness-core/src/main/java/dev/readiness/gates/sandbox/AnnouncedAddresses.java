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
 *
 * <p>Forty-first pass: an address announced with its port ({@code SERVER_GRPC_BROADCAST_ADDRESS=localhost:7077},
 * Hatchet's address handed to its workers; {@code broadcast} before {@code address} announces as {@code advertised}
 * does) and a broker's advertised listeners ({@code KAFKA_ADVERTISED_LISTENERS=…,PLAINTEXT_HOST://localhost:9092}, the
 * addresses Kafka hands every client in its metadata) are read too. A list of listeners where another one names a
 * real host keeps a loopback one as the host machine's own door (the Compose idiom for tools on the developer's
 * machine): a WARN {@code sandbox.local-host}; every listener on loopback is the NO-GO above. Laravel's
 * {@code broadcasting} settings name a driver or a WebSocket server's host, not an announced address, and are not read.
 */
final class AnnouncedAddresses {

    private AnnouncedAddresses() {
    }

    /** Words a key may have before {@code ip} and still name the announcing server's own address. */
    private static final Set<String> OWN_WORDS = Set.of("server", "public", "external", "advertised", "advertise",
            "announce", "announced", "game");
    private static final Set<String> IP_WORDS = SandboxKey.IP_WORDS;
    /** Words right before {@code ip} that make it the announced address whatever the words before them. */
    private static final Set<String> ANNOUNCED_IP_WORDS = Set.of("public", "external", "advertised", "advertise",
            "announce", "announced");

    /**
     * The finding on a loopback address in a key that names the server's announced IP, or {@code null}.
     *
     * @param setting the setting, for its key and origin
     * @param value the unquoted, stripped value
     * @return a NO-GO {@code sandbox.local-public-url}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (!words.isEmpty() && words.get(words.size() - 1).equals(LISTENERS)) {
            return advertisedListeners(setting, value, words);
        }
        if (value.length() > 16 && !withPort(value) || !loopback(withoutPort(value)) || !namesAnnouncedIp(words)) {
            return null;
        }
        value = withoutPort(value);
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
     * one of the server's own ({@code server}, {@code public}, {@code external}, {@code advertised}, {@code game}), or
     * the word right before it says the address is announced ({@code DOCKER_PUBLIC_IP}, {@code DockerConfig.PublicIP}:
     * the public address of the Docker host that players or clients are sent to; forty-eighth pass).
     *
     * @param words the key's lower-case words
     * @return whether the key names the server's announced address
     */
    static boolean namesAnnouncedIp(List<String> words) {
        int size = words.size();
        if (size >= 2 && ADDRESS_WORDS.contains(words.get(size - 1))) {
            return announcedAddress(words);
        }
        if (size == 0 || size > 4 || !IP_WORDS.contains(words.get(size - 1))) {
            return false;
        }
        if (size >= 2 && ANNOUNCED_IP_WORDS.contains(words.get(size - 2)) && !words.contains("bind")
                && !words.contains("listen")) {
            return true; // DOCKER_PUBLIC_IP, DockerConfig.PublicIP: the public address of what the words before name
        }
        if (size > 3) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            if (!OWN_WORDS.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The longest value read: a few listeners. */
    static final int MAX_LENGTH = 256;
    /** The last word of a broker's listener list ({@code KAFKA_ADVERTISED_LISTENERS}). */
    static final String LISTENERS = "listeners";

    /** Whether a value is a host and a port ({@code localhost:7077}): one colon, digits after it. */
    private static boolean withPort(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon != value.lastIndexOf(':') || colon == value.length() - 1
                || value.length() - colon > 6) {
            return false;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutPort(String value) {
        return withPort(value) ? value.substring(0, value.indexOf(':')) : value;
    }

    /**
     * The finding on a broker's advertised listeners ({@code NAME://host:port}, comma-separated) of which some are on
     * loopback: WARN when another listener names a host others reach, NO-GO when all are on loopback.
     */
    private static @Nullable Finding advertisedListeners(Setting setting, String value, List<String> words) {
        if (!(words.contains("advertised") || words.contains("advertise")) || words.contains("bind")
                || words.contains("listen")) {
            return null;
        }
        int loopbackListeners = 0;
        int others = 0;
        for (String listener : value.split(",")) {
            String entry = listener.strip();
            int scheme = entry.indexOf("://");
            String address = scheme >= 0 ? entry.substring(scheme + 3) : entry;
            if (address.isEmpty() || address.indexOf('$') >= 0 || address.indexOf('{') >= 0) {
                return null; // a reference fills it later
            }
            String host = address.startsWith("[") && address.indexOf(']') > 0
                    ? address.substring(1, address.indexOf(']')) : withoutPort(address);
            if (loopback(host)) {
                loopbackListeners++;
            } else if (!host.isEmpty()) {
                others++;
            }
        }
        if (loopbackListeners == 0) {
            return null;
        }
        if (others > 0) {
            return Finding.warn("sandbox.local-host", setting)
                    .message(String.format(Locale.ROOT, "%s advertises %d of its listeners on loopback in production: "
                            + "a client given that listener in the broker's metadata connects to its own machine, so "
                            + "only tools on the broker's host reach it.", setting.key(), loopbackListeners))
                    .remediation("Advertise the host name clients reach the broker at, or drop the loopback listener"
                            + " from the production configuration.")
                    .build();
        }
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(String.format(Locale.ROOT, "%s advertises every listener on loopback in production: the "
                        + "broker hands that address to each client in its metadata, and each of them then connects "
                        + "to its own machine.", setting.key()))
                .remediation("Advertise the host name clients reach the broker at; bind to a local address with the "
                        + "broker's listeners setting instead.")
                .build();
    }

    /** Last words of an address written as a host or IP ({@code external_media_address}). */
    private static final Set<String> ADDRESS_WORDS = SandboxKey.ADDRESS_WORDS;
    /** Words that make an address the one announced to others. */
    private static final Set<String> ANNOUNCE_WORDS = Set.of("external", "advertised", "advertise", "announce",
            "announced", "broadcast");

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

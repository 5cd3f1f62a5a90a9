package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;

/**
 * Keys that name where a server itself listens or which of its own virtual hosts answers, flattened from an
 * application server's or broker's XML: ActiveMQ's {@code <transportConnector name="openwire"
 * uri="tcp://0.0.0.0:61616"/>} and Artemis's {@code <acceptor>} bind the broker's ports (all interfaces, or loopback
 * behind a proxy), and Tomcat's {@code <Engine defaultHost="localhost">} names the {@code <Host name="localhost">}
 * that answers requests no other virtual host claims (every stock {@code server.xml} ships both), and a server's own
 * {@code listeners} (Confluent's {@code SCHEMA_REGISTRY_LISTENERS=http://0.0.0.0:8081}, Kafka's and ksqlDB's;
 * forty-seventh pass) bind. None is an endpoint anyone calls; a listener bound to loopback alone stays reported,
 * since no other host reaches it. Outbound links keep their reading: ActiveMQ's {@code networkConnector} and Artemis's
 * {@code connector} are not these words, and a {@code DEFAULT_HOST} whose value no {@code Host} section of the file
 * names ({@code DATASOURCES_DEFAULT_HOST=db}, a data source's address) stays a destination. Stateless.
 */
final class ServerListeners {

    private ServerListeners() {
    }

    /**
     * Whether the key names a broker's listening address, or a default virtual host the file defines.
     *
     * @param settings the configuration, for the file's {@code Host} sections
     * @param words the key's lower-case words
     * @param value the value
     * @return {@code true} when the value is where the server listens or a name it answers to
     */
    static boolean named(Settings settings, List<String> words, String value) {
        if (!SandboxKey.namesServerListener(words)) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (last.equals("listeners") || last.equals("listener")) {
            // a listener bound to loopback alone stays reported: no other host reaches it (forty-fifth pass)
            return value.indexOf("localhost") < 0 && value.indexOf("127.") < 0 && value.indexOf("::1") < 0;
        }
        return !last.equals("host") || definesHost(settings, value.trim());
    }

    /** Whether a key of the configuration has a {@code Host} section of this name ({@code ….Host.localhost.appBase}). */
    private static boolean definesHost(Settings settings, String name) {
        if (name.isEmpty() || name.length() > 253 || name.indexOf(':') >= 0 || name.indexOf('/') >= 0) {
            return false;
        }
        String section = "host." + name + ".";
        for (Setting setting : settings.list()) {
            String key = setting.key();
            int at = key.length() > section.length() ? indexOfIgnoringCase(key, section) : -1;
            if (at > 0 && key.charAt(at - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoringCase(String key, String part) {
        for (int i = 0; i + part.length() <= key.length(); i++) {
            if (key.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}

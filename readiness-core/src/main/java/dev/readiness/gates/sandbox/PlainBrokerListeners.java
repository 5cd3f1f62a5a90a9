package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import org.jspecify.annotations.Nullable;

/**
 * A message broker's own configuration that takes its clients' passwords on plain-text listeners only (forty-third
 * pass): Mosquitto's {@code listener 1883} beside a {@code password_file}, with no {@code certfile} and anonymous
 * clients refused (the default since Mosquitto 2), so every client signs in over plain MQTT; and RabbitMQ's
 * {@code mqtt.listeners.ssl = none} (or {@code listeners.ssl}, {@code stomp.listeners.ssl}) beside that plug-in's
 * plain {@code listeners.tcp…}, the TLS listener switched off and the plain one kept. A broker that names no
 * password file (anonymous, another rule's question), one with a certificate, a listener on another port and
 * a TLS listener set to a port stay clean. A WARN: a proxy or tunnel may still carry the port. Stateless.
 */
final class PlainBrokerListeners {

    private static final String LISTENER = "listener";
    private static final String SSL_LISTENERS = "listeners.ssl";

    private PlainBrokerListeners() {
    }

    /**
     * Whether the rule reads a setting of this key: Mosquitto's top-level {@code listener}, or a key ending in
     * {@code listeners.ssl}.
     *
     * @param key a setting key
     * @return {@code false} when {@link #judge} finds nothing whatever the value
     */
    static boolean judgesKey(String key) {
        return key.equalsIgnoreCase(LISTENER) || AsciiCase.endsWith(key, SSL_LISTENERS);
    }

    /**
     * The finding on a broker's plain-text listener that takes passwords, or {@code null}.
     *
     * @param settings all settings, read for the password file, certificate and plain listeners
     * @param setting a setting whose key {@link #judgesKey} reads
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String key = setting.key();
        String value = setting.value().strip();
        if (key.equalsIgnoreCase(LISTENER)) {
            if (!value.equals("1883") || settings.get("password_file").isEmpty() || settings.get("certfile").isPresent()
                    || settings.get("allow_anonymous").filter(on -> ServerTlsSwitches.on(on.value().strip()))
                            .isPresent()) {
                return null;
            }
            return finding(setting, "is Mosquitto's plain MQTT port, with a password file and no certificate");
        }
        if (!value.equalsIgnoreCase("none") || !plainListener(settings, key)) {
            return null;
        }
        return finding(setting, "switches the broker's TLS listener off beside its plain one");
    }

    /** Whether the same plug-in ({@code mqtt.}) keeps a plain {@code listeners.tcp…} listener. */
    private static boolean plainListener(Settings settings, String key) {
        String plain = key.substring(0, key.length() - SSL_LISTENERS.length()) + "listeners.tcp";
        for (Setting other : settings) {
            String port = other.value().strip();
            if (other.key().regionMatches(true, 0, plain, 0, plain.length()) && !port.isEmpty()
                    && !port.equalsIgnoreCase("none")) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Setting setting, String what) {
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " " + what + " in production: every client's user name and password, and "
                        + "the messages, cross the network in clear text.")
                .remediation("Add a TLS listener (8883 for MQTT, 5671 for AMQP) with a certificate and key, and close "
                        + "the plain one or keep it on loopback.")
                .build();
    }
}

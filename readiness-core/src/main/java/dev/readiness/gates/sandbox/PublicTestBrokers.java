package dev.readiness.gates.sandbox;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The public test brokers of MQTT, which IoT and home-automation examples connect to by default
 * ({@code mqtt://broker.emqx.io:1883}, {@code broker.hivemq.com}, {@code mqtt.eclipseprojects.io},
 * {@code test.mosquitto.org}): anonymous, shared by everyone, often plain TCP, so any client on the internet reads the
 * devices' messages and can publish commands to them, and the operators promise no availability. EMQX's and HiveMQ's
 * own paid clusters ({@code *.emqxsl.com}, {@code *.hivemq.cloud}) are other names and stay clean. Stateless.
 */
final class PublicTestBrokers {

    private static final Set<String> HOSTS = Set.of("broker.emqx.io", "broker.hivemq.com", "mqtt.eclipseprojects.io",
            "iot.eclipse.org", "mqtt.eclipse.org", "test.mosquitto.org", "broker.mqttdashboard.com",
            "public.mqtthq.com", "public.cloud.shiftr.io", "broker-cn.emqx.io");

    private PublicTestBrokers() {
    }

    /**
     * The detail of a {@code sandbox.reserved-host} verdict for a public test broker.
     *
     * @param host a host name in lower case
     * @return the detail, or {@code null} for any other host
     */
    static @Nullable String named(String host) {
        return host.length() < 14 || host.length() > 24 || !HOSTS.contains(host) ? null
                : "a public MQTT test broker, anonymous and shared by everyone (any client reads the devices' messages"
                        + " and can publish to them)";
    }
}

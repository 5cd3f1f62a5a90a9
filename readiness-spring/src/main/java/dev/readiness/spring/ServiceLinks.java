package dev.readiness.spring;

/**
 * The variables Kubernetes puts in every container's environment for each Service of its namespace (service links,
 * on by default), with a value of exactly the shape the kubelet gives them. For a Service {@code redis-primary} on TCP
 * port 6379 at cluster IP 10.0.0.11: {@code REDIS_PRIMARY_SERVICE_HOST=10.0.0.11},
 * {@code REDIS_PRIMARY_SERVICE_PORT=6379} (and {@code _SERVICE_PORT_<NAME>} per named port),
 * {@code REDIS_PRIMARY_PORT=tcp://10.0.0.11:6379}, {@code REDIS_PRIMARY_PORT_6379_TCP=tcp://10.0.0.11:6379},
 * {@code REDIS_PRIMARY_PORT_6379_TCP_PROTO=tcp}, {@code REDIS_PRIMARY_PORT_6379_TCP_PORT=6379} and
 * {@code REDIS_PRIMARY_PORT_6379_TCP_ADDR=10.0.0.11}. They are the platform's, as the shell's own variables are
 * ({@link ShellVariables}): a cluster address and a port, no credential, no switch, nothing a gate judges; yet a pod
 * gets seven or more per Service of its namespace, and the gates' cold first check pays for each (six Services, 42
 * variables: about 15 ms of a boot's CPU and 0.34 MB allocated, for no finding). So the environment's settings leave
 * them out. The test is the name and the value's shape together: an address that is not an IP
 * literal ({@code PAYMENTS_SERVICE_HOST=api.sandbox.paypal.com}), another scheme ({@code CACHE_PORT=http://…}) or a
 * port that is not the name's is not the kubelet's and is judged as any other variable. A value that uses one
 * ({@code spring.data.redis.host=${REDIS_PRIMARY_SERVICE_HOST}}) is judged where it is written, as before.
 * Stateless.
 */
final class ServiceLinks {

    private static final String SERVICE_HOST = "_SERVICE_HOST";

    private static final String SERVICE_PORT = "_SERVICE_PORT";

    private static final String PORT = "_PORT";

    /** Addresses the sandbox gate reads as a developer's machine or the container host ({@code EndpointJudge}). */
    private static final java.util.Set<String> DEVELOPERS_ADDRESSES = java.util.Set.of("10.0.2.2", "192.168.99.100",
            "192.168.99.101", "192.168.49.2", "172.17.0.1");

    private ServiceLinks() {
    }

    /**
     * Whether an environment variable is a Kubernetes service link with a value of the kubelet's shape.
     *
     * @param name the variable's name, as the environment spells it
     * @param value its value
     * @return whether the gates can leave it out
     */
    static boolean isServiceLink(String name, String value) {
        if (name.length() > 255 || !isVariableName(name)) {
            return false;
        }
        if (name.endsWith(SERVICE_HOST)) {
            return name.length() > SERVICE_HOST.length() && isIpLiteral(value);
        }
        Boolean portEntry = portEntry(name, value);
        if (portEntry != null) {
            return portEntry;
        }
        int servicePort = name.indexOf(SERVICE_PORT);
        int after = servicePort + SERVICE_PORT.length();
        if (servicePort > 0 && (name.length() == after || name.charAt(after) == '_' && name.length() > after + 1)) {
            return isPort(value); // REDIS_SERVICE_PORT=6379, KUBERNETES_SERVICE_PORT_HTTPS=443
        }
        return name.endsWith(PORT) && name.length() > PORT.length() && isAddress(value, null);
    }

    /**
     * What a variable of one port's entries says ({@code _PORT_6379_TCP}, {@code _PORT_6379_TCP_PROTO},
     * {@code _PORT_6379_TCP_PORT}, {@code _PORT_6379_TCP_ADDR}): whether the value is the kubelet's for it, or
     * {@code null} when the name is no such entry.
     */
    private static @org.jspecify.annotations.Nullable Boolean portEntry(String name, String value) {
        int port = name.lastIndexOf(PORT + "_");
        while (port > 0) {
            String rest = name.substring(port + PORT.length() + 1);
            int underscore = rest.indexOf('_');
            if (underscore > 0 && isPort(rest.substring(0, underscore))) {
                String number = rest.substring(0, underscore);
                String tail = rest.substring(underscore + 1);
                int fieldStart = tail.indexOf('_');
                String protocol = fieldStart < 0 ? tail : tail.substring(0, fieldStart);
                String field = fieldStart < 0 ? "" : tail.substring(fieldStart + 1);
                if (isProtocol(protocol)) {
                    String scheme = protocol.toLowerCase(java.util.Locale.ROOT);
                    return switch (field) {
                        case "" -> isAddress(value, scheme + "://", number);
                        case "PROTO" -> value.equals(scheme);
                        case "PORT" -> value.equals(number);
                        case "ADDR" -> isIpLiteral(value);
                        default -> false;
                    };
                }
            }
            port = name.lastIndexOf(PORT + "_", port - 1);
        }
        return null;
    }

    /** Upper-case letters, digits and underscores, as the kubelet writes a Service's name. */
    private static boolean isVariableName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProtocol(String protocol) {
        return protocol.equals("TCP") || protocol.equals("UDP") || protocol.equals("SCTP");
    }

    /** {@code tcp://10.0.0.11:6379}, {@code udp://…}, {@code sctp://…}, {@code tcp://[fd00::1]:53}. */
    private static boolean isAddress(String value, @org.jspecify.annotations.Nullable String port) {
        for (String scheme : new String[] {"tcp://", "udp://", "sctp://"}) {
            if (value.startsWith(scheme)) {
                return isAddress(value, scheme, port);
            }
        }
        return false;
    }

    /** A {@code scheme} address of an IP literal and a port, the given port when one is given. */
    private static boolean isAddress(String value, String scheme, @org.jspecify.annotations.Nullable String port) {
        if (!value.startsWith(scheme)) {
            return false;
        }
        int colon = value.lastIndexOf(':');
        if (colon <= scheme.length()) {
            return false;
        }
        String host = value.substring(scheme.length(), colon);
        String number = value.substring(colon + 1);
        if (host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            host = host.substring(1, host.length() - 1);
            if (host.indexOf(':') < 0) {
                return false;
            }
        } else if (host.indexOf(':') >= 0) {
            return false;
        }
        return isIpLiteral(host) && isPort(number) && (port == null || number.equals(port));
    }

    private static boolean isPort(String value) {
        if (value.isEmpty() || value.length() > 5 || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(value) <= 65_535;
    }

    /**
     * A cluster address: a dotted IPv4 address ({@code 10.96.0.1}) or an IPv6 one of hexadecimal groups
     * ({@code fd00:10:96::1}), but none a gate reads as a machine's own or a developer's (loopback, unspecified,
     * link-local, the addresses development VMs and Docker's bridge give the host): no Service has one, and a variable
     * holding one is judged as before.
     */
    private static boolean isIpLiteral(String value) {
        if (isIpv4(value)) {
            return !value.startsWith("127.") && !value.startsWith("0.") && !value.startsWith("169.254.")
                    && !DEVELOPERS_ADDRESSES.contains(value);
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return isIpv6(value) && !lower.startsWith("fe80:") && !lower.replace("0", "").matches(":*1?");
    }

    private static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String value) {
        if (value.length() < 2 || value.length() > 39 || value.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}

package dev.readiness.gates.sandbox;

import org.jspecify.annotations.Nullable;

/** Reads IP literals without touching DNS ({@code InetAddress.getByName} would resolve names). */
final class Ip {

    private Ip() {
    }

    /**
     * The four octets of a dotted-quad IPv4 address.
     *
     * @param host the host
     * @return the octets, or {@code null} when the host is not a dotted quad
     */
    static int @Nullable [] parseIpv4(String host) {
        if (host.isEmpty() || host.length() > 15 || host.charAt(0) < '0' || host.charAt(0) > '9') {
            return null;
        }
        int[] octets = new int[4];
        int part = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (digits == 0 || part == 3) {
                    return null;
                }
                octets[part++] = value;
                digits = 0;
                value = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return null;
                }
                value = value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (digits == 0 || part != 3) {
            return null;
        }
        octets[3] = value;
        return octets;
    }

    /**
     * The eight 16-bit groups of an IPv6 address, with {@code ::} expanded and an embedded IPv4 tail converted.
     *
     * @param host the address without brackets or zone
     * @return the groups, or {@code null} when the host is not an IPv6 address
     */
    static int @Nullable [] parseIpv6(String host) {
        if (host.isEmpty() || host.length() > 45) {
            return null;
        }
        int doubleColon = host.indexOf("::");
        if (doubleColon >= 0 && host.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon < 0 ? host : host.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : host.substring(doubleColon + 2);
        int[] headGroups = groups(head);
        int[] tailGroups = groups(tail);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] address = new int[8];
        System.arraycopy(headGroups, 0, address, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, address, 8 - tailGroups.length, tailGroups.length);
        return address;
    }

    private static int @Nullable [] groups(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        boolean ipv4Tail = parts[parts.length - 1].indexOf('.') >= 0;
        int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (ipv4Tail && i == parts.length - 1) {
                int[] octets = parseIpv4(part);
                if (octets == null) {
                    return null;
                }
                groups[i] = octets[0] << 8 | octets[1];
                groups[i + 1] = octets[2] << 8 | octets[3];
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                int digit = Character.digit(part.charAt(j), 16);
                if (digit < 0) {
                    return null;
                }
                value = value << 4 | digit;
            }
            groups[i] = value;
        }
        return groups;
    }

    /**
     * Whether a host is a loopback or unspecified address: 127.0.0.0/8, 0.0.0.0, {@code ::1}, {@code ::}, and
     * IPv4-mapped forms of those.
     *
     * @param host the host
     * @return {@code true} for loopback
     */
    static boolean isLoopback(String host) {
        if (host.isEmpty() || (Character.digit(host.charAt(0), 16) < 0 && host.charAt(0) != ':')) {
            return false;
        }
        int[] v4 = parseIpv4(host);
        if (v4 != null) {
            return v4[0] == 127;
        }
        int[] v6 = host.indexOf(':') >= 0 ? parseIpv6(host) : null;
        if (v6 == null) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        if (v6[5] == 0xffff) {
            return v6[6] >> 8 == 127;
        }
        return v6[5] == 0 && v6[6] == 0 && v6[7] == 1;
    }

    /**
     * Whether a host is an address written for documentation, not for a machine (thirty-ninth pass): the three IPv4
     * blocks RFC 5737 reserves for documentation ({@code 192.0.2.0/24}, {@code 198.51.100.0/24},
     * {@code 203.0.113.0/24}), IPv6's documentation prefix {@code 2001:db8::/32} (RFC 3849), and {@code 1.2.3.4}, the
     * ascending stand-in templates write where the reader's own address goes ({@code LDAP_HOST=1.2.3.4}). No server a
     * deployment calls has one. Other addresses of {@code 1.0.0.0/8} ({@code 1.1.1.1}) are real services.
     *
     * @param host the host
     * @return {@code true} for a documentation address
     */
    static boolean isDocumentation(String host) {
        if (host.isEmpty() || host.charAt(0) != '1' && host.charAt(0) != '2') {
            return false;
        }
        int[] v4 = parseIpv4(host);
        if (v4 != null) {
            return v4[0] == 192 && v4[1] == 0 && v4[2] == 2 || v4[0] == 198 && v4[1] == 51 && v4[2] == 100
                    || v4[0] == 203 && v4[1] == 0 && v4[2] == 113
                    || v4[0] == 1 && v4[1] == 2 && v4[2] == 3 && v4[3] == 4;
        }
        int[] v6 = host.indexOf(':') >= 0 ? parseIpv6(host) : null;
        return v6 != null && v6[0] == 0x2001 && v6[1] == 0x0db8;
    }

    /**
     * Whether a host is the unspecified address {@code 0.0.0.0} or {@code ::}: a bind-to-all address, never a
     * destination.
     *
     * @param host the host
     * @return {@code true} for the unspecified address
     */
    static boolean isUnspecified(String host) {
        if (host.isEmpty() || (host.charAt(0) != '0' && host.charAt(0) != ':')) {
            return false;
        }
        int[] v4 = parseIpv4(host);
        if (v4 != null) {
            return v4[0] == 0 && v4[1] == 0 && v4[2] == 0 && v4[3] == 0;
        }
        int[] v6 = host.indexOf(':') >= 0 ? parseIpv6(host) : null;
        if (v6 == null) {
            return false;
        }
        for (int group : v6) {
            if (group != 0) {
                return false;
            }
        }
        return true;
    }
}

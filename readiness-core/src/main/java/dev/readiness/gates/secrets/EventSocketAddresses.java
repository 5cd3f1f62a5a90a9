package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The password inside a FreeSWITCH event-socket address written as {@code host:port:password}, the form jambonz takes
 * ({@code JAMBONES_FREESWITCH=freeswitch:8021:JambonzR0ck$}, optionally followed by {@code :name}, as its
 * feature-server README documents it): the event socket (ESL) gives whoever holds the password full control of the
 * switch's calls, and the key names no secret, so its password went unread. Only a key whose words name FreeSWITCH
 * or its event socket ({@code freeswitch}, {@code esl}) is read, and only a value of three or four colon-separated
 * parts whose first is a host name or address and whose second a port: a plain {@code host:port}
 * ({@code FREESWITCH_HOST=fs:8021}), a URL and a reference are not. Stateless; never keeps a value.
 */
final class EventSocketAddresses {

    private EventSocketAddresses() {
    }

    /**
     * The password of an event-socket address, or {@code null}.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return the password part, or {@code null} when the key or the value is not of this form
     */
    static @Nullable String password(String key, String value) {
        String trimmed = value.trim();
        int first = trimmed.indexOf(':');
        if (first <= 0 || trimmed.indexOf("${") >= 0 || trimmed.indexOf('/') >= 0 || !namesEventSocket(key)) {
            return null;
        }
        int second = trimmed.indexOf(':', first + 1);
        if (second < 0 || !isHost(trimmed, 0, first) || !isPort(trimmed, first + 1, second)) {
            return null;
        }
        int third = trimmed.indexOf(':', second + 1);
        int end = third < 0 ? trimmed.length() : third;
        if (end == second + 1 || third >= 0 && trimmed.indexOf(':', third + 1) >= 0) {
            return null;
        }
        String password = trimmed.substring(second + 1, end);
        for (int i = 0; i < password.length(); i++) {
            if (Character.isWhitespace(password.charAt(i))) {
                return null;
            }
        }
        return password;
    }

    /** Whether the key's words name FreeSWITCH or its event socket. */
    static boolean namesEventSocket(String key) {
        List<String> words = KeyWords.of(key);
        return words.contains("freeswitch") || words.contains("esl");
    }

    private static boolean isHost(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isPort(String value, int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

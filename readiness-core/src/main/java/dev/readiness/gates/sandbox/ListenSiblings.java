package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;

/**
 * A configuration that names its listen addresses with the same word as a published host name: L2J's login server
 * writes {@code LoginserverHostname = *} (listen for game clients on every interface) beside
 * {@code LoginHostname = 127.0.0.1} (listen for game servers on this machine only). When another key ending in the
 * same word holds a wildcard bind address ({@code *}, {@code 0.0.0.0}, {@code ::}), the file uses that word for the
 * addresses its servers listen on, and a loopback IP under it is a listen address, not a host name others are sent to.
 * A key with a public word of its own ({@code PUBLIC_HOSTNAME}, {@code EXTERNAL_HOST}), a key that names a back end the
 * service calls ({@code MAIL_HOST}, {@code MEMCACHED_HOST}, {@code REDIS_HOST} beside {@code REVERB_SERVER_HOST=0.0.0.0})
 * and the name {@code localhost} (which a published host name holds, {@code KC_HOSTNAME=localhost}) are still judged.
 */
final class ListenSiblings {

    private ListenSiblings() {
    }

    private static final Set<String> ADDRESS_WORDS = Set.of("hostname", "host", "address", "ip");
    private static final Set<String> WILDCARDS = Set.of("*", "0.0.0.0", "::", "[::]");

    /**
     * Whether a loopback IP in this key is a listen address by the file's own naming.
     *
     * @param references the configuration, for the other settings
     * @param setting the setting judged
     * @param words the key's lower-case words
     * @param value the unquoted, stripped value
     * @return whether a sibling with the same last word holds a wildcard bind address
     */
    static boolean listens(ReferencedValues references, Setting setting, List<String> words, String value) {
        int size = words.size();
        if (size == 0 || !ADDRESS_WORDS.contains(words.get(size - 1)) || !Ip.isLoopback(value)) {
            return false;
        }
        for (String word : words) {
            if (KeyClass.PUBLIC.words().contains(word) || SandboxGate.BACK_END_WORDS.contains(word)
                    || DatabaseWords.STORES.contains(word)) {
                return false;
            }
        }
        String last = words.get(size - 1);
        for (Setting other : references.settings()) {
            if (other.key().equals(setting.key()) || !WILDCARDS.contains(other.value().strip())) {
                continue;
            }
            List<String> otherWords = KeyWords.of(other.key());
            if (!otherWords.isEmpty() && otherWords.get(otherWords.size() - 1).equals(last)) {
                return true;
            }
        }
        return false;
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Arrays;
import java.util.Optional;

/**
 * A value under a secret's key that names an entry of the same file, not a secret: Asterisk's {@code pjsip.conf}
 * gives an endpoint {@code auth=6001-auth}, the name of the {@code [6001-auth]} section that holds the password;
 * LiveKit's {@code webhook.api_key: APIxxxxxxxxxxxx} picks one of the {@code keys:} map's entries, whose value is the
 * secret. The value is a name when another key of the same file holds it as a whole part and names a secret itself
 * ({@code 6001-auth.password}) or is the entry of a map of keys by their ids ({@code keys.APIxxxxxxxxxxxx}, LiveKit's
 * {@code keys:} map of API key ids to secrets); the entry's own secret is judged under that key. A
 * part of a key that holds no secret is no such evidence (Zigbee2MQTT's {@code network_key: 0x5432…} copying the
 * device address of {@code devices.0x5432….friendly_name} stays judged), nor is a plain lower-case word
 * ({@code password=admin} beside a section {@code admin.password}). Stateless.
 */
final class NamedEntryValues {

    private static final int MIN_LENGTH = 6;
    /** Longer than a section name or a key id (LiveKit's are 15 characters): a generated secret, never scanned for. */
    private static final int MAX_LENGTH = 24;

    private NamedEntryValues() {
    }

    /**
     * Whether a secret's value names a section or map entry of its own file.
     *
     * @param settings the settings
     * @param setting the secret's setting
     * @param value its value
     * @param secretKeys which keys name a secret
     * @return {@code true} when another key of the same file, itself a secret's, holds the value as one of its parts
     */
    static boolean namesEntry(Settings settings, Setting setting, String value, SecretKeys secretKeys) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || !isName(value)) {
            return false; // the cheap test first: most values hold a character no key part does, or are plain words
        }
        Optional<String> file = setting.origin().file();
        if (file.isEmpty() || !isSomeKeysPart(settings, value)) {
            return false;
        }
        for (Setting other : settings.list()) {
            String key = other.key();
            if (other != setting && key.length() > length && holdsPart(key, value)
                    && file.equals(other.origin().file())
                    && (secretKeys.isSecret(key) || isKeyMapEntry(key, value))) {
                return true;
            }
        }
        return false;
    }

    /** The fewest settings for which the index of key parts is built. */
    private static final int INDEXED_FROM = 4096;
    /** Names the snapshot's {@link #segmentHashes} in its {@link SnapshotMemo}. */
    private static final Object SEGMENTS = new Object();

    /**
     * Whether some key of the snapshot may hold the value as one of its dot-separated parts: in a snapshot of more than
     * {@value #INDEXED_FROM} settings, a binary search of the parts' hashes, made once per snapshot, so that a value no
     * key holds (nearly all) costs no scan of every key. A
     * check of a million settings with a hundred thousand weak passwords would otherwise compare each with every key
     * (the hostile size test's gate timed out at 100 s).
     */
    private static boolean isSomeKeysPart(Settings settings, String value) {
        if (settings.size() <= INDEXED_FROM) {
            return true; // a scan of a few thousand keys costs less than building the index (and allocates nothing)
        }
        int[] hashes = SnapshotMemo.of(settings).whole(SEGMENTS, () -> segmentHashes(settings));
        return Arrays.binarySearch(hashes, value.hashCode()) >= 0;
    }

    /** The sorted {@link String#hashCode} of every key part whose length a name can have; no substring is made. */
    private static int[] segmentHashes(Settings settings) {
        int[] hashes = new int[64];
        int count = 0;
        for (Setting setting : settings) {
            String key = setting.key();
            int start = 0;
            int hash = 0;
            for (int i = 0; i <= key.length(); i++) {
                if (i == key.length() || key.charAt(i) == '.') {
                    int length = i - start;
                    if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
                        if (count == hashes.length) {
                            hashes = Arrays.copyOf(hashes, count * 2);
                        }
                        hashes[count++] = hash;
                    }
                    start = i + 1;
                    hash = 0;
                } else {
                    hash = 31 * hash + key.charAt(i);
                }
            }
        }
        int[] sorted = Arrays.copyOf(hashes, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Letters, digits, {@code -} and {@code _}, with at least one that is neither a lower-case letter. */
    private static boolean isName(String value) {
        boolean marked = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                continue;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
            marked = true;
        }
        return marked;
    }

    /** Whether a key is the entry of a map named {@code keys} for this value ({@code keys.APIxxxx}). */
    private static boolean isKeyMapEntry(String key, String value) {
        int start = key.length() - value.length() - 5;
        return start >= 0 && key.endsWith(value) && key.startsWith("keys.", start)
                && (start == 0 || key.charAt(start - 1) == '.');
    }

    private static boolean holdsPart(String key, String value) {
        int at = key.indexOf(value);
        while (at >= 0) {
            int end = at + value.length();
            if ((at == 0 || key.charAt(at - 1) == '.') && (end == key.length() || key.charAt(end) == '.')) {
                return true;
            }
            at = key.indexOf(value, at + 1);
        }
        return false;
    }
}

package dev.readiness.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * The positions of settings grouped by the first {@value #LEAD} characters of their canonical keys, so that a prefix
 * lookup ({@code readiness.sandbox.extra-keys}, a database URL's companions) reads one group instead of every
 * setting. Four bytes a setting; positions stay in order within a group, so lookups keep the settings' order.
 * Immutable once built.
 */
final class PrefixIndex {

    /** How many leading canonical characters group the keys; shorter prefixes read every setting. */
    static final int LEAD = 4;

    private final Setting[] entries;
    private final int size;
    private final int mask;
    private final int[] starts;
    private final int[] positions;

    private PrefixIndex(Setting[] entries, int size) {
        this.entries = entries;
        this.size = size;
        this.mask = Integer.highestOneBit(Math.max(size, 1) * 2 - 1) - 1;
        int[] groups = new int[size];
        this.starts = new int[mask + 2];
        for (int position = 0; position < size; position++) {
            groups[position] = group(entries[position].key());
            starts[groups[position] + 1]++;
        }
        for (int group = 0; group <= mask; group++) {
            starts[group + 1] += starts[group];
        }
        this.positions = new int[size];
        for (int position = 0; position < size; position++) {
            positions[starts[groups[position]]++] = position; // each group's start, moved on to the next group's
        }
        System.arraycopy(starts, 0, starts, 1, mask + 1);
        starts[0] = 0;
    }

    static PrefixIndex of(Setting[] entries, int size) {
        return new PrefixIndex(entries, size);
    }

    /**
     * The settings whose canonical key starts with a canonical prefix, in the settings' order.
     *
     * @param canonicalPrefix a prefix in canonical form
     * @return the matches, in a new mutable list
     */
    List<Setting> withPrefix(String canonicalPrefix) {
        List<Setting> matching = new ArrayList<>();
        if (canonicalPrefix.length() < LEAD) {
            for (int position = 0; position < size; position++) {
                addMatching(entries[position], canonicalPrefix, matching);
            }
            return matching;
        }
        int group = spread(canonicalPrefix, LEAD);
        for (int i = starts[group], end = starts[group + 1]; i < end; i++) {
            addMatching(entries[positions[i]], canonicalPrefix, matching);
        }
        return matching;
    }

    /**
     * Whether any setting's canonical key starts with a canonical prefix: {@code !withPrefix(p).isEmpty()} without
     * the list.
     *
     * @param canonicalPrefix a prefix in canonical form
     * @return {@code true} when one does
     */
    boolean any(String canonicalPrefix) {
        if (canonicalPrefix.length() < LEAD) {
            for (int position = 0; position < size; position++) {
                if (RelaxedNames.canonicalStartsWith(entries[position].key(), canonicalPrefix)) {
                    return true;
                }
            }
            return false;
        }
        int group = spread(canonicalPrefix, LEAD);
        for (int i = starts[group], end = starts[group + 1]; i < end; i++) {
            if (RelaxedNames.canonicalStartsWith(entries[positions[i]].key(), canonicalPrefix)) {
                return true;
            }
        }
        return false;
    }

    private static void addMatching(Setting setting, String canonicalPrefix, List<Setting> matching) {
        if (RelaxedNames.canonicalStartsWith(setting.key(), canonicalPrefix)) {
            matching.add(setting);
        }
    }

    private int group(String key) {
        int hash = 0;
        int taken = 0;
        for (int i = 0; i < key.length() && taken < LEAD; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                String canonical = RelaxedNames.canonical(key);
                return spread(canonical, Math.min(LEAD, canonical.length()));
            }
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            taken++;
        }
        return mix(hash);
    }

    private int spread(String canonical, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + canonical.charAt(i);
        }
        return mix(hash);
    }

    private int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}

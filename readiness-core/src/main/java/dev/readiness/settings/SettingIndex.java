package dev.readiness.settings;

import java.util.Arrays;

/**
 * Settings in the order their keys first appeared, found by canonical key: an array of the settings, the hash of
 * each canonical key, and an open-addressing table of positions. Canonical keys are compared and hashed as they are
 * read, never made. About 16 bytes a setting besides the setting
 * itself, where a {@code LinkedHashMap} with canonical keys took about 100. Not thread-safe while it is filled;
 * {@link Settings} only reads one that is no longer filled.
 */
final class SettingIndex {

    private Setting[] entries;
    private int[] hashes;
    private int[] table;
    private int size;

    SettingIndex(int expected) {
        entries = new Setting[Math.max(expected, 8)];
        hashes = new int[entries.length];
        table = new int[tableSize(entries.length)];
    }

    private SettingIndex(Setting[] entries, int[] hashes, int[] table, int size) {
        this.entries = entries;
        this.hashes = hashes;
        this.table = table;
        this.size = size;
    }

    int size() {
        return size;
    }

    Setting at(int position) {
        return entries[position];
    }

    /** The settings themselves, the first {@link #size()} of them. */
    Setting[] entries() {
        return entries;
    }

    /**
     * Adds a setting, or replaces the one with its canonical key where that one stands.
     *
     * @param setting the setting
     */
    void put(Setting setting) {
        String key = setting.key();
        int hash = spread(RelaxedNames.canonicalHash(key));
        int slot = find(key, hash);
        if (table[slot] != 0) {
            entries[table[slot] - 1] = setting;
            return;
        }
        if (size == entries.length) {
            grow();
            slot = find(key, hash);
        }
        entries[size] = setting;
        hashes[size] = hash;
        table[slot] = ++size;
    }

    /**
     * The setting whose key has the same canonical form as the one given.
     *
     * @param key a key in any spelling
     * @return the setting, or {@code null}
     */
    Setting get(String key) {
        int position = table[find(key, spread(RelaxedNames.canonicalHash(key)))];
        return position == 0 ? null : entries[position - 1];
    }

    /**
     * A copy to go on filling when the original has been handed to a {@link Settings}.
     *
     * @return the copy
     */
    SettingIndex copy() {
        return new SettingIndex(entries.clone(), hashes.clone(), table.clone(), size);
    }

    /**
     * The same keys in the same order with other settings for them, sharing this index's hashes and table.
     *
     * @param replacement for each position, a setting with the same canonical key as the one it replaces
     * @return the new index
     */
    SettingIndex withEntries(Setting[] replacement) {
        return new SettingIndex(replacement, hashes, table, size);
    }

    private int find(String key, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            int position = table[slot] - 1;
            if (hashes[position] == hash && RelaxedNames.sameCanonical(entries[position].key(), key)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int capacity = entries.length * 2;
        entries = Arrays.copyOf(entries, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        table = new int[tableSize(capacity)];
        int mask = table.length - 1;
        for (int position = 0; position < size; position++) {
            int slot = hashes[position] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = position + 1;
        }
    }

    private static int tableSize(int capacity) {
        return Integer.highestOneBit(capacity * 2 - 1) << 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

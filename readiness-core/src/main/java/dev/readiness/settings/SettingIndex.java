package dev.readiness.settings;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Settings in the order their keys first appeared, found by canonical key: an array of the settings, the hash of
 * each canonical key, and an open-addressing table of positions. Canonical keys are compared and hashed as they are
 * read, never made. About 16 bytes a setting besides the setting
 * itself, where a {@code LinkedHashMap} with canonical keys took about 100. Not thread-safe while it is filled;
 * {@link Settings} only reads one that is no longer filled.
 *
 * <p>Two keys with one canonical form are still two properties to Spring Boot when their elements differ
 * ({@code jwt.secret} and {@code jwt-secret}): the one replaced is then kept after the others as a <em>shadow</em>,
 * walked with every setting and found by a key with its own elements, so that neither value hides the other. An
 * environment-style key ({@code JWT_SECRET}), which Spring Boot binds to every such spelling, replaces them all; in a
 * properties, YAML or XML file the same name is one element to Spring Boot and replaces its own spelling only.
 * Within one file a key of the same elements but another spelling is a shadow too, unless the later key is the one
 * Spring Boot's binder asks for first ({@code spring.datasource.password} after {@code spring.data-source.password}
 * keeps both; {@code jwt.client-secret} after {@code jwt.clientSecret} replaces it), and a lookup finds its own
 * spelling first (forty-second pass). The documents of one file ({@code ---} in YAML, {@code #---} in properties) are
 * separate sources to Spring Boot, a later one above an earlier one, so a key of a later document replaces every
 * spelling of an earlier document's, as a later file's does (forty-third pass).
 */
final class SettingIndex {

    private Setting[] entries;
    private int[] hashes;
    private int[] table;
    private int size;
    /** Which positions hold a shadow; {@code null} while none does, as in almost every index. */
    private boolean @Nullable [] shadows;
    /**
     * For each file read as several documents, the first line of each document after the first, sorted; {@code null}
     * when no file was.
     */
    private java.util.@Nullable Map<String, int[]> documentStarts;

    SettingIndex(int expected) {
        entries = new Setting[Math.max(expected, 8)];
        hashes = new int[entries.length];
        table = new int[tableSize(entries.length)];
    }

    private SettingIndex(Setting[] entries, int[] hashes, int[] table, int size, boolean @Nullable [] shadows,
            java.util.@Nullable Map<String, int[]> documentStarts) {
        this.entries = entries;
        this.hashes = hashes;
        this.table = table;
        this.size = size;
        this.shadows = shadows;
        this.documentStarts = documentStarts;
    }

    /**
     * Says where a file's documents start, so that two settings of different documents are of different sources.
     *
     * @param file the file name of the settings' origins
     * @param laterStarts the first line of each document after the first
     */
    void documents(String file, int[] laterStarts) {
        int[] sorted = laterStarts.clone();
        Arrays.sort(sorted);
        java.util.Map<String, int[]> starts = documentStarts == null ? new java.util.HashMap<>()
                : new java.util.HashMap<>(documentStarts);
        starts.put(file, sorted);
        documentStarts = starts;
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
        put(setting, false);
    }

    /**
     * Adds a setting as {@link #put(Setting)} does, read from a Spring Boot configuration file (properties, YAML, XML)
     * when {@code configurationFile} is set: there an environment-style key ({@code JWT_SECRET}) is one element to
     * Spring Boot ({@code jwtsecret}), not an environment variable that binds to every spelling.
     *
     * @param setting the setting
     * @param configurationFile whether it comes from a Spring Boot configuration file
     */
    void put(Setting setting, boolean configurationFile) {
        String key = setting.key();
        int hash = spread(RelaxedNames.canonicalHash(key));
        int slot = find(key, hash);
        if (table[slot] != 0) {
            replace(table[slot] - 1, setting, hash, configurationFile);
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
     * The setting whose key has the same canonical form as the one given: of several, the one with the key's own
     * elements, else (and for an environment-style key) the one written last.
     *
     * @param key a key in any spelling
     * @return the setting, or {@code null}
     */
    Setting get(String key) {
        int hash = spread(RelaxedNames.canonicalHash(key));
        int position = table[find(key, hash)];
        if (position == 0) {
            return null;
        }
        Setting found = entries[position - 1];
        if (shadows == null || found.key().equals(key)) {
            return found;
        }
        int own = shadowOf(key, hash, true);
        if (own >= 0) {
            return entries[own];
        }
        if (!RelaxedNames.sameElements(found.key(), key) && !RelaxedNames.isEnvironmentStyle(key)) {
            int shadow = shadowOf(key, hash);
            return shadow < 0 ? found : entries[shadow];
        }
        return found;
    }

    /**
     * Puts a setting where one of its canonical key stands: in its place when Spring Boot reads both as one property,
     * else with the one it replaces kept as a shadow (in place of an earlier shadow of the same elements). Two
     * spellings of one source, one of them environment-style ({@code jwt_secret} and {@code JWT_SECRET} in an env
     * file, a manifest's Secret or the process environment), are two variables of the process, which Spring Boot
     * finds by different routes: both are kept.
     */
    private void replace(int position, Setting setting, int hash, boolean configurationFile) {
        Setting replaced = entries[position];
        entries[position] = setting;
        boolean everySpelling = !configurationFile && RelaxedNames.isEnvironmentStyle(setting.key());
        boolean replacedEvery = RelaxedNames.isEnvironmentStyle(replaced.key());
        boolean twoNames = !replaced.key().equals(setting.key()) && sameSource(replaced, setting);
        boolean variables = (everySpelling || replacedEvery) && twoNames;
        boolean ownSpelling = twoNames && RelaxedNames.sameElements(replaced.key(), setting.key())
                && !(RelaxedNames.isUniformForm(setting.key()) && !RelaxedNames.isUniformForm(replaced.key()));
        if (variables || ownSpelling || !everySpelling && !replacedEvery
                && !RelaxedNames.sameElements(replaced.key(), setting.key())) {
            int stale = shadowOf(setting.key(), hash, variables || ownSpelling);
            if (stale >= 0) {
                entries[stale] = replaced;
                return;
            }
            if (size == entries.length) {
                grow();
            }
            if (shadows == null) {
                shadows = new boolean[entries.length];
            }
            entries[size] = replaced;
            hashes[size] = hash;
            shadows[size++] = true;
        } else if (shadows != null) {
            removeShadows(setting.key(), hash, everySpelling);
        }
    }

    private boolean sameSource(Setting a, Setting b) {
        Origin first = a.origin();
        Origin second = b.origin();
        String source = first.source();
        return source != null && source.equals(second.source()) && sameDocument(first, second);
    }

    /** Whether two origins of one file are in one of its documents; {@code true} unless both lines say otherwise. */
    private boolean sameDocument(Origin first, Origin second) {
        if (documentStarts == null || first.file().isEmpty() || first.line().isEmpty() || second.line().isEmpty()) {
            return true;
        }
        int[] starts = documentStarts.get(first.file().get());
        if (starts == null) {
            return true;
        }
        int low = Math.min(first.line().getAsInt(), second.line().getAsInt());
        int high = Math.max(first.line().getAsInt(), second.line().getAsInt());
        for (int start : starts) {
            if (start > low && start <= high) {
                return false;
            }
        }
        return true;
    }

    /** The position of the shadow with the key's canonical form and elements, or -1. */
    private int shadowOf(String key, int hash) {
        return shadowOf(key, hash, false);
    }

    /** The position of the shadow with the key's canonical form and elements (its exact name), or -1. */
    private int shadowOf(String key, int hash, boolean exactly) {
        if (shadows == null) {
            return -1;
        }
        for (int position = 0; position < size; position++) {
            String shadowKey = entries[position].key();
            if (shadows[position] && hashes[position] == hash && RelaxedNames.sameCanonical(shadowKey, key)
                    && (exactly ? shadowKey.equals(key) : RelaxedNames.sameElements(shadowKey, key))) {
                return position;
            }
        }
        return -1;
    }

    /** Drops the shadows a key now replaces: those of its elements, or all of its canonical form. */
    private void removeShadows(String key, int hash, boolean all) {
        int kept = 0;
        for (int position = 0; position < size; position++) {
            boolean drop = shadows[position] && hashes[position] == hash
                    && RelaxedNames.sameCanonical(entries[position].key(), key)
                    && (all || RelaxedNames.sameElements(entries[position].key(), key));
            if (!drop) {
                entries[kept] = entries[position];
                hashes[kept] = hashes[position];
                shadows[kept++] = shadows[position];
            }
        }
        if (kept < size) {
            Arrays.fill(entries, kept, size, null);
            Arrays.fill(shadows, kept, size, false);
            size = kept;
            rebuildTable(table.length);
        }
    }

    /**
     * A copy to go on filling when the original has been handed to a {@link Settings}.
     *
     * @return the copy
     */
    SettingIndex copy() {
        return new SettingIndex(entries.clone(), hashes.clone(), table.clone(), size,
                shadows == null ? null : shadows.clone(), documentStarts);
    }

    /**
     * The same keys in the same order with other settings for them, sharing this index's hashes and table.
     *
     * @param replacement for each position, a setting with the same canonical key as the one it replaces
     * @return the new index
     */
    SettingIndex withEntries(Setting[] replacement) {
        return new SettingIndex(replacement, hashes, table, size, shadows, documentStarts);
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
        if (shadows != null) {
            shadows = Arrays.copyOf(shadows, capacity);
        }
        rebuildTable(tableSize(capacity));
    }

    private void rebuildTable(int tableSize) {
        table = new int[tableSize];
        int mask = table.length - 1;
        for (int position = 0; position < size; position++) {
            if (shadows != null && shadows[position]) {
                continue;
            }
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

package dev.readiness.gates.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one pure function of a setting key gives, remembered per key: every gate reads the same keys, many rules of a
 * gate derive the same fact from a key again (its words, its classes), and a second check of the same configuration
 * reads it all once more. With a memo each fact is derived once per key and read back by whoever asks next.
 *
 * <p>An open-addressing table of up to {@value #CAPACITY} slots that keeps every key it is asked about until it is
 * three quarters full, then starts again empty: the memory it holds is bounded whatever the number of settings, and a
 * configuration of a few thousand keys stays in it whole. Only ever give it keys: a key is never secret (findings
 * print it), while a value may be, and must not outlive its configuration in a static table.
 *
 * <p>Not API. Thread-safe: slots are read and written without locks, and races are harmless, since a slot only ever
 * holds a complete, immutable entry ({@link Map#entry}, whose fields are final) whose value was derived from its own key; a lost write is
 * derived again. The function must be pure and its results immutable (or never changed by a reader), since every
 * caller shares them.
 *
 * @param <T> what the function gives
 */
public final class KeyMemo<T> {

    /** Slots of a full table: a large service's configuration, a few thousand keys, fits in three quarters. */
    static final int CAPACITY = 8192;
    private static final int FIRST_CAPACITY = 1024;
    /** Slots tried per key: past them the table is crowded (a race lost count of it), and is grown or started again. */
    private static final int MAX_PROBES = 64;

    private final Function<String, T> derive;
    private volatile Table<T> table;

    private KeyMemo(Function<String, T> derive) {
        this.derive = derive;
        this.table = new Table<>(FIRST_CAPACITY);
    }

    /**
     * A memo of a pure function of a key.
     *
     * @param derive the fact of a key; pure, never {@code null}, its results immutable
     * @param <T> what it gives
     * @return an empty memo
     */
    public static <T> KeyMemo<T> of(Function<String, T> derive) {
        return new KeyMemo<>(Objects.requireNonNull(derive, "derive"));
    }

    /**
     * The fact of a key: {@code derive.apply(key)}, or the result of an earlier call with an equal key.
     *
     * @param key the key; never a value
     * @return the fact, shared with every other caller asking about an equal key
     */
    public T get(String key) {
        Table<T> current = table;
        int hash = key.hashCode();
        int hint = Table.hint(hash);
        int[] hints = current.hints;
        Map.Entry<String, T>[] entries = current.entries;
        int mask = entries.length - 1;
        int slot = slot(hash, mask);
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            int seen = hints[slot];
            if (seen == 0 || seen == hint) {
                Map.Entry<String, T> entry = entries[slot];
                if (entry == null) {
                    if (seen == 0) {
                        return derivedInto(current, slot, key, hint);
                    }
                } else {
                    String known = entry.getKey();
                    if (known == key || known.equals(key)) {
                        return entry.getValue();
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
        grow(current);
        return table != current ? get(key) : derived(key);
    }

    private T derivedInto(Table<T> current, int slot, String key, int hint) {
        T value = derived(key);
        current.entries[slot] = Map.entry(key, value);
        current.hints[slot] = hint;
        if (++current.size * 4 > current.entries.length * 3) {
            grow(current);
        }
        return value;
    }

    /**
     * Fibonacci hashing: the key's hash times the golden ratio, read from bit 16 up, so keys that differ in a few
     * characters ({@code SVC1_URL}, {@code SVC2_URL}) land far apart rather than in one run of slots.
     */
    private static int slot(int hash, int mask) {
        return ((hash * 0x9E3779B9) >>> 16) & mask;
    }

    private T derived(String key) {
        return Objects.requireNonNull(derive.apply(key), "derive gave null");
    }

    private synchronized void grow(Table<T> full) {
        if (table != full) {
            return;
        }
        if (full.entries.length == CAPACITY) {
            table = new Table<>(CAPACITY);
            return;
        }
        Table<T> larger = new Table<>(full.entries.length * 2);
        int mask = larger.entries.length - 1;
        int count = 0;
        for (Map.Entry<String, T> entry : full.entries) {
            if (entry != null) {
                int hash = entry.getKey().hashCode();
                int slot = slot(hash, mask);
                while (larger.entries[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                larger.entries[slot] = entry;
                larger.hints[slot] = Table.hint(hash);
                count++;
            }
        }
        larger.size = count;
        table = larger;
    }

    /**
     * The slots: each entry's key hash beside it in a compact array (never 0 for a filled slot, so 0 marks an empty
     * one), so a probe passes a slot of another key by comparing two ints, without reading the entry or its key.
     * A reader may see a hint before its entry or an entry before its hint (plain writes); either way it compares
     * the entry's key before trusting it, so a race costs at most a fact derived twice.
     */
    private static final class Table<T> {

        final int[] hints;
        final Map.Entry<String, T>[] entries;
        int size;

        Table(int capacity) {
            this.hints = new int[capacity];
            this.entries = entries(capacity);
        }

        static int hint(int hash) {
            return hash == 0 ? 1 : hash;
        }

        @SuppressWarnings("unchecked")
        private static <T> Map.Entry<String, T>[] entries(int capacity) {
            return (Map.Entry<String, T>[]) new Map.Entry<?, ?>[capacity];
        }
    }
}

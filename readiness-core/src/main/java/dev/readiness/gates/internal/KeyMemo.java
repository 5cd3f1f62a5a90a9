package dev.readiness.gates.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * <p>A key found equal to the one remembered, but another copy of it (every new snapshot's keys are new strings),
 * takes that copy's place: the rules of one check ask a memo about the same key many times, and each later look-up
 * then finds the key by identity instead of comparing its letters with a copy made for an earlier snapshot.
 *
 * <p>Not API. Thread-safe without locks: a slot's key is claimed by a compare-and-set and afterwards only ever
 * replaced by an equal string, only its claimer writes the fact beside it, with release semantics (read with
 * acquire), so a reader sees either no fact, and derives it itself, or the whole fact derived from that very key; a
 * lost write is derived again. The function must be pure and its results immutable (or never changed by a reader),
 * since every caller shares them.
 *
 * @param <T> what the function gives
 */
public final class KeyMemo<T> {

    /** Slots of a full table: a large service's configuration, a few thousand keys, fits in three quarters. */
    static final int CAPACITY = 8192;
    private static final int FIRST_CAPACITY = 1024;
    /** Slots tried per key: past them the table is crowded (a race lost count of it), and is grown or started again. */
    private static final int MAX_PROBES = 64;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);

    private final Function<String, T> derive;
    private volatile Table table;

    private KeyMemo(Function<String, T> derive) {
        this.derive = derive;
        this.table = new Table(FIRST_CAPACITY);
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
        Table current = table;
        int hash = key.hashCode();
        int hint = Table.hint(hash);
        int[] hints = current.hints;
        Object[] slots = current.slots;
        int mask = hints.length - 1;
        int slot = slot(hash, mask);
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            int seen = hints[slot];
            if (seen == 0 || seen == hint) {
                Object known = slots[slot << 1];
                if (known == null) {
                    if (seen == 0) {
                        if (SLOTS.compareAndSet(slots, slot << 1, null, key)) {
                            return derivedInto(current, slot, key, hint);
                        }
                        known = slots[slot << 1];
                    }
                }
                if (known == key) {
                    @SuppressWarnings("unchecked")
                    T value = (T) SLOTS.getAcquire(slots, (slot << 1) + 1);
                    return value != null ? value : derived(key);
                }
                if (key.equals(known)) {
                    @SuppressWarnings("unchecked")
                    T value = (T) SLOTS.getAcquire(slots, (slot << 1) + 1);
                    slots[slot << 1] = key; // the newest copy: the next look-up of this snapshot's key is by identity
                    return value != null ? value : derived(key);
                }
            }
            slot = (slot + 1) & mask;
        }
        grow(current);
        return table != current ? get(key) : derived(key);
    }

    /** Fills a slot this thread claimed (its key is set): the hint, then the fact, published to readers by release. */
    private T derivedInto(Table current, int slot, String key, int hint) {
        T value = derived(key);
        current.hints[slot] = hint;
        SLOTS.setRelease(current.slots, (slot << 1) + 1, value);
        if (++current.size * 4 > current.hints.length * 3) {
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

    private synchronized void grow(Table full) {
        if (table != full) {
            return;
        }
        if (full.hints.length == CAPACITY) {
            table = new Table(CAPACITY);
            return;
        }
        Table larger = new Table(full.hints.length * 2);
        int mask = larger.hints.length - 1;
        int count = 0;
        for (int i = 0; i < full.hints.length; i++) {
            Object key = full.slots[i << 1];
            Object value = SLOTS.getAcquire(full.slots, (i << 1) + 1);
            if (key != null && value != null) {
                int hash = key.hashCode();
                int slot = slot(hash, mask);
                while (larger.slots[slot << 1] != null) {
                    slot = (slot + 1) & mask;
                }
                larger.slots[slot << 1] = key;
                larger.slots[(slot << 1) + 1] = value;
                larger.hints[slot] = Table.hint(hash);
                count++;
            }
        }
        larger.size = count;
        table = larger;
    }

    /**
     * The slots: each key and its fact side by side in one array (a hit reads one line for both, no entry object),
     * and each key's hash in a compact array beside it (never 0 for a filled slot), so a probe passes a slot of
     * another key by comparing two ints, without reading its key. A thread claims an empty slot by setting its key
     * with a compare-and-set, so a slot's key, once set, changes only to an equal string, and only its claimer writes
     * its fact (with release semantics; readers read it with acquire, so a fact's contents are seen whole). A reader
     * that finds the key but no fact yet derives the fact itself; a hint written late costs at most a look at the
     * key.
     */
    private static final class Table {

        final int[] hints;
        final Object[] slots;
        int size;

        Table(int capacity) {
            this.hints = new int[capacity];
            this.slots = new Object[capacity * 2];
        }

        static int hint(int hash) {
            return hash == 0 ? 1 : hash;
        }
    }
}

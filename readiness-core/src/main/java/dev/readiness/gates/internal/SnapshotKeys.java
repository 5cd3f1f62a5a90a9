package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;

/**
 * The keys of one settings snapshot, setting by setting, each with the facts every gate derives of it: one record per
 * key, shared by the gates, where each gate keeps its own fact of the key in its own {@link Slot}. A gate walking the
 * snapshot reads a setting's facts by its position, so a check asks the memo of records once per key (when the
 * snapshot is first read) instead of asking each gate's own {@link KeyMemo} for each setting: with a new snapshot
 * every key is a new string, and every such look-up compared it letter by letter with the key it remembered.
 *
 * <p>Only keys and facts of keys are kept (never a value, never the snapshot), so this lives beside its snapshot in
 * {@link SnapshotMemo} and the records across snapshots in a {@link KeyMemo}, under that class's rules.
 *
 * <p>Not API. Thread-safe: the gates of one check read it in parallel. A slot claims its place in a record with a
 * compare-and-set, writes its fact, then names itself there with release semantics (read with acquire), so a reader
 * sees either another or no slot, and asks the slot's own memo, or its own slot and the whole fact derived from that
 * very key. A place once named never changes.
 */
public final class SnapshotKeys {

    /** The secrets gate's facts of a key under its key rules. */
    public static final int SECRETS = 0;
    /** What the secrets gate's configuration words take from a key. */
    public static final int CONFIGURATION_WORDS = 1;
    /** The database gate's facts of a key. */
    public static final int DATABASE = 2;
    /** The sandbox gate's facts of a key under its catalog. */
    public static final int SANDBOX = 3;
    private static final int KINDS = 4;
    /**
     * The most settings a snapshot may have for its keys to be kept ({@link SnapshotMemo#LIMIT}): the records hold
     * every key's facts as long as the snapshot lives, which {@link KeyMemo}'s bounded tables never did.
     */
    public static final int LIMIT = SnapshotMemo.LIMIT;

    /**
     * One record per key: for each kind, the slot that derived its fact and the fact, side by side (a read finds both
     * on one line). The first slot of a kind claims its place with a compare-and-set and keeps it; another slot of the
     * same kind asks its own memo.
     */
    private static final KeyMemo<Object[]> FACTS = KeyMemo.of(key -> new Object[KINDS * 2]);
    private static final VarHandle RECORD = MethodHandles.arrayElementVarHandle(Object[].class);
    /** A place claimed by a slot whose fact is being written. */
    private static final Object CLAIMED = new Object();
    private static final SnapshotKeys NONE = new SnapshotKeys(new String[0], new Object[0][]);

    private final String[] keys;
    private final Object[][] facts;

    private SnapshotKeys(String[] keys, Object[][] facts) {
        this.keys = keys;
        this.facts = facts;
    }

    /**
     * The keys of a snapshot, read once per snapshot and kept beside it; none for a snapshot of more than
     * {@value #LIMIT} settings, whose gates then ask their memos.
     *
     * @param settings the snapshot
     * @return its keys, in the order of {@link Settings#list()}
     */
    public static SnapshotKeys of(Settings settings) {
        if (settings.size() == 0 || settings.size() > LIMIT) {
            return NONE; // a larger snapshot would keep every key's facts for as long as it lives: its gates ask memos
        }
        return SnapshotMemo.of(settings).whole(SnapshotKeys.class, () -> read(settings.list()));
    }

    private static SnapshotKeys read(List<Setting> settings) {
        String[] keys = new String[settings.size()];
        Object[][] facts = new Object[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = settings.get(i).key();
            facts[i] = FACTS.get(keys[i]);
        }
        return new SnapshotKeys(keys, facts);
    }

    /**
     * A gate's fact of the key at a position: read from the key's record, or asked of the slot's memo the first time
     * (and whenever the position holds another key than the one given, or another slot of the same kind holds the
     * record's place).
     *
     * @param position the setting's position in {@link Settings#list()}
     * @param key the setting's key (the very string the snapshot holds there, for the record to be read)
     * @param slot the gate's slot
     * @param <T> the fact
     * @return the fact, equal to {@code slot}'s memo's fact of the key
     */
    public <T> T get(int position, String key, Slot<T> slot) {
        if (position < 0 || position >= keys.length || keys[position] != key) {
            return slot.memo.get(key);
        }
        Object[] record = facts[position];
        int at = slot.kind << 1;
        if (RECORD.getAcquire(record, at) == slot) {
            @SuppressWarnings("unchecked")
            T fact = (T) record[at + 1];
            return fact;
        }
        T fact = slot.memo.get(key);
        if (RECORD.compareAndSet(record, at, null, CLAIMED)) {
            record[at + 1] = fact;
            RECORD.setRelease(record, at, slot);
        }
        return fact;
    }

    /**
     * Where one gate keeps one fact of keys in the shared records: a kind (one of this class's constants, one per
     * fact) and the memo that derives it. Another slot of the same kind (a gate with other rules) never reads this
     * slot's facts: when this one holds the place, the other asks its memo.
     *
     * @param <T> the fact
     */
    public static final class Slot<T> {

        private final int kind;
        private final KeyMemo<T> memo;

        /**
         * A slot.
         *
         * @param kind which fact: {@link #SECRETS}, {@link #CONFIGURATION_WORDS}, {@link #DATABASE} or
         *     {@link #SANDBOX}
         * @param memo the memo that derives it, asked when a record does not hold it yet
         */
        public Slot(int kind, KeyMemo<T> memo) {
            if (kind < 0 || kind >= KINDS) {
                throw new IllegalArgumentException("kind must be between 0 and " + (KINDS - 1) + ", but was " + kind);
            }
            this.kind = kind;
            this.memo = Objects.requireNonNull(memo, "memo");
        }
    }

}

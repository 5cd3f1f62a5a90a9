package dev.readiness.gates.internal;

import dev.readiness.settings.Settings;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the gates read of one settings snapshot's values, kept beside that snapshot and shared by every gate and every
 * check of it: the endpoints of a URL value ({@code sandbox}), the parse of a database URL ({@code database}), the
 * sandbox judge of a snapshot's catalog and allowed hosts with what it remembered of each host. A value is read once
 * per snapshot, by the first rule that asks, and read back by the rest, in whichever gate they are.
 *
 * <p><b>The home of URL readings.</b> A rule that needs a URL value's scheme, host, port or path asks the reading its
 * gate already keeps here ({@code EndpointReadings} in the sandbox gate, {@code ParsedUrls} in the database gate)
 * instead of parsing the value itself; a new kind of reading is one more {@link #values(Object, Function)} with its
 * own owner. Each reading must be a pure function of the value and its result immutable (or never changed by a
 * reader): every gate of the snapshot shares it, on any thread.
 *
 * <p>Values may be secret, so nothing here outlives its snapshot: a memo is reachable only through its
 * {@link Settings} (held weakly), and goes when the snapshot goes, as the values themselves do. For that, nothing kept
 * here may refer to the snapshot (a reading that captures the {@code Settings}, a {@code ReferencedValues} or a
 * companion lookup would keep it, and its memo, for ever): readings are of a value alone. Each reading
 * remembers at most {@value #LIMIT} values. Compare {@link KeyMemo}, which keeps facts of keys (never secret) across
 * snapshots.
 *
 * <p>Not API. Thread-safe: the gates of one check run in parallel on the runner's pool.
 */
public final class SnapshotMemo {

    /** How many values one reading remembers per snapshot. */
    public static final int LIMIT = 4096;

    private static final Map<Settings, SnapshotMemo> MEMOS = new WeakHashMap<>();

    private final Map<Object, Object> readings = new ConcurrentHashMap<>();

    private SnapshotMemo() {
    }

    /**
     * The memo of a snapshot, made the first time a gate asks for it.
     *
     * @param snapshot the settings of a check (compared by identity)
     * @return its memo
     */
    public static SnapshotMemo of(Settings snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.size() == 0) {
            return unshared(); // Settings.empty() is one instance for the life of the process
        }
        synchronized (MEMOS) {
            return MEMOS.computeIfAbsent(snapshot, any -> new SnapshotMemo());
        }
    }

    /**
     * A memo of no snapshot, dropped with its caller: for a check of one value outside a snapshot (a constraint
     * validator's), whose values must not be kept.
     *
     * @return a new, empty memo
     */
    public static SnapshotMemo unshared() {
        return new SnapshotMemo();
    }

    /**
     * The values one reading has read of this snapshot: what {@code read} gives each value, read once.
     *
     * @param owner what names the reading (a constant of the gate that reads, or the object whose state the reading
     *     depends on); the same owner always gives the same values, read by the function given first
     * @param read the reading; pure, never {@code null}, its results immutable
     * @param <T> what it gives
     * @return the values read so far and the reading that reads the rest
     */
    public <T> Values<T> values(Object owner, Function<String, T> read) {
        Objects.requireNonNull(read, "read");
        @SuppressWarnings("unchecked")
        Values<T> values = (Values<T>) readings.computeIfAbsent(owner, any -> new Values<>(read));
        return values;
    }

    /**
     * What one owner keeps of this snapshot as a whole ({@code sandbox}'s endpoint judge over the snapshot's allowed
     * hosts), made once.
     *
     * @param owner what names it, as for {@link #values(Object, Function)}; never also used there
     * @param make what makes it; its result must depend only on the snapshot and the owner
     * @param <T> what it is
     * @return the one made for this snapshot
     */
    public <T> T whole(Object owner, Supplier<T> make) {
        Objects.requireNonNull(make, "make");
        @SuppressWarnings("unchecked")
        T whole = (T) readings.computeIfAbsent(owner, any -> Objects.requireNonNull(make.get(), "made"));
        return whole;
    }

    /**
     * One reading's values of a snapshot. Thread-safe.
     *
     * @param <T> what the reading gives
     */
    public static final class Values<T> {

        private final Function<String, T> read;
        private final Map<String, T> known = new ConcurrentHashMap<>();

        private Values(Function<String, T> read) {
            this.read = read;
        }

        /**
         * What the reading gives a value: read the first time, then read back.
         *
         * @param value the value
         * @return the reading
         */
        public T get(String value) {
            T result = known.get(value);
            if (result == null) {
                result = Objects.requireNonNull(read.apply(value), "read");
                if (known.size() < LIMIT) {
                    known.putIfAbsent(value, result);
                }
            }
            return result;
        }
    }
}

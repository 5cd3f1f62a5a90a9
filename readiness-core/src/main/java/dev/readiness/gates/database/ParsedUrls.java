package dev.readiness.gates.database;

import dev.readiness.gates.internal.SnapshotMemo;

/**
 * {@link DatabaseUrl#parse(String)} once per distinct value of a settings snapshot: configurations repeat a database
 * URL or host under several keys (the application's, a migration tool's, a pool's), and a snapshot checked again
 * reads the same values. The parses are kept in the snapshot's {@link SnapshotMemo}, with what a {@link DatabaseUrl}
 * reads of itself lazily (its hosts' kinds, its template host), and go with the snapshot. Thread-safe.
 */
final class ParsedUrls {

    /** Names the database gate's reading in a {@link SnapshotMemo}. */
    private static final Object PARSES = new Object();

    private final SnapshotMemo.Values<ParseResult> results;

    /**
     * The parses of a snapshot's values.
     *
     * @param memo the memo of the snapshot checked, or {@link SnapshotMemo#unshared()} for one value
     */
    ParsedUrls(SnapshotMemo memo) {
        this.results = memo.values(PARSES, DatabaseUrl::parse);
    }

    /** The parse of a value, the same result every time it is asked for. */
    ParseResult parse(String value) {
        return results.get(value);
    }
}

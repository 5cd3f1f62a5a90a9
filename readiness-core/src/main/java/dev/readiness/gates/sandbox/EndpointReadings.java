package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.SnapshotMemo;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints of each distinct value of a settings snapshot, read once: configurations repeat their URLs and hosts
 * across keys, a snapshot checked again reads the same values, and {@link Endpoint} reads a value the same way every
 * time. Kept in the snapshot's {@link SnapshotMemo} and gone with it. A rule of the sandbox gate that needs a value's
 * scheme, host, port or path asks these readings rather than parsing the value again. Thread-safe.
 */
final class EndpointReadings {

    /** Names the readings in a {@link SnapshotMemo}. */
    private static final Object URLS = new Object();
    private static final Object URLS_AND_HOSTS = new Object();
    private static final Object HOSTS = new Object();

    private final SnapshotMemo.Values<List<Endpoint>> urls;
    private final SnapshotMemo.Values<List<Endpoint>> urlsAndHosts;
    private final SnapshotMemo.Values<Optional<Endpoint>> hosts;

    /**
     * The readings of a snapshot's values.
     *
     * @param memo the memo of the snapshot checked
     */
    EndpointReadings(SnapshotMemo memo) {
        this.urls = memo.values(URLS, value -> List.copyOf(Endpoint.parseAll(value, false)));
        this.urlsAndHosts = memo.values(URLS_AND_HOSTS, value -> List.copyOf(Endpoint.parseAll(value, true)));
        this.hosts = memo.values(HOSTS, value -> Endpoint.parse(value, true));
    }

    /** {@link Endpoint#parseAll(String, boolean)}, read once per value. */
    List<Endpoint> all(String value, boolean allowBareHosts) {
        return (allowBareHosts ? urlsAndHosts : urls).get(value);
    }

    /** {@link Endpoint#parse(String, boolean)} with bare hosts allowed, read once per value. */
    Optional<Endpoint> one(String value) {
        return hosts.get(value);
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The endpoints of each distinct value of a settings snapshot, read once: configurations repeat their URLs and hosts
 * across keys, a snapshot checked again reads the same values, and {@link Endpoint} reads a value the same way every
 * time. Kept in the snapshot's {@link SnapshotMemo} and gone with it. A rule of the sandbox gate that needs a value's
 * scheme, host, port or path asks these readings rather than parsing the value again; a costly reading of a value
 * alone (its placeholder authorities, the stand-in module a class path names) is kept here too. One instance serves
 * one check, which also keeps here what it reads once of all its settings (a declared mesh sidecar). Thread-safe (a
 * check's own answers are found again, equal, by a thread that does not see them yet).
 */
final class EndpointReadings {

    /** Names the readings in a {@link SnapshotMemo}. */
    private static final Object URLS = new Object();
    private static final Object URLS_AND_HOSTS = new Object();
    private static final Object HOSTS = new Object();
    private static final Object PLACEHOLDER_AUTHORITIES = new Object();
    private static final Object STAND_IN_MODULES = new Object();

    private final SnapshotMemo memo;
    private SnapshotMemo.@Nullable Values<List<Endpoint>> urls;
    private SnapshotMemo.@Nullable Values<List<Endpoint>> urlsAndHosts;
    private SnapshotMemo.@Nullable Values<Optional<Endpoint>> hosts;
    private SnapshotMemo.@Nullable Values<Boolean> placeholderAuthorities;
    private SnapshotMemo.@Nullable Values<Optional<String>> standInModules;
    private @Nullable Boolean meshSidecars;

    /**
     * The readings of a snapshot's values. Each kind of reading is looked up in the memo on its first use, so a check
     * whose values need none (a clean start's port numbers and switches) makes none of their functions (session 39);
     * the memo gives the same readings to every lookup of a kind, so a thread that finds a field still empty and looks
     * it up again finds the same.
     *
     * @param memo the memo of the snapshot checked
     */
    EndpointReadings(SnapshotMemo memo) {
        this.memo = memo;
    }

    /** {@link Endpoint#parseAll(String, boolean)}, read once per value. */
    List<Endpoint> all(String value, boolean allowBareHosts) {
        SnapshotMemo.Values<List<Endpoint>> read;
        if (allowBareHosts) {
            read = urlsAndHosts;
            if (read == null) {
                read = memo.values(URLS_AND_HOSTS, each -> List.copyOf(Endpoint.parseAll(each, true)));
                urlsAndHosts = read;
            }
        } else {
            read = urls;
            if (read == null) {
                read = memo.values(URLS, each -> List.copyOf(Endpoint.parseAll(each, false)));
                urls = read;
            }
        }
        return read.get(value);
    }

    /** {@link Endpoint#parse(String, boolean)} with bare hosts allowed, read once per value. */
    Optional<Endpoint> one(String value) {
        SnapshotMemo.Values<Optional<Endpoint>> read = hosts;
        if (read == null) {
            read = memo.values(HOSTS, each -> Endpoint.parse(each, true));
            hosts = read;
        }
        return read.get(value);
    }

    /** {@link TemplateAuthorities#holdsPlaceholderAuthority(String)}, read once per value. */
    boolean placeholderAuthority(String value) {
        SnapshotMemo.Values<Boolean> read = placeholderAuthorities;
        if (read == null) {
            read = memo.values(PLACEHOLDER_AUTHORITIES, TemplateAuthorities::holdsPlaceholderAuthority);
            placeholderAuthorities = read;
        }
        return read.get(value);
    }

    /** {@link DevelopmentStandIns#standInModule(String)}, read once per value; {@code null} when none. */
    @Nullable String standInModule(String value) {
        if (!DevelopmentStandIns.mayNameModule(value)) {
            return null;
        }
        SnapshotMemo.Values<Optional<String>> read = standInModules;
        if (read == null) {
            read = memo.values(STAND_IN_MODULES, each -> Optional.ofNullable(DevelopmentStandIns.standInModule(each)));
            standInModules = read;
        }
        return read.get(value).orElse(null);
    }

    /**
     * {@link MeshSidecars#declared(Settings)} of the check's settings, read once per check on first use: every loopback
     * endpoint on a port asks it, and it walks all the settings.
     *
     * @param settings the check's settings
     * @return whether they declare a sidecar on the pod's loopback
     */
    boolean meshSidecarsDeclared(Settings settings) {
        Boolean declared = meshSidecars;
        if (declared == null) {
            declared = MeshSidecars.declared(settings);
            meshSidecars = declared;
        }
        return declared;
    }
}

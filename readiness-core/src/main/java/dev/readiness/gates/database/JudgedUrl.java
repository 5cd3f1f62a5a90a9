package dev.readiness.gates.database;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.gates.internal.Hosts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the database gate decides from, asked of one parsed URL and its companion settings once: where the
 * hosts are, the TLS level with companion switches applied, and the state of the credentials. Immutable.
 *
 * <p>The texts only messages need ({@link #what()}, {@link #hostsText()}) are made when a finding asks for them.
 *
 * @param url the parsed URL
 * @param templateHost the first host that is a template never filled in, if any
 * @param server whether a database server is reached (not embedded, not Testcontainers)
 * @param remote whether a host is reached over the network
 * @param publicHosts whether every host is public
 * @param loopbackOnly whether every host is the local machine, without a connector library in between
 * @param connector whether a connector library encrypts and routes the connection (Cloud SQL)
 * @param tls the TLS level, raised by a companion switch where the URL leaves it open
 * @param passwordInUrl whether the URL carries a non-empty password
 * @param passwordSet whether a non-empty password is set, in the URL or a companion setting
 * @param defaultCredentials whether the URL's user and password are a well-known default (not a template)
 * @param companions the settings beside the URL's key
 */
record JudgedUrl(DatabaseUrl url, @Nullable String templateHost, boolean server,
        boolean remote, boolean publicHosts, boolean loopbackOnly, boolean connector, Tls tls, boolean passwordInUrl,
        boolean passwordSet, boolean defaultCredentials, Companions companions) {

    static JudgedUrl of(DatabaseUrl url, Companions companions) {
        boolean server = !url.embedded() && !url.testcontainers();
        boolean connector = url.tls() == Tls.CONNECTOR;
        String templateHost = url.templateHost();
        boolean loopbackOnly = !url.hosts().isEmpty();
        for (Hosts.Kind kind : url.kinds()) {
            loopbackOnly &= kind == Hosts.Kind.LOOPBACK;
        }
        boolean passwordInUrl = url.passwordPresent() && !url.passwordEmpty() && !url.passwordReference();
        boolean defaultCredentials = server && url.wellKnownCredentials() && !url.templateCredentials();
        return new JudgedUrl(url, templateHost, server, url.remote(),
                url.publicHosts(), server && !connector && loopbackOnly, connector, companions.tls(url.tls()),
                passwordInUrl, passwordInUrl || companions.passwordSet(), defaultCredentials, companions);
    }

    /**
     * The setting a password in the URL should move to.
     *
     * @return a key beside the URL's, or a description when there is none
     */
    String passwordKeyHint() {
        return companions.passwordKeyHint();
    }

    /**
     * Whether the URL logs in as a database's built-in superuser with a password committed beside it: SQL Server's
     * and Sybase's {@code sa} wherever the server is (no managed service issues {@code sa}), and {@code root} or
     * {@code postgres} on a server the same deployment runs (a single-label Compose or cluster service name, or the
     * local machine), which is the image's own superuser. Managed services that issue {@code postgres} or
     * {@code root} (Supabase, Railway, Tembo) name their hosts with a domain and stay clean.
     */
    boolean superuserWithCommittedPassword() {
        if (!server || !passwordInUrl || url.templateCredentials()) {
            return false;
        }
        String user = url.user().map(name -> name.strip().toLowerCase(java.util.Locale.ROOT)).orElse("");
        if (user.equals("sa")) {
            return true;
        }
        if (!user.equals("root") && !user.equals("postgres")) {
            return false;
        }
        return onOwnServers();
    }

    /**
     * Whether every host is a server the same deployment runs: a single-label Compose or cluster service name
     * ({@code db}, {@code postgres}) or the local machine. There an image's own superuser is the image's default
     * account; a host with a domain may be a managed service that issues that user.
     */
    boolean onOwnServers() {
        List<HostPort> hosts = url.hosts();
        if (hosts.isEmpty()) {
            return false;
        }
        List<Hosts.Kind> kinds = url.kinds(); // read once per URL; a host's kind() reads its name again
        for (int i = 0; i < hosts.size(); i++) {
            if (!Hosts.isServiceName(hosts.get(i).host()) && kinds.get(i) != Hosts.Kind.LOOPBACK) {
                return false;
            }
        }
        return true;
    }

    /** Whether a host is public (a Redis server there must require a password). */
    boolean anyPublicHost() {
        return remote && url.hosts().stream().anyMatch(h -> h.kind() == Hosts.Kind.PUBLIC);
    }

    /**
     * Whether a host is a managed cache reachable only inside its VPC (ElastiCache, MemoryDB): private, but with
     * neither a password nor TLS, anything in the VPC reads and writes it.
     */
    boolean anyVpcOnlyHost() {
        return remote && url.hosts().stream().anyMatch(h -> ManagedHosts.vpcOnly(h.host()));
    }

    /** Whether every host belongs to a managed service that refuses unencrypted connections. */
    boolean serverEnforcesTls() {
        return !url.hosts().isEmpty() && url.hosts().stream().allMatch(h -> ManagedHosts.enforcesTls(h.host()));
    }

    Vendor vendor() {
        return url.vendor();
    }

    /** How messages name the database ({@code the PostgreSQL database}). */
    String what() {
        return url.vendor() == Vendor.OTHER ? "the database" : "the " + url.vendor().displayName() + " database";
    }

    /** The hosts, printable and bounded. */
    String hostsText() {
        List<String> hosts = new ArrayList<>();
        for (HostPort hostPort : url.hosts()) {
            hosts.add(printable(hostPort.toString()));
            if (hosts.size() == 3 && url.hosts().size() > 3) {
                hosts.add("and " + (url.hosts().size() - 3) + " more");
                break;
            }
        }
        return String.join(", ", hosts);
    }

    /** Hosts are printed, but bounded and stripped of anything that is not a plain host character. */
    static String printable(String host) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < host.length() && out.length() < 80; i++) {
            char c = host.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}

package dev.readiness.gates.database;

import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.sandbox.TemplateDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed database URL or connection string: vendor, hosts and ports, database name, user, whether a password is
 * present, TLS settings, and whether the database is embedded, in memory or started by Testcontainers.
 *
 * <p>{@link #parse(String)} understands JDBC URLs (PostgreSQL and MySQL/MariaDB with several hosts and the MySQL
 * {@code address=(…)} form, SQL Server {@code ;} properties, Oracle thin, EZConnect and TNS descriptors, H2,
 * HSQLDB, Derby, SQLite, Testcontainers {@code jdbc:tc:}, wrappers such as {@code jdbc:aws-wrapper:} and
 * {@code jdbc:p6spy:}), URIs ({@code postgresql://}, {@code mysql://}, {@code mongodb+srv://}, {@code rediss://},
 * {@code r2dbc:…}, SQLAlchemy {@code postgresql+psycopg://} and others), libpq {@code host=… dbname=…} and ADO.NET
 * {@code Server=…;Database=…} connection strings, and a bare {@code host[:port]}.
 *
 * <p>The password is never kept: only whether one is present, whether it is empty, and whether the user and
 * password are a well-known default pair (decided while parsing). {@link #toString()} prints neither the password
 * nor the user name. Immutable and thread-safe.
 */
public final class DatabaseUrl {

    /** The database product a URL is for. Immutable and thread-safe. */
    public enum Vendor {
        /** PostgreSQL and wire-compatible products (CockroachDB, Neon, Supabase, Aurora PostgreSQL). */
        POSTGRESQL("PostgreSQL"),
        /** MySQL, Aurora MySQL, PlanetScale. */
        MYSQL("MySQL"),
        /** MariaDB. */
        MARIADB("MariaDB"),
        /** Microsoft SQL Server and Azure SQL. */
        SQLSERVER("SQL Server"),
        /** Oracle Database. */
        ORACLE("Oracle"),
        /** IBM Db2. */
        DB2("Db2"),
        /** H2. */
        H2("H2"),
        /** HSQLDB. */
        HSQLDB("HSQLDB"),
        /** Apache Derby. */
        DERBY("Derby"),
        /** SQLite. */
        SQLITE("SQLite"),
        /** MongoDB. */
        MONGODB("MongoDB"),
        /** Redis and Valkey. */
        REDIS("Redis"),
        /** Any other product. */
        OTHER("database");

        private final String displayName;

        Vendor(String displayName) {
            this.displayName = displayName;
        }

        /**
         * The product name for people, e.g. {@code PostgreSQL}.
         *
         * @return the name
         */
        public String displayName() {
            return displayName;
        }
    }

    /** How the URL was written. Immutable and thread-safe. */
    public enum Form {
        /** A {@code jdbc:} URL. */
        JDBC,
        /** A URI such as {@code postgresql://…}, {@code rediss://…} or {@code r2dbc:postgresql://…}. */
        URI,
        /** A key=value connection string (libpq or ADO.NET). */
        KEY_VALUE,
        /** A bare host, optionally with a port. */
        HOST
    }

    /** What the URL says about transport encryption. Immutable and thread-safe. */
    public enum Tls {
        /** Nothing: the driver's default applies. */
        UNSPECIFIED,
        /** Switched off ({@code sslmode=disable}, {@code useSSL=false}, {@code encrypt=false}, {@code ssl=false}). */
        DISABLED,
        /** Used when the server offers it, not required ({@code sslmode=prefer}/{@code allow}, MySQL {@code PREFERRED}). */
        OPTIONAL,
        /** Required, the server certificate not necessarily verified. */
        REQUIRED,
        /** Required with the server certificate verified ({@code verify-full}, {@code VERIFY_IDENTITY}, …). */
        VERIFIED,
        /**
         * The connection goes through a connector library that encrypts it itself (the Cloud SQL socket factory).
         */
        CONNECTOR;

        /**
         * Whether the connection is encrypted for sure.
         *
         * @return {@code true} for {@link #REQUIRED}, {@link #VERIFIED} and {@link #CONNECTOR}
         */
        public boolean isRequired() {
            return this == REQUIRED || this == VERIFIED || this == CONNECTOR;
        }
    }

    /**
     * One host of a URL. Immutable and thread-safe.
     *
     * @param host the host name, IP address (IPv6 without brackets) or Unix socket path
     * @param port the port, or 0 when the URL gives none
     */
    public record HostPort(String host, int port) {

        /**
         * Validates the port.
         *
         * @param host the host
         * @param port the port, 0 for none
         */
        public HostPort {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
            }
        }

        /**
         * What kind of address this is.
         *
         * @return loopback, Unix socket, private network (also a managed cache reachable only inside the VPC, such as
         *     ElastiCache) or public
         */
        Hosts.Kind kind() {
            return ManagedHosts.vpcOnly(host) ? Hosts.Kind.PRIVATE : Hosts.kind(host);
        }

        @Override
        public String toString() {
            String printed = host.indexOf(':') >= 0 && !host.startsWith("/") ? "[" + host + "]" : host;
            return port == 0 ? printed : printed + ":" + port;
        }
    }

    private final Vendor vendor;
    private final Form form;
    private final List<HostPort> hosts;
    private final @Nullable String database;
    private final @Nullable String user;
    private final boolean passwordPresent;
    private final boolean passwordEmpty;
    private final boolean wellKnownCredentials;
    private final Tls tls;
    private final boolean embedded;
    private final boolean inMemory;
    private final boolean testcontainers;
    private @Nullable List<Hosts.Kind> kinds;
    /** {@link #templateHost()} once read: {@link #NO_TEMPLATE_HOST} when no host is a template. */
    private @Nullable String templateHost;
    /** {@link #testNamed()} once read. */
    private @Nullable Boolean testNamed;
    /** {@link #templateNamed()} once read. */
    private @Nullable Boolean templateNamed;
    private final boolean tnsAlias;
    private final boolean unresolved;
    private final boolean templateCredentials;
    private final boolean passwordReference;
    private final boolean namedInstance;
    private final String scheme;

    DatabaseUrl(Draft draft) {
        this.vendor = draft.vendor;
        this.form = draft.form;
        this.hosts = List.copyOf(draft.hosts);
        this.database = draft.database;
        this.user = draft.user;
        this.passwordPresent = draft.password != null;
        this.passwordEmpty = draft.password != null && draft.password.isEmpty();
        this.wellKnownCredentials = WellKnownCredentials.isWellKnown(draft.user, draft.password, draft.database)
                || WellKnownCredentials.emptyPasswordWritten(draft.user, draft.password);
        this.tls = draft.tls;
        this.embedded = draft.embedded;
        this.inMemory = draft.inMemory;
        this.testcontainers = draft.testcontainers;
        this.tnsAlias = draft.tnsAlias;
        this.unresolved = draft.unresolved;
        this.templateCredentials = TemplateCredentials.isTemplateUser(draft.user)
                || TemplateCredentials.isTemplate(draft.password) || draft.blankLogin;
        this.namedInstance = draft.namedInstance;
        this.passwordReference = draft.password != null && References.isReference(draft.password);
        this.scheme = draft.scheme;
    }

    /**
     * Parses a JDBC URL, database URI, key=value connection string or bare host. Never throws: any input, however
     * long or malformed, gives a {@link ParseResult} that holds either the URL or a precise error.
     *
     * @param text the text to parse; not retained
     * @return the result
     */
    public static ParseResult parse(@Nullable String text) {
        return DatabaseUrlParser.parse(text);
    }

    /**
     * The product.
     *
     * @return the vendor; {@link Vendor#OTHER} when unknown
     */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * How the URL was written.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * The hosts, in order. Empty for embedded databases, a connector without host (Cloud SQL socket factory) or an
     * Oracle TNS alias; a URL without host that means the local machine (such as {@code jdbc:postgresql:orders})
     * gives {@code localhost}.
     *
     * @return the hosts
     */
    public List<HostPort> hosts() {
        return hosts;
    }

    /**
     * The database name (Oracle: service name or SID; embedded databases: the last part of the path; Redis: the
     * database number).
     *
     * @return the name, if the URL gives one
     */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /**
     * The user name, if the URL gives one. Not printed by {@link #toString()}.
     *
     * @return the user
     */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /**
     * Whether the URL contains a password (in the user info, a {@code password=} parameter or property).
     *
     * @return {@code true} when present, even if empty
     */
    public boolean passwordPresent() {
        return passwordPresent;
    }

    /**
     * Whether the URL contains a password that is empty ({@code root:@host}, {@code Password=;}).
     *
     * @return {@code true} when present and empty
     */
    public boolean passwordEmpty() {
        return passwordEmpty;
    }

    /**
     * Whether the URL's user and password are a well-known default ({@code postgres:postgres}, {@code root} with an
     * empty password, {@code sa:sa}, a password equal to the user name, a password from docker image or tutorial
     * samples…), or a named user whose password the URL writes as empty ({@code mongoadmin:@host}).
     *
     * @return {@code true} when well known
     */
    public boolean wellKnownCredentials() {
        return wellKnownCredentials;
    }

    /**
     * What the URL says about TLS, including the vendor's documented default where it is secure (SQL Server
     * drivers encrypt by default, {@code mongodb+srv} and {@code rediss} use TLS).
     *
     * @return the TLS setting
     */
    public Tls tls() {
        return tls;
    }

    /**
     * Whether the database runs inside the application process or from a local file (H2, HSQLDB and Derby
     * embedded, SQLite, SQL Server LocalDB).
     *
     * @return {@code true} when embedded
     */
    public boolean embedded() {
        return embedded;
    }

    /**
     * Whether the database lives only in memory ({@code jdbc:h2:mem:}, {@code jdbc:hsqldb:mem:},
     * {@code jdbc:derby:memory:}, SQLite {@code :memory:}).
     *
     * @return {@code true} when in memory
     */
    public boolean inMemory() {
        return inMemory;
    }

    /**
     * Whether Testcontainers starts the database ({@code jdbc:tc:…}, {@code r2dbc:tc:…}).
     *
     * @return {@code true} for a Testcontainers URL
     */
    public boolean testcontainers() {
        return testcontainers;
    }

    /**
     * Whether the URL names an Oracle TNS alias resolved from {@code tnsnames.ora}, so its hosts are not known.
     *
     * @return {@code true} for an alias
     */
    public boolean tnsAlias() {
        return tnsAlias;
    }

    /**
     * Whether the URL still contains {@code ${NAME}} references that the environment fills in at run time (a
     * {@code ${NAME:default}} is read as its default). Parts made of such references are not judged.
     *
     * @return {@code true} when a reference remains
     */
    public boolean unresolved() {
        return unresolved;
    }

    /**
     * Whether the user or the password is a template never filled in: {@code <password>}, {@code [YOUR-PASSWORD]},
     * {@code {your_password_here}}, {@code xxxxxx}, {@code your_password}, {@code changeme}…, or a key=value string
     * that writes both empty without a Windows login ({@code User Id=;Password=;}).
     *
     * @return {@code true} for template credentials
     */
    public boolean templateCredentials() {
        return templateCredentials;
    }

    /**
     * Whether the URL names a SQL Server instance ({@code .\SQLEXPRESS}, {@code instanceName=SQLEXPRESS}): on the
     * local machine, a server installed there, which no local proxy stands in for.
     *
     * @return {@code true} for a named instance
     */
    public boolean namedInstance() {
        return namedInstance;
    }

    /**
     * Whether the password is a {@code ${NAME}} reference filled in at run time rather than a literal.
     *
     * @return {@code true} for a reference
     */
    public boolean passwordReference() {
        return passwordReference;
    }

    /** The URI scheme in lower case ({@code postgresql}, {@code amqp}, {@code mongodb+srv}); empty for other forms. */
    String scheme() {
        return scheme;
    }

    /** What {@link #templateHost} holds when no host is a template (compared by identity, never a host). */
    private static final String NO_TEMPLATE_HOST = new String("");

    /**
     * The first host that is template text never filled in ({@code <host>}, {@code your-db-host},
     * {@code db.example.com}) and not a reference resolved at run time, or {@code null}: read once per URL, which the
     * gate judges under every key that holds it (the host's template rules are the most costly of its readings).
     */
    @Nullable String templateHost() {
        String read = templateHost;
        if (read == null) {
            read = NO_TEMPLATE_HOST;
            for (HostPort hostPort : hosts) {
                String host = hostPort.host();
                if ((Hosts.isTemplate(host) || TemplateDomains.isTemplate(host) || Hosts.isNamedForItsRole(host)
                        || Hosts.isCapitalSlotName(host))
                        && !References.isRunTimeHost(host)) {
                    read = host;
                    break;
                }
            }
            templateHost = read;
        }
        return read == NO_TEMPLATE_HOST ? null : read;
    }

    /**
     * Whether the database name reads as a test or development database ({@link DatabaseGate#readsAsTestName}):
     * read once per URL.
     */
    boolean testNamed() {
        Boolean read = testNamed;
        if (read == null) {
            read = database != null && DatabaseGate.readsAsTestName(database);
            testNamed = read;
        }
        return read;
    }

    /**
     * Whether the database name spells what goes there ({@link SettingRules#spellsADatabaseName}): read once per URL.
     */
    boolean templateNamed() {
        Boolean read = templateNamed;
        if (read == null) {
            read = database != null && SettingRules.spellsADatabaseName(database);
            templateNamed = read;
        }
        return read;
    }

    /** The kind of each host, in order: read once per URL, which the gate judges under every key that holds it. */
    List<Hosts.Kind> kinds() {
        List<Hosts.Kind> read = kinds;
        if (read == null) {
            Hosts.Kind[] each = new Hosts.Kind[hosts.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = hosts.get(i).kind();
            }
            read = List.of(each);
            kinds = read;
        }
        return read;
    }

    /**
     * Whether any host is reached over the network (not loopback, not a Unix socket) and the database is not
     * embedded.
     *
     * @return {@code true} when the connection leaves the machine
     */
    public boolean remote() {
        if (embedded || testcontainers) {
            return false;
        }
        for (Hosts.Kind kind : kinds()) {
            if (kind == Hosts.Kind.PUBLIC || kind == Hosts.Kind.PRIVATE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every host is public (not loopback, not a Unix socket, not a private network address or an
     * internal/cluster name).
     *
     * @return {@code true} when the connection may cross networks the service does not control
     */
    public boolean publicHosts() {
        if (!remote()) {
            return false;
        }
        for (Hosts.Kind kind : kinds()) {
            if (kind != Hosts.Kind.PUBLIC) {
                return false;
            }
        }
        return true;
    }

    /**
     * A description safe to print: vendor, form, hosts, database name, TLS and flags; never the password or the
     * user name.
     *
     * @return the description
     */
    @Override
    public String toString() {
        List<String> flags = new ArrayList<>();
        if (embedded) {
            flags.add("embedded");
        }
        if (inMemory) {
            flags.add("in-memory");
        }
        if (testcontainers) {
            flags.add("testcontainers");
        }
        if (tnsAlias) {
            flags.add("tns-alias");
        }
        return String.format(Locale.ROOT, "DatabaseUrl[vendor=%s, form=%s, hosts=%s, database=%s, tls=%s, user=%s,"
                        + " password=%s%s]", vendor.displayName(), form, hosts, database == null ? "-" : database, tls,
                user == null ? "absent" : "present", passwordPresent ? (passwordEmpty ? "empty" : "present") : "absent",
                flags.isEmpty() ? "" : ", " + String.join(", ", flags));
    }
}

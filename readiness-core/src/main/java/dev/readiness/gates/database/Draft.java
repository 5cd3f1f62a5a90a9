package dev.readiness.gates.database;

import dev.readiness.gates.database.DatabaseUrl.Form;
import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one parse, filled in by the readers; the password lives here only until the
 * {@link DatabaseUrl} is built. Not thread-safe: one per parse.
 */
final class Draft {
    Vendor vendor = Vendor.OTHER;
    Form form = Form.URI;
    final List<HostPort> hosts = new ArrayList<>();
    @Nullable String database;
    @Nullable String user;
    @Nullable String password;
    Tls tls = Tls.UNSPECIFIED;
    boolean embedded;
    boolean inMemory;
    boolean testcontainers;
    boolean tnsAlias;
    boolean unresolved;
    /** A SQL Server named instance ({@code .\SQLEXPRESS}, {@code instanceName=SQLEXPRESS}). */
    boolean namedInstance;
    /** A key=value string that writes its user and password empty ({@code User Id=;Password=;}). */
    boolean blankLogin;
    String scheme = "";
    final Map<String, String> params = new HashMap<>();
}

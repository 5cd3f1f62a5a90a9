package dev.readiness.gates.database;

import static dev.readiness.gates.database.UrlSyntax.at;
import static dev.readiness.gates.database.UrlSyntax.emptyToNull;
import static dev.readiness.gates.database.UrlSyntax.lastSegment;
import static dev.readiness.gates.database.UrlSyntax.normalizeKey;
import static dev.readiness.gates.database.UrlSyntax.port;
import static dev.readiness.gates.database.UrlSyntax.query;
import static dev.readiness.gates.database.UrlSyntax.validateHost;

import dev.readiness.gates.database.DatabaseUrl.Form;
import dev.readiness.gates.database.DatabaseUrl.HostPort;
import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.database.DatabaseUrl.Vendor;
import dev.readiness.gates.internal.SwitchOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a vendor's drivers make of the parameters: TLS levels and defaults, SQL Server hosts, Oracle TNS
 * descriptors, embedded file databases, the Cloud SQL connector. Stateless.
 */
final class VendorRules {

    private VendorRules() {
    }

    static boolean isCloudSqlConnector(Draft draft) {
        String factory = draft.params.get("socketfactory");
        return draft.params.containsKey("cloudsqlinstance")
                || factory != null && factory.toLowerCase(Locale.ROOT).contains("cloud.sql");
    }

    static Tls postgresTls(Draft draft, Tls fallback) {
        if (isCloudSqlConnector(draft)) {
            return Tls.CONNECTOR;
        }
        Tls tls = genericTls(draft, fallback);
        String ssl = draft.params.get("ssl");
        if (tls == Tls.REQUIRED && ssl != null && truthy(ssl) && !draft.params.containsKey("sslmode")
                && draft.form == Form.JDBC) {
            return Tls.VERIFIED; // pgJDBC: ssl=true means sslmode=verify-full
        }
        return tls;
    }

    static void sqlServerHost(Draft draft, String server, int defaultPort) {
        String host = server.strip();
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp:")) {
            host = host.substring(4).strip();
        } else if (lower.startsWith("np:") || lower.startsWith("lpc:") || lower.startsWith("admin:")) {
            draft.hosts.add(new HostPort("localhost", 0));
            return;
        }
        if (host.toLowerCase(Locale.ROOT).startsWith("(localdb)")) {
            draft.embedded = true; // SQL Server Express LocalDB: a developer-only engine started on demand
            return;
        }
        if (host.isEmpty()) {
            draft.hosts.add(new HostPort("localhost", defaultPort));
            return;
        }
        int port = defaultPort;
        int comma = host.indexOf(',');
        if (comma >= 0) {
            port = port(host.substring(comma + 1).strip());
            host = host.substring(0, comma).strip();
        }
        int backslash = host.indexOf('\\');
        String instancePart = "";
        if (backslash >= 0) {
            instancePart = host.substring(backslash + 1);
            host = host.substring(0, backslash);
            draft.namedInstance = !instancePart.isBlank() && instancePart.charAt(0) != ':';
        }
        int colon = host.startsWith("[") ? host.indexOf(':', Math.max(0, host.indexOf(']'))) : host.lastIndexOf(':');
        if (colon < 0) {
            colon = instancePart.indexOf(':');
            if (colon >= 0) {
                port = port(instancePart.substring(colon + 1));
            }
        } else if (host.indexOf(':') == colon || host.startsWith("[")) {
            port = port(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else {
            validateHost(host);
        }
        draft.hosts.add(new HostPort(host.equals(".") || host.equalsIgnoreCase("(local)") ? "localhost" : host,
                port));
    }

    static Tls sqlServerTls(Draft draft) {
        String encrypt = draft.params.get("encrypt");
        String trust = draft.params.get("trustservercertificate");
        boolean trusting = trust != null && truthy(trust);
        if (encrypt == null) {
            // mssql-jdbc 10.1+ and Microsoft.Data.SqlClient 4.0+ encrypt by default
            return trusting ? Tls.REQUIRED : Tls.VERIFIED;
        }
        Tls tls = tlsValue(encrypt);
        if (tls == Tls.OPTIONAL) {
            return Tls.DISABLED; // encrypt=optional: the client does not ask for encryption
        }
        if (tls == Tls.REQUIRED && !trusting) {
            return Tls.VERIFIED;
        }
        return tls == null ? Tls.UNSPECIFIED : tls;
    }

    /** Parses an Oracle TNS descriptor such as {@code (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1521))…)}. */
    static void tns(Draft draft, String descriptor) {
        int depth = 0;
        int i = 0;
        int n = descriptor.length();
        List<String> hostNames = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        boolean allTcps = true;
        boolean anyProtocol = false;
        while (i < n) {
            char c = descriptor.charAt(i);
            if (c == '(') {
                depth++;
                int equals = descriptor.indexOf('=', i + 1);
                if (equals < 0) {
                    throw new ParseFailure(at("has a TNS descriptor entry without '='", i));
                }
                String name = descriptor.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || name.indexOf('(') >= 0 || name.indexOf(')') >= 0) {
                    throw new ParseFailure(at("has a TNS descriptor entry without a name", i));
                }
                int j = equals + 1;
                while (j < n && descriptor.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && descriptor.charAt(j) == '(') {
                    i = j;
                    continue;
                }
                int close = descriptor.indexOf(')', j);
                if (close < 0) {
                    throw new ParseFailure("has unbalanced parentheses in the TNS descriptor");
                }
                String value = descriptor.substring(j, close).strip();
                switch (name) {
                    case "host" -> {
                        validateHost(value);
                        hostNames.add(value);
                    }
                    case "port" -> ports.add(port(value));
                    case "protocol" -> {
                        anyProtocol = true;
                        allTcps &= value.equalsIgnoreCase("tcps");
                    }
                    case "service_name", "sid" -> draft.database = emptyToNull(value);
                    case "ssl_server_cert_dn", "ssl_server_dn_match" -> {
                        // certificate verification settings; TLS itself comes from PROTOCOL=TCPS
                    }
                    default -> {
                        // other descriptor parameters do not matter here
                    }
                }
                depth--;
                i = close + 1;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new ParseFailure(at("has unbalanced parentheses in the TNS descriptor", i));
                }
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                throw new ParseFailure(at("has an unexpected character in the TNS descriptor", i));
            }
        }
        if (depth != 0) {
            throw new ParseFailure("has unbalanced parentheses in the TNS descriptor");
        }
        if (hostNames.isEmpty()) {
            throw new ParseFailure("has a TNS descriptor without HOST");
        }
        for (int k = 0; k < hostNames.size(); k++) {
            draft.hosts.add(new HostPort(hostNames.get(k), k < ports.size() ? ports.get(k) : 0));
        }
        if (anyProtocol && allTcps) {
            draft.tls = Tls.REQUIRED;
        }
    }

    static void embeddedFile(Draft draft, Vendor vendor, String location) {
        draft.vendor = vendor;
        draft.embedded = true;
        String lower = location.toLowerCase(Locale.ROOT);
        int query = location.indexOf('?');
        String path = query < 0 ? location : location.substring(0, query);
        if (query >= 0) {
            query(draft, location.substring(query + 1), '&');
        }
        draft.inMemory = lower.isEmpty() || lower.startsWith(":memory:") || lower.startsWith("file::memory:")
                || lower.contains("mode=memory") || lower.startsWith(":resource:memory");
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring(5);
        }
        draft.database = draft.inMemory ? null : lastSegment(path);
    }

    /** URL parameters that name a TLS mode ({@code sslmode=verify-full}), first in precedence. */
    static final String[] TLS_MODE_PARAMETERS = {"sslmode", "tlsmode"};

    /** URL parameters that switch TLS on or off ({@code useSSL=false}, {@code encrypt=true}). */
    static final String[] TLS_FLAG_PARAMETERS = {"ssl", "usessl", "tls", "encrypt", "sslenabled", "tlsenabled",
        "sslconnection"};

    static Tls genericTls(Draft draft, Tls fallback) {
        Tls tls = null;
        String mode = firstParam(draft, TLS_MODE_PARAMETERS);
        if (mode != null) {
            tls = tlsValue(mode);
        }
        if (tls == null) {
            String flag = firstParam(draft, TLS_FLAG_PARAMETERS);
            if (flag != null) {
                tls = flag.strip().startsWith("{") ? Tls.REQUIRED : tlsValue(flag);
            }
        }
        String require = draft.params.get("requiressl");
        if (require != null && truthy(require) && (tls == null || tls == Tls.OPTIONAL)) {
            tls = Tls.REQUIRED;
        }
        String verify = draft.params.get("verifyservercertificate");
        if (tls == Tls.REQUIRED && verify != null && truthy(verify)) {
            tls = Tls.VERIFIED;
        }
        String accept = draft.params.get("sslaccept");
        if (accept != null && tls != Tls.DISABLED) {
            tls = accept.equalsIgnoreCase("strict") ? Tls.VERIFIED : tls == null ? Tls.REQUIRED : tls;
        }
        return tls == null ? fallback : tls;
    }

    /** Maps one TLS setting value to a level: {@code disable}/{@code false} → off, {@code verify-full} → verified. */
    static @Nullable Tls tlsValue(String value) {
        String v = normalizeKey(value);
        return switch (v) {
            case "disable", "disabled", "false", "no", "off", "0", "none" -> Tls.DISABLED;
            case "allow", "prefer", "preferred", "optional", "request" -> Tls.OPTIONAL;
            case "require", "required", "true", "yes", "on", "1", "trust", "mandatory", "noverify" -> Tls.REQUIRED;
            case "verifyca", "verifyfull", "verifyidentity", "strict", "authenticate" -> Tls.VERIFIED;
            default -> null;
        };
    }

    static boolean truthy(String value) {
        return SwitchOn.isOn(value.strip());
    }

    static @Nullable String firstParam(Draft draft, String... keys) {
        for (String key : keys) {
            String value = draft.params.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

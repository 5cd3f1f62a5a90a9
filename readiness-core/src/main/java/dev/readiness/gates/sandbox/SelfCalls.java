package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.Optional;
import java.util.Set;

/**
 * Loopback URLs by which the application calls itself: the port is its own {@code server.port} or Actuator's
 * {@code management.server.port}, written literally or
 * as a reference ({@code http://127.0.0.1:${server.port}/admin}, a Spring Boot Admin client registering with the
 * server embedded in the same application), the port is a reference to the server's own management port
 * ({@code https://localhost:${mgt.transport.https.port}/services/}), the host and port are those of the application's own address
 * ({@code NEXTAUTH_URL}, {@code APP_URL}), or the key names a health probe ({@code HEALTHCHECK_URL},
 * {@code management.liveness-probe.url}): a service probes itself on loopback, or the key is a server-side REST
 * client's URL ({@link RestClientKeys}): the service calls a co-located service or itself. Loopback is correct
 * there, so no {@code sandbox.local-host} is reported.
 */
final class SelfCalls {

    private static final java.util.List<String> OWN_PORTS = java.util.List.of("server.port",
            "management.server.port");
    private static final Set<String> PROBE_WORDS = Set.of("health", "healthcheck", "healthz", "liveness", "probe");

    private SelfCalls() {
    }

    static boolean callsItself(ReferencedValues references, Setting setting, Endpoint endpoint) {
        for (String word : KeyWords.of(setting.key())) {
            if (PROBE_WORDS.contains(word)) {
                return true;
            }
        }
        if (RestClientKeys.named(references.settings(), setting.key())) {
            return true;
        }
        if (endpoint.port() <= 0) {
            return false;
        }
        if (underOwnMount(references.settings(), endpoint.path()) || atOwnAddress(references, setting, endpoint)) {
            return true;
        }
        java.util.List<Setting> referenced = references.referenced(setting);
        for (String port : OWN_PORTS) {
            String canonicalPort = RelaxedNames.canonical(port);
            for (Setting reference : referenced) {
                if (RelaxedNames.canonical(reference.key()).equals(canonicalPort)) {
                    return true;
                }
            }
            Optional<Setting> own = references.setting(port);
            if (own.isPresent() && own.get().value().trim().equals(Integer.toString(endpoint.port()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a loopback URL's port is one the same configuration assigns to the service the key names, a service it
     * deploys on that host ({@code SEQ_BASE=http://localhost:8081} beside {@code SEQCLS_PORT=8081},
     * {@code CLM_BASE=http://localhost:8082} beside {@code CLM_PORT=8082}): the stack's own services calling each
     * other on the machine they share, which the file itself lays out. The port key must name the same service as
     * the URL key by its first word (one word the start of the other, at least three letters), and that word must
     * be a service's own name, not the application's ({@code PORT}, {@code API_PORT} beside {@code API_ROOT_URL},
     * {@code APP_PORT}): the application's own port behind a loopback URL is how its public address is written
     * wrong. Read for back-end keys only, for a loopback URL with a port.
     *
     * @param settings the settings of the check
     * @param setting the setting holding the URL, whose own key is not counted
     * @param endpoint the loopback endpoint
     * @return whether a port setting of the same named service holds exactly that port number
     */
    static boolean atDeclaredPort(dev.readiness.settings.Settings settings, Setting setting, Endpoint endpoint) {
        int port = endpoint.port();
        java.util.List<String> urlWords = KeyWords.of(setting.key());
        if (port <= 0 || urlWords.size() < 2 || APPLICATION_WORDS.contains(urlWords.get(0))) {
            return false;
        }
        String service = urlWords.get(0);
        for (Setting candidate : settings) {
            String key = candidate.key();
            if (candidate.isDeferred() || !AsciiCase.endsWith(key, "port") || key.equals(setting.key())) {
                continue;
            }
            String value = candidate.value().strip();
            if (value.isEmpty() || value.length() > 5 || !isNumber(value, port)) {
                continue;
            }
            java.util.List<String> portWords = KeyWords.of(key);
            if (portWords.size() >= 2 && sameService(service, portWords.get(0))) {
                return true;
            }
        }
        return false;
    }

    /** First key words that name the application itself or a part of it, not a co-deployed service. */
    private static final Set<String> APPLICATION_WORDS = Set.of("api", "app", "application", "server", "service",
            "web", "www", "http", "https", "frontend", "front", "backend", "back", "public", "site", "base", "client",
            "ui", "dashboard", "admin", "main", "host", "local", "internal", "external", "next", "vite", "react",
            "node", "port", "url", "ws", "socket");

    private static boolean sameService(String service, String portService) {
        if (APPLICATION_WORDS.contains(portService)) {
            return false;
        }
        String shorter = service.length() <= portService.length() ? service : portService;
        String longer = shorter == service ? portService : service;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    private static boolean isNumber(String value, int port) {
        int number = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            number = number * 10 + (c - '0');
        }
        return number == port;
    }

    /**
     * Whether a loopback URL's port is a reference to the server's own management port, written where the port goes
     * ({@code service_url=https://localhost:${mgt.transport.https.port}/services/}, WSO2 API Manager's all-in-one node
     * calling its own admin services; {@code ${carbon.management.port}}, {@code ${management.port}}): the name's last
     * word is {@code port} and one before it is {@code mgt} or {@code management}. The management interface is the
     * node's own and internal, so loopback is where it is called. A reference to another port
     * ({@code https_endpoint=https://localhost:${https.nio.port}}, the gateway URL shown to API consumers) or to a
     * service's port ({@code ${hmrc.service.port}}) is no such call and stays judged, and so are a host that is not
     * loopback and the management port under a key people open ({@link OpenedAddresses}). Read for a deferred URL
     * whose port alone is a reference, before its written part is judged.
     *
     * @param key the setting's key
     * @param value the value as written, references unresolved
     * @return {@code true} for the server calling its own management interface on loopback
     */
    static boolean atOwnManagementPort(String key, String value) {
        int scheme = value.indexOf("://");
        int open = scheme < 0 ? -1 : value.indexOf(":${", scheme + 3);
        if (open < 0 || value.indexOf('/', scheme + 3) >= 0 && value.indexOf('/', scheme + 3) < open) {
            return false;
        }
        int close = value.indexOf('}', open + 3);
        String host = value.substring(scheme + 3, open);
        if (close < 0 || !dev.readiness.gates.internal.Hosts.isLoopback(host)
                || OpenedAddresses.named(KeyWords.of(key), host)) {
            return false;
        }
        int colon = value.indexOf(':', open + 3);
        java.util.List<String> words = KeyWords.of(value.substring(open + 3, colon > 0 && colon < close ? colon : close));
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("port")
                && (words.contains("mgt") || words.contains("management"));
    }

    /** Keys that hold the application's own address, in relaxed spelling ({@code NEXTAUTH_URL}, {@code APP_URL}). */
    private static final java.util.List<String> OWN_ADDRESSES = java.util.List.of("nextauth.url", "app.url",
            "site.url", "public.url", "next.public.app.url", "next.public.site.url");

    /**
     * Whether a loopback URL has the host and port of the application's own address in the same settings
     * ({@code OPENPIPE_BASE_URL=http://localhost:3000/api/v1} beside {@code NEXTAUTH_URL=http://localhost:3000}): the
     * application calls its own API, and the own address itself is judged under its own key.
     */
    private static boolean atOwnAddress(ReferencedValues references, Setting setting, Endpoint endpoint) {
        for (String key : OWN_ADDRESSES) {
            Optional<Setting> own = references.setting(key);
            if (own.isEmpty() || own.get().key().equals(setting.key())) {
                continue;
            }
            Optional<Endpoint> address = Endpoint.parse(own.get().value().trim());
            if (address.isPresent() && address.get().port() == endpoint.port()
                    && address.get().host().equalsIgnoreCase(endpoint.host())) {
                return true;
            }
        }
        return false;
    }

    /** Last words of keys that hold the path the application serves under. */
    private static final Set<String> MOUNT_QUALIFIERS = Set.of("mount", "context", "root", "base");

    /**
     * Whether a loopback URL's path starts with the path the application itself is mounted at
     * ({@code SERVER_URL=http://127.0.0.1:8080/app} beside {@code PARSE_MOUNT=/app},
     * {@code server.servlet.context-path=/shop}): the server calling its own API, as Parse Server's cloud code and
     * Spring Boot's own clients do. A key names the mount when its last word is {@code mount}, or its last two
     * words are {@code mount}, {@code context}, {@code root} or {@code base} and {@code path}; the mount is a path of
     * at least one letter, not {@code /}. Read only for a loopback URL with a port that is not already the
     * service's own.
     */
    static boolean underOwnMount(dev.readiness.settings.Settings settings, String path) {
        if (path.length() < 2 || path.charAt(0) != '/') {
            return false;
        }
        for (Setting candidate : settings) {
            String key = candidate.key();
            if (candidate.isDeferred() || !(AsciiCase.endsWith(key, "mount") || AsciiCase.endsWith(key, "path"))) {
                continue;
            }
            String mount = candidate.value().strip();
            if (mount.length() < 2 || mount.charAt(0) != '/' || !namesMount(KeyWords.of(key))) {
                continue;
            }
            if (mount.endsWith("/")) {
                mount = mount.substring(0, mount.length() - 1);
            }
            if (path.startsWith(mount) && (path.length() == mount.length() || path.charAt(mount.length()) == '/'
                    || path.charAt(mount.length()) == '?')) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesMount(java.util.List<String> words) {
        int size = words.size();
        if (size >= 1 && words.get(size - 1).equals("mount")) {
            return true;
        }
        return size >= 2 && words.get(size - 1).equals("path") && MOUNT_QUALIFIERS.contains(words.get(size - 2));
    }
}

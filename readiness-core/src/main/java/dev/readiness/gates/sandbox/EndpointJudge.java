package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Judges where an {@link Endpoint} points: a provider's sandbox host or test path, a host whose name says
 * sandbox, test, staging, dev, qa, uat, mock, demo or playground, a public blockchain test network, a development
 * mail catcher, a loopback, reserved or template name, or an ordinary host. The logic behind both the
 * {@code sandbox} gate and {@code @NoSandbox}. Thread-safe; not immutable only in that it remembers what the catalog
 * and the name rule said of the first 4,096 distinct hosts (configurations repeat their hosts under several keys and
 * paths). The gate keeps one judge per settings snapshot (in the snapshot's {@code SnapshotMemo}, which also remembers
 * the verdict on each endpoint), so a snapshot checked again, or by another rule, reads each host once.
 *
 * <p>Name rule ({@code HostNames}): a host's labels are read from the left; a label that <em>is</em> one of the
 * words, or one of whose dash-separated parts is, with or without an environment number, marks the host
 * ({@code api.sandbox.paypal.com}, {@code apis-sandbox.fedex.com}, {@code api-qa2.myco.com}), and so does a mode
 * word glued to a product word ({@code sandboxapi}, {@code paymentstest}). Words merely containing those letters
 * never do ({@code contest}, {@code latest}, {@code devices}, {@code stagecoach}, {@code codesandbox},
 * {@code testflight}). The top-level domain is never read ({@code myapp.dev} is a production domain), and the
 * registrable label only by its dash-parts and glued words, so {@code dev.to} passes while
 * {@code myshop-staging.com} does not. In {@code *.svc.cluster.local} names the service and namespace labels are
 * read, and {@code .local} itself is not reserved there. Hosts a provider catalog lists as live or shared are known
 * and never judged by their name, nor are IP addresses other than loopback (private ranges are normal in
 * production), nor URLs of local files ({@code file:}).
 */
public final class EndpointJudge {

    /** The words the name rule looks for as labels or dash-parts. */
    public static final Set<String> WORDS = ModeWords.HOST_WORDS;

    /**
     * An uptime monitor's ping target ({@code icmp://example.org}): an echo request carries no data, credential or
     * callback, so whichever host it probes, nothing reaches a sandbox or a stand-in.
     */
    private static final String PROBE_SCHEME = "icmp";

    private static final Set<String> RESERVED_TOP_LEVEL = Set.of("test", "example", "invalid");
    private static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.net", "example.org");
    /**
     * Environment words no registry delegates as a top-level domain, which end names in a private DNS zone of one
     * environment ({@code api.sandbox}, Arc XP's sandbox API host; {@code apb.services.uat}): the whole zone is that
     * environment. {@code dev} and {@code qa} are real top-level domains and are not read; {@code test} is reserved.
     */
    private static final Set<String> ENVIRONMENT_ZONES = Set.of("sandbox", "sbx", "sandpit", "staging", "stg", "uat",
            "preprod", "nonprod", "development", "testing");
    /**
     * Domains of tunnels that expose a developer's machine under a random or free name (ngrok's free and legacy
     * domains, Cloudflare quick tunnels, localtunnel, Microsoft dev tunnels, serveo, localhost.run, NATAPP's free
     * tunnels, which payment and WeChat callbacks of Chinese Java projects often name): a development
     * value wherever production calls or sends users. Paid custom domains of these services are ordinary hosts.
     */
    private static final List<String> TUNNEL_DOMAINS = List.of("ngrok-free.app", "ngrok-free.dev", "ngrok.io",
            "trycloudflare.com", "loca.lt", "devtunnels.ms", "serveo.net", "lhr.life", "localhost.run", "natappfree.cc");
    /**
     * Public request bins (forty-third pass): services that hand anyone a URL and show every request sent to it,
     * body and headers included, to whoever holds that URL (Webhook.site, Pipedream's RequestBin, Request Catcher,
     * Beeceptor, PostBin, PTSV, smee.io). A developer points an alert or callback webhook at one to watch what the
     * service sends; in production it hands alerts, order data and signatures to a page anyone with the link can read.
     * Matched as the domain itself or any subdomain: each serves nothing else.
     */
    private static final List<String> REQUEST_BIN_DOMAINS = List.of("webhook.site", "m.pipedream.net",
            "x.pipedream.net", "requestcatcher.com", "requestbin.net", "hookbin.com", "beeceptor.com", "postb.in",
            "ptsv2.com", "ptsv3.com", "smee.io");
    /** Bitcoin's signet: a test network name too close to an ordinary word to judge in host names, fine in paths. */
    private static final String PATH_ONLY_NETWORK = "signet";
    private static final int SHORTEST_NETWORK_WORD = networkWordLength(true);
    private static final int LONGEST_NETWORK_WORD = networkWordLength(false);
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "edu", "ac", "ne", "or",
            "go", "gob", "mil", "ltd", "plc", "sch", "nic");
    private static final Set<String> NON_NETWORK_SCHEMES = Set.of("file", "jar", "classpath", "data", "blob", "about",
            "local", "disk", "fs");

    private static final int REMEMBERED = 4096;

    private final ProviderCatalog catalog;
    private final List<String> allowedHosts;
    private final Set<String> allowedExact = new HashSet<>();
    private final Map<String, Verdict> hostVerdicts = new ConcurrentHashMap<>();
    /** What {@link #judge} said of each endpoint, in a judge of one snapshot; {@code null} in any other. */
    private final @Nullable Map<Endpoint, Verdict> verdicts;

    private EndpointJudge(ProviderCatalog catalog, Collection<String> allowedHosts, boolean remembering) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.verdicts = remembering ? new ConcurrentHashMap<>() : null;
        List<String> patterns = new ArrayList<>(allowedHosts.size());
        for (String host : allowedHosts) {
            String pattern = host.strip().toLowerCase(Locale.ROOT);
            if (!pattern.isEmpty() && namesSomeHost(pattern)) {
                patterns.add(pattern);
                if (pattern.indexOf('*') < 0) {
                    allowedExact.add(pattern);
                }
            }
        }
        this.allowedHosts = Collections.unmodifiableList(patterns);
    }

    /**
     * Whether an allowed-host pattern names something: it holds a letter or a digit. {@code *}, {@code *.*} or
     * {@code **} would allow every host, so the gate would report none; such a pattern is not applied (and the
     * exemptions report it as {@code exemption.refused}). Hostile testing, thirty-fifth pass:
     * {@code readiness.sandbox.allowed-hosts=*} in a judged file made the sandbox gate GO on every sandbox host.
     *
     * @param pattern an allowed-host pattern
     * @return {@code false} for a pattern that allows every host
     */
    public static boolean namesSomeHost(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (Character.isLetterOrDigit(pattern.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A judge over a catalog.
     *
     * @param catalog the provider catalog
     * @param allowedHosts host patterns the team knowingly uses (exact, {@code *.suffix}, or with {@code *}
     *     wildcards); never reported
     * @return the judge
     */
    public static EndpointJudge of(ProviderCatalog catalog, Collection<String> allowedHosts) {
        return new EndpointJudge(catalog, allowedHosts, false);
    }

    /**
     * A judge of one settings snapshot's endpoints that also remembers its verdict on each endpoint (the first
     * {@value #REMEMBERED}): an endpoint's path may hold a credential, so such a judge must live no longer than the
     * snapshot it judges (the sandbox gate keeps it in the snapshot's memo).
     */
    static EndpointJudge remembering(ProviderCatalog catalog, Collection<String> allowedHosts) {
        return new EndpointJudge(catalog, allowedHosts, true);
    }

    /**
     * The catalog this judge reads.
     *
     * @return the catalog
     */
    public ProviderCatalog catalog() {
        return catalog;
    }

    /**
     * Judges an endpoint; a host's reading by the catalog and the name rule is remembered.
     *
     * @param endpoint the endpoint
     * @return the verdict; {@link Kind#NORMAL} when nothing is wrong with it
     */
    public Verdict judge(Endpoint endpoint) {
        Map<Endpoint, Verdict> known = verdicts;
        if (known == null) {
            return judgeOnce(endpoint);
        }
        Verdict verdict = known.get(endpoint);
        if (verdict == null) {
            verdict = judgeOnce(endpoint);
            if (known.size() < REMEMBERED) {
                known.put(endpoint, verdict);
            }
        }
        return verdict;
    }

    private Verdict judgeOnce(Endpoint endpoint) {
        String host = endpoint.host();
        if (isAllowed(host)) {
            return new Verdict(Kind.ALLOWED, null, "");
        }
        String scheme = endpoint.scheme();
        if (scheme != null && (NON_NETWORK_SCHEMES.contains(scheme)
                || NON_NETWORK_SCHEMES.contains(scheme.substring(scheme.lastIndexOf(':') + 1)))) {
            return Verdict.NORMAL;
        }
        if (PROBE_SCHEME.equals(scheme)) {
            return Verdict.NORMAL;
        }
        if (Ip.isUnspecified(host)) {
            return scheme == null ? Verdict.NORMAL : new Verdict(Kind.LOOPBACK, null, UNSPECIFIED);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || Ip.isLoopback(host)) {
            return endpoint.port() == LOCALSTACK_EDGE_PORT ? new Verdict(Kind.EMULATOR, null, LOCALSTACK_EDGE)
                    : new Verdict(Kind.LOOPBACK, null, "loopback");
        }
        if (endpoint.isIpAddress()) {
            return DEVELOPMENT_VM_ADDRESSES.contains(host) ? new Verdict(Kind.LOOPBACK, null, DEVELOPMENT_VM)
                    : host.equals(DOCKER_BRIDGE_GATEWAY) ? onLocalStackPort(endpoint, Verdict.CONTAINER_HOST)
                    : Ip.isDocumentation(host) ? new Verdict(Kind.RESERVED, null, DOCUMENTATION_ADDRESS)
                    : Verdict.NORMAL;
        }
        if (HostNames.loopbackByWildcardDns(host)) {
            return new Verdict(Kind.LOOPBACK, null, WILDCARD_DNS);
        }
        ProviderCatalog.PathRule path = catalog.testPath(host, endpoint.path());
        if (path != null) {
            return new Verdict(Kind.PROVIDER_TEST_PATH, path.provider(), path.prefix());
        }
        if (endpoint.scheme() != null && HostNames.addressWordTopLevel(host)) {
            return new Verdict(Kind.RESERVED, null, "template text in its name");
        }
        Verdict verdict = hostVerdicts.get(host);
        if (verdict == null) {
            verdict = byHost(host);
            if (hostVerdicts.size() < REMEMBERED) {
                hostVerdicts.put(host, verdict);
            }
        }
        if (verdict == Verdict.CONTAINER_HOST || verdict == Verdict.NORMAL && host.indexOf('.') < 0) {
            verdict = onLocalStackPort(endpoint, verdict);
        }
        if (verdict == Verdict.NORMAL && underscoredNameOverTls(endpoint)) {
            return new Verdict(Kind.RESERVED, null, UNDERSCORED_TLS_NAME);
        }
        if (verdict == Verdict.NORMAL) {
            String network = testNetworkInPath(endpoint.path());
            if (network != null) {
                return new Verdict(Kind.TEST_NETWORK, null, network);
            }
        }
        if ((verdict == Verdict.NORMAL || verdict.kind() == Kind.PROVIDER_SHARED_HOST)
                && sandboxFirstSegment(endpoint.path()) && (webScheme(endpoint.scheme())
                        || !stagingFirstSegment(endpoint.path()))) {
            return new Verdict(Kind.SANDBOX_NAME, verdict.provider(), SANDBOX_PATH);
        }
        if (verdict == Verdict.NORMAL || verdict.kind() == Kind.PROVIDER_SHARED_HOST) {
            String realm = nonProductionRealm(endpoint.path());
            if (realm != null) {
                return new Verdict(Kind.SANDBOX_NAME, verdict.provider(), REALM_PREFIX + realm);
            }
        }
        if (verdict == Verdict.NORMAL || verdict.kind() == Kind.PROVIDER_LIVE_HOST
                || verdict.kind() == Kind.PROVIDER_SHARED_HOST) {
            String template = HostNames.templateInPath(endpoint.path());
            if (template != null) {
                return new Verdict(Kind.RESERVED, verdict.provider(), template);
            }
        }
        return verdict;
    }

    /**
     * The test network a URL's first path segment names, as block explorers and node gateways serve them
     * ({@code https://mempool.space/testnet4/api}, {@code https://blockstream.info/testnet/api}), or {@code null}.
     */
    private static int networkWordLength(boolean shortest) {
        int result = PATH_ONLY_NETWORK.length();
        for (String word : ModeWords.TEST_NETWORKS) {
            result = shortest ? Math.min(result, word.length()) : Math.max(result, word.length());
        }
        return result;
    }

    private static @Nullable String testNetworkInPath(String path) {
        if (path.length() < 2 || path.charAt(0) != '/') {
            return null;
        }
        int end = path.indexOf('/', 1);
        int length = (end < 0 ? path.length() : end) - 1;
        if (length < SHORTEST_NETWORK_WORD || length > LONGEST_NETWORK_WORD) {
            return segmentOfGateway(path);
        }
        if (isAscii(path, 1, length + 1)) {
            // the same test as below, read in place: most first segments (/api, /v1, /orders) are no network
            String network = TEST_NETWORK_WORDS.spelledAt(path, 1, length + 1);
            if (network == null && length == PATH_ONLY_NETWORK.length()
                    && path.regionMatches(true, 1, PATH_ONLY_NETWORK, 0, length)) {
                network = PATH_ONLY_NETWORK;
            }
            return network != null ? network + " (named in the URL path)" : segmentOfGateway(path);
        }
        String segment = path.substring(1, length + 1).toLowerCase(Locale.ROOT);
        boolean network = ModeWords.TEST_NETWORKS.contains(segment) || segment.equals(PATH_ONLY_NETWORK);
        return network ? segment + " (named in the URL path)" : segmentOfGateway(path);
    }

    private static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** How many path segments a node gateway's network may be named in. */
    private static final int GATEWAY_SEGMENTS = 8;
    private static final WordsByLength TEST_NETWORK_WORDS = new WordsByLength(ModeWords.TEST_NETWORKS);
    private static final WordsByLength PROPER_TEST_NETWORK_WORDS = new WordsByLength(ModeWords.PROPER_TEST_NETWORKS);
    private static final WordsByLength CHAIN_WORDS = new WordsByLength(ModeWords.CHAIN_WORDS);

    /**
     * The test network a node gateway names in a later path segment, as Ankr, ZAN, Stackup and others route by path
     * ({@code https://rpc.ankr.com/eth_sepolia}, {@code …/node/ethereum-sepolia}, {@code …/polygon_amoy},
     * {@code …/eth/sepolia/KEY}, The Graph's {@code …/subgraphs/name/acme/poignart-rinkeby}): a dash- or
     * underscore-part that is a test network's name beside a chain word in the same segment or right after a segment
     * that is one, or that is a network named nothing else ({@link ModeWords#PROPER_TEST_NETWORKS}), as host labels
     * are read. Reads the path in place; allocates only when it names a network. {@code /eth}, {@code /polygon},
     * {@code /products/fuji} are no test network.
     */
    private static @Nullable String segmentOfGateway(String path) {
        int length = path.length();
        boolean previousChain = false;
        int segments = 0;
        int start = 1;
        while (start < length && segments++ < GATEWAY_SEGMENTS) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = length;
            }
            String found = null;
            boolean chain = false;
            int partStart = start;
            for (int i = start; i <= end; i++) {
                if (i < end && path.charAt(i) != '-' && path.charAt(i) != '_') {
                    continue;
                }
                if (i > partStart) {
                    if (found == null) {
                        found = wordAt(TEST_NETWORK_WORDS, path, partStart, i);
                    }
                    if (found == null) {
                        found = wordAt(PROPER_TEST_NETWORK_WORDS, path, partStart, i);
                    }
                    chain |= wordAt(CHAIN_WORDS, path, partStart, i) != null;
                }
                partStart = i + 1;
            }
            if (found != null && (chain || previousChain || ModeWords.PROPER_TEST_NETWORKS.contains(found))) {
                return found + " (named in the URL path)";
            }
            previousChain = wordAt(CHAIN_WORDS, path, start, end) != null;
            start = end + 1;
        }
        return null;
    }

    /** The word of a list that the path's characters {@code [from, to)} spell, ignoring case, or {@code null}. */
    private static @Nullable String wordAt(WordsByLength words, String path, int from, int to) {
        return words.spelledAt(path, from, to);
    }

    /**
     * Lower-case words grouped by length, so that a part of a path is compared only with the words of its own length
     * and first letter: every URL with a path of a healthy configuration passes here, part by part.
     */
    private static final class WordsByLength {

        private final String[][] byLength;

        WordsByLength(java.util.Collection<String> words) {
            int longest = 0;
            for (String word : words) {
                longest = Math.max(longest, word.length());
            }
            java.util.List<java.util.List<String>> grouped = new java.util.ArrayList<>();
            for (int length = 0; length <= longest; length++) {
                grouped.add(new java.util.ArrayList<>());
            }
            for (String word : words) {
                grouped.get(word.length()).add(word);
            }
            byLength = new String[longest + 1][];
            for (int length = 0; length <= longest; length++) {
                byLength[length] = grouped.get(length).toArray(new String[0]);
            }
        }

        @Nullable String spelledAt(String text, int from, int to) {
            int length = to - from;
            if (length <= 0 || length >= byLength.length) {
                return null;
            }
            char first = Character.toLowerCase(text.charAt(from));
            for (String word : byLength[length]) {
                if (word.charAt(0) == first && text.regionMatches(true, from, word, 0, length)) {
                    return word;
                }
            }
            return null;
        }
    }

    /**
     * LocalStack's edge port: every emulated AWS service answers on {@code localhost:4566}
     * ({@code sqs://foo:bar@localhost:4566}, {@code AWS_ENDPOINT_URL=http://localhost:4566}); no AWS service listens on
     * the local machine in production.
     */
    private static final int LOCALSTACK_EDGE_PORT = 4566;
    private static final String LOCALSTACK_EDGE = "LocalStack (its edge port 4566)";

    /**
     * LocalStack's verdict on an address on LocalStack's edge port at the container host or a one-label service name
     * ({@code http://host.docker.internal:4566}, {@code http://aws:4566}), as compose files and
     * {@code docker run -e AWS_ENDPOINT_URL=...} lines reach the emulator; else the verdict the host had.
     */
    private static Verdict onLocalStackPort(Endpoint endpoint, Verdict otherwise) {
        return endpoint.port() == LOCALSTACK_EDGE_PORT ? new Verdict(Kind.EMULATOR, null, LOCALSTACK_EDGE) : otherwise;
    }

    /** The detail of a {@link Kind#RESERVED} verdict on {@link #underscoredNameOverTls}. */
    static final String UNDERSCORED_TLS_NAME = "template text in its name (one name with an underscore, over TLS on "
            + "the scheme's own port)";

    /**
     * Whether a URL reaches a one-label name with an underscore over TLS without a port
     * ({@code https://authorization_server}, {@code https://signature_server}): a template's words for the server to
     * fill in (forty-fourth pass). Compose service names share the shape ({@code http://nrdb_api_server:3000},
     * {@code postgres://rallly_db:5432}) but are reached over plain protocols on the service's port; no certificate
     * authority signs a name with an underscore, and {@code java.net.URI} reads no host in one, so no TLS client
     * verifies such a server on 443. A name that opens with an underscore is an installer's marker
     * ({@code https://__DOMAIN__}), another rule's.
     */
    static boolean underscoredNameOverTls(Endpoint endpoint) {
        String host = endpoint.host();
        String scheme = endpoint.scheme();
        return endpoint.port() < 0 && host.indexOf('_') > 0 && host.indexOf('.') < 0
                && ("https".equals(scheme) || "wss".equals(scheme));
    }

    /** How the detail of a {@link Kind#SANDBOX_NAME} verdict on a realm's path starts: the word follows it. */
    static final String REALM_PREFIX = "realm:";

    private static final String REALMS_SEGMENT = "/realms/";

    /** The last part of a realm's name that names a non-production environment ({@code shop-test}, {@code crm_dev}). */
    private static final Set<String> REALM_ENVIRONMENTS = Set.of("test", "testing", "tst", "dev", "development",
            "staging", "stage", "stg", "qa", "uat", "sandbox", "sbx", "preprod", "nonprod");

    /**
     * The environment word a Keycloak realm in a URL's path is named for, or {@code null} (forty-second pass): the
     * segment after {@code /realms/} ({@code https://sso.acme.io/realms/govrly-test}, and {@code /auth/realms/…} of
     * older servers) is the realm, and a realm whose name is an environment word, or whose last dash or underscore
     * part is one ({@code govrly-test}, {@code shop_staging}), holds the test environment's users and clients: its
     * tokens are a test system's, in production. A word inside another ({@code devices}, {@code contest}), an earlier
     * part ({@code dev-portal}, a realm for developers) and other segments are not read.
     */
    static @Nullable String nonProductionRealm(String path) {
        int at = path.indexOf(REALMS_SEGMENT);
        if (at < 0) {
            return null;
        }
        int start = at + REALMS_SEGMENT.length();
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        int query = path.indexOf('?', start);
        if (query >= 0 && query < end) {
            end = query;
        }
        int part = start;
        for (int i = start; i < end; i++) {
            char c = path.charAt(i);
            if (c == '-' || c == '_') {
                part = i + 1;
            }
        }
        String word = path.substring(part, end).toLowerCase(Locale.ROOT);
        return REALM_ENVIRONMENTS.contains(word) ? word : null;
    }

    /** The detail of a {@link Kind#SANDBOX_NAME} verdict on a URL whose first path segment is {@code sandbox}. */
    static final String SANDBOX_PATH = "sandbox (the first segment of the URL path)";

    /**
     * Whether a URL's path starts with a segment that is {@code sandbox} or {@code staging}, or ends with
     * {@code -sandbox}, {@code _sandbox}, {@code -staging} or {@code _staging}, in any case ({@code https://prod.emea.api.fiservapps.com/sandbox/exp/v1/checkouts},
     * {@code https://tripay.co.id/api-sandbox/}): gateways that serve both environments from one host put the sandbox
     * first in the path, as API gateways put their stage ({@code /staging}, {@code /adage-api-staging}). A segment that only contains the word ({@code /sandboxes}, {@code /codesandbox},
     * {@code /sandbox-tools}) or a later segment (a repository named {@code sandbox}) is not.
     */
    static boolean sandboxFirstSegment(String path) {
        if (path.length() <= STAGING_SEGMENT.length() || path.charAt(0) != '/') {
            return false;
        }
        int end = path.indexOf('/', 1);
        if (end < 0) {
            end = path.length();
        }
        return endsWithWord(path, end, SANDBOX_SEGMENT) || endsWithWord(path, end, STAGING_SEGMENT);
    }

    /**
     * Whether a scheme is one browsers and HTTP clients call ({@code http}, {@code https}, {@code ws}, {@code wss}, or
     * none written): a staging segment elsewhere ({@code s3://acme-athena/staging/}) is a storage area, not a stage.
     */
    private static boolean webScheme(@Nullable String scheme) {
        return scheme == null || scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")
                || scheme.equalsIgnoreCase("wss") || scheme.equalsIgnoreCase("ws");
    }

    /** Whether a URL's first path segment is {@code staging} or ends with {@code -staging} or {@code _staging}. */
    static boolean stagingFirstSegment(String path) {
        if (path.length() <= STAGING_SEGMENT.length() || path.charAt(0) != '/') {
            return false;
        }
        int end = path.indexOf('/', 1);
        return endsWithWord(path, end < 0 ? path.length() : end, STAGING_SEGMENT);
    }

    /**
     * Whether the first segment, ending at {@code end}, is {@code word} or ends with {@code -word} or {@code _word}:
     * {@code /staging} (an API Gateway stage) and {@code /adage-api-staging} as {@code /sandbox} and
     * {@code /api-sandbox} are.
     */
    private static boolean endsWithWord(String path, int end, String word) {
        int start = end - word.length();
        return start >= 1 && AsciiCase.regionIs(path, start, word)
                && (start == 1 || path.charAt(start - 1) == '-' || path.charAt(start - 1) == '_');
    }

    private static final String SANDBOX_SEGMENT = "sandbox";
    private static final String STAGING_SEGMENT = "staging";

    /**
     * The verdict on a host by the catalog's host rules, else by its name. Text left to fill in
     * ({@code dev-<DEV ID>.okta.com}, {@code dev-XXXXXXXX.okta.com}) is read first: a provider's account host pattern
     * would otherwise take it for an account.
     */
    private Verdict byHost(String host) {
        if (HostNames.fillInTemplate(host) || HostNames.maskedLabel(host)) {
            return new Verdict(Kind.RESERVED, null, "template text in its host");
        }
        String resourceTemplate = CloudResourceNames.template(host);
        if (resourceTemplate != null) {
            return new Verdict(Kind.RESERVED, null, resourceTemplate);
        }
        ProviderCatalog.HostRule rule = catalog.host(host);
        if (rule != null) {
            return switch (rule.use()) {
                case TEST -> new Verdict(Kind.PROVIDER_TEST_HOST, rule.provider(), rule.pattern());
                case LIVE, SHARED -> accountHost(host, rule);
            };
        }
        return byName(host);
    }

    /**
     * The verdict on a provider's live or shared host; an account-specific host that a {@code *} pattern matches is
     * a sandbox account's when its first label ends with a sandbox segment ({@code 1234567-sb1} of
     * {@code *.suitetalk.api.netsuite.com}, see {@link SandboxAccounts}), and a template's when that label is
     * template text ({@code example.auth0.com}, {@code your-store.myshopify.com}, see
     * {@link HostNames#templateTenant}).
     */
    private static Verdict accountHost(String host, ProviderCatalog.HostRule rule) {
        if (rule.pattern().startsWith("*")) {
            int dot = host.indexOf('.');
            if (dot > 0 && SandboxAccounts.sandboxSegmentStart(host.substring(0, dot)) >= 0) {
                return new Verdict(Kind.PROVIDER_TEST_HOST, rule.provider(), "a sandbox account's " + rule.pattern());
            }
            if (dot > 0 && HostNames.templateTenant(host.substring(0, dot))) {
                return new Verdict(Kind.RESERVED, rule.provider(), "template text as the account name of "
                        + rule.pattern());
            }
            String mode = dot > 0 ? HostNames.modePart(host.substring(0, dot)) : null;
            if (mode != null) {
                return new Verdict(Kind.PROVIDER_TEST_HOST, rule.provider(),
                        "a " + mode + " account's " + rule.pattern());
            }
        }
        return rule.use() == ProviderCatalog.HostUse.LIVE
                ? new Verdict(Kind.PROVIDER_LIVE_HOST, rule.provider(), rule.pattern())
                : new Verdict(Kind.PROVIDER_SHARED_HOST, rule.provider(), rule.pattern());
    }

    /** The detail of a {@link Kind#LOOPBACK} verdict on {@code 0.0.0.0} or {@code ::} in a URL. */
    static final String UNSPECIFIED = "the unspecified address";

    /**
     * The addresses development tools give the developer's own machine or its local VM: the Android emulator's alias
     * of the host's loopback ({@code 10.0.2.2}), docker-machine's first VMs ({@code 192.168.99.100}, {@code .101}) and
     * minikube's node under its Docker driver ({@code 192.168.49.2}). As the public, site or return URL others are
     * sent to ({@code pretix.url=http://192.168.99.100}) they reach nobody's service but the developer's; behind
     * other keys they may be a LAN's own address and are left alone.
     */
    private static final Set<String> DEVELOPMENT_VM_ADDRESSES = Set.of("10.0.2.2", "192.168.99.100",
            "192.168.99.101", "192.168.49.2");

    /** The detail of a {@link Kind#RESERVED} verdict on an address {@link Ip#isDocumentation} reads. */
    static final String DOCUMENTATION_ADDRESS = "an address written for documentation (RFC 5737 and 3849 blocks, "
            + "1.2.3.4)";

    /** The detail of a {@link Kind#LOOPBACK} verdict on {@link #DEVELOPMENT_VM_ADDRESSES}. */
    static final String DEVELOPMENT_VM = "an address development tools give the developer's machine or its local VM "
            + "(Android emulator, docker-machine, minikube)";

    /**
     * Docker's default bridge gateway: the host machine as its containers see it on Linux, as
     * {@code host.docker.internal} is on Docker Desktop. A container reaches the host's services there; a browser or
     * another machine does not.
     */
    private static final String DOCKER_BRIDGE_GATEWAY = "172.17.0.1";

    /**
     * The detail of a {@link Kind#LOOPBACK} verdict on the container host: a container runtime's name for the machine
     * it runs on ({@code host.docker.internal}) or Docker's default bridge gateway. Only containers on that machine
     * reach it, so it is judged as loopback is for the URLs others use, and left alone as a back end of the service.
     */
    static final String CONTAINER_HOST = "the container host (only containers on that machine reach it)";

    /** The detail of a {@link Kind#LOOPBACK} verdict on a wildcard-DNS name of a loopback address. */
    static final String WILDCARD_DNS = "a wildcard-DNS name that resolves to loopback";

    /**
     * Whether a name holds the four-{@code x} stand-in of an IP address, as instructions for wildcard-DNS names write it
     * ({@code netbird.x.x.x.x.sslip.io}, {@code x.x.x.x.nip.io}): the address to embed was never filled in
     * (thirty-sixth pass).
     */
    private static boolean heldAddressTemplate(String host) {
        int at = host.indexOf("x.x.x.x");
        return at >= 0 && (at == 0 || host.charAt(at - 1) == '.')
                && (at + 7 == host.length() || host.charAt(at + 7) == '.');
    }

    private static Verdict byName(String host) {
        if (HostNames.bracketedTemplate(host)) {
            return new Verdict(Kind.RESERVED, null, "template text in angle brackets");
        }
        if (HostNames.fillInTemplate(host) || heldAddressTemplate(host)) {
            return new Verdict(Kind.RESERVED, null, "template text in its host");
        }
        if (Hosts.isContainerHost(host)) {
            return Verdict.CONTAINER_HOST;
        }

        if (host.indexOf('.') < 0 && Hosts.isTemplateName(host)) {
            return new Verdict(Kind.RESERVED, null, "template text in its host");
        }
        for (String tunnel : TUNNEL_DOMAINS) {
            if (host.endsWith(tunnel) && host.length() > tunnel.length()
                    && host.charAt(host.length() - tunnel.length() - 1) == '.') {
                return new Verdict(Kind.RESERVED, null, "a tunnel to a developer's machine (" + tunnel + ")");
            }
        }
        for (String bin : REQUEST_BIN_DOMAINS) {
            if (host.equals(bin) || host.endsWith(bin) && host.charAt(host.length() - bin.length() - 1) == '.') {
                return new Verdict(Kind.RESERVED, null, "a public request bin (" + bin + "), whose every request"
                        + " anyone with the URL can read");
            }
        }
        String emulator = HostNames.emulator(host);
        if (emulator != null) {
            return new Verdict(Kind.EMULATOR, null, emulator);
        }
        String broker = PublicTestBrokers.named(host);
        if (broker != null) {
            return new Verdict(Kind.RESERVED, null, broker);
        }
        int lastDot = host.lastIndexOf('.');
        String topLevel = host.substring(lastDot + 1);
        boolean clusterLocal = host.endsWith(".svc.cluster.local");
        if (topLevel.equals("local") && !host.endsWith(".cluster.local") && !ClusterDomains.serviceName(host)
                && !ClusterDomains.discoveredService(host)) {
            if (ExampleLocalNames.named(host)) {
                return new Verdict(Kind.RESERVED, null, "a chart scaffold's example host under .local");
            }
            return new Verdict(Kind.LOCAL_NAME, null, "the multicast-DNS top-level domain .local");
        }
        if (RESERVED_TOP_LEVEL.contains(topLevel)) {
            return new Verdict(Kind.RESERVED, null, "the reserved top-level domain ." + topLevel);
        }
        if (lastDot > 0 && ENVIRONMENT_ZONES.contains(topLevel)) {
            return new Verdict(Kind.SANDBOX_NAME, null, topLevel);
        }
        if (lastDot > 0) {
            String domain = host.substring(host.lastIndexOf('.', lastDot - 1) + 1);
            if (RESERVED_DOMAINS.contains(domain)) {
                return new Verdict(Kind.RESERVED, null, "the reserved documentation domain " + domain);
            }
        }
        int labels = 1;
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) == '.') {
                labels++;
            }
        }
        int registrable = clusterLocal || labels == 1 ? -1 : registrableLabel(host, labels);
        if (!clusterLocal) {
            String template = HostNames.template(host, registrable, labels);
            if (template != null) {
                return new Verdict(Kind.RESERVED, null, template);
            }
        }
        if (!clusterLocal && registrable >= 2 && HostNames.localEnvironmentLabel(host, registrable)) {
            return new Verdict(Kind.SANDBOX_NAME, null, "local");
        }
        int judgedWhole = labels == 1 ? 1 : clusterLocal ? labels - 3 : registrable;
        HostNames.Reading reading = HostNames.read(host, judgedWhole, registrable);
        if (reading != null) {
            return new Verdict(reading.kind(), null, reading.detail());
        }
        String network = HostNames.chainTestNetwork(host);
        return network == null ? Verdict.NORMAL : new Verdict(Kind.TEST_NETWORK, null, network);
    }

    /** The index of the registrable label: the second-last, or the third-last under {@code co.uk}-style names. */
    static int registrableLabel(String host, int labels) {
        if (labels >= 3) {
            int lastDot = host.lastIndexOf('.');
            int secondDot = host.lastIndexOf('.', lastDot - 1);
            if (host.length() - lastDot - 1 == 2 && SECOND_LEVEL.contains(host.substring(secondDot + 1, lastDot))) {
                return labels - 3;
            }
        }
        return labels - 2;
    }

    private boolean isAllowed(String host) {
        if (allowedHosts.isEmpty()) {
            return false;
        }
        if (allowedExact.contains(host)) {
            return true;
        }
        for (String pattern : allowedHosts) {
            if (pattern.startsWith("*.") && pattern.indexOf('*', 1) < 0 ? host.endsWith(pattern.substring(1))
                    : pattern.indexOf('*') >= 0 && Glob.matches(pattern, host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The test-mode credential a value is, judged by its documented prefix alone: only prefixes of at least
     * seven characters count ({@code sk_test_}, {@code rzp_test_}, {@code FLWSECK_TEST-}), since shorter ones
     * ({@code test_}) need the setting key to name the provider. The value must be at least eight characters
     * longer than the prefix.
     *
     * @param value the value
     * @return the provider whose test prefix the value starts with
     */
    public Optional<Provider> distinctiveTestCredential(String value) {
        String trimmed = value.strip();
        for (ProviderCatalog.PrefixRule rule : catalog.credentialPrefixes(trimmed)) {
            if (rule.test() && rule.prefix().length() >= 7 && trimmed.length() >= rule.prefix().length() + 8) {
                return Optional.of(rule.provider());
            }
        }
        return Optional.empty();
    }

    /** What an endpoint is. Immutable and thread-safe. */
    public enum Kind {
        /** An ordinary host: public, private, internal or a cluster service. */
        NORMAL,
        /** Listed in {@code readiness.sandbox.allowed-hosts}. */
        ALLOWED,
        /** A provider's live-only host. */
        PROVIDER_LIVE_HOST,
        /** A provider's host that serves both environments. */
        PROVIDER_SHARED_HOST,
        /** A provider's sandbox or test host. */
        PROVIDER_TEST_HOST,
        /** A provider's test path on a host it shares with the live environment. */
        PROVIDER_TEST_PATH,
        /** A host whose name says sandbox, test, staging, dev, qa, uat, mock, demo or playground. */
        SANDBOX_NAME,
        /** A node or gateway of a public blockchain test network (Sepolia, Holesky, Amoy, a testnet or devnet). */
        TEST_NETWORK,
        /** A development mail catcher (Mailpit, MailHog, MailDev, MailCatcher, smtp4dev): delivers nothing. */
        MAIL_CATCHER,
        /**
         * A local emulator or fake of a cloud service (LocalStack, Azurite, a Google Cloud emulator, a mock
         * server): it keeps data on one machine and checks no credentials.
         */
        EMULATOR,
        /**
         * {@code localhost}, {@code *.localhost}, a loopback address, a wildcard-DNS name of one
         * ({@code app.127.0.0.1.nip.io}, {@code lvh.me}), or the unspecified address {@code 0.0.0.0} in a URL.
         */
        LOOPBACK,
        /**
         * A {@code .local} name (multicast DNS on the local link, or a legacy Active Directory domain), other than
         * Kubernetes' {@code cluster.local}.
         */
        LOCAL_NAME,
        /** A reserved or development-only name that no production service has. */
        RESERVED;

        /**
         * Whether an endpoint of this kind does not belong in production.
         *
         * @return {@code true} for test hosts and paths, sandbox names, test networks, mail catchers, emulators, loopback,
         *     {@code .local} and reserved names
         */
        public boolean isProblem() {
            return this == PROVIDER_TEST_HOST || this == PROVIDER_TEST_PATH || this == SANDBOX_NAME
                    || this == TEST_NETWORK || this == MAIL_CATCHER || this == EMULATOR || this == LOOPBACK || this == LOCAL_NAME || this == RESERVED;
        }
    }

    /**
     * The verdict on one endpoint. Immutable and thread-safe.
     *
     * @param kind what the endpoint is
     * @param provider the catalog provider the host or path belongs to, if any
     * @param detail what matched: the word, the test path, the catalog pattern or the reserved name; never
     *     user info, query or any other part of the value
     * @param containerHost whether a {@link Kind#LOOPBACK} endpoint is the container host
     *     ({@code host.docker.internal}, Docker's bridge gateway): loopback only to containers on that machine, read
     *     by the rules that judge who uses the URL
     */
    public record Verdict(Kind kind, @Nullable Provider provider, String detail, boolean containerHost) {

        static final Verdict NORMAL = new Verdict(Kind.NORMAL, null, "");

        static final Verdict CONTAINER_HOST = new Verdict(Kind.LOOPBACK, null, EndpointJudge.CONTAINER_HOST, true);

        /**
         * Checks the fields.
         *
         * @param kind what the endpoint is
         * @param provider the provider, if any
         * @param detail what matched
         * @param containerHost whether a loopback endpoint is the container host
         */
        public Verdict {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
            if (containerHost && kind != Kind.LOOPBACK) {
                throw new IllegalArgumentException(
                        "only a LOOPBACK verdict is the container host, but kind was " + kind);
            }
        }

        /**
         * A verdict on any endpoint other than the container host.
         *
         * @param kind what the endpoint is
         * @param provider the provider, if any
         * @param detail what matched
         */
        public Verdict(Kind kind, @Nullable Provider provider, String detail) {
            this(kind, provider, detail, false);
        }
    }
}

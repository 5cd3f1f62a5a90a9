package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.SecretShape;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code sandbox} gate: in production, finds settings that point at sandbox, test, local or reserved
 * endpoints, hold test-mode credentials, switch a provider's client to its sandbox, or mix one provider's test and
 * live environments; outside production, finds live payment credentials. Thread-safe.
 *
 * <p>What it reads: every setting whose value holds a URL ({@code scheme://host}), every setting whose key names
 * one ({@code …_URL}, {@code …_URI}, {@code …_ENDPOINT}, {@code …_HOST}, {@code baseUrl}, {@code api-url}, …) for
 * bare host names too, every value that starts with a catalog credential prefix, and mode switches. Database URLs
 * and database keys are the {@code database} gate's; allow-lists (CORS origins, trusted hosts), a process's own
 * {@code HOST}/{@code HOSTNAME} and bind/listen addresses are not destinations and are skipped.
 *
 * <p>Configuration (settings, relaxed names, comma-separated or indexed lists):
 * {@code readiness.sandbox.extra-keys} (keys to judge as endpoints even though their names do not say so),
 * {@code readiness.sandbox.exclude-keys} (keys to skip; a trailing {@code *} matches a prefix),
 * {@code readiness.sandbox.allowed-hosts} (host patterns the team knowingly uses) and
 * {@code readiness.sandbox.catalog} (paths of catalog files extending the {@link ProviderCatalog}).
 *
 * <p>Findings never contain a value: hosts are printed without user info, port, path or query; credentials are
 * described by {@link SecretShape}.
 */
public final class SandboxGate implements Gate {

    /** The gate id. */
    public static final String ID = "sandbox";

    static final String EXTRA_KEYS = "readiness.sandbox.extra-keys";
    static final String EXCLUDE_KEYS = "readiness.sandbox.exclude-keys";
    static final String ALLOWED_HOSTS = "readiness.sandbox.allowed-hosts";
    static final String CATALOG = "readiness.sandbox.catalog";

    private static final Set<String> ENDPOINT_WORDS = Set.of("url", "uri", "urls", "uris", "endpoint", "endpoints",
            "host", "hosts", "hostname", "baseurl", "apiurl", "webhookurl");
    private static final Set<String> ALLOW_LIST_WORDS = Set.of("origin", "origins", "cors", "allowed", "allowlist",
            "whitelist", "trusted", "csp");
    private static final Set<String> OWN_ADDRESS_WORDS = Set.of("bind", "listen");
    private static final Set<String> OWN_ADDRESS_KEYS = Set.of("host", "hostname", "computername", "serverhost",
            "serveraddress");
    private static final Set<String> DATABASE_WORDS = dev.readiness.gates.database.DatabaseWords.STORES;
    private static final Set<String> SIDECAR_WORDS = Set.of("otel", "otlp", "opentelemetry", "dapr", "envoy",
            "istio", "linkerd", "statsd", "dogstatsd", "jaeger", "zipkin", "datadog", "dd", "agent", "sidecar", "proxy",
            "collector", "consul", "vault", "prometheus", "pushgateway", "fluentd", "fluentbit", "tracing", "tracer");
    private static final Set<String> CREDENTIAL_WORDS = Set.of("key", "keys", "secret", "secrets", "token", "tokens",
            "password", "passwd", "pwd", "credential", "credentials", "apikey", "auth", "pat", "privatekey",
            "secretkey", "accesstoken");
    private static final Set<String> ENVIRONMENT_WORDS = Set.of("env", "environment", "mode");
    private static final Set<String> SANDBOX_VALUES = Set.of("sandbox", "sbx");
    private static final Set<String> TEST_VALUES = Set.of("sandbox", "sbx", "test", "testing", "tst", "development",
            "dev", "staging", "stage", "stg", "demo", "playground", "uat", "qa", "preprod", "preview", "cert");
    private static final Set<String> LIVE_VALUES = Set.of("live", "production", "prod", "prd");
    private static final Set<String> TRUE_VALUES = Set.of("true", "yes", "on", "1", "y");
    private static final Set<String> FALSE_VALUES = Set.of("false", "no", "off", "0", "n");

    private static final int ENDPOINT = 1;
    private static final int ALLOW_LIST = 2;
    private static final int OWN_ADDRESS = 4;
    private static final int DATABASE = 8;
    private static final int SIDECAR = 16;
    private static final int CREDENTIAL = 32;
    private static final Map<String, Integer> WORD_FLAGS = wordFlags();

    private final ProviderCatalog catalog;

    /**
     * A gate over {@link ProviderCatalog#defaults()}: the built-in catalog and the class-path extensions.
     */
    public SandboxGate() {
        this(ProviderCatalog.defaults());
    }

    /**
     * A gate over a given catalog; files named in {@code readiness.sandbox.catalog} still extend it.
     *
     * @param catalog the catalog
     */
    public SandboxGate(ProviderCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    private static Map<String, Integer> wordFlags() {
        Map<String, Integer> flags = new java.util.HashMap<>();
        List<Map.Entry<Set<String>, Integer>> groups = List.of(Map.entry(ENDPOINT_WORDS, ENDPOINT),
                Map.entry(ALLOW_LIST_WORDS, ALLOW_LIST), Map.entry(OWN_ADDRESS_WORDS, OWN_ADDRESS),
                Map.entry(DATABASE_WORDS, DATABASE), Map.entry(SIDECAR_WORDS, SIDECAR),
                Map.entry(CREDENTIAL_WORDS, CREDENTIAL));
        for (Map.Entry<Set<String>, Integer> group : groups) {
            for (String word : group.getKey()) {
                flags.merge(word, group.getValue(), (a, b) -> a | b);
            }
        }
        return Map.copyOf(flags);
    }

    private static int flags(List<String> words) {
        int flags = 0;
        for (String word : words) {
            Integer flag = WORD_FLAGS.get(word);
            if (flag != null) {
                flags |= flag;
            }
        }
        return flags;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "no sandbox, test or local endpoints, test-mode credentials or sandbox switches in production; "
                + "no live payment credentials outside it";
    }

    @Override
    public Outcome check(GateContext context) {
        Settings settings = context.settings();
        Stage stage = context.stage();
        List<Finding> findings = new ArrayList<>();
        ProviderCatalog effective = catalog;
        for (String problem : catalog.problems()) {
            findings.add(catalogProblem(problem, null));
        }
        List<Setting> configuration = settings.withPrefix("readiness.sandbox");
        Setting catalogSetting = configuration.stream()
                .filter(setting -> setting.canonicalKey().startsWith(RelaxedNames.canonical(CATALOG))).findFirst()
                .orElse(null);
        for (String file : values(configuration, CATALOG)) {
            ProviderCatalog extension;
            try {
                extension = ProviderCatalog.read(Path.of(file));
            } catch (InvalidPathException invalid) {
                extension = ProviderCatalog.parse(file, "");
                findings.add(catalogProblem("a value of " + CATALOG + " is not a valid path", catalogSetting));
            }
            for (String problem : extension.problems()) {
                findings.add(catalogProblem(problem, catalogSetting));
            }
            effective = effective.with(extension);
        }
        EndpointJudge judge = EndpointJudge.of(effective, values(configuration, ALLOWED_HOSTS));
        Set<String> extraKeys = canonical(values(configuration, EXTRA_KEYS));
        List<String> excludeKeys = List.copyOf(canonical(values(configuration, EXCLUDE_KEYS)));
        Map<String, List<Signal>> signals = new LinkedHashMap<>();
        for (Setting setting : settings) {
            String key = setting.key();
            if (setting.isDeferred() || key.regionMatches(true, 0, "readiness", 0, 9)) {
                continue;
            }
            String canonicalKey = null;
            boolean extra = false;
            if (!excludeKeys.isEmpty() || !extraKeys.isEmpty()) {
                canonicalKey = setting.canonicalKey();
                if (excluded(canonicalKey, excludeKeys)) {
                    continue;
                }
                extra = extraKeys.contains(canonicalKey);
            }
            inspect(setting, canonicalKey, extra, stage, judge, signals, findings);
        }
        if (stage == Stage.PRODUCTION) {
            signals.values().forEach(providerSignals -> inconsistency(providerSignals.get(0).provider(), providerSignals,
                    findings));
        }
        return Outcome.of(findings);
    }

    private void inspect(Setting setting, @Nullable String knownCanonicalKey, boolean extra, Stage stage,
            EndpointJudge judge, Map<String, List<Signal>> signals, List<Finding> findings) {
        String value = setting.value().strip();
        if (value.isEmpty()) {
            return;
        }
        boolean production = stage == Stage.PRODUCTION;
        boolean credentialCandidate = judge.catalog().hasCredentialPrefix(value);
        boolean modeCandidate = production && value.length() <= 32
                && judge.catalog().isModeValue(value.toLowerCase(Locale.ROOT));
        boolean endpointCandidate = production && (extra || value.indexOf("://") >= 0 || namesEndpoint(setting.key()));
        if (!credentialCandidate && !modeCandidate && !endpointCandidate) {
            if (production && value.indexOf('.') > 0 && value.length() <= 253) {
                catalogHostOnly(setting, value, judge, signals, findings);
            }
            return;
        }
        List<String> words = KeyWords.of(setting.key());
        int flags = flags(words);
        if (words.isEmpty() || (!extra && (flags & DATABASE) != 0)) {
            return;
        }
        List<Provider> named = judge.catalog().providersNamedBy(words);
        if (credentialCandidate && credential(setting, value, (flags & CREDENTIAL) != 0, named, stage, judge.catalog(),
                signals, findings)) {
            return;
        }
        if (modeCandidate && modeSwitch(setting, knownCanonicalKey != null ? knownCanonicalKey : setting.canonicalKey(),
                value, words, named, stage, judge.catalog(), signals, findings)) {
            return;
        }
        if (!endpointCandidate) {
            return;
        }
        boolean endpointKey = extra || (flags & ENDPOINT) != 0;
        if (!endpointKey && value.indexOf("://") < 0) {
            return;
        }
        if (!extra && ((flags & (ALLOW_LIST | OWN_ADDRESS)) != 0
                || (words.size() <= 2 && OWN_ADDRESS_KEYS.contains(String.join("", words))))) {
            return;
        }
        EndpointJudge.Verdict worst = null;
        Endpoint worstEndpoint = null;
        for (Endpoint endpoint : Endpoint.parseAll(value, endpointKey)) {
            EndpointJudge.Verdict verdict = judge.judge(endpoint);
            Provider provider = verdict.provider();
            if (provider != null) {
                switch (verdict.kind()) {
                    case PROVIDER_TEST_HOST, PROVIDER_TEST_PATH -> signal(signals, provider, setting, true, "a sandbox endpoint");
                    case PROVIDER_LIVE_HOST -> signal(signals, provider, setting, false, "a live endpoint");
                    default -> {
                    }
                }
            }
            if (verdict.kind().isProblem() && (worst == null || rank(verdict.kind()) > rank(worst.kind()))) {
                worst = verdict;
                worstEndpoint = endpoint;
            }
        }
        if (worst != null && worstEndpoint != null && stage == Stage.PRODUCTION) {
            Finding finding = endpointFinding(setting, (flags & SIDECAR) != 0, worstEndpoint, worst);
            if (finding != null) {
                findings.add(finding);
            }
        }
    }

    /**
     * A bare host in a key that does not name an endpoint ({@code PAYPAL_GATEWAY=api.sandbox.paypal.com}) is judged
     * against the catalog's sandbox hosts and test paths only: the name rule would misread class and package names
     * ({@code com.test.Main}) and file names there.
     */
    private static void catalogHostOnly(Setting setting, String value, EndpointJudge judge,
            Map<String, List<Signal>> signals, List<Finding> findings) {
        Endpoint endpoint = Endpoint.parse(value, true).orElse(null);
        if (endpoint == null) {
            return;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        Provider provider = verdict.provider();
        if (provider != null && (verdict.kind() == EndpointJudge.Kind.PROVIDER_TEST_HOST
                || verdict.kind() == EndpointJudge.Kind.PROVIDER_TEST_PATH)) {
            signal(signals, provider, setting, true, "a sandbox endpoint");
            Finding finding = endpointFinding(setting, false, endpoint, verdict);
            if (finding != null) {
                findings.add(finding);
            }
        }
    }

    private static int rank(EndpointJudge.Kind kind) {
        return switch (kind) {
            case PROVIDER_TEST_HOST, PROVIDER_TEST_PATH -> 4;
            case SANDBOX_NAME -> 3;
            case RESERVED -> 2;
            case LOOPBACK, LOCAL_NAME -> 1;
            default -> 0;
        };
    }

    private static @Nullable Finding endpointFinding(Setting setting, boolean sidecarKey, Endpoint endpoint,
            EndpointJudge.Verdict verdict) {
        String key = setting.key();
        String host = endpoint.host();
        Provider provider = verdict.provider();
        return switch (verdict.kind()) {
            case PROVIDER_TEST_HOST -> Finding.noGo("sandbox.provider-host", setting)
                    .message(format("%s points at %s, a %s sandbox host, in production.", key, host,
                            Objects.requireNonNull(provider).name()))
                    .remediation(liveRemediation(Objects.requireNonNull(provider)))
                    .build();
            case PROVIDER_TEST_PATH -> Finding.noGo("sandbox.test-path", setting)
                    .message(format("%s points at %s's test path %s on %s, in production.", key,
                            Objects.requireNonNull(provider).name(), verdict.detail(), host))
                    .remediation(format("Drop the test path: use %s's production base URL and live credentials.",
                            provider.name()))
                    .build();
            case SANDBOX_NAME -> Finding.noGo("sandbox.host", setting)
                    .message(format("%s points at %s, whose name says '%s': a non-production environment, in "
                            + "production.", key, host, verdict.detail()))
                    .remediation("Point it at the production endpoint. If this host really is production, add it to "
                            + ALLOWED_HOSTS + ".")
                    .build();
            case RESERVED -> Finding.noGo("sandbox.reserved-host", setting)
                    .message(format("%s points at %s, %s, which no production service has.", key, host,
                            verdict.detail()))
                    .remediation("Replace the template or development value with the production endpoint.")
                    .build();
            case LOOPBACK -> sidecarKey ? null : Finding.warn("sandbox.local-host", setting)
                    .message(format("%s points at the loopback host %s in production. That works only through a "
                            + "local proxy or sidecar on the same host or pod (a service-mesh proxy, an agent, a "
                            + "database or cloud proxy); otherwise it is a development value.", key, host))
                    .remediation("Point it at the real service. If a sidecar or local proxy does listen there, add "
                            + host + " to " + ALLOWED_HOSTS + " or the key to " + EXCLUDE_KEYS + ".")
                    .build();
            case LOCAL_NAME -> Finding.warn("sandbox.local-host", setting)
                    .message(format("%s points at %s, %s: a name that resolves by multicast DNS on the local link or "
                            + "inside a legacy Active Directory domain, not from a cloud production network.", key, host,
                            verdict.detail()))
                    .remediation("Point it at the production service's DNS name. If this on-premises domain is really "
                            + "production, add the host (or *.its-domain.local) to " + ALLOWED_HOSTS + ".")
                    .build();
            default -> null;
        };
    }

    private static String liveRemediation(Provider provider) {
        List<String> live = new ArrayList<>(provider.liveHosts());
        live.addAll(provider.sharedHosts());
        String hosts = live.stream().filter(host -> host.indexOf('*') < 0).limit(2).collect(Collectors.joining(", "));
        return format("Use %s's live endpoint%s with live credentials.", provider.name(),
                hosts.isEmpty() ? "" : " (" + hosts + ")");
    }

    private boolean credential(Setting setting, String value, boolean credentialKey, List<Provider> named, Stage stage,
            ProviderCatalog catalog, Map<String, List<Signal>> signals, List<Finding> findings) {
        List<ProviderCatalog.PrefixRule> rules = catalog.credentialPrefixes(value);
        if (rules.isEmpty()) {
            return false;
        }
        ProviderCatalog.PrefixRule match = null;
        for (ProviderCatalog.PrefixRule rule : rules) {
            if (named.contains(rule.provider()) && value.length() >= rule.prefix().length() + 8) {
                match = rule;
                break;
            }
        }
        if (match == null && credentialKey) {
            for (ProviderCatalog.PrefixRule rule : rules) {
                if (rule.prefix().length() >= 7 && value.length() >= rule.prefix().length() + 8) {
                    match = rule;
                    break;
                }
            }
        }
        if (match == null) {
            return false;
        }
        ProviderCatalog.PrefixRule chosen = match;
        String providers = rules.stream()
                .filter(rule -> rule.prefix().equals(chosen.prefix()) && rule.test() == chosen.test())
                .map(rule -> rule.provider().name()).distinct().collect(Collectors.joining(" or "));
        if (named.contains(chosen.provider())) {
            providers = chosen.provider().name();
        }
        SecretShape shape = SecretShape.of(value);
        String described = shape.prefixClass() != null ? shape.describe() : shape.describe() + ", " + chosen.prefix() + "…";
        signal(signals, chosen.provider(), setting, chosen.test(), chosen.test() ? "a test credential" : "a live credential");
        if (chosen.test() && stage == Stage.PRODUCTION) {
            findings.add(Finding.noGo("sandbox.test-credential", setting)
                    .message(format("%s holds a %s test-mode credential (%s) in production.", setting.key(), providers,
                            described))
                    .remediation(format("Set the live credential from %s's dashboard, together with its live endpoint.",
                            providers))
                    .build());
        } else if (!chosen.test() && stage != Stage.PRODUCTION && chosen.provider().handlesPayments()) {
            findings.add(Finding.warn("sandbox.live-credential-outside-production", setting)
                    .message(format("%s holds a %s live credential (%s) in %s: real money behind a test environment.",
                            setting.key(), providers, described, stage.id()))
                    .remediation(format("Use %s's test-mode credential here and keep the live one in production only; "
                            + "rotate the live credential if it was shared.", providers))
                    .build());
        }
        return true;
    }

    private boolean modeSwitch(Setting setting, String canonicalKey, String value, List<String> words,
            List<Provider> named, Stage stage, ProviderCatalog catalog, Map<String, List<Signal>> signals,
            List<Finding> findings) {
        if (value.length() > 32) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        Provider provider = named.isEmpty() ? null : named.get(0);
        boolean test = false;
        boolean live = false;
        for (ProviderCatalog.ModeRule rule : catalog.modeSwitches(canonicalKey)) {
            if (rule.values().contains(lower)) {
                provider = rule.provider();
                test = true;
                break;
            }
        }
        String last = words.get(words.size() - 1);
        String lastTwo = words.size() >= 2 ? words.get(words.size() - 2) + last : last;
        if (!test) {
            boolean sandboxFlag = last.equals("sandbox") || last.equals("testmode") || last.equals("sandboxmode")
                    || lastTwo.equals("testmode") || lastTwo.equals("sandboxmode") || lastTwo.equals("usesandbox")
                    || lastTwo.equals("sandboxenabled");
            boolean liveFlag = last.equals("livemode") || lastTwo.equals("livemode") || last.equals("isproduction")
                    || lastTwo.equals("isproduction") || lastTwo.equals("islive")
                    || (provider != null && (last.equals("production") || last.equals("live")));
            if (sandboxFlag) {
                test = TRUE_VALUES.contains(lower);
                live = FALSE_VALUES.contains(lower) && provider != null;
            } else if (liveFlag) {
                test = FALSE_VALUES.contains(lower);
                live = TRUE_VALUES.contains(lower) && provider != null;
            } else if (ENVIRONMENT_WORDS.contains(last)) {
                test = SANDBOX_VALUES.contains(lower) || (provider != null && TEST_VALUES.contains(lower));
                live = provider != null && LIVE_VALUES.contains(lower);
            }
        }
        if (!test && !live) {
            return false;
        }
        if (provider != null) {
            signal(signals, provider, setting, test, test ? "a sandbox mode switch" : "a live mode switch");
        }
        if (test && stage == Stage.PRODUCTION) {
            findings.add(Finding.noGo("sandbox.test-mode", setting)
                    .message(provider == null
                            ? format("%s switches a client to its sandbox or test mode, in production.", setting.key())
                            : format("%s switches %s to its sandbox or test mode, in production.", setting.key(),
                                    provider.name()))
                    .remediation("Switch it to the live or production mode, with live credentials and endpoints.")
                    .build());
        }
        return true;
    }

    private static void inconsistency(Provider provider, List<Signal> providerSignals, List<Finding> findings) {
        List<Signal> test = providerSignals.stream().filter(Signal::test).toList();
        List<Signal> live = providerSignals.stream().filter(signal -> !signal.test()).toList();
        if (test.isEmpty() || live.isEmpty()) {
            return;
        }
        Signal subject = live.stream().filter(signal -> signal.what().contains("credential")).findFirst()
                .orElse(live.get(0));
        findings.add(Finding.noGo("sandbox.inconsistent", subject.setting())
                .message(format("%s is configured for both environments: %s; but %s.", provider.name(),
                        describe(live), describe(test)))
                .remediation(format("Use %s's live credentials, endpoints and mode together.", provider.name()))
                .build());
    }

    private static String describe(List<Signal> signals) {
        String described = signals.stream().limit(3).map(signal -> signal.setting().key() + " is " + signal.what())
                .collect(Collectors.joining(", "));
        return signals.size() > 3 ? described + " and " + (signals.size() - 3) + " more" : described;
    }

    private static void signal(Map<String, List<Signal>> signals, Provider provider, Setting setting, boolean test,
            String what) {
        List<Signal> list = signals.computeIfAbsent(provider.id(), k -> new ArrayList<>(2));
        if (!list.isEmpty()) {
            Signal last = list.get(list.size() - 1);
            if (last.setting() == setting && last.test() == test) {
                return;
            }
        }
        list.add(new Signal(provider, setting, test, what));
    }

    private static Finding catalogProblem(String problem, @Nullable Setting setting) {
        Finding.Builder builder = setting == null
                ? Finding.of(dev.readiness.Severity.NO_GO, "sandbox.catalog-invalid", CATALOG).origin(Origin.unknown())
                : Finding.noGo("sandbox.catalog-invalid", setting);
        return builder.message("Provider catalog " + problem + ".")
                .remediation("Fix the catalog entry (see the sandbox gate reference for the format); until then that "
                        + "entry is ignored.")
                .build();
    }

    private static List<String> values(List<Setting> configuration, String key) {
        List<String> values = new ArrayList<>();
        String canonicalKey = RelaxedNames.canonical(key);
        for (Setting setting : configuration) {
            if (!setting.canonicalKey().startsWith(canonicalKey)) {
                continue;
            }
            String rest = setting.canonicalKey().substring(canonicalKey.length());
            if (!rest.isEmpty() && !rest.chars().allMatch(Character::isDigit)) {
                continue;
            }
            for (String item : setting.value().split(",")) {
                if (!item.isBlank()) {
                    values.add(item.strip());
                }
            }
        }
        return values;
    }

    private static Set<String> canonical(List<String> keys) {
        return keys.stream().map(key -> key.endsWith("*")
                        ? RelaxedNames.canonical(key.substring(0, key.length() - 1)) + "*"
                        : RelaxedNames.canonical(key))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static boolean excluded(String canonicalKey, List<String> excludeKeys) {
        for (String exclude : excludeKeys) {
            if (exclude.endsWith("*") ? canonicalKey.startsWith(exclude.substring(0, exclude.length() - 1))
                    : canonicalKey.equals(exclude)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap test, without splitting the key, for whether it may name an endpoint ({@code url}, {@code uri},
     * {@code endpoint}, {@code host} anywhere, in any case); its words decide later.
     */
    static boolean namesEndpoint(String key) {
        int length = key.length();
        for (int i = 0; i < length; i++) {
            char c = (char) (key.charAt(i) | 0x20);
            if (c == 'u' && i + 2 < length) {
                char second = (char) (key.charAt(i + 1) | 0x20);
                char third = (char) (key.charAt(i + 2) | 0x20);
                if (second == 'r' && (third == 'l' || third == 'i')) {
                    return true;
                }
            } else if (c == 'h' && i + 3 < length && key.regionMatches(true, i + 1, "ost", 0, 3)) {
                return true;
            } else if (c == 'e' && i + 7 < length && key.regionMatches(true, i + 1, "ndpoint", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces each {@code %s} in order; cheaper than {@link String#format} and locale-neutral. */
    private static String format(String pattern, Object... arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        int argument = 0;
        int from = 0;
        for (int at = pattern.indexOf("%s"); at >= 0; at = pattern.indexOf("%s", from)) {
            out.append(pattern, from, at).append(argument < arguments.length ? arguments[argument++] : "%s");
            from = at + 2;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    private record Signal(Provider provider, Setting setting, boolean test, String what) {
    }

    @Override
    public String toString() {
        return "SandboxGate[" + catalog + "]";
    }
}

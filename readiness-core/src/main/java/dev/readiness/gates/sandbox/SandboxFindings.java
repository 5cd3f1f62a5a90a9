package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The findings of the sandbox gate, built from keys, hosts, provider names and fixed text; never from a value. */
final class SandboxFindings {

    private SandboxFindings() {
    }

    /**
     * A WARN raised to a NO-GO by what the rest of the configuration says (the forty-seventh pass's production file,
     * the forty-eighth's HTTPS not forced with no front): the same code, subject, origin, advice and documentation,
     * the message with the sentence that says why.
     *
     * @param warn the WARN as the rule made it
     * @param why the sentence appended to its message, starting with a space
     * @return the NO-GO
     */
    static Finding raisedToNoGo(Finding warn, String why) {
        Finding.Builder raised = Finding.of(Severity.NO_GO, warn.code(), warn.subject())
                .origin(warn.origin())
                .message(warn.message() + why)
                .remediation(warn.remediation());
        warn.documentation().ifPresent(raised::documentation);
        return raised.build();
    }

    /** How a loopback endpoint's key is read: a URL others call, the service's own, or any other. */
    enum LoopbackUse {
        PUBLIC, SIDECAR_OR_SELF, OTHER
    }

    static @Nullable Finding endpoint(Setting setting, LoopbackUse use, Endpoint endpoint,
            EndpointJudge.Verdict verdict) {
        String key = setting.key();
        String host = endpoint.host();
        Provider provider = verdict.provider();
        return switch (verdict.kind()) {
            case PROVIDER_TEST_HOST -> Finding.noGo("sandbox.provider-host", setting)
                    .message(format("%s points at %s, one of %s's sandbox hosts, in production.", key, host,
                            Objects.requireNonNull(provider).name()))
                    .remediation(namesDomain(key) && endpoint.scheme() == null
                            ? format("Use the production sending domain you verified with %s (its sandbox domain is"
                                    + " for tests only), with live credentials.", provider.name())
                            : liveRemediation(Objects.requireNonNull(provider)))
                    .build();
            case PROVIDER_TEST_PATH -> Finding.noGo("sandbox.test-path", setting)
                    .message(format("%s points at %s's test path %s on %s, in production.", key,
                            Objects.requireNonNull(provider).name(), verdict.detail(), host))
                    .remediation(format("Drop the test path: use %s's production base URL and live credentials.",
                            provider.name()))
                    .build();
            case SANDBOX_NAME -> Finding.noGo("sandbox.host", setting)
                    .message(verdict.detail().equals(EndpointJudge.SANDBOX_PATH)
                            ? format("%s points at a path of %s whose first segment names its sandbox or staging stage: a "
                                    + "non-production environment, in production.", key, host)
                            : verdict.detail().startsWith(EndpointJudge.REALM_PREFIX)
                            ? format("%s points at a realm on %s whose name says '%s': the users and clients of a "
                                    + "non-production environment, in production.", key, host,
                                    verdict.detail().substring(EndpointJudge.REALM_PREFIX.length()))
                            : format("%s points at %s, whose name says '%s': a non-production environment, in "
                                    + "production.", key, host, verdict.detail()))
                    .remediation("Point it at the production endpoint. If this host really is production, add it to "
                            + SandboxGate.ALLOWED_HOSTS + ".")
                    .build();
            case TEST_NETWORK -> Finding.noGo("sandbox.test-network", setting)
                    .message(format("%s points at %s, a node of the blockchain test network '%s', in "
                            + "production: its coins and contracts have no value.", key, host, verdict.detail()))
                    .remediation("Point it at a main-network node of the same chain (and the main network's contract "
                            + "addresses and chain id).")
                    .build();
            case MAIL_CATCHER -> Finding.noGo("sandbox.mail-catcher", setting)
                    .message(format("%s points at %s, the development mail catcher '%s', in production: it accepts "
                            + "every message and delivers none.", key, host, verdict.detail()))
                    .remediation("Point it at the production mail relay or e-mail provider, with its credentials.")
                    .build();
            case EMULATOR -> emulator(setting, host + ", the local emulator '" + verdict.detail() + "'");
            case RESERVED -> Finding.noGo("sandbox.reserved-host", setting)
                    .message(format("%s points at %s, %s, which no production service has.", key, host,
                            verdict.detail()))
                    .remediation("Replace the template or development value with the production endpoint.")
                    .build();
            case LOOPBACK -> unspecifiedListener(key, endpoint.scheme(), verdict) ? null
                    : loopback(setting, browserUse(use, endpoint.scheme()), host, verdict);
            case LOCAL_NAME -> use == LoopbackUse.PUBLIC && host.indexOf('.') == host.lastIndexOf('.')
                    ? Finding.noGo("sandbox.local-public-url", setting)
                            .message(format("%s points at %s, one machine's multicast-DNS name, in production, but "
                                    + "browsers, e-mail recipients or other services use this address: nothing outside"
                                    + " that machine's local link resolves it.", key, host))
                            .remediation("Set the public address of the production deployment.")
                            .build()
                    : use == LoopbackUse.PUBLIC && LocalDomainPages.namesEnvironment(host)
                            ? LocalDomainPages.finding(setting, host)
                    : Finding.warn("sandbox.local-host", setting)
                    .message(format("%s points at %s, %s: a name that resolves by multicast DNS on the local link or "
                            + "inside a legacy Active Directory domain, not from a cloud production network.", key, host,
                            verdict.detail()))
                    .remediation("Point it at the production service's DNS name. If this on-premises domain is really "
                            + "production, add the host (or *.its-domain.local) to " + SandboxGate.ALLOWED_HOSTS + ".")
                    .build();
            default -> null;
        };
    }

    static Finding localOrigin(Setting setting, String host) {
        return Finding.warn("sandbox.local-host", setting)
                .message(format("%s allows browser pages from %s in production: an origin of a developer's machine, "
                        + "so any page served on a user's own machine may call this service from their browser.",
                        setting.key(), host))
                .remediation("List only the production sites' origins (https://…) in " + setting.key() + ".")
                .build();
    }

    static Finding localOriginInProductionFile(Setting setting, String host, String file) {
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(format("%s allows browser pages from %s in %s, a file written for production only: an origin"
                        + " of a developer's machine that no development profile shares there, so any page served on"
                        + " a user's own machine may call this service from their browser.", setting.key(), host,
                        file))
                .remediation("List only the production sites' origins (https://…) in " + setting.key() + ".")
                .build();
    }

    static Finding onlyLocalOrigins(Setting setting, String host) {
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(format("%s allows browser pages only from development servers on %s in production: the "
                        + "production site's own pages are refused, and any page served on a user's own machine may "
                        + "call this service from their browser.", setting.key(), host))
                .remediation("List the production sites' origins (https://…) in " + setting.key() + ".")
                .build();
    }

    static Finding publishedLocalName(Setting setting, String host) {
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(format("%s points at %s in production, a name in the multicast-DNS domain this configuration "
                        + "publishes as its ingress host: nothing outside one machine's local link resolves it.",
                        setting.key(), host))
                .remediation("Set the production deployment's public domain here and on the ingress.")
                .build();
    }

    static Finding templateAllowed(Setting setting, String host, String detail) {
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(format("%s allows %s (%s) in production: a template's value never filled in, so the "
                        + "production site's own pages or host name are refused.", setting.key(), host, detail))
                .remediation("List the production sites' origins or host names in " + setting.key() + ".")
                .build();
    }

    private static @Nullable Finding loopback(Setting setting, LoopbackUse use, String host,
            EndpointJudge.Verdict verdict) {
        String key = setting.key();
        String detail = verdict.detail();
        String what = detail.equals(EndpointJudge.UNSPECIFIED) ? host + ", the unspecified address (a bind address, "
                + "not a destination)" : detail.equals(EndpointJudge.WILDCARD_DNS)
                        || detail.equals(EndpointJudge.DEVELOPMENT_VM) || verdict.containerHost()
                        ? host + ", " + detail
                : "the loopback host " + host;
        if (use == LoopbackUse.PUBLIC) {
            List<String> words = KeyWords.of(key);
            if (ContainerHosts.backChannel(words) || words.contains("issuer")) {
                // the service calls these itself; a message about browsers sent the newcomers of sessions 25 and 26
                // looking for a front end (a resource server's jwk-set-uri, a client's token-uri)
                String called = words.contains("issuer") && !ContainerHosts.backChannel(words)
                        ? "the service fetches the identity provider's discovery document and keys from this issuer"
                                + " and accepts only tokens whose iss claim names it"
                        : "the service itself calls this URL, an identity provider's token, user-info, key-set or"
                                + " introspection endpoint";
                return Finding.noGo("sandbox.local-public-url", setting)
                        .message(format("%s points at %s in production: %s, and where the service runs the loopback"
                                + " host is its own machine or pod, where no identity provider runs.", key, what,
                                called))
                        .remediation("Set the production identity provider's URL (https://…), the issuer its tokens"
                                + " name.")
                        .build();
            }
            return localPublicUrl(setting, format("%s points at %s in production, but browsers, e-mail recipients or"
                    + " other services use this URL (a public, site, redirect, callback, return or issuer URL): from"
                    + " anywhere else it reaches their own machine.", key, what));
        }
        if (use == LoopbackUse.SIDECAR_OR_SELF
                || use != LoopbackUse.PUBLIC && (detail.equals(EndpointJudge.DEVELOPMENT_VM)
                        || verdict.containerHost())) {
            return null;
        }
        Finding virtualHost = LocalVirtualHosts.judge(setting, host);
        if (virtualHost != null) {
            return virtualHost;
        }
        if (OpenedAddresses.named(KeyWords.of(key), host)) {
            return localPublicUrl(setting, format("%s points at %s in production, but people open this address (a"
                    + " user interface, site, back office, panel, link or the server's own URL): from their browser it"
                    + " reaches their own machine, and no sidecar answers there.", key, what));
        }
        return Finding.warn("sandbox.local-host", setting)
                .message(format("%s points at %s in production. That works only through a local proxy or sidecar on "
                        + "the same host or pod (a service-mesh proxy, an agent, a database or cloud proxy); otherwise "
                        + "it is a development value.", key, what))
                .remediation("Point it at the real service. If a sidecar or local proxy does listen there, add " + host
                        + " to " + SandboxGate.ALLOWED_HOSTS + " or the key to " + SandboxGate.EXCLUDE_KEYS + ".")
                .build();
    }

    /**
     * A URL whose scheme no browser opens ({@code zookeeper://127.0.0.1:2181}, {@code tcp://}, {@code amqp://},
     * {@code grpc://}) is a destination the service connects to, whatever its key's words say
     * ({@code sofa.dashboard.registry}): judged as any other loopback destination, not as a public address.
     */
    private static LoopbackUse browserUse(LoopbackUse use, @Nullable String scheme) {
        if (use != LoopbackUse.PUBLIC || scheme == null) {
            return use;
        }
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("ws")
                || scheme.equalsIgnoreCase("wss") ? use : LoopbackUse.OTHER;
    }

    /**
     * Whether a loopback verdict is the unspecified address ({@code 0.0.0.0}) under a scheme no browser opens, in a key
     * that names the process's own listeners ({@code KAFKA_LISTENERS=PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093},
     * a broker's {@code listeners}): where the server accepts connections on every interface, not a destination. Only
     * a listener word tells it: the same address in a connector's or client's URI ({@code networkConnector.uri},
     * an MQTT client's {@code serverURI}) is where the service connects, an advertised listener is what others are
     * told to reach, and a web URL on it ({@code http://0.0.0.0:8200} as Vault's {@code api_addr}) is handed to clients
     * and browsers; all stay judged.
     */
    private static boolean unspecifiedListener(String key, @Nullable String scheme, EndpointJudge.Verdict verdict) {
        if (scheme == null || !verdict.detail().equals(EndpointJudge.UNSPECIFIED) || scheme.equalsIgnoreCase("http")
                || scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("ws")
                || scheme.equalsIgnoreCase("wss")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return (words.contains("listeners") || words.contains("listener")) && !words.contains("advertised")
                && !words.contains("advertise") && !words.contains("external") && !words.contains("public");
    }

    private static Finding localPublicUrl(Setting setting, String message) {
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(message)
                .remediation("Set the public URL of the production deployment (https://your-real-domain/…).")
                .build();
    }

    /**
     * An emulator or local fake of a cloud service in production: {@code what} names it from the key or host, never
     * from the rest of the value.
     */
    static Finding emulator(Setting setting, String what) {
        return Finding.noGo("sandbox.emulator", setting)
                .message(format("%s points at %s, in production: an emulator keeps its data on one machine and "
                        + "checks no credentials (Firebase's accept unsigned tokens).", setting.key(), what))
                .remediation("Unset it in production so the client talks to the real service (the cloud provider's, "
                        + "a main-network node) with its credentials.")
                .build();
    }

    /** A chain id of a public test network or a local development chain ({@code CHAIN_ID=11155111}). */
    static Finding testChain(Setting setting, String id, String network) {
        return Finding.noGo("sandbox.test-network", setting)
                .message(format("%s selects chain id %s, %s, in production: its coins and contracts have no value.",
                        setting.key(), id, network))
                .remediation("Set the main network's chain id (with a main-network node and the main network's "
                        + "contract addresses).")
                .build();
    }

    static Finding testNetworkName(Setting setting, String network) {
        return Finding.noGo("sandbox.test-network", setting)
                .message(format("%s selects the blockchain test network '%s' in production: its coins and "
                        + "contracts have no value.", setting.key(), network))
                .remediation("Select the main network (with a main-network node, the main network's contract "
                        + "addresses and chain id).")
                .build();
    }

    /**
     * An endpoint that is the path of a mock API on the serving site ({@code API_BASE_URL=/mockApi}); {@code word} is
     * one of the fixed mock words the rule reads.
     */
    static Finding mockApiPath(Setting setting, String word) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(format("%s points at a path whose first segment says '%s', in production: a mock API that "
                        + "answers with canned data in place of the real back end.", setting.key(), word))
                .remediation("Point it at the production API (https://…).")
                .build();
    }

    /** A provider API's sandbox path written without its host ({@code /cgi-bin/midas/sandbox/pay}) in production. */
    static Finding sandboxApiPath(Setting setting) {
        return Finding.noGo("sandbox.test-path", setting)
                .message(format("%s points at a path with a 'sandbox' segment, in production: a provider API's sandbox "
                        + "path, which the client calls on the provider's host and which moves no real money or data.",
                        setting.key()))
                .remediation("Use the provider's production path (without the sandbox segment).")
                .build();
    }

    /** IdentityServer's development signing key selected in production ({@code IdentityServer.Key.Type=Development}). */
    static Finding developmentSigningKey(Setting setting) {
        return Finding.noGo("sandbox.test-credential", setting)
                .message(format("%s selects IdentityServer's development signing key, in production: a key file the "
                        + "server generates on its own disk at first start, documented for development only, which "
                        + "every instance makes differently and a redeploy may lose, invalidating issued tokens.",
                        setting.key()))
                .remediation("Set the key type to File or Store and supply a certificate from your secret store.")
                .build();
    }

    /** A switch that replaces a real component with a mock or fake ({@code MOCK_AUTH=true}) in production. */
    static Finding mockSwitch(Setting setting) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(format("%s switches a mock, fake or stub in place of a real component, in production.",
                        setting.key()))
                .remediation("Switch it off (false) in production so the real component runs.")
                .build();
    }

    /**
     * A switch that turns on routes written for tests ({@code OAUTH_TEST_ENDPOINTS_ENABLED=true}): in production they
     * answer anyone who finds them, often with what a test needed (a token without a login, fixtures).
     */
    static Finding testRoutesSwitch(Setting setting) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(format("%s switches on endpoints written for tests, in production: they answer anyone who "
                        + "finds them, often with what a test needed (a token without a login, fixtures).",
                        setting.key()))
                .remediation("Switch it off (false) in production; keep test endpoints to development and staging.")
                .build();
    }

    /**
     * A selector that picks a mock, fake, stub or dummy implementation ({@code SMS_PROVIDER=mock}); {@code selected} is
     * one of the fixed words the rule reads, never other text of the value.
     */
    static Finding mockSelection(Setting setting, String selected) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(format("%s selects the '%s' implementation in production: a stand-in that answers without the "
                        + "real service behind it.", setting.key(), selected))
                .remediation("Select the real implementation (the provider, gateway or back end production uses), "
                        + "with its credentials.")
                .build();
    }

    /**
     * {@link #discardTransport} in an environment file that declares a local tier ({@code APP_ENV=local}): the
     * template's own choice for a developer's machine, which a deploy copied from it keeps; a WARN.
     */
    static Finding discardTransportOfLocalTier(Setting setting, Finding discarding) {
        return Finding.warn("sandbox.discard-transport", setting)
                .message(discarding.message() + " The file declares a local tier (APP_ENV), whose template choice"
                        + " this is; a deploy copied from it delivers no mail.")
                .remediation(discarding.remediation())
                .build();
    }

    /** A transport or back end that accepts messages and delivers none ({@code null://null}, {@code log}). */
    static Finding discardTransport(Setting setting, String what) {
        return Finding.noGo("sandbox.discard-transport", setting)
                .message(format("%s selects %s in production: messages are accepted and never delivered.",
                        setting.key(), what))
                .remediation("Select the production transport (SMTP relay, provider API or queue) with its "
                        + "credentials.")
                .build();
    }

    /** The indefinite article before a provider's name or a noun: "an EasyPost …", "an Adyen …", "a UPS …". */
    static String article(String words) {
        return !words.isEmpty() && "AEIOaeio".indexOf(words.charAt(0)) >= 0 ? "an" : "a";
    }

    static Finding testCredential(Setting setting, @Nullable String providers, String described, String mode) {
        String what = providers == null ? "test-mode credential (" + described + "; a '" + mode + "' mode segment)"
                : providers + " test-mode credential (" + described + ")";
        String from = providers == null ? "the provider's" : providers + "'s";
        return Finding.noGo("sandbox.test-credential", setting)
                // session 36 (newcomer): "holds a EasyPost test-mode credential"
                .message(format("%s holds %s %s in production.", setting.key(), article(what), what))
                .remediation(format("Set the live credential from %s dashboard, together with its live endpoint.", from))
                .build();
    }

    /**
     * The path of a key store or private key whose file name carries a test mode segment; {@code mode} is one of the
     * fixed mode words the rule reads, never other text of the path.
     */
    static Finding testKeyStore(Setting setting, String mode) {
        return Finding.noGo("sandbox.test-credential", setting)
                .message(format("%s loads a key store or private key whose file name says '%s', in production: a "
                        + "test signing key or certificate, which the provider accepts in its test environment only "
                        + "or which is shared with every user of its samples.", setting.key(), mode))
                .remediation("Point it at the production key store issued for this service, mounted as a secret.")
                .build();
    }

    static Finding testValue(Setting setting, Provider provider) {
        return Finding.noGo("sandbox.test-credential", setting)
                .message(format("%s holds a value %s documents for tests only (%s characters), in production: %s"
                        + " accepts it in test mode only, or lets every check pass.", setting.key(), provider.name(),
                        String.valueOf(setting.value().strip().length()), provider.name()))
                .remediation(format("Set the production value from %s's dashboard or account.", provider.name()))
                .build();
    }

    /**
     * A secret whose sibling credential ({@code RAZORPAY_KEY_ID=rzp_test_…} beside {@code RAZORPAY_KEY_SECRET}) is a
     * test-mode credential: a pair shares its mode.
     */
    static Finding pairedTestCredential(Setting setting, String sibling) {
        return Finding.noGo("sandbox.test-credential", setting)
                .message(format("%s is the other half of %s, a test-mode credential, in production: a key pair "
                        + "shares its mode, so this is a test-mode secret.", setting.key(), sibling))
                .remediation("Set both halves of the pair from the provider's live mode.")
                .build();
    }

    static Finding liveCredentialOutsideProduction(Setting setting, String provider, String described,
            String stage) {
        return Finding.warn("sandbox.live-credential-outside-production", setting)
                .message(format("%s holds a %s live credential (%s) in %s: real money behind a test environment.",
                        setting.key(), provider, described, stage))
                .remediation(format("Use %s's test-mode credential here and keep the live one in production only; "
                        + "rotate the live credential if it was shared.", provider))
                .build();
    }

    static Finding testMode(Setting setting, @Nullable Provider provider) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(provider == null
                        ? format("%s switches a client to its sandbox or test mode, in production.", setting.key())
                        : format("%s switches %s to its sandbox or test mode, in production.", setting.key(),
                                provider.name()))
                .remediation("Switch it to the live or production mode, with live credentials and endpoints.")
                .build();
    }

    /** A provider's account, realm or tenant id that names a sandbox copy of the account ({@code 1234567_SB1}). */
    static Finding sandboxAccount(Setting setting, Provider provider) {
        return Finding.noGo("sandbox.test-mode", setting)
                .message(format("%s names a %s sandbox account (its id ends with a sandbox segment), in production.",
                        setting.key(), provider.name()))
                .remediation(format("Set the id of the production %s account.", provider.name()))
                .build();
    }

    static Finding catalogProblem(String problem, @Nullable Setting setting) {
        Finding.Builder builder = setting == null
                ? Finding.of(Severity.NO_GO, "sandbox.catalog-invalid", SandboxGate.CATALOG).origin(Origin.unknown())
                : Finding.noGo("sandbox.catalog-invalid", setting);
        return builder.message("Provider catalog " + problem + ".")
                .remediation("Fix the catalog entry (see the sandbox gate reference for the format); until then that "
                        + "entry is ignored.")
                .build();
    }

    /**
     * Whether a key names a domain ({@code MAILGUN_DOMAIN}, {@code notify.mail.domain}): its value is the account's
     * sending domain, not an endpoint, and the fix is the verified production domain rather than a live API host.
     */
    private static boolean namesDomain(String key) {
        List<String> words = dev.readiness.gates.internal.KeyWords.of(key);
        return !words.isEmpty() && words.get(words.size() - 1).equals("domain");
    }

    private static String liveRemediation(Provider provider) {
        int slot = System.identityHashCode(provider) & (LIVE_REMEDIATIONS.length() - 1);
        LiveRemediation known = LIVE_REMEDIATIONS.get(slot);
        if (known == null || known.provider != provider) {
            known = new LiveRemediation(provider, liveRemediationText(provider));
            LIVE_REMEDIATIONS.set(slot, known);
        }
        return known.text;
    }

    /**
     * A provider (compared by identity: a catalog's own entry) and its live remediation, which depends on it alone.
     * Kept in 256 slots by the provider's identity, not for the last provider only: a file of several providers'
     * test credentials alternates between them (each record is read whole; a slot another thread overwrote costs only
     * the text made again).
     */
    private record LiveRemediation(Provider provider, String text) {
    }

    private static final java.util.concurrent.atomic.AtomicReferenceArray<LiveRemediation> LIVE_REMEDIATIONS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

    private static String liveRemediationText(Provider provider) {
        StringBuilder named = new StringBuilder();
        appendNamedHosts(provider.sharedHosts(), named, appendNamedHosts(provider.liveHosts(), named, 0));
        String hosts = named.toString();
        return format("Use %s's live endpoint%s with live credentials.", provider.name(),
                hosts.isEmpty() ? "" : " (" + hosts + ")");
    }

    /**
     * Appends a list's host patterns without a wildcard, joined by {@code ", "}, until two are named in all (the live
     * hosts first, then the shared ones); gives how many are named.
     */
    private static int appendNamedHosts(List<String> patterns, StringBuilder named, int alreadyNamed) {
        int count = alreadyNamed;
        for (int i = 0; i < patterns.size() && count < 2; i++) {
            String host = patterns.get(i);
            if (host.indexOf('*') < 0) {
                named.append(count == 0 ? "" : ", ").append(host);
                count++;
            }
        }
        return count;
    }

    /** Replaces each {@code %s} in order; cheaper than {@link String#format} and locale-neutral. */
    static String format(String pattern, Object... arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        int argument = 0;
        int from = 0;
        for (int at = pattern.indexOf("%s"); at >= 0; at = pattern.indexOf("%s", from)) {
            out.append(pattern, from, at).append(argument < arguments.length ? arguments[argument++] : "%s");
            from = at + 2;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }
}

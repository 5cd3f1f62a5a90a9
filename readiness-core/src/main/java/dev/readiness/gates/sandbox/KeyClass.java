package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.BrowserKeys;
import dev.readiness.gates.internal.DatabaseWords;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the words of a setting key say the setting is; a key can be several at once. */
enum KeyClass {
    /** Names a destination: {@code url}, {@code uri}, {@code endpoint}, {@code host}, {@code baseUrl}, … */
    ENDPOINT("url", "uri", "urls", "uris", "endpoint", "endpoints", "host", "hosts", "hostname", "hostnames", "baseurl",
            "apiurl", "webhookurl", "overwritehost"),
    /** An allow-list (CORS origins, trusted hosts): not a destination. */
    ALLOW_LIST("origin", "origins", "cors", "allowed", "allowlist", "whitelist", "trusted", "csp"),
    /** The process's own bind or listen address. */
    OWN_ADDRESS("bind", "listen"),
    /** A database setting: the {@code database} gate's. Its words are {@link DatabaseWords#STORES}. */
    DATABASE,
    /**
     * A sidecar or local agent that legitimately listens on loopback in production; a reverse proxy's
     * {@code upstream} host ({@code nginx_upstream_host}, {@code UPSTREAM_HOST}) is the application it fronts on the
     * same machine, as a tunnel's origin service is ({@code tunnel_ingress[0].service=http://localhost:3000}: the
     * tunnel daemon forwards public traffic to the application beside it). A self-hosted Ollama model server
     * ({@code OLLAMA_BASE_URL=http://localhost:11434}) runs beside the application on the machine that has the GPU,
     * as every labelled Ollama address says (same machine, compose service, Docker host).
     */
    SIDECAR("otel", "otlp", "opentelemetry", "dapr", "envoy", "istio", "linkerd", "statsd", "dogstatsd", "jaeger",
            "zipkin", "datadog", "dd", "agent", "sidecar", "proxy", "collector", "consul", "vault", "prometheus",
            "pushgateway", "fluentd", "fluentbit", "tracing", "tracer", "upstream", "tunnel", "cloudflared", "ollama"),
    /** A credential. */
    CREDENTIAL("key", "keys", "secret", "secrets", "token", "tokens", "password", "passwd", "pwd", "credential",
            "credentials", "apikey", "auth", "pat", "privatekey", "secretkey", "accesstoken"),
    /**
     * A URL that browsers, e-mail recipients or other services call: public, site, front-end (also as {@code FE} and
     * the Next.js site, {@code FE_URL}, {@code NEXTJS_BASE_URL}), OAuth redirect and callback, payment return and
     * cancel, token issuer, e-mail links.
     */
    PUBLIC("public", "site", "website", "webapp", "www", "wwwroot", "frontend", "front", "fe", "nextjs", "external", "redirect",
            "callback", "return", "cancel", "domain", "canonical", "issuer", "nextauth", "invite", "share", "dashboard",
            "landing", "portal", "gui"),
    /**
     * A URL the service uses to call itself or a process beside it; a key that says {@code local}
     * ({@code oauth2.localTokenInfoUrl}) names the local copy of an endpoint, which loopback is.
     */
    INTERNAL("internal", "private", "self", "loopback", "local"),
    /** The address a provider calls back when something happens: a webhook, a notify or IPN URL. */
    NOTIFICATION("webhook", "webhooks", "notify", "notification", "ipn"),
    /**
     * An identity provider's endpoint (OAuth, OpenID Connect, SAML, single sign-on): browsers are sent there and
     * tokens name it, so in production it is never the local machine, unless a sidecar or the service itself answers.
     * .NET names the issuer the {@code Authority} ({@code OpenIdConnect.Authority}); self-hosted identity servers are
     * named by their products ({@code KEYCLOAK_HOST}, {@code casdoorEndpoint}).
     */
    IDENTITY("oauth", "oauth2", "oidc", "saml", "saml2", "idp", "sso", "idam", "authority", "keycloak", "authentik", "zitadel",
            "casdoor");

    private final Set<String> words;

    KeyClass(String... words) {
        this.words = Set.of(words);
    }

    Set<String> words() {
        return words;
    }

    /**
     * The classes of a key's words. A browser build variable ({@code VITE_API_URL}, {@code REACT_APP_WS_URL}) is
     * {@link #PUBLIC} whatever its other words: every visitor's browser reads its value. So it is never
     * {@link #INTERNAL} by a {@code private} or {@code internal} word ({@code REACT_APP_PRIVATE_GRAPH_URI} is the
     * private API the browser app calls); {@code local} and {@code loopback} still name a local copy
     * ({@code VITE_LOCAL_API_URL}, the development variant beside the production one).
     *
     * @param key the key as written, for its browser build prefix
     * @param words the key's lower-case words
     * @param index word → classes, built once by {@link #index(Set)}
     * @return the classes, empty when no word says anything
     */
    static EnumSet<KeyClass> of(String key, List<String> words, Map<String, EnumSet<KeyClass>> index) {
        EnumSet<KeyClass> classes = EnumSet.noneOf(KeyClass.class);
        for (String word : words) {
            EnumSet<KeyClass> found = index.get(word);
            if (found != null) {
                classes.addAll(found);
            }
        }
        dropPublicKeyHalf(classes, words, index);
        if (words.size() >= 4 && namesOwnReportingServer(words)) {
            classes.add(INTERNAL);
        }
        if (isPublicPair(words) || servesBrowsers(words) || BrowserKeys.isBuildVariable(key) || namesUrlHost(words)
                || namesBrowserPage(words) && !classes.contains(NOTIFICATION)
                || namesHostName(words) && !classes.contains(SIDECAR) && !classes.contains(INTERNAL)
                        && !namesMailServer(words) && !namesBackEndServer(words)
                || classes.contains(NOTIFICATION) && (namesPayments(words) || BotWebhooks.incoming(words))
                || classes.contains(NOTIFICATION) && BotWebhooks.registeredBase(words) && !classes.contains(SIDECAR)
                        && !classes.contains(INTERNAL)
                || namesClientAddress(key, words) && !classes.contains(SIDECAR) && !classes.contains(INTERNAL)
                        && !classes.contains(DATABASE)
                || (namesCasService(words) || namesMailedLink(words)) && !classes.contains(SIDECAR)
                        && !classes.contains(INTERNAL)
                || (classes.contains(IDENTITY) || namesOauthEndpoint(words)) && !classes.contains(SIDECAR)
                        && !classes.contains(INTERNAL)) {
            classes.add(PUBLIC);
        }
        if (namesServerSideVariant(words)) {
            classes.add(INTERNAL);
        } else if (classes.contains(INTERNAL) && BrowserKeys.isBuildVariable(key) && !words.contains("local")
                && !words.contains("loopback")) {
            classes.remove(INTERNAL);
        }
        unmarkOwnIssuer(classes, words);
        if (!classes.contains(PUBLIC) && (namesHostnameUrl(words) || namesOverwriteAddress(words))) {
            classes.add(PUBLIC);
        }
        return classes;
    }

    /**
     * Drops {@link #PUBLIC} when the only word that gave it is {@code public} naming the public half of a key pair
     * ({@code public_key_authentication.ethereum.network_url}, {@code PUBLIC_KEY_URL}): the key is about a public key,
     * not a public address, so the URL beside it is what the service calls.
     */
    private static void dropPublicKeyHalf(EnumSet<KeyClass> classes, List<String> words,
            Map<String, EnumSet<KeyClass>> index) {
        if (classes.contains(PUBLIC) && publicOnlyAsKeyHalf(words, index)) {
            classes.remove(PUBLIC);
        }
    }

    private static boolean publicOnlyAsKeyHalf(List<String> words, Map<String, EnumSet<KeyClass>> index) {
        boolean keyHalf = false;
        for (int i = 0; i < words.size(); i++) {
            EnumSet<KeyClass> found = index.get(words.get(i));
            if (found == null || !found.contains(PUBLIC)) {
                continue;
            }
            if (!words.get(i).equals("public") || i + 1 >= words.size()
                    || !(words.get(i + 1).equals("key") || words.get(i + 1).equals("keys"))) {
                return false;
            }
            keyHalf = true;
        }
        return keyHalf;
    }

    /** Last words of a client's address: {@code CLIENT_URL}, {@code CLIENT_HOST}, {@code ClientRootAddress}. */
    private static final Set<String> CLIENT_ADDRESS_WORDS = Set.of("url", "uri", "host", "origin", "address");

    /**
     * Whether a key names the address of the service's client, the browser front end ({@code CLIENT_URL},
     * {@code CLIENT_HOST}, {@code SUPERDESK_CLIENT_URL}, ABP's {@code App.ClientRootAddress}): links, redirects and
     * CORS are built from it, so users' browsers open it. {@code client} is one word of a compound name (at most one
     * word before it, {@code root} or {@code base} between it and the address word); a {@code client} section of a
     * library's settings ({@code spring.boot.admin.client.url}, {@code eureka.client.serviceUrl},
     * {@code auth.provider.service.client.baseUrl}, where the URL is what that client calls) is not read.
     */
    static boolean namesClientAddress(String key, List<String> words) {
        int size = words.size();
        if (size < 2 || size > 4 || !CLIENT_ADDRESS_WORDS.contains(words.get(size - 1))) {
            return false;
        }
        int client = words.indexOf("client");
        if (client < 0 || client > 1 || client != size - 2 && !(client == size - 3
                && (words.get(size - 2).equals("root") || words.get(size - 2).equals("base")))) {
            return false;
        }
        int at = key.toLowerCase(java.util.Locale.ROOT).lastIndexOf("client");
        char after = at >= 0 && at + 6 < key.length() ? key.charAt(at + 6) : '_';
        return after != '.' && after != ':';
    }

    /**
     * Whether a key names a CAS client's service URL ({@code cas.service}, {@code security.cas.service},
     * {@code shiro.cas.service}, {@code cas.service-url}, {@code cas.client.service-url}): in the CAS protocol the
     * {@code service} is the application's own address that the CAS server redirects the browser back to after login,
     * with the ticket, so users' browsers open it. The CAS server's own address ({@code cas.server-url-prefix}) and the
     * validation path ({@code cas.service-validate-suffix}) are not it.
     *
     * @param words the key's lower-case words
     * @return whether the key names the CAS service URL
     */
    static boolean namesCasService(List<String> words) {
        int size = words.size();
        int service = size >= 1 && words.get(size - 1).equals("service") ? size - 1
                : size >= 2 && words.get(size - 2).equals("service")
                        && (words.get(size - 1).equals("url") || words.get(size - 1).equals("uri")) ? size - 2 : -1;
        if (service < 1) {
            return false;
        }
        int cas = words.lastIndexOf("cas");
        return cas >= 0 && cas < service && cas >= service - 2;
    }

    /** Words of what an e-mail or a printed code links to: a verification, activation or confirmation page. */
    private static final Set<String> MAILED_LINK_WORDS = Set.of("verify", "verification", "activation", "activate",
            "confirm", "confirmation", "unsubscribe", "reset", "change");
    /** Words of a back end a verification URL may belong to instead: a client's or an API's base URL. */
    private static final Set<String> CALLED_WORDS = Set.of("client", "api", "service", "server", "grpc", "rpc");

    /**
     * Whether a key names where people follow a verification, activation, confirmation, reset or change link: an
     * e-mail's link ({@code VERIFY_EMAIL_URL}, {@code app.email.verification-base-url},
     * {@code oikos.mail.account-activation-base-url}, Vendure's {@code changeEmailAddressUrl}), a password reset page
     * ({@code passwordResetUrl}, mailed whether or not the key says so)
     * or the base of such links printed elsewhere ({@code app.membership-card.verify-base-url}, the word right before
     * {@code base url}). The key ends in {@code url}, {@code uri}, {@code baseurl} or {@code link}, or in {@code host}
     * with a mail word ({@code VERIFY_EMAIL_HOST=http://localhost:${SERVER_PORT}}, the scheme and host the e-mail's
     * links start with; thirty-eighth pass). A client's or an
     * API's verification endpoint ({@code order.client.ticket-verification-base-url},
     * {@code EMAIL_VERIFICATION_API_URL}) is not mailed: a {@code client}, {@code api}, {@code service},
     * {@code server} or {@code rpc} word keeps the key a destination the service calls.
     *
     * @param words the key's lower-case words
     * @return whether the key names a mailed or printed link
     */
    static boolean namesMailedLink(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        boolean host = last.equals("host");
        if (!(host || last.equals("url") || last.equals("uri") || last.equals("baseurl") || last.equals("link"))) {
            return false;
        }
        boolean mail = false;
        boolean linkWord = false;
        boolean called = false;
        for (String word : words) {
            mail |= word.equals("mail") || word.equals("email");
            linkWord |= MAILED_LINK_WORDS.contains(word);
            called |= CALLED_WORDS.contains(word);
        }
        if (!linkWord || called || host && !mail) {
            return false;
        }
        return mail || words.contains("password") && words.contains("reset")
                || (last.equals("baseurl") ? MAILED_LINK_WORDS.contains(words.get(size - 2))
                : size >= 3 && words.get(size - 2).equals("base") && MAILED_LINK_WORDS.contains(words.get(size - 3)));
    }

    /**
     * Whether a notification key names payments ({@code PAYMENT_WEBHOOK_URL}, {@code pay.notify-url},
     * {@code PAYPAL_IPN_URL}): a payment provider's servers call it, so it must be reachable from the internet.
     * Webhooks of other services ({@code SLACK_WEBHOOK_URL}, {@code gotify-webhook-url}) are destinations the service
     * calls and stay as they are.
     */
    private static boolean namesPayments(List<String> words) {
        for (String word : words) {
            if (ModeWords.PAYMENT_KEY_WORDS.contains(word) || word.equals("ipn")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key names the host name others reach a service by: its last word is {@code hostname} after another
     * word ({@code KC_HOSTNAME}, {@code PDS_HOSTNAME}, {@code PEERTUBE_WEBSERVER_HOSTNAME}), or its last two words are
     * {@code host} and {@code name} written apart ({@code HOST_NAME}, {@code env.hostName}), as applications name the
     * host their links, redirects and certificates carry. The bare {@code HOSTNAME} is the variable the system sets
     * to the machine's own name, and stays the process's own address; database keys are the database gate's.
     *
     * @param words the key's lower-case words
     * @return whether the key names a published host name
     */
    static boolean namesHostName(List<String> words) {
        int size = words.size();
        return size >= 2 && (words.get(size - 1).equals("hostname")
                || words.get(size - 1).equals("name") && words.get(size - 2).equals("host"));
    }

    /**
     * Whether a key holds the host of the URLs the service generates: its last word is {@code host} after a
     * {@code url} word ({@code MyAppWeb.Endpoint.url.host} in Phoenix, Rails'
     * {@code action_mailer.default_url_options.host}): links in pages and e-mails carry it.
     *
     * @param words the key's lower-case words
     * @return whether the key names the host of the service's own URLs
     */
    static boolean namesUrlHost(List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("host")) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            if (words.get(i).equals("url")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key holds the service's own public address: its root URL ({@code APP_URL}, {@code SITE_URL},
     * {@code BASE_URL}), the host of the URLs it generates, or its host name ({@code HOST_NAME}, or as a URL:
     * {@code KC_HOSTNAME_URL}). A {@code demo}
     * word there names what the deployment is, a project's public demonstration site, not an environment it calls.
     *
     * @param words the key's lower-case words
     * @return whether the key names the service's own address
     */
    static boolean namesOwnAddress(List<String> words) {
        int size = words.size();
        return isPublicPair(words) || namesUrlHost(words) || namesHostName(words) && size == 2
                && words.get(0).equals("host")
                || size >= 2 && words.get(size - 1).equals("url") && words.get(size - 2).equals("hostname");
    }

    /** Mail words: a mail server's host name ({@code SMTP_HOSTNAME}) is the relay the service sends through. */
    private static boolean namesMailServer(List<String> words) {
        for (String word : words) {
            if (word.equals("smtp") || word.equals("mail") || word.equals("email") || word.equals("mailer")
                    || word.equals("imap") || word.equals("pop3")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a message broker's or search server's host beside {@link SandboxGate#BACK_END_WORDS}. */
    private static final Set<String> BROKER_WORDS = Set.of("rabbit", "mq", "activemq", "artemis", "broker", "nats",
            "pulsar", "redis", "memcache");

    /**
     * Whether a host name's key names a back end the service connects to ({@code RABBITMQ_HOSTNAME},
     * {@code MessageBroker.RabbitMQ.HostName}, RabbitMQ's .NET client option {@code RabbitMqOptions.HostName},
     * {@code ELASTICSEARCH_HOSTNAME}): a broker's or search server's host is a destination the service calls, as a mail
     * relay's is, not the name browsers use to reach the service.
     */
    private static boolean namesBackEndServer(List<String> words) {
        for (String word : words) {
            if (BROKER_WORDS.contains(word) || SandboxGate.BACK_END_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of an OAuth or OpenID Connect client's endpoint keys ({@code token-uri}, {@code user-info-uri},
     * {@code AuthorizeUri}: the authorization endpoint as OAuth names it, where browsers are sent).
     */
    /** Last key words that name an address other than by {@link #ENDPOINT}'s words ({@link FillerAddresses}). */
    private static final Set<String> ADDRESS_WORDS = Set.of("server", "servers", "address", "addr", "domain",
            "domains", "fqdn", "ip");

    /** Endings of a glued last key word ({@code endpointurl}, {@code serverurl}, {@code vaultserver}). */
    private static final String[] GLUED_ENDINGS = {"url", "uri", "endpoint", "server", "address"};

    /** The shortest part before a glued ending, so that {@code curl} or {@code hurl} is no address word. */
    private static final int GLUED_HEAD = 3;

    /**
     * Whether a key's last word names where an address goes: {@link #ENDPOINT}'s words, the other words of an
     * address ({@code server}, {@code address}, {@code domain}, {@code fqdn}, {@code ip}) or a glued word ending in one
     * ({@code endpointurl}). Asked before {@link FillerAddresses} is, so that a start whose short values sit under other
     * keys loads no filler rule.
     *
     * @param last the key's last lower-case word
     * @return {@code true} for an address slot
     */
    static boolean namesAddressSlot(String last) {
        if (ADDRESS_WORDS.contains(last) || ENDPOINT.words().contains(last)) {
            return true;
        }
        for (String ending : GLUED_ENDINGS) {
            if (last.length() >= ending.length() + GLUED_HEAD && last.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OAUTH_ENDPOINT_WORDS = Set.of("token", "userinfo", "jwk", "jwks", "authorize");

    /**
     * Whether a key names an endpoint of an authorization server the way OAuth clients name them
     * ({@code access-token-uri}, {@code user-info-uri}, {@code jwk-set-uri}): the last word is {@code uri} or
     * {@code url} and another word is one of {@link #OAUTH_ENDPOINT_WORDS}, or {@code user} and {@code info}.
     * {@code authorization} is not read: a policy engine answering authorization queries (OPA) is a sidecar; the
     * verb {@code authorize} names OAuth's endpoint.
     */
    private static boolean namesOauthEndpoint(List<String> words) {
        int size = words.size();
        if (size < 2 || !(words.get(size - 1).equals("uri") || words.get(size - 1).equals("url"))) {
            return namesLoginServer(words);
        }
        for (int i = 0; i < size - 1; i++) {
            String word = words.get(i);
            if (OAUTH_ENDPOINT_WORDS.contains(word)
                    || word.equals("user") && i + 1 < size - 1 && words.get(i + 1).equals("info")) {
                return true;
            }
        }
        return namesLoginServer(words);
    }

    /** Last words of a login server's own address: its URL, name or URL prefix. */
    private static final Set<String> LOGIN_SERVER_ADDRESS_WORDS = Set.of("url", "uri", "name", "prefix", "host",
            "hostname");

    /**
     * Whether a key names the address of the server users log in at: an authorization server ({@code
     * AUTH_SERVER_URL}, {@code auth.server.url}: {@code auth} right before {@code server}) or a CAS server
     * ({@code cas.server.name}, {@code cas.server.prefix}, {@code cas.server-url-prefix}: {@code cas} right before
     * {@code server}), followed by at most two words, the last an address word. Browsers are redirected there to log
     * in and the service calls it to check what they bring back, so on loopback nobody outside the server's own
     * machine can log in.
     */
    private static boolean namesLoginServer(List<String> words) {
        int size = words.size();
        if (size < 3 || !LOGIN_SERVER_ADDRESS_WORDS.contains(words.get(size - 1))) {
            return false;
        }
        for (int i = Math.max(1, size - 3); i < size - 1; i++) {
            if (words.get(i).equals("server")
                    && (words.get(i - 1).equals("auth") || words.get(i - 1).equals("cas"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of what a service hands to browsers or mail readers by URL: static and uploaded files, media, API
     * documentation, the icons and logos pages, passkey prompts and e-mails show ({@code WEBAUTHN_ICON_URL},
     * {@code DJANGO_EMAIL_LOGO_IMG}).
     */
    private static final Set<String> BROWSER_CONTENT = Set.of("static", "cdn", "assets", "asset", "upload", "uploads",
            "media", "docs", "swagger", "openapi", "apidocs", "icon", "logo", "favicon");
    /** Last words of a key that holds where something is reached, or the picture at such a place. */
    private static final Set<String> LOCATION_WORDS = Set.of("url", "location", "host", "domain", "prefix", "path",
            "baseurl", "img");

    /**
     * Where browsers fetch static or uploaded files, media or the API documentation from
     * ({@code hsweb.file.upload.static-location}, {@code CDN_URL}, {@code docs.host}, {@code file.base-url}): the
     * address is written into pages and API descriptions.
     */
    private static boolean servesBrowsers(List<String> words) {
        int size = words.size();
        if (size < 2 || !LOCATION_WORDS.contains(words.get(size - 1))) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            if (BROWSER_CONTENT.contains(words.get(i))) {
                return true;
            }
        }
        return (words.contains("file") || words.contains("files")) && size >= 3 && words.get(size - 1).equals("url")
                && words.get(size - 2).equals("base");
    }

    /** Words of a site's own root address: {@code APP_ROOT_URL}, {@code SITE_BASE_URL}, {@code WEB_URL}. */
    private static final Set<String> ROOT_WORDS = Set.of("app", "base", "root", "site", "web");

    /**
     * Words before {@code root url} that make it the running server's own root address ({@code server.rootUrl},
     * {@code GF_SERVER_ROOT_URL}, {@code GITEA__server__ROOT_URL}, {@code application.root-url}): the base of the links
     * it builds into pages, API responses and e-mails, which others must call. Another product's word before it
     * ({@code GRAFANA_ROOT_URL}, {@code GITLAB_ROOT_URL}) may name a destination the service calls, and stays one.
     */
    private static final Set<String> OWN_SERVER_WORDS = Set.of("server", "app", "application", "instance", "http",
            "ui", "service", "www");

    /**
     * Entries of a map of base URLs that name the site browsers open ({@code baseUrls:webBase} beside
     * {@code baseUrls:apiBase} in eShop's settings, {@code urls.siteBase}).
     */
    private static final Set<String> SITE_ENTRY_WORDS = Set.of("web", "site", "app", "frontend", "public");

    /**
     * {@code APP_URL}, {@code BASE_URL}, {@code ROOT_URL}, {@code server.rootUrl} (the site's root, as Rocket.Chat, Meteor and Gitea name it),
     * {@code mail.base-url}, {@code service.mail.baseurl}, {@code SITE_BASEURL}, and the root written the other way
     * round ({@code url_root}: Dolibarr's {@code dolibarr_main_url_root} and {@code DOLI_URL_ROOT}; not a relative or
     * internal one): URLs put into pages and e-mails.
     */
    private static boolean isPublicPair(List<String> words) {
        int size = words.size();
        if (size >= 3 && words.get(size - 1).equals("base") && SITE_ENTRY_WORDS.contains(words.get(size - 2))
                && (words.subList(0, size - 2).contains("urls") || words.subList(0, size - 2).contains("url"))) {
            return true;
        }
        if (size >= 2 && words.get(size - 1).equals("baseurl")) {
            return words.contains("mail") || words.contains("email")
                    || size == 2 && ROOT_WORDS.contains(words.get(0));
        }
        if (size >= 3 && words.get(size - 1).equals("address") && words.get(size - 2).equals("root")
                && OWN_SERVER_WORDS.contains(words.get(size - 3))) {
            return true;
        }
        if (size >= 2 && words.get(size - 1).equals("root")
                && (words.get(size - 2).equals("url") || words.get(size - 2).equals("uri"))) {
            return !words.contains("relative") && !words.contains("internal");
        }
        if (size < 2 || !(words.get(size - 1).equals("url") || words.get(size - 1).equals("link"))) {
            return false;
        }
        String before = words.get(size - 2);
        if (size <= 3 && ROOT_WORDS.contains(before) && ROOT_WORDS.contains(words.get(0))) {
            return true;
        }
        if (before.equals("root") && size >= 3 && OWN_SERVER_WORDS.contains(words.get(size - 3))) {
            return true;
        }
        return (size == 2 && (before.equals("app") || before.equals("base") || before.equals("root")))
                || ((words.contains("mail") || words.contains("email")) && (before.equals("base")
                        || before.equals("link")));
    }

    /**
     * The word index of every class, with the database words given by the gate. Its sets are {@link EnumSet}s so
     * that {@link #of(List, Map)} adds each word's classes as one bit mask; nothing may change them.
     *
     * @param databaseWords the words of database keys
     * @return an unmodifiable map of sets nobody modifies
     */
    static Map<String, EnumSet<KeyClass>> index(Set<String> databaseWords) {
        Map<String, EnumSet<KeyClass>> index = new java.util.HashMap<>();
        for (KeyClass keyClass : values()) {
            Set<String> classWords = keyClass == DATABASE ? databaseWords : keyClass.words;
            for (String word : classWords) {
                classesOf(index, word).add(keyClass);
            }
        }
        for (String word : PUBLIC.words) {
            for (String glued : GLUED_ADDRESS_WORDS) {
                EnumSet<KeyClass> classes = classesOf(index, word + glued);
                classes.add(PUBLIC);
                classes.add(ENDPOINT);
            }
        }
        return Map.copyOf(index);
    }

    /** The index's set of a word, made on first use; a loop rather than a lambda, as the index is built in every boot. */
    private static EnumSet<KeyClass> classesOf(Map<String, EnumSet<KeyClass>> index, String word) {
        EnumSet<KeyClass> classes = index.get(word);
        if (classes == null) {
            classes = EnumSet.noneOf(KeyClass.class);
            index.put(word, classes);
        }
        return classes;
    }

    /**
     * Address words a public word is glued to when a key is written in capitals without separators
     * ({@code SECURITY_OID_REDIRECTURL}, {@code CALLBACKURL}): {@code redirecturl} reads as {@code redirect url}.
     */
    private static final List<String> GLUED_ADDRESS_WORDS = List.of("url", "uri", "urls", "uris");

    // The four word rules below were classes of their own (BrowserPages, HostnameUrls, OverwriteAddresses, OwnIssuers)
    // until session 39: every key is asked them, so a boot loaded all four for its first key.

    /** Page words of {@link #namesBrowserPage}. */
    private static final Set<String> PAGE_WORDS = Set.of("checkout", "login", "logout", "signin", "signout", "signup",
            "success", "failure", "outcome", "home", "interactive");
    /** Last words of {@link #namesBrowserPage}. */
    private static final Set<String> PAGE_ADDRESS_WORDS = Set.of("url", "uri", "page", "path", "location", "basepath");
    /** Words of a back end that keep a page key a destination the service calls. */
    private static final Set<String> PAGE_BACK_END_WORDS = Set.of("api", "service", "services", "server", "grpc", "rpc",
            "backend", "internal");
    /** Words between {@code app} and {@code url} in a key for the application's full public address. */
    private static final Set<String> FULL_ADDRESS_WORDS = Set.of("full", "base");

    /**
     * Whether a key holds the address of a page users' browsers open, read from the page the key names: a checkout, a
     * sign-in or sign-out page, a payment's success, failure or outcome page, the site's home page, an interactive flow
     * a wallet opens ({@code checkout.outcome.url}, {@code POLAR_CHECKOUT_BASE_URL}, {@code AUTH_LOGIN_URL},
     * {@code PAYMENT_REDIRECT_SUCCESS_URL}, {@code HOME_LOCATION}, {@code sep24.interactive_url.base_url}), the URL the
     * service is reached by ({@code CurrentUrl}, Rails' and Thelia's {@code DEFAULT_URL} / {@code DEFAULT_URI},
     * Passbolt's {@code APP_FULL_BASE_URL}) and the root host of a multi-tenant site ({@code HYKU_ROOT_HOST}). Its last
     * word is an address word, so {@code LoginHostname} (a listen address) and {@code CHECKOUT_ENABLED} are not read; a
     * key that names an API, a service or a server of its own ({@code CHECKOUT_SERVICE_URL}, {@code LOGIN_API_URL}) is
     * a back end the service calls, and is not read either.
     *
     * @param words the key's lower-case words
     * @return whether browsers use the address the key holds
     */
    static boolean namesBrowserPage(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        if ((last.equals("host") || last.equals("hostname")) && words.get(size - 2).equals("root")) {
            return true;
        }
        if (!PAGE_ADDRESS_WORDS.contains(last)) {
            return false;
        }
        if (size == 2 && (words.get(0).equals("current") || words.get(0).equals("default"))
                && (last.equals("url") || last.equals("uri"))) {
            return true;
        }
        if (size == 4 && words.get(0).equals("app") && last.equals("url")
                && FULL_ADDRESS_WORDS.contains(words.get(1)) && FULL_ADDRESS_WORDS.contains(words.get(2))
                && !words.get(1).equals(words.get(2))) {
            return true;
        }
        boolean page = false;
        for (String word : words) {
            if (PAGE_BACK_END_WORDS.contains(word)) {
                return false;
            }
            page |= PAGE_WORDS.contains(word);
        }
        return page;
    }

    /**
     * Whether a key is a server's own host name written as a URL: Keycloak's {@code KC_HOSTNAME_URL} and
     * {@code KC_HOSTNAME_ADMIN_URL} ({@code hostname-url}, {@code hostname-admin-url}), the address its pages, redirects
     * and tokens name, which browsers open. So it is {@link #PUBLIC}, as {@code KC_HOSTNAME} already is: on loopback
     * it is the local-public-url NO-GO, not a sidecar's WARN.
     *
     * @param words the key's lower-case words
     * @return {@code true} when the key ends in {@code hostname url} or {@code hostname admin url}
     */
    static boolean namesHostnameUrl(List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("url")) {
            return false;
        }
        String before = words.get(size - 2);
        return before.equals("hostname")
                || before.equals("admin") && size >= 3 && words.get(size - 3).equals("hostname");
    }

    /**
     * Whether a key names Kibana's reporting address ({@code xpack.reporting.kibanaServer.hostname}, {@code .port},
     * {@code .protocol}): the address Kibana's own headless browser opens to render a report of this same Kibana.
     * Elastic documents {@code localhost} there for a Kibana whose {@code server.host} is {@code 0.0.0.0}, so the
     * self-call stays on the machine; it is {@link #INTERNAL}, not the host name browsers use (set 141's two Kibana
     * configurations). Forty-fourth pass.
     *
     * @param words the key's lower-case words
     * @return {@code true} when {@code reporting}, {@code kibana} and {@code server} follow each other in the key
     */
    static boolean namesOwnReportingServer(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals("reporting") && words.get(i + 1).equals("kibana")
                    && words.get(i + 2).equals("server")) {
                return true;
            }
        }
        return false;
    }

    /** The address words a server-side qualifier may follow: {@code API_URL_SERVER}, {@code BACKEND_HOST_SSR}. */
    private static final Set<String> SIDE_ADDRESS_WORDS = Set.of("url", "uri", "baseurl", "endpoint", "host", "origin",
            "address");

    /**
     * Whether a key names the server-side variant of an address, the qualifier after the address word: Hi.Events'
     * {@code VITE_API_URL_SERVER} beside {@code VITE_API_URL_CLIENT}, the URL its server-side renderer calls the API
     * by from inside the same deployment, while the browser takes the client one. So it is {@link #INTERNAL}, even
     * as a browser build variable: on loopback a self-call, not a public URL. The qualifier must be the last word and
     * follow the address word; {@code SERVER_URL}, {@code VITE_SERVER_URL} and {@code PUBLIC_FILES_SERVER_URL} name
     * the server browsers call, and {@code REACT_APP_SSR_EXPORT_HTML_URL} a feature's URL, and stay as they were
     * (forty-third pass).
     *
     * @param words the key's lower-case words
     * @return {@code true} when the last word is {@code server} or {@code ssr} right after an address word
     */
    static boolean namesServerSideVariant(List<String> words) {
        int size = words.size();
        if (size < 3) {
            return false;
        }
        String last = words.get(size - 1);
        return (last.equals("server") || last.equals("ssr")) && SIDE_ADDRESS_WORDS.contains(words.get(size - 2));
    }

    private static final String OVERWRITE = "overwrite";

    /**
     * Whether a key names the address a server writes into the links it generates, set to override what it would work
     * out itself: Nextcloud's and ownCloud's {@code overwrite.cli.url} (the base of every link in e-mails, shares and
     * background jobs) and {@code overwritehost} (the host forced into every URL it generates for browsers), Alfresco's
     * {@code aos.baseUrlOverwrite} (the URL handed to Office clients). People and their programs open these, so they
     * are {@link #PUBLIC}: on loopback the local-public-url NO-GO, not a sidecar's WARN. {@code overwriteprotocol}
     * holds a scheme, not an address, and switches and other overrides ({@code system.allow-template-overwrite},
     * {@code OVERWRITE_AUTH}) name no address (thirty-eighth pass).
     *
     * @param words the key's lower-case words
     * @return {@code true} when the last word is an address word ({@code url}, {@code uri}, {@code baseurl}) with
     *         {@code overwrite} among the words before it, or {@code overwrite} right after an address word, or the
     *         glued {@code overwritehost}
     */
    static boolean namesOverwriteAddress(List<String> words) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if (last.equals("overwritehost")) {
            return true;
        }
        if (size < 2) {
            return false;
        }
        if (last.equals(OVERWRITE)) {
            return overwrittenAddressWord(words.get(size - 2));
        }
        return overwrittenAddressWord(last) && words.subList(0, size - 1).contains(OVERWRITE);
    }

    private static boolean overwrittenAddressWord(String word) {
        return word.equals("url") || word.equals("uri") || word.equals("baseurl");
    }

    /**
     * Drops {@link #INTERNAL} from the classes of an identity server's own issuer, named with {@code self}: Ory Hydra's
     * {@code urls.self.issuer} ({@code URLS_SELF_ISSUER}) and {@code urls.self.public}, the URL every token it signs
     * names and every client fetches the discovery document from. There {@code self} says whose address it is, not
     * that the server calls itself, so the key is not internal (a self-call URL on loopback is legitimate); it stays
     * internal when another word says so ({@code internal}, {@code private}, {@code local}).
     *
     * @param classes the key's classes, changed in place
     * @param words the key's lower-case words
     */
    static void unmarkOwnIssuer(EnumSet<KeyClass> classes, List<String> words) {
        if (!classes.contains(INTERNAL) || !words.contains("self")) {
            return;
        }
        boolean issuer = false;
        for (String word : words) {
            if (word.equals("internal") || word.equals("private") || word.equals("local") || word.equals("loopback")) {
                return;
            }
            issuer |= word.equals("issuer") || word.equals("public");
        }
        if (issuer) {
            classes.remove(INTERNAL);
        }
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.BrowserKeys;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A URL that browsers open, written as plain {@code http://} or {@code ws://} to a public IP address
 * ({@code VITE_SUPABASE_URL=http://44.201.29.162:8000}, {@code PUBLIC_URL=http://137.117.74.27},
 * {@code NEXT_PUBLIC_API_URL=http://35.73.94.102.nip.io:4000}, an OAuth {@code redirect_uri} on
 * {@code http://1.14.206.60/}): no certificate is issued for such an address in practice, so the deployment serves
 * that URL without TLS, and the pages, the passwords typed there and the session tokens cross the internet readable and
 * alterable. Only keys whose words say a browser opens the address are read: a browser build variable
 * ({@code VITE_}, {@code NEXT_PUBLIC_}), {@code public}, {@code site}, a front end, an OAuth redirect or callback, a
 * payment's return or cancel URL, or an API's base URL that an app calls with its users' tokens ({@code apiUrl},
 * {@code API_URL}, {@code BASE_URL}, {@code GRAPHQL_ENDPOINT_URL}, {@code FILE_UPLOAD_ENDPOINT}, a back end's URL), or
 * a bare {@code url} key, the site's own address in Ghost's, Strapi's and Netlify's settings ({@link OwnSiteKeys}), or the
 * application's root URL ({@code APP_URL}, {@code app_root_url}, {@code ROOT_URL}). An
 * EC2 instance's public name ({@code ec2-52-91-13-196.compute-1.amazonaws.com}) counts as its address: no certificate
 * authority issues one for a name under {@code amazonaws.com}. A plain-HTTP call to a public address under other
 * words ({@code serverAddress}, a Solr host, a Eureka zone, a tracing collector) stays unread, as does a private
 * address (the LAN rule's) and any name (whose TLS may be terminated at the name), except an OAuth redirect URI on a
 * public name ({@code redirect_url=http://app.acme.io/oauth2/callback}): the identity provider sends the browser there
 * with the authorization code in the query before any redirect to HTTPS can happen (RFC 6749, section 3.1.2.1), and
 * the service's own address on a public name ({@code external_url=http://gitlab.acme.de},
 * {@code server.ROOT_URL=http://git.acme.com:8088/}): the service writes that scheme into every link it mails and every
 * redirect it sends, so no TLS terminated in front of it helps those (thirty-eighth pass). A
 * URL composed from another key's root ({@code return-url=${project_root_path}/pay}) is left to
 * that key, whose words say whether browsers open it. Forty-sixth pass: an API's base URL in plain {@code http://} on a
 * public name ({@code ORCID_API_URL=http://pub.orcid.org/…}, {@code SMS_API_URL=http://bulksmsbd.net/api/…}) is a
 * WARN, as is a service's address ({@code geocoder.url}) on a public IPv4 address: the client sends the request in
 * clear, whatever serves the other end. Stateless.
 */
final class PlainHttpAddresses {

    /** Key words that say a browser opens the address. */
    private static final Set<String> BROWSER_WORDS = Set.of("public", "site", "website", "frontend", "front", "fe",
            "redirect", "callback", "return", "cancel");

    /** Key words that name an API an app calls with its users' tokens. */
    private static final Set<String> API_WORDS = Set.of("api", "graphql", "backend", "upload");

    private PlainHttpAddresses() {
    }

    /**
     * The finding on a browser-facing URL in clear text to a public IP address, or {@code null}.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting, whose key names a public URL
     * @param words the key's lower-case words
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a {@code sandbox.tls-off} (NO-GO, or WARN for a front end's or an API's address on a public name), or
     *     {@code null}
     */
    static @Nullable Finding judge(ReferencedValues references, Setting setting, List<String> words,
            Endpoint endpoint) {
        String scheme = endpoint.scheme();
        String host = endpoint.host();
        if (scheme == null || host.isEmpty() || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("ws")) {
            return null;
        }
        String address = address(host);
        if (address == null && scheme.equalsIgnoreCase("http") && oauthRedirect(setting.key(), words)
                && host.indexOf('.') > 0 && Hosts.kind(host) == Hosts.Kind.PUBLIC
                && references.referenced(setting).isEmpty()) {
            return Finding.noGo("sandbox.tls-off", setting)
                    .message(SandboxFindings.format("%s is an OAuth redirect URI in plain http on %s in production: "
                            + "the identity provider sends each user's browser back there with the authorization code "
                            + "in the query, readable by anyone on the path before any redirect to HTTPS happens "
                            + "(RFC 6749, section 3.1.2.1).", setting.key(), host))
                    .remediation("Register and set the redirect URI as https://" + host + "/…")
                    .build();
        }
        if (address == null && scheme.equalsIgnoreCase("http") && namesOwnAddress(words) && publicName(host)
                && references.referenced(setting).isEmpty()) {
            return Finding.noGo("sandbox.tls-off", setting)
                    .message(SandboxFindings.format("%s is the service's own public address in plain http on %s in "
                            + "production: every link it mails, every redirect and sign-in callback it builds sends "
                            + "its users there without TLS, whatever a proxy in front may also serve.",
                            setting.key(), host))
                    .remediation("Serve the service over HTTPS and set its address to https://" + host + "/…")
                    .build();
        }
        if (address == null && scheme.equalsIgnoreCase("http") && namesSiteOrFrontEnd(words) && publicName(host)
                && !Hosts.isTemplate(host) && !PlainOrigins.preloaded(host)
                && references.referenced(setting).isEmpty()) {
            return Finding.warn("sandbox.tls-off", setting)
                    .message(setting.key() + ", a site's or front end's address by its name, is plain http on a "
                            + "public name in production: the pages, links and sign-ins it leads to, and whatever is "
                            + "sent there, cross the internet without TLS.")
                    .remediation("Serve the site over HTTPS and write https:// in " + setting.key() + "; if a proxy "
                            + "in front already redirects every request to HTTPS, waive this finding.")
                    .build();
        }
        if (address == null && scheme.equalsIgnoreCase("http") && namesApi(words) && calledApi(words)
                && publicName(host) && !Hosts.isTemplate(host) && !PlainOrigins.preloaded(host)
                && PlatformAppHosts.suffix(host) == null && references.referenced(setting).isEmpty()) {
            return Finding.warn("sandbox.tls-off", setting)
                    .message(setting.key() + ", an API's base URL, is plain http on a public name in production: the "
                            + "client sends its requests, with the keys, tokens and data they carry, across the "
                            + "internet without TLS; a proxy in front of the API cannot change what the client sends.")
                    .remediation("Call the API over HTTPS (https:// in " + setting.key() + "); if the name resolves "
                            + "only inside an encrypted network, waive this finding.")
                    .build();
        }
        if (address == null || Hosts.kind(address) != Hosts.Kind.PUBLIC || !opensInBrowser(setting.key(), words)
                || !references.referenced(setting).isEmpty()) {
            return null;
        }
        return Finding.noGo("sandbox.tls-off", setting)
                .message(SandboxFindings.format("%s sends browsers to %s over plain %s in production: a public IP "
                        + "address that no certificate names, so the pages, the passwords typed there and the session "
                        + "tokens cross the internet readable and alterable.", setting.key(), host, scheme))
                .remediation("Serve it over HTTPS under the deployment's domain name (https://your-domain/…).")
                .build();
    }

    /**
     * Whether a key names a service's address by {@code url} or {@code uri} as its last word, beneath a word of its
     * own ({@code geocoder.url}, Velero's {@code config.s3Url}): the address a client calls. Forty-sixth pass.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean namesCalledAddress(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        return last.equals("url") || last.equals("uri");
    }

    /**
     * The WARN on a service's address ({@link #namesCalledAddress}) in plain {@code http://} to a public IPv4 address
     * (forty-sixth pass): {@code geocoder.url=http://5.161.125.168:4000/…}, a backup store's
     * {@code s3Url=http://64.226.73.55:9000}. No certificate names a bare public address in practice, so the client
     * sends its requests, the credentials and data they carry, across the internet in clear; unlike a site's address,
     * nothing in front of the server can change what the client sends. A WARN: a VPN may carry the route. Private,
     * loopback and reserved addresses, names, a value taken from another key, and keys of other words (a Eureka
     * zone, a {@code serverAddress}, a proxy) are left.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting, whose key names a called address
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeCalledAddress(ReferencedValues references, Setting setting, Endpoint endpoint) {
        String host = endpoint.host();
        if (!"http".equalsIgnoreCase(endpoint.scheme()) || host.isEmpty()) {
            return null;
        }
        char first = host.charAt(0);
        if (first < '1' || first > '9' || Ip.parseIpv4(host) == null || Hosts.kind(host) != Hosts.Kind.PUBLIC
                || !references.referenced(setting).isEmpty()) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(SandboxFindings.format("%s calls a service at the public address %s over plain http in "
                        + "production: no certificate names a bare address, so the requests, and the credentials and "
                        + "data they carry, cross the internet readable and alterable.", setting.key(), host))
                .remediation("Reach the service over HTTPS under a name with a certificate, or over a private network; "
                        + "if a VPN carries this route, waive this finding.")
                .build();
    }

    /** Words of a key whose URL is no API a client calls: an internal one, or the API's documentation. */
    private static final Set<String> NOT_CALLED_API_WORDS = Set.of("internal", "doc", "docs", "documentation");

    /**
     * Whether an API key ({@link #namesApi}) names the API a client calls: not an internal one, and not its
     * documentation ({@code API_DOCUMENTATION_URL=http://…readthedocs.io/…}, pages a person reads).
     */
    private static boolean calledApi(List<String> words) {
        for (String word : words) {
            if (NOT_CALLED_API_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The public IPv4 address a host is or names without a certificate, or {@code null}. */
    private static @Nullable String address(String host) {
        char first = host.charAt(0);
        if (first >= '0' && first <= '9') {
            return Ip.parseIpv4(host) != null ? host : HostNames.addressOfIpDomain(host);
        }
        if (host.endsWith("ip.io")) {
            return HostNames.addressOfIpDomain(host);
        }
        if (host.startsWith("ec2-") && host.endsWith(".amazonaws.com")) {
            String dotted = host.substring("ec2-".length(), host.indexOf('.')).replace('-', '.');
            return Ip.parseIpv4(dotted) != null ? dotted : null;
        }
        return null;
    }

    /**
     * Whether a key is an OAuth client's redirect URI: {@code redirect} before {@code uri}, {@code url} or their
     * plurals ({@code redirect_url}, {@code redirect-uris[0]}, {@code redirectUri}). A post-logout, error or landing
     * redirect ({@code logout.redirect-url}, {@code saml.success-redirect-url}) carries no code and is not one.
     * Passport, pac4j and most sign-in libraries call the same URI a callback ({@code GITHUB_CALLBACK_URL},
     * {@code oauth.callback_url}, {@code pac4j.callbackUrl}): {@code callback} before the target counts when the key
     * also names OAuth, single sign-on or an identity provider (thirty-seventh pass); a payment's, a webhook's or a
     * job's callback ({@code alipay.callback.url}, {@code CKAN__DATAPUSHER__CALLBACK_URL_BASE}) carries no code.
     */
    static boolean oauthRedirect(String key, List<String> words) {
        boolean redirect = false;
        boolean callback = false;
        boolean signIn = false;
        for (String word : words) {
            if (NOT_CODE_REDIRECTS.contains(word)) {
                return false;
            }
            signIn |= SIGN_IN_WORDS.contains(word);
            if ((redirect || callback && signIn) && REDIRECT_TARGETS.contains(word)) {
                return true;
            }
            redirect = word.equals("redirect");
            callback = word.equals("callback");
        }
        return false;
    }

    /** Words that make a callback URI a sign-in's: OAuth, OpenID Connect, single sign-on and common providers. */
    private static final Set<String> SIGN_IN_WORDS = Set.of("oauth", "oauth2", "oidc", "openid", "sso", "auth",
            "login", "signin", "pac4j", "github", "gitlab", "google", "microsoft", "azuread", "facebook", "twitter",
            "linkedin", "discord", "okta", "auth0", "keycloak", "cognito");

    /** The words after {@code redirect} that make a key a redirect URI. */
    private static final Set<String> REDIRECT_TARGETS = Set.of("uri", "url", "uris", "urls");

    /** Words of redirects that carry no authorization code: after sign-out, on an error. */
    private static final Set<String> NOT_CODE_REDIRECTS = Set.of("logout", "signout", "error", "errors", "post",
            "success", "failure");

    private static boolean opensInBrowser(String key, List<String> words) {
        if (BrowserKeys.isBuildVariable(key) || namesApi(words) || OwnSiteKeys.bare(words) || namesAppRoot(words)) {
            return true;
        }
        for (String word : words) {
            if (BROWSER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key names the application's own root address: {@code url} or {@code uri} right after {@code app} or
     * {@code root} ({@code APP_URL}, Laravel's; {@code app_root_url}, iTop's, put in every e-mailed link;
     * {@code ROOT_URL}, Gitea's), Moodle's {@code wwwroot} ({@code MOODLE_WWW_ROOT}) or the same words the other way
     * round ({@code url_root}: Dolibarr's {@code dolibarr_main_url_root}, from which it builds every link), the address
     * users open.
     */
    private static boolean namesAppRoot(List<String> words) {
        int size = words.size();
        String last = size == 0 ? "" : words.get(size - 1);
        if (last.equals("wwwroot") || last.equals("root") && size >= 2 && (words.get(size - 2).equals("www")
                || words.get(size - 2).equals("url") || words.get(size - 2).equals("uri"))) {
            return true;
        }
        if (size < 2 || !last.equals("url") && !last.equals("uri")) {
            return false;
        }
        String before = words.get(size - 2);
        return before.equals("app") || before.equals("root");
    }

    /**
     * Whether a key names the service's own public address, which it builds links and redirects from: the
     * application's root ({@link #namesAppRoot}: {@code server.ROOT_URL}, Gitea's and Forgejo's), {@code url} or
     * {@code uri} right after {@code external} ({@code external_url}, GitLab's), or {@code host} right after
     * {@code app} holding a URL ({@code app.host}, WriteFreely's). An internal root ({@code LMS_INTERNAL_ROOT_URL}) is
     * not the public one, and a {@code PUBLIC_URL} (also an asset path's prefix in front-end builds) is left to the
     * rule for public addresses.
     */
    private static boolean namesOwnAddress(List<String> words) {
        int size = words.size();
        if (size < 2 || words.contains("internal")) {
            return false;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if (last.equals("host")) {
            return before.equals("app");
        }
        return namesAppRoot(words) || (last.equals("url") || last.equals("uri")) && before.equals("external");
    }

    /**
     * Whether a key names the site's own address or its front end's by itself (forty-fourth pass): a bare {@code url}
     * ({@link OwnSiteKeys#bare}: Ghost's, Hexo's, Strapi's site URL) or {@code url} right after {@code frontend} as
     * the key's last two words ({@code FRONTEND_URL}, Chatwoot's public app URL, the one its e-mails and widget
     * links are built from). A section's {@code minio.url}, a front end's callback ({@code unionpay.frontUrl}: one
     * word) and a {@code front} URL are not read.
     */
    private static boolean namesSiteOrFrontEnd(List<String> words) {
        int size = words.size();
        return OwnSiteKeys.bare(words) || size >= 2 && words.get(size - 1).equals("url")
                && words.get(size - 2).equals("frontend");
    }

    /**
     * Whether a key names an application's address by a name of its own before {@code app url}
     * ({@code SHOPIFY_APP_URL}, the address Shopify's app templates give the app itself; {@code WIDGET_APP_URL},
     * {@code shopsense.dashboard.app-url}): three or four words, the last two {@code app url}. Forty-fifth pass. A
     * deeper key is some section's component, not the application's address (a Chef attribute
     * {@code default_attributes.cspp.snpp-sdr.components.app.url}, an http download pinned by its checksum). An
     * internal one, and a mobile app's store link ({@code IOS_APP_URL}, {@code ANDROID_APP_URL}), are not read; a bare
     * {@code APP_URL} is the service's own address ({@link #judge}).
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean namesNamedAppUrl(List<String> words) {
        int size = words.size();
        if (size < 3 || size > 4 || !words.get(size - 1).equals("url") || !words.get(size - 2).equals("app")) {
            return false;
        }
        for (String word : words) {
            if (word.equals("internal") || word.equals("mobile") || word.equals("ios") || word.equals("android")
                    || word.equals("store")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key names a webhook's address: its last word {@code url} or {@code uri}, and {@code webhook} or
     * {@code webhooks} one or two words before it ({@code WEBHOOK_URL}, {@code WEBHOOK_BASE_URL},
     * {@code orderhub.webhooks.base-url}, {@code PAYSTACK_WEBHOOK_URL}, {@code alerting.slack.webhook-url}).
     * Forty-sixth pass. An internal one is not read.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean namesWebhookUrl(List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("url") && !words.get(size - 1).equals("uri")) {
            return false;
        }
        boolean webhook = false;
        for (int i = Math.max(0, size - 3); i < size - 1; i++) {
            webhook |= words.get(i).equals("webhook") || words.get(i).equals("webhooks");
        }
        return webhook && !words.contains("internal");
    }

    /**
     * The WARN on a webhook's address ({@link #namesWebhookUrl}) in plain {@code http://} on a public name: the
     * address a provider is given to post its events to (Shopify's orders, a payment provider's) or the one the
     * service posts its own to, and what is posted there, customers' orders and addresses included, crosses the
     * internet without TLS; Shopify and most providers refuse to register such an address. A WARN, as for an
     * application's named address: a proxy may serve the name over HTTPS as well. Local, private and template hosts,
     * HSTS-preloaded names and a value taken from another key are left to their own rules.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting, whose key names a webhook's address
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeWebhookUrl(ReferencedValues references, Setting setting, Endpoint endpoint) {
        if (!plainOnPublicName(references, setting, endpoint)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + ", a webhook's address, is plain http on a public name in production: the "
                        + "events posted there (orders, customers' names and addresses, payment notices) and their "
                        + "signatures cross the internet without TLS, and providers such as Shopify refuse to "
                        + "register a plain-http address.")
                .remediation("Write the https:// address in " + setting.key() + " and serve it over HTTPS; if a "
                        + "proxy in front already redirects every request to HTTPS, waive this finding.")
                .build();
    }

    /**
     * Whether an address key's one endpoint is plain {@code http://} on a public name that is no template and not
     * HSTS-preloaded, written in the key itself rather than taken from another: what the named-app and webhook rules
     * ({@link #judgeNamedAppUrl}, {@link #judgeWebhookUrl}) report.
     */
    private static boolean plainOnPublicName(ReferencedValues references, Setting setting, Endpoint endpoint) {
        String host = endpoint.host();
        return "http".equalsIgnoreCase(endpoint.scheme()) && !host.isEmpty() && host.indexOf('$') < 0
                && publicName(host) && !Hosts.isTemplate(host) && !PlainOrigins.preloaded(host)
                && references.referenced(setting).isEmpty();
    }

    /**
     * The WARN on a named application's address ({@link #namesNamedAppUrl}) in plain {@code http://} on a public
     * name: the app's pages, the sign-ins and embedded views it serves and whatever is sent there cross the internet
     * without TLS (Shopify, for one, only loads an app over HTTPS). A WARN, as for a front end's address: a proxy may
     * also serve the name over HTTPS. Local, private and template hosts, and a value taken from another key, are left
     * to their own rules.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting, whose key names an application's address
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeNamedAppUrl(ReferencedValues references, Setting setting, Endpoint endpoint) {
        if (!plainOnPublicName(references, setting, endpoint)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + ", an application's address, is plain http on a public name in production: "
                        + "its pages, the sign-ins and embedded views it serves, and whatever is sent there, cross the "
                        + "internet without TLS.")
                .remediation("Serve the application over HTTPS and write https:// in " + setting.key() + "; if a "
                        + "proxy in front already redirects every request to HTTPS, waive this finding.")
                .build();
    }

    /**
     * Whether a host is a public DNS name under a top-level domain anyone can register in: two labels at least, the
     * last a two-letter country code or a common generic one ({@code com}, {@code org}, {@code io}, {@code dev}…). A
     * name under a made-up or internal suffix ({@code edx.devstack.lms}, {@code app.corp}) is not read.
     */
    static boolean publicName(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || Hosts.kind(host) != Hosts.Kind.PUBLIC) {
            return false;
        }
        String last = host.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (last.length() == 2) {
            return Character.isLetter(last.charAt(0)) && Character.isLetter(last.charAt(1));
        }
        return HostNames.GENERIC_TOP_LEVELS.contains(last);
    }


    /**
     * Whether a key names the base URL of an API an app calls with its users' tokens: {@code api}, {@code graphql},
     * {@code backend} or {@code upload} among its words, or {@code base} with {@code url}.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean namesApi(List<String> words) {
        boolean base = false;
        boolean url = false;
        for (String word : words) {
            if (API_WORDS.contains(word)) {
                return true;
            }
            base |= word.equals("base");
            url |= word.equals("url") || word.equals("uri");
        }
        return base && url;
    }
}

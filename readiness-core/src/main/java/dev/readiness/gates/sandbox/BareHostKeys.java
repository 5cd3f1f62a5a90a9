package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bare host names under keys whose words do not say {@code url}, {@code host} or {@code endpoint} but still name a
 * destination: a mail server's address ({@code SMTP_ADDRESS=mailhog}, {@code MAIL_SERVER=mailpit}) is judged for
 * development mail catchers (so is sSMTP's relay, {@code SSMTP_MAILHUB=mail.example.com:587}, thirty-eighth pass),
 * and a domain or host name ({@code API_DOMAIN=api.example.com},
 * {@code SERVER_HOSTNAME=wiki.test}) for reserved documentation and test domains, loopback names and multicast-DNS
 * {@code .local} names. A domain key also covers a server name ({@code SERVER_NAME=pysite.local}), a cookie domain or
 * host suffix written with a leading dot ({@code SESSION_DOMAIN=.dev.test}, {@code ..._DOMAIN_SUFFIX=.localhost:8109}),
 * but not a directory domain ({@code LDAP_DOMAIN=corp.local}), which on premises is production. A mode word is read
 * into a bare domain only in a subdomain label ({@link EnvironmentDomains}): the registrable name could be a company's
 * own naming. Any other server or address key ({@code production.address=smtp.example.com} of a mailer's section,
 * {@code LDAP_SERVER}) is judged for reserved documentation and test domains only, and only when the value is no
 * e-mail address.
 */
final class BareHostKeys {

    private static final Set<String> MAIL_WORDS = Set.of("smtp", "mail", "email", "mailer", "smarthost");
    private static final Set<String> SERVER_WORDS = Set.of("address", "addr", "server", "relay", "smarthost",
            "mailhub");
    private static final Set<String> DOMAIN_WORDS = Set.of("domain", "hostname", "fqdn", "servername", "domainname");
    /** The longest list of domains read item by item. */
    private static final int MAX_LIST_LENGTH = 2000;
    /**
     * Words of keys that name a directory or name-service domain ({@code LDAP_DOMAIN=corp.local}, {@code AD_DOMAIN}):
     * an on-premises Active Directory domain under {@code .local} is production there, unlike a public name.
     */
    private static final Set<String> DIRECTORY_WORDS = Set.of("ldap", "ad", "kerberos", "krb", "krb5", "realm",
            "netbios", "samba", "smb", "windows", "win", "nt", "workgroup", "dns", "search");
    /** Kubernetes' default cluster domain ({@code CLUSTER_DOMAIN=cluster.local}): a back end's DNS zone. */
    private static final String KUBERNETES_CLUSTER_DOMAIN = "cluster.local";

    private BareHostKeys() {
    }

    /**
     * The finding on a bare host under a mail-server or domain key, when it names a mail catcher or a reserved
     * domain.
     *
     * @param setting the setting
     * @param value its stripped value, not a URL
     * @param judge the endpoint judge
     * @return the finding, or {@code null} when the key is of neither kind or the host is fine
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointJudge judge) {
        String key = SandboxKey.itemKey(setting.key());
        if (value.length() > MAX_LIST_LENGTH || !SandboxKey.endsWithDestinationWord(key)) {
            return null;
        }
        List<String> written = KeyWords.of(key);
        if (value.indexOf(' ') >= 0 && namesSiteAddress(written)) {
            return null; // a postal address (SITE_ADDRESS=12 Harbour Road, Leith), not the name a site serves
        }
        List<String> words = destinationWords(written);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (last.equals("servername") && DatabaseWords.namesStore(words)) {
            return null; // a data source's server name is its database host, the database gate's
        }
        if (last.equals("domains")) {
            return refusedDomains(words) ? null : domainList(setting, words, value, judge);
        }
        if (value.length() > 253) {
            return null;
        }
        boolean mailServer = SERVER_WORDS.contains(last)
                && (last.equals("smarthost") || last.equals("mailhub") || anyMailWord(words));
        boolean domain = DOMAIN_WORDS.contains(last);
        boolean otherServer = !mailServer && SERVER_WORDS.contains(last) && value.indexOf('@') < 0;
        if (!mailServer && !domain && !otherServer) {
            return null;
        }
        String host = domain ? withoutLeadingDot(Hosts.withoutPort(value)) : value;
        Endpoint endpoint = host.indexOf('.') < 0 ? singleLabel(host)
                : Endpoint.parse(host, true).orElse(null);
        if (endpoint == null || endpoint.scheme() != null) {
            return null;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        if (domain && verdict.kind() == EndpointJudge.Kind.LOOPBACK) {
            return KeyClass.namesOwnReportingServer(words) ? null // Kibana's reporting browser calling its own Kibana
                    : SandboxFindings.endpoint(setting, DomainValues.loopbackUse(words), endpoint, verdict);
        }
        boolean reserved = verdict.kind() == EndpointJudge.Kind.RESERVED && host.indexOf('.') > 0;
        boolean reported = mailServer ? verdict.kind() == EndpointJudge.Kind.MAIL_CATCHER || reserved
                : otherServer ? reserved
                : reserved
                || verdict.kind() == EndpointJudge.Kind.LOCAL_NAME && !anyDirectoryWord(words)
                        && !endpoint.host().equals(KUBERNETES_CLUSTER_DOMAIN) // cluster.local. is the same name
                || EnvironmentDomains.reported(setting, host, words, verdict);
        SandboxFindings.LoopbackUse use = domain && verdict.kind() == EndpointJudge.Kind.LOCAL_NAME
                ? DomainValues.loopbackUse(words) : SandboxFindings.LoopbackUse.OTHER;
        return reported ? SandboxFindings.endpoint(setting, use, endpoint, verdict) : null;
    }

    /**
     * Words after {@code domain} that keep a key from naming the public domain of a part of the service: a suffix or
     * name is read by {@link #judge}, and lists, switches, credentials, files and the service's own bind or internal
     * address are not domains others resolve.
     */
    private static final Set<String> NOT_A_PART = Set.of("suffix", "name", "names", "list", "lists", "allow",
            "allowed", "deny", "denied", "whitelist", "blacklist", "blocklist", "allowlist", "verification", "verify",
            "key", "secret", "token", "id", "ids", "enabled", "enable", "disabled", "mode", "check", "path", "file",
            "socket", "port", "user", "username", "password", "controller", "internal", "private", "local", "self",
            "bind", "listen", "separator", "regex", "pattern", "count", "limit", "max", "min", "join", "sid");

    /**
     * Whether a key names the public domain of one part of a service, or the DNS target others point their names at:
     * {@code domain} followed by one or two words that name the part ({@code _APP_DOMAIN_FUNCTIONS},
     * {@code _APP_DOMAIN_SITES}, {@code DOMAIN_FRONTEND}, {@code DOMAIN_API}) or the record
     * ({@code _APP_DOMAIN_TARGET}, {@code _APP_DOMAIN_TARGET_CNAME}). Appwrite serves functions and sites under such
     * domains and tells users to point their custom domains' CNAME or A records at the target; deploy scripts name
     * their front end's and API's public names so. A directory domain's key ({@code AD_DOMAIN_CONTROLLER}) is not
     * one. Read when {@link #judge} finds nothing: a key such as {@code _APP_DOMAIN_TARGET_CNAME} ends in a
     * destination word ({@code name}) that rule reads differently.
     *
     * @param words the key's lower-case words
     * @return whether the key names such a domain
     */
    static boolean namesPartDomain(List<String> words) {
        int size = words.size();
        int domain = words.lastIndexOf("domain");
        if (domain < 0 || domain == size - 1 || domain < size - 3) {
            return false;
        }
        for (int i = domain + 1; i < size; i++) {
            String word = words.get(i);
            if (NOT_A_PART.contains(word) || word.isEmpty() || word.charAt(0) >= '0' && word.charAt(0) <= '9') {
                return false;
            }
        }
        return !anyDirectoryWord(words);
    }

    /**
     * The finding on a bare loopback host ({@code functions.localhost}, {@code 127.0.0.1}, {@code localhost:3000})
     * under a key that names the public domain of a part of the service ({@link #namesPartDomain(List)}): browsers,
     * and other people's DNS records, are sent there, and from anywhere else it is their own machine. Other values
     * are left alone: a part's domain may be any company's name, and an unspecified address ({@code 0.0.0.0}) is a
     * bind address.
     *
     * @param setting the setting
     * @param value its stripped value, not a URL
     * @param judge the endpoint judge
     * @return a NO-GO {@code sandbox.local-public-url}, or {@code null}
     */
    static @Nullable Finding partDomain(Setting setting, String value, EndpointJudge judge) {
        if (value.length() > 253 || value.indexOf('/') >= 0 || value.indexOf(',') >= 0 || value.indexOf(' ') >= 0
                || value.indexOf('$') >= 0) {
            return null;
        }
        String host = Hosts.withoutPort(value).toLowerCase(Locale.ROOT);
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals(".") || !Hosts.isLoopback(host)) {
            return null;
        }
        return publicLoopback(setting, host, judge);
    }

    /** The NO-GO on a loopback host others are sent to, or {@code null} when the judge reads it otherwise. */
    private static @Nullable Finding publicLoopback(Setting setting, String host, EndpointJudge judge) {
        Endpoint endpoint = host.indexOf('.') < 0 && host.indexOf(':') < 0 ? singleLabel(host)
                : new Endpoint(null, host, -1, "");
        if (endpoint == null) {
            return null;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        return verdict.kind() == EndpointJudge.Kind.LOOPBACK
                ? SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.PUBLIC, endpoint, verdict) : null;
    }

    /**
     * The finding on a list of domains ({@code ALLOWED_DOMAINS=example.com,company.com}, sign-in or e-mail domains a
     * service accepts) that names a reserved documentation or test domain: a template's list never filled in. Only that
     * verdict is read in a list: loopback and local names beside real domains are a development convenience teams keep.
     * A list of domains turned away ({@code SPAM_DOMAINS}, {@code BLOCKED_DOMAINS}) is not read.
     */
    private static @Nullable Finding domainList(Setting setting, List<String> words, String value,
            EndpointJudge judge) {
        Finding onlyLoopback = onlyLoopbackDomains(setting, words, value, judge);
        if (onlyLoopback != null) {
            return onlyLoopback;
        }
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c != ',' && c != ';' && c != ' ' && c != '\t') {
                continue;
            }
            String item = withoutLeadingDot(Hosts.withoutPort(HostAllowLists.trimmed(value, start, i)));
            start = i + 1;
            if (item.indexOf('.') <= 0 || item.length() > 253 || item.indexOf('/') >= 0 || item.indexOf('$') >= 0) {
                continue;
            }
            Endpoint endpoint = Endpoint.parse(item, true).orElse(null);
            if (endpoint == null || endpoint.scheme() != null) {
                continue;
            }
            EndpointJudge.Verdict verdict = judge.judge(endpoint);
            if (verdict.kind() == EndpointJudge.Kind.RESERVED) {
                return SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict);
            }
        }
        return null;
    }

    /**
     * Words of a list of domains that name where loopback belongs: a proxy's bypass list ({@code NO_PROXY_DOMAINS}),
     * the service's own or a development list.
     */
    private static final Set<String> LOOPBACK_LIST_WORDS = Set.of("proxy", "bypass", "no", "local", "internal",
            "dev", "development", "test", "testing", "loopback");

    /**
     * The finding on a list of domains that holds nothing but loopback ({@code DOMAINS=localhost}, the names a
     * stack's proxy serves and requests certificates for): with no real domain beside it, no name of the production
     * site is listed, and whoever is sent to the one listed reaches their own machine (forty-seventh pass). A list that
     * keeps loopback beside real domains is {@link #domainList}'s development convenience, and a bind address
     * ({@code 0.0.0.0}) is not read.
     */
    private static @Nullable Finding onlyLoopbackDomains(Setting setting, List<String> words, String value,
            EndpointJudge judge) {
        if (value.isEmpty() || value.length() > 253 || value.indexOf('$') >= 0 || value.indexOf('/') >= 0
                || (value.charAt(0) | 0x20) != 'l' && value.charAt(0) != '1' && value.charAt(0) != '[') {
            return null;
        }
        for (String word : words) {
            if (LOOPBACK_LIST_WORDS.contains(word)) {
                return null;
            }
        }
        String first = null;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c != ',' && c != ';' && c != ' ' && c != '\t') {
                continue;
            }
            String item = Hosts.withoutPort(HostAllowLists.trimmed(value, start, i)).toLowerCase(Locale.ROOT);
            start = i + 1;
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals("0.0.0.0") || item.equals("::") || !Hosts.isLoopback(item)) {
                return null;
            }
            if (first == null) {
                first = item;
            }
        }
        return first == null ? null : publicLoopback(setting, first, judge);
    }

    /**
     * Words of a list of domains a service refuses ({@code SPAM_DOMAINS=example.com, baddomain.com},
     * {@code BLOCKED_EMAIL_DOMAINS}): there a reserved domain is data, the kind of address to turn away.
     */
    private static final Set<String> REFUSING_WORDS = Set.of("spam", "block", "blocked", "blocklist", "blacklist",
            "blacklisted", "deny", "denied", "denylist", "ban", "banned", "disposable", "exclude", "excluded", "ignore",
            "ignored", "reject", "rejected", "forbidden", "disallowed");

    private static final Set<String> LIST_ENDINGS = Set.of("hosts", "hostnames", "domains", "ips", "addresses",
            "urls", "list");

    /**
     * Whether a key names a list of hosts the service turns away ({@code insertDocumentBlockedHosts=localhost},
     * BigBlueButton's hosts a presentation may not be fetched from; {@code DENIED_HOSTS}, {@code blacklist.domains}):
     * loopback there is the safe entry, not an endpoint the service calls. The key must end in a word of a list, so
     * {@code BLOCK_EXPLORER_URL} stays an endpoint.
     *
     * @param words the key's lower-case words
     * @return whether the key lists refused hosts
     */
    static boolean namesRefusedHosts(List<String> words) {
        return !words.isEmpty() && LIST_ENDINGS.contains(words.get(words.size() - 1)) && refusedDomains(words);
    }

    private static boolean refusedDomains(List<String> words) {
        for (String word : words) {
            if (REFUSING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finding on template text under a domain key ({@code paypal.domain=domain}, prose describing the value),
     * whatever else the value holds.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return the finding, or {@code null} when the key is no domain key or the value may be a host
     */
    static @Nullable Finding templateDomain(Setting setting, String value) {
        String key = SandboxKey.itemKey(setting.key());
        if (value.length() > 253 || !SandboxKey.endsWithDestinationWord(key)) {
            return null;
        }
        List<String> written = KeyWords.of(key);
        if (value.indexOf(' ') >= 0 && namesSiteAddress(written)) {
            return null;
        }
        List<String> words = destinationWords(written);
        return words.isEmpty() || !DOMAIN_WORDS.contains(words.get(words.size() - 1)) ? null
                : DomainValues.template(setting, words, value);
    }

    /**
     * The finding on a DNS zone key that holds a reserved or template domain ({@code db_hosted_zone=db.example.com},
     * {@code DNS_ZONE=example.test}, {@code route53_zone_name=yourdomain.com}): records are created in that zone for
     * others to resolve, and nobody can own it. A key names a zone when its last word is {@code zone} after
     * {@code hosted}, {@code dns}, {@code domain}, {@code route53} or {@code cloudflare}, or when it ends in
     * {@code zone name} and also says {@code dns}, {@code hosted} or one of those providers; a time zone or an
     * availability zone ({@code TIME_ZONE_NAME}, {@code availability_zone}) is not one. Other verdicts on the name are
     * left alone: a company's own zone may hold any word.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param judge the endpoint judge
     * @return the finding, or {@code null} when the key names no DNS zone or the zone is an ordinary domain
     */
    static @Nullable Finding zone(Setting setting, String value, EndpointJudge judge) {
        String key = setting.key();
        if (!(AsciiCase.endsWith(key, "zone") || AsciiCase.endsWith(key, "name") && AsciiCase.contains(key, "zone"))
                || value.length() > 254 || value.indexOf('.') <= 0) {
            return null;
        }
        if (!namesDnsZone(KeyWords.of(key))) {
            return null;
        }
        String name = value.charAt(value.length() - 1) == '.' ? value.substring(0, value.length() - 1) : value;
        Endpoint endpoint = Endpoint.parse(name, true).orElse(null);
        if (endpoint == null || endpoint.scheme() != null || !endpoint.path().isEmpty()) {
            return null;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        return verdict.kind() == EndpointJudge.Kind.RESERVED
                ? SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict) : null;
    }

    /**
     * The finding on a container image registry key that holds a reserved or template host
     * ({@code global.imageRegistry=your-registry.example.com}, {@code image.registry=registry.example.com/team},
     * {@code DOCKER_REGISTRY=your-registry.com}): production's images are pulled from there, and nobody can own it;
     * so is a real registry whose namespace is template text ({@code REGISTRY=registry.aliyuncs.com/your-namespace},
     * {@code DOCKER_REGISTRY=ghcr.io/your_username}), which pulls nothing the deployment pushed. A
     * key names a registry when its last word is {@code registry}, and an image when its last word is {@code image} or
     * its last two are {@code image repository} (the image's first segment is its registry when it has a dot:
     * {@code app.image.repository=registry.cn-hangzhou.aliyuncs.com/your-org/app}); the value is a bare host, with an
     * optional port and path, not a URL (a URL is read by the URL rules), nor a run-time expression. Other verdicts on the host are left alone: a registry on a
     * private or local name is a team's own.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param judge the endpoint judge
     * @return the finding, or {@code null} when the key names no registry or the registry host is an ordinary one
     */
    static @Nullable Finding registry(Setting setting, String value, EndpointJudge judge) {
        String key = setting.key();
        if (!(AsciiCase.endsWith(key, "registry") || AsciiCase.endsWith(key, "repository")
                || AsciiCase.endsWith(key, "image")) || value.length() < 4 || value.length() > 300
                || value.indexOf('.') == 0 || value.indexOf("://") >= 0 || value.indexOf('$') >= 0
                || value.indexOf('{') >= 0 || value.indexOf('<') >= 0) {
            return null;
        }
        int slash = value.indexOf('/');
        int dot = value.indexOf('.');
        if (dot < 0 && slash < 0) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !namesRegistryOrImage(words)) {
            return null;
        }
        if (slash > 0 && (dot < 0 || dot > slash) && value.lastIndexOf(':', slash) < 0
                && !words.get(words.size() - 1).equals("registry")) {
            return hubNamespace(setting, value, slash);
        }
        if (dot < 0) {
            return null;
        }
        if (slash < 0 && !words.get(words.size() - 1).equals("registry")) {
            return null; // an image named by its registry's host has a path; logo.png or test.jpg is a file
        }
        String host = Hosts.withoutPort(slash < 0 ? value : value.substring(0, slash));
        Endpoint endpoint = host.indexOf('.') <= 0 ? null : Endpoint.parse(host, true).orElse(null);
        if (endpoint == null || endpoint.scheme() != null) {
            return null;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        if (verdict.kind() != EndpointJudge.Kind.RESERVED && slash > 0) {
            String template = HostNames.templateInPath(value.substring(slash));
            verdict = template == null ? verdict : new EndpointJudge.Verdict(EndpointJudge.Kind.RESERVED, null,
                    template + " (the registry's namespace)");
        }
        return verdict.kind() == EndpointJudge.Kind.RESERVED
                ? SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict) : null;
    }

    /**
     * An image named without a registry host ({@code your-user/shop-api:1.2}, Docker Hub's {@code namespace/name}: a
     * first segment with no dot or colon is no host) whose namespace is template text (forty-fifth pass): the image is
     * pulled from Docker Hub under an account nobody filled in, as {@code docker.io/your-user/shop-api} already read.
     * Official and ordinary namespaces ({@code library/postgres}, {@code bitnami/redis}) and {@code localhost/…} are
     * left alone.
     */
    private static @Nullable Finding hubNamespace(Setting setting, String value, int slash) {
        if (value.regionMatches(true, 0, "localhost", 0, slash) && slash == "localhost".length()) {
            return null;
        }
        String template = HostNames.templateInPath("/" + value);
        if (template == null) {
            return null;
        }
        Endpoint hub = Endpoint.parse(DOCKER_HUB, true).orElse(null);
        return hub == null ? null : SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, hub,
                new EndpointJudge.Verdict(EndpointJudge.Kind.RESERVED, null, template + " (the image's namespace)"));
    }

    private static final String DOCKER_HUB = "docker.io";

    /**
     * A registry key ({@code DOCKER_REGISTRY}, {@code global.imageRegistry}), or an image reference's
     * ({@code image.repository} of a Helm chart's values, {@code app.image.repository}, {@code APP_IMAGE}), whose value
     * starts with the registry's host when it names one ({@code registry.cn-hangzhou.aliyuncs.com/your-org/app}).
     * A source repository's key ({@code git.repository}) is not one.
     */
    private static boolean namesRegistryOrImage(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        return last.equals("registry") || last.equals("image")
                || last.equals("repository") && size >= 2 && words.get(size - 2).equals("image");
    }

    private static final Set<String> ZONE_QUALIFIERS = Set.of("hosted", "dns", "domain", "route53", "cloudflare");

    private static boolean namesDnsZone(List<String> words) {
        int size = words.size();
        if (size >= 2 && words.get(size - 1).equals("zone")) {
            return ZONE_QUALIFIERS.contains(words.get(size - 2));
        }
        if (size < 3 || !words.get(size - 1).equals("name") || !words.get(size - 2).equals("zone")) {
            return false;
        }
        for (String word : words.subList(0, size - 2)) {
            if (ZONE_QUALIFIERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key's words with a public name's compound last word joined: {@code SERVER_NAME} is a {@code servername},
     * and {@code ..._DOMAIN_SUFFIX} (the suffix of per-tenant host names) and {@code DOMAIN_NAME} are a
     * {@code domain}; Compose's glued {@code DOMAINNAME} is one too. A site address ({@code SITE_ADDRESS}, Caddy's word
     * for the name it serves and gets a certificate for) is a {@code domain} as well.
     */
    private static List<String> destinationWords(List<String> allWords) {
        List<String> words = withoutAddressAlternative(allWords);
        int size = words.size();
        if (size < 2) {
            return gluedDomain(words);
        }
        if (words.get(size - 1).equals("name") && words.get(size - 2).equals("dns")) {
            List<String> joined = new ArrayList<>(words.subList(0, size - 2));
            joined.add("domainname");
            return joined;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if ((last.equals("suffix") || last.equals("name")) && before.equals("domain")) {
            return words.subList(0, size - 1);
        }
        if (last.equals("name") && before.equals("server")) {
            List<String> joined = new ArrayList<>(words.subList(0, size - 2));
            joined.add("servername");
            return joined;
        }
        if (namesSiteAddress(words)) {
            // a site address (SITE_ADDRESS, general.site_address) is the site's domain
            List<String> joined = new ArrayList<>(words.subList(0, size - 1));
            joined.add("domain");
            return joined;
        }
        return gluedDomain(words);
    }

    private static final String DOMAIN = "domain";
    /** The shortest head glued to {@code domain} that names whose domain it is ({@code web}, {@code cookie}). */
    private static final int SHORTEST_DOMAIN_HEAD = 3;
    /**
     * Heads glued to {@code domain} that make no domain of the service's own: a {@code subdomain} is one label
     * ({@code SUBDOMAIN=n8n}), not a name anybody resolves.
     */
    private static final Set<String> NOT_DOMAIN_HEADS = Set.of("sub");

    /**
     * The key's words with a last word that glues a qualifier to {@code domain} cut in two: {@code cookiedomain} (a
     * PHP site's {@code $cookiedomain}) is {@code cookie} and {@code domain}, ZITADEL's {@code ZITADEL_EXTERNALDOMAIN}
     * (in capitals, where no case change marks the word) {@code external} and {@code domain}, as {@code cookieDomain}
     * and {@code ExternalDomain} are already cut (forty-seventh pass). Keys that fail the last-letter test pay nothing.
     */
    static List<String> gluedDomain(List<String> words) {
        int size = words.size();
        String last = size == 0 ? "" : words.get(size - 1);
        int head = last.length() - DOMAIN.length();
        if (head < SHORTEST_DOMAIN_HEAD || last.charAt(last.length() - 1) != 'n' || !last.endsWith(DOMAIN)) {
            return words;
        }
        String qualifier = last.substring(0, head);
        for (int i = 0; i < head; i++) {
            char c = qualifier.charAt(i);
            if (c < 'a' || c > 'z') {
                return words;
            }
        }
        if (NOT_DOMAIN_HEADS.contains(qualifier)) {
            return words;
        }
        List<String> cut = new ArrayList<>(size + 1);
        cut.addAll(words.subList(0, size - 1));
        cut.add(qualifier);
        cut.add(DOMAIN);
        return cut;
    }

    /**
     * Whether the last two words are {@code site address}: the name a site is served under (Caddy's word for it, the
     * {@code SITE_ADDRESS} a Caddyfile reads as {@code {$SITE_ADDRESS}}), so a domain, not a postal address.
     */
    private static boolean namesSiteAddress(List<String> words) {
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("address") && words.get(size - 2).equals("site");
    }

    /**
     * The key's words without a trailing alternative of an address ({@code ESHOP_EXTERNAL_DNS_NAME_OR_IP},
     * {@code PUBLIC_HOSTNAME_OR_IP_ADDRESS}): the key names what comes before it, and a DNS name there
     * ({@code dns name}) is the public domain.
     */
    private static List<String> withoutAddressAlternative(List<String> words) {
        int size = words.size();
        int or = words.lastIndexOf("or");
        if (or < 1 || or < size - 3) {
            return words;
        }
        List<String> tail = words.subList(or + 1, size);
        boolean address = tail.equals(List.of("ip")) || tail.equals(List.of("ip", "address"))
                || tail.equals(List.of("ip", "addr")) || tail.equals(List.of("address"));
        return address ? words.subList(0, or) : words;
    }

    /** A cookie domain or host suffix ({@code .example.com}) covers the name after its leading dot. */
    private static String withoutLeadingDot(String value) {
        return value.length() > 1 && value.charAt(0) == '.' && value.charAt(1) != '.' ? value.substring(1) : value;
    }

    /** Whether a key word names a directory or name-service domain ({@link #DIRECTORY_WORDS}). */
    static boolean anyDirectoryWord(List<String> words) {
        for (String word : words) {
            if (DIRECTORY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }


    private static boolean anyMailWord(List<String> words) {
        for (String word : words) {
            if (MAIL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A bare single-label host ({@code mailhog}, {@code smtp_relay}) as an endpoint, or {@code null} for anything else. */
    static @Nullable Endpoint singleLabel(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 63 || !lower.chars().allMatch(c -> (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            return null;
        }
        return new Endpoint(null, lower, -1, "");
    }
}

package dev.readiness.gates.sandbox;

import static dev.readiness.gates.internal.WordSets.containsAny;
import static dev.readiness.gates.internal.WordSets.union;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.StandInWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a host's name says about its environment, from {@link ModeWords}: a mode word as a label or a
 * dash-part ({@code api.sandbox.vendor.io}, {@code orders-stg.myco.com}), a mode word with an environment number
 * ({@code api-qa2}), a mode word glued to a product word ({@code sandboxapi}, {@code paymentstest}), a public
 * blockchain test network ({@code eth-sepolia.g.alchemy.com}), a development mail catcher ({@code mailpit}), a
 * template name ({@code your-domain}, {@code api.yourdomain.com}, {@code s3.test.com}) or a wildcard-DNS name that
 * resolves to loopback ({@code app.127.0.0.1.nip.io}, {@code lvh.me}, Open edX Tutor's {@code local.overhang.io} and
 * {@code local.openedx.io}, ingress-nginx's {@code localdev.me}, each documented by its project as pointing at
 * 127.0.0.1). Words that merely contain the letters
 * ({@code contest}, {@code latest}, {@code devices}, {@code codesandbox}, {@code testflight}) never match.
 */
final class HostNames {

    /** What a name says, and the word or name that says it. */
    record Reading(EndpointJudge.Kind kind, String detail) {
    }

    /**
     * Generic top-level domains that public services' names, and templates' stand-ins for them, commonly end in; a
     * file's extension or a package's word is none. With a country's two letters, what {@link PlainHttpAddresses} and
     * {@link TemplateHostValues} take for a public DNS name.
     */
    static final Set<String> GENERIC_TOP_LEVELS = Set.of("com", "net", "org", "io", "co", "dev", "app", "info", "biz",
            "edu", "gov", "xyz", "cloud", "online", "site", "tech", "social", "space", "club", "pro", "page", "blog",
            "website", "live", "world", "network", "systems", "solutions", "digital", "email", "academy", "asia", "top",
            "store", "shop", "work", "one", "link", "zone", "studio", "media", "news", "africa");

    private static final Set<String> TEMPLATE_NOUNS = Set.of("domain", "site", "app", "server", "company", "host",
            "project", "org", "tenant", "instance", "name", "bucket", "store", "shop", "api", "url", "website",
            "region", "account", "service", "backend", "frontend", "username", "user", "organization", "organisation",
            "repo", "repository", "team", "workspace");
    private static final String[] LOOPBACK_DOMAINS = {"localtest.me", "lvh.me", "vcap.me", "lacolhost.com", "fuf.me",
        "localhost.direct", "localho.st", "local.gd", "local.overhang.io", "local.openedx.io", "localdev.me"};
    /**
     * {@link #LOOPBACK_DOMAINS} grouped by their last label ({@code me}, {@code com}, …), each group's label first: a
     * host equal to or under one of them ends in its last label, so a host is compared only with its own group.
     */
    private static final String[][] LOOPBACK_DOMAINS_BY_LAST_LABEL = byLastLabel(LOOPBACK_DOMAINS);
    private static final String LOOPBACK_OR_IP_DOMAIN = "traefik.me";
    private static final String EMULATOR_DOMAIN = "localstack.cloud";
    private static final String[] IP_DOMAINS = {"nip.io", "sslip.io", "xip.io"};
    private static final Set<String> GENERATED_TENANT_WORDS = Set.of("dev", "demo");
    private static final String[] GLUED_WORDS = ModeWords.GLUED_HOST_WORDS.toArray(new String[0]);
    private static final int LONGEST_MODE_WORD = longest(ModeWords.HOST_WORDS);

    private HostNames() {
    }

    /** The length of the longest word, 0 for none; a loop, as class initialisation runs in every cold boot. */
    static int longest(java.util.Collection<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /**
     * The template domain a host belongs to ({@code s3.test.com}, {@code mail.yourdomain.com}), or a label that
     * reads as template text ({@code your-vercel-domain}, {@code my-server-url-to-change}, {@code xxx}, and a
     * registrable name with an underscore inside, {@code project_name.com}: no registry delegates one, so it is a
     * variable's name left in; a service name such as {@code redis_cache} has no public suffix and is not read here),
     * or two labels in a row that are only x ({@code ldap.x.x.com}: the company's name masked letter by letter, as
     * {@code x.x.x.x} masks an address; thirty-eighth pass). One such label ({@code x.com}) is a real name.
     */
    static @Nullable String template(String host, int registrable, int labels) {
        if (!mayHoldTemplate(host) || servicesNamedYour(host)) {
            return null;
        }
        int start = 0;
        boolean previousX = false;
        for (int label = 0; label < labels - 1 || (labels == 1 && label == 0); label++) {
            int end = host.indexOf('.', start);
            if (end < 0) {
                end = host.length();
            }
            String text = host.substring(start, end);
            boolean onlyX = !text.isEmpty() && onlyX(text);
            if (onlyX && previousX) {
                return "template text in its name";
            }
            previousX = onlyX;
            if (label == 0 && labels >= 3 && text.equals("your")
                    || label == 0 && labels >= 2 && StandInWords.STAND_IN_HOST_LABELS.contains(text)) {
                return "template text in its name";
            }
            if (label == registrable
                    && (StandInWords.TEMPLATE_DOMAINS.contains(text) || exampleGlued(text) || madeUpName(text)
                            || misspeltExample(text) || fillerName(text, host) || dashedMyName(text, host)
                            || (StandInWords.STAND_IN_COM_DOMAINS.contains(text) || registrable > 0 && ownBusiness(text))
                                    && end + 4 == host.length() && host.endsWith(".com"))) {
                return "the template domain " + host.substring(start);
            }
            if (label == registrable && labels > 1 && text.indexOf('_') > 0) {
                return "template text in its name";
            }
            if (documentationCompany(text)) {
                return "a documentation company's name (" + text + ")";
            }
            if (templateLabel(text) || text.startsWith(YOUR_WORD) || foreignYour(text)
                    || StandInWords.FOREIGN_YOUR_PLACES.contains(text)) {
                return "template text in its name";
            }
            start = end + 1;
        }
        if (labels > 1) {
            // No top-level domain has an underscore or a dash outside IDN's xn--: such a last label is text.
            String last = host.substring(host.lastIndexOf('.') + 1);
            if ((last.indexOf('_') >= 0 || last.indexOf('-') >= 0 && !last.startsWith("xn--")) && templateLabel(last)) {
                return "template text in its name";
            }
            // No top-level domain is the word for one: your.domain, app.example.tld name the gap left to fill, as
            // base.address and mail.hostname do (forty-fourth pass; .host is a real one).
            if (last.equals("domain") || last.equals("tld") || last.equals("address") || last.equals("hostname")
                    || last.equals("addr")) {
                return "template text in its name";
            }
        }
        return null;
    }

    /**
     * Whether a URL's host ends in a word for an address where its top-level domain should be
     * ({@code https://public-app.url/}, {@code http://bucket.zone.endpoint/}): no top-level domain is called so, and
     * the sample names the gap to fill. Read only in a URL with a scheme: a bare {@code schema.registry.url} or
     * {@code spring.datasource.url} is a property's name held as a value.
     *
     * @param host a URL's lower-case host
     * @return {@code true} for such a host
     */
    static boolean addressWordTopLevel(String host) {
        return host.length() > 4 && (host.endsWith(".url") || host.endsWith(".uri"))
                || host.length() > 9 && host.endsWith(".endpoint");
    }

    /**
     * What a sample calls the reader's own business after {@code my} before {@code .com}: {@code my-shop.com},
     * {@code mybusiness.com}. Not {@code company}: {@code app.mycompany.com} is this project's own stand-in for a
     * real production domain in its tests since the sixteenth pass, and a user's real domain in many examples.
     */
    private static final Set<String> BUSINESS_WORDS = Set.of("shop", "store", "business", "org", "organization",
            "organisation", "corp", "enterprise");

    /**
     * Whether a registrable label before {@code .com} is the reader's own business in a sample's words (fortieth
     * pass): {@code company}, or {@code my} glued or dashed before a word for one ({@code my-shop},
     * {@code mybusiness}; not {@code mycompany}, see {@link #BUSINESS_WORDS}), with a host named below it: {@code java-app.company.com} in a production chart's ingress, a
     * shop starter's {@code https://www.my-shop.com/assets/}. The domain alone is left: an OpenLDAP image's
     * {@code LDAP_DOMAIN=mycompany.com} names a directory's naming context, which nobody resolves, and an
     * organisation may keep the sample's. A real business's name holds more than the word
     * ({@code acme-shop.com}, {@code companyhouse.com}, {@code mystorefront.com}), and under other top-level domains
     * ({@code mycompany.net}, a directory's example login) the label is not read.
     */
    static boolean ownBusiness(String label) {
        if (label.equals("company")) {
            return true;
        }
        if (label.length() < 5 || !label.startsWith("my")) {
            return false;
        }
        int from = label.charAt(2) == '-' || label.charAt(2) == '_' ? 3 : 2;
        return BUSINESS_WORDS.contains(label.substring(from));
    }

    /** Words that fill a name where none was given: {@code empty.com}, {@code some.host}, {@code any-url}. */
    private static final Set<String> FILLER_WORDS = Set.of("empty", "blank", "none", "null", "nothing", "any",
            "anything", "some", "something", "whatever", "localhost");
    /** The kind of address a filler name stands for: {@code any-url}, {@code some-host}, {@code empty-domain}. */
    private static final Set<String> ADDRESS_ROLES = Set.of("url", "uri", "endpoint", "host", "hostname", "domain",
            "server", "site", "website", "address");
    private static final String ENDPOINT = "endpoint";
    /** The top-level domain that is the word for a host: {@code some.host}. */
    private static final String HOST_TOP_LEVEL = "host";

    /**
     * Whether a registrable label under a generic top-level domain ({@link #GENERIC_TOP_LEVELS}, or {@code .host})
     * is filler made up in place of a real name (thirty-ninth pass): a word that says there is none or any
     * ({@code empty.com}, {@code some.host}, {@code localhost.com}), such a word among dash parts ending in the kind
     * of address asked for ({@code aws-cognito-any-url.com}, {@code some-host.io}), or a word glued or dashed before
     * {@code endpoint} ({@code openaiendpoint.com}: the role of the setting, not a company's name). Real names that
     * hold such letters inside other words ({@code anywhere.com}, {@code someday.io}, {@code nullstone.io}), a filler
     * word before another noun ({@code any-api.com}) and other top-level domains ({@code any.run}) are left alone.
     */
    static boolean fillerName(String label, String host) {
        String top = host.substring(host.lastIndexOf('.') + 1);
        if (!GENERIC_TOP_LEVELS.contains(top) && !top.equals(HOST_TOP_LEVEL)) {
            return false;
        }
        if (FILLER_WORDS.contains(label)) {
            return true;
        }
        int dash = label.lastIndexOf('-');
        String last = dash < 0 ? label : label.substring(dash + 1);
        if (dash > 0 && ADDRESS_ROLES.contains(last)) {
            int from = 0;
            while (from < dash) {
                int next = label.indexOf('-', from);
                if (FILLER_WORDS.contains(label.substring(from, next))) {
                    return true;
                }
                from = next + 1;
            }
        }
        int before = dash < 0 ? label.length() - ENDPOINT.length() : dash;
        return last.endsWith(ENDPOINT) && (dash > 0 ? last.equals(ENDPOINT) && dash >= 3 : before >= 3)
                && onlyLetters(label, 0, label.length());
    }

    private static boolean onlyLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The words {@link #mayBeFiller} looks for at the start of a label or a dash part. */
    private static final String[] FILLER_STARTS = {"empty", "some", "any", "none", "null", "nothing", "blank",
        "localhost.", "whatever"};

    /**
     * {@link #fillerName}'s first test in place, without allocating: the host holds {@code endpoint}, or a filler
     * word where a label or a dash part starts. Letters inside words ({@code company}, {@code anonymous}) do not
     * pass, so most hosts skip the template reading as before.
     */
    private static boolean mayBeFiller(String host) {
        if (host.indexOf(ENDPOINT) >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c == 'e' || c == 's' || c == 'a' || c == 'n' || c == 'b' || c == 'l' || c == 'w')
                    && (i == 0 || host.charAt(i - 1) == '.' || host.charAt(i - 1) == '-')) {
                for (String start : FILLER_STARTS) {
                    if (host.startsWith(start, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a registrable label is {@code example} mistyped by one letter: two letters swapped, one left out, added or
     * replaced ({@code exapmle.com}, {@code exmaple.org}, {@code examle.com}; thirty-eighth pass). The reserved name
     * was meant and no one registers the typo for a service.
     */
    static boolean misspeltExample(String label) {
        int length = label.length();
        if (length < 6 || length > 8 || label.equals("example") || label.charAt(0) != 'e') {
            return false;
        }
        String word = "example";
        if (length == 7) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < 7; i++) {
                if (label.charAt(i) != word.charAt(i)) {
                    if (differences == 0) {
                        first = i;
                    }
                    differences++;
                }
            }
            return differences == 1 || differences == 2 && first < 6 && label.charAt(first) == word.charAt(first + 1)
                    && label.charAt(first + 1) == word.charAt(first) && label.regionMatches(first + 2, word, first + 2,
                            5 - first);
        }
        String longer = length == 8 ? label : word;
        String shorter = length == 8 ? word : label;
        for (int skip = 0; skip < longer.length(); skip++) {
            if (longer.regionMatches(0, shorter, 0, skip)
                    && longer.regionMatches(skip + 1, shorter, skip, shorter.length() - skip)) {
                return !label.equals("examples");
            }
        }
        return false;
    }

    /**
     * Whether a label names one of the companies Microsoft's documentation invents ({@code contoso.onmicrosoft.com},
     * {@code fabrikamb2c.b2clogin.com}, {@code contoso.sharepoint.com}): sample tenants that stand for the reader's
     * own, as {@code example.com} does.
     */
    static boolean documentationCompany(String label) {
        for (String company : DOCUMENTATION_COMPANIES) {
            if (label.startsWith(company)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] DOCUMENTATION_COMPANIES = {"contoso", "fabrikam"};

    /**
     * Whether a customer-chosen label reads as template text: {@code example}, {@code sample}, {@code tenant} and the
     * like, a {@code my…}/{@code your…} name ({@link #madeUpName}), a template label ({@code your-tenant}), "your
     * project" in another language ({@code seu-projeto}, {@link StandInWords#FOREIGN_YOUR_PLACES}) or a
     * documentation company ({@code contoso}). The first label of a provider's account host ({@code example.auth0.com},
     * {@code mystore.myshopify.com}) is such a label.
     *
     * @param label a lower-case host label
     * @return whether it is template text
     */
    static boolean templateTenant(String label) {
        return TEMPLATE_TENANTS.contains(label) || madeUpName(label) || templateLabel(label)
                || documentationCompany(label) || label.startsWith(YOUR_WORD)
                || StandInWords.FOREIGN_YOUR_PLACES.contains(label);
    }

    private static final Set<String> TEMPLATE_TENANTS = Set.of("example", "examples", "sample", "samples", "tenant",
            "not-provided", "notprovided", "your", "yours", "my", "mine", "foo", "foobar");

    /** Words that open a made-up name: the reader's own ({@code mysmtphost}, {@code yourprovider}). */
    private static final String[] MADE_UP_HEADS = StandInWords.MADE_UP_HEADS.toArray(new String[0]);
    /**
     * The last words of a made-up {@code my…} name: the kind of host the template asks for ({@code mysmtphost},
     * {@code mydomain}, {@code mymailserver}, and the DNS words {@code mydnsname} and {@code myfqdn}, Koha's
     * {@code .myDNSname.org}; forty-fifth pass: {@code mydns} alone is a real provider's). Narrower than after {@code your}: {@code myapp}, {@code mycompany} or
     * {@code mystore} also name real products and stand for a real domain in examples ({@code app.mycompany.com}).
     */
    private static final Set<String> MY_ENDINGS = Set.of("domain", "host", "hostname", "server", "site", "website",
            "provider", "endpoint", "subdomain", "mailserver", "smtpserver", "webserver", "tenant", "dnsname", "fqdn");
    /** Words a made-up name may hold before its last word ({@code my}+{@code smtp}+{@code host}). */
    private static final Set<String> MADE_UP_MODIFIERS = Set.of("smtp", "mail", "email", "imap", "api", "web", "app",
            "auth", "db", "sso", "cdn", "s3", "storage", "cloud", "test", "dev");
    /** The last word of a made-up name: what the reader is to put there ({@code …host}, {@code …domain}). */
    private static final Set<String> MADE_UP_ENDINGS = union(TEMPLATE_NOUNS, Set.of("provider", "endpoint", "hostname",
            "server", "tenant", "site", "website", "webserver", "mailserver", "smtpserver", "subdomain", "dnsname",
            "fqdn"));
    private static final int LONGEST_MADE_UP = 40;

    /**
     * Whether a label is a made-up name a template glues together: {@code my} or {@code your}, then at most two words
     * such as {@code smtp} or {@code api}, then a word for what belongs there ({@code mysmtphost}, {@code mydomain},
     * {@code yourprovider}, {@code yourapp}, {@code my-mail-server}). A brand that merely starts with the letters
     * ({@code mybank}, {@code myshopify}, {@code mysql}, {@code myheritage}) ends in no such word.
     */
    static boolean madeUpName(String label) {
        if (label.length() < 4 || label.length() > LONGEST_MADE_UP || label.charAt(0) != 'm' && label.charAt(0) != 'y') {
            return false;
        }
        for (String head : MADE_UP_HEADS) {
            if (label.startsWith(head)) {
                int from = head.length();
                if (from < label.length() && (label.charAt(from) == '-' || label.charAt(from) == '_')) {
                    from++;
                }
                return madeUpRest(label, from, 0, head.equals("my") ? MY_ENDINGS : MADE_UP_ENDINGS);
            }
        }
        return false;
    }

    private static final String MY_DASH = "my-";
    private static final String COMPANY = "company";
    private static final int MOST_DASHED_WORDS = 3;

    /**
     * Whether a registrable label under a generic top-level domain ({@link #GENERIC_TOP_LEVELS}) is {@code my}, a dash,
     * then one to three dashed words (forty-second pass): {@code my-ghost-blog.com} (the URL a Ghost image ships in
     * its production configuration, set 149), {@code my-errbit-instance.com}, {@code my-host.com}. The dash makes the
     * possessive a word of its own, the reader's: every such domain in the sets is a sample's. Glued names are read
     * by {@link #madeUpName} alone, since brands start so ({@code mybank.com}, {@code myheritage.com}); other
     * top-level domains ({@code my-company.de}) and words with digits or more dashes are left, and so is
     * {@code my-company.com}, for the reason {@link #ownBusiness} leaves {@code mycompany}: this project's tests use it
     * as a real production domain, and users' examples do too.
     */
    static boolean dashedMyName(String label, String host) {
        if (label.length() <= MY_DASH.length() + 1 || !label.startsWith(MY_DASH)
                || label.regionMatches(MY_DASH.length(), COMPANY, 0, COMPANY.length())
                        && label.length() == MY_DASH.length() + COMPANY.length()) {
            return false;
        }
        String top = host.substring(host.lastIndexOf('.') + 1);
        if (!GENERIC_TOP_LEVELS.contains(top)) {
            return false;
        }
        int words = 1;
        int wordStart = MY_DASH.length();
        for (int i = MY_DASH.length(); i <= label.length(); i++) {
            char c = i < label.length() ? label.charAt(i) : '-';
            if (c == '-') {
                if (i - wordStart < 2 || i < label.length() && ++words > MOST_DASHED_WORDS) {
                    return false;
                }
                wordStart = i + 1;
            } else if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean madeUpRest(String label, int from, int modifiers, Set<String> endings) {
        if (from >= label.length()) {
            return false;
        }
        if (endings.contains(label.substring(from))) {
            return true;
        }
        if (modifiers == 2) {
            return false;
        }
        for (String modifier : MADE_UP_MODIFIERS) {
            if (label.startsWith(modifier, from)) {
                int next = from + modifier.length();
                if (next < label.length() && (label.charAt(next) == '-' || label.charAt(next) == '_')) {
                    next++;
                }
                if (madeUpRest(label, next, modifiers + 1, endings)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String EXAMPLE = "example";
    private static final int LONGEST_EXAMPLE_SUFFIX = 12;

    /**
     * The word "example" in the languages whose documentation writes its own example domains with it
     * ({@code beispiel.de}, {@code exemple.fr}, {@code ejemplo.com}, {@code esempio.it}, {@code exemplo.com.br},
     * {@code voorbeeld.nl}, {@code ornekdomain.com}, {@code przyklad.pl}, {@code exempel.se}, {@code eksempel.no}):
     * such a registrable label stands for the reader's own domain as {@code example.com} does, alone or glued to a
     * short word.
     */
    private static final String[] FOREIGN_EXAMPLES = {"beispiel", "exemple", "ejemplo", "esempio", "exemplo",
        "voorbeeld", "ornek", "przyklad", "exempel", "eksempel"};

    /**
     * Whether a registrable label is {@code example} glued to a short product word or number
     * ({@code examplepod.com}, {@code example1.com}, {@code exampleapp.io}), or another language's word for it, alone
     * or glued ({@code beispiel.de}, {@code ornekdomain.com}): a template's stand-in for the reader's own domain, like
     * {@code example.com}. Letters and digits only; {@code examplify} does not start with the word.
     */
    private static boolean exampleGlued(String label) {
        if (gluedTo(label, EXAMPLE, 1)) {
            return true;
        }
        for (String example : FOREIGN_EXAMPLES) {
            if (gluedTo(label, example, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean gluedTo(String label, String word, int shortestRest) {
        int rest = label.length() - word.length();
        if (rest < shortestRest || rest > LONGEST_EXAMPLE_SUFFIX || !label.startsWith(word)) {
            return false;
        }
        for (int i = word.length(); i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Template text in a URL's path, where the value was left for the reader to fill in: a segment that is only an
     * ellipsis ({@code https://billing.stripe.com/...}, {@code https://api.example/.../v1}), a segment in angle
     * brackets ({@code /v2/<api-key>}), a {@code your-…} phrase ({@code /v3/your-api-key}, {@code /YOUR_PROJECT_ID})
     * a {@code replace-me} phrase, or a first segment masked with x ({@code https://dev.azure.com/XXXXXX}). Path templates filled in at run time ({@code /{client_secret}}), masked ids
     * ({@code /services/T000/B000/XXXX}, which tests and docs pass off as real) and words that merely contain the
     * letters ({@code /yourself}, {@code /placeholder}) are not.
     *
     * @return what the path holds, or {@code null}
     */
    static @Nullable String templateInPath(String path) {
        if (path.length() > MASK_RUN && (path.charAt(1) == 'x' || path.charAt(1) == 'X') && maskedFirstSegment(path)) {
            return "a masked account or organisation as the first segment of its path";
        }
        if (path.length() < 2) {
            return null;
        }
        if (foreignPlaceFirstSegment(path)) {
            return "template text in its path";
        }
        if (path.indexOf("..") < 0 && path.indexOf('…') < 0 && path.indexOf('<') < 0
                && !AsciiCase.contains(path, "you") && !AsciiCase.contains(path, "-me")
                && !AsciiCase.contains(path, "change")) {
            return null;
        }
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(start, end);
            if (isEllipsis(segment)) {
                return "an ellipsis in its path where a value belongs";
            }
            if (bracketedTemplate(segment) || templatePathWord(segment.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
                return "template text in its path";
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * Whether a URL path's first segment is only a run of x ({@code https://dev.azure.com/XXXXXX},
     * {@code https://github.com/xxxxx/repo.git}): hosted services put the account, organisation or group there, and a
     * template masks it. Four at least; a masked id further down ({@code /services/T000/B000/XXXX}) is not read.
     */
    private static boolean maskedFirstSegment(String path) {
        int end = path.indexOf('/', 1);
        if (end < 0) {
            end = path.length();
        }
        if (end - 1 < MASK_RUN) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = path.charAt(i);
            if (c != 'x' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a host holds words in parentheses ({@code https://(Domain Name)/oauth2/callback},
     * {@code (your-server).example.org}): no host name has them, and a reference the shell or Kubernetes fills starts
     * with {@code $}, which the caller has left out.
     */
    private static boolean parenthesisedWords(String host) {
        int open = host.indexOf('(');
        int close = open < 0 ? -1 : host.indexOf(')', open + 2);
        if (close < 0) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name in braces describes the value in words joined by spaces or dashes
     * ({@code {frontend-ip-or-domain}}, {@code {oidc-server-ip-or-domain}}; forty-seventh pass): a URI template's variable or a
     * format string's field has neither, so only a reader was ever meant to fill it.
     */
    private static boolean describedSlot(String name) {
        int separators = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-') {
                if (i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-') {
                    return false;
                }
                separators++;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
                return false;
            }
        }
        return separators >= 2;
    }

    /**
     * Whether a URL's host holds text left to fill in: a part in angle brackets ({@code https://<your-domain>/hook}),
     * or in braces when the name in them is written in capitals, says {@code your}
     * ({@code https://{YOUR_INSTANCE_NAME}.supabase.co}) or is a description in words ({@link #describedSlot}). A
     * lower-case {@code {tenant}} is left alone: code expands such URI templates at run time. {@code ${…}} is a
     * reference, not template text.
     */
    static boolean fillInTemplate(String host) {
        if (host.length() > 253 || host.indexOf('$') >= 0) {
            return false;
        }
        if (squareBracketTemplate(host) || capitalWordsLabel(host)
                || Hosts.isCapitalFillInUrlHost(host) || Hosts.isCapitalSlotName(host)) {
            return true;
        }
        int open = host.indexOf('<');
        if (open >= 0 && host.indexOf('>', open + 2) > open) {
            return true;
        }
        if (parenthesisedWords(host)) {
            return true;
        }
        open = host.indexOf('{');
        int close = open < 0 ? -1 : host.indexOf('}', open + 2);
        if (close < 0) {
            return false;
        }
        String name = host.substring(open + 1, close).replace("{", "").strip();
        if (name.isEmpty()) {
            return false;
        }
        if (AsciiCase.regionIs(name, 0, "your") || describedSlot(name)) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return letter;
    }

    /**
     * Whether a host written in lower case holds one label of words in capitals joined by {@code -} or {@code _}
     * ({@code https://TU-STAGING.supabase.co}, {@code airbyte.YOUR_DOMAIN.com}, {@code api.PROJECT_REF.workers.dev}):
     * documentation's way of naming the gap in any language. Host names are written in one case; a machine name in
     * capitals carries digits ({@code A01DBVL010.adeo.no}) or stands alone ({@code SQLPROD01}), and neither is read so.
     */
    static boolean capitalWordsLabel(String host) {
        boolean lower = false;
        boolean capitals = false;
        int start = 0;
        while (start < host.length()) {
            int end = host.indexOf('.', start);
            if (end < 0) {
                end = host.length();
            }
            int upper = 0;
            boolean joined = false;
            boolean other = false;
            for (int i = start; i < end; i++) {
                char c = host.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if ((c == '-' || c == '_') && i > start && i < end - 1) {
                    joined = true;
                } else {
                    other = true;
                    lower |= c >= 'a' && c <= 'z';
                }
            }
            capitals |= !other && joined && upper >= 4;
            start = end + 1;
        }
        return capitals && lower;
    }

    /**
     * Whether a URL's authority holds a name in square brackets that no IPv6 literal could be
     * ({@code https://[project-id].supabase.co}, {@code https://[YOUR_DOMAIN]/api}): documentation's way of writing
     * "fill this in". An IPv6 literal holds hexadecimal digits, colons, dots and a zone after {@code %} only; RFC 6570
     * URI templates use braces, so square brackets are never expanded at run time.
     *
     * @param authority the authority, or a host, as written
     * @return {@code true} for such text
     */
    static boolean squareBracketTemplate(String authority) {
        int open = authority.indexOf('[');
        int close = open < 0 ? -1 : authority.indexOf(']', open + 2);
        if (close < 0 || authority.length() > 253) {
            return false;
        }
        boolean word = false;
        for (int i = open + 1; i < close; i++) {
            char c = authority.charAt(i);
            if (c == '%') {
                return false;
            }
            if (c == ':') {
                return false;
            }
            if (c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z' || c == '-' || c == '_') {
                word = true;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.')) {
                return false;
            }
        }
        return word;
    }

    /** Whether a whole value or path segment is text in angle brackets, left to fill in ({@code <server_url>}). */
    static boolean bracketedTemplate(String text) {
        return text.length() > 2 && text.length() <= 253 && text.charAt(0) == '<'
                && text.charAt(text.length() - 1) == '>' && text.indexOf('>') == text.length() - 1;
    }

    private static boolean isEllipsis(String segment) {
        if (segment.equals("…")) {
            return true;
        }
        if (segment.length() < 3) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a path's first segment, where hosted registries and services put the account, organisation or project,
     * is "your project" in another language ({@code gcr.io/tuo-progetto/app}, {@code /seu-projeto/…}: a possessive of
     * {@link StandInWords#FOREIGN_YOUR_PLACES} before a place noun), as {@code your-project} is read (forty-sixth
     * pass). Only the whole segment: a possessive before any other word is a name. A dash two to six characters into
     * the segment comes first, and the words are compared in place.
     */
    private static boolean foreignPlaceFirstSegment(String path) {
        int end = path.indexOf('/', 1);
        if (end < 0) {
            end = path.length();
        }
        int dash = 3;
        while (dash <= 7 && dash < end && path.charAt(dash) != '-' && path.charAt(dash) != '_') {
            dash++;
        }
        return dash <= 7 && dash < end && StandInWords.foreignYourPlaceAt(path, 1, dash, end);
    }

    private static boolean templatePathWord(String word) {
        if (word.startsWith("your-") || word.startsWith("your") && TEMPLATE_NOUNS.contains(word.substring(4))) {
            return true;
        }
        return containsAny(word, StandInWords.TEMPLATE_LABEL_PHRASES);
    }

    /**
     * A cheap pre-test: every template domain and template label holds one of these letter pairs, and a name under
     * {@code .tld} (the word for a top-level domain, read as template text below) ends so, as one under {@code .address},
     * {@code .addr} or {@code .hostname} does.
     */
    /**
     * Real service domains whose registrable label starts as template text does: Hetzner's object storage
     * ({@code fsn1.your-objectstorage.com}), storage boxes ({@code u123456.your-storagebox.de}) and servers
     * ({@code static.1.2.3.4.clients.your-server.de}), from Hetzner's documentation (docs.hetzner.com).
     */
    private static final String[] YOUR_SERVICE_DOMAINS = {"your-objectstorage.com", "your-storagebox.de",
        "your-server.de"};

    /** Whether a host is in one of {@link #YOUR_SERVICE_DOMAINS} (the domain itself or a name under it). */
    private static boolean servicesNamedYour(String host) {
        if (host.indexOf("your-") < 0) {
            return false;
        }
        for (String domain : YOUR_SERVICE_DOMAINS) {
            int at = host.length() - domain.length();
            if (at >= 0 && host.regionMatches(true, at, domain, 0, domain.length())
                    && (at == 0 || host.charAt(at - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldTemplate(String host) {
        return host.indexOf("xx") >= 0 || host.indexOf("x.x") >= 0 || host.indexOf("you") >= 0 || host.indexOf("te") >= 0
                || host.indexOf("ex") >= 0 || host.indexOf("ma") >= 0 || host.indexOf("mp") >= 0
                || host.indexOf("ch") >= 0 || host.indexOf("to") >= 0 || host.indexOf("tb") >= 0
                || host.indexOf("fi") >= 0 || host.indexOf("my") >= 0 || host.indexOf("fab") >= 0
                || host.indexOf("pla") >= 0 || host.indexOf("repl") >= 0 || host.indexOf("fill") >= 0
                || host.indexOf("beisp") >= 0 || host.indexOf("voorb") >= 0 || host.indexOf("ornek") >= 0
                || host.indexOf("przyk") >= 0 || host.indexOf("domi") >= 0 || host.indexOf("dome") >= 0
                || host.indexOf("sitio") >= 0 || host.indexOf("servid") >= 0 || host.indexOf("serveu") >= 0
                || host.indexOf("empres") >= 0 || host.indexOf("entrepr") >= 0 || host.indexOf("abc") >= 0
                || host.indexOf("xyz") >= 0 || host.indexOf("foo") >= 0 || mayBeFiller(host)
                || hasRunOfFive(host) || host.indexOf('_') > 0 || standInFirstLabel(host) || possessiveDash(host)
                || host.endsWith(".address") || host.endsWith(".addr") || host.endsWith(".hostname")
                || host.endsWith(".tld");
    }

    /** A dash two to six characters into a label, where a possessive such as {@code tu-} or {@code votre-} ends. */
    private static boolean possessiveDash(String host) {
        int dash = host.indexOf('-');
        while (dash >= 0) {
            int start = host.lastIndexOf('.', dash) + 1;
            if (dash - start >= 2 && dash - start <= 6) {
                return true;
            }
            dash = host.indexOf('-', dash + 1);
        }
        return false;
    }

    private static boolean standInFirstLabel(String host) {
        int dot = host.indexOf('.');
        if (dot < 4 || dot > 10) {
            return false;
        }
        for (String label : StandInWords.STAND_IN_HOST_LABELS) {
            if (label.length() == dot && host.regionMatches(true, 0, label, 0, dot)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRunOfFive(String host) {
        int run = 1;
        for (int i = 1; i < host.length(); i++) {
            run = host.charAt(i) == host.charAt(i - 1) && host.charAt(i) != '.' ? run + 1 : 1;
            if (run == 5) {
                return true;
            }
        }
        return false;
    }

    /** Whether a single word (a whole value or one label) reads as template text ({@code replace-me}). */
    static boolean templateLabel(String label) {
        if (label.length() >= 3 && onlyX(label) || label.length() >= 5 && oneCharacterRepeated(label)) {
            return true;
        }
        if (label.startsWith("your") && TEMPLATE_NOUNS.contains(label.substring(4))
                || label.startsWith("my") && MY_DOMAIN_NOUNS.contains(label.substring(2))) {
            return true;
        }
        if (label.indexOf('-') < 0) {
            // CHANGE_ME reads as change-me: no host name has an underscore, a template's words may. (your_… is
            // left to SpelledKeys, which reads it against its key.)
            return StandInWords.TEMPLATE_LABEL_PARTS.contains(label) && !label.equals("your")
                    || instructionOrMask(label)
                    || label.indexOf('_') > 0 && (templatePhrase(label.replace('_', '-')) || pointsHere(label));
        }
        if (templatePhrase(label)) {
            return true;
        }
        for (String part : label.split("-")) {
            if (StandInWords.TEMPLATE_LABEL_PARTS.contains(part) || maskedPart(part)) {
                return true;
            }
        }
        return instructionOrMask(label);
    }

    /**
     * The words after {@code my} that make a label the reader's domain in any place of a host
     * ({@code immich.mydomain.duckdns.org}, a dynamic-DNS name; {@code mysubdomain.example.net}): no site or machine is
     * called "my domain", while {@code myapp}, {@code mysite} or {@code myhost} name real ones and stay clean below the
     * registrable label (forty-third pass).
     */
    private static final Set<String> MY_DOMAIN_NOUNS = Set.of("domain", "subdomain", "domainname");

    /** The shortest run of x read as a dashed part of a label, as it is as a whole label ({@code xxx}). */
    private static final int PART_MASK_RUN = 3;

    /**
     * Whether a dashed part of a label is a run of three x or more ({@code xxx-prod} of
     * {@code https://xxx-prod.supabase.co}): the account's name masked or left to fill in beside the stage it was
     * for, as a whole label {@code xxx} already reads. A part is never a top-level domain (the reason
     * {@link #maskedLabel} asks for four in a host), and a glued name ({@code xxxtentacion}) is no part (forty-third
     * pass).
     */
    private static boolean maskedPart(String part) {
        return part.length() >= PART_MASK_RUN && part.charAt(0) == 'x' && onlyX(part);
    }

    /**
     * A label of words joined by underscores whose last word is {@code here} ({@code PROD_IP_HERE},
     * {@code your_server_ip_here}): the words say what goes in the gap, as template text does; no host name has an
     * underscore, and the tail points at the gap.
     */
    private static boolean pointsHere(String label) {
        int length = label.length();
        return length > 5 && AsciiCase.endsWith(label, "_here");
    }

    private static boolean templatePhrase(String label) {
        return containsAny(label, StandInWords.TEMPLATE_LABEL_PHRASES);
    }

    /** A glued instruction ({@link #gluedInstruction}) or a part between dashes or underscores that is a run of x. */
    private static boolean instructionOrMask(String label) {
        int run = 0;
        boolean other = false;
        StringBuilder glued = null;
        for (int i = 0; i <= label.length(); i++) {
            char c = i == label.length() ? '-' : label.charAt(i);
            if (c == '-' || c == '_') {
                if (run >= MASK_RUN && !other) {
                    return true;
                }
                run = 0;
                other = false;
                if (glued == null && i < label.length()) {
                    glued = new StringBuilder(label.length()).append(label, 0, i);
                }
                continue;
            }
            if (c == 'x') {
                run++;
            } else {
                other = true;
            }
            if (glued != null) {
                glued.append(c);
            }
        }
        return gluedInstruction(glued == null ? label : glued.toString());
    }

    /**
     * Instructions to the reader written as one word or with separators ({@code REPLACE_WITH_HOSTNAME},
     * {@code yougottafillthisout}, {@code change-this-host}): a verb that asks for a value glued to the word that
     * points at the gap. Verbs alone ({@code replace}, {@code fill}, {@code change}) are left alone: they are parts of
     * real names ({@code fillmore}, {@code changelog}).
     */
    private static boolean gluedInstruction(String glued) {
        return containsAny(glued, StandInWords.GLUED_INSTRUCTIONS);
    }

    /**
     * A host label whose first word is {@code your} joined by an underscore ({@code https://YOUR_DOMAIN_NAME/}): no
     * host name has an underscore, and the words ask for one. (A whole value {@code your_callback_endpoint} is left
     * to {@link SpelledKeys}, which reads it against its key.)
     */
    private static final String YOUR_WORD = "your_";

    private static boolean foreignYour(String ascii) {
        if (ascii.indexOf('_') < 2) {
            return false;
        }
        String label = ascii.startsWith("xn--") ? java.net.IDN.toUnicode(ascii, java.net.IDN.ALLOW_UNASSIGNED)
                .toLowerCase(java.util.Locale.ROOT) : ascii;
        for (String your : StandInWords.FOREIGN_YOUR_PREFIXES) {
            if (label.startsWith(your) && label.length() > your.length()) {
                return true;
            }
        }
        return false;
    }
    /** The shortest run of x read as a masked part of a label ({@code dev-XXXXXXXX}); {@code .xxx} is a real TLD. */
    private static final int MASK_RUN = 4;

    /**
     * Whether a host has a label, other than its top-level one, with a part that is a run of x
     * ({@code dev-XXXXXXXX.okta.com}, {@code xxxx.supabase.co}): a masked account name copied from documentation.
     * Read before the catalog, whose account patterns ({@code *.okta.com}) would otherwise take it for an account.
     */
    static boolean maskedLabel(String host) {
        if (host.indexOf("xxxx") < 0 && host.indexOf("XXXX") < 0 || host.length() > 253) {
            return false;
        }
        int end = host.lastIndexOf('.');
        int run = 0;
        boolean partHasOther = false;
        for (int i = 0; i <= end; i++) {
            char c = i == end ? '.' : host.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                if (run >= MASK_RUN && !partHasOther) {
                    return true;
                }
                run = 0;
                partHasOther = false;
            } else if (c == 'x' || c == 'X') {
                run++;
            } else {
                partHasOther = true;
            }
        }
        return false;
    }

    /**
     * Whether a label is one character typed over and over ({@code zzzzzzzz}, {@code 00000}): filler where a template
     * wanted a value, like a run of x. Five at least, so that {@code www} or {@code aaa} stay names.
     */
    private static boolean oneCharacterRepeated(String label) {
        char first = label.charAt(0);
        for (int i = 1; i < label.length(); i++) {
            if (label.charAt(i) != first) {
                return false;
            }
        }
        return first != '-';
    }

    private static boolean onlyX(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) != 'x') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name resolves to loopback through a public wildcard-DNS service: every name under
     * {@link #LOOPBACK_DOMAINS}, a name under {@code nip.io}-style services that embeds a loopback address, and a
     * {@code traefik.me} name unless it embeds another address ({@code 10-0-0-1.traefik.me}).
     */
    static boolean loopbackByWildcardDns(String host) {
        for (String[] group : LOOPBACK_DOMAINS_BY_LAST_LABEL) {
            String last = group[0];
            int dot = host.length() - last.length() - 1;
            if ((dot > 0 && host.charAt(dot) == '.' || dot == -1) && host.endsWith(last)) {
                for (int i = 1; i < group.length; i++) {
                    if (host.equals(group[i]) || isSubdomain(host, group[i])) {
                        return true;
                    }
                }
                break; // a host has one last label
            }
        }
        if (host.equals(LOOPBACK_OR_IP_DOMAIN)) {
            return true;
        }
        if (isSubdomain(host, LOOPBACK_OR_IP_DOMAIN)) {
            String name = host.substring(0, host.length() - LOOPBACK_OR_IP_DOMAIN.length() - 1);
            String embedded = embeddedIpv4(name);
            return embedded == null || Ip.isLoopback(embedded);
        }
        for (String domain : IP_DOMAINS) {
            if (isSubdomain(host, domain)) {
                return embedsLoopback(host.substring(0, host.length() - domain.length() - 1));
            }
        }
        return false;
    }

    private static String[][] byLastLabel(String[] domains) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String domain : domains) {
            String last = domain.substring(domain.lastIndexOf('.') + 1);
            groups.computeIfAbsent(last, label -> new ArrayList<>(List.of(label))).add(domain);
        }
        String[][] table = new String[groups.size()][];
        int i = 0;
        for (List<String> group : groups.values()) {
            table[i++] = group.toArray(new String[0]);
        }
        return table;
    }

    private static boolean isSubdomain(String host, String domain) {
        int dot = host.length() - domain.length() - 1;
        return dot > 0 && host.endsWith(domain) && host.charAt(dot) == '.';
    }

    /**
     * The IPv4 address a name under a wildcard-DNS service embeds ({@code 35.73.94.102.nip.io},
     * {@code app-44-201-29-162.sslip.io}), which is the address it resolves to, or {@code null} for any other name.
     */
    static @Nullable String addressOfIpDomain(String host) {
        for (String domain : IP_DOMAINS) {
            if (isSubdomain(host, domain)) {
                return embeddedIpv4(host.substring(0, host.length() - domain.length() - 1));
            }
        }
        return null;
    }

    /** {@code app.127.0.0.1} or {@code app-127-0-0-1} / {@code 127-0-0-1}: the address a wildcard name embeds. */
    private static boolean embedsLoopback(String name) {
        String embedded = embeddedIpv4(name);
        return embedded != null && Ip.isLoopback(embedded);
    }

    /** The dotted IPv4 address a wildcard name ends with, as dotted labels or dash-parts, or {@code null}. */
    private static @Nullable String embeddedIpv4(String name) {
        String[] labels = name.split("\\.");
        if (labels.length >= 4) {
            String dotted = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - 4, labels.length));
            if (Ip.parseIpv4(dotted) != null) {
                return dotted;
            }
        }
        String[] parts = labels[labels.length - 1].split("-");
        if (parts.length >= 4) {
            String dotted = String.join(".", java.util.Arrays.copyOfRange(parts, parts.length - 4, parts.length));
            return Ip.parseIpv4(dotted) != null ? dotted : null;
        }
        return null;
    }

    /**
     * The local emulator of a cloud service a host names: a label or dash-part that is one of
     * {@link ModeWords#EMULATORS} ({@code localstack}, {@code azurite}, {@code pubsub-emulator}), a name a
     * {@linkplain #standIn stand-in word} makes a local stand-in ({@code dynamodb-local}, {@code fake-gcs-server},
     * {@code s3mock}), a one-label host that is a cloud-only service ({@code http://dynamodb:8000}), or a name under
     * {@code localstack.cloud} (LocalStack's {@code localhost.localstack.cloud}, which resolves to loopback). Only labels
     * left of the registrable one are read, so a company's own domain is never taken for one.
     */
    static @Nullable String emulator(String host) {
        if (host.equals(EMULATOR_DOMAIN) || isSubdomain(host, EMULATOR_DOMAIN)) {
            return "LocalStack";
        }
        int lastDot = host.lastIndexOf('.');
        boolean service = lastDot < 0;
        int end = service ? host.length() : host.lastIndexOf('.', lastDot - 1);
        if (end <= 0) {
            return null;
        }
        String standIn = standIn(host, end, service);
        if (standIn != null) {
            return standIn;
        }
        if (service && CLOUD_ONLY_SERVICES.contains(host)) {
            return host + " (a cloud-only service's name as a local host)";
        }
        return EMULATOR_LABELS.first(host, end, true);
    }

    /**
     * Services that run only in their cloud ({@code dynamodb}, {@code cosmosdb}, {@code firestore}): a one-label host of
     * that name ({@code http://dynamodb:8000}) is a container of the emulator, since the real service is reached under
     * its provider's domain ({@code dynamodb.eu-west-1.amazonaws.com}).
     */
    private static final Set<String> CLOUD_ONLY_SERVICES = Set.of("dynamodb", "dynamo", "cosmosdb", "firestore",
            "bigtable", "kinesis", "sqs", "sns");
    /** Cloud services that local stand-ins are named after ({@code fake-gcs}, {@code s3mock}, {@code dynamodblocal}). */
    private static final Set<String> CLOUD_SERVICES = Set.of("dynamodb", "dynamo", "s3", "gcs", "sqs", "sns", "ses",
            "kinesis", "pubsub", "firestore", "datastore", "bigtable", "spanner", "cosmosdb", "cosmos", "aws", "gcp",
            "firebase", "lambda", "kms", "cognito", "eventbridge", "secretsmanager");
    /** The words that make a service's name a local stand-in for it, see {@link #standIn}. */
    private static final Set<String> STAND_IN_WORDS = Set.of("local", "emulator", "emulators", "fake", "mock", "emu");
    /** What may follow a glued stand-in name ({@code fakes3ssl}, {@code fake-gcs-server}). */
    private static final Set<String> STAND_IN_TAILS = Set.of("", "ssl", "server", "srv");
    /** The fewest letters of a service's own name glued in front of a stand-in word ({@code pubsubemulator}). */
    private static final int GLUED_NAME_LETTERS = 4;

    /**
     * The one reading of local stand-ins by name: a {@linkplain #STAND_IN_WORDS stand-in word} ({@code local},
     * {@code emulator}, {@code fake}, {@code mock}, {@code emu}) as a dash or underscore part, or glued, beside the name
     * of what it stands in for, in a label left of the registrable one or in a one-label host:
     * <ul>
     * <li>beside a cloud service's name as a part ({@code fake-gcs-server}, {@code local-dynamodb},
     * {@code dynamodb_local}) or glued to it ({@code dynamodblocal}, {@code localdynamodb}, {@code s3mock},
     * {@code fakes3ssl}), in any such label;</li>
     * <li>in a one-label host ({@code service}: a Compose or cluster service, no dot), beside any name, as emulator
     * images and their services are named ({@code pubsub_emulator}, {@code smtp-fake}), or glued
     * after a name of {@value #GLUED_NAME_LETTERS} letters or more ({@code spanneremulator}); {@code mock} is left to
     * the sandbox words of hosts there ({@code payments-mock} is {@code sandbox.host}, see
     * {@link ModeWords#HOST_WORDS}). {@code local} beside a name that is no cloud service's is the deployment's own
     * instance of a server that runs anywhere ({@code local-minio}, {@code orders-local}: Browsertrix's chart names
     * its bundled MinIO so; forty-fourth pass), not a stand-in.</li>
     * </ul>
     * A glued name must be nothing but the words (a cloud service's name may take {@code ssl} or {@code server}), so
     * {@code localsession}, {@code mockingbird}, {@code localization} or {@code glocal} are names, as is one of the
     * words alone.
     *
     * @return what names the stand-in (the label, or the glued part), or {@code null}
     */
    private static @Nullable String standIn(String host, int end, boolean service) {
        int start = 0;
        int parts = 0;
        boolean cloud = false;
        boolean standIn = false;
        boolean besideAnyName = false;
        for (int i = 0; i <= end; i++) {
            char c = i == end ? '.' : host.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                if (i > start) {
                    parts++;
                    String part = host.substring(start, i);
                    if (CLOUD_SERVICES.contains(part)) {
                        cloud = true;
                    } else if (STAND_IN_WORDS.contains(part)) {
                        standIn = true;
                        besideAnyName |= !ModeWords.HOST_WORDS.contains(part) && !part.equals("local");
                    } else if (gluedStandIn(part, service && start == 0 && i == end)) {
                        return service ? host : part;
                    }
                }
                if (c == '.') {
                    if (standIn && cloud || besideAnyName && service && parts > 1) {
                        return host.substring(0, i);
                    }
                    parts = 0;
                    cloud = false;
                    standIn = false;
                    besideAnyName = false;
                }
                start = i + 1;
            }
        }
        return null;
    }

    /** Whether a one-label host (a Compose or cluster service name) is named as a local stand-in, see {@link #standIn}. */
    static boolean standInService(String host) {
        return standIn(host, host.length(), true) != null;
    }

    /**
     * A stand-in word glued to a cloud service's name, before it (with a tail) or after it; or, when the part is the
     * whole of a one-label host ({@code wholeService}), after any name of {@value #GLUED_NAME_LETTERS} letters or more
     * (not {@code mock}, a sandbox word of its own).
     */
    private static boolean gluedStandIn(String part, boolean wholeService) {
        for (String word : STAND_IN_WORDS) {
            int rest = part.length() - word.length();
            if (rest > 1) {
                if (part.startsWith(word) && cloudThenTail(part, word.length())) {
                    return true;
                }
                if (part.endsWith(word) && (CLOUD_SERVICES.contains(part.substring(0, rest))
                        || wholeService && rest >= GLUED_NAME_LETTERS && isLetters(part, 0, rest)
                                && !ModeWords.HOST_WORDS.contains(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean cloudThenTail(String part, int from) {
        for (String service : CLOUD_SERVICES) {
            if (part.startsWith(service, from) && STAND_IN_TAILS.contains(part.substring(from + service.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Environment words that may be glued to a product name in a domain ({@code netpaydev.com}). */
    private static final Set<String> GLUED_ENVIRONMENT_WORDS = Set.of("dev", "test", "sandbox", "sbx", "staging",
            "stg", "uat", "qa");

    /**
     * The environment word glued to the name the key gives its service, in the label left of a host's top-level
     * domain ({@code NETPAY_API_URL=https://gateway-154.netpaydev.com} reads {@code netpay} + {@code dev};
     * {@code ACME_URL=https://testacme.io} reads {@code test} + {@code acme}): a provider's development domain.
     * Only a key word of four letters or more counts, and only the whole label, so a company's own name that merely
     * contains such letters ({@code devices.com} under {@code DEVICES_URL}, {@code latest.io}) is not read.
     *
     * @return the environment word, or {@code null}
     */
    static @Nullable String environmentGluedToKeyWord(String host, List<String> keyWords) {
        int lastDot = host.lastIndexOf('.');
        if (lastDot <= 0) {
            return null;
        }
        int labelStart = host.lastIndexOf('.', lastDot - 1) + 1;
        int labelLength = lastDot - labelStart;
        for (String word : keyWords) {
            int restLength = labelLength - word.length();
            if (word.length() < 4 || restLength <= 0) {
                continue;
            }
            String rest = host.startsWith(word, labelStart) ? glued(host, labelStart + word.length(), restLength)
                    : host.startsWith(word, lastDot - word.length()) ? glued(host, labelStart, restLength) : null;
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    /** The environment word written at {@code start} of the host, if the host holds one there; none is cut out. */
    private static @Nullable String glued(String host, int start, int length) {
        for (String environment : GLUED_ENVIRONMENT_WORDS) {
            if (environment.length() == length && host.startsWith(environment, start)) {
                return environment;
            }
        }
        return null;
    }

    /**
     * The public blockchain test network a host names by a name that is also an ordinary word or place
     * ({@code polygon-mumbai.g.alchemy.com}, {@code api.shasta.trongrid.io}): one of
     * {@link ModeWords#CHAIN_TEST_NETWORKS} among the host's labels and dash-parts, with a word of
     * {@link ModeWords#CHAIN_WORDS} beside it; the top-level domain is never read.
     */
    static @Nullable String chainTestNetwork(String host) {
        int lastDot = host.lastIndexOf('.');
        if (lastDot < 0) {
            return null;
        }
        String network = CHAIN_TEST_NETWORKS.first(host, lastDot, true);
        return network != null && CHAIN_WORDS.first(host, lastDot, true) != null ? network : null;
    }

    private static final Tokens EMULATOR_LABELS = new Tokens(ModeWords.EMULATORS);
    private static final Tokens CHAIN_TEST_NETWORKS = new Tokens(ModeWords.CHAIN_TEST_NETWORKS);
    private static final Tokens CHAIN_WORDS = new Tokens(ModeWords.CHAIN_WORDS);

    /**
     * A set of words looked up among the labels or parts of a host without splitting it: only a token whose length,
     * first and last letter some word has is cut out and looked up, so most hosts cost one pass and no allocation.
     */
    private static final class Tokens {

        private final Set<String> words;
        private final java.util.BitSet ends = new java.util.BitSet(128 * 128);
        private final int shortest;
        private final int longest;

        Tokens(Set<String> words) {
            this.words = words;
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (String word : words) {
                ends.set(pair(word.charAt(0), word.charAt(word.length() - 1)));
                min = Math.min(min, word.length());
                max = Math.max(max, word.length());
            }
            shortest = min;
            longest = max;
        }

        private static int pair(char first, char last) {
            return (first & 0x7f) << 7 | (last & 0x7f);
        }

        /** The first word among the tokens of {@code host[0, end)}: labels, or with {@code parts} dash-parts too. */
        @Nullable String first(String host, int end, boolean parts) {
            int start = 0;
            for (int i = 0; i <= end; i++) {
                char c = i == end ? '.' : host.charAt(i);
                if (c == '.' || parts && (c == '-' || c == '_')) {
                    int length = i - start;
                    if (length >= shortest && length <= longest && ends.get(pair(host.charAt(start), host.charAt(i - 1)))) {
                        String token = host.substring(start, i);
                        if (words.contains(token)) {
                            return token;
                        }
                    }
                    start = i + 1;
                }
            }
            return null;
        }
    }

    /**
     * What the labels of a host say, read from the left: labels left of the registrable one as a whole and by
     * parts, the registrable one by its parts, glued words and {@link ModeWords#PROPER_TEST_NETWORKS} only, the
     * top-level domain never.
     */
    static @Nullable Reading read(String host, int judgedWhole, int registrable) {
        int start = 0;
        for (int label = 0; ; label++) {
            int end = host.indexOf('.', start);
            if (end < 0) {
                end = host.length();
            }
            if (label < judgedWhole || label == registrable) {
                Reading reading = readLabel(host.substring(start, end), label < judgedWhole);
                if (reading == null && label < judgedWhole) {
                    String text = host.substring(start, end);
                    reading = end - start == INTEGRATION.length() && host.startsWith(INTEGRATION, start)
                            && registrable > label ? sandbox(INTEGRATION)
                            : label == 0 && text.equals(INT) && registrable > 1 && productLabelAfter(host, end)
                            ? sandbox(INTEGRATION)
                            : label > 0 && (ModeWords.MIDDLE_ENVIRONMENT_WORDS.contains(text)
                                    || ModeWords.REGIONAL_MIDDLE_ENVIRONMENT_WORDS.contains(text)
                                            && regionalEnvironmentHost(host)) ? sandbox(text)
                            : readEnvironmentLabel(text);
                }
                if (reading != null) {
                    return reading;
                }
            } else if (label > registrable) {
                return null;
            }
            if (end == host.length()) {
                return null;
            }
            start = end + 1;
        }
    }

    /**
     * Whether a host may name an environment by {@link ModeWords#REGIONAL_MIDDLE_ENVIRONMENT_WORDS}: not a site's
     * {@code www} host and not a United States government domain ({@code apps.des.az.gov}, Arizona's Department of
     * Economic Security; {@code des.state.nh.us}), where those letters are an agency's initials.
     */
    private static boolean regionalEnvironmentHost(String host) {
        return !host.startsWith("www.") && !host.endsWith(".gov") && !host.endsWith(".us");
    }

    /**
     * An integration environment as a label of a domain ({@code oidc.integration.account.gov.uk},
     * {@code integration.lasuite.numerique.gouv.fr}): read as a whole label left of the registrable one only; a
     * dash-part ({@code integration-api}, a partner integration service) and the plural {@code integrations} are
     * names.
     */
    private static final String INTEGRATION = "integration";

    /**
     * {@code int} as the first label before a product word ({@code int.api.service.nhs.uk}, beside
     * {@code sandbox.api…} and {@code dev.api…}): the integration environment of a platform that names its environments
     * in front of its API. Elsewhere {@code int} is as often an internal zone ({@code grafana.int.acme.com}) and is not
     * read.
     */
    private static final String INT = "int";

    private static boolean productLabelAfter(String host, int dot) {
        int next = host.indexOf('.', dot + 1);
        return next > dot + 1 && ModeWords.PRODUCT_WORDS.contains(host.substring(dot + 1, next));
    }

    /**
     * What a label left of the registrable one says beyond the host words: an environment abbreviation
     * ({@link ModeWords#ENVIRONMENT_ABBREVIATIONS}, also numbered), a dashed environment name ({@code pre-prod}), a
     * practice account word beside or glued to an API word ({@code paper-api}, {@code practicelogin}), a short
     * environment word glued in front of a product word ({@code devapi}, {@code stagegw}), or a mode word glued
     * behind a compound that ends in a product word ({@code openapiuat}, {@code paymentsapitest}).
     */
    private static @Nullable Reading readEnvironmentLabel(String label) {
        String[] parts = label.indexOf('-') < 0 && label.indexOf('_') < 0 ? new String[] {label} : parts(label);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() < 3) {
                continue;
            }
            String numbered = ModeWords.ENVIRONMENT_ABBREVIATIONS.contains(part) ? part
                    : withoutEnvironmentNumber(part);
            if (numbered != null && ModeWords.ENVIRONMENT_ABBREVIATIONS.contains(numbered)) {
                return sandbox(numbered);
            }
            if (i + 1 < parts.length && ModeWords.SPLIT_ENVIRONMENT_FIRSTS.contains(part)
                    && ModeWords.SPLIT_ENVIRONMENT_SECONDS.contains(parts[i + 1])) {
                return sandbox(part + (parts[i + 1].equals("live") ? "live" : "prod"));
            }
            if (ModeWords.PRACTICE_WORDS.contains(part)) {
                for (String sibling : parts) {
                    if (practiceProduct(part, sibling)) {
                        return sandbox(part);
                    }
                }
            }
            Reading glued = gluedLeftOfRegistrable(part);
            if (glued != null) {
                return glued;
            }
        }
        return null;
    }

    private static boolean practiceProduct(String practiceWord, String product) {
        return ModeWords.PRACTICE_PRODUCT_WORDS.contains(product)
                || practiceWord.equals("paper") && ModeWords.PAPER_PRODUCT_WORDS.contains(product);
    }

    private static final int SHORTEST_COMPOUND_PRODUCT = 3;

    private static @Nullable Reading gluedLeftOfRegistrable(String part) {
        for (String word : ModeWords.PRACTICE_WORDS) {
            if (part.length() > word.length() && part.startsWith(word)
                    && practiceProduct(word, part.substring(word.length()))) {
                return sandbox(word);
            }
        }
        for (String word : ModeWords.SHORT_GLUED_PREFIXES) {
            if (part.length() > word.length() && part.startsWith(word)
                    && ModeWords.SHORT_GLUE_PRODUCT_WORDS.contains(part.substring(word.length()))) {
                return sandbox(word);
            }
        }
        for (String word : GLUED_WORDS) {
            int rest = part.length() - word.length();
            if (rest <= SHORTEST_COMPOUND_PRODUCT || !part.endsWith(word)) {
                continue;
            }
            for (int start = 1; start <= rest - SHORTEST_COMPOUND_PRODUCT; start++) {
                if (ModeWords.PRODUCT_WORDS.contains(part.substring(start, rest))) {
                    return sandbox(word);
                }
            }
        }
        return null;
    }

    private static @Nullable Reading readLabel(String label, boolean wholeLabelCounts) {
        if (wholeLabelCounts) {
            Reading whole = readPart(label, null);
            if (whole == null && label.indexOf('-') < 0 && label.indexOf('_') < 0) {
                whole = shortGlued(label);
            }
            if (whole != null) {
                return whole;
            }
        } else if (label.indexOf('-') < 0 && label.indexOf('_') < 0) {
            return ModeWords.PROPER_TEST_NETWORKS.contains(label)
                    ? new Reading(EndpointJudge.Kind.TEST_NETWORK, label) : glued(label);
        }
        if (label.indexOf('-') < 0 && label.indexOf('_') < 0) {
            return null;
        }
        String[] parts = parts(label);
        if (ActivityLabels.product(parts)) {
            return null;
        }
        for (String part : parts) {
            Reading reading = readPart(part, parts);
            if (reading != null) {
                return reading;
            }
        }
        return null;
    }

    private static @Nullable Reading readPart(String part, String @Nullable [] siblings) {
        if (part.length() < 2) {
            return null;
        }
        if (part.length() <= LONGEST_MODE_WORD && ModeWords.HOST_WORDS.contains(part)) {
            return sandbox(part);
        }
        if (ModeWords.TEST_NETWORKS.contains(part)) {
            return new Reading(EndpointJudge.Kind.TEST_NETWORK, part);
        }
        if (ModeWords.isMailCatcher(part)) {
            return new Reading(EndpointJudge.Kind.MAIL_CATCHER, part);
        }
        String numbered = withoutEnvironmentNumber(part);
        if (numbered != null && ModeWords.HOST_WORDS.contains(numbered)) {
            return sandbox(numbered);
        }
        if (siblings != null && ModeWords.WEAK_HOST_WORDS.contains(part)) {
            for (String sibling : siblings) {
                if (ModeWords.PRODUCT_WORDS.contains(sibling)) {
                    return sandbox(part);
                }
            }
        }
        return glued(part);
    }

    /**
     * A whole label that is an environment abbreviation glued to one to three other letters ({@code esqa},
     * {@code apuat}, {@code stgeu}), unless the label is an ordinary word ({@code latest}, {@code squat}).
     */
    private static @Nullable Reading shortGlued(String label) {
        int length = label.length();
        if (length < 3 || length > 10
                || "qustp".indexOf(label.charAt(0)) < 0 && "atgxd".indexOf(label.charAt(length - 1)) < 0
                || !lettersOnly(label)) {
            return null;
        }
        for (String word : ModeWords.SHORT_GLUED_HOST_WORDS) {
            int rest = length - word.length();
            if (rest >= 1 && rest <= 3 && (label.startsWith(word) || label.endsWith(word))) {
                return ModeWords.ORDINARY_GLUED_WORDS.contains(label) ? null : sandbox(word);
            }
        }
        return null;
    }

    /**
     * The test network a label names when it is the network's name glued to a chain word ({@code chiadochain},
     * {@code sepoliarpc}, {@code amoyscan}): the network's own domain, as {@code rpc.chiadochain.net} is Gnosis Chiado's.
     */
    private static @Nullable String testNetworkBeforeChainWord(String part) {
        for (String network : ModeWords.TEST_NETWORKS) {
            if (part.length() > network.length() + 2 && part.startsWith(network)) {
                String rest = part.substring(network.length());
                if (NETWORK_SUFFIXES.contains(rest) || ModeWords.CHAIN_WORDS.contains(rest)) {
                    return network;
                }
            }
        }
        return null;
    }

    private static final Set<String> NETWORK_SUFFIXES = Set.of("chain", "rpc", "node", "scan", "explorer", "faucet");

    private static boolean lettersOnly(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Reading glued(String part) {
        if (part.endsWith("testnet") || part.endsWith("devnet")) {
            return new Reading(EndpointJudge.Kind.TEST_NETWORK, part.endsWith("testnet") ? "testnet" : "devnet");
        }
        String network = testNetworkBeforeChainWord(part);
        if (network != null) {
            return new Reading(EndpointJudge.Kind.TEST_NETWORK, network);
        }
        if (part.length() > 4 && part.endsWith("dev")
                && ModeWords.PRODUCT_WORDS.contains(part.substring(0, part.length() - 3))) {
            return sandbox("dev");
        }
        for (String word : GLUED_WORDS) {
            if (part.length() <= word.length() + 1) {
                continue;
            }
            if ((part.startsWith(word) && ModeWords.PRODUCT_WORDS.contains(part.substring(word.length())))
                    || (part.endsWith(word)
                            && ModeWords.PRODUCT_WORDS.contains(part.substring(0, part.length() - word.length())))
                    || gluedBeforeQualifiedProduct(part, word)) {
                return sandbox(word);
            }
        }
        return null;
    }

    /** The longest qualifier read between a glued environment word and its product word ({@code pg} in {@code pgapi}). */
    private static final int LONGEST_PRODUCT_QUALIFIER = 3;

    /**
     * A long environment word glued in front of a product word that one to three letters qualify:
     * {@code sandboxpgapi} (a payment gateway's API), {@code stagingv2api}. Only the spellings of seven letters or
     * more ({@code sandbox}, {@code staging}, {@code testing}, {@code preprod}): glued to a short word, {@code qa}
     * or {@code test} start names ({@code qatarpay}, {@code testmyapp}).
     */
    private static boolean gluedBeforeQualifiedProduct(String part, String word) {
        if (word.length() < 7 || !part.startsWith(word)) {
            return false;
        }
        int rest = part.length() - word.length();
        for (int qualifier = 1; qualifier <= LONGEST_PRODUCT_QUALIFIER && qualifier < rest; qualifier++) {
            if (ModeWords.PRODUCT_WORDS.contains(part.substring(word.length() + qualifier))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code -} and {@code _} separated parts of a label, without a regular expression. */
    private static String[] parts(String label) {
        java.util.List<String> parts = new java.util.ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= label.length(); i++) {
            if (i == label.length() || label.charAt(i) == '-' || label.charAt(i) == '_') {
                parts.add(label.substring(start, i));
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    /**
     * The environment word a customer-chosen host label holds as a whole or as a {@code -}/{@code _} part, with or
     * without an environment number ({@code acme-staging}, {@code shop-qa2}, {@code orders-sandbox}), or
     * {@code null}. Glued words are not read ({@code devshop}, {@code testa}): the label is a name the customer
     * picked. {@code dev} and {@code demo} are not read either: identity providers generate tenant names such as
     * {@code dev-abc123} for every new account, production ones included.
     *
     * @param label a lower-case host label
     * @return the mode word, or {@code null}
     */
    static @Nullable String modePart(String label) {
        int start = 0;
        for (int i = 0; i <= label.length(); i++) {
            if (i == label.length() || label.charAt(i) == '-' || label.charAt(i) == '_') {
                int length = i - start;
                if (length >= 2 && length <= LONGEST_MODE_WORD + 3) {
                    String part = label.substring(start, i);
                    String word = ModeWords.HOST_WORDS.contains(part) ? part : withoutEnvironmentNumber(part);
                    if (word != null && ModeWords.HOST_WORDS.contains(word) && !GENERATED_TENANT_WORDS.contains(word)) {
                        return word;
                    }
                }
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * Whether a label {@code local} stands between the first label and the registrable one
     * ({@code processmaker.local.processmaker.com}, {@code api.local.acme.io}): a project's own domain with a zone for
     * local development, whose names resolve to the developer's machine as {@code staging.acme.io} names resolve to
     * staging. A first label {@code local} ({@code local.acme.io}, a product of that name) and a registrable
     * {@code local} ({@code www.local.gov.uk}) are not read.
     *
     * @param host a lower-case host name
     * @param registrable the index of its registrable label
     * @return whether it names the local-development zone of a domain
     */
    static boolean localEnvironmentLabel(String host, int registrable) {
        int at = host.indexOf(".local.");
        if (at <= 0) {
            return false;
        }
        int label = 1;
        for (int i = 0; i < at; i++) {
            if (host.charAt(i) == '.') {
                label++;
            }
        }
        return label < registrable;
    }

    /**
     * {@code qa2} → {@code qa}, {@code stg01} → {@code stg}, {@code dev181141} → {@code dev}: a word followed by one
     * to six digits (ServiceNow numbers its personal developer instances so, {@code dev181141.service-now.com}).
     */
    private static @Nullable String withoutEnvironmentNumber(String part) {
        int end = part.length();
        while (end > 0 && Character.isDigit(part.charAt(end - 1))) {
            end--;
        }
        int digits = part.length() - end;
        return digits >= 1 && digits <= 6 && end >= 2 ? part.substring(0, end) : null;
    }

    private static Reading sandbox(String word) {
        return new Reading(EndpointJudge.Kind.SANDBOX_NAME, word);
    }
}

package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.SecretShape;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the other settings of a file say about it: a file that also holds a published default a person typed
 * ({@code admin}, {@code guest}, a tutorial's {@code veryVerySecretKey}), a password built from the configuration's
 * own names (the product's name with a suffix, {@code vikadata@com}), that leaves another secret blank for its
 * reader to fill in, or that leaves placeholders under two other secrets ({@code your_s3_secret_access_key},
 * {@code your-password-here}) looks like a shipped sample (netbox-docker's {@code env/netbox.env}, a cookiecutter
 * {@code .envs/.production/.django}), and so does a file that declares a development environment
 * ({@code APP_ENV=local}, {@code NODE_ENV=development}, {@code runmode=dev}: a development setup shipped with the code)
 * or that points its identity provider at the loopback host ({@code issuer-uri=http://localhost:9000/realms/app}: the
 * client secrets registered there are a developer's instance's), that turns a web framework's debug mode on
 * ({@code DEBUG=1}, {@code DJANGO_DEBUG=True}, {@code APP_DEBUG=true}), or whose password repeats the user beside it
 * ({@code SQL_USER=parser}, {@code SQL_PASSWORD=parser}, {@link UserNamePasswords}) or whose connection URL
 * does ({@code postgres://airflow:airflow@…}, {@link #repeatedLogin}),
 * not like a deployment's own secrets, even when its name does not say
 * {@code example}. A literal secret there that passes every other check is probably public however random it looks,
 * so it is reported as {@code secrets.likely-published}, a NO-GO: the placeholders, the blank secret, the published
 * default and the password built from the file's own names are NO-GO findings of their own, so such a file cannot
 * start as it stands whatever is decided about the literal, which is as much the sample's as the slots beside it; and
 * a file that declares a development environment is a development setup, whose literals every developer (and, in a
 * public repository, everyone) has, and which production must not run. A switched-off integration's literal there is
 * a WARN: it is not in use until someone switches the integration on. A published random key (a development account's private key) is no such
 * evidence: development files hold those fixtures on purpose, next to their own keys. A stage's dotenv file that its
 * Git working tree ignores ({@code deploy/.env.production} in {@code .gitignore}) is the deployment's own, never
 * shipped: its literals are not reported so, whatever the evidence (session 33).
 *
 * <p>One instance serves one check: feed it every setting's problems ({@link #observe}) and every literal that passed
 * ({@link #passed}), then read {@link #findings()}. Not thread-safe.
 */
final class SampleEvidence {

    private static final String PUBLISHED = "secrets.published-default";
    private static final String BLANK = "secrets.blank";
    private static final String GUESSABLE = "secrets.guessable";
    private static final String PLACEHOLDER = "secrets.placeholder";
    private static final String DEVELOPMENT = "development";
    private static final String LOCAL_PROVIDER = "local-identity-provider";
    private static final String DEBUG = "debug";
    private static final String REPEATED_LOGIN = "repeated-login";
    private static final String ADMINISTRATOR_LOGIN = "administrator-login";
    private static final String STAND_IN_LOGIN = "stand-in-login";
    private static final String LOCAL_SITE = "local-site";
    private static final String ONE_PLACEHOLDER = "one-placeholder";
    private static final String WEAK_PASSWORD = "weak-password";

    /**
     * Words that, before a last word {@code url}, name the address of the application's own site: {@code APP_URL},
     * {@code SITE_URL}, {@code BASE_URL}, {@code PUBLIC_URL}, {@code FRONTEND_URL}, {@code NEXTAUTH_URL},
     * {@code NEXT_PUBLIC_APP_URL}, {@code ROOT_URL}, {@code WEBAPP_URL}, {@code SERVER_URL}. A client's or an API's
     * address ({@code CLIENT_URL}, {@code API_URL}) may be a sidecar's on the same host, so it is not read.
     */
    private static final Set<String> SITE_WORDS = Set.of("app", "site", "base", "public", "frontend", "web", "webapp",
            "root", "nextauth", "next", "www", "home", "server");
    /**
     * Of those, the words that name a site browsers open, which a product's prefix may precede ({@code LEAN_APP_URL},
     * {@code HUB_PUBLIC_BASE_URL}); after a prefix, {@code base} or {@code server} alone names the address of the
     * product the application calls ({@code OLLAMA_BASE_URL}, {@code OLLAMA_SERVER_URL}), which may run beside it.
     */
    private static final Set<String> BROWSER_SITE_WORDS = Set.of("app", "site", "public", "frontend", "web", "webapp",
            "www", "home", "nextauth");

    /**
     * First words of keys that name the environment a framework runs in ({@code APP_ENV}, {@code NODE_ENV},
     * {@code RAILS_ENV}, {@code ASPNETCORE_ENVIRONMENT}, Bedrock's {@code WP_ENV}, Yii's {@code YII_ENV}; and, with
     * {@code DEBUG}, WordPress's {@code WP_DEBUG} and Yii's {@code YII_DEBUG}, fortieth pass); other products' environment tags
     * ({@code SENTRY_ENVIRONMENT}, {@code DD_ENV}) name where events are filed, not how this file runs.
     */
    private static final Set<String> RUNTIME_WORDS = Set.of("app", "node", "rails", "rack", "flask", "django", "mix",
            "go", "aspnetcore", "dotnet", "php", "python", "deno", "bun", "application", "wp", "yii");

    /** Names of the development environment that such keys take. */
    private static final Set<String> DEVELOPMENT_NAMES = Set.of("local", "dev", "develop", "development");

    private static final KeyMemo<Boolean> NAMES_ENVIRONMENT = KeyMemo.of(SampleEvidence::classifyEnvironmentKey);
    private static final KeyMemo<Boolean> NAMES_DEBUG = KeyMemo.of(SampleEvidence::classifyDebugKey);
    private static final KeyMemo<Boolean> NAMES_IDENTITY_PROVIDER =
            KeyMemo.of(SampleEvidence::classifyIdentityProviderKey);
    private static final KeyMemo<Boolean> NAMES_SITE = KeyMemo.of(SampleEvidence::classifySiteKey);
    private static final KeyMemo<Boolean> NAMES_OWN_SECRET = KeyMemo.of(SampleEvidence::classifyOwnSecretKey);
    private static final KeyMemo<Boolean> NAMES_SITE_DOMAIN = KeyMemo.of(SampleEvidence::classifySiteDomainKey);
    private static final KeyMemo<Boolean> NAMES_SITE_HOSTS = KeyMemo.of(SampleEvidence::classifySiteHostsKey);
    private static final KeyMemo<Boolean> NAMES_ISSUED_CREDENTIAL =
            KeyMemo.of(SampleEvidence::classifyIssuedCredentialKey);

    /**
     * Words that name a credential a provider issues to the application ({@code MAILER_API_KEY},
     * {@code CLIENT_SECRET}, {@code AWS_ACCESS_KEY}, {@code APP_SECRET}, {@code WEBHOOK_SECRET}, {@code BOT_TOKEN}):
     * it may be a real account's, issued elsewhere, so a committed file's loopback site does not make it a sample's.
     */
    private static final Set<String> ISSUED_WORDS = Set.of("api", "client", "consumer", "access", "app",
            "application", "account", "merchant", "partner", "webhook", "webhooks", "bot", "oauth", "license",
            "licence", "token", "dsn", "publishable", "integration", "subscription");

    /** Words before {@code trusted_domains} or {@code allowed_hosts} that name the site's framework or section. */
    private static final Set<String> HOST_LIST_OWNERS = Set.of("django", "general", "app", "site", "web", "wagtail",
            "nextcloud", "matomo", "piwik");

    /**
     * Words that, before a last word {@code key}, {@code secret} or {@code salt}, name a secret the application makes
     * for itself and no provider issues: {@code SECRET_KEY}, {@code APP_KEY}, Parse's {@code masterKey},
     * {@code SESSION_SECRET}, {@code COOKIE_SECRET} (forty-sixth pass).
     */
    private static final Set<String> OWN_SECRET_WORDS = Set.of("secret", "app", "application", "master", "session",
            "cookie", "site", "instance");

    private static final String LOOPBACK_NAME = "localhost";

    /** Docker Desktop's name for the machine a container was started from. */
    private static final String DOCKER_HOST = "host.docker.internal";

    /** The longest list of host names read for the loopback host alone. */
    private static final int HOST_LIST_MAX = 120;

    /** The shortest loopback URL worth reading, {@code http://localhost}. */
    private static final int LOCAL_URL_MIN = 16;

    /** A published default below this capacity is one a person typed, not a generated key. */
    private static final double TYPED_BITS = SecretPurpose.HMAC.minBits();

    private final Map<String, Evidence> evidenceByFile = new HashMap<>();
    private final Map<String, Setting> firstPlaceholderByFile = new HashMap<>();
    private final Map<String, Setting> firstWeakByFile = new HashMap<>();
    private final Map<String, Setting> shippedRandomDefaultByFile = new HashMap<>();
    private final Map<String, Evidence> localSiteByFile = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Committed> committed = new ArrayList<>();

    /**
     * Records what a setting's reported problems say about its file: a typed published default or a blank secret.
     *
     * @param setting the setting the problems were reported for
     * @param problems its reported problems
     */
    void observe(Setting setting, List<SecretProblem> problems) {
        Optional<String> file = setting.origin().file();
        if (file.isEmpty() || evidenceByFile.containsKey(file.get())) {
            return;
        }
        for (SecretProblem problem : problems) {
            boolean published = problem.code().equals(PUBLISHED);
            boolean typedDefault = published && problem.shape().entropyBits() < TYPED_BITS;
            if (published && !typedDefault && !isDotenv(file.get())) {
                shippedRandomDefaultByFile.putIfAbsent(file.get(), setting);
            }
            if (typedDefault || problem.code().equals(BLANK)) {
                evidenceByFile.put(file.get(), new Evidence(setting, problem.code(), null));
                return;
            }
            if (problem.code().equals(PLACEHOLDER) && !namesTestMode(setting.value())) {
                placeholder(file.get(), setting);
                return;
            }
            if (problem.code().equals(GUESSABLE) || problem.code().equals("secrets.too-weak")) {
                firstWeakByFile.putIfAbsent(file.get(), setting);
            }
        }
    }

    /**
     * Whether a file is a dotenv file ({@code .env}, {@code .env.production}, {@code prod.env}): one that gathers the
     * credentials of many providers, each from its own source, so a provider's published fixture there (a sandbox
     * passkey, a development chain's account key) says nothing about where the others came from.
     */
    private static boolean isDotenv(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.startsWith(".env") || name.endsWith(".env") || name.contains(".env.");
    }

    /**
     * Whether a placeholder names a provider's test or sandbox mode among other words ({@code POSTMARK_API_TEST},
     * {@code sandbox-api-key}): a test token, which says the file is a test environment's, not a template's. A value
     * that is just the word ({@code test}) is typed filler.
     */
    private static boolean namesTestMode(String value) {
        List<String> words = KeyWords.of(value);
        return words.size() > 1 && (words.contains("test") || words.contains("sandbox"));
    }

    /**
     * Counts a placeholder under a secret key ({@code your_s3_secret_access_key}, {@code <password>}): the second in
     * one file makes it a template whose slots were never filled in (tinode's {@code tinode.conf}, a Rails
     * {@code .env} with {@code secret_for_github_oauth}), and its literal secrets the template's own values. One alone
     * is no such evidence: it may be a deployment's single slip ({@code SENTRY_AUTH_TOKEN=your-token} left over) or a
     * provider's documented test token ({@code POSTMARK_API_TEST}).
     */
    private void placeholder(String file, Setting setting) {
        Setting first = firstPlaceholderByFile.putIfAbsent(file, setting);
        if (first != null) {
            evidenceByFile.put(file, new Evidence(first, PLACEHOLDER, setting));
        }
    }

    /**
     * Records a setting that declares the file's environment a development one ({@code APP_ENV=local},
     * {@code NODE_ENV=development}, {@code RAILS_ENV=development}, {@code spring.profiles.active=dev},
     * {@code runmode=dev}): a deployment's own file does not run production as a development environment, so the
     * file is a development setup shipped with the code, and its literal secrets are the ones every developer (and,
     * in a public repository, everyone) has. Cheap for the common case: only a short value starting with {@code d}
     * or {@code l} looks the key up.
     *
     * @param setting any setting
     * @param value its effective value
     */
    void declares(Setting setting, String value) {
        int length = value.length();
        if (length >= LOCAL_URL_MIN && value.charAt(0) == 'h') {
            localIdentityProvider(setting, value);
            return;
        }
        boolean loopbackName = Declarations.isLoopbackName(value);
        if (loopbackName && NAMES_SITE_DOMAIN.get(setting.key())
                || (loopbackName || Declarations.isLoopbackHosts(value)) && NAMES_SITE_HOSTS.get(setting.key())) {
            Optional<String> file = setting.origin().file();
            if (file.isPresent()) {
                localSiteByFile.putIfAbsent(file.get(), new Evidence(setting, LOCAL_SITE, null));
            }
            return;
        }
        if (length > 0 && length <= 4 && Declarations.switchesOn(value) && NAMES_DEBUG.get(setting.key())) {
            Optional<String> file = setting.origin().file();
            if (file.isPresent()) {
                evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, DEBUG, null));
            }
            return;
        }
        if (length < 3 || length > 11) {
            return;
        }
        char first = value.charAt(0);
        if (first != 'd' && first != 'D' && first != 'l' && first != 'L'
                || !DEVELOPMENT_NAMES.contains(value.toLowerCase(java.util.Locale.ROOT))
                || !NAMES_ENVIRONMENT.get(setting.key())) {
            return;
        }
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, DEVELOPMENT, null));
        }
    }

    /**
     * Records a setting that points the application's identity provider at the loopback host
     * ({@code spring.security.oauth2.client.provider.keycloak.issuer-uri=http://localhost:9000/realms/app},
     * {@code Authority=https://localhost:5001}, {@code access-token-uri=http://127.0.0.1:8080/oauth/token}): the
     * provider is a development instance on the developer's own machine, so the client secrets and keys registered
     * with it are the ones every copy of the file has.
     */
    private void localIdentityProvider(Setting setting, String value) {
        int start = value.charAt(4) == 's' ? 8 : 7;
        char host = value.charAt(start);
        if (host == 'h') {
            dockerHostIdentityProvider(setting, value, start);
            return;
        }
        if (host != 'l' && host != '1' || !(value.startsWith("http://localhost") || value.startsWith("http://127.0.0.1")
                || value.startsWith("https://localhost") || value.startsWith("https://127.0.0.1"))) {
            return;
        }
        Optional<String> file = setting.origin().file();
        if (file.isEmpty()) {
            return;
        }
        if (NAMES_IDENTITY_PROVIDER.get(setting.key())) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, LOCAL_PROVIDER, null));
        } else if (NAMES_SITE.get(setting.key())) {
            localSiteByFile.putIfAbsent(file.get(), new Evidence(setting, LOCAL_SITE, null));
        }
    }

    /**
     * Records a setting that points the application's identity provider at Docker Desktop's name for the developer's
     * own machine ({@code issuer-uri=http://host.docker.internal:8180/realms/app}): a container reaching a provider
     * that runs on the host it was started from, a developer's setup as the loopback host is (forty-seventh pass).
     * Only an identity provider's address counts: a database or a mail relay on the host may be a server's own.
     */
    private void dockerHostIdentityProvider(Setting setting, String value, int start) {
        int end = start + DOCKER_HOST.length();
        if (!value.startsWith(DOCKER_HOST, start) || !value.startsWith("http")
                || value.length() > end && value.charAt(end) != ':' && value.charAt(end) != '/') {
            return;
        }
        Optional<String> file = setting.origin().file();
        if (file.isPresent() && NAMES_IDENTITY_PROVIDER.get(setting.key())) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, LOCAL_PROVIDER, null));
        }
    }

    /**
     * Whether a key names the address of the application's own site ({@link #SITE_WORDS} before a last word
     * {@code url}: {@code APP_URL}, {@code NEXTAUTH_URL}, {@code NEXT_PUBLIC_APP_URL}). On the loopback host it says
     * the file sets up a site on a developer's own machine, or a sample's: a deployment that serves the public
     * announces its own host (forty-fifth pass). Only the secrets such a setup makes for itself are its own
     * (passwords, signing and encryption keys); a provider's key beside it may be a real account's, issued elsewhere.
     */
    private static boolean classifySiteKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || size > 4 || !words.get(size - 1).equals("url")) {
            return false;
        }
        boolean browserWord = false;
        for (int i = 1; i < size - 1; i++) {
            String word = words.get(i);
            if (!SITE_WORDS.contains(word)) {
                return false;
            }
            browserWord |= BROWSER_SITE_WORDS.contains(word);
        }
        String first = words.get(0);
        return SITE_WORDS.contains(first) || browserWord && !first.equals("api");
    }

    /**
     * Whether a key names the domain of the application's own site or of its session cookie: a last word
     * {@code domain} after nothing or after {@link #SITE_WORDS}, {@code session} or {@code cookie} ({@code DOMAIN},
     * {@code APP_DOMAIN}, Authelia's {@code session.domain}, {@code COOKIE_DOMAIN}). Set to {@code localhost} or a name
     * under {@code .localhost} ({@code posthog.localhost}), it says what a loopback {@code APP_URL} says: the site is
     * served on a developer's own machine, or a sample's (forty-sixth pass). A product's domain ({@code MAIL_DOMAIN},
     * {@code SMTP_DOMAIN}, {@code S3_DOMAIN}) names a service the application calls.
     */
    private static boolean classifySiteDomainKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 1 || size > 3 || !words.get(size - 1).equals("domain")) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            String word = words.get(i);
            if (!SITE_WORDS.contains(word) && !word.equals("session") && !word.equals("cookie")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key names the host names the application's own site answers to: the web server's
     * {@code SERVER_NAME} (eLabFTW's, Synapse's {@code server_name}), Django's {@code ALLOWED_HOSTS}, or the first
     * entry of an installer's list of trusted names (Nextcloud's {@code trusted_domains[0]}, Matomo's
     * {@code General.trusted_hosts[0]}, which the installer fills with the host the installation was made from). Set
     * to the loopback host alone ({@code localhost}, {@code localhost:9090}, {@code localhost, 127.0.0.1, [::1]}), it
     * says what a loopback {@code APP_URL} says: the site answers only on a developer's own machine, or a sample's
     * (forty-seventh pass). A later entry of such a list ({@code trusted_domains[1]=localhost}) is a deployment's
     * health check beside its real name; a service's name ({@code MAIL_SERVER_NAME}, {@code DB_SERVER_NAME}) or
     * another product's host list ({@code CORS_ALLOWED_HOSTS}) names something the application calls or admits.
     */
    private static boolean classifySiteHostsKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 2 && words.get(0).equals("server") && words.get(1).equals("name")) {
            return true;
        }
        if (size > 0 && words.get(size - 1).equals("0")) {
            size--;
        } else if (size > 0 && !Character.isLetter(words.get(size - 1).charAt(0))) {
            return false;
        }
        if (size < 2 || size > 3) {
            return false;
        }
        String list = words.get(size - 2);
        String names = words.get(size - 1);
        if (!(list.equals("trusted") || list.equals("allowed"))
                || !(names.equals("domains") || names.equals("hosts"))) {
            return false;
        }
        return size == 2 || HOST_LIST_OWNERS.contains(words.get(0));
    }

    /**
     * Whether a key names a secret the application makes for itself although its purpose reads as a plain secret
     * ({@link SecretPurpose#SECRET}): two or three words, the last {@code key}, {@code secret} or {@code salt}, every
     * earlier one an {@link #OWN_SECRET_WORDS} word ({@code SECRET_KEY}, {@code APP_KEY}, {@code masterKey},
     * {@code SESSION_SECRET}); {@code app} only before {@code key}, since {@code APP_SECRET} is as often a provider's
     * application secret (WeChat's, Facebook's) as the application's own. A provider's or a product's word anywhere
     * ({@code STRIPE_SECRET_KEY}, {@code API_KEY}, {@code CLIENT_SECRET}) is not read.
     */
    private static boolean classifyOwnSecretKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || size > 3) {
            return false;
        }
        String last = words.get(size - 1);
        if (!last.equals("key") && !last.equals("secret") && !last.equals("salt")) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            String word = words.get(i);
            if (!OWN_SECRET_WORDS.contains(word) || word.equals(last)
                    || (word.equals("app") || word.equals("application")) && !last.equals("key")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key names a credential a provider issues ({@link #ISSUED_WORDS}); a plain secret of the product's own
     * ({@code form_secret}, {@code macaroon_secret_key}, Nextcloud's {@code secret}, Matomo's {@code General.salt})
     * names none, and in a committed file beside a loopback site it is the setup's too (forty-seventh pass).
     */
    private static boolean classifyIssuedCredentialKey(String key) {
        for (String word : SecretKeys.expandedWords(key)) {
            if (ISSUED_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a literal of this purpose under this key is one its own setup makes, for the local-site evidence. */
    private static boolean selfMade(SecretPurpose purpose, Setting setting) {
        return ScriptGeneratedSets.selfMade(purpose)
                || purpose == SecretPurpose.SECRET && NAMES_OWN_SECRET.get(setting.key());
    }

    /**
     * The value tests {@link #declares(Setting, String)} opens with, in a class of their own: the check asks them
     * first, so that a configuration whose values declare nothing (a GO start's port and switch words) creates and
     * loads no {@code SampleEvidence}.
     */
    static final class Declarations {

        private Declarations() {
        }

        /**
         * Whether {@link #declares(Setting, String)} may record anything for a value: a loopback URL's length and
         * first letter, a short on switch, or a development name's length and first letter. {@code false} only where
         * it records nothing.
         */
        static boolean mayDeclare(String value) {
            int length = value.length();
            if (length >= LOCAL_URL_MIN && value.charAt(0) == 'h' || length > 0 && length <= 4 && switchesOn(value)
                    || isLoopbackName(value) || isLoopbackHosts(value)) {
                return true;
            }
            if (length < 3 || length > 11) {
                return false;
            }
            char first = value.charAt(0);
            return first == 'd' || first == 'D' || first == 'l' || first == 'L';
        }

        /**
         * Whether a value names the loopback host alone, with a port or in a list ({@code localhost:9090},
         * {@code localhost, 127.0.0.1, [::1]}, {@code 127.0.0.1 localhost}): every entry, separated by commas or
         * spaces, is {@code localhost}, a name under it, {@code 127.0.0.1} or {@code ::1}, each with an optional port.
         * Cheap: only a value that starts as {@code localhost}, {@code 127.} or {@code [::1]} does is read.
         */
        static boolean isLoopbackHosts(String value) {
            int length = value.length();
            if (length < 9 || length > HOST_LIST_MAX) {
                return false;
            }
            char first = value.charAt(0);
            if (first != 'l' && first != '1' && first != '[') {
                return false;
            }
            int start = 0;
            boolean any = false;
            while (start < length) {
                char c = value.charAt(start);
                if (c == ',' || c == ' ') {
                    start++;
                    continue;
                }
                int end = start;
                while (end < length && value.charAt(end) != ',' && value.charAt(end) != ' ') {
                    end++;
                }
                if (!isLoopbackEntry(value, start, end)) {
                    return false;
                }
                any = true;
                start = end;
            }
            return any;
        }

        private static boolean isLoopbackEntry(String value, int start, int end) {
            int hostEnd = end;
            int colon = value.lastIndexOf(':', end - 1);
            char first = value.charAt(start);
            if (colon > start && first != '[' && first != ':' || colon > start && value.charAt(colon - 1) == ']') {
                for (int i = colon + 1; i < end; i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        return false;
                    }
                }
                hostEnd = colon;
            }
            int hostLength = hostEnd - start;
            int name = hostEnd - LOOPBACK_NAME.length();
            if (hostLength >= LOOPBACK_NAME.length() && value.startsWith(LOOPBACK_NAME, name)
                    && (hostLength == LOOPBACK_NAME.length() || value.charAt(name - 1) == '.')) {
                return true;
            }
            return hostLength == 9 && value.startsWith("127.0.0.1", start)
                    || hostLength == 5 && value.startsWith("[::1]", start)
                    || hostLength == 3 && value.startsWith("::1", start);
        }

        /** Whether a value is the loopback host's name, {@code localhost} or a name under it ({@code app.localhost}). */
        static boolean isLoopbackName(String value) {
            int length = value.length();
            return length >= LOOPBACK_NAME.length() && value.charAt(length - 1) == 't' && value.endsWith(LOOPBACK_NAME)
                    && (length == LOOPBACK_NAME.length() || value.charAt(length - LOOPBACK_NAME.length() - 1) == '.');
        }

        /** Whether a short value switches something on: {@code 1}, {@code true}, {@code yes}, {@code on}, any case. */
        static boolean switchesOn(String value) {
            char first = value.charAt(0);
            if (first == '1') {
                return value.length() == 1;
            }
            if (first != 't' && first != 'T' && first != 'y' && first != 'Y' && first != 'o' && first != 'O') {
                return false;
            }
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("on");
        }
    }

    /**
     * Whether a key is a web framework's own debug switch: {@code DEBUG} alone or after a runtime's name
     * ({@code DJANGO_DEBUG}, {@code FLASK_DEBUG}, Laravel's {@code APP_DEBUG}, {@link #RUNTIME_WORDS}). Debug mode
     * shows stack traces, settings and the signing key's products to whoever triggers an error: a development setup's
     * switch, never a deployment's. Other products' debug switches ({@code SENTRY_DEBUG}, {@code MAIL_DEBUG}) only make
     * their own logs louder.
     */
    private static boolean classifyDebugKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 1) {
            return words.get(0).equals("debug");
        }
        return size == 2 && words.get(1).equals("debug") && RUNTIME_WORDS.contains(words.get(0));
    }

    /**
     * Whether a key names where an identity provider issues tokens: an issuer or authority ({@code issuer-uri},
     * {@code Authority}), a token or key-set endpoint ({@code access-token-uri}, {@code jwk-set-uri}), a token
     * introspection or user-info endpoint ({@code quarkus.oauth2.introspection-url}, {@code user-info-uri},
     * forty-seventh pass) or a Keycloak adapter's {@code auth-server-url}.
     */
    private static boolean classifyIdentityProviderKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        boolean address = last.equals("uri") || last.equals("url") || last.equals("endpoint");
        return words.contains("issuer") || words.contains("authority")
                || address && (words.contains("token") || words.contains("jwk") || words.contains("jwks")
                        || words.contains("introspection") || words.contains("userinfo")
                        || words.contains("user") && words.contains("info")
                        || words.contains("auth") && words.contains("server"));
    }

    /**
     * Whether a key names the environment the application runs in: {@code ENV}, {@code ENVIRONMENT}, a runtime's
     * {@code …_ENV}/{@code …_ENVIRONMENT} ({@link #RUNTIME_WORDS}), Spring's active profiles, Quarkus's profile, a
     * run mode ({@code runmode}, {@code RUN_MODE}, Vite's {@code MODE}).
     */
    private static boolean classifyEnvironmentKey(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 0 || size > 3) {
            return false;
        }
        String last = words.get(size - 1);
        boolean environment = last.equals("env") || last.equals("environment");
        if (size == 1) {
            return environment || last.equals("runmode") || last.equals("mode");
        }
        if (size == 2) {
            String first = words.get(0);
            return environment && RUNTIME_WORDS.contains(first) || first.equals("run") && last.equals("mode")
                    || first.equals("quarkus") && last.equals("profile");
        }
        return words.get(1).equals("profiles") && last.equals("active") && words.get(0).equals("spring");
    }

    /**
     * Records a weak password that repeats the user name beside it ({@code SQL_USER=parser},
     * {@code SQL_PASSWORD=parser}; {@link UserNamePasswords}): a pair a person typed for everyone who runs the file,
     * as {@link #builtFromOwnWords} records, also when the estimator found the word weak on its own before the
     * configuration's words were read. Cheap for the common case: only a setting with problems reads its user.
     *
     * @param settings the configuration
     * @param setting the password's setting
     * @param value its effective value
     * @param problems its problems; nothing is read when there are none
     */
    void weakBesideUser(Settings settings, Setting setting, String value, List<SecretProblem> problems) {
        if (!problems.isEmpty() && UserNamePasswords.repeatsUserBeside(settings, setting.key(), value)) {
            builtFromOwnWords(setting);
        } else if (isWeak(problems) && UserNamePasswords.besideAdministrator(settings, setting.key())) {
            Optional<String> file = setting.origin().file();
            if (file.isPresent()) {
                evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, ADMINISTRATOR_LOGIN, null));
            }
        } else if (!problems.isEmpty() && problems.get(0).code().equals(PLACEHOLDER)
                && UserNamePasswords.besideUser(settings, setting.key(), false)) {
            standInLogin(setting);
        }
    }

    /** The codes that say a value itself is weak, not where it is written. */
    private static final Set<String> WEAK_CODES = Set.of(PUBLISHED, GUESSABLE, PLACEHOLDER, "secrets.too-weak",
            "secrets.too-short");

    private static boolean isWeak(List<SecretProblem> problems) {
        for (SecretProblem problem : problems) {
            if (WEAK_CODES.contains(problem.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a connection URL whose login repeats its user as the password
     * ({@code AIRFLOW__CORE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:airflow@airflowdb:5432/airflow},
     * {@code mysql://tugboat:tugboat@…}, {@code amqp://guest:guest@…}): the pair a database image, a tutorial or a
     * template ships, typed once for everyone who runs the file, as {@link #weakBesideUser} records it for a user and
     * password written under two keys (fortieth pass). The database gate judges the login itself.
     *
     * @param setting the setting holding the URL
     */
    void repeatedLogin(Setting setting) {
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, REPEATED_LOGIN, null));
        }
    }

    /**
     * Records a connection URL that logs a database's built-in administrator in with a weak password
     * ({@code mysql+pymysql://root:toor@…}, {@code postgresql://postgres:secret@…}, {@code mysql://root:@localhost}):
     * the login database images, installers and tutorials ship, typed once for everyone who runs the file, as
     * {@link #weakBesideUser} records it for a user and a password written under two keys (forty-second pass). The
     * database gate judges the login itself. Cheap: only a URL whose password already has a weakness problem (or is
     * empty) reads its user.
     *
     * @param setting the setting holding the URL
     * @param user the URL's user, as written
     */
    void administratorLogin(Setting setting, String user) {
        if (!UserNamePasswords.isAdministrator(user)) {
            return;
        }
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, ADMINISTRATOR_LOGIN, null));
        }
    }

    /**
     * Records a connection URL whose password is a stand-in word, not a literal of its own
     * ({@code postgresql://ckan_default:pass@localhost/ckan_default}, {@code postgres://user:pass@postgres:5432/outline},
     * {@code postgresql://postgres:password@…}): the application's own connection logs in with the word a template
     * types for its reader, so the database it talks to was set up from the same file's defaults, and the file is
     * that template, not a deployment's own (forty-second pass). A placeholder under a secret key is no such evidence
     * alone (a deployment's single leftover slot of an integration it does not use); a connection the application
     * opens at start-up is used. The database gate judges the login itself.
     *
     * @param setting the setting holding the URL
     */
    void standInLogin(Setting setting) {
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, STAND_IN_LOGIN, null));
        }
    }

    /**
     * Whether problems found in a password say the value itself is weak ({@code secrets.guessable}, a published
     * default, a placeholder, too weak or too short), not where it is written.
     *
     * @param problems the password's problems
     * @return {@code true} when one of them is such a weakness
     */
    static boolean saysWeak(List<SecretProblem> problems) {
        return isWeak(problems);
    }

    /**
     * Records a password built from the configuration's own words ({@code vikadata@com} in vikadata's file): a
     * person typed it for everyone who runs the file, as template authors do. A password that is merely weak
     * ({@code Summer2024!}) is no such evidence: deployments have those too.
     *
     * @param setting the setting whose value is built from the configuration's own words
     */
    void builtFromOwnWords(Setting setting) {
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            evidenceByFile.putIfAbsent(file.get(), new Evidence(setting, GUESSABLE, null));
        }
    }

    /**
     * Records a literal secret that passed every check: it is reported if its file turns out to look like a sample.
     *
     * @param setting where the literal is
     * @param value its value; only its shape is kept
     * @param purpose what it is for
     */
    void passed(Setting setting, String value, SecretPurpose purpose) {
        if (!isMailAddress(value)) {
            record(setting, value, purpose, false);
        }
    }

    /**
     * Whether a value is one e-mail address ({@code root@wiki.example.org}): a sender or contact under a key with a
     * password word ({@code wgPasswordSender}), no secret, so no sample's secret either (forty-second pass).
     */
    private static boolean isMailAddress(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || value.indexOf('.', at) < at + 2 || value.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c)) && ".-_+@".indexOf(c) < 0) {
                return false;
            }
        }
        return Character.isLetter(value.charAt(value.length() - 1));
    }

    /**
     * Records a literal secret of a switched-off integration that passed every check: it is reported, as a WARN
     * whatever the evidence, if its file turns out to look like a sample; it is not in use until someone switches
     * the integration on.
     *
     * @param setting where the literal is
     * @param value its value; only its shape is kept
     * @param purpose what it is for
     */
    void passedStaged(Setting setting, String value, SecretPurpose purpose) {
        record(setting, value, purpose, true);
    }

    private void record(Setting setting, String value, SecretPurpose purpose, boolean staged) {
        if (setting.origin().file().isPresent()) {
            candidates.add(new Candidate(setting, SecretValues.shape(value), purpose, staged,
                    ScriptGeneratedSets.signature(value), value.hashCode()));
        }
    }

    /**
     * Records the problem of a literal secret that a committed file holds, reported as a WARN on its own: a base or
     * profile file of the application's configuration ({@code secrets.shared-default}, {@code secrets.packaged}), a
     * recipe block, a Compose file or a file of defaults ({@code secrets.likely-published}). If the same file also
     * holds evidence that it is a sample, its finding is a NO-GO: the file is a sample's, committed, and stopped by
     * the evidence's own finding anyway.
     *
     * @param setting where the literal is
     * @param problem its WARN problem
     * @param purpose what it is for: a self-made secret beside a local site ({@link #localSiteByFile}) is raised too
     * @param hash whether it is a password hash ({@code $2y$10$…}): the file's other settings never raise it, as a
     *     hash stands for a password instead of being one
     */
    void committed(Setting setting, SecretProblem problem, SecretPurpose purpose, boolean hash) {
        committed.add(new Committed(setting, problem, purpose, hash));
    }

    /**
     * The findings for the literals whose file also holds evidence from another setting, then those of the
     * committed files' literals ({@link #committed}).
     *
     * @return one finding per such literal, in the order they were recorded
     */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (Committed literal : committed) {
            Optional<String> file = literal.setting().origin().file();
            Evidence evidence = file.isPresent() ? evidenceByFile.get(file.get()) : null;
            if (evidence == null && file.isPresent() && !literal.hash()) {
                evidence = committedFileEvidence(file.get(), literal);
            }
            SecretProblem problem = literal.problem();
            findings.add(Finding.of(evidence == null ? Severity.WARN : Severity.NO_GO, problem.code(), literal.setting())
                    .message(evidence == null ? problem.message() : problem.message() + "; the file " + what(evidence)
                            + ", as shipped samples do")
                    .remediation(problem.remediation())
                    .build());
        }
        Map<String, List<Candidate>> generated = null;
        RepeatedLiterals pasted = null;
        List<Finding> besideLocalSite = List.of();
        for (Candidate candidate : candidates) {
            String file = candidate.setting().origin().file().orElseThrow();
            Evidence evidence = evidenceByFile.get(file);
            boolean localSite = evidence == null && !localSiteByFile.isEmpty() && localSiteByFile.containsKey(file)
                    && selfMade(candidate.purpose(), candidate.setting());
            if (localSite) {
                evidence = localSiteByFile.get(file);
            }
            Setting shippedDefault = evidence == null ? shippedRandomDefaultByFile.get(file) : null;
            if (shippedDefault != null && !candidate.staged() && !isDeploymentsOwnFile(candidate.setting())) {
                findings.add(besideShippedDefault(candidate, shippedDefault));
            }
            // a literal reported beside a local site still counts in its file's sets, for the provider keys beside it
            if ((evidence == null || localSite) && shippedDefault == null && !candidate.staged()) {
                if (pasted == null) {
                    pasted = new RepeatedLiterals();
                }
                pasted.add(file, candidate.setting(), candidate.valueHash(), candidate.shape(), candidate.purpose());
            }
            if ((evidence == null || localSite) && shippedDefault == null && !candidate.staged()
                    && candidate.signature() != ScriptGeneratedSets.NONE) {
                if (generated == null) {
                    generated = new HashMap<>();
                }
                generated.computeIfAbsent(file + '\u0000' + candidate.signature(), group -> new ArrayList<>())
                        .add(candidate);
            }
            if (evidence != null && !isDeploymentsOwnFile(candidate.setting())) {
                Severity severity = candidate.staged() ? Severity.WARN : Severity.NO_GO;
                findings.add(Finding.of(severity, "secrets.likely-published", candidate.setting())
                        .message(message(candidate, evidence))
                        .remediation("If this file is a sample, leave the key empty or write a placeholder in it; if "
                                + "it is your deployment's own file, fix " + evidence.setting().key() + " first: "
                                + "this finding goes away with it, and the value needs rotating only if the file "
                                + "was ever published. " + SecretStrength.remediation(candidate.purpose()))
                        .build());
                if (localSite) {
                    besideLocalSite = besideLocalSite.isEmpty() ? new ArrayList<>() : besideLocalSite;
                    besideLocalSite.add(findings.get(findings.size() - 1));
                }
            }
        }
        int reported = findings.size();
        if (generated != null) {
            for (List<Candidate> group : generated.values()) {
                scriptGenerated(group, findings, besideLocalSite);
            }
        }
        if (pasted != null) {
            List<Finding> earlier = new ArrayList<>(besideLocalSite);
            earlier.addAll(findings.subList(reported, findings.size()));
            RepeatedLiterals.findings(pasted, earlier, findings);
        }
        return findings;
    }

    /**
     * The WARNs of one file's literals of one generated shape, when its self-made secrets hold at least three
     * distinct values of it, or it holds a pair of hex values ({@link ScriptGeneratedSets#marksPair}): a setup
     * script's output, committed with the file it filled.
     */
    private static void scriptGenerated(List<Candidate> group, List<Finding> findings, List<Finding> reported) {
        if (group.size() < ScriptGeneratedSets.MIN_PAIR) {
            return;
        }
        Set<Integer> distinct = new HashSet<>();
        Set<Integer> all = new HashSet<>();
        List<String> keys = new ArrayList<>();
        List<String> allKeys = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (Candidate candidate : group) {
            if (ScriptGeneratedSets.selfMade(candidate.purpose()) && distinct.add(candidate.valueHash())) {
                keys.add(candidate.setting().key());
            }
            if (all.add(candidate.valueHash())) {
                allKeys.add(candidate.setting().key());
            }
            shortest = Math.min(shortest, candidate.shape().length());
        }
        if (distinct.size() < ScriptGeneratedSets.MIN_SET) {
            if (!ScriptGeneratedSets.marksPair(group.get(0).signature(), distinct.size(), all.size(), shortest)) {
                return;
            }
            if (distinct.size() < ScriptGeneratedSets.MIN_PAIR) {
                distinct = all;
                keys = allKeys;
            }
        }
        if (isDeploymentsOwnFile(group.get(0).setting())) {
            return;
        }
        for (Candidate candidate : group) {
            String key = candidate.setting().key();
            if (namedIn(reported, candidate.setting())) {
                continue;
            }
            String others = keys.stream().filter(other -> !other.equals(key)).limit(2)
                    .collect(java.util.stream.Collectors.joining(" and "));
            findings.add(Finding.of(Severity.WARN, "secrets.likely-published", candidate.setting())
                    .message(ScriptGeneratedSets.message(distinct.size(), others,
                            SecretStrength.describe(candidate.shape())))
                    .remediation(ScriptGeneratedSets.remediation(candidate.purpose()))
                    .build());
        }
    }

    /**
     * What a committed file's other settings say about one of its literals (forty-sixth pass), beyond the evidence
     * every literal of the file gets: a loopback site, if the literal is one its setup makes for itself (or, since
     * the forty-seventh pass, a plain secret under a key that names no issued credential); else a
     * placeholder under another secret; else a weak secret (guessable, or too weak) under another key. The literal
     * is a WARN on its own because its file ships; the slot never filled in, or the weak value a person typed, says the
     * file is a template or a sample's setup, which cannot start as it stands, so the literal is a NO-GO with them. An
     * uncommitted file needs more (two placeholders), since one slip there says nothing of its other secrets.
     */
    private @org.jspecify.annotations.Nullable Evidence committedFileEvidence(String file, Committed literal) {
        if (isDeploymentsOwnFile(literal.setting())) {
            return null;
        }
        if (!localSiteByFile.isEmpty() && (selfMade(literal.purpose(), literal.setting())
                || literal.purpose() == SecretPurpose.SECRET
                        && !NAMES_ISSUED_CREDENTIAL.get(literal.setting().key()))) {
            Evidence site = localSiteByFile.get(file);
            if (site != null) {
                return site;
            }
        }
        Setting slot = firstPlaceholderByFile.isEmpty() ? null : firstPlaceholderByFile.get(file);
        if (slot != null && slot != literal.setting()) {
            return new Evidence(slot, ONE_PLACEHOLDER, null);
        }
        Setting weak = firstWeakByFile.isEmpty() ? null : firstWeakByFile.get(file);
        return weak == null || weak == literal.setting() ? null : new Evidence(weak, WEAK_PASSWORD, null);
    }

    /** Whether one of the findings already names the setting (a literal reported beside a local site). */
    private static boolean namedIn(List<Finding> reported, Setting setting) {
        for (Finding finding : reported) {
            if (finding.subject().equals(setting.key()) && finding.origin().equals(setting.origin())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The WARN of a literal secret whose file still holds a product's shipped random default under another key
     * (APISIX's {@code config.yaml} with the documented viewer key beside an admin key of its own): the file is a
     * copy of the product's shipped configuration, committed with the value written into it, so the literal is
     * probably public too. Only a WARN: a shipped random key is no typed sample value, development files hold such
     * fixtures next to their own keys, and the literal itself may be the deployment's (thirty-eighth pass).
     */
    private static Finding besideShippedDefault(Candidate candidate, Setting shippedDefault) {
        OptionalInt line = shippedDefault.origin().line();
        String where = line.isPresent() ? "line " + line.getAsInt() : shippedDefault.origin().toString();
        return Finding.of(Severity.WARN, "secrets.likely-published", candidate.setting())
                .message("is a literal secret in a file that still holds the product's shipped default under "
                        + shippedDefault.key() + " (" + where + "): the file is a copy of a shipped configuration "
                        + "with values written into it, committed with them, so this one is probably public however "
                        + "random it looks (" + SecretStrength.describe(candidate.shape()) + ")")
                .remediation("Replace the shipped default under " + shippedDefault.key() + ", move this file's "
                        + "secrets to the deployment's secret store, and rotate this one if the file was ever "
                        + "published. " + SecretStrength.remediation(candidate.purpose()))
                .build();
    }

    /**
     * Whether the literal sits in a stage's dotenv file that its Git working tree ignores
     * ({@code deploy/.env.production} listed in {@code .gitignore}): the deployment's own file, never shipped with the
     * code, so another setting's slip there (a loopback {@code JWK_SET_URI}, a default password) says nothing about
     * where its other secrets came from; that setting keeps its own finding (session 33: six NO-GOs on sound secrets
     * beside a loopback key-set URL). Read only once a file holds evidence.
     */
    static boolean isDeploymentsOwnFile(Setting setting) {
        return StageDotenvFiles.isStageDotenv(setting.origin()) && GitIgnoredFiles.isIgnored(setting.origin());
    }

    private static String message(Candidate candidate, Evidence evidence) {
        return "is a literal secret in a file that " + what(evidence) + ", as shipped samples do: it looks like a "
                + "sample's value, public however random it looks (" + SecretStrength.describe(candidate.shape()) + ")";
    }

    private static String what(Evidence evidence) {
        Setting other = evidence.setting();
        OptionalInt line = other.origin().line();
        String where = line.isPresent() ? "line " + line.getAsInt() : other.origin().toString();
        return switch (evidence.code()) {
            case PUBLISHED -> "also holds a published default under " + other.key() + " (" + where + ")";
            case GUESSABLE -> "also holds a password built from the configuration's own names under " + other.key()
                    + " (" + where + ")";
            case DEVELOPMENT -> "also declares a development environment under " + other.key() + " (" + where + ")";
            case REPEATED_LOGIN -> "also connects under " + other.key() + " (" + where + ") with a login whose "
                    + "password repeats its user, the pair images and templates ship";
            case STAND_IN_LOGIN -> "also connects under " + other.key() + " (" + where + ") with a stand-in word "
                    + "for a password, the login templates type for their readers";
            case ADMINISTRATOR_LOGIN -> "also gives a database's built-in administrator a weak password under "
                    + other.key() + " (" + where + "), the login images and installers ship";
            case DEBUG -> "also switches the framework's debug mode on under " + other.key() + " (" + where
                    + "), a development setup's switch";
            case LOCAL_PROVIDER -> "also points its identity provider at the loopback host under " + other.key()
                    + " (" + where + "), a developer's own instance";
            case LOCAL_SITE -> "also serves its own site from the loopback host under " + other.key() + " (" + where
                    + "), a developer's or a sample's setup";
            case WEAK_PASSWORD -> "also holds a weak secret a person typed under " + other.key() + " (" + where
                    + ")";
            case ONE_PLACEHOLDER -> "also leaves a placeholder under the secret " + other.key() + " (" + where
                    + "), a template's slot never filled in";
            case PLACEHOLDER -> "also leaves placeholders under the secrets " + other.key() + " (" + where + ") and "
                    + second(evidence) + ", slots of a template never filled in";
            default -> "also leaves the secret " + other.key() + " blank (" + where + ") for its reader to fill in";
        };
    }

    private static String second(Evidence evidence) {
        Setting second = java.util.Objects.requireNonNull(evidence.second());
        OptionalInt line = second.origin().line();
        return second.key() + " (" + (line.isPresent() ? "line " + line.getAsInt() : second.origin().toString()) + ")";
    }

    /** What a file's other settings showed: the setting (and the second one, for placeholders) and the kind. */
    private record Evidence(Setting setting, String code, @org.jspecify.annotations.Nullable Setting second) {
    }

    /**
     * A literal that passed every check: where, its shape, its purpose, whether its integration is switched off, its
     * generated shape ({@link ScriptGeneratedSets#signature}) and its value's hash, to count distinct values without
     * keeping them.
     */
    private record Candidate(Setting setting, SecretShape shape, SecretPurpose purpose, boolean staged, int signature,
            int valueHash) {
    }

    private record Committed(Setting setting, SecretProblem problem, SecretPurpose purpose, boolean hash) {
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.internal.WordEndings;
import dev.readiness.internal.GoverningComments;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Judges mode switches: the catalog's ({@code PAYPAL_ENV=sandbox}) and the generic ones ({@code *_SANDBOX=true},
 * {@code *_IS_PRODUCTION=false}, {@code *_ENV=sandbox}, {@code *_MODE=test}, and the other test values
 * ({@code dev}, {@code staging}, {@code uat}, {@code local}, …) of keys naming a catalog provider or payments,
 * {@code BILLING_PLAN_ENV=dev}), and a bare environment word as the host or server of a catalog provider
 * ({@code AMADEUS_HOSTNAME=test}).
 */
final class ModeSwitchRule {

    /** Values longer than this are no mode switch. */
    static final int MAX_LENGTH = 32;

    private ModeSwitchRule() {
    }

    static boolean judge(Setting setting, String canonicalKey, String value, List<String> words, KeyFlags flags,
            List<Provider> named, Stage stage, ProviderCatalog catalog, ProviderSignals signals,
            List<Finding> findings) {
        if (value.length() > MAX_LENGTH) {
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
        if (!test) {
            int verdict = generic(flags, words, lower, provider);
            test = verdict > 0;
            live = verdict < 0;
        }
        if (!test && !live) {
            return false;
        }
        if (provider != null) {
            signals.add(provider, setting, test, test ? "a sandbox mode switch" : "a live mode switch");
        }
        if (test && stage == Stage.PRODUCTION && !InertComments.callInert(GoverningComments.of(setting))) {
            findings.add(SandboxFindings.testMode(setting, provider));
        }
        return true;
    }

    /** Sandbox switches whose camel case or separators split the mode word: {@code sandBox}, {@code useSand_Box}. */
    private static final java.util.Set<String> SPLIT_SANDBOX_SWITCHES = java.util.Set.of("sandbox", "usesandbox",
            "issandbox", "enablesandbox", "sandboxmode", "sandboxenabled", "testmode", "usetestmode", "istestmode");

    /**
     * Whether the key's last two to four words, joined, spell a sandbox switch: whole words only, so a key whose
     * words merely contain the mode word ({@code contest}, {@code latest}) never matches.
     */
    static boolean namesSandboxSwitch(List<String> words) {
        StringBuilder tail = new StringBuilder(24);
        for (int i = words.size() - 1; i >= 0 && i >= words.size() - 4; i--) {
            tail.insert(0, words.get(i));
            if (tail.length() > 14) {
                return false;
            }
            if (i < words.size() - 1 && SPLIT_SANDBOX_SWITCHES.contains(tail.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Words that turn a feature on, read just before the mode words or as the key's last word. */
    private static final java.util.Set<String> ENABLING_WORDS = java.util.Set.of("allow", "allowed", "enable",
            "enabled", "use", "activate", "active");

    /**
     * Words of sandboxes that isolate code, pages or processes: a security feature switched on, not a test mode
     * ({@code enable_sandbox_for_untrusted_code}, {@code allow_sandbox_escape}, {@code enable_iframe_sandbox_flags}).
     */
    static final java.util.Set<String> ISOLATION_WORDS = java.util.Set.of("browser", "chrome", "chromium",
            "puppeteer", "playwright", "electron", "renderer", "gpu", "seccomp", "iframe", "iframes", "frame", "code",
            "exec", "execution", "executor", "process", "processes", "escape", "container", "containers", "docker",
            "jail", "nsjail", "firejail", "gvisor", "plugin", "plugins", "script", "scripts", "js", "javascript",
            "python", "lua", "groovy", "eval", "wasm", "isolate", "isolation", "untrusted", "network", "runtime",
            "kernel", "template", "templates", "policy", "apparmor", "selinux", "flags", "vm", "csp", "html",
            "content", "attribute", "attributes", "shell", "command", "commands", "tool", "tools", "file", "files",
            "fs", "filesystem", "dir", "directory", "path", "namespace", "namespaces");

    /**
     * Whether a key switches on a feature of the product's own sandbox or test mode
     * ({@code allow_sandbox_account_creation}, {@code enable_sandbox_data_import}, {@code payments.enable.test.mode.refunds}):
     * the mode words ({@code sandbox}, or {@code test} and {@code mode}) stand before the key's last word, an
     * enabling word ({@code allow}, {@code enable}, {@code use}) stands just before them or ends the key
     * ({@code sandbox_payments_enabled}), and no word names a sandbox that isolates code or pages, which is a
     * security feature. Whole words only: {@code contest}, {@code latest} never match.
     *
     * @param words the key's lower-case words
     * @return whether a true value turns a sandbox or test feature on
     */
    static boolean namesSandboxFeatureSwitch(List<String> words) {
        int size = words.size();
        for (int i = 0; i < size - 1; i++) {
            String word = words.get(i);
            int after = word.equals("sandbox") || word.equals("sandpit") || word.equals("testmode") ? i + 1
                    : word.equals("test") && words.get(i + 1).equals("mode") ? i + 2 : -1;
            if (after < 0 || after >= size) {
                continue;
            }
            if (!(i > 0 && ENABLING_WORDS.contains(words.get(i - 1)) || ENABLING_WORDS.contains(words.get(size - 1)))) {
                return false;
            }
            for (String other : words) {
                if (ISOLATION_WORDS.contains(other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static final String[] GLUED_MODE_KEY_ENDS = {"website", "site", "env", "environment", "mode", "stage",
        "tier"};
    private static final WordEndings GLUED_MODE_KEY_ENDINGS = WordEndings.of(List.of(GLUED_MODE_KEY_ENDS));

    /**
     * A cheap test for a value that may carry a mode word glued into it ({@code PAYTM_MERCHANT_WEBSITE=WEBSTAGING}):
     * the key ends with a mode, environment or website word and the value is one short token.
     *
     * @param key the setting key
     * @param value its stripped value
     * @return whether {@link #judge} should read the value for a glued mode word
     */
    static boolean mayHoldGluedMode(String key, String value) {
        if (value.length() < 4 || value.length() > MAX_LENGTH || !endsWithModeKeyWord(key)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWithModeKeyWord(String key) {
        return GLUED_MODE_KEY_ENDINGS.endsAny(key);
    }

    /** Whether a short token reads as a non-production mode the way a host label would ({@code webstaging}). */
    private static boolean gluedMode(String lower) {
        HostNames.Reading reading = HostNames.read(lower.replace('_', '-'), 1, -1);
        return reading != null && reading.kind() == EndpointJudge.Kind.SANDBOX_NAME;
    }

    /** Whether a word before the key's last one names payments or billing ({@code BILLING_PLAN_ENV}). */
    private static boolean namesPayments(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (ModeWords.PAYMENT_KEY_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Key ends that name where a provider's client connects: under a key naming a catalog provider, an SDK reads a
     * bare environment word there as the environment to call ({@code AMADEUS_HOSTNAME=test}, {@code SABRE_SERVER=cert}).
     * Without a provider word the key names an ordinary host, and {@code SMTP_HOST=test} may be a service called test.
     */
    private static final java.util.Set<String> HOST_SWITCH_KEY_ENDS = java.util.Set.of("host", "hostname", "server",
            "servername");

    /** Words that switch a feature on when they stand just before what they switch ({@code USE_TEST_SERVER}). */
    private static final java.util.Set<String> SWITCH_PREFIXES = java.util.Set.of("use", "is", "enable", "force");

    /**
     * What a provider's client points at when a switch selects its test or staging one ({@code USE_TEST_SERVER},
     * {@code use_test_environment}, {@code USE_STAGING_API}): FedEx's, Crossref's and nanopub's clients name it so.
     */
    private static final java.util.Set<String> TEST_TARGETS = java.util.Set.of("server", "servers", "env",
            "environment", "api", "apis", "endpoint", "endpoints", "host", "network", "account", "gateway", "instance");

    /**
     * Whether the key switches on a test or staging server, environment or API: {@code use}, {@code is},
     * {@code enable} or {@code force}, then {@code test} or {@code staging}, then what it selects as the last word
     * ({@code USE_TEST_SERVER}, {@code ENABLE_STAGING_API}), or {@code staging} itself last ({@code USE_STAGING},
     * {@code IS_STAGING}). {@code KEEP_STAGING} or {@code CLEANUP_STAGING} (a staging directory) are no such
     * switch: the word before is no switching word.
     */
    static boolean namesTestTargetSwitch(List<String> words) {
        int size = words.size();
        if (size >= 2 && words.get(size - 1).equals("staging") && SWITCH_PREFIXES.contains(words.get(size - 2))) {
            return true;
        }
        if (size < 3 || !TEST_TARGETS.contains(words.get(size - 1))) {
            return false;
        }
        String mode = words.get(size - 2);
        return (mode.equals("test") || mode.equals("staging")) && SWITCH_PREFIXES.contains(words.get(size - 3));
    }

    /** Clients of the ACME protocol (Let's Encrypt and its tools) whose staging server issues untrusted certificates. */
    private static final java.util.Set<String> ACME_WORDS = java.util.Set.of("acme", "letsencrypt", "certbot", "le",
            "lego");

    /**
     * Whether the key switches an ACME client to its CA's staging server ({@code CERTBOT_STAGING},
     * {@code LETSENCRYPT_STAGING}, {@code TRAEFIK_ACME_STAGING}): its certificates chain to a root no browser
     * trusts.
     */
    private static boolean namesCertificateStaging(List<String> words) {
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("staging") && ACME_WORDS.contains(words.get(size - 2));
    }

    /**
     * Whether the key switches on a simulation of what the service does ({@code SIMULATION_MODE},
     * {@code candle.simulation.enabled}, {@code SIMULATE_MODE}), or of the product or device its first words name
     * ({@code P24_SIMULATE}, {@code KILN_SIMULATE}, {@code PEMF_SIMULATE}: a payment marked paid without the
     * provider, a device's hardware simulated): simulated data, orders or hardware, in production. A simulator
     * named alone ({@code IOS_SIMULATOR}) names a device, not a switch, and is not read.
     */
    private static boolean namesSimulation(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        if (last.equals("simulate") || last.equals("simulation") || last.equals("simulated")) {
            return true;
        }
        return SIMULATION_WORDS.contains(before) && (last.equals("mode") || last.equals("enabled")
                || last.equals("enable"));
    }

    /**
     * Whether the key switches on the application's demonstration mode: {@code DEMO_MODE}, {@code app.demo-mode},
     * {@code isDemoMode}, {@code demoEnabled}, {@code app.demo.enabled}, {@code opsli.enable-demo}: sample data, fake
     * sign-ins or disabled writes, in production. What a demo seeds or allows ({@code SEED_DEMO_DATA},
     * {@code DEMO_ACCOUNTS_ENABLED}) and a product named demo ({@code WAVE_DEMO}) are not read.
     */
    private static boolean namesDemoMode(List<String> words) {
        int size = words.size();
        String last = words.get(size - 1);
        if (last.equals("demomode")) {
            return true;
        }
        if (size < 2) {
            return false;
        }
        String before = words.get(size - 2);
        return before.equals("demo") && (last.equals("mode") || last.equals("enabled") || last.equals("enable"))
                || last.equals("demo") && (before.equals("enable") || before.equals("enabled"));
    }

    /** Non-production modes a deployment can be marked as, read before {@link #DEPLOYMENT_WORDS}. */
    private static final java.util.Set<String> NON_PRODUCTION_SITE_MODES = java.util.Set.of("staging", "dev",
            "development", "test", "testing", "demo");

    /** Words naming the deployment itself, read after {@link #NON_PRODUCTION_SITE_MODES}. */
    private static final java.util.Set<String> DEPLOYMENT_WORDS = java.util.Set.of("site", "website", "instance",
            "deployment", "installation");

    /**
     * Whether the key marks the whole deployment as a non-production one: a mode word then a word naming the site
     * or instance, alone or after a switching word ({@code STAGING_SITE}, {@code IS_DEV_INSTANCE},
     * {@code demo_installation}). mySociety's Alaveteli and FixMyStreet read {@code STAGING_SITE=1} as "route
     * every report and mail to the developer, keep the site out of search engines". What a key says about such a
     * site ({@code STAGING_SITE_URL}, {@code TEST_SITE_ID}) ends with another word and is not read.
     *
     * @param words the key's lower-case words
     * @return whether a true value marks the deployment as non-production
     */
    static boolean namesNonProductionSite(List<String> words) {
        int size = words.size();
        if (size < 2 || !DEPLOYMENT_WORDS.contains(words.get(size - 1))
                || !NON_PRODUCTION_SITE_MODES.contains(words.get(size - 2))) {
            return false;
        }
        return size == 2 || size == 3 && SWITCH_PREFIXES.contains(words.get(0));
    }

    private static final java.util.Set<String> SIMULATION_WORDS = java.util.Set.of("simulation", "simulated",
            "simulate", "simulator");

    /**
     * Last words that, switched on under a key naming a catalog provider, payments or trading, select its test
     * environment ({@code SHIPPO_TEST=true}, {@code PAYMENT_TEST=1}, {@code KLARNA_PLAYGROUND=true}).
     */
    private static final java.util.Set<String> NAMED_TEST_FLAGS = java.util.Set.of("test", "testing", "staging",
            "playground");

    /**
     * Last two words that, switched off, leave production ({@code IS_PROD=false}, {@code USE_PRODUCTION=false}), and a
     * trading bot's live-trading switch ({@code LIVE_TRADING}, {@code ENABLE_LIVE_TRADING}): off, it paper-trades; a
     * blockchain application's main-network switch ({@code NEXT_PUBLIC_IS_MAINNET=false}, {@code MAINNET=false}; forty-fourth
     * pass): off, it runs on a test network, as {@code TESTNET=true} does.
     */
    private static final java.util.Set<String> LIVE_SWITCHES = java.util.Set.of("isprod", "useproduction", "useprod",
            "uselive", "productionmode", "prodmode", "livetrading", "ismainnet", "usemainnet");

    /**
     * Whether the word before the last is {@code config}: a tool's own configuration option
     * ({@code NPM_CONFIG_PRODUCTION=false} installs npm's development dependencies), not a mode of the service.
     */
    private static boolean configuresTool(List<String> words) {
        int size = words.size();
        return size >= 2 && (words.get(size - 2).equals("config") || words.get(size - 2).equals("configuration"));
    }

    /** Words of trading and brokerage: there {@code paper} and the test values select a practice account. */
    private static final java.util.Set<String> TRADING_WORDS = java.util.Set.of("trading", "trade", "trades",
            "broker", "brokerage", "brokers");

    private static boolean namesTrading(List<String> words) {
        for (String word : words) {
            if (TRADING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 1} for a test switch, {@code -1} for a live one, {@code 0} for neither. */
    /**
     * Switches of exchanges' and brokers' simulated trading, as their client settings name them
     * ({@code OKX_SIMULATED_TRADING=1}, {@code PAPER_TRADING=true}, {@code BINANCE_USE_TESTNET=yes}): orders go to a
     * practice account, not the market.
     */
    private static final java.util.Set<String> SIMULATED_TRADING_SWITCHES = java.util.Set.of("simulatedtrading",
            "simulationtrading", "papertrading", "demotrading", "usetestnet", "testnetmode", "papermode");

    /**
     * Whether the key switches on a dry run of what the service does, where that is its work: the key is the dry-run
     * switch alone ({@code dry_run}, {@code DRY_RUN}, {@code dryRun}, optionally with {@code mode}: a trading bot's or
     * a worker's own switch, freqtrade's {@code dry_run=true} paper-trades) or names a catalog provider, payments or
     * trading ({@code BINANCE_DRY_RUN}, {@code TRADING_DRY_RUN}), or names outgoing messages
     * ({@code ALERT_REPORTS_NOTIFICATION_DRY_RUN}). A tool's dry run under other words
     * ({@code NEXT_BUILD_ENV_SENTRY_UPLOAD_DRY_RUN}, {@code RENOVATE_DRY_RUN}) is that tool's option and not read.
     *
     * @param words the key's lower-case words
     * @param named whether the key names a catalog provider, payments or trading
     * @return whether a true value leaves the service's real work undone
     */
    static boolean namesDryRun(List<String> words, boolean named) {
        int end = words.size();
        if (end >= 2 && words.get(end - 1).equals("mode")) {
            end--;
        }
        int start;
        if (words.get(end - 1).equals("dryrun")) {
            start = end - 1;
        } else if (end >= 2 && words.get(end - 1).equals("run") && words.get(end - 2).equals("dry")) {
            start = end - 2;
        } else {
            return false;
        }
        return start == 0 || named || sendsMessages(words, start);
    }

    /** Words of a service's outgoing messages: a dry run of their sender leaves them unsent. */
    private static final java.util.Set<String> MESSAGE_WORDS = java.util.Set.of("notification", "notifications",
            "notify", "email", "emails", "mail", "mails", "sms", "alert", "alerts", "messages", "push");

    /**
     * Whether the words before a dry-run switch name the service's outgoing messages (Superset's
     * {@code ALERT_REPORTS_NOTIFICATION_DRY_RUN}, {@code EMAIL_DRY_RUN}, {@code sms.dry-run}): on, every alert, report
     * or e-mail is only logged, which is the sender's work undone, as a trading bot's orders are.
     */
    private static boolean sendsMessages(List<String> words, int end) {
        for (int i = 0; i < end; i++) {
            if (MESSAGE_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** First words of a trading mode written before {@code trading enabled}: {@code PAPER_TRADING_ENABLED}. */
    private static final java.util.Set<String> PRACTICE_TRADING_WORDS = java.util.Set.of("paper", "simulated",
            "simulation", "demo");

    /**
     * The trading mode a feature switch names by the two words before a trailing {@code enabled} or {@code enable}
     * ({@code live-trading-enabled} → {@code live}, {@code PAPER_TRADING_ENABLED} → {@code paper}), read in place;
     * empty when the key has no such ending.
     */
    private static String tradingSwitch(List<String> words) {
        int size = words.size();
        if (size < 3 || !words.get(size - 2).equals("trading")
                || !(words.get(size - 1).equals("enabled") || words.get(size - 1).equals("enable"))) {
            return "";
        }
        String mode = words.get(size - 3);
        return mode.equals("live") || PRACTICE_TRADING_WORDS.contains(mode) ? mode : "";
    }

    /**
     * What {@link #generic} reads of a key's words alone, found once per key and kept in {@link SandboxKey}: whether
     * the words name payments or trading, and whether they spell a sandbox or a live switch, both when a provider is
     * named (which makes more last words switches) and when none is. The words used to be read rule by rule for
     * every value a mode switch may hold ({@code true}, {@code false}, {@code test}).
     *
     * @param namedByWords the words name payments or trading
     * @param sandboxIfNamed the words spell a sandbox switch when a provider or payments are named
     * @param sandboxIfUnnamed the words spell a sandbox switch otherwise
     * @param liveIfNamed the words spell a live switch when a provider or payments are named
     * @param liveIfUnnamed the words spell a live switch otherwise
     */
    record KeyFlags(boolean namedByWords, boolean sandboxIfNamed, boolean sandboxIfUnnamed, boolean liveIfNamed,
            boolean liveIfUnnamed) {

        private static final KeyFlags NONE = new KeyFlags(false, false, false, false, false);

        /** The flags of a key's words; none for a key without words, whose value no mode rule reads. */
        static KeyFlags of(String key, List<String> words) {
            if (words.isEmpty()) {
                return NONE;
            }
            boolean leaf = namesLeafModeSwitch(key, words);
            return new KeyFlags(namesPayments(words) || namesTrading(words), leaf || sandboxFlag(words, true),
                    leaf || sandboxFlag(words, false), liveFlag(words, true), liveFlag(words, false));
        }
    }

    /** Development words that, right after an enabling word, name a feature of development. */
    private static final java.util.Set<String> DEVELOPMENT_FEATURE_WORDS = java.util.Set.of("dev", "development");

    /** Enabling words read before {@link #DEVELOPMENT_FEATURE_WORDS}. */
    private static final java.util.Set<String> ALLOWING_WORDS = java.util.Set.of("allow", "allowed", "enable",
            "enabled");

    /**
     * Whether the key switches on a development feature: {@code allow} or {@code enable} right before {@code dev} or
     * {@code development}, and a feature word after them ({@code allow_dev_phone_numbers}, {@code ENABLE_DEV_LOGIN}):
     * developer phone numbers or sign-ins accepted in production. {@code test} is not read there: it is a verb of
     * connection pools ({@code enable_test_on_borrow}) and test data is no mode ({@code USE_TEST_DATA}); its features
     * are {@link #namesTestFeatureSwitch}'s; nor is
     * {@code use} ({@code use_dev_server} may name a tool's own). Whole words only ({@code enable_devtools} never
     * matches); {@code debug} switches are another gate's concern.
     *
     * @param words the key's lower-case words
     * @return whether a true value turns such a feature on
     */
    static boolean namesDevelopmentFeatureSwitch(List<String> words) {
        int size = words.size();
        for (int i = 1; i < size - 1; i++) {
            if (DEVELOPMENT_FEATURE_WORDS.contains(words.get(i)) && ALLOWING_WORDS.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Test words read right after an {@link #ALLOWING_WORDS allowing word} by {@link #namesTestFeatureSwitch}. */
    private static final java.util.Set<String> TEST_FEATURE_WORDS = java.util.Set.of("test", "testing");

    /**
     * Words after {@code test} that make it a verb or a seed rather than a feature: a pool's connection test
     * ({@code enable_test_on_borrow}, {@code test-while-idle}, {@code test_query}) and test data
     * ({@code ALLOW_TEST_DATA}), which the forty-second pass left unread.
     */
    private static final java.util.Set<String> NOT_TEST_FEATURES = java.util.Set.of("on", "while", "query",
            "connection", "connections", "data", "before", "after", "idle");

    /**
     * Whether the key lets test things in (forty-seventh pass): {@code allow} or {@code enable} right before
     * {@code test} or {@code testing}, then the feature it lets in or nothing ({@code ALLOW_TEST_PROVIDERS}, sign-in
     * providers that accept anyone; {@code ALLOW_TEST_CREDITS}, credits claimed without paying; Mattermost's
     * {@code EnableTesting}). Labelled FLAG when on in two sets, clean only when off ({@code ENABLE_TEST_ROUTES=false},
     * {@code ALLOW_TEST_DATA=false}). A pool's connection test ({@code enable_test_on_borrow}) and test data are
     * not read, nor {@code use} ({@code USE_TEST_DATA}).
     *
     * @param words the key's lower-case words
     * @return whether a true value lets test things into production
     */
    static boolean namesTestFeatureSwitch(List<String> words) {
        int size = words.size();
        for (int i = 1; i < size; i++) {
            if (TEST_FEATURE_WORDS.contains(words.get(i)) && ALLOWING_WORDS.contains(words.get(i - 1))) {
                return i == size - 1 || !NOT_TEST_FEATURES.contains(words.get(i + 1));
            }
        }
        return false;
    }

    /**
     * Mode words that switch the whole service to its test mode when they are the whole key (forty-second pass):
     * Flask's {@code TESTING=True} in a production configuration (set 83), a back end's {@code TEST=true} that selects
     * its test server (set 81); {@code TESTING=False} and {@code TEST=0} are labelled clean in three sets. A section's
     * leaf ({@code validation.test}, {@code hikari.test}) names a test of something else and is not read.
     */
    private static final java.util.Set<String> WHOLE_KEY_MODE_WORDS = java.util.Set.of("test", "testing");

    /** Mode words that, as a whole key or a section's leaf, switch the service or that section to the mode. */
    private static final java.util.Set<String> LEAF_MODE_WORDS = java.util.Set.of("demo", "staging");

    /**
     * Whether the key is a mode word alone ({@code STAGING}, {@code DEMO}) or a section's last segment that is the
     * word and nothing else ({@code fint.betaling.demo}, {@code infradesk.demo}): a switch that runs the service, or
     * that section of it, in its demonstration mode or against staging (a reverse proxy's {@code STAGING=true} asks
     * Let's Encrypt's staging CA, whose certificates no browser trusts). A word glued to another in the leaf
     * ({@code odoo.withoutDemo}, {@code use_staging}) or a product named before it with underscores
     * ({@code WAVE_DEMO}) is not read.
     *
     * @param key the key as written
     * @param words the key's lower-case words
     * @return whether a true value switches that mode on
     */
    static boolean namesLeafModeSwitch(String key, List<String> words) {
        String last = words.get(words.size() - 1);
        if (WHOLE_KEY_MODE_WORDS.contains(last)) {
            return key.length() == last.length(); // TESTING, TEST: the whole key, not a section's leaf
        }
        if (!LEAF_MODE_WORDS.contains(last)) {
            return false;
        }
        int start = key.length() - last.length();
        return start >= 0 && key.regionMatches(true, start, last, 0, last.length())
                && (start == 0 || start > 1 && key.charAt(start - 1) == '.');
    }

    /**
     * A switch whose last two words are {@code use development} (forty-second pass): Mattermost's push proxy's
     * {@code ApplePushUseDevelopment=true} sends through the APNs development (sandbox) gateway, which delivers to
     * development builds only, as {@code APNS_USE_SANDBOX} does. {@code use} then a development word names the
     * environment a client talks to, as {@code use sandbox} does; {@code IS_DEVELOPMENT} (the service's own mode)
     * and {@code USE_DEV_SERVER} (a tool's own server) are not read.
     */
    private static final String USE_DEVELOPMENT = "usedevelopment";

    private static boolean sandboxFlag(List<String> words, boolean named) {
        String last = words.get(words.size() - 1);
        String lastTwo = words.size() >= 2 ? words.get(words.size() - 2) + last : last;
        String switched = tradingSwitch(words);
        return last.equals("sandbox") || last.equals("testmode") || last.equals("sandboxmode")
                || lastTwo.equals("testmode") || lastTwo.equals("sandboxmode") || lastTwo.equals("usesandbox")
                || lastTwo.equals(USE_DEVELOPMENT)
                || lastTwo.equals("sandboxenabled") || lastTwo.equals("sandboxflag") || namesSandboxSwitch(words)
                || last.equals("testnet")
                || SIMULATED_TRADING_SWITCHES.contains(lastTwo) || PRACTICE_TRADING_WORDS.contains(switched)
                || namesSandboxFeatureSwitch(words)
                || namesTestTargetSwitch(words) || namesCertificateStaging(words) || namesSimulation(words)
                || namesDemoMode(words) || namesDevelopmentFeatureSwitch(words) || namesNonProductionSite(words)
                || namesTestFeatureSwitch(words)
                || named && (NAMED_TEST_FLAGS.contains(last) || ModeWords.PRACTICE_WORDS.contains(last))
                || ModeWords.PRACTICE_WORDS.contains(last) && words.size() >= 2
                        && SWITCH_PREFIXES.contains(words.get(words.size() - 2))
                || namesDryRun(words, named);
    }

    private static boolean liveFlag(List<String> words, boolean named) {
        String last = words.get(words.size() - 1);
        String lastTwo = words.size() >= 2 ? words.get(words.size() - 2) + last : last;
        String switched = tradingSwitch(words);
        return last.equals("livemode") || lastTwo.equals("livemode") || last.equals("isproduction")
                || last.equals("mainnet") || last.equals("ismainnet")
                || lastTwo.equals("isproduction") || lastTwo.equals("islive") || LIVE_SWITCHES.contains(lastTwo)
                || switched.equals("live")
                || (named && (last.equals("production") || last.equals("live")) && !configuresTool(words));
    }

    /**
     * The products and words of logging, error reporting, metrics and tracing, whose environment setting
     * ({@code LOGGING_ENV}, {@code SENTRY_ENVIRONMENT}, {@code DD_ENV}, {@code BUGSNAG_RELEASE_STAGE}) only tags the
     * reports they send: {@code sandbox} there names the deployment in a dashboard and switches no client to a
     * provider's sandbox.
     */
    private static final java.util.Set<String> REPORT_TAGGERS = java.util.Set.of("log", "logs", "logging", "logger",
            "sentry", "dd", "datadog", "newrelic", "relic", "apm", "otel", "opentelemetry", "telemetry", "metrics",
            "tracing", "tracer", "bugsnag", "rollbar", "honeybadger", "airbrake", "raygun", "posthog", "analytics");

    /** Whether a word before the key's last names a tool that only tags its reports with the environment. */
    private static boolean tagsReports(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (REPORT_TAGGERS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int generic(KeyFlags flags, List<String> words, String lower, @Nullable Provider provider) {
        String last = words.get(words.size() - 1);
        boolean named = provider != null || flags.namedByWords();
        boolean sandboxFlag = named ? flags.sandboxIfNamed() : flags.sandboxIfUnnamed();
        boolean liveFlag = named ? flags.liveIfNamed() : flags.liveIfUnnamed();
        if (sandboxFlag) {
            return ModeWords.TRUE_VALUES.contains(lower) ? 1
                    : ModeWords.FALSE_VALUES.contains(lower) && provider != null ? -1 : 0;
        }
        if (liveFlag) {
            return ModeWords.FALSE_VALUES.contains(lower) ? 1
                    : ModeWords.TRUE_VALUES.contains(lower) && provider != null ? -1 : 0;
        }
        if (provider != null && HOST_SWITCH_KEY_ENDS.contains(last)) {
            return ModeWords.TEST_VALUES.contains(lower) ? 1 : ModeWords.LIVE_VALUES.contains(lower) ? -1 : 0;
        }
        boolean environmentKey = ModeWords.ENVIRONMENT_KEY_WORDS.contains(last);
        if (provider == null && (environmentKey || last.equals("stage")) && tagsReports(words)) {
            return 0;
        }
        if (environmentKey || last.equals("website") || last.equals("site") || last.equals("stage")
                || last.equals("tier")) {
            if (ModeWords.SANDBOX_VALUES.contains(lower) || environmentKey
                    && (ModeWords.GENERIC_TEST_VALUES.contains(lower) || ModeWords.REGIONAL_TEST_VALUES.contains(lower)
                            && ModeWords.namesClientEnvironment(words))
                    || (named && (ModeWords.TEST_VALUES.contains(lower) || gluedMode(lower)))) {
                return 1;
            }
            return provider != null && ModeWords.LIVE_VALUES.contains(lower) ? -1 : 0;
        }
        return 0;
    }
}

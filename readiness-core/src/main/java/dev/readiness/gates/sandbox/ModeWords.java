package dev.readiness.gates.sandbox;

import static dev.readiness.gates.internal.WordSets.union;

import java.util.List;
import java.util.Set;

/**
 * The one vocabulary of environment and mode words the sandbox gate and its catalog read: the values of mode
 * switches, the words of the host name rule and the mode segments of credentials.
 */
final class ModeWords {

    /** Mode-switch values that select a sandbox whatever the provider ({@code *_ENV=sandbox}). */
    static final Set<String> SANDBOX_VALUES = Set.of("sandbox", "sbx");

    /**
     * Mode-switch values that select a test environment when the key names a provider, payments or trading
     * ({@code TRADING_MODE=paper}, {@code BROKER_ENV=simulation}).
     */
    static final Set<String> TEST_VALUES = Set.of("sandbox", "sbx", "test", "testing", "tst", "development", "dev",
            "staging", "stage", "stg", "demo", "playground", "uat", "qa", "preprod", "preview", "cert", "local", "sbox",
            "integration", "nonprod", "paper", "simulation", "simulated");

    /**
     * Mode-switch values that select a test environment under any {@code *_MODE}, {@code *_ENV} or
     * {@code *_ENVIRONMENT} key ({@code STRIPE_MODE=test}, {@code RUN_MODE=testing}): no production service runs in
     * them. The other {@link #TEST_VALUES} ({@code local}, {@code dev}) also name ordinary modes
     * ({@code CACHE_MODE=local}) and count only where the key names a provider or payments.
     */
    static final Set<String> GENERIC_TEST_VALUES = Set.of("test", "testing");

    /**
     * Names of a test environment in Portuguese and Spanish, as Latin American providers and tax authorities spell
     * the switch between it and production ({@code FOCUS_NFE_ENV=homologacao}, {@code SUNAT_AMBIENTE=pruebas},
     * {@code WEBPAY_ENVIRONMENT=INTEGRACION}, Transbank's integration environment), and the acceptance and
     * development environments of Italian ({@code AMBIENTE=collaudo}, {@code sviluppo}), French ({@code recette})
     * and German ({@code abnahme}, {@code entwicklung}) public-sector and enterprise pipelines: like {@link #GENERIC_TEST_VALUES}
     * they name no mode of anything else, so they select a test environment under any environment key. Read only under
     * such a key ({@link #isRegionalTestValue(String)}): they are not among {@link #GENERIC_MODE_VALUES}, whose first
     * letters every short value is tested against.
     */
    static final Set<String> REGIONAL_TEST_VALUES = Set.of("homologacao", "homologação", "homologacion",
            "homologación", "homologation", "homolog", "hml", "pruebas", "prueba", "integracion", "integración",
            "certificacion", "certificación", "teste", "testes", "collaudo", "sviluppo", "recette", "abnahme",
            "entwicklung");

    /**
     * Last key words that name an environment switch: English, and Portuguese and Spanish ({@code SEFAZ_AMBIENTE},
     * {@code DIAN_AMBIENTE}, {@code PAGO_ENTORNO}).
     */
    static final Set<String> ENVIRONMENT_KEY_WORDS = Set.of("env", "environment", "mode", "ambiente", "entorno");

    /**
     * Words of keys that name the environment the application itself runs in ({@code APP_ENV}, {@code NODE_ENV},
     * {@code VITE_APP_ENV}, a bare {@code AMBIENTE}): a {@link #REGIONAL_TEST_VALUES} value there names the team's own
     * pre-production tier, as {@code APP_ENV=staging} does, not a provider's test environment.
     */
    static final Set<String> OWN_ENVIRONMENT_KEY_WORDS = Set.of("app", "application", "node", "rails", "rack", "flask",
            "django", "mix", "go", "aspnetcore", "dotnet", "php", "python", "deno", "bun", "vite", "react", "next",
            "nuxt", "expo", "vue", "gatsby", "public", "site", "build", "deploy", "deployment", "runtime", "current");

    /**
     * Whether an environment key's other words name a client of another service ({@code SEFAZ_AMBIENTE},
     * {@code FOCUS_NFE_ENV}, {@code webpay.commerce.env}) rather than the application itself.
     *
     * @param words the key's lower-case words, the last one the environment word
     * @return {@code true} when a word before the last is not one of {@link #OWN_ENVIRONMENT_KEY_WORDS}
     */
    static boolean namesClientEnvironment(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (!OWN_ENVIRONMENT_KEY_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] REGIONAL_TEST_SPELLINGS = REGIONAL_TEST_VALUES.toArray(new String[0]);

    /**
     * Whether a value is one of {@link #REGIONAL_TEST_VALUES} in any case, without a lower-case copy.
     *
     * @param value the value as written
     * @return {@code true} for {@code HOMOLOGACAO}, {@code Pruebas}, {@code INTEGRACION}, …
     */
    static boolean isRegionalTestValue(String value) {
        int length = value.length();
        if (length < 3 || length > 13) {
            return false;
        }
        for (String spelling : REGIONAL_TEST_SPELLINGS) {
            if (spelling.length() == length && value.regionMatches(true, 0, spelling, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Key words that say a mode switch belongs to payments or billing ({@code BILLING_PLAN_ENV=dev},
     * {@code PAYMENT_MODE=staging}): there a development value selects test-mode prices, keys or merchants.
     */
    static final Set<String> PAYMENT_KEY_WORDS = Set.of("pay", "payment", "payments", "checkout", "billing",
            "merchant", "merchants", "wallet", "bank", "banking", "invoice", "invoicing", "subscription",
            "subscriptions", "psp", "acquirer", "acquiring");

    /** Mode-switch values that select the live environment. */
    static final Set<String> LIVE_VALUES = Set.of("live", "production", "prod", "prd");

    /** Boolean spellings read as true. */
    static final Set<String> TRUE_VALUES = Set.of("true", "yes", "on", "1", "y");

    /** Boolean spellings read as false. */
    static final Set<String> FALSE_VALUES = Set.of("false", "no", "off", "0", "n");

    /** Every value the generic mode-switch rules react to: the union of the sets above. */
    static final Set<String> GENERIC_MODE_VALUES = union(SANDBOX_VALUES, TEST_VALUES, LIVE_VALUES, TRUE_VALUES,
            FALSE_VALUES);

    /** Words that mark a host as non-production when a label or a dash-part of one is the word. */
    static final Set<String> HOST_WORDS = Set.of("sandbox", "sbx", "test", "testing", "tst", "staging", "stage", "stg",
            "dev", "develop", "development", "qa", "uat", "mock", "demo", "playground", "preprod", "nonprod",
            "sandpit");

    /**
     * Abbreviations and names of non-production environments that mark a host only in a label left of the
     * registrable one, whole or as a dash-part, with or without an environment number ({@code api-ppe},
     * {@code api.sit2.bank.com}, {@code e2e.api.acme.io}, {@code api.preprd.acme.io}, {@code itest-virkailija.oph.ware.fi}):
     * as a company's own domain
     * ({@code ppe-supplies.com}, {@code sit.com}) they are ordinary names. {@code int} (internal or integration) and
     * {@code perf} (a metrics endpoint as often as a load-test stage) are left out.
     */
    static final Set<String> ENVIRONMENT_ABBREVIATIONS = Set.of("ppe", "preprd", "pprd", "nprd", "nonprd", "sit",
            "e2e", "sbox", "acceptance", "aat", "ithc", "nonlive", "prelive", "qualif", "homolog", "homologacao",
            "homologation", "hml", "acpt", "integ", "perftest", "loadtest", "systest", "systemtest", "devtest", "inttest",
            "functest", "stresstest", "smoketest", "uattest", "qatest", "conformance", "ptl", "itest",
            // development and test environments in Spanish, Portuguese and the Scandinavian languages
            "desarrollo", "desenv", "desenvolvimento", "utvikling", "utveckling", "pruebas", "teste",
            // and in Italian and German
            "collaudo", "sviluppo", "abnahme", "entwicklung");

    /**
     * Environment abbreviations that are also ordinary words or names ({@code nft}, {@code oat}, {@code recette},
     * {@code qual}, {@code preview}, and {@code acc}, the acceptance stage of Dutch and Belgian OTAP pipelines): they
     * mark a host only as a whole label between the first label and the registrable one ({@code api.nft.acmebank.com},
     * {@code idam-api.preview.platform.hmcts.net}, {@code mijnerfpacht.acc.amsterdam.nl}), the slot where
     * multi-label hosts name their environment; first ({@code recette.cuisine.fr}, {@code preview.redd.it}) or
     * registrable ({@code api.nft.storage}, {@code acc.maimai.cn}, {@code www.acc.org}) they are names.
     */
    static final Set<String> MIDDLE_ENVIRONMENT_WORDS = Set.of("nft", "oat", "recette", "qual", "preview", "acc");

    /**
     * Short names of development and test environments in other languages, read like {@link #MIDDLE_ENVIRONMENT_WORDS}
     * and only in a host that does not start with {@code www}: {@code des} (Spanish and Portuguese desarrollo,
     * {@code e-oficio.des.ecmsolutions.com.mx}), {@code hm} (Brazilian homologação, Banco do Brasil's
     * {@code api.hm.bb.com.br}) and {@code utv} (Norwegian and Swedish utvikling,
     * {@code gobo-aurora.utv.paas.skead.no}, {@code nvdbapiles-v3.utv.atlas.vegvesen.no}). A site's {@code www} in front
     * ({@code www.des.nh.gov}) or a United States government domain ({@code apps.des.az.gov}) makes the label an
     * agency's or a department's initials.
     */
    static final Set<String> REGIONAL_MIDDLE_ENVIRONMENT_WORDS = Set.of("des", "hm", "utv");

    /**
     * The first and second parts of an environment name written with a dash ({@code api.pre-prod.acme.io},
     * {@code gw-non-production.bank.com}, {@code auth.pre-live.bank.com}): read as {@code preprod}, {@code nonprod}
     * and {@code prelive}.
     */
    static final Set<String> SPLIT_ENVIRONMENT_FIRSTS = Set.of("pre", "non");
    static final Set<String> SPLIT_ENVIRONMENT_SECONDS = Set.of("prod", "prd", "production", "live");

    /**
     * Words of brokers' and exchanges' practice accounts ({@code paper-api.alpaca.markets},
     * {@code practicelogin.q-api.questrade.com}): they mark a host only glued to or beside a word of
     * {@link #PRACTICE_PRODUCT_WORDS} left of the registrable label, as {@code paper-store} or
     * {@code practice-management} are ordinary names.
     */
    static final Set<String> PRACTICE_WORDS = Set.of("practice", "paper");
    static final Set<String> PRACTICE_PRODUCT_WORDS = Set.of("login", "auth", "sso", "gateway", "gw", "trade",
            "trading", "fix");

    /**
     * API words beside which only {@code paper} marks a host ({@code paper-api}): {@code practice-api} may be a
     * medical or legal practice's service.
     */
    static final Set<String> PAPER_PRODUCT_WORDS = Set.of("api", "apis", "rest", "ws");

    /**
     * Product words a short environment word ({@code dev}, {@code stage}, {@code demo}) may be glued in front of
     * left of the registrable label ({@code devapi}, {@code stagegw}, {@code demoapp}): the words of
     * {@link #PRODUCT_WORDS} that make no ordinary word that way, so {@code devportal}, {@code devconsole},
     * {@code devid}, {@code devshop} (developer sites, ids and shops) and {@code stagecoach} stay clean.
     */
    static final Set<String> SHORT_GLUE_PRODUCT_WORDS = Set.of("api", "apis", "app", "apps", "web", "www", "gw",
            "gateway", "pay", "payment", "payments", "checkout", "secure", "auth", "login", "sso", "oauth", "admin",
            "backend", "server", "rest", "ws", "graphql", "rpc", "svc", "merchant", "billing", "wallet", "order",
            "orders");

    /** Short environment words read glued in front of {@link #SHORT_GLUE_PRODUCT_WORDS}, see there. */
    static final Set<String> SHORT_GLUED_PREFIXES = Set.of("dev", "stage", "demo");

    /**
     * Words that also mark a host when glued to a product word inside one part ({@code sandboxapi},
     * {@code paymentstest}, {@code uatgateway}). {@code dev}, {@code stage} and {@code demo} are left out: glued,
     * they start ordinary words ({@code devicecheck}, {@code devportal}, {@code stagecoach}, {@code demonstrate}).
     * {@code mock} is read (forty-eighth pass: {@code mockservices}, a mock of the services an application calls, and
     * {@code mocksaml.com}, a public mock identity provider): only before or after a product word, so
     * {@code mockingbird} and {@code mockups} stay names.
     */
    static final Set<String> GLUED_HOST_WORDS = Set.of("sandbox", "sbx", "test", "testing", "staging", "stg", "uat",
            "qa", "preprod", "nonprod", "sandpit", "mock");

    /**
     * Environment abbreviations that also mark a host label glued to one to three other letters
     * ({@code esqa}, {@code apuat}, {@code stgeu}, {@code sbxus}): no product word, but too short to be one.
     */
    static final Set<String> SHORT_GLUED_HOST_WORDS = Set.of("qa", "uat", "stg", "sbx", "tst", "test", "sandbox",
            "staging", "preprod");

    /**
     * Ordinary words that are a {@link #SHORT_GLUED_HOST_WORDS} word glued to a few letters: never a mode.
     */
    static final Set<String> ORDINARY_GLUED_WORDS = Set.of("latest", "attest", "detest", "contest", "protest",
            "fastest", "tests", "testy", "tested", "tester", "testers", "squat", "squats", "burqa", "qatar", "qaeda");

    /**
     * Words that mark a host only beside a product word in the same label ({@code api-cert}, {@code gateway-cert}):
     * alone they name ordinary things ({@code cert-manager}).
     */
    static final Set<String> WEAK_HOST_WORDS = Set.of("cert", "sb");

    /**
     * Product words a mode word is glued to or paired with in a host label: what an API, a site or a gateway is
     * called (also {@code saml}, a single sign-on service: {@code mocksaml}, {@code samltest}). Deliberately short;
     * {@code code}, {@code flight} or {@code fairy} are not among them, so {@code codesandbox} and {@code testflight}
     * stay clean.
     */
    static final Set<String> PRODUCT_WORDS = Set.of("api", "apis", "app", "apps", "web", "www", "pay", "payment",
            "payments", "gateway", "gw", "secure", "checkout", "portal", "admin", "auth", "login", "sso", "oauth",
            "account", "accounts", "merchant", "merchants", "service", "services", "svc", "backend", "server", "shop",
            "store", "dashboard", "console", "connect", "rest", "ws", "graphql", "rpc", "cdn", "static", "assets",
            "mail", "smtp", "webhook", "webhooks", "hooks", "sdk", "my", "id", "identity", "core", "ecommerce",
            "order", "orders", "billing", "bank", "banking", "wallet", "saml");

    /** Public blockchain test networks, recognised as labels or dash-parts ({@code eth-sepolia.g.alchemy.com}). */
    static final Set<String> TEST_NETWORKS = Set.of("sepolia", "goerli", "holesky", "hoodi", "ropsten", "rinkeby",
            "kovan", "testnet", "testnet3", "testnet4", "devnet", "amoy", "fuji", "alfajores", "chiado", "rococo",
            "prebsc", "ghostnet", "calibnet", "nileex", "regtest");

    /**
     * Test networks whose name is nothing else, so that a domain named after one is the network's own
     * ({@code rpc.sepolia.org}, {@code holesky.io}): read even as the registrable label, which other words never are.
     */
    static final Set<String> PROPER_TEST_NETWORKS = Set.of("sepolia", "goerli", "holesky", "hoodi", "ropsten",
            "rinkeby", "rippletest", "mutinynet");

    /**
     * Names of public test networks that are also ordinary words or places ({@code mumbai}, {@code chapel},
     * {@code nile}, {@code shasta}; Cardano's {@code preprod} and Filecoin's {@code calibration}, which are also
     * a stage's and an instrument's words): they mark a host only beside a word of {@link #CHAIN_WORDS} in the same host
     * ({@code polygon-mumbai.g.alchemy.com}, {@code api.shasta.trongrid.io}).
     */
    static final Set<String> CHAIN_TEST_NETWORKS = Set.of("mumbai", "chapel", "nile", "shasta", "signet", "westend",
            "paseo", "moonbase", "baklava", "kairos", "baobab", "cardona", "preview", "mordor", "preprod", "calibration");

    /** Chains and their public RPC gateways, the context {@link #CHAIN_TEST_NETWORKS} need. */
    static final Set<String> CHAIN_WORDS = Set.of("polygon", "matic", "maticvigil", "tron", "trongrid", "bsc", "bnb",
            "bnbchain", "binance", "eth", "ethereum", "arbitrum", "optimism", "avax", "avalanche", "solana", "celo",
            "polkadot", "kusama", "moonbeam", "klaytn", "kaia", "cardano", "blockfrost", "koios", "bitcoin", "btc",
            "mempool", "blockstream", "infura", "alchemy", "quiknode", "ankr", "chainstack", "publicnode", "drpc",
            "blastapi", "getblock", "tatum", "zkevm", "web3", "blockchain", "filecoin", "lotus");

    /**
     * Local emulators and fakes of cloud services and of blockchains (Ganache, Hardhat's node), as host labels or
     * dash-parts (a Compose service named after the image, {@code http://localstack:4566}, {@code azurite:10000},
     * {@code firebase-emulator}, {@code http://ganache:8545}).
     */
    static final Set<String> EMULATORS = Set.of("localstack", "azurite", "motoserver", "fakegcs", "elasticmq",
            "dynalite", "emulator", "emulators", "wiremock", "mockserver", "smocker", "kinesalite", "s3ninja", "goaws",
            "s3rver", "mountebank", "hoverfly", "mockoon", "microcks", "ganache", "hardhat");

    /** Development mail catchers: they accept every message and deliver none. */
    static final Set<String> MAIL_CATCHERS = Set.of("mailpit", "mailhog", "mailcatcher", "maildev", "smtp4dev",
            "inbucket", "mailcrab", "greenmail", "mailslurper");

    /**
     * Stems of the mail catchers' names as services and containers are named after them ({@code mailcatch} of
     * {@code sj26/mailcatcher}, {@code mailhog1}, {@code mailpit-web}): a host part that starts with one names a
     * catcher.
     */
    private static final String[] MAIL_CATCHER_STEMS = {"mailpit", "mailhog", "mailcatch", "maildev", "smtp4dev",
        "inbucket", "mailcrab", "mailslurper", "fakesmtp", "greenmail"};

    /**
     * Whether a lower-case host part ({@code -} or {@code _} separated piece of a label) names a development mail
     * catcher: one of {@link #MAIL_CATCHERS}, or a name that starts with a catcher's stem.
     *
     * @param part a lower-case part of a host label
     * @return whether it names a mail catcher
     */
    static boolean isMailCatcher(String part) {
        if (MAIL_CATCHERS.contains(part)) {
            return true;
        }
        for (String stem : MAIL_CATCHER_STEMS) {
            if (part.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case host label, or one of its {@code -} or {@code _} separated parts, names a development
     * mail catcher ({@code mailhog}, {@code penpot-mailcatch}).
     *
     * @param label a lower-case host label
     * @return whether it names a mail catcher
     */
    static boolean namesMailCatcher(String label) {
        int start = 0;
        for (int i = 0; i <= label.length(); i++) {
            if (i == label.length() || label.charAt(i) == '-' || label.charAt(i) == '_') {
                if (i > start && isMailCatcher(label.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Mode segments of credentials ({@code pk_test_}, {@code SB-Mid-server-}, {@code xnd_development_}); the
     * leading ones may also start a value ({@code test_…}, {@code sandbox-…}).
     */
    static final Set<String> CREDENTIAL_MODES = Set.of("test", "testing", "sandbox", "sbx", "sbox", "sdbx", "tst",
            "sb", "dev", "development", "staging", "stg");

    /** Credential mode segments that may open a value; the others must follow a segment ({@code sk_dev_}). */
    static final Set<String> LEADING_CREDENTIAL_MODES = Set.of("test", "testing", "sandbox", "sbx", "sbox", "tst");

    private ModeWords() {
    }
}

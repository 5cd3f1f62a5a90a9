package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.FirstLetters;
import dev.readiness.gates.internal.WordSets;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Settings that put a development stand-in where a real service belongs, read from the key and the kind of value
 * rather than from a host name:
 * <ul>
 *   <li>an emulator of a cloud service: a Google Cloud SDK {@code *_EMULATOR_HOST} variable set at all
 *       ({@code FIRESTORE_EMULATOR_HOST}, {@code PUBSUB_EMULATOR_HOST}, {@code FIREBASE_AUTH_EMULATOR_HOST}), an
 *       emulator switched on ({@code USE_FIREBASE_EMULATOR=true}), a LocalStack endpoint key, or Azure's
 *       development storage ({@code UseDevelopmentStorage=true}, the Azurite account {@code devstoreaccount1}) and
 *       the emulators' connection-string switch ({@code UseDevelopmentEmulator=true}: Service Bus, Event Hubs);</li>
 *   <li>a mock or fake switched on ({@code MOCK_AUTH=true}, {@code PAYMENTS_FAKE=1}, {@code USE_MOCKS=yes});
 *       {@code false} and values that are no boolean ({@code MOCK_SERVER_URL=…}) are not switches;</li>
 *   <li>a transport that delivers nowhere: Symfony's {@code null://} DSNs and in-memory messenger transport, a
 *       mailer or e-mail back end that logs, prints, stores or drops messages (Laravel {@code MAIL_MAILER=log|array},
 *       Django {@code EMAIL_BACKEND=…console.EmailBackend}, {@code locmem}, {@code dummy}, {@code filebased}, Rails'
 *       and .NET's {@code test}/{@code file}/pickup-directory delivery methods, Flask-Mail's
 *       {@code MAIL_SUPPRESS_SEND=true}) and Laravel's {@code null} queue.</li>
 * </ul>
 */
final class DevelopmentStandIns {

    private static final Set<String> EMULATOR_WORDS = Set.of("emulator", "emulators");
    private static final Set<String> ENDPOINT_WORDS = Set.of("host", "hosts", "url", "uri", "endpoint", "address",
            "addr");
    private static final Set<String> SWITCH_WORDS = Set.of("use", "enable", "enabled", "is", "with");
    private static final Set<String> MOCK_WORDS = Set.of("mock", "mocks", "mocked", "fake", "fakes", "faked");
    /**
     * Stub words (forty-seventh pass, seed 002's "OAuth stubs"): read only as the thing a switch turns on
     * ({@code OAUTH_STUBS_ENABLED}, {@code app.eis.stub-mode}, {@code USE_STUBS}), never wherever they stand, since a
     * stub is also an ordinary part of production software (systemd-resolved's {@code DNSStubListener=yes}, a gRPC
     * client stub).
     */
    private static final Set<String> STUB_WORDS = Set.of("stub", "stubs", "stubbed");
    /** Last words that switch the thing named just before them on as a whole ({@code stub-mode}, {@code stubs.enabled}). */
    private static final Set<String> WHOLE_SWITCH_WORDS = Set.of("enabled", "enable", "mode", "active");
    /**
     * What a test-only route is called after {@code test} (forty-seventh pass): {@code OAUTH_TEST_ENDPOINTS_ENABLED},
     * {@code ENABLE_TEST_ROUTES}, {@code test-controllers.enabled}; {@code TEST_API_KEY} and {@code TEST_DATABASE} are
     * not routes.
     */
    private static final Set<String> ROUTE_WORDS = Set.of("endpoint", "endpoints", "route", "routes", "controller",
            "controllers");
    /** First words that switch on what follows ({@code ENABLE_TEST_ROUTES}, {@code EXPOSE_TEST_ENDPOINTS}). */
    private static final Set<String> LEADING_SWITCH_WORDS = Set.of("enable", "use", "expose", "with");
    private static final Set<String> TRUE_VALUES = Set.of("true", "yes", "on", "1");
    private static final Set<String> MAIL_WORDS = Set.of("mail", "mailer", "email", "smtp");
    /** Channels other than e-mail whose sender a discarding driver replaces ({@code SMS_DRIVER=log}). */
    private static final Set<String> MESSAGE_WORDS = Set.of("sms", "otp", "notification", "notifications", "push",
            "whatsapp");
    /** What such a driver may select that discards: fewer than a mailer's ({@code memory} may be an in-app feed). */
    private static final Set<String> DISCARDING_SENDERS = Set.of("log", "console", "null", "array", "dummy", "noop");
    /**
     * Values that select a mock, fake, stub or dummy implementation ({@code SMS_PROVIDER=mock},
     * {@code generation.default-provider=MOCK}, {@code PAYMENT_GATEWAY=dummy}).
     */
    private static final Set<String> MOCK_SELECTIONS = Set.of("mock", "mocked", "fake", "stub", "dummy");
    private static final int SHORTEST_MOCK = WordSets.shortest(MOCK_SELECTIONS);
    /** Stand-in words an implementation's identifier starts with ({@code dummyPaymentHandler}, {@code BogusGateway}). */
    private static final Set<String> MOCK_IDENTIFIER_WORDS = Set.of("mock", "fake", "stub", "dummy", "bogus");
    private static final int MAX_SELECTOR_IDENTIFIER = 80;
    private static final int LONGEST_MOCK = WordSets.longest(MOCK_SELECTIONS);
    /**
     * Last words of keys that select which implementation of a component runs; an integration's environment
     * ({@code ABDM_ENV=mock}, {@code GATEWAY_ENVIRONMENT=fake}; forty-sixth pass) selects one as its mode does.
     */
    private static final Set<String> IMPLEMENTATION_SELECTORS = Set.of("provider", "gateway", "driver", "backend",
            "adapter", "impl", "implementation", "client", "strategy", "engine", "vendor", "mode", "sender", "channel",
            "transport", "service", "env", "environment");
    /** Components whose stand-in is an ordinary choice or no concern of production (a cache that stores nothing). */
    private static final Set<String> DUMMY_ALLOWED = Set.of("cache", "caches", "caching", "test", "tests", "testing");
    /**
     * The one selection that is also a headless device's ordinary choice ({@code PYSTRAY_BACKEND=dummy},
     * {@code AUDIO_BACKEND=dummy}, SDL's dummy drivers): read only where the key names payments or a message
     * channel ({@code PAYMENT_GATEWAY=dummy}, {@code SEPA_OTP_INSTRUCTION_TRANSPORT=dummy}).
     */
    private static final String DUMMY = "dummy";
    private static final Set<String> MAIL_SELECTOR_WORDS = Set.of("mailer", "driver", "transport", "backend",
            "transporter", "provider", "gateway", "channel", "sender");
    private static final Set<String> DISCARDING_MAILERS = Set.of("log", "array", "null", "console", "locmem", "dummy",
            "filebased", "file", "memory", "in-memory", "inmemory", "test", "noop", "letter_opener",
            "letter_opener_web", "specifiedpickupdirectory", "pickupdirectoryfromiis");
    /**
     * Values that select a development or test implementation of a message channel (forty-seventh pass:
     * {@code OTP_PROVIDER=dev} writes log-in codes to a table, {@code OTP_PROVIDER=fixture} accepts one fixed code):
     * read only under a selector whose word before it names SMS, OTP, push or notifications.
     */
    private static final Set<String> DEVELOPMENT_SENDERS = Set.of("dev", "development", "fixture", "fixtures", "test",
            "testing");
    private static final int MAX_SELECTOR_LENGTH = 64;
    private static final String[][] SELECTOR_WORDS_BY_LENGTH = byLength(TRUE_VALUES, DISCARDING_MAILERS,
            MOCK_SELECTIONS, DEVELOPMENT_SENDERS);
    private static final FirstLetters SELECTOR_FIRST = FirstLetters.of(flattened(SELECTOR_WORDS_BY_LENGTH));
    private static final Set<String> DJANGO_DISCARDING_BACKENDS = Set.of("console", "locmem", "dummy", "filebased");

    private DevelopmentStandIns() {
    }

    /**
     * The finding on a setting that selects a development stand-in in production.
     *
     * @param setting the setting
     * @param key the record of its key (its words, whether it names an emulator or LocalStack)
     * @param value its stripped, non-empty value
     * @param readings the snapshot's readings of its values (the stand-in module a class path names)
     * @return the finding, or {@code null} when the setting selects none
     */
    static @Nullable Finding judge(Setting setting, SandboxKey key, String value, EndpointReadings readings) {
        Finding byValue = byValue(setting, value);
        if (byValue != null) {
            return byValue;
        }
        if (value.length() == 11 && value.equalsIgnoreCase("development") && isIdentityServerKeyType(key.words)) {
            return SandboxFindings.developmentSigningKey(setting);
        }
        if ((key.standInFlags & FILE_NOTIFIER) != 0) {
            return SandboxFindings.discardTransport(setting, "a notifier that writes every message to a file on the "
                    + "server, delivering none");
        }
        boolean selects = value.length() <= MAX_SELECTOR_LENGTH && (isSelectorWord(value) || value.charAt(0) == ':'
                || AsciiCase.endsWith(value, ".emailbackend"));
        String standInModule = selects ? null : readings.standInModule(value);
        List<String> words = key.words;
        if (standInModule != null) {
            return (key.standInFlags & SELECTS_IMPLEMENTATION) == 0 ? null
                    : SandboxFindings.mockSelection(setting, standInModule);
        }
        if (!selects && (key.standInFlags & PAYMENTS_OR_MESSAGES) != 0 && value.length() >= 8) {
            String named = mockIdentifier(value);
            if (named != null) {
                return SandboxFindings.mockSelection(setting, named);
            }
        }
        if (!selects && !key.emulatorKey) {
            return null;
        }
        if (words.isEmpty()) {
            return null;
        }
        String lowerValue = value.toLowerCase(Locale.ROOT);
        String last = words.get(words.size() - 1);
        int flags = key.standInFlags;
        if ((flags & EMULATOR_WORD) != 0 && namesEmulator(words, last, lowerValue)) {
            return SandboxFindings.emulator(setting, "the emulator it names");
        }
        if ((flags & MOCK_SWITCH) != 0 && TRUE_VALUES.contains(lowerValue)) {
            return SandboxFindings.mockSwitch(setting);
        }
        if ((flags & TEST_ROUTES) != 0 && TRUE_VALUES.contains(lowerValue)) {
            return SandboxFindings.testRoutesSwitch(setting);
        }
        if ((flags & SELECTS_IMPLEMENTATION) != 0 && MOCK_SELECTIONS.contains(lowerValue)
                && (!lowerValue.equals(DUMMY) || (flags & PAYMENTS_OR_MESSAGES) != 0)) {
            return SandboxFindings.mockSelection(setting, lowerValue);
        }
        if ((flags & SELECTS_IMPLEMENTATION) != 0 && DEVELOPMENT_SENDERS.contains(lowerValue) && words.size() >= 2
                && MESSAGE_WORDS.contains(words.get(words.size() - 2))) {
            return SandboxFindings.mockSelection(setting, lowerValue);
        }
        String discarding = discardingSelection(words, last, lowerValue);
        return discarding == null ? null : SandboxFindings.discardTransport(setting, discarding);
    }

    /**
     * Whether a key is IdentityServer's signing-key type ({@code IdentityServer:Key:Type} of ASP.NET Core's
     * API-authorization templates, flattened {@code IdentityServer.Key.Type}), whose {@code Development} value makes the
     * server generate and sign with a key file of its own, for development only.
     */
    private static boolean isIdentityServerKeyType(List<String> words) {
        int size = words.size();
        return size >= 4 && words.get(size - 1).equals("type") && words.get(size - 2).equals("key")
                && words.get(size - 3).equals("server") && words.get(size - 4).equals("identity")
                || size >= 3 && words.get(size - 1).equals("type") && words.get(size - 2).equals("key")
                        && words.get(size - 3).equals("identityserver");
    }

    /**
     * Whether a key configures a notifier's or mailer's file-system transport (Authelia's
     * {@code notifier.filesystem.filename}, which its documentation calls a testing aid: password-reset and 2FA
     * messages go to a file on the server, not to the user).
     */
    private static boolean writesMessagesToFile(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (words.get(i).equals("filesystem")
                    && (words.get(i - 1).equals("notifier") || words.get(i - 1).equals("mailer"))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #keyFlags}: a word of the key names an emulator or LocalStack. */
    static final int EMULATOR_WORD = 1;
    /** {@link #keyFlags}: {@link #isMockSwitch}. */
    static final int MOCK_SWITCH = 2;
    /** {@link #keyFlags}: {@link #selectsImplementation}. */
    static final int SELECTS_IMPLEMENTATION = 4;
    /** {@link #keyFlags}: {@link #namesPaymentsOrMessages}. */
    static final int PAYMENTS_OR_MESSAGES = 8;
    /** {@link #keyFlags}: {@link #writesMessagesToFile}. */
    static final int FILE_NOTIFIER = 16;
    /** {@link #keyFlags}: {@link #switchesTestRoutes}. */
    static final int TEST_ROUTES = 32;

    /**
     * What {@link #judge} reads of a key's words alone, as the bits above: found once per key ({@link SandboxKey}),
     * where every switch word's value ({@code true}, {@code false}) used to read the words again. A new rule of
     * {@link #judge} that reads only the key's words belongs here as a bit of its own, not in the per-value path.
     *
     * @param words the key's words
     * @return the bits that hold
     */
    static int keyFlags(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        String last = words.get(words.size() - 1);
        boolean emulator = false;
        for (String word : words) {
            emulator |= EMULATOR_WORDS.contains(word) || word.equals("localstack");
        }
        emulator |= endsWithLocalStack(words);
        return (emulator ? EMULATOR_WORD : 0) | (isMockSwitch(words, last) ? MOCK_SWITCH : 0)
                | (selectsImplementation(words, last) ? SELECTS_IMPLEMENTATION : 0)
                | (namesPaymentsOrMessages(words) ? PAYMENTS_OR_MESSAGES : 0)
                | (writesMessagesToFile(words) ? FILE_NOTIFIER : 0)
                | (switchesTestRoutes(words, last) ? TEST_ROUTES : 0);
    }

    private static final int MAX_CLASS_PATH_LENGTH = 200;

    /**
     * {@link #standInModule(String)}'s first tests, read in place: a dotted path whose module segment is as long as a
     * stand-in word. Other values (most URLs and names) need no reading kept per value.
     *
     * @param value the stripped value
     * @return {@code false} when {@link #standInModule(String)} is {@code null}
     */
    static boolean mayNameModule(String value) {
        if (value.length() > MAX_CLASS_PATH_LENGTH) {
            return false;
        }
        int classDot = value.lastIndexOf('.');
        int moduleDot = classDot <= 0 ? -1 : value.lastIndexOf('.', classDot - 1);
        int length = classDot - moduleDot - 1;
        return moduleDot > 0 && length >= SHORTEST_MOCK && length <= LONGEST_MOCK;
    }

    /**
     * The stand-in a dotted class path selects by its module, the segment before the class
     * ({@code joanie.core.payment.backends.dummy.DummyPaymentBackend}, {@code lms.backends.fake.FakeBackend}): Django and
     * other frameworks select a back end by class path, and the module says what it is, as {@code PAYMENT_BACKEND=dummy}
     * says it as a word. Only a path of identifier segments is read; {@code null} otherwise. Under a key of a cache or of
     * tests ({@code CACHES.default.BACKEND=django.core.cache.backends.dummy.DummyCache}) it stays an ordinary choice.
     */
    static @Nullable String standInModule(String value) {
        if (value.length() > MAX_CLASS_PATH_LENGTH) {
            return null;
        }
        int classDot = value.lastIndexOf('.');
        int moduleDot = classDot <= 0 ? -1 : value.lastIndexOf('.', classDot - 1);
        if (moduleDot <= 0) {
            return null;
        }
        String module = null;
        for (String word : MOCK_SELECTIONS) {
            if (word.length() == classDot - moduleDot - 1 && value.regionMatches(true, moduleDot + 1, word, 0,
                    word.length())) {
                module = word;
            }
        }
        if (module == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_')
                    || c == '.' && (i == 0 || value.charAt(i - 1) == '.')) {
                return null;
            }
        }
        return module;
    }

    /**
     * The stand-in word an identifier starts with, in camel case, under a key of payments or messages: Vendure's
     * {@code paymentMethodHandlers[0]=dummyPaymentHandler}, a {@code FakeSmsSender}, a {@code MockPaymentGateway},
     * ActiveMerchant's {@code BogusGateway}. The word must be followed by a capital, so {@code mockingbirdPay} or
     * {@code fakeroo} are not read; {@code null} for any other value.
     */
    static @Nullable String mockIdentifier(String value) {
        int length = value.length();
        if (length > MAX_SELECTOR_IDENTIFIER) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        for (String word : MOCK_IDENTIFIER_WORDS) {
            int end = word.length();
            if (end < length && value.regionMatches(true, 0, word, 0, end) && value.charAt(end) >= 'A'
                    && value.charAt(end) <= 'Z') {
                return word;
            }
        }
        return null;
    }

    /** Whether the value is, in any case, a true value or a discarding mailer: compared by length, no hashing. */
    private static boolean isSelectorWord(String value) {
        int length = value.length();
        if (length == 0 || length >= SELECTOR_WORDS_BY_LENGTH.length || !SELECTOR_FIRST.mayStartAt(value, 0)) {
            return false;
        }
        char first = value.charAt(0);
        for (String word : SELECTOR_WORDS_BY_LENGTH[length]) {
            char wordFirst = word.charAt(0);
            // Two ASCII characters equal ignoring case differ at most in bit 0x20.
            if (first < 0x80 && wordFirst < 0x80 && (first | 0x20) != (wordFirst | 0x20)) {
                continue;
            }
            if (value.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of a table by length, in its order, by loops (no stream spun in the class initializer). */
    private static List<String> flattened(String[][] table) {
        List<String> words = new java.util.ArrayList<>();
        for (String[] row : table) {
            words.addAll(java.util.Arrays.asList(row));
        }
        return words;
    }

    @SafeVarargs
    private static String[][] byLength(Set<String>... sets) {
        int longest = 0;
        for (Set<String> words : sets) {
            for (String word : words) {
                longest = Math.max(longest, word.length());
            }
        }
        List<List<String>> buckets = new java.util.ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new java.util.ArrayList<>());
        }
        for (Set<String> words : sets) {
            for (String word : words) {
                buckets.get(word.length()).add(word);
            }
        }
        String[][] table = new String[longest + 1][];
        for (int i = 0; i <= longest; i++) {
            table[i] = buckets.get(i).toArray(new String[0]);
        }
        return table;
    }

    private static final String LOCALSTACK = "localstack";

    /**
     * Whether a credential's value is LocalStack's stand-in ({@code AWS_ACCESS_KEY_ID=localstack},
     * {@code localstack-fake-id}, {@code localstack_test}): the word alone or as the first dash or underscore part,
     * under a key, secret or token key. LocalStack accepts any credential, and compose files and READMEs give it
     * such values; AWS issues none. A key that names LocalStack itself ({@code LOCALSTACK_AUTH_TOKEN}) holds the
     * emulator's own licence, not an AWS credential, and is left alone.
     */
    private static boolean localStackCredential(String key, String value) {
        int length = LOCALSTACK.length();
        if (value.length() < length || !AsciiCase.regionIs(value, 0, LOCALSTACK)
                || value.length() > length && value.charAt(length) != '-' && value.charAt(length) != '_') {
            return false;
        }
        return (AsciiCase.contains(key, "key") || AsciiCase.contains(key, "secret") || AsciiCase.contains(key, "token"))
                && !namesEmulatorOrLocalStack(key);
    }

    /**
     * A cheap pre-test for the one rule that any value may trigger: the key names an emulator or LocalStack, in
     * the spellings keys use ({@code FIRESTORE_EMULATOR_HOST}, {@code useEmulator}, {@code localstack.endpoint},
     * {@code S3_LOCAL_STACK}); vectorised searches rather than a pass over the key.
     */
    static boolean namesEmulatorOrLocalStack(String key) {
        return key.indexOf("MULATOR") >= 0 || key.indexOf("mulator") >= 0 || key.indexOf("OCALSTACK") >= 0
                || key.indexOf("ocalstack") >= 0 || key.indexOf("ocalStack") >= 0 || key.indexOf("OCAL_STACK") >= 0
                || key.indexOf("ocal_stack") >= 0 || key.indexOf("ocal-stack") >= 0;
    }

    /**
     * Whether the key's last words are LocalStack's name written as two words ({@code S3_LOCAL_STACK},
     * {@code aws.local-stack}; forty-second pass): the key is the emulator's address itself, as
     * {@code LOCALSTACK_ENDPOINT} is, with nothing after the name to say it holds anything else
     * ({@code LOCAL_STACK_VERSION}, {@code LOCAL_STACK_ENABLED} are read by their last word).
     */
    private static boolean endsWithLocalStack(List<String> words) {
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("stack") && words.get(size - 2).equals("local");
    }

    private static @Nullable Finding byValue(Setting setting, String value) {
        char first = (char) (value.charAt(0) | 0x20);
        if (first == 'n' && AsciiCase.regionIs(value, 0, "null://")) {
            return SandboxFindings.discardTransport(setting, "the null transport (null://), which drops every message");
        }
        if (first == 'i' && AsciiCase.regionIs(value, 0, "in-memory://")) {
            return SandboxFindings.discardTransport(setting, "the in-memory transport (in-memory://), whose messages "
                    + "no worker ever receives");
        }
        if (first == 'l' && localStackCredential(setting.key(), value)) {
            return SandboxFindings.emulator(setting, "LocalStack's stand-in credentials (" + LOCALSTACK
                    + "…), which only the emulator accepts");
        }
        // the Azure forms below but Azurite's account name spell evelopment: one scan of most values, not four
        boolean development = value.length() >= 16 && value.indexOf("evelopment") >= 0;
        if (value.length() >= 16 && namesDevelopmentStorage(value, development)) {
            return SandboxFindings.emulator(setting, "Azure's development storage (the Azurite emulator's "
                    + "well-known account)");
        }
        if (development && value.length() >= 27 && namesDevelopmentEmulator(value)) {
            return SandboxFindings.emulator(setting, "an Azure emulator (UseDevelopmentEmulator=true, as the Service "
                    + "Bus and Event Hubs emulators' connection strings say)");
        }
        if (value.length() >= 32 && cosmosEmulator(value)) {
            return SandboxFindings.emulator(setting, "the Azure Cosmos DB emulator (an AccountEndpoint on the local "
                    + "machine; Cosmos DB runs only on Azure)");
        }
        return null;
    }

    /**
     * A Cosmos DB connection string whose {@code AccountEndpoint} is on the local machine
     * ({@code AccountEndpoint=https://localhost:8081/;AccountKey=…}): Cosmos DB has no self-hosted edition, so that
     * is its emulator, whose key Microsoft publishes. An account on Azure ({@code https://acme.documents.azure.com})
     * is not.
     */
    private static boolean cosmosEmulator(String value) {
        int at = value.indexOf("ccountEndpoint=");
        if (at < 0) {
            at = value.indexOf("ccountendpoint=");
        }
        if (at < 1 || !AsciiCase.regionIs(value, at - 1, "accountendpoint=")) {
            return false;
        }
        int start = at + "ccountEndpoint=".length();
        int end = value.indexOf(';', start);
        Endpoint endpoint = Endpoint.parse(value.substring(start, end < 0 ? value.length() : end).strip(), true)
                .orElse(null);
        return endpoint != null && (endpoint.host().equals("localhost") || Ip.isLoopback(endpoint.host()));
    }

    /**
     * {@code FIRESTORE_EMULATOR_HOST=…}, {@code LOCALSTACK_ENDPOINT=…}, {@code S3_LOCAL_STACK=…},
     * {@code USE_FIREBASE_EMULATOR=true}.
     */
    private static boolean namesEmulator(List<String> words, String last, String lower) {
        // a word of the key names an emulator or LocalStack (EMULATOR_WORD, asked before)
        if (ENDPOINT_WORDS.contains(last) || endsWithLocalStack(words)) {
            return !ModeWords.FALSE_VALUES.contains(lower) && !lower.equals("none");
        }
        return TRUE_VALUES.contains(lower) && (EMULATOR_WORDS.contains(last) || SWITCH_WORDS.contains(words.get(0))
                || last.equals("enabled"));
    }

    /**
     * {@code MOCK_AUTH}, {@code AUTH_MOCK}, {@code USE_MOCKS}, {@code ENABLE_FAKE_PAYMENTS}, {@code payment.mock-mode},
     * {@code payments.mock-gateway.enabled}, a mock word right before the key's last word ({@code locker.mock_locker},
     * {@code sms.fake_sender}: the mock of the thing the key names), and a switch phrase inside the key
     * ({@code app.debug.enable-mock-send-verification-code}: a switch word directly before a mock word).
     */
    private static boolean isMockSwitch(List<String> words, String last) {
        String first = words.get(0);
        if (MOCK_WORDS.contains(first) || MOCK_WORDS.contains(last)
                || words.size() > 1 && MOCK_WORDS.contains(words.get(words.size() - 2))) {
            return true;
        }
        int size = words.size();
        if (size > 1 && (STUB_WORDS.contains(words.get(size - 2)) && WHOLE_SWITCH_WORDS.contains(last)
                || STUB_WORDS.contains(last) && SWITCH_WORDS.contains(words.get(size - 2)))) {
            return true; // OAUTH_STUBS_ENABLED, app.eis.stub-mode, USE_STUBS; not DNSStubListener
        }
        boolean switchedAsWhole = last.equals("enabled") || last.equals("mode") || SWITCH_WORDS.contains(first);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (MOCK_WORDS.contains(words.get(i + 1)) && (switchedAsWhole || SWITCH_WORDS.contains(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key switches on routes that exist for tests only (forty-seventh pass; seed 002's GATE-004, "OAuth
     * test controllers disabled in production build"): {@code test} followed by an endpoint, route or controller word,
     * with the whole switched by the last word ({@code OAUTH_TEST_ENDPOINTS_ENABLED}, {@code test-controllers.enabled})
     * or by the first ({@code ENABLE_TEST_ROUTES}, {@code EXPOSE_TEST_ENDPOINTS}).
     */
    private static boolean switchesTestRoutes(List<String> words, String last) {
        boolean switched = WHOLE_SWITCH_WORDS.contains(last) || LEADING_SWITCH_WORDS.contains(words.get(0));
        if (!switched) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("test") && ROUTE_WORDS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key selects which implementation of a component runs ({@code SMS_PROVIDER},
     * {@code generation.default-provider}, {@code AUTH_MODE}), and not of a cache or a test, where a dummy is an
     * ordinary choice.
     */
    private static boolean selectsImplementation(List<String> words, String last) {
        if (!IMPLEMENTATION_SELECTORS.contains(last)) {
            return false;
        }
        for (String word : words) {
            if (DUMMY_ALLOWED.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesPaymentsOrMessages(List<String> words) {
        for (String word : words) {
            if (ModeWords.PAYMENT_KEY_WORDS.contains(word) || MESSAGE_WORDS.contains(word) || MAIL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What a mailer, e-mail back end, delivery method or queue selector selects that delivers nowhere. */
    private static @Nullable String discardingSelection(List<String> words, String last, String lower) {
        if (words.size() < 2) {
            return null;
        }
        String previous = words.get(words.size() - 2);
        if (previous.equals("queue") && (last.equals("connection") || last.equals("driver"))) {
            return lower.equals("null") ? "the null queue driver, which drops every job" : null;
        }
        if (previous.equals("suppress") && last.equals("send")) {
            return TRUE_VALUES.contains(lower) ? "suppressed sending (MAIL_SUPPRESS_SEND)" : null;
        }
        boolean messageSelector = MESSAGE_WORDS.contains(previous) && MAIL_SELECTOR_WORDS.contains(last);
        boolean mailSelector = MAIL_WORDS.contains(previous) && MAIL_SELECTOR_WORDS.contains(last)
                || previous.equals("delivery") && last.equals("method");
        if (!mailSelector && !messageSelector) {
            return null;
        }
        String selected = lower.startsWith(":") ? lower.substring(1) : lower;
        if (mailSelector ? DISCARDING_MAILERS.contains(selected) : DISCARDING_SENDERS.contains(selected)) {
            return mailSelector
                    ? "the '" + selected + "' mailer, which logs, prints, stores or drops e-mail instead of sending it"
                    : "the '" + selected + "' " + previous + " driver, which logs, prints, stores or drops messages "
                            + "instead of sending them";
        }
        int end = selected.lastIndexOf('.');
        if (end > 0 && selected.substring(end + 1).equals("emailbackend")) {
            String backend = selected.substring(selected.lastIndexOf('.', end - 1) + 1, end);
            if (DJANGO_DISCARDING_BACKENDS.contains(backend)) {
                return "Django's " + backend + " e-mail back end, which prints, stores or drops e-mail instead of "
                        + "sending it";
            }
        }
        return null;
    }

    /**
     * {@code UseDevelopmentStorage=true} or {@code devstoreaccount1} anywhere, as Azure's documentation spells them
     * or in lower case: a few vectorised searches rather than a pass of character comparisons.
     */
    private static boolean namesDevelopmentEmulator(String value) {
        int at = value.indexOf("evelopmentEmulator=");
        if (at < 0) {
            at = value.indexOf("evelopmentemulator=");
        }
        return at >= 4 && AsciiCase.regionIs(value, at - 4, "usedevelopmentemulator=true");
    }

    private static boolean namesDevelopmentStorage(String value, boolean development) {
        if (value.indexOf("evstoreaccount1") > 0) {
            return true;
        }
        if (!development) {
            return false;
        }
        int at = value.indexOf("evelopmentStorage=");
        if (at < 0) {
            at = value.indexOf("evelopmentstorage=");
        }
        return at >= 4 && AsciiCase.regionIs(value, at - 4, "usedevelopmentstorage=true");
    }
}

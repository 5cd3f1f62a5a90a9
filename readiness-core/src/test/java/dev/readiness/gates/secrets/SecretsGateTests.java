package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretsGateTests {

    private final SecretsGate gate = new SecretsGate();

    private List<Finding> check(Stage stage, Map<String, String> settings) {
        Outcome outcome = gate.check(GateContext.of(stage, Settings.of(settings)));
        return outcome.findings();
    }

    private List<Finding> check(String key, String value) {
        return check(Stage.PRODUCTION, Map.of(key, value));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                // blank
                Arguments.of("JWT_SECRET", "", "secrets.blank"),
                Arguments.of("spring.datasource.password", "   ", "secrets.blank"),
                // unresolved placeholders, including the seeds' runbooks
                Arguments.of("JWT_SECRET", "${JWT_SECRET:changeme}", "secrets.placeholder"),
                Arguments.of("spring.datasource.password", "${DB_PASSWORD:${DB_PASS:}x}", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "<strong-random-secret-256-bits>", "secrets.placeholder"),
                Arguments.of("DHL_API_KEY", "<your-production-api-key>", "secrets.placeholder"),
                Arguments.of("DHL_API_SECRET", "<your-production-secret>", "secrets.placeholder"),
                Arguments.of("FEDEX_SECRET_KEY", "<production-secret>", "secrets.placeholder"),
                Arguments.of("STRIPE_WEBHOOK_SECRET", "<webhook-secret>", "secrets.placeholder"),
                Arguments.of("WOOCOMMERCE_CONSUMER_SECRET", "<production-secret>", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "{{ jwt_secret }}", "secrets.placeholder"),
                Arguments.of("SESSION_SECRET", "changeme", "secrets.placeholder"),
                Arguments.of("SESSION_SECRET", "CHANGE-ME", "secrets.placeholder"),
                Arguments.of("SESSION_SECRET", "change_me", "secrets.placeholder"),
                Arguments.of("MTN_MOMO_API_KEY", "your-api-key-here", "secrets.placeholder"),
                Arguments.of("MTN_MOMO_API_KEY", "YOUR_API_KEY_HERE", "secrets.placeholder"),
                Arguments.of("SHOPIFY_API_SECRET", "your_shopify_secret", "secrets.placeholder"),
                Arguments.of("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "secrets.placeholder"),
                Arguments.of("GITHUB_TOKEN", "xxxxxxxx", "secrets.placeholder"),
                Arguments.of("HEALTH_TOKEN", "XXXX-XXXX-XXXX-XXXX", "secrets.placeholder"),
                Arguments.of("HEALTH_TOKEN", "TODO", "secrets.placeholder"),
                Arguments.of("HEALTH_TOKEN", "REPLACE_ME", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "secret", "secrets.placeholder"),
                Arguments.of("SUPERADMIN_PASSWORD", "password", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "jwt_secret", "secrets.placeholder"),
                Arguments.of("STRIPE_SECRET_KEY", "stripe-secret-key", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "[YOUR_JWT_SECRET]", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "$JWT_SECRET", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "__JWT_SECRET__", "secrets.placeholder"),
                Arguments.of("JWT_SECRET", "supersecret-change-me-in-production-please-really", "secrets.placeholder"),
                Arguments.of("AES_SECRET_KEY", "replace-with-a-32-byte-key-later", "secrets.placeholder"),
                Arguments.of("API_KEY", "...", "secrets.placeholder"),
                // published defaults and samples
                Arguments.of("JWT_SECRET", "404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970",
                        "secrets.published-default"),
                Arguments.of("jwt.secret", "5367566B59703373367639792F423F4528482B4D6251655468576D5A71347437",
                        "secrets.published-default"),
                Arguments.of("jhipster.security.authentication.jwt.base64-secret",
                        "MDYwNWY4MjVmZDM4ZGU4NWVlMTIxOGNlMTk5NzA1ZjhkM2I4NDliMzYwMzkxM2IxNTQzOGYwYzI4ZDhiOTMwNjVlMjQzZWFhMjNjOGZmNjhkYzY1M2M1ZjcwYzFhMjQ3NTQ0ZGMwZWE4MmNhYWY3MzQxY2RhMzBlNGJjOTViNjQ=",
                        "secrets.published-default"),
                Arguments.of("JWT_SECRET", "your-256-bit-secret", "secrets.published-default"),
                Arguments.of("JWT_SECRET", "your-super-secret-jwt-token-with-at-least-32-characters-long",
                        "secrets.published-default"),
                Arguments.of("bezkoder.app.jwtSecret", "======================BezKoder=Spring===========================",
                        "secrets.published-default"),
                Arguments.of("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "secrets.published-default"),
                Arguments.of("AZURE_STORAGE_ACCOUNT_KEY",
                        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                        "secrets.published-default"),
                Arguments.of("STRIPE_SECRET_KEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "secrets.published-default"),
                Arguments.of("MINIO_ROOT_PASSWORD", "minioadmin", "secrets.published-default"),
                Arguments.of("spring.rabbitmq.password", "guest", "secrets.published-default"),
                Arguments.of("GF_SECURITY_ADMIN_PASSWORD", "admin", "secrets.published-default"),
                Arguments.of("SUPERADMIN_PASSWORD", "Admin", "secrets.published-default"),
                Arguments.of("POSTGRES_PASSWORD", "mysecretpassword", "secrets.published-default"),
                Arguments.of("spring.datasource.password", "postgres", "secrets.published-default"),
                Arguments.of("MYSQL_ROOT_PASSWORD", "my-secret-pw", "secrets.published-default"),
                Arguments.of("server.ssl.key-store-password", "changeit", "secrets.published-default"),
                Arguments.of("SESSION_SECRET", "keyboard cat", "secrets.published-default"),
                Arguments.of("GF_SECURITY_SECRET_KEY", "SW2YcwTIb9zpOOhoPsMm", "secrets.published-default"),
                Arguments.of("ADMIN_JWT_SECRET", "tobemodified", "secrets.published-default"),
                Arguments.of("DJANGO_SECRET_KEY", "django-insecure-" + Samples.printable(50, 1), "secrets.published-default"),
                Arguments.of("SECRET_KEY", "sk-9f73s3ljTXVcMT3Blb3ljTqtsKiGHXVcMT3BlbkFJLK7U", "secrets.published-default"),
                Arguments.of("jwt.base64-secret", "ZmQ0ZGI5NjQ0MDQwY2I4MjMxY2Y3ZmI3MjdhN2ZmMjNhODViOTg1ZGE0NTBjMGM4NDA5NzYxMj"
                        + "djOWMwYWRmZTBlZjlhNGY3ZTg4Y2U3YTE1ODVkZDU5Y2Y3OGYwZWE1NzUzNWQ2YjFjZDc0NGMxZWU2MmQ3MjY1NzJmNTE0MzI=",
                        "secrets.published-default"),
                // guessable
                Arguments.of("SUPERADMIN_PASSWORD", "Summer2024!", "secrets.guessable"),
                Arguments.of("SUPERADMIN_PASSWORD", "P@ssw0rd123", "secrets.guessable"),
                Arguments.of("spring.datasource.password", "qwertyuiop123", "secrets.guessable"),
                Arguments.of("spring.datasource.password", "1qaz2wsx3edc", "secrets.guessable"),
                Arguments.of("HEALTH_TOKEN", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "secrets.guessable"),
                Arguments.of("JWT_SECRET", "mysupersecretjwtsigningkeyforhs256padding", "secrets.guessable"),
                Arguments.of("JWT_SECRET", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "secrets.guessable"),
                Arguments.of("JWT_SECRET", "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc",
                        "secrets.guessable"),
                Arguments.of("AES_SECRET_KEY", "0000000000000000000000000000000000000000000000000000000000000000",
                        "secrets.guessable"),
                Arguments.of("DB_PASSWORD", "20240115", "secrets.guessable"),
                Arguments.of("API_KEY", "abcdefghijklmnopqrstuvwxy", "secrets.guessable"),
                Arguments.of("sa-token.jwt-secret-key", "abcdefghijklmnopqrstuvwxyz", "secrets.published-default"),
                Arguments.of("SUPERADMIN_PASSWORD", "correct horse battery staple", "secrets.published-default"),
                Arguments.of("SUPERADMIN_PASSWORD", "Password1Password1", "secrets.guessable"),
                // too little entropy for the purpose
                Arguments.of("JWT_SECRET", "3f2b8c1e-9d4a-4e7b-8a6c-5d1e2f3a4b5c", "secrets.too-weak"),
                Arguments.of("JWT_SECRET", Samples.hex(16, 2), "secrets.too-weak"),
                Arguments.of("JWT_ACCESS_SECRET", Samples.base64(16, 3), "secrets.too-weak"),
                Arguments.of("JWT_SECRET", Samples.base64(24, 4), "secrets.too-weak"),
                Arguments.of("HEALTH_TOKEN", Samples.alphanumeric(8, 5), "secrets.too-weak"),
                Arguments.of("SUPERADMIN_PASSWORD", Samples.alphanumeric(7, 6), "secrets.too-weak"),
                Arguments.of("API_KEY", "4f9a2c7e1b3d", "secrets.too-weak"),
                // key material of the wrong size
                Arguments.of("AES_SECRET_KEY", Samples.base64(20, 7), "secrets.key-size"),
                Arguments.of("ENCRYPTION_KEY", Samples.hex(20, 8), "secrets.key-size"),
                Arguments.of("AES256_KEY", Samples.base64(16, 9), "secrets.key-size"),
                Arguments.of("app.encryption.key", Samples.base64Url(40, 10), "secrets.key-size"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("badValues")
    void checkWhenSecretIsBadShouldSayNoGoWithItsCode(String key, String value, String code) {
        List<Finding> findings = check(key, value);

        assertThat(findings).extracting(Finding::code).contains(code);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.subject()).isEqualTo(key);
            assertThat(finding.remediation()).isNotBlank();
            assertNoFragment(finding.message() + finding.remediation() + finding, value, key);
        });
    }

    @ParameterizedTest(name = "without zxcvbn: {0}={1} is {2}")
    @MethodSource("badValues")
    void checkWithTheBuiltInEstimatorWhenSecretIsBadShouldReportTheSameCode(String key, String value, String code) {
        Outcome outcome = builtInGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value))));

        assertThat(outcome.findings()).extracting(Finding::code).contains(code);
    }

    @ParameterizedTest(name = "without zxcvbn: {0} stays GO")
    @MethodSource("goodValues")
    void checkWithTheBuiltInEstimatorWhenSecretIsStrongShouldSayGo(String key, String value) {
        Outcome outcome = builtInGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value))));

        assertThat(outcome.findings()).isEmpty();
    }

    private static SecretsGate builtInGate() {
        return new SecretsGate(SecretKeys.defaults(),
                new SecretStrength(PublishedDefaults.builtIn(), Guessability.builtIn()));
    }

    static Stream<Arguments> goodValues() {
        return Stream.of(
                // SecureRandom-style signing secrets in every common encoding
                Arguments.of("JWT_SECRET", Samples.base64(32, 100)),
                Arguments.of("JWT_SECRET", Samples.base64(32, 101)),
                Arguments.of("jwt.secret", Samples.base64Url(32, 102)),
                Arguments.of("jwtSecret", Samples.hex(32, 103)),
                Arguments.of("JWT_SECRET", Samples.hex(32, 104).toUpperCase(java.util.Locale.ROOT)),
                Arguments.of("JWT_ACCESS_SECRET", Samples.base64(48, 105)),
                Arguments.of("JWT_REFRESH_SECRET", Samples.base64(64, 106)),
                Arguments.of("jhipster.security.authentication.jwt.base64-secret", Samples.base64(64, 107)),
                Arguments.of("HMAC_SECRET", Samples.base64Url(64, 108)),
                Arguments.of("security.jwt.secret-key", Samples.alphanumeric(64, 109)),
                Arguments.of("JWT_SECRET", Samples.printable(48, 110)),
                // encryption keys of the right size
                Arguments.of("AES_SECRET_KEY", Samples.base64(32, 120)),
                Arguments.of("AES_SECRET_KEY", Samples.hex(32, 121)),
                Arguments.of("ENCRYPTION_KEY", Samples.base64(16, 122)),
                Arguments.of("ENCRYPTION_KEY", Samples.base64Url(24, 123)),
                Arguments.of("AES256_KEY", Samples.base64Url(32, 124)),
                Arguments.of("app.encryption.key", Samples.alphanumeric(32, 125)),
                Arguments.of("APP_KEY", "base64:" + Samples.base64(32, 126)),
                // passwords
                Arguments.of("SUPERADMIN_PASSWORD", Samples.printable(20, 130)),
                Arguments.of("spring.datasource.password", Samples.alphanumeric(32, 131)),
                Arguments.of("SPRING_DATASOURCE_PASSWORD", Samples.base64(24, 132)),
                Arguments.of("spring.mail.password", Samples.alphanumeric(16, 133)),
                Arguments.of("DB_PASSWORD", "glacier-mosaic-tundra-ferret-quiver-lantern"),
                Arguments.of("server.ssl.key-store-password", Samples.printable(24, 134)),
                Arguments.of("spring.data.redis.password", Samples.hex(24, 135)),
                // provider credentials as issued
                Arguments.of("STRIPE_SECRET_KEY", "sk_live_" + Samples.alphanumeric(24, 140)),
                Arguments.of("STRIPE_SECRET_KEY", "sk_live_" + Samples.alphanumeric(99, 141)),
                Arguments.of("STRIPE_WEBHOOK_SECRET", "whsec_" + Samples.alphanumeric(32, 142)),
                Arguments.of("AWS_SECRET_ACCESS_KEY", Samples.base64(30, 143)),
                Arguments.of("S3_SECRET_ACCESS_KEY", Samples.base64(30, 144)),
                Arguments.of("DHL_API_KEY", Samples.alphanumeric(32, 145)),
                Arguments.of("DHL_API_SECRET", Samples.alphanumeric(16, 146)),
                Arguments.of("FEDEX_API_KEY", "l7" + Samples.hex(15, 147)),
                Arguments.of("FEDEX_SECRET_KEY", Samples.hex(16, 148)),
                Arguments.of("TWILIO_AUTH_TOKEN", Samples.hex(16, 149)),
                Arguments.of("MTN_MOMO_API_KEY", Samples.hex(16, 150)),
                Arguments.of("SHOPIFY_API_SECRET", "shpss_" + Samples.hex(16, 151)),
                Arguments.of("WOOCOMMERCE_CONSUMER_SECRET", "cs_" + Samples.hex(20, 152)),
                Arguments.of("GITHUB_TOKEN", "ghp_" + Samples.alphanumeric(36, 153)),
                Arguments.of("SLACK_BOT_TOKEN", "xoxb-123456789012-1234567890123-" + Samples.alphanumeric(24, 154)),
                Arguments.of("SENDGRID_API_KEY", "SG." + Samples.base64Url(16, 155) + "." + Samples.base64Url(32, 156)),
                Arguments.of("PAYPAL_CLIENT_SECRET", Samples.base64Url(60, 157)),
                Arguments.of("RAZORPAY_KEY_SECRET", Samples.alphanumeric(24, 158)),
                Arguments.of("MAILGUN_API_KEY", "key-" + Samples.hex(16, 159)),
                Arguments.of("OPENAI_API_KEY", "sk-proj-" + Samples.base64Url(120, 160)),
                // generated tokens and other secrets
                Arguments.of("HEALTH_TOKEN", "7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                Arguments.of("SECRET_KEY_BASE", Samples.hex(64, 170)),
                Arguments.of("DJANGO_SECRET_KEY", Samples.pick("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50, 171)),
                Arguments.of("SESSION_SECRET", Samples.base64(32, 172)),
                Arguments.of("HASHIDS_SALT", Samples.alphanumeric(24, 173)),
                Arguments.of("VAULT_TOKEN", "hvs." + Samples.alphanumeric(24, 174)),
                // references and key material that are not judged as strings
                Arguments.of("JWT_PRIVATE_KEY", "classpath:keys/jwt-private.pem"),
                Arguments.of("GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json"),
                Arguments.of("DB_PASSWORD_FILE_CONTENT", "ENC(" + Samples.base64(24, 175) + ")"),
                Arguments.of("JWT_SECRET", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/jwt-AbCdEf"),
                Arguments.of("RSA_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\n" + Samples.base64(600, 176)
                        + "\n-----END PRIVATE KEY-----"),
                Arguments.of("STRIPE_KEY", "pk_live_" + Samples.alphanumeric(24, 177)),
                // keys that are not secrets, whatever their values look like
                Arguments.of("JWT_EXPIRATION", "3600"),
                Arguments.of("ACCESS_TOKEN_TTL", "15m"),
                Arguments.of("TOKEN_URL", "https://auth.example.org/oauth2/token"),
                Arguments.of("PASSWORD_MIN_LENGTH", "12"),
                Arguments.of("API_KEY_HEADER", "X-API-Key"),
                Arguments.of("JWT_ALGORITHM", "HS256"),
                Arguments.of("AWS_ACCESS_KEY_ID", "AKIA" + Samples.alphanumeric(16, 178).toUpperCase(java.util.Locale.ROOT)),
                Arguments.of("S3_ACCESS_KEY_ID", "minio"),
                Arguments.of("PAYPAL_CLIENT_ID", "abc"),
                Arguments.of("VITE_STRIPE_PUBLISHABLE_KEY", "pk_test_" + Samples.alphanumeric(30, 179)),
                Arguments.of("SENTRY_DSN", "https://abc123@o12345.ingest.sentry.io/1234567"),
                Arguments.of("JWT_SECRET_LENGTH", "32"),
                Arguments.of("API_KEY_ENABLED", "true"),
                Arguments.of("SUPERADMIN_EMAIL", "admin@example.com"));
    }

    @ParameterizedTest(name = "{0} stays GO")
    @MethodSource("goodValues")
    void checkWhenSecretIsStrongOrNotASecretShouldSayGo(String key, String value) {
        assertThat(check(key, value)).isEmpty();
    }

    @Test
    void checkWhenARandomKeyMerelyStartsLikeAProviderTokenShouldJudgeAllItsBits() {
        // base64url of 32 random bytes (seed sample 2153890 of SecretsGatePropertyTests) that begins with hf_
        assertThat(check("JWT_SECRET", "hf_a8-jp4BKVYW34Goo264nGW3cZ6F1gJi8UIP8Lv5w")).isEmpty();
        assertThat(check("AES_SECRET_KEY", "sk-a8-jp4BKVYW34Goo264nGW3cZ6F1gJi8UIP8Lv5w")).isEmpty();
        // a short random tail behind the prefix is still too weak for a signing secret
        assertThat(check("JWT_SECRET", "hf_a8-jp4BKVYW34Goo26")).extracting(Finding::code)
                .containsExactly("secrets.too-weak");
    }

    @Test
    void checkWhenAProductionConfigurationIsHealthyShouldHaveNoFindings() {
        Map<String, String> settings = new LinkedHashMap<>();
        goodValues().forEach(arguments -> settings.putIfAbsent((String) arguments.get()[0], (String) arguments.get()[1]));

        assertThat(check(Stage.PRODUCTION, settings)).isEmpty();
    }

    @Test
    void checkWhenAccessAndRefreshSecretsAreEqualShouldReportReuseNamingBothKeysButNoValue() {
        String shared = Samples.base64(32, 200);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("JWT_ACCESS_SECRET", shared);
        settings.put("JWT_REFRESH_SECRET", shared);

        List<Finding> findings = check(Stage.PRODUCTION, settings);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.reused");
            assertThat(finding.subject()).isEqualTo("JWT_REFRESH_SECRET");
            assertThat(finding.message()).contains("JWT_ACCESS_SECRET");
            assertNoFragment(finding.toString() + finding.remediation(), shared);
        });
    }

    @Test
    void checkWhenTheSamePasswordOrProviderKeyAppearsUnderTwoNamesShouldNotReportReuse() {
        String password = Samples.alphanumeric(32, 201);
        String stripe = "sk_live_" + Samples.alphanumeric(24, 202);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.password", password);
        settings.put("spring.flyway.password", password);
        settings.put("STRIPE_SECRET_KEY", stripe);
        settings.put("STRIPE_API_KEY", stripe);

        assertThat(check(Stage.PRODUCTION, settings)).isEmpty();
    }

    @Test
    void checkWhenPlaceholdersRepeatShouldReportPlaceholdersNotReuse() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DHL_API_SECRET", "<production-secret>");
        settings.put("FEDEX_SECRET_KEY", "<production-secret>");

        assertThat(check(Stage.PRODUCTION, settings)).extracting(Finding::code)
                .containsExactly("secrets.placeholder", "secrets.placeholder");
    }

    @Test
    void checkWhenASiblingSettingNamesAes256ShouldRequireA32ByteKey() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("AES_ALGORITHM", "AES-256-GCM");
        settings.put("AES_SECRET_KEY", Samples.base64(16, 210));

        assertThat(check(Stage.PRODUCTION, settings)).extracting(Finding::code).containsExactly("secrets.key-size");

        settings.put("AES_SECRET_KEY", Samples.base64(32, 211));
        assertThat(check(Stage.PRODUCTION, settings)).isEmpty();
    }

    @Test
    void checkInDevelopmentAndTestShouldWarnInsteadOfNoGo() {
        for (Stage stage : List.of(Stage.DEVELOPMENT, Stage.TEST)) {
            assertThat(check(stage, Map.of("JWT_SECRET", "changeme")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
        }
        assertThat(check(Stage.STAGING, Map.of("JWT_SECRET", "changeme")))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.NO_GO);
    }

    @Test
    void checkWhenExtraAndExcludedKeysAreConfiguredShouldFollowThem() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("readiness.secrets.extra-keys", "CARRIER_PIN, legacy.hmac");
        settings.put("READINESS_SECRETS_EXCLUDE_KEYS", "TEST_FIXTURE_PASSWORD");
        settings.put("CARRIER_PIN", "1234");
        settings.put("TEST_FIXTURE_PASSWORD", "password");

        assertThat(check(Stage.PRODUCTION, settings)).extracting(Finding::subject).containsExactly("CARRIER_PIN");
    }

    @Test
    void checkWhenAUserCatalogListsAValueShouldReportItAsPublishedDefault(@TempDir Path dir) throws IOException {
        String retired = Samples.base64(32, 220);
        Path catalog = dir.resolve("retired.tsv");
        Files.writeString(catalog, "# our retired secrets\nsha256\t" + PublishedDefaults.sha256(retired)
                + "\tRotated after the 2025 incident\n", StandardCharsets.UTF_8);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("readiness.secrets.catalog", catalog.toString());
        settings.put("JWT_SECRET", retired);

        assertThat(check(Stage.PRODUCTION, settings)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.published-default");
            assertThat(finding.message()).contains("retired.tsv:2");
        });
    }

    @Test
    void checkShouldReadAUserCatalogWrittenAsAFileOrClassPathLocation(@TempDir Path dir) throws Exception {
        // spring.md documents file: and classpath: locations; session 23 found both refused as "file not found",
        // the classpath: one with its name scrubbed to [redacted].
        String retired = Samples.base64(32, 221);
        String text = "sha256\t" + PublishedDefaults.sha256(retired) + "\tRetired in 2025 (SEC-40)\n";
        Path catalog = dir.resolve("acme-retired.tsv");
        Files.writeString(catalog, text, StandardCharsets.UTF_8);

        assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", "file:" + catalog, "JWT_SECRET", retired)))
                .extracting(Finding::code).containsExactly("secrets.published-default");
        assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", catalog.toUri().toString(),
                "JWT_SECRET", retired))).extracting(Finding::code).containsExactly("secrets.published-default");
        // a list, as the Spring property is: indexed, or comma-separated beside another catalog
        assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog[0]", catalog.toString(),
                "JWT_SECRET", retired))).extracting(Finding::code).containsExactly("secrets.published-default");
        Path other = Files.writeString(dir.resolve("other.tsv"), "text\tOtherRetiredValue-1\tretired\n");
        assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", other + "," + catalog,
                "JWT_SECRET", retired))).extracting(Finding::code).containsExactly("secrets.published-default");

        // classpath: as the application's class loader sees it (at boot, in a test)
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", "classpath:acme-retired.tsv",
                    "JWT_SECRET", retired))).singleElement().satisfies(finding -> {
                        assertThat(finding.code()).isEqualTo("secrets.published-default");
                        assertThat(finding.message()).contains("acme-retired.tsv:1");
                    });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }

        // classpath: of a packaged application read by the CLI: the jar beside the file that named it
        Path jar = dir.resolve("ledger.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/acme-retired.tsv"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        dev.readiness.settings.Origin inJar = dev.readiness.settings.Origin.file(
                jar + "!/BOOT-INF/classes/application-prod.properties", 18);
        Settings packaged = Settings.builder()
                .add(dev.readiness.settings.Setting.of("readiness.secrets.catalog", "classpath:acme-retired.tsv", inJar))
                .add(dev.readiness.settings.Setting.of("JWT_SECRET", retired, dev.readiness.settings.Origin.of("env")))
                .build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, packaged)).findings())
                .extracting(Finding::code).containsExactly("secrets.published-default");
    }

    @Test
    void checkWhenAClassPathCatalogIsMissingShouldNameItUnscrubbed() {
        Report report = GateCheck.forStage(Stage.PRODUCTION)
                .settings(Map.of("readiness.secrets.catalog", "classpath:acme-missing.tsv"))
                .gates(gate).run().report();

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.catalog-invalid");
            assertThat(finding.message()).contains("classpath:acme-missing.tsv", "not found on the class path")
                    .doesNotContain("[redacted]");
        });
    }

    @Test
    void aSecretAKeyReferencesShouldBeReportedWhereWrittenNamingTheKeyThatReferencesIt(@TempDir Path dir)
            throws IOException {
        // session 23: spring.rabbitmq.password=${RABBITMQ_PASSWORD} with RABBITMQ_PASSWORD=guest in the deploy's env
        // file was reported on RABBITMQ_PASSWORD alone, naming nothing the service reads, and a waiver written for
        // spring.rabbitmq.password did not cover it (README: "saying which key references it")
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "spring.rabbitmq.username=ingest\n"
                + "spring.rabbitmq.password=${RABBITMQ_PASSWORD}\n");
        Path env = Files.writeString(dir.resolve("staging.env"), "RABBITMQ_PASSWORD=guest\n");
        Settings settings = dev.readiness.settings.ApplicationConfig.builder().application(dir).envFile(env).build()
                .settings();

        Report report = GateCheck.forStage(Stage.STAGING).settings(settings).gates(gate).run()
                .isNoGo().hasFinding("secrets.published-default", "RABBITMQ_PASSWORD").report();
        assertThat(report.findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .endsWith("The value comes from RABBITMQ_PASSWORD, which spring.rabbitmq.password references; fix it"
                        + " there."));

        GateCheck.forStage(Stage.STAGING).settings(settings).gates(gate)
                .waiver(dev.readiness.Waiver.of("secrets.published-default", "spring.rabbitmq.password",
                        "staging broker is rebuilt nightly (OPS-7)", java.time.LocalDate.now().plusDays(20)))
                .run().isGo();
    }

    @Test
    void checkWhenTheUserCatalogIsMalformedShouldNameFileAndLine(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("bad.tsv");
        Files.writeString(catalog, "text\tonly-two-fields\n", StandardCharsets.UTF_8);

        List<Finding> findings = check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", catalog.toString()));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.catalog-invalid");
            assertThat(finding.message()).contains("bad.tsv:1");
            assertThat(finding.message()).doesNotContain("only-two-fields");
        });
        assertThat(check(Stage.PRODUCTION, Map.of("readiness.secrets.catalog", dir.resolve("missing.tsv").toString())))
                .extracting(Finding::code).containsExactly("secrets.catalog-invalid");
    }

    @Test
    void checkWhenSettingsHoldEveryKindOfProblemShouldReportAllAtOnce() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("JWT_SECRET", "3f2b8c1e-9d4a-4e7b-8a6c-5d1e2f3a4b5c");
        settings.put("AES_SECRET_KEY", Samples.base64(20, 230));
        settings.put("SUPERADMIN_PASSWORD", "Summer2024!");
        settings.put("HEALTH_TOKEN", "");
        settings.put("DHL_API_KEY", "<your-production-api-key>");
        settings.put("MINIO_ROOT_PASSWORD", "minioadmin");
        settings.put("JWT_ACCESS_SECRET", Samples.base64(32, 231));
        settings.put("JWT_REFRESH_SECRET", Samples.base64(32, 231));

        assertThat(check(Stage.PRODUCTION, settings)).extracting(Finding::code).containsExactlyInAnyOrder(
                "secrets.too-weak", "secrets.key-size", "secrets.guessable", "secrets.blank", "secrets.placeholder",
                "secrets.published-default", "secrets.reused");
    }

    @Test
    void checkShouldNeverLeakAValueFragmentIntoAnyRendering() {
        Map<String, String> canaries = new LinkedHashMap<>();
        canaries.put("JWT_SECRET", "Qm7Vw2Zt9Lk4Xr8Np3Hd6Jb1");
        canaries.put("AES_SECRET_KEY", "Gz5Tq8Wm2Vx7Rk4Pn9Lj3Hc6Yb");
        canaries.put("SUPERADMIN_PASSWORD", "Kw7Mx2Qz");
        canaries.put("JWT_ACCESS_SECRET", Samples.base64(32, 240));
        canaries.put("JWT_REFRESH_SECRET", Samples.base64(32, 240));
        canaries.put("API_TOKEN", "Summer2024!Vq");

        Report report = GateCheck.run(Stage.PRODUCTION, canaries, gate).isNoGo().report();
        String text = TextReportRenderer.full().render(report);
        String json = JsonReportRenderer.pretty().render(report);
        String strings = report.findings().map(Finding::toString).reduce("", String::concat) + report;

        assertThat(report.findings().count()).isGreaterThanOrEqualTo(5);
        for (Map.Entry<String, String> canary : canaries.entrySet()) {
            assertNoFragment(text, canary.getValue());
            assertNoFragment(json, canary.getValue());
            assertNoFragment(strings, canary.getValue());
        }
    }

    @Test
    void discoverShouldFindTheGateThroughTheServiceLoader() {
        assertThat(Gates.discover()).extracting(Gate::id).contains("secrets");
        GateCheck.runDiscovered(Stage.PRODUCTION, Map.of("JWT_SECRET", "changeme"))
                .isNoGo()
                .hasFinding("secrets.placeholder", "JWT_SECRET");
    }

    @Test
    void checkWithTheBuiltInEstimatorShouldJudgeLikeTheDefault() {
        SecretsGate fallback = new SecretsGate(SecretKeys.defaults(),
                new SecretStrength(PublishedDefaults.builtIn(), Guessability.builtIn()));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SUPERADMIN_PASSWORD", "Summer2024!");
        settings.put("JWT_SECRET", Samples.base64(32, 250));
        settings.put("spring.datasource.password", Samples.alphanumeric(24, 251));

        Outcome outcome = fallback.check(GateContext.of(Stage.PRODUCTION, Settings.of(settings)));

        assertThat(outcome.findings()).extracting(Finding::code, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.guessable", "SUPERADMIN_PASSWORD"));
    }

    static void assertNoFragment(String rendering, String value) {
        assertNoFragment(rendering, value, "");
    }

    /** Fragments of the key itself are public: a placeholder such as ${JWT_SECRET} repeats its key. */
    static void assertNoFragment(String rendering, String value, String key) {
        String trimmed = value.trim();
        String core = SecretValues.stripPublicPrefix(trimmed);
        int offset = trimmed.length() - core.length();
        for (int i = offset; i + 4 <= trimmed.length(); i++) {
            String fragment = trimmed.substring(i, i + 4);
            if (fragment.isBlank() || isCommonText(fragment)
                    || key.toLowerCase(java.util.Locale.ROOT).contains(fragment.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            assertThat(rendering).as("rendering must not contain the fragment at %d", i).doesNotContain(fragment);
        }
    }

    /** Fragments every message contains whatever the value (words of the message, the subject key). */
    private static boolean isCommonText(String fragment) {
        String message = "is blank holds a placeholder or stand-in text typed in the secret's place, not a secret password "
                + "signing key encryption published default sample value public however random it looks "
                + "guessable built from common words keyboard walks repeats sequences dates bits characters "
                + "carries too little entropy where needs at least decodes to bytes as hex base64 raw "
                + "HMAC/JWT Replace Generate openssl rand AES-256 AES key must 16, 24 or 32 base64url "
                + "Inject the real value from your secret store (environment, Vault, AWS Secrets Manager, "
                + "Kubernetes Secret) and make sure resolves. Set it to a listed from: Use credential provider "
                + "Replace the stand-in with the real value, or make sure the reference meant to fill it resolves. "
                + "issued, generate one, e.g. `openssl rand -base64 32` hmac Summer2024 summer "
                + "Replace it with a value of your own; anyone can look this one up. catalog entry names its public "
                + "source published-defaults.tsv Replace it with a longer random value. Replace it with a randomly "
                + "generated value. " + java.util.Arrays.stream(SecretPurpose.values())
                        .map(purpose -> SecretStrength.remediation(purpose) + " " + SecretStrength.describe(purpose))
                        .reduce("", String::concat);
        return message.contains(fragment) || message.toLowerCase(java.util.Locale.ROOT).contains(
                fragment.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            VAULT_ENC_KEY                          | your-32-character-encryption-key
            S3_ACCESS_KEY                          | access-key
            minio.accessKey                        | minioadmin
            qiniu.accessKey                        | 2222
            LOGFLARE_PUBLIC_ACCESS_TOKEN           | your-super-secret-and-long-logflare-key-public
            APP_KEY                                | SomeRandomStringOf32CharsExactly
            SECRET_KEY_BASE                        | replace-me
            jeecg.signatureSecret                  | get_the_secret_of_above_key
            PGPASSWORD                             | somepassword
            NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY  | secret-key
            wx.mch-key                             | ??
            AWS_ACCESS_KEY_ID                      | get_a_key_from_aws
            amz.s3.secretKey                       | 填写你的SecretKey
            _APP_OPENSSL_KEY_V1                    | your-secret-key
            LAGO_ENCRYPTION_DETERMINISTIC_KEY      | your-encryption-deterministic-key
            sms.aliyun.accessKeySecret             | SoOWRqpjtS7xxxxxxZ2PZiMTJOVC
            spring.ai.openai.api-key               | sk-c2941d05bf2f411ca80424fcd1exxxxx
            """)
    void checkWhenAKeyNamedLikeASecretHoldsPlaceholderTextShouldSayNoGo(String key, String value) {
        assertThat(check(key, value)).extracting(Finding::code).singleElement()
                .isIn("secrets.placeholder", "secrets.published-default");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            jwt.token-start-with                        | Bearer
            credentials.instance-profile                | false
            jwt.enabled                                 | true
            ACCESS_TOKEN_TTL                            | 3600
            JWT_SECRET_LENGTH                           | 64
            jhipster.security.authentication.jwt.token-validity-in-seconds | 86400
            KEY_PATH                                    | ./volumes/web/cert/key-no-password.pem
            JWT_ALGORITHM                               | HS256
            API_KEY_HEADER                              | X-Api-Key
            RESET_PASSWORD_WITHIN                       | 6.hours
            TOKEN_SALT_COMPLEXITY                       | 10
            AWS_ACCESS_KEY_ID                           | AKIA2E0A8F3B244C9986
            S3_ACCESS_KEY                               | AKIA2E0A8F3B244C9986
            qiniu.accessKey                             | 2223AAAAqiniuKEY7f
            security.session.access-token-time-to-live  | 7200
            wx.mp.config-storage.key-prefix             | wx
            OAUTH_CLIENT_SECRET                         | q8XxR2vT9mKx7LpZ4wNxx3bYc6HdJ
            JWT_SECRET                                  | 31_ZWNXxxXXS7JBC_dGRqf6Ex7Lw8ZxV8kPq2LmZ7rT
            sa-token.token-style                        | simple-uuid
            app.token-separator                         | :
            """)
    void checkWhenAKeyOnlyLooksLikeASecretShouldStayClean(String key, String value) {
        assertThat(check(key, value)).isEmpty();
    }

    @Test
    void checkWhenAValueIsADemoJwtShouldSayNoGoWhateverTheKey() {
        String token = Jwts.hs256("{\"role\":\"anon\",\"iss\":\"supabase-demo\"}", Samples.bytes(32, 3));

        assertThat(check("ANON_KEY", token)).extracting(Finding::code).containsExactly("secrets.demo-jwt");
        assertThat(check("SERVICE_ROLE_KEY", Jwts.hs256("{\"role\":\"service_role\"}", "your-256-bit-secret")))
                .extracting(Finding::code).containsExactly("secrets.jwt-weak-key");
    }

    @Test
    void checkWhenAProductionJwtIsSignedWithARandomKeyShouldStayClean() {
        String token = Jwts.hs256("{\"role\":\"anon\",\"iss\":\"https://xyzcompany.supabase.co/auth/v1\"}",
                Samples.bytes(32, 4));

        assertThat(check("ANON_KEY", token)).isEmpty();
        assertThat(check("SERVICE_ROLE_KEY", token)).isEmpty();
    }

    @Test
    void checkWhenAValueIsAPublishedRandomLookingDefaultShouldSayNoGoAndTheCatalogShouldHoldAThousandEntries() {
        assertThat(PublishedDefaults.builtIn().size()).isGreaterThanOrEqualTo(1000);
        assertThat(check("shiro.cookie.cipher-key", "kPH+bIxk5D2deZiIxcaaaA==")).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(check("shiro.cookie.cipher-key", Samples.base64(16, 5))).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"plain", "issued-looking"})
    void checkWhenARandomSecretComesFromAnExampleFileShouldCallItPublished(String kind) {
        String random = Samples.base64(32, 6);
        String value = kind.equals("plain") ? random
                : "sk-" + random.replace('+', 'a').replace('/', 'b').replace("=", "");
        Settings example = Settings.builder().dotenv("docker/.env.example", "SECRET_KEY_BASE=" + value).build();
        Settings deployed = Settings.builder().dotenv("deploy/prod.env", "SECRET_KEY_BASE=" + value).build();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, example)).findings()).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, deployed)).findings()).isEmpty();
    }

    @Test
    void checkWhenAnOptionalIntegrationIsSwitchedOffShouldNotJudgeItsSecrets() {
        Map<String, String> off = new LinkedHashMap<>();
        off.put("spring.datasource.druid.slave.enabled", "false");
        off.put("spring.datasource.druid.slave.password", "");
        off.put("REDIS_USE_SENTINEL", "false");
        off.put("REDIS_SENTINEL_PASSWORD", "");
        off.put("ldap.disabled", "true");
        off.put("ldap.password", "xxxx");
        off.put("spring.datasource.druid.master.password", "");

        assertThat(check(Stage.PRODUCTION, off)).extracting(Finding::subject)
                .containsExactly("spring.datasource.druid.master.password");
        assertThat(check(Stage.PRODUCTION, Map.of("spring.datasource.druid.slave.enabled", "true",
                "spring.datasource.druid.slave.password", ""))).extracting(Finding::code)
                .containsExactly("secrets.blank");
        assertThat(check(Stage.PRODUCTION, Map.of("management.health.mail.enabled", "false",
                "spring.mail.password", ""))).extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void checkWhenASwitchedOffIntegrationHoldsAPublishedOrWeakLiteralShouldWarnThatItIsStaged() {
        Map<String, String> off = new LinkedHashMap<>();
        off.put("elasticsearch.security.enabled", "false");
        off.put("elasticsearch.security.password", "changeme");
        off.put("warehouse.store.redis.enabled", "false");
        off.put("warehouse.store.redis.password", "123");
        off.put("litemall.notify.mail.enable", "false");
        off.put("litemall.notify.mail.password", "XXXXXXXXXXXXX");
        off.put("litemall.notify.sms.enable", "false");
        off.put("litemall.notify.sms.appkey", "xxxxxxxxxxxxxx");
        off.put("shenyu.ldap.enabled", "false");
        off.put("shenyu.ldap.password", "your-ldap-password");
        off.put("druid.slave.enabled", "false");
        off.put("druid.slave.password", "");
        off.put("mail.enabled", "false");
        off.put("mail.password", Samples.base64(24, 31));

        List<Finding> findings = check(Stage.PRODUCTION, off);

        assertThat(findings).extracting(Finding::subject, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("elasticsearch.security.password", Severity.WARN),
                org.assertj.core.groups.Tuple.tuple("warehouse.store.redis.password", Severity.WARN));
        assertThat(findings.get(0).code()).isEqualTo("secrets.published-default");
        assertThat(findings.get(1).code()).isIn("secrets.guessable", "secrets.too-weak", "secrets.published-default");
        assertThat(findings.get(0).message()).contains("switched off").doesNotContain("changeme");
    }

    @Test
    void checkWhenAValueReferencesTheEnvironmentShouldJudgeOnlyItsDefault() {
        assertThat(check("spring.data.mongodb.password", "${MONGODB_PASSWORD}")).isEmpty();
        assertThat(check("fineract.content.s3.secretKey", "${FINERACT_CONTENT_S3_SECRET_KEY:}")).isEmpty();
        assertThat(check("fineract.tenant.password", "${FINERACT_DEFAULT_TENANTDB_PWD:mysql}"))
                .extracting(Finding::code).singleElement().isNotNull();
        assertThat(check("app.jwt.secret", "${JWT_SECRET:" + Samples.base64(32, 7) + "}")).isEmpty();
    }

    @Test
    void checkWhenASecretOnlyReferencesAnotherSecretShouldReportItsProblemOnceWhereItIsWritten() {
        Settings alias = dev.readiness.settings.ApplicationConfig.builder().configText("application.properties", """
                aws.secret=minioadmin
                s3.secret-key=${aws.secret}
                """).build().settings();
        Settings borrowed = dev.readiness.settings.ApplicationConfig.builder().configText("application.properties", """
                app.name=Koel
                jwt.secret=${app.name}
                """).build().settings();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, alias)).findings())
                .extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.published-default aws.secret");
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, borrowed)).findings()).extracting(Finding::subject)
                .containsExactly("jwt.secret");
    }

    @Test
    void checkWhenASecretReferencesOneAKubernetesSecretSuppliesShouldJudgeItOnceThereAndSeeNoReuse() {
        String manifest = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: orders
                stringData:
                  JWT_SECRET: %s
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          env:
                            - name: JWT_SECRET
                              valueFrom:
                                secretKeyRef:
                                  name: orders
                                  key: JWT_SECRET
                """;
        Settings strong = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.properties", "app.jwt.secret=${JWT_SECRET}\n")
                .kubernetes("k8s.yaml", manifest.formatted(Samples.base64(32, 11)), null).build().settings();
        Settings weak = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.properties", "app.jwt.secret=${JWT_SECRET}\n")
                .kubernetes("k8s.yaml", manifest.formatted("changeme"), null).build().settings();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, strong)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, weak)).findings())
                .extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.placeholder JWT_SECRET");
    }

    @Test
    void checkWhenABlankSecretOnlyReferencesAnotherBlankSecretShouldReportTheBlankOnceWhereItIsWritten() {
        Settings alias = dev.readiness.settings.ApplicationConfig.builder().configText("application.properties", """
                pusher.app-key=
                mix.pusher.app-key=${pusher.app-key}
                """).build().settings();
        Settings borrowed = dev.readiness.settings.ApplicationConfig.builder().configText("application.properties", """
                app.title=
                jwt.secret=${app.title}
                """).build().settings();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, alias)).findings())
                .extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.blank pusher.app-key");
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, borrowed)).findings())
                .extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.blank jwt.secret");
    }

    static Stream<Arguments> phrasesThatDeferTheSecret() {
        return Stream.of(
                Arguments.of("OPENAI_API_KEY", "user_provided"),
                Arguments.of("ANTHROPIC_API_KEY", "USER_PROVIDED"),
                Arguments.of("GOOGLE_KEY", "provided-by-user"),
                Arguments.of("PARTNER_TOKEN", "injected_at_runtime"),
                Arguments.of("SMTP_PASSWORD", "set-in-vault"));
    }

    @ParameterizedTest(name = "{0}={1} is not judged")
    @MethodSource("phrasesThatDeferTheSecret")
    void checkWhenTheValueSaysTheSecretIsSuppliedElsewhereShouldLeaveItToRunTime(String key, String value) {
        assertThat(check(key, value)).isEmpty();
    }

    @Test
    void checkWhenWordsMerelySitInASecretShouldStillCallItGuessable() {
        assertThat(check("OPENAI_API_KEY", "user_password")).extracting(Finding::code).isNotEmpty();
        assertThat(check("ADMIN_PASSWORD", "provided123")).extracting(Finding::code).isNotEmpty();
        assertThat(check("API_TOKEN", "user_provided_token_2024")).extracting(Finding::code).isNotEmpty();
    }

    @Test
    void checkWhenAKeyNamesASecretsHashShouldJudgeAClearValueAndLeaveDigests() {
        assertThat(check("FLW_SECRET_HASH", "fundorex")).extracting(Finding::code).isNotEmpty();
        assertThat(check("WEBHOOK_SECRET_HASH", "changeme")).extracting(Finding::code).isNotEmpty();

        assertThat(check("ADMIN_PASSWORD_HASH", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .isEmpty();
        assertThat(check("API_TOKEN_HASH", Samples.hex(32, 11))).isEmpty();
        assertThat(check("SESSION_KEY_HASH", Samples.base64(32, 12))).isEmpty();
        assertThat(check("PASSWORD_HASH_ALGORITHM", "bcrypt")).isEmpty();
        assertThat(check("HASH_LENGTH", "32")).isEmpty();
    }

    @Test
    void checkWhenAnAlgorithmKeyNamesAnAlgorithmShouldFindNoSecretButStillJudgeOtherValues() {
        assertThat(check("app.security.password-hash", "argon2id")).isEmpty();
        assertThat(check("ADMIN_PASSWORD_HASH", "bcrypt")).isEmpty();
        assertThat(check("JWT_SECRET_DIGEST", "sha-256")).isEmpty();
        assertThat(check("ENCRYPTION_KEY_CIPHER", "AES/GCM/NoPadding")).isEmpty();
        assertThat(check("API_TOKEN_ALG", "HS256")).isEmpty();
        assertThat(check("PASSWORD_HASH", "PBKDF2WithHmacSHA256")).isEmpty();
        assertThat(check("app.encryption.key-derivation", "PBKDF2WithHmacSHA256")).isEmpty();

        assertThat(check("app.security.password-hash", "argon2idx")).extracting(Finding::code).isNotEmpty();
        assertThat(check("JWT_SECRET_DIGEST", "sha256secret")).extracting(Finding::code).isNotEmpty();
        assertThat(check("ENCRYPTION_KEY_CIPHER", "aes-changeme")).extracting(Finding::code).isNotEmpty();
        assertThat(check("JWT_SECRET", "HS256")).extracting(Finding::code).isNotEmpty();
        assertThat(check("app.encryption.key-derivation", "pbkdf2-changeme")).extracting(Finding::code).isNotEmpty();
        assertThat(check("ADMIN_PASSWORD_HASH", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .isEmpty();
    }

    @Test
    void checkWhenARandomSecretComesFromADevelopmentProfileShouldCallItShared() {
        String random = Samples.hex(32, 13);
        Settings local = Settings.builder().properties("src/main/resources/application-local.properties",
                "wx.mp.secret=" + random + "\nwx.mp.app-id=wx5b23ba7a5589ecbb\n").build();
        Settings development = Settings.builder().dotenv("config/.env.development", "JWT_SECRET=" + random).build();
        Settings nextLocal = Settings.builder().dotenv(".env.local", "JWT_SECRET=" + random).build();
        Settings production = Settings.builder().properties("src/main/resources/application-prod.properties",
                "wx.mp.secret=" + random).build();
        Settings developer = Settings.builder().properties("config/developers.properties",
                "wx.mp.secret=" + random).build();

        List<Finding> shared = gate.check(GateContext.of(Stage.PRODUCTION, local)).findings();
        assertThat(shared).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.published-default wx.mp.secret");
        assertThat(shared.get(0).message()).contains("development profile").doesNotContain(random.substring(8));
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, development)).findings()).hasSize(1);
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, nextLocal)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, production)).findings()).extracting(Finding::code)
                .containsExactly("secrets.packaged");
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, developer)).findings()).isEmpty();
    }

    @Test
    void checkWhenARandomSecretIsLiteralInTheBaseConfigurationFileShouldWarnThatEveryEnvironmentSharesIt() {
        String random = Samples.hex(32, 14);
        Settings base = Settings.builder().properties("src/main/resources/application.properties",
                "app.auth.token-secret=" + random + "\nwx.mp.app-id=wx5b23ba7a5589ecbb\napp.auth.token-expiry=864000000\n")
                .build();
        Settings bootstrap = Settings.builder().properties("config/bootstrap.yml", "jwt.secret=" + random).build();
        Settings prefixed = Settings.builder().properties("billing-application.properties", "jwt.secret=" + random)
                .build();

        List<Finding> shared = gate.check(GateContext.of(Stage.PRODUCTION, base)).findings();
        assertThat(shared).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("WARN secrets.shared-default app.auth.token-secret");
        assertThat(shared.get(0).message()).contains("base configuration file").doesNotContain(random.substring(8));
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, bootstrap)).findings()).hasSize(1);
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, prefixed)).findings()).hasSize(1);
    }

    @Test
    void checkWhenTheSecretComesFromAnotherFileAReferenceOrADevelopmentStageShouldNotCallItShared() {
        String random = Samples.hex(32, 15);
        for (String file : List.of("applicationContext.properties", "myapplication.properties", "production.env",
                "application.conf")) {
            Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, "JWT_SECRET=" + random).build()
                    : Settings.builder().properties(file, "jwt.secret=" + random).build();
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, settings)).findings()).as(file).isEmpty();
        }
        Settings reference = Settings.builder().properties("application.properties", "jwt.secret=${JWT_SECRET}")
                .build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, reference)).findings()).isEmpty();
        Settings base = Settings.builder().properties("application.properties", "jwt.secret=" + random).build();
        assertThat(gate.check(GateContext.of(Stage.DEVELOPMENT, base)).findings()).isEmpty();
    }

    @Test
    void checkWhenABaseFileReferenceIsSuppliedByTheEnvironmentShouldNotCallTheValueALiteralOfTheFile() {
        // stripe.api-key: ${STRIPE_KEY} in application.yml, STRIPE_KEY from the deploy's env file: the live key is
        // not in the file, the artifact or the repository (a bare <provider>_KEY is not judged where it is defined)
        String live = "sk_live_" + Samples.hex(16, 41);
        for (String file : List.of("application.yml", "application-prod.yml", "application-staging.properties")) {
            Settings supplied = dev.readiness.settings.ApplicationConfig.builder()
                    .configText(file, file.endsWith(".yml") ? "stripe:\n  api-key: ${STRIPE_KEY}\n"
                            : "stripe.api-key=${STRIPE_KEY}\n")
                    .profiles("prod", "staging").environment(Map.of("STRIPE_KEY", live)).build().settings();
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, supplied)).findings()).as(file).isEmpty();
        }
        Settings written = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.yml", "stripe:\n  api-key: " + live + "\n").build().settings();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, written)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("WARN secrets.shared-default stripe.api-key");
    }

    @Test
    void checkWhenASecretIsLiteralInAProfileFileShouldReportThatItShipsWithTheCodeAndStopProductionInItsOwnProfile() {
        String random = Samples.base64(32, 16);
        Settings prod = Settings.builder().properties("src/main/resources/application-prod.properties",
                "spring.datasource.password=Gr4n1teP1ckleF0rest\napp.jwt.secret=" + random
                        + "\napp.jwt.expiration-ms=172800000\n").build();
        Settings product = Settings.builder().properties("billing-application-product.yml", "jwt.secret=" + random)
                .build();

        List<Finding> packaged = gate.check(GateContext.of(Stage.PRODUCTION, prod)).findings();
        assertThat(packaged).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.packaged spring.datasource.password",
                        "NO_GO secrets.packaged app.jwt.secret");
        assertThat(packaged.get(1).message()).contains("profile file").doesNotContain(random.substring(8));
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, product)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("WARN secrets.packaged");
        Settings staging = Settings.builder().properties("config/application-staging.yml", "jwt.secret=" + random)
                .build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, staging)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("WARN secrets.packaged");
        Settings live = Settings.builder().properties("bootstrap-live.properties", "jwt.secret=" + random).build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, live)).findings()).extracting(Finding::severity)
                .containsExactly(Severity.NO_GO);
    }

    @Test
    void checkWhenAProfileFileReferencesItsSecretsOrIsADeploymentFileShouldNotCallThemPackaged() {
        String random = Samples.base64(32, 17);
        Settings references = Settings.builder().properties("application-prod.properties",
                "jwt.secret=${JWT_SECRET}\nspring.datasource.password=${DB_PASSWORD:}\n").build();
        Settings deployment = Settings.builder().dotenv("production.env", "JWT_SECRET=" + random).build();
        Settings context = Settings.builder().properties("applicationContext-prod.xml.properties",
                "jwt.secret=" + random).build();
        Settings prod = Settings.builder().properties("application-prod.yml", "jwt.secret=" + random).build();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, references)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, deployment)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, context)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.DEVELOPMENT, prod)).findings()).isEmpty();
        Settings dev = Settings.builder().properties("application-dev.yml", "jwt.secret=" + random).build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, dev)).findings()).extracting(Finding::code)
                .containsExactly("secrets.published-default");
    }

    @Test
    void checkWhenATestPublishableKeyIsOnlyItsPrefixOrCutShortShouldCallItAPlaceholderWhateverTheKey() {
        assertThat(check("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "pk_test_")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("STRIPE_KEY", "pk_test_51....")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("VITE_STRIPE_KEY", "pk_test_\u2026")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("VITE_STRIPE_KEY", "pk_live_\u2026")).isEmpty();

        assertThat(check("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "pk_test_" + Samples.alphanumeric(99, 18))).isEmpty();
        assertThat(check("STRIPE_KEY", "pk_live_" + Samples.alphanumeric(24, 19))).isEmpty();
        assertThat(check("PAYMENT_MODE", "pk")).isEmpty();
    }

    @Test
    void checkWhenABrowserBuildVariableNamingACredentialHoldsAPlaceholderShouldSaySoButNeverJudgeItsStrength() {
        assertThat(check("NEXT_PUBLIC_PADDLE_TOKEN", "thisisnotatoken")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("VITE_SEARCH_CLIENT_KEY", "<your-search-key>")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("REACT_APP_MAPS_API_KEY", "your_google_maps_api_key_here")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");

        assertThat(check("NEXT_PUBLIC_PADDLE_TOKEN", "live_" + Samples.alphanumeric(27, 21))).isEmpty();
        assertThat(check("VITE_SEARCH_CLIENT_KEY", "short")).as("public: strength is not judged").isEmpty();
        assertThat(check("NEXT_PUBLIC_MAPBOX_TOKEN", "")).as("an optional public key left empty").isEmpty();
        assertThat(check("NEXT_PUBLIC_SITE_NAME", "your-site-name")).as("no credential named").isEmpty();
        assertThat(check("NEXT_PUBLIC_API_KEY_HEADER", "X-Api-Key")).isEmpty();
    }

    @Test
    void checkWhenAnExampleFileCommitsARandomPasswordInAUrlShouldCallItPublished() {
        String password = Samples.alphanumeric(43, 20);
        String url = "mysql://c7r9plibst:" + password + "@aws.connect.psdb.example.net/app?sslaccept=strict";
        Settings example = Settings.builder().dotenv(".env.example", "DATABASE_URL=\"" + url + "\"").build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, example)).findings();
        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.published-default DATABASE_URL");
        assertThat(findings.get(0).message()).contains("URL").doesNotContain(password.substring(4));
    }

    @Test
    void checkWhenAUrlPasswordIsWeakATemplateOrOutsideAnExampleFileShouldLeaveItToOtherRules() {
        String password = Samples.alphanumeric(43, 21);
        Settings deployed = Settings.builder().dotenv(".env",
                "DATABASE_URL=postgres://app:" + password + "@db.example.net:5432/app").build();
        Settings example = Settings.builder().dotenv(".env.example", String.join("\n",
                "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
                "SHADOW_DATABASE_URL=postgres://user:<password>@db.example.net/app",
                "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0",
                "SENTRY_DSN=https://" + Samples.hex(32, 22) + "@o12345.ingest.sentry.io/1",
                "HOMEPAGE=https://docs.example.org/@team/page")).build();

        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, deployed)).findings()).isEmpty();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, example)).findings()).isEmpty();
    }

    @Test
    void checkWhenAPlainNumberSitsUnderAKeyOfQuantityShouldNotCallItASecret() {
        assertThat(check("API_RATE_LIMIT_UI_V2_WITH_TOKEN", "5")).isEmpty();
        assertThat(check("MAX_TOKENS_PER_USER_SECRET", "10")).isEmpty();
        assertThat(check("TOKEN_TTL_SECRET", "3600")).isEmpty();

        assertThat(check("ADMIN_PASSWORD", "123456")).extracting(Finding::code).isNotEmpty();
        assertThat(check("API_RATE_LIMIT_TOKEN", "5abc")).extracting(Finding::code).isNotEmpty();
        assertThat(check("API_RATE_LIMIT_TOKEN", "1234567890123")).extracting(Finding::code).isNotEmpty();
    }

    @Test
    void checkWhenAPrivateKeyIsADefaultAccountOfALocalBlockchainNodeShouldCallItPublished() {
        String account0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        assertThat(check("DEPLOYER_PRIVATE_KEY", "0x" + account0)).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(check("WALLET_PRIVATE_KEY", account0)).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(check("DEPLOYER_PRIVATE_KEY", "0x" + Samples.hex(32, 17))).isEmpty();
    }

    @Test
    void checkWhenAProviderIssuedSigningSecretHas128BitsShouldPassButAJwtSecretShouldNot() {
        String issued = Samples.hex(16, 18);
        assertThat(check("SLACK_SIGNING_SECRET", issued)).isEmpty();
        assertThat(check("webhook.signing-secret", issued)).isEmpty();

        assertThat(check("JWT_SECRET", issued)).extracting(Finding::code).containsExactly("secrets.too-weak");
        assertThat(check("jwt.signing-key", issued)).extracting(Finding::code).containsExactly("secrets.too-weak");
        assertThat(check("SLACK_SIGNING_SECRET", Samples.hex(8, 19))).extracting(Finding::code)
                .containsExactly("secrets.too-weak");
    }

    @Test
    void checkWhenADevelopmentWordIsInTheMiddleOfAFileNameShouldNotCallTheFileADevelopmentProfile() {
        String random = Samples.hex(32, 16);
        for (String file : List.of("emulators-testnets-dev-urls-production.env", "deploy-local-cluster-prod.env",
                "latest.env", "contest.env", "test-runner-prod.env")) {
            Settings settings = Settings.builder().dotenv(file, "JWT_SECRET=" + random).build();
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, settings)).findings()).as(file).isEmpty();
        }
        Settings testKit = Settings.builder().map(java.util.Map.of("JWT_SECRET", random), "test").build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, testKit)).findings()).as("a source named test")
                .isEmpty();
        for (String file : List.of("dev.env", "settings_dev.py.env", ".env.development.local", "docker-compose.dev.env",
                "local-secrets.env", ".env.test", "application-test.env", "testing.env")) {
            Settings settings = Settings.builder().dotenv(file, "JWT_SECRET=" + random).build();
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, settings)).findings()).as(file)
                    .extracting(Finding::code).containsExactly("secrets.published-default");
        }
    }

    @Test
    void apiKeyBesideItsSecretIsTheAccountIdentifierAndIsNotJudgedForStrength() {
        assertThat(check(Stage.PRODUCTION, Map.of("VONAGE_API_KEY", "535797a1",
                "VONAGE_API_SECRET", "xDrgo9wyQrxdcyHU4vTq"))).isEmpty();
        assertThat(check(Stage.PRODUCTION, Map.of("binance.api-key", "k3y9",
                "binance.secret-key", "Qw7vLp2Xr9TzK4mN8bHs5dFj"))).isEmpty();
        assertThat(check(Stage.PRODUCTION, Map.of("pusher.appKey", "9f3a1c",
                "pusher.appSecret", "Qw7vLp2Xr9TzK4mN8bHs5dFj"))).isEmpty();
    }

    @Test
    void apiKeyWithoutASecretBesideItOrHoldingAPlaceholderIsStillJudged() {
        assertThat(check("VONAGE_API_KEY", "535797a1")).extracting(Finding::code).containsExactly("secrets.too-weak");
        assertThat(check(Stage.PRODUCTION, Map.of("VONAGE_API_KEY", "535797a1", "VONAGE_API_SECRET", "")))
                .extracting(Finding::code).contains("secrets.too-weak");
        assertThat(check(Stage.PRODUCTION, Map.of("VONAGE_API_KEY", "your-api-key-here",
                "VONAGE_API_SECRET", "xDrgo9wyQrxdcyHU4vTq"))).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check(Stage.PRODUCTION, Map.of("JWT_SECRET_KEY", "short",
                "JWT_SECRET_SECRET", "xDrgo9wyQrxdcyHU4vTq"))).extracting(Finding::subject).contains("JWT_SECRET_KEY");
    }

    @Test
    void keyInsideASecretNamedUnderASecretLookingVariableIsAReferenceNotASecret() {
        assertThat(check("main.extraEnv.DB_POSTGRESDB_PASSWORD.valueFrom.secretKeyRef.key", "password")).isEmpty();
        assertThat(check("worker.extraEnv.N8N_ENCRYPTION_KEY.valueFrom.secretKeyRef.key", "encryption-key")).isEmpty();
        assertThat(check("env[0].valueFrom.secretKeyRef.key", "api-key")).isEmpty();
        assertThat(check("main.extraEnv.N8N_ENCRYPTION_KEY.value", "changeme")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("worker.api.key", "password")).isNotEmpty();
    }

    @Test
    void vaultItemAndPathNamesUnderASecretManagerAreLocationsButItsOwnCredentialsAreSecrets() {
        assertThat(check("onepassword.vault", "bitovi-platform")).isEmpty();
        assertThat(check("onepassword.items.n8n-app-secrets", "n8n-app-secrets")).isEmpty();
        assertThat(check("externalSecrets.data[0].remoteRef.key", "prod/db-password")).isEmpty();
        assertThat(check("onepassword.connect.token", "changeme")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("infisical.clientSecret", "secret")).isNotEmpty();
        assertThat(check("app.items.admin-password", "changeme")).isNotEmpty();
    }

    @Test
    void pathToAKeyFileUnderASecretNameIsAReferenceNotASecret() {
        assertThat(check("JWT_SECRET_KEY", "%kernel.project_dir%/config/jwt/private.pem")).isEmpty();
        assertThat(check("PASSPORT_PRIVATE_KEY", "storage/oauth-private.key")).isEmpty();
        assertThat(check("JWT_SECRET_KEY", "abc/def")).extracting(Finding::code).isNotEmpty();
    }

    @Test
    void blankDatabasePasswordBesideAnEmbeddedEngineSwitchShouldNotBeReported() {
        Map<String, String> sqlite = new LinkedHashMap<>();
        sqlite.put("DB_CONNECTION", "sqlite");
        sqlite.put("DB_PASSWORD", "");
        assertThat(check(Stage.PRODUCTION, sqlite)).isEmpty();

        Map<String, String> mysql = new LinkedHashMap<>();
        mysql.put("DB_CONNECTION", "mysql");
        mysql.put("DB_PASSWORD", "");
        assertThat(check(Stage.PRODUCTION, mysql)).extracting(Finding::code).containsExactly("secrets.blank");

        Map<String, String> otherPrefix = new LinkedHashMap<>();
        otherPrefix.put("DB_CONNECTION", "sqlite");
        otherPrefix.put("MAIL_PASSWORD", "");
        assertThat(check(Stage.PRODUCTION, otherPrefix)).extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void blankRedisPasswordOnAServiceHostShouldNotBeReported() {
        Map<String, String> compose = new LinkedHashMap<>();
        compose.put("spring.data.redis.host", "redis");
        compose.put("spring.data.redis.password", "");
        assertThat(check(Stage.PRODUCTION, compose)).isEmpty();

        // a Redis on loopback is a sidecar's, clean since the forty-third pass (FortyThirdPassPrecisionLoopbackRedisTests)
        for (String host : List.of("10.0.3.7", "cache.example-shop.com", "0.0.0.0")) {
            Map<String, String> elsewhere = new LinkedHashMap<>();
            elsewhere.put("REDIS_HOST", host);
            elsewhere.put("REDIS_PASSWORD", "");
            assertThat(check(Stage.PRODUCTION, elsewhere)).as(host).extracting(Finding::code)
                    .containsExactly("secrets.blank");
        }
    }

    @Test
    void templateTextAsAUserNameShouldBeAPlaceholder() {
        assertThat(check("MINIO_ROOT_USER", "YOUR_MINIO_USER")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("DB_USERNAME", "<user>")).extracting(Finding::code).containsExactly("secrets.placeholder");
        assertThat(check("SMTP_USER", "{{ smtp_user }}")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check("DB_USERNAME", "youssef")).isEmpty();
        assertThat(check("DB_USER", "admin")).isEmpty();
        assertThat(check("DB_USERNAME", "yourls")).isEmpty();
    }

    @Test
    void accessKeyIdThatIsAnAccountNameShouldNotBeAPublishedSecret() {
        assertThat(check("accessKeyID", "root")).isEmpty();
        assertThat(check("S3_ACCESS_KEY_ID", "admin")).isEmpty();
        assertThat(check("MINIO_ACCESS_KEY_ID", "minioadmin")).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(check("secretAccessKey", "root")).extracting(Finding::code)
                .contains("secrets.published-default");
    }

    @Test
    void volumeNamedAfterCredentialsShouldNotBeASecret() {
        assertThat(check("CREDENTIALS_VOLUME", "credentials-data")).isEmpty();
        assertThat(check("SECRETS_MOUNT", "/run/secrets")).isEmpty();
        assertThat(check("CREDENTIALS", "credentials-data")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
    }

    @Test
    void walletMnemonicLeftAsATemplateSentenceShouldBeAPlaceholder() {
        assertThat(check("MNEMONIC", "here is where your twelve words mnemonic should be put my friend"))
                .extracting(Finding::code).containsExactly("secrets.placeholder");
        assertThat(check("WALLET_MNEMONIC",
                "kiwi orbit tattoo velvet hurdle cabin mirror absorb frozen lyrics gentle raccoon")).isEmpty();
        assertThat(check("MNEMONIC_LENGTH", "12")).isEmpty();
    }

    @Test
    void checkWhenAnExampleFileGivesThePublicHalfOfAnAppKeyAndSecretPairShouldReportOnlyTheSecret() {
        Settings example = Settings.builder().dotenv(".env.example",
                "REVERB_APP_ID=lmu-iot-portal\nREVERB_APP_KEY=lmu-iot-portal-key\nREVERB_APP_SECRET=lmu-iot-portal-secret\n"
                        + "APP_KEY=base64:c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, example)).findings())
                .extracting(Finding::subject).contains("REVERB_APP_SECRET", "APP_KEY").doesNotContain("REVERB_APP_KEY");
        Settings lastFm = Settings.builder().dotenv(".env.example",
                "LASTFM_KEY=c8c0ea1c4a6b199b3429722512fbd17f\nLASTFM_SECRET=cb7857b8fba83f819ea46ca13681fe71\n").build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, lastFm)).findings())
                .extracting(Finding::subject).contains("LASTFM_KEY");
    }
    @Test
    void checkWhenAConfigImportLocationCarriesALiteralCredentialShouldJudgeItAsACommittedSecret() {
        // hostile testing, twenty-fifth pass: the credential of the secret store itself, written into the location
        String token = "hvs." + Samples.alphanumeric(24, 51);
        String password = Samples.alphanumeric(20, 52);
        String secretKey = Samples.base64(40, 53);
        Settings prod = Settings.builder().properties("src/main/resources/application-prod.properties",
                "spring.config.import=optional:vault://" + token + "@vault.acme.io:8200/secret/app\n").build();
        Settings configServer = Settings.builder().properties("src/main/resources/application-prod.yml",
                "spring.config.import[0]=configserver:https://cfg:" + password + "@config.acme.io\n").build();
        Settings aws = Settings.builder().properties("src/main/resources/application.properties",
                "spring.config.import=aws-secretsmanager:prod/app?accessKey=AKIAIOSFODNN7EXAMPLE&secretKey="
                        + secretKey + "\n").build();

        List<Finding> vault = gate.check(GateContext.of(Stage.PRODUCTION, prod)).findings();
        assertThat(vault).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.packaged spring.config.import");
        assertThat(vault.get(0).message()).contains("import").doesNotContain(token.substring(4, 10));
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, configServer)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.packaged spring.config.import[0]");
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, aws)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("WARN secrets.shared-default spring.config.import");
    }

    @Test
    void checkWhenAConfigImportLocationNamesItsCredentialByReferenceOrCarriesNoneShouldFindNothing() {
        for (String location : List.of("optional:vault://vault.acme.io:8200/secret/app",
                "vault://${VAULT_TOKEN}@vault.acme.io/secret/app", "configserver:https://cfg:${CONFIG_PASSWORD}@cfg",
                "configserver:http://user@config.acme.io", "aws-secretsmanager:prod/app?secretKey=${AWS_SECRET}",
                "optional:file:./config/override.properties", "vault://changeme@vault.acme.io/secret/app")) {
            Settings prod = Settings.builder().properties("src/main/resources/application-prod.properties",
                    "spring.config.import=" + location + "\n").build();
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, prod)).findings()).as(location)
                    .noneMatch(finding -> finding.code().equals("secrets.packaged"));
        }
        Settings deployed = Settings.builder().dotenv("prod.env", "SPRING_CONFIG_IMPORT=vault://"
                + Samples.alphanumeric(24, 54) + "@vault.acme.io/secret/app").build();
        assertThat(gate.check(GateContext.of(Stage.PRODUCTION, deployed)).findings()).isEmpty();
    }
}

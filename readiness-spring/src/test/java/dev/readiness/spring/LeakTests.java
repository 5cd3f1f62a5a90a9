package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.GateResult;
import dev.readiness.Gates;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.gates.database.DatabaseUrl;
import dev.readiness.gates.sandbox.Endpoint;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.ProblemList;
import dev.readiness.render.SarifReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.validation.NoSandbox;
import dev.readiness.validation.ProductionDatabaseUrl;
import dev.readiness.validation.Secret;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The leak suite: plants a distinct random canary in every secret-shaped setting of a realistic bad production
 * configuration (and one value reused under two names), drives every output the project has (text and JSON
 * reports, the toStrings of its values, parse errors, Bean Validation messages, a refused Spring Boot start with its
 * log, failure banner and exception chain, and a started application's actuator endpoints, health and meters, with
 * everything logged through SLF4J) and fails on any four-character fragment of any canary, compared
 * case-insensitively.
 *
 * <p>The canaries alternate an upper-case letter from a set without vowels and hex letters with a digit from 2 to 9,
 * so every four-character window holds two letters and two digits: no word, number, hex hash, date or identifier
 * that normal output contains has such a window, so a match is a leak and not a coincidence.
 */
@ExtendWith(OutputCaptureExtension.class)
class LeakTests {

    private static final String LETTERS = "GHJKMNPQRSTVWXYZ";

    private static final String DIGITS = "23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The canary of each key; two keys share one value on purpose (a value reused under two names). */
    private static final Map<String, String> CANARIES = new LinkedHashMap<>();

    private static final String JWT = canary(24);

    private static final String JWT_REFRESH = canary(40);

    private static final String STRIPE_TEST = canary(24);

    private static final String STRIPE_LIVE = canary(32);

    private static final String STRIPE_WEBHOOK = canary(32);

    private static final String AES = canary(28);

    private static final String DATABASE_URL_PASSWORD = canary(20);

    private static final String JDBC_QUERY_PASSWORD = canary(20);

    private static final String DATASOURCE_PASSWORD = canary(24);

    private static final String REDIS_PASSWORD = canary(24);

    private static final String MONGO_PASSWORD = canary(24);

    private static final String AMQP_PASSWORD = canary(16);

    private static final String PAYPAL_SECRET = canary(32);

    private static final String SUPERADMIN = canary(12);

    private static final String QUERY_TOKEN = canary(32);

    private static final String PATH_TOKEN = canary(24);

    private static final String AWS_SECRET = canary(40);

    private static final String GITHUB = canary(36);

    private static final String OAUTH_SECRET = canary(28);

    private static final String MAIL_PASSWORD = canary(16);

    private static final String ENCRYPTION_PASSWORD = canary(8);
    /** A live key pasted as a properties line of its own: a key that is a secret. */
    private static final String KEY_AS_LINE = canary(24);
    /** A token pasted into the middle of a key. */
    private static final String KEY_PART = canary(24);
    /** A secret in a configuration class's {@code @PropertySource} file, judged at the barrier. */
    private static final String PROPERTY_SOURCE_SECRET = canary(24);
    /** A short token pasted as a key (secrets.in-key's short-token rule). */
    private static final String SHORT_KEY_PART = canary(14);

    static {
        CANARIES.put("JWT_SECRET", JWT);
        CANARIES.put("SESSION_SECRET (reuses JWT_SECRET)", JWT);
        CANARIES.put("JWT_REFRESH_SECRET", JWT_REFRESH);
        CANARIES.put("STRIPE_SECRET_KEY", STRIPE_TEST);
        CANARIES.put("STRIPE_API_KEY", STRIPE_LIVE);
        CANARIES.put("STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK);
        CANARIES.put("AES_SECRET_KEY", AES);
        CANARIES.put("DATABASE_URL password", DATABASE_URL_PASSWORD);
        CANARIES.put("spring.datasource.url password", JDBC_QUERY_PASSWORD);
        CANARIES.put("spring.datasource.password", DATASOURCE_PASSWORD);
        CANARIES.put("REDIS_URL password", REDIS_PASSWORD);
        CANARIES.put("MONGODB_URI password", MONGO_PASSWORD);
        CANARIES.put("RABBITMQ_URL password", AMQP_PASSWORD);
        CANARIES.put("PAYPAL_CLIENT_SECRET", PAYPAL_SECRET);
        CANARIES.put("SUPERADMIN_PASSWORD", SUPERADMIN);
        CANARIES.put("PAYPAL_WEBHOOK_URL token", QUERY_TOKEN);
        CANARIES.put("SLACK_WEBHOOK_URL token", PATH_TOKEN);
        CANARIES.put("AWS_SECRET_ACCESS_KEY", AWS_SECRET);
        CANARIES.put("GITHUB_TOKEN", GITHUB);
        CANARIES.put("app.oauth.client-secret", OAUTH_SECRET);
        CANARIES.put("spring.mail.password", MAIL_PASSWORD);
        CANARIES.put("ENCRYPTION_PASSWORD", ENCRYPTION_PASSWORD);
        CANARIES.put("a live key written as a line of its own", KEY_AS_LINE);
        CANARIES.put("a token written inside a key", KEY_PART);
        CANARIES.put("partner.webhook-secret of a @PropertySource file", PROPERTY_SOURCE_SECRET);
        CANARIES.put("a short token written inside a key", SHORT_KEY_PART);
    }

    /** The bad production configuration, in dotenv syntax (what a deploy injects). */
    private static final String ENV = String.join("\n",
            "# production secrets",
            "JWT_SECRET=" + JWT,
            "SESSION_SECRET=" + JWT,
            "JWT_REFRESH_SECRET=" + JWT_REFRESH,
            "STRIPE_SECRET_KEY=sk_test_" + STRIPE_TEST,
            "STRIPE_API_KEY=sk_live_" + STRIPE_LIVE,
            "STRIPE_WEBHOOK_SECRET=whsec_" + STRIPE_WEBHOOK,
            "AES_SECRET_KEY=" + AES,
            "DATABASE_URL=postgres://app:" + DATABASE_URL_PASSWORD + "@localhost:5432/app_test",
            "REDIS_URL=redis://default:" + REDIS_PASSWORD + "@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:6379",
            "MONGODB_URI=mongodb+srv://admin:" + MONGO_PASSWORD + "@cluster0.mongodb.net/test?retryWrites=true",
            "RABBITMQ_URL=amqp://guest:" + AMQP_PASSWORD + "@rabbit.staging.internal:5672/",
            "PAYPAL_MODE=sandbox",
            "PAYPAL_CLIENT_ID=AbCdEfGhIjKlMnOp",
            "PAYPAL_CLIENT_SECRET=" + PAYPAL_SECRET,
            "PAYPAL_BASE_URL=https://api-m.sandbox.paypal.com",
            "PAYPAL_WEBHOOK_URL=https://api-m.sandbox.paypal.com/v1/notifications?access_token=" + QUERY_TOKEN,
            "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T024BE7LD/B024BE7LH/" + PATH_TOKEN,
            "SUPERADMIN_EMAIL=admin@example.com",
            "SUPERADMIN_PASSWORD=" + SUPERADMIN,
            "AWS_SECRET_ACCESS_KEY=" + AWS_SECRET,
            "GITHUB_TOKEN=ghp_" + GITHUB,
            "ENCRYPTION_PASSWORD=" + ENCRYPTION_PASSWORD,
            "");

    /** The rest of it, in properties syntax (what Spring reads). */
    private static final String PROPERTIES = String.join("\n",
            "spring.datasource.url=jdbc:postgresql://db.prod.internal:5432/shop?user=shop&password="
                    + JDBC_QUERY_PASSWORD + "&sslmode=disable",
            "spring.datasource.username=postgres",
            "spring.datasource.password=" + DATASOURCE_PASSWORD,
            "app.oauth.client-secret=" + OAUTH_SECRET,
            "spring.mail.host=smtp.mailtrap.io",
            "spring.mail.password=" + MAIL_PASSWORD,
            "sk_live_" + KEY_AS_LINE,
            "app." + KEY_PART + ".url=http://localhost:8080",
            "");

    private static String canary(int length) {
        StringBuilder canary = new StringBuilder(length);
        boolean letter = RANDOM.nextBoolean();
        for (int i = 0; i < length; i++) {
            String alphabet = letter ? LETTERS : DIGITS;
            canary.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            letter = !letter;
        }
        return canary.toString();
    }

    @Test
    void canariesShouldBeDistinctAndEveryWindowShouldHoldTwoLettersAndTwoDigits() {
        Set<String> distinct = new LinkedHashSet<>(CANARIES.values());
        assertThat(distinct).hasSize(CANARIES.size() - 1);
        for (String canary : distinct) {
            for (String fragment : fragments(canary)) {
                assertThat(fragment.chars().filter(Character::isDigit).count()).isEqualTo(2);
            }
        }
        assertThatThrownBy(() -> assertNoLeak("a planted leak", "prefix " + JWT.substring(3, 7).toLowerCase(Locale.ROOT)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JWT_SECRET");
    }

    @Test
    void coreOutputsShouldHoldNoFragmentOfAnyCanary(CapturedOutput output) {
        Settings settings = settings();
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover(LeakTests.class.getClassLoader())).build().run();
        assertThat(report.verdict()).as("the configuration is bad").isEqualTo(Status.NO_GO);
        assertThat(report.findings()).extracting(Finding::code).contains("secrets.reused");

        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("text report", TextReportRenderer.full().render(report));
        outputs.put("text problems", TextReportRenderer.problemsOnly().render(report));
        outputs.put("text summary", TextReportRenderer.summary(report));
        outputs.put("json pretty", JsonReportRenderer.pretty().render(report));
        outputs.put("json compact", JsonReportRenderer.compact().render(report));
        outputs.put("sarif", SarifReportRenderer.create().render(report));
        outputs.put("numbered problems", ProblemList.withRemediation(report));
        outputs.put("Report.toString", report.toString());
        for (GateResult gate : report.gates()) {
            outputs.put("GateResult.toString " + gate.id(), gate.toString());
        }
        report.findings().forEach(finding -> {
            outputs.put("Finding.toString " + finding.code() + " " + finding.subject(), finding.toString());
            outputs.put("Finding.documentation " + finding.code() + " " + finding.subject(),
                    finding.documentation().map(URI::toString).orElse(""));
        });
        outputs.put("Settings.toString", settings.toString());
        for (Setting setting : settings) {
            outputs.put("Setting.toString " + setting.key(), setting.toString());
            outputs.put("SecretShape " + setting.key(), SecretShape.of(setting.value()) + " "
                    + SecretShape.of(setting.value()).describe());
            if (Set.of("DATABASE_URL", "REDIS_URL", "MONGODB_URI", "RABBITMQ_URL", "spring.datasource.url")
                    .contains(setting.key())) {
                outputs.put("DatabaseUrl " + setting.key(), DatabaseUrl.parse(setting.value()).toString()
                        + DatabaseUrl.parse(setting.value()).url().map(url -> url.toString() + url.hosts()
                                + url.database().orElse("")).orElse(""));
            }
        }
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        outputs.put("GateContext.toString", context.toString());
        for (Gate gate : Gates.discover(LeakTests.class.getClassLoader())) {
            outputs.put("Gate.toString " + gate.id(), gate.toString());
        }
        outputs.put("log", output.toString());
        assertNoLeak(outputs);
    }

    @Test
    void parseErrorsShouldHoldNoFragmentOfAnyCanary() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("dotenv unterminated quote", errorOf(() -> Settings.builder()
                .dotenv("prod.env", "A=1\nJWT_SECRET=\"" + JWT + "\nB=2\n").build()));
        outputs.put("dotenv bad key", errorOf(() -> Settings.builder()
                .dotenv("prod.env", JWT_REFRESH + " " + STRIPE_TEST + "=x\n").build()));
        outputs.put("dotenv single quote", errorOf(() -> Settings.builder()
                .dotenv("prod.env", "PAYPAL_CLIENT_SECRET='" + PAYPAL_SECRET + "\n").build()));
        outputs.put("properties bad unicode escape", errorOf(() -> Settings.builder()
                .properties("application.properties", "spring.datasource.password=" + DATASOURCE_PASSWORD
                        + "\\uZZ" + OAUTH_SECRET + "\n").build()));
        outputs.put("properties bad unicode escape at end", errorOf(() -> Settings.builder()
                .properties("application.properties", "app.oauth.client-secret=" + OAUTH_SECRET + "\\u12").build()));
        for (String url : List.of("postgres://app:" + DATABASE_URL_PASSWORD + "@[::1:5432/app",
                "jdbc:postgresql://db:99999/shop?password=" + JDBC_QUERY_PASSWORD,
                "jdbc:mysql://root:" + REDIS_PASSWORD + "@db:port/x",
                "mongodb+srv://admin:" + MONGO_PASSWORD + "@/test",
                "jdbc:sqlserver://db;password=" + AMQP_PASSWORD + ";user=sa;port=x",
                "postgres://app:" + SUPERADMIN + "\u0000@db/x", "redis://" + JWT_REFRESH + "@cache:6379/0",
                "postgres://app:" + JWT + "@db:5432/shop?password=" + STRIPE_LIVE)) {
            outputs.put("DatabaseUrl " + url.length(), DatabaseUrl.parse(url).toString()
                    + DatabaseUrl.parse(url).error().orElse(""));
            outputs.put("Endpoint " + url.length(), Endpoint.parse(url).map(Endpoint::host).orElse(""));
        }
        assertNoLeak(outputs);
    }

    @Test
    void beanValidationMessagesShouldHoldNoFragmentOfAnyCanary() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Credentials>> violations = validator.validate(new Credentials());
            assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                    .contains("jwtSecret", "superadminPassword", "stripeKey", "paypalWebhook", "databaseUrl");
            Map<String, String> outputs = new LinkedHashMap<>();
            for (ConstraintViolation<Credentials> violation : violations) {
                outputs.put("violation " + violation.getPropertyPath(), violation.getMessage() + " "
                        + violation.getMessageTemplate() + " " + violation);
            }
            assertNoLeak(outputs);
        }
    }

    @Test
    void refusedBootShouldHoldNoFragmentOfAnyCanary(CapturedOutput output, @TempDir Path config) throws IOException {
        Throwable failure = null;
        try (ConfigurableApplicationContext context = start(config, "--spring.profiles.active=prod")) {
            fail("the bad production configuration started: %s", context);
        }
        catch (ReadinessGateException refused) {
            failure = refused;
        }
        ReadinessGateException refused = (ReadinessGateException) failure;
        assertThat(refused.getReport().stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(refused.getReport().findings()).extracting(Finding::code)
                .contains("secrets.reused", "sandbox.test-credential", "database.test-name");
        assertThat(output).contains("APPLICATION FAILED TO START");

        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("boot log and failure banner", output.toString());
        outputs.putAll(exceptionOutputs(refused));
        outputs.put("exception report text", TextReportRenderer.full().render(refused.getReport()));
        outputs.put("exception report json", JsonReportRenderer.pretty().render(refused.getReport()));
        outputs.put("exception report toString", refused.getReport().toString());
        for (dev.readiness.render.ProblemList.Problem problem : ReadinessGateException.problems(refused.getReport())) {
            outputs.put("problem " + problem.number(), problem.toString());
        }
        assertNoLeak(outputs);
    }

    /**
     * The twentieth pass's outputs: a {@code @PropertySource} file judged at the barrier (a secret there, and the same
     * secret under a key of the environment, so the reuse finding names both), a {@code ${X}} nothing defines named in
     * a {@code settings.unresolved} finding, and a short token pasted into a key.
     */
    @Test
    void refusedBootWithAPropertySourceFileAndUnresolvedReferencesShouldHoldNoFragmentOfAnyCanary(
            CapturedOutput output, @TempDir Path config) throws IOException {
        Path extra = config.resolve("partner.properties");
        Files.writeString(extra, "partner.webhook-secret=" + PROPERTY_SOURCE_SECRET + "\n"
                + "partner.signing-secret=${PARTNER_SIGNING_SECRET_NOBODY_SETS}\n"
                + "partner.clients." + SHORT_KEY_PART.toLowerCase(java.util.Locale.ROOT).substring(0, 7)
                + SHORT_KEY_PART.substring(7) + ".url=https://api.partner-rates.io\n");
        Throwable failure = null;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PropertySourceApp.class)
                .properties("readiness.stage=production", "readiness.leak.extra=" + extra.toAbsolutePath(),
                        "app.callback-secret=" + PROPERTY_SOURCE_SECRET, "spring.main.web-application-type=none",
                        "spring.autoconfigure.exclude="
                                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                                + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
                                + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
                        "logging.level.dev.readiness=TRACE")
                .run()) {
            fail("the bad configuration started: %s", context);
        }
        catch (ReadinessGateException refused) {
            failure = refused;
        }
        ReadinessGateException refused = (ReadinessGateException) failure;
        assertThat(refused.getReport().findings()).extracting(Finding::code)
                .contains("secrets.reused", "settings.unresolved", "secrets.in-key");
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("boot log and failure banner", output.toString());
        outputs.putAll(exceptionOutputs(refused));
        outputs.put("exception report text", TextReportRenderer.full().render(refused.getReport()));
        outputs.put("exception report json", JsonReportRenderer.pretty().render(refused.getReport()));
        assertNoLeak(outputs);
    }

    @Test
    void startedApplicationShouldServeAndLogNoFragmentOfAnyCanary(CapturedOutput output, @TempDir Path config)
            throws Exception {
        Report production = Readiness.builder().stage(Stage.PRODUCTION).settings(settings())
                .gates(Gates.discover(LeakTests.class.getClassLoader())).build().run();
        List<String> waivers = new ArrayList<>();
        List<String> codes = production.findings().filter(finding -> finding.severity() == Severity.NO_GO)
                .map(Finding::code).distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            waivers.add("--readiness.waivers[" + i + "].code=" + codes.get(i));
            waivers.add("--readiness.waivers[" + i + "].reason=accepted for the leak test");
            waivers.add("--readiness.waivers[" + i + "].expires=" + java.time.LocalDate.now().plusMonths(6));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(waivers);
        args.add("--spring.profiles.active=prod");
        args.add("--server.port=" + port);
        Map<String, String> outputs = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = start(config, args.toArray(String[]::new))) {
            ReadinessReport holder = context.getBean(ReadinessReport.class);
            Report report = holder.report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.WARN);
            assertThat(report.findings().filter(Finding::waived)).extracting(Finding::code)
                    .contains("secrets.reused", "sandbox.test-credential", "database.test-name");
            assertThat(report.gate("acme.careless").orElseThrow().description())
                    .isEqualTo("Checks the signing key [redacted] and the Stripe key [redacted]");
            assertThat(report.gate("acme.careless").orElseThrow().findings()).extracting(Finding::message)
                    .containsExactly("The token [redacted] is old");
            outputs.put("ReadinessReport.toString", holder.toString());
            outputs.put("report text", TextReportRenderer.full().render(report));
            outputs.put("report json", JsonReportRenderer.pretty().render(report));
            outputs.put("report toString", report.toString());

            HttpResponse<String> gates = get(port, "/actuator/gates");
            assertThat(gates.statusCode()).isEqualTo(200);
            assertThat(gates.body()).contains("\"waived\":true", "secrets.reused");
            outputs.put("/actuator/gates", gates.body());
            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.body()).contains("\"gates\":{");
            outputs.put("/actuator/health", health.body());
            HttpResponse<String> gatesHealth = get(port, "/actuator/health/gates");
            assertThat(gatesHealth.statusCode()).isEqualTo(200);
            outputs.put("/actuator/health/gates", gatesHealth.body());
            HttpResponse<String> names = get(port, "/actuator/metrics");
            outputs.put("/actuator/metrics", names.body());
            for (String meter : List.of("readiness.findings", "readiness.gate.status")) {
                HttpResponse<String> metric = get(port, "/actuator/metrics/" + meter);
                assertThat(metric.statusCode()).isEqualTo(200);
                outputs.put("/actuator/metrics/" + meter, metric.body());
                for (Map.Entry<String, List<String>> tag : tagValues(metric.body()).entrySet()) {
                    assertThat(tag.getValue()).isNotEmpty();
                    for (String value : tag.getValue()) {
                        HttpResponse<String> tagged = get(port, "/actuator/metrics/" + meter + "?tag="
                                + tag.getKey() + ":" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                        assertThat(tagged.statusCode()).isEqualTo(200);
                        outputs.put("/actuator/metrics/" + meter + " " + tag.getKey() + "=" + value, tagged.body());
                    }
                }
            }
            assertThat(outputs).containsKey("/actuator/metrics/readiness.findings severity=no_go");
        }
        outputs.put("boot log", output.toString());
        assertThat(output).contains("readiness WARN for production");
        assertNoLeak(outputs);
    }

    @Test
    void refusedBindingOfValidatedPropertiesShouldHoldNoFragmentOfAnyCanary(CapturedOutput output,
            @TempDir Path config) throws IOException {
        Throwable failure = null;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ValidatedApp.class).run(
                "--spring.config.location=file:" + config.toAbsolutePath() + "/", "--readiness.enabled=false",
                "--app.security.jwt-secret=" + JWT.substring(0, 12), "--app.security.stripe-key=sk_test_" + STRIPE_TEST,
                "--app.security.database-url=postgres://app:" + DATABASE_URL_PASSWORD + "@localhost:5432/app_test")) {
            fail("invalid credentials were bound: %s", context);
        }
        catch (RuntimeException refused) {
            failure = refused;
        }
        assertThat(output).contains("APPLICATION FAILED TO START", "app.security.jwt-secret",
                "app.security.stripe-key", "app.security.database-url");
        assertThat(output).contains("(hidden, 12 characters)");
        assertThat(failure).hasRootCauseInstanceOf(
                org.springframework.boot.context.properties.bind.validation.BindValidationException.class);
        // Spring's own BindValidationException message quotes every rejected value; Boot marks it as reported and
        // does not print it, so the banner and the log are what leaves the process here
        assertNoLeak(Map.of("boot log and failure banner", output.toString()));
    }

    private static Settings settings() {
        return Settings.builder().dotenv("prod.env", ENV).properties("application-prod.properties", PROPERTIES)
                .build();
    }

    private static ConfigurableApplicationContext start(Path config, String... args) throws IOException {
        Files.writeString(config.resolve("application-prod.properties"), ENV + PROPERTIES + "server.port=0\n"
                + "management.endpoints.web.exposure.include=gates,health,metrics\n"
                + "management.endpoint.health.show-details=always\n"
                + "logging.level.dev.readiness=TRACE\n"
                + "spring.autoconfigure.exclude="
                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
                + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration\n");
        List<String> all = new ArrayList<>(List.of("--spring.config.location=file:" + config.toAbsolutePath() + "/"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(LeakApp.class).run(all.toArray(String[]::new));
    }

    private static Map<String, String> exceptionOutputs(Throwable failure) {
        Map<String, String> outputs = new LinkedHashMap<>();
        Set<Throwable> seen = new LinkedHashSet<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(0);
            if (!seen.add(next)) {
                continue;
            }
            String name = "exception " + seen.size() + " " + next.getClass().getName();
            outputs.put(name + " message", String.valueOf(next.getMessage()));
            outputs.put(name + " localized message", String.valueOf(next.getLocalizedMessage()));
            outputs.put(name + " toString", next.toString());
            StringWriter trace = new StringWriter();
            next.printStackTrace(new PrintWriter(trace));
            outputs.put(name + " stack trace", trace.toString());
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return outputs;
    }

    private static String errorOf(Runnable action) {
        try {
            action.run();
            return "";
        }
        catch (RuntimeException error) {
            return exceptionOutputs(error).values().stream().collect(Collectors.joining("\n"));
        }
    }

    private static Map<String, List<String>> tagValues(String metricJson) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        Matcher tag = Pattern.compile("\\{\"tag\":\"([^\"]+)\",\"values\":\\[([^\\]]*)\\]").matcher(metricJson);
        while (tag.find()) {
            List<String> values = new ArrayList<>();
            Matcher value = Pattern.compile("\"([^\"]*)\"").matcher(tag.group(2));
            while (value.find()) {
                values.add(value.group(1));
            }
            tags.put(tag.group(1), values);
        }
        assertThat(tags).as("available tags of %s", metricJson).isNotEmpty();
        return tags;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fragments(String canary) {
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i + 4 <= canary.length(); i++) {
            fragments.add(canary.substring(i, i + 4));
        }
        return fragments;
    }

    private static void assertNoLeak(Map<String, String> outputs) {
        assertThat(outputs).isNotEmpty();
        outputs.forEach(LeakTests::assertNoLeak);
    }

    private static void assertNoLeak(String where, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (Map.Entry<String, String> canary : CANARIES.entrySet()) {
            for (String fragment : fragments(canary.getValue())) {
                int at = upper.indexOf(fragment);
                if (at >= 0) {
                    fail("%s leaks the fragment '%s' of the canary of %s at %d: ...%s...", where, fragment,
                            canary.getKey(), at, text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)));
                }
            }
        }
    }

    /** A configuration bean holding the canaries, validated with the project's constraints. */
    static class Credentials {

        @Secret
        String jwtSecret = JWT.substring(0, 12);

        @Secret(aes256 = true)
        String aesKey = AES;

        @Secret
        String superadminPassword = SUPERADMIN;

        @NoSandbox
        String stripeKey = "sk_test_" + STRIPE_TEST;

        @NoSandbox
        String paypalWebhook = "https://api-m.sandbox.paypal.com/v1/notifications?access_token=" + QUERY_TOKEN;

        @ProductionDatabaseUrl
        String databaseUrl = "postgres://app:" + DATABASE_URL_PASSWORD + "@localhost:5432/app_test";

        @ProductionDatabaseUrl
        String jdbcUrl = "jdbc:postgresql://localhost:5432/shop?user=postgres&password=" + JDBC_QUERY_PASSWORD;
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class LeakApp {

        /** A careless user gate: quotes secrets in its description and in its finding's message and remediation. */
        @org.springframework.context.annotation.Bean
        Gate carelessGate(org.springframework.core.env.Environment environment) {
            return Gate.of("acme.careless", "Checks the signing key " + environment.getProperty("JWT_SECRET")
                    + " and the Stripe key " + environment.getProperty("STRIPE_API_KEY"), context -> {
                        String secret = context.settings().value("GITHUB_TOKEN").orElse("");
                        return dev.readiness.Outcome.of(Finding.of(Severity.WARN, "acme.careless", "GITHUB_TOKEN")
                                .message("The token " + secret + " is old")
                                .remediation("Rotate " + secret + " and " + environment.getProperty(
                                        "SUPERADMIN_PASSWORD"))
                                .build());
                    });
        }
    }

    /** An application whose configuration class brings its own properties file. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @org.springframework.context.annotation.PropertySource("file:${readiness.leak.extra}")
    static class PropertySourceApp {
    }

    /** Credentials bound from configuration and validated with the project's constraints. */
    @org.springframework.boot.context.properties.ConfigurationProperties("app.security")
    @org.springframework.validation.annotation.Validated
    public static class SecurityProperties {

        @Secret
        private String jwtSecret = "";

        @NoSandbox
        private String stripeKey = "";

        @ProductionDatabaseUrl
        private String databaseUrl = "";

        public String getJwtSecret() {
            return jwtSecret;
        }

        public void setJwtSecret(String jwtSecret) {
            this.jwtSecret = jwtSecret;
        }

        public String getStripeKey() {
            return stripeKey;
        }

        public void setStripeKey(String stripeKey) {
            this.stripeKey = stripeKey;
        }

        public String getDatabaseUrl() {
            return databaseUrl;
        }

        public void setDatabaseUrl(String databaseUrl) {
            this.databaseUrl = databaseUrl;
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
    @org.springframework.boot.context.properties.EnableConfigurationProperties(SecurityProperties.class)
    static class ValidatedApp {
    }
}

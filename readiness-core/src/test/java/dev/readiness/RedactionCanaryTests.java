package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsFileException;
import dev.readiness.testkit.ReportAssert;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Plants a distinct canary in every secret-named setting, runs gates that (wrongly) copy those values into their
 * findings and exceptions, and searches every output for any four-character fragment of any canary.
 */
class RedactionCanaryTests {

    private static final Map<String, String> CANARIES = new LinkedHashMap<>();

    static {
        CANARIES.put("JWT_SECRET", "Kx9vQ2mZ7pL4wR8tYb3N");
        CANARIES.put("spring.datasource.password", "Hq5!Vj8@Wd2#Fz6$");
        CANARIES.put("STRIPE_API_KEY", "Mw7Rk2Xe9Tq4Zu1Pc");
        CANARIES.put("githubToken", "Jd4Gv8Bn2Yc6Lf0Ws");
        CANARIES.put("AWS_CREDENTIALS", "Pt3Zh7Qm1Xk5Vr9Nj");
        CANARIES.put("password-salt", "Uy6Ce0Ra4Io8Sb2Dg");
        CANARIES.put("PRIVATE_KEY", "-----BEGIN Qo7Wx3Ev9Rz1Tn5-----");
        CANARIES.put("jwt.signing-key", "Fb8Nh2Lq6Jm0Kv4Gx");
        CANARIES.put("AUTH_HEADER", "Bearer Zs1Yd5Xc9Wf3Vg7");
        CANARIES.put("MYSQL_PWD", "Ge2Hi6Jk0Lm4No8");
    }

    private static Settings settings() {
        Map<String, String> values = new LinkedHashMap<>(CANARIES);
        values.put("DB_URL", "jdbc:postgresql://db.internal:5432/shop");
        values.put("server.port", "8080");
        return Settings.builder().map(values, "prod.env").build();
    }

    private static final Gate LEAKY = Gate.of("acme.leaky", "copies values into findings, wrongly", context -> {
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            String value = setting.value();
            findings.add(Finding.noGo("acme.leak", setting)
                    .message("The value " + value + " of " + setting.key() + " is weak (" + value + ").")
                    .remediation("Replace " + value + ".")
                    .documentation(URI.create("https://example.com/why?v="
                            + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)))
                    .build());
            findings.add(Finding.of(Severity.WARN, "acme.subject", setting.key() + "=" + value)
                    .origin(dev.readiness.settings.Origin.of("line " + value)).build());
        }
        return Outcome.of(findings);
    });

    private static final Gate SHAPES = Gate.of("acme.shapes", "describes values safely", context -> {
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            findings.add(Finding.warn("acme.shape", setting)
                    .message(setting.key() + " is " + SecretShape.of(setting.value()).describe() + ".")
                    .remediation("Rotate it.").build());
        }
        return Outcome.of(findings);
    });

    private static final Gate THROWS = Gate.of("acme.throws", "throws with a value in the message", context -> {
        throw new IllegalStateException("cannot parse " + context.settings().value("JWT_SECRET").orElseThrow());
    });

    private static final Gate NULL_MESSAGE = Gate.of("acme.error", "throws an error with a value", context -> {
        throw new AssertionError(context.settings().value("MYSQL_PWD").orElseThrow());
    });

    @Test
    void noRenderingShouldContainAnyFourCharacterFragmentOfAnyCanary() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Report report = logged(logs, () -> Readiness.builder()
                .stage(Stage.PRODUCTION)
                .settings(settings())
                .gates(LEAKY, SHAPES, THROWS, NULL_MESSAGE)
                .build()
                .run());

        List<String> outputs = new ArrayList<>();
        outputs.add(TextReportRenderer.full().render(report));
        outputs.add(TextReportRenderer.problemsOnly().render(report));
        outputs.add(JsonReportRenderer.pretty().render(report));
        outputs.add(JsonReportRenderer.compact().render(report));
        outputs.add(report.toString());
        report.gates().forEach(gate -> outputs.add(gate.toString()));
        report.findings().forEach(finding -> {
            outputs.add(finding.toString());
            outputs.add(finding.documentation().map(URI::toString).orElse(""));
        });
        Settings settings = settings();
        outputs.add(settings.toString());
        settings.forEach(setting -> outputs.add(setting.toString()));
        settings.forEach(setting -> outputs.add(SecretShape.of(setting.value()).toString()));
        logs.list.forEach(event -> outputs.add(event.getFormattedMessage()));
        try {
            ReportAssert.assertThat(report).isGo();
            fail("the report is NO-GO, so isGo() must fail");
        } catch (AssertionError expected) {
            outputs.add(expected.getMessage());
        }

        assertThat(report.findings().filter(f -> f.code().equals("acme.leak")).count()).isEqualTo(12);
        assertThat(report.gate("acme.throws").orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("gate.failed");
        assertThat(logs.list).isNotEmpty();
        assertNoCanaryFragment(outputs);
    }

    @Test
    void settingsFileErrorsShouldContainNoFragmentOfTheLineAtFault() {
        List<String> outputs = new ArrayList<>();
        for (String canary : CANARIES.values()) {
            for (String text : List.of(canary + "\n", "A=\"" + canary + "\n", "A='x'" + canary + "\n",
                    canary.replace('-', 'x') + " =1\n", "KEY=\\u12" + canary + "\n")) {
                Throwable dotenv = catchThrowable(() -> Settings.builder().dotenv("prod.env", text));
                if (dotenv != null) {
                    outputs.add(dotenv.getMessage());
                    outputs.add(dotenv.toString());
                }
            }
            Throwable properties = catchThrowable(() -> Settings.builder()
                    .properties("application.properties", "key=" + canary + "\\uXYZ\n"));
            assertThat(properties).isInstanceOf(SettingsFileException.class);
            outputs.add(properties.getMessage());
        }
        assertThat(outputs).hasSizeGreaterThan(CANARIES.size() * 3);
        assertNoCanaryFragment(outputs);
    }

    /** Random bodies of tokens pasted as keys; their public prefixes ({@code sk_live_}, {@code ghp_}) say nothing. */
    private static final Map<String, String> KEY_CANARIES = Map.of(
            "stripe", "51HxQ2eKzY8vR4tLmN7pWcJdA3bF9gH6kX",
            "github", "1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R");

    @Test
    void keysThatAreSecretsShouldBeJudgedAndAppearInNoOutput() {
        String stripe = "sk_live_" + KEY_CANARIES.get("stripe");
        String github = "ghp_" + KEY_CANARIES.get("github");
        Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.properties", github + "\nfoo." + stripe
                        + ".url=http://localhost:8080\nweak." + stripe + ".password=changeme\n"
                        + "a.url=http://${" + github + "}/x\n")
                .configText("application.yml", stripe + ": x\n" + github + ":\n  nested: 1\n")
                .configText("prod.env", stripe.toUpperCase(java.util.Locale.ROOT) + "=x\n")
                .build().settings();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Report report = logged(logs, () -> Readiness.builder()
                .stage(Stage.PRODUCTION)
                .settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new))
                .gate(LEAKY)
                .build()
                .run());

        List<String> outputs = new ArrayList<>();
        outputs.add(TextReportRenderer.full().render(report));
        outputs.add(TextReportRenderer.problemsOnly().render(report));
        outputs.add(JsonReportRenderer.pretty().render(report));
        outputs.add(dev.readiness.render.SarifReportRenderer.create().render(report));
        outputs.add(report.toString());
        report.findings().forEach(finding -> outputs.add(finding.toString()));
        settings.forEach(setting -> outputs.add(setting.toString()));
        logs.list.forEach(event -> outputs.add(event.getFormattedMessage()));
        Throwable cycle = catchThrowable(() -> ApplicationConfigs.cycle(stripe));
        assertThat(cycle).isInstanceOf(SettingsFileException.class);
        outputs.add(cycle.getMessage());

        // the variable overrides the YAML key of the same relaxed name, so six such keys make five settings
        assertThat(report.findings().filter(f -> f.code().equals("secrets.in-key")).map(f -> f.origin().description()))
                .containsExactlyInAnyOrder("application.properties:1", "application.properties:2",
                        "application.properties:3", "application.yml:3:11", "prod.env:1");
        assertThat(report.findings().filter(f -> f.code().equals("secrets.in-key")))
                .allMatch(f -> f.severity() == Severity.NO_GO);
        for (Map.Entry<String, String> canary : KEY_CANARIES.entrySet()) {
            String value = canary.getValue();
            for (int i = 0; i + 6 <= value.length(); i++) {
                String fragment = value.substring(i, i + 6);
                for (String output : outputs) {
                    assertThat(output).as("fragment %s of the %s token written as a key", fragment, canary.getKey())
                            .doesNotContain(fragment);
                }
            }
        }
    }

    @Test
    void waiversNamingAKeyThatIsASecretShouldPrintNoPartOfIt() {
        String github = "ghp_" + KEY_CANARIES.get("github");
        Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.properties", github + "=1\n").build().settings();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<Waiver> waivers = List.of(
                Waiver.of("secrets.in-key", github, "rotating", today.plusDays(30)),
                Waiver.of("secrets.in-key", "x" + github, "rotating", today.plusDays(30)),
                Waiver.of("secrets.in-key", github, "rotating", today.minusDays(3)),
                Waiver.of("secrets.in-key", github, "rotating", today.plusYears(3)),
                Waiver.of("gate.failed", github, "rotating", today.plusDays(30)));
        Report report = Readiness.builder()
                .stage(Stage.PRODUCTION)
                .settings(settings)
                .policy(Policy.builder().waivers(waivers).build())
                .gates(Gates.discover().toArray(Gate[]::new))
                .build()
                .run();

        List<String> outputs = new ArrayList<>();
        outputs.add(TextReportRenderer.full().render(report));
        outputs.add(JsonReportRenderer.pretty().render(report));
        outputs.add(dev.readiness.render.SarifReportRenderer.builder().waivers(waivers).build().render(report));
        outputs.add(dev.readiness.render.ProblemList.message(report));
        outputs.add(report.toString());
        report.findings().forEach(finding -> outputs.add(finding.toString()));
        waivers.forEach(waiver -> outputs.add(waiver.toString() + " " + waiver.label()));

        assertThat(report.gate(Readiness.WAIVERS_GATE_ID).orElseThrow().findings()).extracting(Finding::code)
                .contains("waiver.unused", "waiver.expired", "waiver.beyond-horizon", "waiver.not-allowed");
        String value = KEY_CANARIES.get("github");
        for (int i = 0; i + 6 <= value.length(); i++) {
            String fragment = value.substring(i, i + 6);
            for (String output : outputs) {
                assertThat(output).as("fragment %s of a token written as a waiver's subject", fragment)
                        .doesNotContain(fragment);
            }
        }
    }

    @Test
    void privateKeyPastedIntoAPropertiesFileShouldAppearInNoOutput() {
        // each base64 line of a PEM key is a key of its own; / split it into parts too short to judge, so most of
        // every line was printed as the subject of its secrets.in-key finding
        // (a short last line is judged as a short token, which random text passes about two times in three: not
        // asserted here)
        java.util.Random random = new java.util.Random(22);
        List<String> lines = new ArrayList<>();
        StringBuilder file = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
        for (int i = 0; i < 25; i++) {
            byte[] bytes = new byte[48];
            random.nextBytes(bytes);
            String line = java.util.Base64.getEncoder().encodeToString(bytes);
            lines.add(line);
            file.append(line).append('\n');
        }
        file.append("-----END PRIVATE KEY-----\n");
        Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.properties", file.toString()).build().settings();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Report report = logged(logs, () -> Readiness.builder()
                .stage(Stage.PRODUCTION)
                .settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new))
                .build()
                .run());

        List<String> outputs = new ArrayList<>();
        outputs.add(TextReportRenderer.full().render(report));
        outputs.add(JsonReportRenderer.pretty().render(report));
        outputs.add(dev.readiness.render.SarifReportRenderer.create().render(report));
        outputs.add(dev.readiness.render.ProblemList.message(report));
        outputs.add(report.toString());
        report.findings().forEach(finding -> outputs.add(finding.toString()));
        settings.forEach(setting -> outputs.add(setting.toString()));
        logs.list.forEach(event -> outputs.add(event.getFormattedMessage()));
        for (String line : lines) {
            for (int i = 0; i + 8 <= line.length(); i++) {
                String fragment = line.substring(i, i + 8);
                for (String output : outputs) {
                    assertThat(output).as("fragment %s of a line of a private key", fragment).doesNotContain(fragment);
                }
            }
        }
    }

    @Test
    void shortLastLineOfAPrivateKeyPastedIntoAPropertiesFileShouldAppearInNoOutput() {
        // the last line of a PEM body is 1 to 64 base64 characters; under 40 letters and digits it was judged as a
        // short token, which random text passes about two times in three, so a gate naming the key printed it
        // (twenty-third pass): every last line from 4 to 63 characters, with and without padding
        java.util.Random random = new java.util.Random(23);
        Gate naming = Gate.of("acme.valueless", "reports settings without a value", context -> {
            List<Finding> findings = new ArrayList<>();
            for (Setting setting : context.settings()) {
                if (setting.value().isEmpty() || setting.value().equals("=") || setting.value().equals("==")) {
                    findings.add(Finding.warn("acme.valueless", setting).message(setting.key() + " has no value.")
                            .remediation("Give " + setting.key() + " a value.").build());
                }
            }
            return Outcome.of(findings);
        });
        for (int length = 4; length < 64; length++) {
            StringBuilder file = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
            for (int i = 0; i < 3; i++) {
                byte[] bytes = new byte[48];
                random.nextBytes(bytes);
                file.append(java.util.Base64.getEncoder().encodeToString(bytes)).append('\n');
            }
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String last = java.util.Base64.getEncoder().encodeToString(bytes).substring(0, length);
            last = last.replace('=', 'Q');
            String padding = length % 3 == 0 ? "" : length % 3 == 1 ? "==" : "=";
            file.append(last).append(padding).append("\n-----END PRIVATE KEY-----\nserver.port=8080\n");
            Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                    .configText("application.properties", file.toString()).build().settings();
            Report report = Readiness.builder()
                    .stage(Stage.PRODUCTION)
                    .settings(settings)
                    .gates(naming)
                    .build()
                    .run();
            List<String> outputs = new ArrayList<>();
            outputs.add(TextReportRenderer.full().render(report));
            outputs.add(JsonReportRenderer.pretty().render(report));
            outputs.add(dev.readiness.render.SarifReportRenderer.create().render(report));
            outputs.add(dev.readiness.render.ProblemList.message(report));
            settings.forEach(setting -> outputs.add(setting.toString()));
            for (String output : outputs) {
                assertThat(output).as("the last line %s of a private key", last).doesNotContain(last);
            }
            assertThat(report.findings()).as("the gate named the last line too").hasSize(4);
        }
    }

    /** A placeholder cycle through a key that is a secret, read as an application's files are. */
    private static final class ApplicationConfigs {

        static void cycle(String key) {
            dev.readiness.settings.ApplicationConfig.builder()
                    .configText("application.properties", key + "=${a}\na=${" + key + "}\n").build();
        }
    }

    /** Runs a check with every log event of it captured. */
    private static Report logged(ListAppender<ILoggingEvent> logs, java.util.function.Supplier<Report> check) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        try {
            return check.get();
        } finally {
            root.detachAppender(logs);
        }
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void assertNoCanaryFragment(List<String> outputs) {
        for (Map.Entry<String, String> canary : CANARIES.entrySet()) {
            String value = canary.getValue();
            for (int i = 0; i + 4 <= value.length(); i++) {
                String fragment = value.substring(i, i + 4);
                if (fragment.equals("----") || fragment.contains("BEGI") || fragment.contains("EGIN")
                        || fragment.startsWith("Bear") || fragment.equals("eare") || fragment.equals("arer")
                        || fragment.startsWith("-BEG") || fragment.startsWith("---B") || fragment.startsWith("--BE")) {
                    continue; // public framing words, not secret material
                }
                for (String output : outputs) {
                    if (output.contains(fragment)) {
                        fail("fragment '" + fragment + "' of the canary in " + canary.getKey() + " leaked into:\n"
                                + output);
                    }
                }
            }
        }
    }

    @Test
    void canaryCheckShouldCatchALeak() {
        assertThatThrownBy(() -> assertNoCanaryFragment(List.of("harmless text with Mw7R in it")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("STRIPE_API_KEY");
    }
}

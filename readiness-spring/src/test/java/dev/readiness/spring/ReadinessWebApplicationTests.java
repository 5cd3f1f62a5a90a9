package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.spring.testgates.TestGates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starts real web applications on a real port and proves when the gates run: a settings-only NO-GO stops the
 * service before any bean is created, before the port accepts a connection and before a runner runs; a NO-GO of a
 * gate bean stops it after beans exist but still before the port accepts and before runners.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessWebApplicationTests {

    private static final String CANARY = "canary-Zq8wX3vR";

    private static final java.time.LocalDate SOON = java.time.LocalDate.now().plusMonths(3);

    private static final java.util.function.Predicate<Finding> BUT_EXEMPTIONS = finding -> !finding.code()
            .startsWith("exemption.");

    static final AtomicBoolean RUNNER_RAN = new AtomicBoolean();

    static final AtomicBoolean POOL_CREATED = new AtomicBoolean();

    static final AtomicReference<Boolean> PORT_ACCEPTED_DURING_GATE = new AtomicReference<>();

    private int port;

    @BeforeEach
    void reset() throws IOException {
        RUNNER_RAN.set(false);
        POOL_CREATED.set(false);
        PORT_ACCEPTED_DURING_GATE.set(null);
        TestGates.SECRET_GATE_RUNS.set(0);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @Test
    void badProductionConfigurationShouldFailBeforeAnyBeanThePortAndRunners(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> start(WebApp.class, "apps/bad", "--spring.profiles.active=prod"))
                .satisfies(ex -> {
                    assertThat(ex.getReport().stage()).isEqualTo(Stage.PRODUCTION);
                    assertThat(ex.getReport().findings().filter(BUT_EXEMPTIONS)).extracting(Finding::code).containsExactly(
                            "test.endpoint.sandbox", "test.secret.too-short", "test.warn.legacy");
                    assertThat(Arrays.stream(ex.getStackTrace()).map(StackTraceElement::getMethodName))
                            .contains("invokeBeanFactoryPostProcessors")
                            .doesNotContain("finishBeanFactoryInitialization", "preInstantiateSingletons");
                });
        assertThat(POOL_CREATED).as("a bean with side effects was created").isFalse();
        assertThat(RUNNER_RAN).as("a runner ran").isFalse();
        assertThat(TestGates.SECRET_GATE_RUNS).hasValue(1);
        assertThat(accepts(port)).as("the port accepted a connection").isFalse();
        assertThat(output).contains("APPLICATION FAILED TO START", "[1] NO-GO test.endpoint.sandbox: test.payment-url",
                "[2] NO-GO test.secret.too-short: test.jwt-secret", "[3] WARN test.warn.legacy: test.legacy-mode",
                "origin: class path resource [apps/bad/application-prod.yml] - 2:15",
                "origin: class path resource [apps/bad/application-prod.yml] - 3:16")
                .doesNotContain(CANARY).doesNotContain("sandbox.pay.example");
        assertThat(output.toString().split("test.endpoint.sandbox: test.payment-url", -1))
                .as("the problem list is printed once, by the failure analysis").hasSize(2);
        assertThat(output).contains("cancelling refresh attempt: dev.readiness.spring.ReadinessGateException: readiness"
                + " NO-GO for production");
    }

    @Test
    void noGoOfAGateBeanShouldFailAfterBeansExistButBeforeThePortAndRunners(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> start(GateBeanApp.class, "apps/good", "--readiness.stage=production"))
                .satisfies(ex -> assertThat(ex.getReport().findings().filter(BUT_EXEMPTIONS))
                        .extracting(Finding::code).containsExactly("acme.port.probe"));
        assertThat(POOL_CREATED).as("beans exist when bean gates run").isTrue();
        assertThat(PORT_ACCEPTED_DURING_GATE).as("the port accepted while the gates ran").hasValue(false);
        assertThat(RUNNER_RAN).as("a runner ran").isFalse();
        assertThat(TestGates.SECRET_GATE_RUNS).as("settings gates ran once, in the early phase").hasValue(1);
        assertThat(output).contains("[1] NO-GO acme.port.probe: web-server").doesNotContain(CANARY);
    }

    @Test
    void aWaivedFindingsLogRowShouldSayUntilWhenAndWhyAndInfoShouldGiveTheVerdict(CapturedOutput output)
            throws Exception {
        // session 26: the boot line said "1 waived" and, since session 25, which finding; the reason and the expiry
        // were only in the CLI's and the plugin's reports. And /actuator/info said nothing of readiness (open since
        // session 24)
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/bad", "--spring.profiles.active=prod",
                "--management.endpoints.web.exposure.include=health,gates,info",
                "--readiness.waivers[0].code=test.endpoint.sandbox",
                "--readiness.waivers[0].reason=partner go-live slipped (ACME-77)",
                "--readiness.waivers[0].expires=" + SOON,
                "--readiness.waivers[1].code=test.secret.too-short",
                "--readiness.waivers[1].reason=rotation scheduled (SEC-9)",
                "--readiness.waivers[1].expires=" + SOON)) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.WARN);
            HttpResponse<String> info = get("/actuator/info");
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"readiness\":{\"verdict\":\"WARN\",\"stage\":\"production\","
                    + "\"blocking\":false,\"gates\":" + dev.readiness.render.ProblemList.gateCount(report)
                    + ",\"noGo\":0,\"warn\":1,\"waived\":2}")
                    .doesNotContain(CANARY).doesNotContain("sandbox.pay.example").doesNotContain("test.payment-url");
        }
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/good", "--spring.profiles.active=prod",
                "--management.endpoints.web.exposure.include=info", "--management.info.readiness.enabled=false")) {
            assertThat(get("/actuator/info").body()).doesNotContain("readiness");
        }
        assertThat(output).contains(", 2 waived")
                .containsPattern("  waived test\\.endpoint\\.sandbox +test\\.payment-url +class path resource")
                .contains("         waived until " + SOON + ": partner go-live slipped (ACME-77)")
                .contains("         waived until " + SOON + ": rotation scheduled (SEC-9)")
                .doesNotContain(CANARY).doesNotContain("sandbox.pay.example");
    }

    @Test
    void excludingTheAutoConfigurationShouldNotLeaveTheGateBeansUnjudged(CapturedOutput output) {
        // hostile testing, twenty-seventh pass: the early phase and the barrier come from spring.factories, the late
        // phase from the auto-configuration; with it excluded (spring.autoconfigure.exclude in the deploy's
        // environment, or an AOT build whose frozen bean definitions lack it) a gate bean's NO-GO was never judged and
        // the service started in production without a word, though readiness.enabled was never set to false
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> start(GateBeanApp.class, "apps/good", "--readiness.stage=production",
                        "--spring.autoconfigure.exclude=dev.readiness.spring.autoconfigure.ReadinessAutoConfiguration"))
                .satisfies(ex -> assertThat(ex.getReport().findings().filter(BUT_EXEMPTIONS))
                        .extracting(Finding::code).containsExactly("acme.port.probe"));
        assertThat(RUNNER_RAN).as("a runner ran").isFalse();
        assertThat(output).contains("[1] NO-GO acme.port.probe: web-server")
                .contains("ReadinessAutoConfiguration is not in the context");
    }

    @Test
    void aWaiversReasonQuotingASecretShouldBeLoggedWithoutIt(CapturedOutput output) {
        // hostile testing, twenty-seventh pass: the boot log's waiver rows of session 26 printed the reason as
        // written, so a reason quoting the value it waives ("rotated <the secret>") printed the secret whole; the CLI
        // and the Maven goal scrubbed reasons since the twenty-fourth pass (Waivers.shown)
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/bad", "--spring.profiles.active=prod",
                "--readiness.waivers[0].code=test.secret.too-short",
                "--readiness.waivers[0].reason=rotated canary-Zq8wX3vR-short next week (SEC-9)",
                "--readiness.waivers[0].expires=" + SOON,
                "--readiness.waivers[1].code=test.endpoint.sandbox",
                "--readiness.waivers[1].reason=partner go-live slipped (ACME-77)",
                "--readiness.waivers[1].expires=" + SOON)) {
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().verdict())
                    .isEqualTo(Status.WARN);
        }
        assertThat(output).contains("         waived until " + SOON + ": rotated ")
                .contains(" next week (SEC-9)")
                .contains("         waived until " + SOON + ": partner go-live slipped (ACME-77)")
                .doesNotContain(CANARY).doesNotContain("Zq8w");
    }

    @Test
    void goodConfigurationShouldStartAndServeTheReportWithoutSecrets(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/good", "--spring.profiles.active=prod")) {
            assertThat(RUNNER_RAN).isTrue();
            assertThat(TestGates.SECRET_GATE_RUNS).as("settings gates ran once, in the early phase").hasValue(1);
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.GO);
            assertThat(report.gates()).extracting(dev.readiness.GateResult::id)
                    .contains("test.secret", "test.endpoint", "test.fact");

            HttpResponse<String> gates = get("/actuator/gates");
            assertThat(gates.statusCode()).isEqualTo(200);
            assertThat(gates.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("json"));
            assertThat(gates.body()).isEqualTo(JsonReportRenderer.compact().render(report));
            assertThat(gates.body()).startsWith("{\"verdict\":\"GO\",\"stage\":\"production\",\"gates\":[");

            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.body()).contains("\"gates\":{").contains("\"verdict\":\"GO\"");

            HttpResponse<String> metric = get("/actuator/metrics/readiness.gate.status?tag=gate:test.secret");
            assertThat(metric.statusCode()).isEqualTo(200);
            assertThat(metric.body()).contains("\"value\":0.0");
            HttpResponse<String> findings = get("/actuator/metrics/readiness.findings");
            assertThat(findings.body()).contains("\"severity\"").contains("no_go").contains("\"gate\"");

            for (String body : List.of(gates.body(), health.body(), metric.body(), findings.body())) {
                assertThat(body).doesNotContain(CANARY).doesNotContain("0123456789abcdef");
            }
        }
        assertThat(output).contains("readiness GO for production: no problems")
                .contains("Stage production: active profile 'prod'").doesNotContain(CANARY)
                .doesNotContain("0123456789abcdef");
    }

    @Test
    void warnShouldBeLoggedOnceAsATableAndStart(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/good", "--readiness.stage=production",
                "--test.legacy-mode=on")) {
            assertThat(RUNNER_RAN).isTrue();
        }
        assertThat(output.getOut().split("readiness WARN for production", -1)).hasSize(2);
        assertThat(output).containsPattern("WARN   test\\.warn\\.legacy +test\\.legacy-mode");
    }

    @Test
    void waiversShouldApplyOnceOverBothPhasesInOneReport() {
        try (ConfigurableApplicationContext context = start(GateBeanApp.class, "apps/bad",
                "--spring.profiles.active=prod", "--readiness.waivers[0].code=test.secret.too-short",
                "--readiness.waivers[1].code=test.endpoint.sandbox", "--readiness.waivers[2].code=acme.port.probe",
                "--readiness.waivers[0].reason=r", "--readiness.waivers[1].reason=r",
                "--readiness.waivers[2].reason=r", "--readiness.waivers[0].expires=" + SOON,
                "--readiness.waivers[1].expires=" + SOON, "--readiness.waivers[2].expires=" + SOON)) {
            assertThat(RUNNER_RAN).isTrue();
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.WARN);
            assertThat(report.findings().filter(Finding::waived)).extracting(Finding::code)
                    .containsExactlyInAnyOrder("test.secret.too-short", "test.endpoint.sandbox", "acme.port.probe");
            assertThat(report.findings()).extracting(Finding::code).doesNotContain("waiver.unused");
            assertThat(report.gates()).extracting(dev.readiness.GateResult::id)
                    .contains("acme.port.probe", "test.secret", "test.endpoint", "test.warn", "test.fact", "stage");
        }
    }

    @Test
    void enabledFalseShouldStartWithBadConfiguration() {
        try (ConfigurableApplicationContext context = start(WebApp.class, "apps/bad", "--spring.profiles.active=prod",
                "--readiness.enabled=false")) {
            assertThat(RUNNER_RAN).isTrue();
            assertThat(TestGates.SECRET_GATE_RUNS).hasValue(0);
            assertThat(context.getBeanNamesForType(ReadinessReport.class)).isEmpty();
        }
    }

    @Test
    void invalidStageShouldFailBeforeTheContextNamingTheProperty(CapturedOutput output) {
        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> start(WebApp.class, "apps/good", "--readiness.stage=prdo"));
        assertThat(POOL_CREATED).isFalse();
        assertThat(output).contains("APPLICATION FAILED TO START", "readiness.stage cannot be read: it must be one of"
                + " development, test, staging, production").doesNotContain("prdo");
    }

    private ConfigurableApplicationContext start(Class<?> application, String configLocation, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.config.location=classpath:" + configLocation + "/",
                "--readiness.exclude-gates=" + TestGates.foreignGateIds() + ",database.boot-default"));
        all.addAll(Arrays.asList(args));
        return new SpringApplicationBuilder(application).run(all.toArray(String[]::new));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }

    /** Stands for a connection pool: a bean whose creation has side effects. */
    static class Pool {

        Pool() {
            POOL_CREATED.set(true);
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class WebApp {

        @Bean
        Pool pool() {
            return new Pool();
        }

        @Bean
        CommandLineRunner runner() {
            return (args) -> RUNNER_RAN.set(true);
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @Import(WebApp.class)
    static class GateBeanApp {

        @Bean
        Gate portProbe(org.springframework.core.env.Environment environment) {
            return Gate.of("acme.port.probe", "Probes the web server port", (context) -> {
                PORT_ACCEPTED_DURING_GATE.set(accepts(environment.getRequiredProperty("server.port", Integer.class)));
                return Outcome.of(Finding.of(Severity.NO_GO, "acme.port.probe", "web-server")
                        .message("Refusing to start for the test.").remediation("None.").build());
            });
        }
    }
}

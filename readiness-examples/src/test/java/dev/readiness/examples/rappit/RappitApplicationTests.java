package dev.readiness.examples.rappit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.Report;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.testkit.ReportAssert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts the rappit service for real, on a random port, as the demo does.
 */
class RappitApplicationTests {

    static final String PRODUCTION = "--spring.config.additional-location=file:rappit-production.properties";

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Starts rappit as its main method does, on a random port, with the configuration in its jar and the given
     * arguments only: the process environment of the machine running the tests (which the gates would judge too,
     * e.g. a stray {@code IS_SANDBOX=yes}) is left out, so the tests see what a fresh machine sees.
     */
    static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return RappitApplication.builder().environment(environment).run(all.toArray(String[]::new));
    }

    /**
     * The readiness refusal behind a failed start, wherever Spring wrapped it.
     */
    static ReadinessGateException refusal(Runnable start) {
        Throwable thrown = catchThrowable(start::run);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadinessGateException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("expected a readiness refusal, but the start ended with " + thrown, thrown);
    }

    @Test
    void startOnTheEmbeddedDefaultsShouldRefuseWithEveryProblemAndExitCode78() {
        ReadinessGateException refusal = refusal(() -> start().close());

        assertThat(refusal.getExitCode()).isEqualTo(78);
        Report report = refusal.getReport();
        ReportAssert.assertThat(report).isNoGo()
                .hasFinding("sandbox.test-path", "dhl.api-url")
                .hasFinding("sandbox.provider-host", "fedex.api-url")
                .hasFinding("sandbox.test-credential", "stripe.secret-key")
                .hasFinding("secrets.placeholder", "jwt.secret")
                .hasFinding("database.embedded", "spring.datasource.url")
                .hasFinding("secrets.blank", "stripe.webhook-secret")
                .hasFinding("settings.missing", "sentry.dsn")
                .hasFinding("rappit.cors.localhost", "rappit.cors.allowed-origins")
                .hasFinding("rappit.oauth-stubs.enabled", "rappit.oauth.test-endpoints");
        for (String rendering : List.of(refusal.getMessage(), TextReportRenderer.full().render(report),
                JsonReportRenderer.compact().render(report))) {
            assertThat(rendering).doesNotContain("sk_test_51RappitDevOnly").contains("rappit.properties");
        }
    }

    @Test
    void startInProductionWithAWildcardCorsOriginShouldRefuseNamingOnlyThat() {
        ReadinessGateException refusal = refusal(() -> start(PRODUCTION, "--rappit.cors.allowed-origins=*").close());

        assertThat(ReadinessGateException.problems(refusal.getReport()))
                .extracting(problem -> problem.finding().code() + " " + problem.finding().subject())
                .containsExactly("rappit.cors.wildcard rappit.cors.allowed-origins");
    }

    @Test
    void startWithATenantKeyTheEntitiesLackShouldRefuseAfterReadingTheJpaModel() {
        ReadinessGateException refusal = refusal(() -> start(PRODUCTION, "--readiness.tenant.attributes=workspaceId")
                .close());

        ReportAssert.assertThat(refusal.getReport()).isNoGo()
                .hasFinding("tenant.missing-key", SalesOrder.class.getName())
                .hasFinding("tenant.missing-key", Shipment.class.getName())
                .hasFinding("tenant.missing-key", InventoryLevel.class.getName());
    }

    @Test
    void startInStagingWithSandboxCarriersAndOauthStubsShouldServeTheStubs() throws Exception {
        try (ConfigurableApplicationContext context = start(PRODUCTION, "--readiness.stage=staging",
                "--dhl.api-url=https://express.api.dhl.com/mydhlapi/test",
                "--fedex.api-url=https://apis-sandbox.fedex.com", "--rappit.oauth.test-endpoints=true",
                "--stripe.secret-key=" + RappitGatesTests.STAGING_STRIPE_KEY,
                "--stripe.webhook-secret=" + RappitGatesTests.STAGING_STRIPE_WEBHOOK_SECRET)) {
            ReportAssert.assertThat(context.getBean(dev.readiness.spring.ReadinessReport.class).report().orElseThrow())
                    .hasNoFinding("sandbox.test-path").hasNoFinding("rappit.oauth-stubs.enabled");
            assertThat(get(context, "/test/oauth/shopify/callback").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void startWithTheProductionConfigurationShouldServeRequests() throws Exception {
        try (ConfigurableApplicationContext context = start(PRODUCTION)) {
            Report report = context.getBean(dev.readiness.spring.ReadinessReport.class).report().orElseThrow();
            ReportAssert.assertThat(report).isGo();
            assertThat(report.gate("tenant")).as("the tenant gate judged the JPA model").isPresent();
            assertThat(get(context, "/api/v1/health").body()).contains("\"status\":\"ok\"");
            assertThat(get(context, "/test/oauth/shopify/callback").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void startAsADeveloperShouldServeOrdersScopedByOrganization() throws Exception {
        try (ConfigurableApplicationContext context = start("--readiness.stage=development")) {
            UUID mine = UUID.randomUUID();
            UUID theirs = UUID.randomUUID();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(context,
                            "/api/v1/organizations/" + mine + "/orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"shopify\",\"externalReference\":\"#1001\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

            assertThat(get(context, "/api/v1/organizations/" + mine + "/orders/" + id).statusCode()).isEqualTo(200);
            assertThat(get(context, "/api/v1/organizations/" + theirs + "/orders/" + id).statusCode())
                    .as("another organization's order is not found, not forbidden (GATE-003)").isEqualTo(404);
            assertThat(get(context, "/api/v1/organizations/" + theirs + "/orders").body()).isEqualTo("[]");
            assertThat(get(context, "/test/oauth/shopify/callback").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(ConfigurableApplicationContext context, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(context, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }
}

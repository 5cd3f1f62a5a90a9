package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfCallsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aLoopbackUrlToTheApplicationsOwnPortReferenceIsASelfCall() {
        assertThat(production("server.port=8888\n"
                + "spring.boot.admin.client.url=http://127.0.0.1:${server.port}/xboot/admin\n")).isEmpty();
    }

    @Test
    void aLoopbackUrlToTheApplicationsOwnLiteralPortIsASelfCall() {
        assertThat(production("server.port=8888\nspring.boot.admin.client.url=http://localhost:8888/admin\n"))
                .isEmpty();
    }

    @Test
    void aLoopbackUrlToAnotherPortIsStillReported() {
        assertThat(production("server.port=8888\nspring.boot.admin.client.url=http://127.0.0.1:9999/admin\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    @Test
    void aPublicUrlOnTheOwnPortIsStillALocalPublicAddress() {
        assertThat(production("server.port=8080\napp.public-url=http://localhost:${server.port}\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void aLoopbackUrlToTheActuatorManagementPortIsASelfCall() {
        assertThat(production("server.port=8443\nmanagement.server.port=9464\n"
                + "app.smoke-check-url=https://127.0.0.1:9464/actuator/health/liveness\n"
                + "app.metrics-scrape-url=http://localhost:${management.server.port}/actuator/prometheus\n")).isEmpty();
        assertThat(production("server.port=8443\nmanagement.server.port=9464\n"
                + "app.smoke-check-url=https://127.0.0.1:9465/status\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    private static List<Finding> productionEnv(String dotenv) {
        Settings settings = Settings.builder().dotenv("app.env", dotenv).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aLoopbackUrlUnderTheApplicationsOwnMountPathIsASelfCall() {
        assertThat(productionEnv("PARSE_MOUNT=/app\nSERVER_URL=http://127.0.0.1:8080/app\n")).isEmpty();
        assertThat(production("server.servlet.context-path=/shop/\n"
                + "shop.self-url=http://localhost:8081/shop/api/orders\n")).isEmpty();
    }

    @Test
    void aLoopbackUrlBesideAMountPathItIsNotUnderIsStillReported() {
        assertThat(productionEnv("PARSE_MOUNT=/app\nSERVER_URL=http://127.0.0.1:8080/application\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(productionEnv("BASE_PATH=/\nSERVER_URL=http://127.0.0.1:8080/app\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(productionEnv("UPLOAD_PATH=/app\nSERVER_URL=http://127.0.0.1:8080/app\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    @Test
    void aPublicUrlUnderTheOwnMountPathIsStillALocalPublicAddress() {
        assertThat(productionEnv("PARSE_MOUNT=/app\nPUBLIC_URL=http://localhost:8080/app\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void theServersOwnRootUrlOnItsOwnPortIsStillALocalPublicAddress() {
        assertThat(production("server.port=8081\nserver.servlet.context-path=/v2\n"
                + "server.rootUrl=http://localhost:8081/v2/\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
        assertThat(productionEnv("GF_SERVER_ROOT_URL=http://localhost:3000\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void anotherProductsRootUrlOnLoopbackStaysADestination() {
        assertThat(productionEnv("GITLAB_ROOT_URL=http://localhost:10080\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(production("server.port=8081\nserver.rootUrl=https://sta.acme.org/v2/\n")).isEmpty();
    }
}

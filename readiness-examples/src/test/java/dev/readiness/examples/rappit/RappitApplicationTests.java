package dev.readiness.examples.rappit;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Starts the rappit service for real, on a random port, as the demo does.
 */
class RappitApplicationTests {

    static final String PRODUCTION = "--spring.config.additional-location=file:rappit-production.properties";

    private final HttpClient http = HttpClient.newHttpClient();

    static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        return RappitApplication.builder().run(all.toArray(String[]::new));
    }

    @Test
    void startWithTheProductionConfigurationShouldServeRequests() throws Exception {
        try (ConfigurableApplicationContext context = start(PRODUCTION)) {
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

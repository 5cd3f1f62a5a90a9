package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A twelve-factor service whose {@code application-prod.yml} only references its connection strings
 * ({@code uri: ${MONGODB_URI}}) and whose deploy injects them, passwords included (the session 25 newcomer's
 * reactive service: MongoDB, Redis, RabbitMQ, a Kafka JAAS configuration).
 */
class TwelveFactorConnectionTests {

    private static final String PROD_YML = """
            spring:
              mongodb:
                uri: ${MONGODB_URI}
              data:
                redis:
                  url: ${REDIS_URL}
              rabbitmq:
                addresses: ${RABBITMQ_ADDRESSES}
              kafka:
                properties:
                  sasl.jaas.config: ${KAFKA_JAAS_CONFIG}
            """;

    // a directory of its own under target/, named relatively as `check --app .` names it. Note: before the fix this
    // test's first case passed too (the rule's verdict depended on the directory: the CLI reproduced the false NO-GO
    // with `--app .` but not with `--app /tmp/…`); BootSettingsTests reproduces it at boot and fails without the fix
    private Path app;

    @BeforeEach
    void createApplication() throws IOException {
        Files.createDirectories(Path.of("target"));
        app = Path.of("target").relativize(Files.createTempDirectory(Path.of("target"), "events-service"));
        app = Path.of("target").resolve(app);
    }

    @AfterEach
    void deleteApplication() throws IOException {
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private Settings settings(String env) throws IOException {
        Files.writeString(app.resolve("application.yml"), "spring.application.name: events\n");
        Files.writeString(app.resolve("application-prod.yml"), PROD_YML);
        Path envFile = app.resolve("prod.env");
        Files.writeString(envFile, env);
        return ApplicationConfig.builder().application(app).profiles("prod").envFile(envFile).build().settings();
    }

    @Test
    void aPasswordInAnInjectedConnectionStringShouldNotBeReportedAsWrittenInTheProfileFile() throws IOException {
        Settings settings = settings("""
                MONGODB_URI=mongodb+srv://events-svc:9f2c71d04be8a35e6d1f0c7b28a4e9d3f5b6a1c8@cluster0.ab12c.mongodb.net/events
                REDIS_URL=rediss://default:4e8b1d9c2f7a06e35b9d8c1f4a7e2b60d3c5f918@redis.acme-prod.com:6380
                RABBITMQ_ADDRESSES=amqps://events-svc:c3a9e1f74b2d8065f1e9a3c7d5b08e2f64a1c9d7@rabbit.acme-prod.com:5671
                """);

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isGo()
                .hasNoFinding("secrets.packaged");
    }

    @Test
    void aPasswordWrittenInTheProfileFilesConnectionStringShouldStillBeReported() throws IOException {
        Files.writeString(app.resolve("application-prod.yml"), """
                spring:
                  mongodb:
                    uri: mongodb+srv://events-svc:9f2c71d04be8a35e6d1f0c7b28a4e9d3f5b6a1c8@cluster0.ab12c.mongodb.net/events
                """);
        Files.writeString(app.resolve("application.yml"), "spring.application.name: events\n");
        Settings settings = ApplicationConfig.builder().application(app).profiles("prod").build().settings();

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isNoGo()
                .hasFinding("secrets.packaged", "spring.mongodb.uri");
    }

    @Test
    void aDefaultBrokerLoginInAnInjectedAddressListShouldBeOneFindingOnTheVariable() throws IOException {
        Settings settings = settings("RABBITMQ_ADDRESSES=amqp://guest:guest@rabbit.acme-prod.com:5672\n");

        List<Finding> found = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new DatabaseGate()).run()
                .isNoGo()
                .hasFinding("database.default-credentials", "RABBITMQ_ADDRESSES")
                .report().findings().filter(finding -> finding.code().equals("database.default-credentials"))
                .toList();

        assertThat(found).singleElement().satisfies(finding -> assertThat(finding.message())
                .endsWith("RABBITMQ_ADDRESSES, which spring.rabbitmq.addresses references; fix it there."));
    }

    @Test
    void aPublishedPasswordInAnInjectedJaasConfigurationShouldBeOneFindingOnTheVariable() throws IOException {
        Settings settings = settings("KAFKA_JAAS_CONFIG=org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"admin\" password=\"admin-secret\";\n");

        List<Finding> found = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isNoGo()
                .hasFinding("secrets.published-default", "KAFKA_JAAS_CONFIG")
                .report().findings().filter(finding -> finding.code().equals("secrets.published-default"))
                .toList();

        assertThat(found).singleElement().satisfies(finding -> assertThat(finding.message())
                .endsWith("KAFKA_JAAS_CONFIG, which spring.kafka.properties.sasl.jaas.config references; fix it"
                        + " there."));
    }
}

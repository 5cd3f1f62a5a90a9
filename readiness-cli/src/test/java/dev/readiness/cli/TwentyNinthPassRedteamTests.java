package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, twenty-ninth pass, through the whole check as the CLI runs it: the newest readers (Grails's
 * environment blocks, Quarkus's {@code %profile.} keys) must not let a file choose which of its own blocks is judged
 * where the framework would not let the file choose.
 */
class TwentyNinthPassRedteamTests {

    @TempDir
    Path dir;

    private record Reported(String code, String severity, String subject) {
    }

    private record Run(int status, List<Reported> reported, String err, String out) {
    }

    private Run check(String fileName, String content, String... more) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("check", "--config", file.toString(), "--stage", "production",
                "--format", "json"));
        args.addAll(List.of(more));
        int status = Cli.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(errText).isIn(0, 1);
        List<Reported> reported = new ArrayList<>();
        for (Object gate : Json.array(Json.object(Json.parse(out.toString(StandardCharsets.UTF_8))).get("gates"))) {
            for (Object finding : Json.array(Json.object(gate).get("findings"))) {
                Map<String, Object> f = Json.object(finding);
                reported.add(new Reported((String) f.get("code"), (String) f.get("severity"), (String) f.get("subject")));
            }
        }
        return new Run(status, reported, errText, out.toString(StandardCharsets.UTF_8));
    }

    private static List<Reported> on(List<Reported> reported, String subject) {
        return reported.stream().filter(r -> r.subject().equals(subject) && !r.severity().equals("INFO")).toList();
    }

    @Test
    void aGrailsFilesOwnEnvironmentKeyShouldNotHideItsProductionBlock() throws IOException {
        // Grails reads its environment from the grails.env system property or GRAILS_ENV, never from
        // application.yml: the key in the file chooses nothing, and the packaged application runs production
        Run yaml = check("application.yml", """
                grails:
                  env: staging
                environments:
                  production:
                    dataSource:
                      password: hunter2
                  staging:
                    dataSource:
                      dbCreate: update
                """);
        assertThat(yaml.status()).isEqualTo(1);
        assertThat(on(yaml.reported(), "environments.production.dataSource.password")).extracting(Reported::code)
                .containsExactly("secrets.guessable");

        Run properties = check("application.properties", """
                grails.env=development
                environments.production.dataSource.password=hunter2
                environments.development.dataSource.url=jdbc:h2:mem:devDb
                """);
        assertThat(properties.status()).isEqualTo(1);
        assertThat(on(properties.reported(), "environments.production.dataSource.password"))
                .extracting(Reported::code).containsExactly("secrets.guessable");
        assertThat(on(properties.reported(), "environments.development.dataSource.url")).isEmpty();
    }

    @Test
    void grailsEnvInTheDeploysEnvironmentShouldStillChooseTheBlock() throws IOException {
        Path env = dir.resolve("deploy.env");
        Files.writeString(env, "GRAILS_ENV=staging\n", StandardCharsets.UTF_8);

        Run run = check("application.properties", """
                environments.production.dataSource.password=hunter2
                environments.staging.dataSource.dbCreate=update
                """, "--env-file", env.toString());

        assertThat(on(run.reported(), "environments.production.dataSource.password")).isEmpty();
    }

    @Test
    void aQuarkusFilesOwnProfileShouldBeFollowedAndSaid() throws IOException {
        // SmallRye Config reads quarkus.profile from the file too, so the check follows it, but never silently
        Run run = check("application.properties", """
                quarkus.profile=dev
                %prod.quarkus.datasource.password=hunter2
                %dev.quarkus.log.level=DEBUG
                """);

        assertThat(on(run.reported(), "%prod.quarkus.datasource.password")).isEmpty();
        assertThat(run.err()).contains("application.properties:1: quarkus.profile activates the Quarkus profiles dev,"
                + " as Quarkus reads it");

        Run named = check("application.properties", """
                quarkus.profile=dev
                %prod.quarkus.datasource.password=hunter2
                """, "--profile", "prod");
        assertThat(on(named.reported(), "%prod.quarkus.datasource.password")).extracting(Reported::code)
                .containsExactly("secrets.guessable");
        assertThat(named.err()).doesNotContain("quarkus.profile activates");
    }

    @Test
    void aLoopbackBrokerEntryWithUserInformationShouldBeALocalHost() throws IOException {
        // left by the twenty-eighth pass: localhost:9092 was sandbox.local-host, app:<password>@localhost:9092 nothing
        String canary = "G7K3M9P2Q4R8S5T6W2X3";
        for (String list : List.of("app:" + canary + "@localhost:9092",
                "app:" + canary + "@127.0.0.1:9092,localhost:9093", "localhost:9092, svc:p@ss@[::1]:9093")) {
            Run run = check("application.properties", "spring.kafka.bootstrap-servers=" + list + "\n");
            assertThat(on(run.reported(), "spring.kafka.bootstrap-servers")).as(list).extracting(Reported::code)
                    .contains("sandbox.local-host");
            for (int i = 0; i + 4 <= canary.length(); i++) {
                assertThat(run.out() + run.err()).doesNotContain(canary.substring(i, i + 4));
            }
        }
        Run elsewhere = check("application.properties",
                "KAFKA_BROKERS=app:" + canary + "@kafka1.prod.acme.io:9092,localhost:9092\n");
        assertThat(on(elsewhere.reported(), "KAFKA_BROKERS")).extracting(Reported::code)
                .doesNotContain("sandbox.local-host");
    }
}

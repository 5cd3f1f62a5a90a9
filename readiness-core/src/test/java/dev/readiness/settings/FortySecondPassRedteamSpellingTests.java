package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-second pass, hostile tester: two spellings the settings index took for one where Spring Boot reads them apart.
 * In one property source Spring Boot's binder asks for the property's own spelling first
 * ({@code spring.datasource.password}) and takes a relaxed spelling ({@code spring.data-source.password},
 * {@code jwt.clientSecret}) only when that is missing; and a properties or YAML file's {@code JWT_SECRET} is one element
 * ({@code jwtsecret}) to Spring Boot, not the environment variable that binds to {@code jwt.secret}.
 */
class FortySecondPassRedteamSpellingTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    private static final String DATA_SOURCE = "spring.datasource.url=jdbc:postgresql://db.internal:5432/orders\n"
            + "spring.datasource.username=postgres\n";

    private static Settings properties(String text) {
        return Settings.builder().properties("application.properties", text).build();
    }

    private static ReportAssert check(Settings settings) {
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void aDashedSpellingLaterInTheFileDoesNotHideTheDataSourcePassword() {
        check(properties(DATA_SOURCE + "spring.datasource.password=postgres\nspring.data-source.password=" + STRONG
                + "\n")).hasFinding("database.default-credentials", "spring.datasource.password").isNoGo();
    }

    @Test
    void aCamelCaseSpellingLaterInTheFileDoesNotHideTheCanonicalOne() {
        check(properties("jwt.client-secret=changeme\njwt.clientSecret=" + STRONG + "\n"))
                .hasFinding("secrets.placeholder", "jwt.client-secret").isNoGo();
    }

    @Test
    void eachSpellingOfOneFileIsFoundByItsOwnName() {
        Settings settings = properties(DATA_SOURCE + "spring.datasource.password=postgres\n"
                + "spring.data-source.password=" + STRONG + "\n");

        assertThat(settings.value("spring.datasource.password")).contains("postgres");
        assertThat(settings.value("spring.data-source.password")).contains(STRONG);
    }

    @Test
    void theCanonicalSpellingLaterInTheFileStillReplacesARelaxedOne() {
        check(properties("jwt.clientSecret=changeme\njwt.client-secret=" + STRONG + "\n"))
                .hasNoFinding("secrets.placeholder");
    }

    @Test
    void twoSpellingsThatDifferInDashesAloneAreBothJudgedWhicheverComesLast() {
        // Which of the two the binder asks for first depends on the Java property's name (dataSource or datasource)
        check(properties(DATA_SOURCE + "spring.data-source.password=postgres\nspring.datasource.password=" + STRONG
                + "\n")).hasFinding("database.default-credentials", "spring.data-source.password");
    }

    @Test
    void aProfileFilesUpperCaseKeyDoesNotHideTheBaseFilesProperty(@TempDir Path dir) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "jwt.secret=changeme\n");
        Files.writeString(resources.resolve("application-prod.properties"), "JWT_SECRET=" + STRONG + "\n");

        GateCheck.app(dir, "prod").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aProfileFileOfAnotherSpellingStillReplacesTheBaseFile(@TempDir Path dir) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), DATA_SOURCE + "spring.datasource.password=postgres\n");
        Files.writeString(resources.resolve("application-prod.properties"), "spring.data-source.password=" + STRONG + "\n");

        GateCheck.app(dir, "prod").hasNoFinding("database.default-credentials");
    }

    @Test
    void aManifestsVariableStillReplacesEverySpellingOfTheApplicationsFiles(@TempDir Path dir) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "jwt.secret=changeme\n");
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: api
                          env:
                            - name: JWT_SECRET
                              value: %s
                """.formatted(STRONG);
        Settings settings = ApplicationConfig.builder().application(dir).kubernetes("k8s.yaml", manifest, "api")
                .build().settings();

        check(settings).hasNoFinding("secrets.placeholder");
        assertThat(settings.value("jwt.secret")).contains(STRONG);
    }

    @Test
    void anEnvFilesVariableStillReplacesEverySpellingOfAnEarlierFile() {
        Settings settings = Settings.builder()
                .properties("application.properties", "jwt.secret=changeme\n")
                .dotenv("prod.env", "JWT_SECRET=" + STRONG + "\n")
                .build();

        check(settings).hasNoFinding("secrets.placeholder");
        assertThat(settings.value("jwt.secret")).contains(STRONG);
    }
}

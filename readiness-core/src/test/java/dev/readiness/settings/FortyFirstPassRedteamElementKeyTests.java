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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-first pass, hostile tester: keys that Spring Boot binds as different names but the relaxed index took for one.
 * {@code jwt.secret} (two elements) and {@code jwt-secret} (one) are different properties to Spring Boot, so
 * {@code @Value("${jwt.secret}")} gets {@code changeme} whatever {@code jwt-secret} holds; the index kept the later
 * of the two alone and the weak value was never judged.
 */
class FortyFirstPassRedteamElementKeyTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    private static Settings properties(String text) {
        return Settings.builder().properties("application.properties", text).build();
    }

    private static ReportAssert check(Settings settings) {
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void aDashedKeyAfterADottedOneDoesNotHideIt() {
        check(properties("jwt.secret=changeme\njwt-secret=" + STRONG + "\n"))
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check(properties("jwt-secret=changeme\njwt.secret=" + STRONG + "\n"))
                .hasFinding("secrets.placeholder", "jwt-secret").isNoGo();
        check(properties("jwt.secret=changeme\njwtsecret=" + STRONG + "\n"))
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aProfileFileSpellingTheKeyOtherwiseDoesNotHideTheDefaultFile(@TempDir Path dir) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "jwt.secret=changeme\n");
        Files.writeString(resources.resolve("application-prod.yml"), "jwt-secret: " + STRONG + "\n");

        GateCheck.app(dir, "prod").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void bothSpellingsStayReadableEachByItsOwnName() {
        Settings settings = properties("jwt.secret=changeme\njwt-secret=" + STRONG + "\n");

        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.value("jwt-secret")).contains(STRONG);
        assertThat(settings.value("jwtSecret")).contains(STRONG);
        assertThat(settings.list()).extracting(Setting::key).containsExactlyInAnyOrder("jwt-secret", "jwt.secret");
    }

    @Test
    void spellingsOfOneNameStillReplaceEachOther() {
        check(properties("jwt.clientSecret=changeme\njwt.client-secret=" + STRONG + "\n"))
                .hasNoFinding("secrets.placeholder");
        check(properties("jwt.client_secret=changeme\njwt.client-secret=" + STRONG + "\n"))
                .hasNoFinding("secrets.placeholder");
        check(properties("JWT.SECRET=changeme\njwt.secret=" + STRONG + "\n"))
                .hasNoFinding("secrets.placeholder");
    }

    @Test
    void anEnvironmentVariableStillOverridesEverySpelling() {
        Settings settings = Settings.builder()
                .properties("application.properties", "jwt.secret=changeme\njwt-secret=changeme\n")
                .environment(Map.of("JWT_SECRET", STRONG))
                .build();

        check(settings).hasNoFinding("secrets.placeholder");
        assertThat(settings.size()).isEqualTo(1);
    }

    @Test
    void aLaterSourceRespellingAnEarlierKeyReplacesItsOwnSpellingOnly() {
        Settings settings = Settings.builder()
                .properties("application.properties", "jwt.secret=changeme\njwt-secret=" + STRONG + "\n")
                .properties("application-prod.properties", "jwt.secret=" + STRONG + "x\n")
                .build();

        check(settings).hasNoFinding("secrets.placeholder");
        assertThat(settings.list()).extracting(Setting::value).containsExactlyInAnyOrder(STRONG + "x", STRONG);
    }

    @Test
    void anEnvFileHoldingTwoVariablesOfOneRelaxedNameHasBothJudged() {
        // distinct variables of the process: @Value("${jwt.secret}") reads jwt.secret, then jwt_secret, before
        // JWT_SECRET, where @ConfigurationProperties reads JWT_SECRET
        check(Settings.builder().dotenv("prod.env", "jwt_secret=changeme\nJWT_SECRET=" + STRONG + "\n").build())
                .hasFinding("secrets.placeholder", "jwt_secret").isNoGo();
        check(Settings.builder().dotenv("prod.env", "jwt.secret=changeme\nJWT_SECRET=" + STRONG + "\n").build())
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check(Settings.builder().dotenv("prod.env", "JWT_SECRET=" + STRONG + "\njwt_secret=changeme\n").build())
                .hasFinding("secrets.placeholder", "jwt_secret").isNoGo();
    }

    @Test
    void anEnvFileWritingOneVariableTwiceOrOverridingAnotherFileKeepsTheLast() {
        check(Settings.builder().dotenv("prod.env", "JWT_SECRET=changeme\nJWT_SECRET=" + STRONG + "\n").build())
                .hasNoFinding("secrets.placeholder");
        check(Settings.builder().properties("application.properties", "jwt.secret=changeme\n")
                .dotenv("prod.env", "JWT_SECRET=" + STRONG + "\n").build())
                .hasNoFinding("secrets.placeholder");
    }

    @Test
    void aSecretsTwoKeysOfOneRelaxedNameReadThroughEnvFromAreBothJudged() {
        String manifest = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app
                stringData:
                  jwt_secret: changeme
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
                          image: acme/orders:1
                          envFrom:
                            - secretRef:
                                name: app
                          env:
                            - name: api_token
                              valueFrom:
                                secretKeyRef: {name: app, key: jwt_secret}
                            - name: API_TOKEN
                              valueFrom:
                                secretKeyRef: {name: app, key: JWT_SECRET}
                """.formatted(STRONG);

        check(Settings.builder().addAll(KubernetesManifests.read("deploy.yaml", manifest, "orders")).build())
                .hasFinding("secrets.placeholder", "jwt_secret")
                .hasFinding("secrets.placeholder", "api_token").isNoGo();
    }

    @Test
    void twoVariablesOfTheProcessEnvironmentAreBothJudged() {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("jwt_secret", "changeme");
        environment.put("JWT_SECRET", STRONG);

        check(Settings.builder().environment(environment).build())
                .hasFinding("secrets.placeholder", "jwt_secret").isNoGo();
    }
}

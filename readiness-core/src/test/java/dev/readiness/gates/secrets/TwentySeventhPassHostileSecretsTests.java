package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, twenty-seventh pass: passwords written into the connection URL of a production profile file. A
 * random one was {@code secrets.packaged}; a guessable one got no finding at all (the database gate reads only
 * published default and template pairs), and a password given as the URL's {@code password=} parameter was not read.
 */
class TwentySeventhPassHostileSecretsTests {

    private static final String FILE = "src/main/resources/application-prod.properties";

    private static List<String> findings(String url) {
        Settings settings = Settings.builder().properties(FILE, "spring.datasource.url=" + url + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @Test
    void aGuessablePasswordInAProductionUrlShouldBeNoGoAsARandomOneIs() {
        assertThat(findings("jdbc:postgresql://orders_app:G7K3M9P2Q4R8S5T6W2X3vv@db.prod.acme.io:5432/orders"))
                .containsExactly("NO_GO secrets.packaged spring.datasource.url");
        assertThat(findings("jdbc:postgresql://orders_app:hunter2@db.prod.acme.io:5432/orders"))
                .containsExactly("NO_GO secrets.guessable spring.datasource.url");
        assertThat(findings("jdbc:postgresql://orders_app:Summer2024@db.prod.acme.io:5432/orders"))
                .hasSize(1).allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @Test
    void aPasswordGivenAsTheUrlsPasswordParameterShouldBeJudgedAsTheUserInformationsIs() {
        assertThat(findings("jdbc:postgresql://db.prod.acme.io:5432/orders?sslmode=verify-full&user=orders_app"
                + "&password=G7K3M9P2Q4R8S5T6W2X3vv"))
                .containsExactly("NO_GO secrets.packaged spring.datasource.url");
        assertThat(findings("jdbc:postgresql://db.prod.acme.io:5432/orders?user=orders_app&password=hunter2"))
                .containsExactly("NO_GO secrets.guessable spring.datasource.url");
        assertThat(findings("jdbc:mysql://db.prod.acme.io:3306/orders?user=orders_app&PWD=hunter2&useSSL=true"))
                .containsExactly("NO_GO secrets.guessable spring.datasource.url");
    }

    @Test
    void aPasswordTheFileDoesNotWriteOrThatIsATemplateShouldBeLeftAsBefore() {
        assertThat(findings("jdbc:postgresql://db.prod.acme.io:5432/orders?user=app&password=${DB_PASSWORD}"))
                .isEmpty();
        assertThat(findings("jdbc:postgresql://app:${DB_PASSWORD}@db.prod.acme.io:5432/orders")).isEmpty();
        assertThat(findings("jdbc:postgresql://db.prod.acme.io:5432/orders?user=app&password=")).isEmpty();
        assertThat(findings("jdbc:postgresql://db.prod.acme.io:5432/orders?passwordless=true")).isEmpty();
        assertThat(findings("https://api.acme.io/v1?password_reset_url=x")).isEmpty();
    }

    @Test
    void aGuessableUrlPasswordOfTheBaseFileShouldBeJudgedAndOfADevelopmentProfileFileNot() {
        // left by this pass, settled by the twenty-eighth (TwentyEighthPassRedteamSecretsTests): the base file runs in
        // production unless something overrides it, as spring.datasource.password=hunter2 there does
        Settings settings = Settings.builder().properties("src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://app:hunter2@db.prod.acme.io:5432/orders\n").build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                .extracting(Finding::code).containsExactly("secrets.guessable");
        Settings development = Settings.builder().properties("src/main/resources/application-dev.properties",
                "spring.datasource.url=jdbc:postgresql://app:hunter2@db.prod.acme.io:5432/orders\n").build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, development)).findings())
                .extracting(Finding::code).isEmpty();
    }

    private static String basic(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shortBasicCredentialsShouldBeReadAsLongOnesAre() {
        // the last pass's leftover: fewer than twelve base64 characters after "Basic " were not read, so admin's
        // empty password (Basic YWRtaW46) got no finding where Basic + base64 of "someuser:" was secrets.blank
        assertThat(GateRuns.codesIn("application.properties", "nexus.admin.auth=Basic YWRtaW46", "nexus.admin.auth"))
                .containsExactly("secrets.blank");
        assertThat(GateRuns.codesIn("application.properties", "proxy.header=Basic " + basic("ops:pw1"),
                "proxy.header")).isNotEmpty();
    }

    @Test
    void shortWordsAfterBasicShouldStayClean() {
        for (String value : List.of("Basic realm", "Basic auth", "Basic Zm9v", "basic none", "Basic YWJj", "Basic")) {
            assertThat(GateRuns.codesIn("application.properties", "auth.scheme=" + value, "auth.scheme"))
                    .as(value).isEmpty();
        }
    }

    private static boolean production(String file) {
        return BaseProfileFiles.isProductionProfile(Origin.file(file, 1));
    }

    @Test
    void aProductionWordAfterARegionOrAServiceShouldNameAProductionProfile() {
        // the last pass's leftover: application-eu-prod was read as a profile named eu, so its committed secret was
        // secrets.packaged WARN where application-prod's is NO-GO
        assertThat(production("application-eu-prod.properties")).isTrue();
        assertThat(production("application-us-east-1-production.yml")).isTrue();
        assertThat(production("bootstrap-billing-prd.yaml")).isTrue();
        assertThat(production("application-eu-live.properties")).isTrue();
        Settings settings = Settings.builder().properties("src/main/resources/application-eu-prod.properties",
                "jwt.secret=Xk9qT2vLmR7pZ4wN8cB3yH6jD1fG5sKaQeW0uVbE3rYt8iOp\n").build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("NO_GO secrets.packaged");
    }

    @Test
    void aProductionWordBesideADevelopmentWordOrInsideAnotherWordShouldNotNameOne() {
        assertThat(production("application-local-prod.properties")).isFalse();
        assertThat(production("application-eu-prod-test.properties")).isFalse();
        assertThat(production("application-azure-local-prod.properties")).isFalse();
        assertThat(production("application-preprod.properties")).isFalse();
        assertThat(production("application-nonprod.properties")).isFalse();
        assertThat(production("application-eu.properties")).isFalse();
        assertThat(production("prod-application.properties")).isFalse();
        assertThat(production("application-prod-local.properties")).isTrue();
    }
}

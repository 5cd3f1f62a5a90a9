package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.TestFindings;
import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportRendererTests {

    private static final Schema SARIF_SCHEMA = loadSchema();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("/work/project").toAbsolutePath();

    private static final Finding TOO_SHORT = Finding.of(Severity.NO_GO, "secrets.too-short", "JWT_SECRET")
            .origin(Origin.file(ROOT.resolve("deploy/prod.env").toString(), 3))
            .message("JWT_SECRET has 12 characters; at least 32 are needed.")
            .remediation("Generate one with openssl rand -base64 48.")
            .build();
    private static final Finding ALSO_TOO_SHORT = Finding.of(Severity.NO_GO, "secrets.too-short", "API_KEY")
            .origin(Origin.file(ROOT.resolve("src/main/resources/application-prod.yml").toString(), 7, 12))
            .message("API_KEY has 8 characters; at least 32 are needed.")
            .remediation("Generate one with openssl rand -base64 48.")
            .build();
    private static final Finding SANDBOX = Finding.of(Severity.WARN, "sandbox.endpoint", "PAYMENT_URL")
            .origin(Origin.environmentVariable("PAYMENT_URL"))
            .message("PAYMENT_URL points at a sandbox host.")
            .remediation("Use the provider's production endpoint.")
            .build();
    private static final Finding LOOPBACK = TestFindings.waived(Finding.of(Severity.NO_GO, "database.loopback-host", "DB_URL")
            .origin(Origin.file(ROOT.resolve("deploy/prod.env").toString(), 5))
            .message("DB_URL points at a loopback host.")
            .remediation("Point it at the production database.")
            .build());

    private static Schema loadSchema() {
        try (InputStream schema = SarifReportRendererTests.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report report() {
        return new Report(Status.NO_GO, Stage.PRODUCTION, List.of(
                GateResult.of("database", "Database URLs point at production", 0.2, List.of(LOOPBACK)),
                GateResult.of("sandbox", "", 0.1, List.of(SANDBOX)),
                GateResult.of("secrets.strength", "Secrets are long and random", 0.4, List.of(TOO_SHORT, ALSO_TOO_SHORT))),
                Status.NO_GO);
    }

    private static SarifReportRenderer renderer() {
        return SarifReportRenderer.builder()
                .workingDirectory(ROOT)
                .waivers(List.of(Waiver.of("database.loopback-host", "DB_URL", "Tunnel through the bastion until Q3",
                        LocalDate.of(2099, 1, 1))))
                .build();
    }

    private static List<Error> schemaErrors(String sarif) {
        return SARIF_SCHEMA.validate(sarif, InputFormat.JSON);
    }

    private static JsonNode run(String sarif) {
        JsonNode log = MAPPER.readTree(sarif);
        assertThat(log.path("runs").size()).isEqualTo(1);
        return log.path("runs").get(0);
    }

    private static List<JsonNode> results(String sarif) {
        return StreamSupport.stream(run(sarif).path("results").spliterator(), false).toList();
    }

    @Test
    void renderedLogValidatesAgainstTheSarifSchema() {
        String sarif = renderer().render(report());

        assertThat(schemaErrors(sarif)).isEmpty();
        assertThat(MAPPER.readTree(sarif).path("version").asString()).isEqualTo("2.1.0");
    }

    @Test
    void schemaValidationRejectsALogThatBreaksTheSchema() {
        String sarif = renderer().render(report()).replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"");

        assertThat(schemaErrors(sarif)).isNotEmpty();
    }

    @Test
    void emptyReportValidatesWithNoRulesAndNoResults() {
        String sarif = renderer().render(new Report(Status.GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of())), Status.NO_GO));

        assertThat(schemaErrors(sarif)).isEmpty();
        assertThat(run(sarif).path("tool").path("driver").path("rules").size()).isZero();
        assertThat(run(sarif).path("results").size()).isZero();
        assertThat(run(sarif).path("properties").path("verdict").asString()).isEqualTo("GO");
    }

    @Test
    void eachFindingCodeBecomesOneRuleWithDescriptionAndHelp() {
        JsonNode rules = run(renderer().render(report())).path("tool").path("driver").path("rules");

        assertThat(rules.size()).isEqualTo(3);
        JsonNode tooShort = rules.get(2);
        assertThat(tooShort.path("id").asString()).isEqualTo("secrets.too-short");
        assertThat(tooShort.path("shortDescription").path("text").asString()).isEqualTo("Secrets are long and random");
        assertThat(tooShort.path("fullDescription").path("text").asString()).isEqualTo(TOO_SHORT.message());
        assertThat(tooShort.path("help").path("text").asString()).isEqualTo(TOO_SHORT.remediation());
        assertThat(tooShort.path("defaultConfiguration").path("level").asString()).isEqualTo("error");
        assertThat(rules.get(1).path("shortDescription").path("text").asString())
                .isEqualTo("Finding sandbox.endpoint of gate sandbox");
    }

    @Test
    void eachFindingBecomesOneResultPointingAtItsRule() {
        String sarif = renderer().render(report());
        JsonNode rules = run(sarif).path("tool").path("driver").path("rules");

        assertThat(results(sarif)).hasSize(4).allSatisfy(result -> assertThat(
                rules.get(result.path("ruleIndex").asInt()).path("id").asString())
                .isEqualTo(result.path("ruleId").asString()));
        assertThat(results(sarif)).extracting(result -> result.path("message").path("text").asString())
                .containsExactly(LOOPBACK.message(), SANDBOX.message(), TOO_SHORT.message(), ALSO_TOO_SHORT.message());
    }

    @Test
    void levelFollowsSeverity() {
        Finding info = Finding.of(Severity.INFO, "settings.note", "X").message("Noted.").build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("all", "", 0, List.of(TOO_SHORT, SANDBOX, info))), Status.NO_GO);

        assertThat(results(renderer().render(report))).extracting(result -> result.path("level").asString())
                .containsExactly("error", "warning", "note");
    }

    @Test
    void fileOriginBecomesAPhysicalLocationRelativeToTheWorkingDirectory() {
        List<JsonNode> results = results(renderer().render(report()));

        JsonNode env = results.get(2).path("locations").get(0).path("physicalLocation");
        assertThat(env.path("artifactLocation").path("uri").asString()).isEqualTo("deploy/prod.env");
        assertThat(env.path("artifactLocation").path("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(env.path("region").path("startLine").asInt()).isEqualTo(3);
        assertThat(env.path("region").has("startColumn")).isFalse();
        JsonNode yaml = results.get(3).path("locations").get(0).path("physicalLocation");
        assertThat(yaml.path("artifactLocation").path("uri").asString())
                .isEqualTo("src/main/resources/application-prod.yml");
        assertThat(yaml.path("region").path("startLine").asInt()).isEqualTo(7);
        assertThat(yaml.path("region").path("startColumn").asInt()).isEqualTo(12);
    }

    @Test
    void fileNameWithReservedCharactersIsPercentEncodedAndStaysRelativeToTheSourceRoot() {
        Finding finding = TOO_SHORT.toBuilder().origin(Origin.file(ROOT.resolve("c:prod`.env").toString(), 2)).build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of(finding))), Status.NO_GO);
        String sarif = renderer().render(report);

        JsonNode location = results(sarif).get(0).path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asString()).isEqualTo("c%3Aprod%60.env");
        assertThat(location.path("artifactLocation").path("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(schemaErrors(sarif)).isEmpty();
        Finding escaped = TOO_SHORT.toBuilder().origin(Origin.file(ROOT.resolve("`prod.env").toString(), 2)).build();
        String escapedSarif = renderer().render(new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of(escaped))), Status.NO_GO));
        assertThat(results(escapedSarif).get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asString()).isEqualTo("%60prod.env");
        assertThat(schemaErrors(escapedSarif)).isEmpty();
    }

    @Test
    void fileOutsideTheWorkingDirectoryGetsAnAbsoluteFileUri() {
        Path elsewhere = ROOT.resolveSibling("other dir").resolve("prod.env");
        Finding finding = TOO_SHORT.toBuilder().origin(Origin.file(elsewhere.toString(), 2)).build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of(finding))), Status.NO_GO);
        String sarif = renderer().render(report);

        JsonNode location = results(sarif).get(0).path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asString()).isEqualTo(elsewhere.toUri().toString());
        assertThat(location.path("artifactLocation").has("uriBaseId")).isFalse();
        assertThat(schemaErrors(sarif)).isEmpty();
    }

    @Test
    void relativeFileNameIsResolvedAgainstTheProcessDirectory() {
        Finding finding = TOO_SHORT.toBuilder().origin(Origin.file("config/prod env.env", 4)).build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of(finding))), Status.NO_GO);

        String sarif = SarifReportRenderer.create().render(report);

        assertThat(results(sarif).get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asString()).isEqualTo("config/prod%20env.env");
        assertThat(schemaErrors(sarif)).isEmpty();
    }

    @Test
    void originThatIsNotAFileHasOnlyALogicalLocationNamingTheKey() {
        JsonNode location = results(renderer().render(report())).get(1).path("locations").get(0);

        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.path("logicalLocations").get(0).path("name").asString()).isEqualTo("PAYMENT_URL");
    }

    @Test
    void originThatIsNotAFileIsPlacedOnTheFallbackArtifactWithoutARegion() {
        String sarif = SarifReportRenderer.builder().workingDirectory(ROOT)
                .fallbackArtifact(ROOT.resolve("pom.xml")).build().render(report());

        JsonNode location = results(sarif).get(1).path("locations").get(0);
        assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asString())
                .isEqualTo("pom.xml");
        assertThat(location.path("physicalLocation").has("region")).isFalse();
        assertThat(location.path("logicalLocations").get(0).path("name").asString()).isEqualTo("PAYMENT_URL");
        assertThat(results(sarif).get(2).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asString()).isEqualTo("deploy/prod.env");
        assertThat(schemaErrors(sarif)).isEmpty();
    }

    @Test
    void waivedFindingIsAnAcceptedSuppressionWithTheWaiversReason() {
        List<JsonNode> results = results(renderer().render(report()));

        JsonNode suppression = results.get(0).path("suppressions").get(0);
        assertThat(suppression.path("kind").asString()).isEqualTo("external");
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
        assertThat(suppression.path("justification").asString()).isEqualTo("Tunnel through the bastion until Q3");
        assertThat(results.subList(1, 4)).allSatisfy(result -> assertThat(result.has("suppressions")).isFalse());
    }

    @Test
    void waivedFindingWithoutAKnownWaiverIsStillSuppressed() {
        String sarif = SarifReportRenderer.builder().workingDirectory(ROOT).build().render(report());

        JsonNode suppression = results(sarif).get(0).path("suppressions").get(0);
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
        assertThat(suppression.has("justification")).isFalse();
        assertThat(schemaErrors(sarif)).isEmpty();
    }

    @Test
    void findingWithItsOwnRemediationCarriesItInTheMessage() {
        Finding other = ALSO_TOO_SHORT.toBuilder().remediation("Rotate it in the vault.").build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets.strength", "", 0, List.of(TOO_SHORT, other))), Status.NO_GO);

        assertThat(results(renderer().render(report)).get(1).path("message").path("text").asString())
                .isEqualTo(ALSO_TOO_SHORT.message() + " Rotate it in the vault.");
    }

    @Test
    void realRunOverACanarySecretRendersNoPartOfIt() {
        String canary = "Zq8vXw3LmT" + "0pRkJ7bN2c";
        Settings settings = Settings.builder()
                .properties(ROOT.resolve("application-prod.properties").toString(),
                        "jwt.secret=" + canary.substring(0, 12) + "\n"
                                + "spring.datasource.url=jdbc:postgresql://localhost:5432/app?password=" + canary + "\n"
                                + "stripe.api-key=sk_test_" + canary + canary + "\n")
                .build();
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(settings).policy(Policy.defaults())
                .gates(Gates.discover()).build().run();

        String sarif = renderer().render(report);

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(schemaErrors(sarif)).isEmpty();
        for (int start = 0; start + 4 <= canary.length(); start++) {
            assertThat(sarif).doesNotContain(canary.substring(start, start + 4));
        }
        assertThat(results(sarif)).anySatisfy(result -> assertThat(result.path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asString())
                .isEqualTo("application-prod.properties"));
    }
}

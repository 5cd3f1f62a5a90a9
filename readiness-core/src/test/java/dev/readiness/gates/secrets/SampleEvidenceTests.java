package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleEvidenceTests {

    private final SecretsGate gate = new SecretsGate();

    private List<String> check(Stage stage, Settings settings) {
        return gate.check(GateContext.of(stage, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void checkWhenAFileAlsoLeavesASecretBlankShouldWarnThatItsRandomSecretLooksLikeASamplesValue() {
        String random = Samples.base64(36, 41);
        Settings sample = Settings.builder().dotenv("env/netbox.env", "DB_HOST=postgres\nDB_PASSWORD="
                + Samples.alphanumeric(16, 42) + "\nEMAIL_PASSWORD=\nSECRET_KEY=" + random + "\n").build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, sample)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.blank EMAIL_PASSWORD", "NO_GO secrets.likely-published DB_PASSWORD",
                        "NO_GO secrets.likely-published SECRET_KEY");
        assertThat(findings.get(2).message()).contains("leaves the secret EMAIL_PASSWORD blank (line 3)")
                .doesNotContain(random.substring(0, 4), random.substring(20, 24));
    }

    @Test
    void checkWhenAFileLeavesPlaceholdersUnderTwoOtherSecretsShouldWarnThatItsRandomSecretIsTheTemplatesValue() {
        String random = Samples.base64(32, 51);
        Settings template = Settings.builder().properties("conf/tinode.properties", "api_key_salt=" + random + "\n"
                + "media.s3.access_key_id=your_s3_access_key_id\nmedia.s3.secret_access_key=your_s3_secret_access_key\n")
                .build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, template)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.placeholder media.s3.access_key_id",
                        "NO_GO secrets.placeholder media.s3.secret_access_key",
                        "NO_GO secrets.likely-published api_key_salt");
        assertThat(findings.get(2).message()).contains("placeholders under the secrets media.s3.access_key_id (line 2)"
                + " and media.s3.secret_access_key (line 3)").doesNotContain(random.substring(0, 6));
    }

    @Test
    void checkWhenAProductionFileLeavesOnePlaceholderShouldNotDoubtItsOtherSecrets() {
        Settings slip = Settings.builder().dotenv("deploy/prod.env", "SESSION_SECRET=" + Samples.base64(32, 52)
                + "\nDB_PASSWORD=" + Samples.alphanumeric(24, 53) + "\nSENTRY_AUTH_TOKEN=your-sentry-token\n"
                + "POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST\n").build();

        assertThat(check(Stage.PRODUCTION, slip)).contains("NO_GO secrets.placeholder SENTRY_AUTH_TOKEN")
                .noneMatch(line -> line.contains("likely-published"));
    }

    @Test
    void checkWhenAFileAlsoHoldsATypedPublishedDefaultShouldWarnThatItsRandomSecretLooksLikeASamplesValue() {
        Settings sample = Settings.builder().properties("src/main/resources/mail.properties",
                "spring.rabbitmq.password=guest\nspring.mail.password=" + Samples.alphanumeric(16, 43) + "\n").build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, sample)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.published-default spring.rabbitmq.password",
                        "NO_GO secrets.likely-published spring.mail.password");
        assertThat(findings.get(1).message()).contains("published default under spring.rabbitmq.password (line 1)");
    }

    @Test
    void checkWhenAFileAlsoHoldsAPasswordMadeOfItsOwnNamesShouldWarnThatItsRandomSecretLooksLikeASamplesValue() {
        String random = Samples.alphanumeric(20, 47);
        Settings sample = Settings.builder().dotenv(".env", "MYSQL_DATABASE=quillhaven\nMYSQL_HOST=mysql\n"
                + "MYSQL_PASSWORD=quillhaven@com\nMONGO_PASSWORD=" + random + "\n").build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, sample)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.guessable MYSQL_PASSWORD", "NO_GO secrets.likely-published MONGO_PASSWORD");
        assertThat(findings.get(1).message()).contains("built from the configuration's own names under MYSQL_PASSWORD")
                .doesNotContain(random.substring(0, 6));
    }

    @Test
    void checkWhenASwitchedOffIntegrationsRandomSecretSitsInASampleLikeFileShouldWarnButNotElsewhere() {
        String random = Samples.alphanumeric(40, 48);
        Settings sample = Settings.builder().dotenv(".env", "MYSQL_DATABASE=quillhaven\nMYSQL_PASSWORD=quillhaven@com\n"
                + "AUTH0_ENABLED=false\nAUTH0_CLIENT_SECRET=" + random + "\n").build();
        Settings own = Settings.builder().dotenv(".env", "MYSQL_DATABASE=quillhaven\nMYSQL_PASSWORD="
                + Samples.alphanumeric(20, 49) + "\nAUTH0_ENABLED=false\nAUTH0_CLIENT_SECRET=" + random + "\n").build();

        assertThat(check(Stage.PRODUCTION, sample)).contains("WARN secrets.likely-published AUTH0_CLIENT_SECRET");
        assertThat(check(Stage.PRODUCTION, own)).isEmpty();
    }

    @Test
    void checkShouldStopOnASamplesRandomSecretButOnlyWarnOnASwitchedOffIntegrations() {
        String random = Samples.base64(36, 54);
        Settings blankNeighbour = Settings.builder().dotenv("env/app.env", "SMTP_PASSWORD=\nJWT_SECRET=" + random + "\n")
                .build();
        Settings development = Settings.builder().dotenv("env/app.env", "APP_ENV=local\nJWT_SECRET=" + random + "\n")
                .build();
        Settings switchedOff = Settings.builder().dotenv("env/app.env", "SMTP_PASSWORD=\nAUTH0_ENABLED=false\n"
                + "AUTH0_CLIENT_SECRET=" + random + "\n").build();

        assertThat(check(Stage.PRODUCTION, blankNeighbour)).containsExactly("NO_GO secrets.blank SMTP_PASSWORD",
                "NO_GO secrets.likely-published JWT_SECRET");
        assertThat(check(Stage.PRODUCTION, development)).containsExactly("NO_GO secrets.likely-published JWT_SECRET");
        assertThat(check(Stage.PRODUCTION, switchedOff)).containsExactly("NO_GO secrets.blank SMTP_PASSWORD",
                "WARN secrets.likely-published AUTH0_CLIENT_SECRET");
    }

    @Test
    void checkWhenACommittedFilesLiteralSitsBesideSampleEvidenceShouldStopNotWarn() {
        String random = Samples.base64(36, 55);
        Settings base = Settings.builder().properties("src/main/resources/application.properties",
                "spring.rabbitmq.password=guest\napp.jwt.secret=" + random + "\n").build();
        Settings compose = Settings.builder().dotenv("docker-compose.env", "SMTP_PASSWORD=\nSECRET_KEY_BASE=" + random
                + "\n").build();

        List<Finding> findings = gate.check(GateContext.of(Stage.PRODUCTION, base)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.published-default spring.rabbitmq.password",
                        "NO_GO secrets.shared-default app.jwt.secret");
        assertThat(findings.get(1).message()).contains("also holds a published default under spring.rabbitmq.password")
                .doesNotContain(random.substring(0, 6));
        assertThat(check(Stage.PRODUCTION, compose)).containsExactly("NO_GO secrets.blank SMTP_PASSWORD",
                "NO_GO secrets.likely-published SECRET_KEY_BASE");
    }

    @Test
    void checkWhenACommittedFilesLiteralHasNoSampleEvidenceShouldOnlyWarn() {
        String random = Samples.base64(36, 56);
        String fresh = Samples.alphanumeric(20, 57);

        assertThat(check(Stage.PRODUCTION, Settings.builder().properties("application.properties",
                "spring.rabbitmq.password=" + fresh + "\napp.jwt.secret=" + random).build()))
                .containsExactly("WARN secrets.shared-default spring.rabbitmq.password",
                        "WARN secrets.shared-default app.jwt.secret");
        assertThat(check(Stage.PRODUCTION, Settings.builder().dotenv("docker-compose.env", "KEY_BASE_SECRET=" + random)
                .build())).containsExactly("WARN secrets.likely-published KEY_BASE_SECRET");
        assertThat(check(Stage.DEVELOPMENT, Settings.builder().properties("application.properties",
                "app.jwt.secret=" + random).build())).isEmpty();
    }

    @Test
    void checkWhenTheFileHoldsOnlyFreshOrWeakValuesShouldLeaveItsRandomSecretsAlone() {
        Settings production = Settings.builder().dotenv("production.env", "SECRET_KEY=" + Samples.base64(36, 44)
                + "\nSTRIPE_SECRET_KEY=sk_live_" + Samples.alphanumeric(40, 45) + "\nDB_HOST=postgres\n").build();
        Settings weakNeighbour = Settings.builder().dotenv("production.env", "SECRET_KEY=" + Samples.base64(36, 46)
                + "\nADMIN_PASSWORD=Summer2024!\nSMTP_PASSWORD=changeit-later\n").build();

        assertThat(check(Stage.PRODUCTION, production)).isEmpty();
        assertThat(check(Stage.PRODUCTION, weakNeighbour)).noneMatch(line -> line.contains("likely-published"))
                .isNotEmpty();
    }

    @Test
    void checkWhenTheEvidenceIsInAnotherFileARandomPublishedKeyOrADevelopmentStageShouldNotWarn(@TempDir Path dir)
            throws IOException {
        String random = Samples.base64(36, 47);
        Settings twoFiles = Settings.builder().dotenv("secrets.env", "SECRET_KEY=" + random)
                .dotenv("mail.env", "SMTP_PASSWORD=").build();
        String fixture = Samples.hex(64, 48);
        Path catalog = dir.resolve("catalog.tsv");
        Files.writeString(catalog, "text\t" + fixture + "\ta development account's published key\n");
        Settings fixtureNeighbour = Settings.builder().map(Map.of(SecretsGate.CATALOG, catalog.toString()), "test")
                .dotenv("chain.env", "DEPLOYER_PRIVATE_KEY=" + fixture + "\nMAINNET_PRIVATE_KEY=" + Samples.hex(64, 49))
                .build();
        Settings sample = Settings.builder().dotenv("env/netbox.env", "EMAIL_PASSWORD=\nSECRET_KEY=" + random)
                .build();

        assertThat(check(Stage.PRODUCTION, twoFiles)).containsExactly("NO_GO secrets.blank SMTP_PASSWORD");
        assertThat(check(Stage.PRODUCTION, fixtureNeighbour))
                .containsExactly("NO_GO secrets.published-default DEPLOYER_PRIVATE_KEY");
        assertThat(check(Stage.DEVELOPMENT, sample)).containsExactly("WARN secrets.blank EMAIL_PASSWORD");
    }
}

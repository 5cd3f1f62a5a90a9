package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production configuration files of other ecosystems than Spring's, judged like {@code application-prod.yml}: each
 * rule with a catch and a tempting clean neighbour.
 */
class ProductionFilesSeventeenthPassTests {

    private static final String RANDOM = Samples.base64(32, 1717);
    private static final String PASSWORD = Samples.base64Url(24, 1718);

    private static List<String> findings(String file, String text) {
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"appsettings.Production.json", "src/Api/appsettings.Production.properties",
            "config.prod.toml", "config-production.json", "settings_production.py", "config/prod.exs",
            "config/prod.secret.exs", "blog-prod-exs.properties", "mailtrain-config-prod-toml.properties"})
    void aLiteralSecretInAnotherFrameworksProductionFileShouldStopProduction(String file) {
        assertThat(findings(file, "app.jwt.secret=" + RANDOM)).as(file)
                .containsExactly("NO_GO secrets.packaged app.jwt.secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"production.env", "config.prod.env", ".env.production", "appsettings.json",
            "written-clean-prod.properties", "config-production-checklist.md.properties", "prod-notes.exs.txt",
            "config-staging.toml", "settings.py", "production-values.yaml", "applicationContext-prod.xml.properties",
            "dev.exs", "prod-configmap.properties"})
    void aLiteralSecretInADeploymentFileOrAnotherEnvironmentsFileShouldNotBeCalledPackagedForProduction(String file) {
        assertThat(findings(file, "app.jwt.secret=" + RANDOM)).as(file)
                .noneMatch(finding -> finding.equals("NO_GO secrets.packaged app.jwt.secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host=db.example.net;Port=5432;Database=app;Username=app;Password=%s;SSL Mode=Require",
            "Server=tcp:app.database.windows.net,1433;User ID=app; pwd = %s ;Encrypt=True",
            "ecto://app:%s@db-postgresql-fra1.ondigitalocean.com:25060/app?ssl=true"})
    void aStrongPasswordInAProductionFilesConnectionStringShouldStopProduction(String connection) {
        String text = "ConnectionStrings.Main=" + connection.formatted(PASSWORD);
        assertThat(findings("appsettings.Production.json", text))
                .containsExactly("NO_GO secrets.packaged ConnectionStrings.Main");
        assertThat(findings("appsettings.json", text)).isEmpty();
        assertThat(findings("production.env", text.replace('.', '_'))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host=db.example.net;Username=app;Password=${DB_PASSWORD};SSL Mode=Require",
            "Server=star;Integrated Security=SSPI;Database=app", "Host=db;Password=;Database=app",
            "Host=db.example.net;Username=app;Password={4}", "Data Source=app.db;Cache=Shared",
            "Host=db.example.net;Username=app;PasswordFile=/run/secrets/db;Database=app"})
    void aReferencedMissingOrFileBasedPasswordInAProductionFileShouldNotBeCalledPackaged(String connection) {
        assertThat(findings("appsettings.Production.json", "ConnectionStrings.Main=" + connection)).as(connection)
                .noneMatch(finding -> finding.contains("secrets.packaged"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host=db.example.net;Password=%s", "Host=db;Pwd=%s;"})
    void connectionPasswordShouldReadThePasswordOfAKeyValueConnectionString(String connection) {
        assertThat(UrlPasswords.connectionPassword(connection.formatted(PASSWORD))).contains(PASSWORD);
        assertThat(UrlPasswords.connectionPassword("Host=db;PasswordPolicy=strict;User=x")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "deploy/compose.prod.yaml", "podman-compose.yml",
            "semaphore-prod-docker-compose.env"})
    void aStrongLiteralSecretInAComposeFileShouldBeLikelyPublished(String file) {
        assertThat(findings(file, "SECRET_KEY=" + RANDOM)).as(file)
                .containsExactly("WARN secrets.likely-published SECRET_KEY");
    }

    /** A file of defaults says by its name that every installation gets its values: a NO-GO since the twentieth pass. */
    @ParameterizedTest
    @ValueSource(strings = {"role-defaults.yml", "conf/defaults.ini", "default.env", "config.default.toml"})
    void aStrongLiteralSecretInAFileOfDefaultsShouldBeAPublishedNoGo(String file) {
        assertThat(findings(file, "SECRET_KEY=" + RANDOM)).as(file)
                .containsExactly("NO_GO secrets.likely-published SECRET_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"composer.json", "decomposed.env", "users-default-guide.properties", "prod.env",
            "docker.env"})
    void aStrongLiteralSecretInAnotherFileShouldNotBeCalledShipped(String file) {
        assertThat(findings(file, "SECRET_KEY=" + RANDOM)).as(file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET_KEY=${SECRET_KEY}",
            "SECRET_KEY_FILE=/run/secrets/secret_key"})
    void aReferencedOrFileSuppliedSecretInAComposeFileShouldStayClean(String line) {
        assertThat(findings("docker-compose.yml", line)).as(line).isEmpty();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.secrets.SecretsGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind sets 87 and 88 (thirty-second pass): node-config's custom-environment-variables file holds the NAMES of the
 * variables that override each key, Elixir Dotenvy's {@code env!("X", :string!)} is a look-up, and so is a look-up
 * passed through one conversion call ({@code JSON.stringify(process.env.RSA_PRIVATE_KEY)}); all three were judged as
 * literal secrets (nine false NO-GO). A literal beside them is still judged.
 */
class ThirtySecondPassLeadLookUpTests {

    @TempDir
    Path directory;

    private List<String> findings(String fileName, String text) throws IOException {
        Path file = Files.writeString(directory.resolve(fileName), text);
        Settings settings = ApplicationConfig.builder().configFile(file).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        List<String> found = new ArrayList<>();
        new SecretsGate().check(context).findings().forEach(finding -> found.add(finding.severity() + " "
                + finding.code() + " " + finding.subject()));
        new DatabaseGate().check(context).findings().forEach(finding -> found.add(finding.severity() + " "
                + finding.code() + " " + finding.subject()));
        return found;
    }

    @Test
    void nodeConfigsCustomEnvironmentVariablesShouldBeReadAsVariableNames() throws IOException {
        assertThat(findings("custom-environment-variables.properties", """
                jwt.privateKey=ForEvents_jwtPrivateKey
                db.pass=APP_DB_PASS
                db.url=DATABASE_URL
                port.__name=PORT
                port.__format=json
                """)).isEmpty();
    }

    @Test
    void theSameValuesInAnyOtherFileShouldStillBeJudged() throws IOException {
        assertThat(findings("production.properties", """
                jwt.privateKey=ForEvents_jwtPrivateKey
                db.pass=changeme
                """)).anyMatch(finding -> finding.endsWith(" db.pass"));
        assertThat(findings("custom-environment-variables.properties", "db.pass=change me now\n"))
                .anyMatch(finding -> finding.endsWith(" db.pass"));
    }

    @Test
    void dotenvysTypedLookUpShouldBeAReferenceAndItsDefaultJudged() throws IOException {
        assertThat(findings("runtime.properties", """
                app.Endpoint.secret_key_base=env!("SECRET_KEY_BASE", :string!)
                app.auth_password=env!("AUTH_PASSWORD", :string!)
                app.Repo.pool_size=env!("POOL_SIZE", :integer, 20)
                """)).isEmpty();
        assertThat(findings("runtime.properties", "app.auth_password=env!(\"AUTH_PASSWORD\", :string, \"changeme\")\n"))
                .containsExactly("NO_GO secrets.placeholder app.auth_password");
    }

    @Test
    void aLookUpThroughOneConversionCallShouldBeAReference() throws IOException {
        assertThat(findings("production.properties", """
                rsaPrivateKey=JSON.stringify(process.env.RSA_PRIVATE_KEY)
                sessionSecret=Buffer.from(process.env.SESSION_SECRET, 'base64')
                """)).isEmpty();
        assertThat(findings("production.properties", "sessionSecret=String(process.env.SESSION_SECRET || 'changeme')\n"))
                .containsExactly("NO_GO secrets.placeholder sessionSecret");
        assertThat(ForeignReferences.placeholderOf("parseInt(process.env.PORT || '3000', 10)")).isEqualTo("${PORT:3000}");
        assertThat(ForeignReferences.placeholderOf("JSON.stringify({a: 1})")).isNull();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing left by the thirty-first pass: the shell's alternate value ({@code ${AS+hunter2}}, {@code
 * ${AS:+hunter2}}) was read as one variable's name or as a default with its {@code +}, so a committed password was
 * deferred; and a template's fill-in word written around a reference ({@code changeme-${sls:stage}}) was deferred
 * whole. Both are now judged: the alternate's word as the value the file commits to, the fill-in word as a stand-in.
 */
class ThirtySecondPassLeadRunTimeTextTests {

    @TempDir
    Path directory;

    private List<String> findings(String text) throws IOException {
        Path file = Files.writeString(directory.resolve(".env.production"), text);
        Settings settings = ApplicationConfig.builder().envFile(file).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject() + " "
                        + finding.origin().description().replace(file.toString(), ".env.production"))
                .toList();
    }

    @Test
    void theShellsAlternateValueShouldBeJudgedAsTheValueTheFileCommitsTo() throws IOException {
        assertThat(findings("API_TOKEN=${AS+hunter2}\n")).containsExactly(
                "NO_GO secrets.guessable API_TOKEN .env.production:1 via the alternate value of ${AS}");
        assertThat(findings("DB_PASSWORD=${AS:+hunter2}\n")).containsExactly(
                "NO_GO secrets.guessable DB_PASSWORD .env.production:1 via the alternate value of ${AS}");
    }

    @Test
    void anAlternateThatIsItselfAReferenceOrADefaultShouldStayAsBefore() throws IOException {
        assertThat(findings("SESSION_SECRET=${USE_VAULT:+${VAULT_SESSION_SECRET}}\n")).isEmpty();
        assertThat(findings("JWT_SECRET=${JWT_SECRET-changeme}\n")).hasSize(1)
                .allMatch(finding -> finding.endsWith("via the default of ${JWT_SECRET}"));
    }

    @Test
    void aFillInWordWrittenAroundAReferenceShouldBeAPlaceholder() throws IOException {
        assertThat(findings("JWT_SECRET=changeme-${STAGE}\n")).containsExactly(
                "NO_GO secrets.placeholder JWT_SECRET .env.production:1");
        assertThat(findings("APP_SECRET=${APP_NAME}_replace_me\n")).containsExactly(
                "NO_GO secrets.placeholder APP_SECRET .env.production:1");
    }

    @Test
    void aRealValuesFormAroundAReferenceShouldStayDeferred() throws IOException {
        assertThat(findings("MAILGUN_API_KEY=key-${MAILGUN_KEY}\n")).isEmpty();
        assertThat(findings("DB_PASSWORD=${DB_PASSWORD_PREFIX}${DB_PASSWORD_SUFFIX}\n")).isEmpty();
        assertThat(findings("SECRET_KEY=sm://${PROJECT}/secret-key\n")).isEmpty();
        assertThat(findings("CHANGEME_TOKEN=${TOKEN}\n")).isEmpty();
    }

    private static List<String> propertiesFindings(String text) {
        Settings settings = ApplicationConfig.builder().configText("appsettings.Production.properties", text).build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @Test
    void aSubstitutionTokenNamedAfterItsOwnKeyAndASymbolShouldNotBeJudgedAsSecrets() {
        assertThat(propertiesFindings("AppSettings.Secret=$Secret\nAppSettings.SmtpPass=$SmtpPass\n")).isEmpty();
        assertThat(propertiesFindings("ex_aws.secret_access_key[1]=:instance_role\n")).isEmpty();
    }

    @Test
    void aDollarWordOrAColonWordThatIsNoSuchNameShouldStillBeJudged() {
        assertThat(propertiesFindings("AppSettings.Secret=$ecret\n")).hasSize(1);
        assertThat(propertiesFindings("AppSettings.SmtpPass=$Password1\n")).hasSize(1);
        assertThat(propertiesFindings("app.jwt-secret=:changeme:\n")).hasSize(1);
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.gates.settings.RequiredSettingsGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, thirty-first pass: the shell's {@code ${NAME-default}} (the default when the variable is unset,
 * which Docker Compose and POSIX shells read in an environment file) was read as one variable named
 * {@code OTHER_PW-hunter2}: {@code DB_PASSWORD=${OTHER_PW-hunter2}} was a value known only at run time, GO in
 * production, and the {@code settings.deferred} message printed the default as part of that name.
 */
class ThirtyFirstPassRedteamShellDefaultTests {

    @TempDir
    Path dir;

    private List<Finding> findings(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        Settings settings = file.endsWith(".env") ? ApplicationConfig.builder().envFile(path).build().settings()
                : ApplicationConfig.builder().configFile(path).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        List<Finding> findings = new ArrayList<>(new SecretsGate().check(context).findings());
        findings.addAll(new RequiredSettingsGate().check(context).findings());
        return findings;
    }

    private String path(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void theDefaultOfAnUnsetVariableShouldBeJudgedAndNeverPrintedAsAName() throws IOException {
        List<Finding> found = findings("deploy/prod.env", "DB_PASSWORD=${OTHER_PW-hunter2}\n"
                + "JWT_SECRET=${JWT_SECRET-changeme}\n");

        assertThat(found).filteredOn(finding -> finding.subject().equals("DB_PASSWORD")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("secrets.guessable");
                    assertThat(finding.origin().description()).isEqualTo(path("deploy/prod.env") + ":1 via the default of ${OTHER_PW}");
                });
        assertThat(found).filteredOn(finding -> finding.subject().equals("JWT_SECRET")).singleElement()
                .satisfies(finding -> assertThat(finding.code()).startsWith("secrets."));
        assertThat(found).allSatisfy(finding -> assertThat(finding.message() + finding.origin().description())
                .doesNotContain("hunter2").doesNotContain("changeme"));
    }

    @Test
    void anEmptyDefaultAndASpringPropertyNameWithADashShouldReadAsBefore() throws IOException {
        assertThat(findings("deploy/prod.env", "DB_PASSWORD=${OTHER_PW-}\n")).extracting(Finding::code)
                .containsExactly("settings.deferred");
        assertThat(findings("deploy/k8s.env", "JWT_SECRET=${newsugar-secrets-prod.jwt-secret}\n"))
                .extracting(Finding::code).containsExactly("settings.deferred");
        assertThat(findings("application.properties", "app.password=${db-password-hunter2}\n"))
                .extracting(Finding::code).doesNotContain("secrets.guessable");
    }
}

package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-ninth pass, newcomer (AfriGest, a reactor of {@code gates} and {@code apps/api}): the API's
 * {@code application.yml} imports {@code optional:file:.env[.properties]}, the runbook's {@code apps/api/.env}. Run
 * from the reactor's root, the goal looked for {@code .env} in the root, warned that it was "not here" beside
 * {@code apps/api/.env}, and would have judged a root {@code .env} (a Compose file's) as the module's. A relative
 * {@code file:} import is now read from the module's directory, as {@code mvn spring-boot:run} starts the service
 * there.
 */
class ThirtyNinthPassNewcomerModuleWorkingDirectoryTests {

    @TempDir
    Path module;

    @Test
    void aModulesOptionalDotenvImportIsReadFromTheModulesDirectory() throws Exception {
        Path resources = Files.createDirectories(module.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  config:
                    import: optional:file:.env[.properties]
                afrigest:
                  jwt:
                    access-secret: ${JWT_ACCESS_SECRET}
                """);
        Files.writeString(module.resolve(".env"), "JWT_ACCESS_SECRET=changeme\n");
        assertThat(Path.of(".env").toAbsolutePath()).doesNotExist();

        List<String> lines = new ArrayList<>();
        ProjectCheck.Result result = new ProjectCheck(module, List.of(), List.of(), List.of(), null, null,
                Stage.PRODUCTION, null, List.of(), true, List.of(), List.of()).run(lines::add, List.of(new SecretsGate()));
        List<Finding> findings = result.report().findings()
                .filter(finding -> finding.code().startsWith("secrets.")).toList();

        assertThat(findings).extracting(Finding::code, Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("secrets.placeholder", "JWT_ACCESS_SECRET"));
        assertThat(findings).filteredOn(finding -> finding.subject().equals("JWT_ACCESS_SECRET"))
                .allSatisfy(finding -> assertThat(finding.origin().description()).contains(module.resolve(".env").toString()));
        assertThat(result.notices()).noneMatch(notice -> notice.contains("is not here"))
                .anyMatch(notice -> notice.contains("read from the project's directory")
                        && !notice.contains("run the check from a directory without it"));
        assertThat(lines).noneMatch(line -> line.contains("is not here"));
    }
}

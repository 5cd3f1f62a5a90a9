package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/**
 * Session 28's newcomer gave the goal {@code <envFile>deploy/prod.env</envFile>}, and then
 * {@code ${project.basedir}/deploy/prod.env}: both times the build log named the env file's findings
 * {@code /work/wt/newcomer28-app/deploy/prod.env:4} beside {@code src/main/resources/application.yml:39:19}, because
 * Maven hands a {@code File} parameter over absolute. An env file inside the working directory is now named relative
 * to it, as the application's files are; one outside keeps its absolute path.
 */
class TwentyEighthPassNewcomerEnvFilePathTests {

    private static final class Lines extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override public void info(CharSequence content) { lines.add(content.toString()); }
        @Override public void warn(CharSequence content) { lines.add(content.toString()); }
        @Override public void error(CharSequence content) { lines.add(content.toString()); }
    }

    private static Path project() throws Exception {
        // inside the working directory (the module), as a project is under the directory Maven was started in
        Path project = Path.of("target", "newcomer-28-" + UUID.randomUUID()).toAbsolutePath();
        Path resources = project.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.properties"),
                "spring.data.redis.url=${REDIS_URL}\n", StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("deploy"));
        Files.writeString(project.resolve("deploy/prod.env"),
                "REDIS_URL=rediss://:Kp3vX9qLm2TzR7wYc8Nd@cache.orderhub.io:6380\n", StandardCharsets.UTF_8);
        return project;
    }

    private static List<String> run(Path project, File envFile) throws Exception {
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = project.toFile();
        mojo.executionRootDirectory = Path.of("").toAbsolutePath().toFile();
        mojo.outputDirectory = project.resolve("target/readiness").toFile();
        mojo.profiles = new ArrayList<>(List.of("prod"));
        mojo.envFiles = List.of(envFile);
        Lines log = new Lines();
        mojo.setLog(log);
        mojo.execute();
        return log.lines;
    }

    @Test
    void anAbsoluteEnvFileInsideTheWorkingDirectoryIsNamedRelativeToIt() throws Exception {
        Path project = project();
        Path relative = Path.of("").toAbsolutePath().relativize(project);
        List<String> lines = run(project, project.resolve("deploy/prod.env").toFile());
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("REDIS_URL")
                .contains(" " + relative.resolve("deploy/prod.env") + ":1"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(project.toString()));
    }

    @Test
    void anEnvFileOutsideTheWorkingDirectoryKeepsItsAbsolutePath() throws Exception {
        Path project = project();
        Path outside = Files.createTempFile("newcomer-28-", ".env");
        try {
            Files.writeString(outside, "REDIS_URL=rediss://:Kp3vX9qLm2TzR7wYc8Nd@cache.orderhub.io:6380\n");
            List<String> lines = run(project, outside.toFile());
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(outside + ":1"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}

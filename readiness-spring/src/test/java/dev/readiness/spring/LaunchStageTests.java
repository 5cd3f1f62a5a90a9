package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@link ExitCodeApp} in its own JVM with no stage set at all, once from build output as an IDE or
 * {@code spring-boot:run} does and once from a packaged jar as a deployment does, and observes the stage it is
 * judged for, the exit status and what the report says about where the stage came from.
 */
class LaunchStageTests {

    private static final String APP = ExitCodeApp.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path directory;

    @Test
    void fromBuildOutputWithNoStageSetTheServiceShouldBeJudgedAsDevelopmentAndStart() throws Exception {
        ChildJvm.Result result = start(null);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("readiness NO-GO for development",
                "Stage development: no stage set: judged as development because the service runs from build output"
                        + " (target/test-classes)",
                "Started ExitCodeApp");
    }

    @Test
    void fromAPackagedJarWithNoStageSetTheServiceShouldBeJudgedAsProductionAndRefused() throws Exception {
        Path jar = directory.resolve("orders-service.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(APP));
            try (var in = ExitCodeApp.class.getClassLoader().getResourceAsStream(APP)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }

        ChildJvm.Result result = start(jar);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).contains("readiness NO-GO for production",
                "Stage production: no stage set: judged as production because the service runs from a packaged jar"
                        + " (orders-service.jar).",
                "say so where the service is started, not in a file packaged with it")
                .doesNotContain("Started ExitCodeApp");
    }

    private static ChildJvm.Result start(Path jar) throws IOException, InterruptedException {
        return ChildJvm.run(jar, List.of(), ExitCodeApp.class, List.of("--spring.config.location=classpath:apps/bad/",
                "--spring.main.web-application-type=none", "--test.jwt-secret=short", "--spring.autoconfigure.exclude="
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"),
                environment -> environment.keySet().removeIf(name -> name.startsWith("SPRING_")
                        || name.startsWith("READINESS_") || List.of("APP_ENV", "APPLICATION_ENV", "ENVIRONMENT",
                                "ENV", "DEPLOY_ENV", "DEPLOYMENT_ENVIRONMENT").contains(name)));
    }
}

package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, the forty-fifth hostile tester's open item: the goal runs the gates of plugin dependencies in
 * Maven's own JVM, and a gate calling {@code System.exit(0)} there ended the JVM, so the build, with status 0 and no
 * report: a CI runner reads a passing build. Each test judges a project as the goal does in a JVM of its own
 * ({@link ExitingGateCheck}) and observes its status and output.
 */
class FortySixthPassLeadMavenExitTests {

    @Test
    void aGateCallingSystemExitZeroShouldFailTheBuildWithStatusOne() throws Exception {
        Result result = check("exit");

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("[ERROR] readiness: dev.readiness.maven.ExitingGateCheck called"
                + " System.exit on thread readiness-", "while the gates judged the configuration; the build fails with"
                + " status 1").doesNotContain("check finished");
    }

    @Test
    void aThreadTheGateStartedCallingSystemExitShouldFailTheBuildToo() throws Exception {
        Result result = check("thread-exit");

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("called System.exit on thread acme-client")
                .doesNotContain("check finished");
    }

    @Test
    void aGateThatReturnsShouldLeaveTheCheckAndTheJvmAsTheyWere() throws Exception {
        Result result = check("none");

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("check finished: GO").doesNotContain("called System.exit");
    }

    private static Result check(String how) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath, ExitingGateCheck.class.getName(), how))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the check did not end");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }
}

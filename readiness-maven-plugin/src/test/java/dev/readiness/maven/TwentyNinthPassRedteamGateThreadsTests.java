package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.GateResult;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, twenty-ninth pass (the leftover of the last three): the goal runs gates of plugin dependencies in
 * Maven's own JVM, so a gate that hangs past its timeout, or leaves a thread of its own behind, goes on running after
 * the check. The build must end with the hanging gate named, and what such a thread prints afterwards must not reach
 * the build log: the capture of {@code System.out} and {@code System.err} had ended, so a setting's value printed
 * then was printed whole.
 */
class TwentyNinthPassRedteamGateThreadsTests {

    private static final String CANARY = "G7K3M9P2Q4R8S5T6W2X3";

    @TempDir
    Path project;

    private ProjectCheck check() throws Exception {
        Path resources = project.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.properties"), "app.api-token=" + CANARY + "\n");
        return new ProjectCheck(project, List.of(), List.of(), List.of(), null, null, Stage.PRODUCTION, null,
                List.of(), true);
    }

    private static void assertNoFragment(String output) {
        for (int i = 0; i + 4 <= CANARY.length(); i++) {
            assertThat(output.toUpperCase(java.util.Locale.ROOT)).as("fragment " + CANARY.substring(i, i + 4))
                    .doesNotContain(CANARY.substring(i, i + 4));
        }
    }

    @Test
    void aGateThatHangsAndPrintsAfterItsTimeoutShouldBeNamedAndPrintNothing() throws Exception {
        ProjectCheck check = check();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> stuck = new AtomicReference<>();
        Gate hangs = Gate.of("acme.hangs", "waits for a server that never answers", context -> {
            stuck.set(Thread.currentThread());
            String token = context.settings().value("app.api-token").orElseThrow();
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // a careless client library: the interrupt is swallowed
                }
            }
            System.out.println("cannot reach the server with token " + token);
            System.err.println(token);
            return Outcome.go();
        });
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream buildLog = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> notices = new CopyOnWriteArrayList<>();
        try {
            System.setOut(buildLog);
            System.setErr(buildLog);
            long started = System.nanoTime();
            ProjectCheck.Result result = check.run(lines::add, List.of(hangs));
            notices.addAll(result.notices());
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(30);
            GateResult gate = result.report().gates().stream().filter(g -> g.id().equals("acme.hangs")).findFirst()
                    .orElseThrow();
            assertThat(gate.findings()).extracting(f -> f.code()).containsExactly("gate.timeout");

            release.countDown();
            stuck.get().join(10_000);
            assertThat(stuck.get().isAlive()).isFalse();
            System.out.println("the build goes on");
            assertThat(System.out).isSameAs(buildLog); // given back once the gate's thread has ended
        } finally {
            release.countDown();
            System.setOut(out);
            System.setErr(err);
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("the build goes on").doesNotContain("cannot reach");
        assertNoFragment(printed);
        assertThat(notices).anyMatch(line -> line.startsWith("gate threads still running after the check: "));
        assertNoFragment(String.join("\n", lines) + String.join("\n", notices));
    }

    @Test
    void aThreadAGateLeavesBehindShouldPrintNothingAfterTheCheck() throws Exception {
        ProjectCheck check = check();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> poller = new AtomicReference<>();
        Gate leaves = Gate.of("acme.leaves", "starts a poller and returns", context -> {
            String token = context.settings().value("app.api-token").orElseThrow();
            Thread thread = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("poller: token " + token);
            }, "acme-poller");
            thread.setDaemon(true); // the JVM of the tests must not wait for it; in Maven it need not be one
            thread.start();
            poller.set(thread);
            return Outcome.go();
        });
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream buildLog = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> notices = new CopyOnWriteArrayList<>();
        try {
            System.setOut(buildLog);
            System.setErr(buildLog);
            notices.addAll(check.run(lines::add, List.of(leaves)).notices());
            System.out.println("the next module");
            release.countDown();
            poller.get().join(10_000);
        } finally {
            release.countDown();
            System.setOut(out);
            System.setErr(err);
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("the next module").doesNotContain("poller:");
        assertNoFragment(printed);
        assertThat(notices).anyMatch(line -> line.contains("acme-poller"));
    }
}

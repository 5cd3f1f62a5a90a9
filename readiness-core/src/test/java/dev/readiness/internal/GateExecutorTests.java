package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.GateResult;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GateExecutorTests {

    private static final GateContext CONTEXT = GateContext.of(Stage.PRODUCTION, Settings.empty());

    private static Set<Thread> readinessThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("readiness-") && thread.isAlive())
                .collect(Collectors.toSet());
    }

    /** Waits, up to a bound, for the threads to end; returns those still alive. */
    private static Set<Thread> awaitGone(Set<Thread> threads) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread thread : threads) {
            long left = giveUp - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return threads.stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    @Test
    void runShouldUseDaemonThreadsNamedReadiness() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Gate> gates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            gates.add(Gate.of("g" + i, "", context -> {
                seen.add(Thread.currentThread());
                return Outcome.go();
            }));
        }

        new GateExecutor(4, Duration.ofSeconds(5), Duration.ofSeconds(10)).run(gates, CONTEXT);

        assertThat(seen).isNotEmpty().allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("readiness-");
            assertThat(thread.isDaemon()).isTrue();
        });
        assertThat(seen.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void runShouldLeaveNoThreadBehindExceptADaemonRunningAGateThatIgnoresInterrupts() throws InterruptedException {
        Set<Thread> before = readinessThreads();
        CountDownLatch release = new CountDownLatch(1);
        Set<Thread> stubborn = ConcurrentHashMap.newKeySet();
        List<Gate> gates = List.of(
                Gate.of("quick", "", context -> Outcome.go()),
                Gate.of("sleeps", "", context -> {
                    Thread.sleep(60_000);
                    return Outcome.go();
                }),
                Gate.of("ignores-interrupts", "", context -> {
                    stubborn.add(Thread.currentThread());
                    while (release.getCount() > 0) {
                        try {
                            release.await();
                        } catch (InterruptedException ignored) {
                            // a badly written gate: swallows the interrupt and carries on
                        }
                    }
                    return Outcome.go();
                }),
                Gate.of("throws", "", context -> {
                    throw new IllegalStateException("boom");
                }));
        try {
            List<GateResult> results = new GateExecutor(4, Duration.ofMillis(200), Duration.ofSeconds(5))
                    .run(gates, CONTEXT);

            assertThat(results).extracting(GateResult::id).containsExactly("quick", "sleeps", "ignores-interrupts",
                    "throws");
            Set<Thread> started = readinessThreads();
            started.removeAll(before);
            assertThat(started).containsAll(stubborn);
            Set<Thread> others = new java.util.HashSet<>(started);
            others.removeAll(stubborn);
            assertThat(awaitGone(others)).as("pool threads still alive after run()").isEmpty();
            assertThat(stubborn).singleElement().satisfies(thread -> {
                assertThat(thread.isAlive()).isTrue();
                assertThat(thread.isDaemon()).isTrue();
                assertThat(thread.getName()).startsWith("readiness-");
            });
        } finally {
            release.countDown();
        }
        assertThat(awaitGone(stubborn)).isEmpty();
    }

    @Test
    void runOfNoGatesShouldStartNoThread() {
        Set<Thread> before = readinessThreads();

        assertThat(new GateExecutor(4, Duration.ofSeconds(1), Duration.ofSeconds(1)).run(List.of(), CONTEXT))
                .isEmpty();
        assertThat(readinessThreads()).isSubsetOf(before);
    }

    @Test
    void runShouldScrubSecretValuesFromFindings() {
        GateContext context = GateContext.of(Stage.PRODUCTION, Settings.of(Map.of("JWT_SECRET", "Qz7#Xv9!Kp")));
        Gate leaky = Gate.of("leaky", "", ctx -> Outcome.of(dev.readiness.Finding.of(dev.readiness.Severity.NO_GO,
                "leaky.value", "JWT_SECRET").message("value is " + ctx.settings().value("JWT_SECRET").orElseThrow())
                .build()));

        List<GateResult> results = new GateExecutor(1, Duration.ofSeconds(5), Duration.ofSeconds(5))
                .run(List.of(leaky), context);

        assertThat(results.get(0).findings().get(0).message()).isEqualTo("value is [redacted]");
    }
}

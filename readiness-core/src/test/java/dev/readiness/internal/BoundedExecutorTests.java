package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.internal.BoundedExecutor.Call;
import dev.readiness.internal.BoundedExecutor.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedExecutorTests {

    private static long inSeconds(int seconds) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

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

    /** A badly written gate: swallows interrupts and carries on until released; records its thread. */
    private static Callable<String> stubborn(CountDownLatch release, Set<Thread> threads) {
        return () -> {
            threads.add(Thread.currentThread());
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // swallowed on purpose
                }
            }
            return "stubborn";
        };
    }

    @Test
    void runShouldUseDaemonThreadsNamedReadiness() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                seen.add(Thread.currentThread());
                return "done";
            });
        }

        new BoundedExecutor(4, Duration.ofSeconds(5)).run(calls, inSeconds(10), "gate");

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
        List<Callable<String>> calls = List.of(
                () -> "quick",
                () -> {
                    Thread.sleep(60_000);
                    return "slept";
                },
                stubborn(release, stubborn),
                () -> {
                    throw new IllegalStateException("boom");
                });
        try {
            List<Call<String>> results = new BoundedExecutor(4, Duration.ofMillis(200)).run(calls, inSeconds(5), "gate");

            assertThat(results).extracting(Call::state).containsExactly(State.DONE, State.TIMED_OUT, State.TIMED_OUT,
                    State.FAILED);
            assertThat(results.get(0).value()).isEqualTo("quick");
            assertThat(results.get(3).failure()).isInstanceOf(IllegalStateException.class);
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
    void runOfNoCallsShouldStartNoThread() {
        Set<Thread> before = readinessThreads();

        assertThat(new BoundedExecutor(4, Duration.ofSeconds(1)).run(List.<Callable<String>>of(), inSeconds(1), "gate"))
                .isEmpty();
        assertThat(readinessThreads()).isSubsetOf(before);
    }

    @Test
    void runShouldEndByTheDeadlineSayingWhichCallsDidNotStartAndWhichDidNotFinish() {
        CountDownLatch never = new CountDownLatch(1);
        Callable<String> blocks = () -> {
            never.await();
            return "never";
        };
        long start = System.nanoTime();

        List<Call<String>> results = new BoundedExecutor(1, Duration.ofSeconds(30))
                .run(List.of(blocks, () -> "late"), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300), "gate");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .as("well before the 30 s timeout of the blocked call").isLessThan(10_000);
        assertThat(results).extracting(Call::state).containsExactly(State.UNFINISHED, State.NOT_STARTED);
    }

    @Test
    void runInTurnShouldUseOneDaemonThreadNamedReadinessAndKeepTheOrder() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            calls.add(() -> {
                seen.add(Thread.currentThread());
                return "call-" + n;
            });
        }

        List<Call<String>> results = new BoundedExecutor(1, Duration.ofSeconds(5)).run(calls, inSeconds(10), "gate");

        assertThat(results).extracting(Call::value).containsExactly("call-0", "call-1", "call-2", "call-3",
                "call-4", "call-5", "call-6", "call-7");
        assertThat(seen).singleElement().satisfies(thread -> {
            assertThat(thread).isNotSameAs(Thread.currentThread());
            assertThat(thread.getName()).startsWith("readiness-");
            assertThat(thread.isDaemon()).isTrue();
        });
    }

    @Test
    void runInTurnShouldTimeOutAHangingCallAndGoOnWithTheNextOnAFreshThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Set<Thread> stubborn = ConcurrentHashMap.newKeySet();
        Set<Thread> after = ConcurrentHashMap.newKeySet();
        List<Callable<String>> calls = List.of(
                () -> "first",
                stubborn(release, stubborn),
                () -> {
                    throw new IllegalStateException("boom");
                },
                () -> {
                    after.add(Thread.currentThread());
                    return "last";
                });
        long start = System.nanoTime();
        try {
            List<Call<String>> results = new BoundedExecutor(1, Duration.ofMillis(200)).run(calls, inSeconds(5),
                    "gate");

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(150L, 3_000L);
            assertThat(results).extracting(Call::state).containsExactly(State.DONE, State.TIMED_OUT, State.FAILED,
                    State.DONE);
            assertThat(results.get(3).value()).isEqualTo("last");
            assertThat(after).doesNotContainAnyElementsOf(stubborn);
            assertThat(stubborn).singleElement().satisfies(thread -> assertThat(thread.isAlive()).isTrue());
        } finally {
            release.countDown();
        }
        assertThat(awaitGone(stubborn)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void runShouldGiveACallStarvedOfCpuMoreTimeSoABusyMachineIsNoFalseTimeout(int parallelism)
            throws InterruptedException {
        Duration timeout = Duration.ofMillis(1_000);
        Callable<String> starved = () -> {
            long until = System.nanoTime() + timeout.toNanos() * 3 / 2;
            long spins = 0;
            while (System.nanoTime() - until < 0) {
                spins++;
            }
            return "finished after " + (spins > 0 ? "spinning" : "nothing");
        };
        List<Thread> neighbours = busyNeighbours();
        try {
            List<Call<String>> results = new BoundedExecutor(parallelism, timeout)
                    .run(List.of(starved, () -> "other"), inSeconds(30), "gate");

            assertThat(results.get(0).state()).isEqualTo(State.DONE);
            assertThat(results.get(0).millis()).isGreaterThan(timeout.toMillis());
        } finally {
            stop(neighbours);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void runShouldStillTimeOutACallThatSpinsForeverWithinThreeTimeouts(int parallelism) {
        Duration timeout = Duration.ofMillis(300);
        Callable<String> spinsForever = () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return "interrupted";
        };
        long start = System.nanoTime();

        List<Call<String>> results = new BoundedExecutor(parallelism, timeout)
                .run(List.of(spinsForever, () -> "other"), inSeconds(30), "gate");

        assertThat(results.get(0).state()).isEqualTo(State.TIMED_OUT);
        assertThat(results.get(0).millis()).as("cut at three timeouts, give or take a late watchdog")
                .isLessThan(4.0 * timeout.toMillis());
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void runShouldTimeOutASleepingCallAtItsTimeoutEvenWhenTheMachineIsBusy(int parallelism)
            throws InterruptedException {
        Duration timeout = Duration.ofMillis(300);
        List<Thread> neighbours = busyNeighbours();
        try {
            List<Call<String>> results = new BoundedExecutor(parallelism, timeout).run(List.of(() -> {
                Thread.sleep(60_000);
                return "slept";
            }, () -> "other"), inSeconds(30), "gate");

            assertThat(results.get(0).state()).isEqualTo(State.TIMED_OUT);
            assertThat(results.get(0).millis()).as("not extended").isEqualTo((double) timeout.toMillis());
        } finally {
            stop(neighbours);
        }
    }

    /** Four busy threads per core, so that any other runnable thread gets a small share of the CPU. */
    private static List<Thread> busyNeighbours() {
        List<Thread> neighbours = new ArrayList<>();
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread neighbour = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }, "busy-neighbour-" + i);
            neighbour.setDaemon(true);
            neighbour.start();
            neighbours.add(neighbour);
        }
        return neighbours;
    }

    private static void stop(List<Thread> neighbours) throws InterruptedException {
        neighbours.forEach(Thread::interrupt);
        for (Thread neighbour : neighbours) {
            neighbour.join(10_000);
        }
    }

    @Test
    void runOfOneCallShouldCreateNoPool() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();

        List<Call<String>> results = new BoundedExecutor(4, Duration.ofSeconds(5)).run(List.of(() -> {
            seen.add(Thread.currentThread());
            return "alone";
        }), inSeconds(10), "gate");

        assertThat(results).singleElement().extracting(Call::state).isEqualTo(State.DONE);
        assertThat(seen).singleElement().extracting(Thread::getName).asString().doesNotContain("watchdog")
                .startsWith("readiness-");
    }

    @Test
    void runInTurnShouldMarkEveryCallInterruptedWhenTheCallerIsInterrupted() {
        CountDownLatch release = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        try {
            List<Call<String>> results = new BoundedExecutor(1, Duration.ofSeconds(5)).run(List.of(() -> {
                release.await();
                return "never";
            }, () -> "later"), inSeconds(5), "gate");

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(results).extracting(Call::state).containsExactly(State.INTERRUPTED, State.INTERRUPTED);
        } finally {
            Thread.interrupted();
            release.countDown();
        }
    }
}

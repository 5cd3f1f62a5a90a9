package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth pass, newcomer: a call blocked in a socket read (runnable, using no CPU) is watched half a timeout
 * past its timeout to tell it from a starved one; it must not be reported as starved. A call that used CPU past its
 * timeout is.
 */
class ThirtyFifthPassNewcomerBlockedNotStarvedTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long TIMEOUT = 5 * SECOND;
    private static final long FAR_DEADLINE = 1_000 * SECOND;

    private final AtomicLong cpu = new AtomicLong(SECOND / 100);

    private CpuStarvation following() {
        return new CpuStarvation(Thread.currentThread(), 0, TIMEOUT, thread -> cpu.get(), thread -> true);
    }

    @Test
    void aCallThatUsedNoCpuPastItsTimeoutWasBlockedNotStarved() {
        CpuStarvation blocked = following();
        long now = TIMEOUT;
        long more;
        while ((more = blocked.extension(now, FAR_DEADLINE)) > 0) {
            now += more;
        }
        assertThat(now).isGreaterThan(TIMEOUT);
        assertThat(blocked.starved()).isFalse();
    }

    @Test
    void aCallThatUsedCpuPastItsTimeoutWasStarved() {
        CpuStarvation starved = following();
        long now = TIMEOUT;
        long more;
        while ((more = starved.extension(now, FAR_DEADLINE)) > 0) {
            cpu.addAndGet(1_000_000);
            now += more;
        }
        assertThat(starved.starved()).isTrue();
    }
}

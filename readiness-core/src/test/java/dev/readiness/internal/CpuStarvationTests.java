package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CpuStarvationTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long TIMEOUT = 5 * SECOND;
    private static final long FAR_DEADLINE = 1_000 * SECOND;

    private final AtomicLong cpu = new AtomicLong();
    private boolean runnable = true;

    private CpuStarvation following() {
        return new CpuStarvation(Thread.currentThread(), 0, TIMEOUT, thread -> cpu.get(), thread -> runnable);
    }

    @Test
    void aRunnableCallThatGotLittleCpuShouldBeGivenMoreTimeInStepsWhileItProgresses() {
        CpuStarvation starvation = following();
        cpu.set(SECOND / 2);

        long first = starvation.extension(TIMEOUT, FAR_DEADLINE);
        cpu.addAndGet(SECOND / 20);
        long second = starvation.extension(TIMEOUT + first, FAR_DEADLINE);

        assertThat(first).isPositive().isLessThan(TIMEOUT);
        assertThat(second).isPositive();
        assertThat(starvation.timedOutMillis(TIMEOUT + first + second)).isEqualTo((TIMEOUT + first + second) / 1e6);
    }

    @Test
    void aStarvedCallShouldNeverRunPastThreeTimeoutsNorPastTheDeadline() {
        CpuStarvation starvation = following();
        long now = TIMEOUT;
        long more;
        while ((more = starvation.extension(now, FAR_DEADLINE)) > 0) {
            cpu.addAndGet(1_000_000);
            now += more;
        }
        assertThat(now).isEqualTo(CpuStarvation.MAX_FACTOR * TIMEOUT);

        CpuStarvation nearDeadline = following();
        long deadline = TIMEOUT + SECOND / 10;
        long step = nearDeadline.extension(TIMEOUT, deadline);
        assertThat(TIMEOUT + step).isLessThanOrEqualTo(deadline);
        cpu.addAndGet(1_000_000);
        assertThat(nearDeadline.extension(deadline, deadline)).isZero();
    }

    @Test
    void aSleepingOrWaitingCallShouldTimeOutAtItsTimeout() {
        runnable = false;
        cpu.set(SECOND / 100);

        CpuStarvation starvation = following();

        assertThat(starvation.extension(TIMEOUT, FAR_DEADLINE)).isZero();
        assertThat(starvation.timedOutMillis(TIMEOUT + SECOND)).isEqualTo(TIMEOUT / 1e6);
    }

    @Test
    void aRunnableCallBlockedWithoutUsingCpuShouldTimeOutHalfATimeoutAfterItsTimeout() {
        cpu.set(SECOND / 100);
        CpuStarvation starvation = following();
        long now = TIMEOUT;
        long more;
        while ((more = starvation.extension(now, FAR_DEADLINE)) > 0) {
            assertThat(more).isLessThanOrEqualTo(TIMEOUT / 4);
            now += more;
        }

        assertThat(now).isBetween(TIMEOUT + TIMEOUT / 2, TIMEOUT + TIMEOUT / 2 + TIMEOUT / 4);
    }

    @Test
    void aCallThatHadTheCpuToItselfShouldTimeOutAtItsTimeout() {
        cpu.set(TIMEOUT * 9 / 10);

        assertThat(following().extension(TIMEOUT, FAR_DEADLINE)).isZero();
    }

    @Test
    void aStarvedCallThatHasUsedAsMuchCpuAsItsTimeoutShouldTimeOut() {
        CpuStarvation starvation = following();
        cpu.set(SECOND);
        long now = TIMEOUT;
        now += starvation.extension(now, FAR_DEADLINE);
        cpu.set(TIMEOUT);

        assertThat(starvation.extension(now, 3 * TIMEOUT + FAR_DEADLINE)).isZero();
    }

    @Test
    void aJvmThatCannotMeasureThreadCpuShouldExtendNothing() {
        CpuStarvation starvation = new CpuStarvation(Thread.currentThread(), 0, TIMEOUT, thread -> -1,
                thread -> true);

        assertThat(starvation.extension(TIMEOUT, FAR_DEADLINE)).isZero();
    }

    @Test
    void theRealClockShouldMeasureTheCallingThread() {
        CpuStarvation starvation = new CpuStarvation(Thread.currentThread(), System.nanoTime() - 10 * TIMEOUT,
                TIMEOUT);

        assertThat(starvation.extension(System.nanoTime(), System.nanoTime() + FAR_DEADLINE))
                .as("a thread that ran ten timeouts ago is past three timeouts").isZero();
    }
}

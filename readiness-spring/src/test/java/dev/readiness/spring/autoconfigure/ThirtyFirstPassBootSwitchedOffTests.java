package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * A start switched off in a configuration file, which the run listener's {@code starting} cannot see, links the
 * runner's and the gates' classes only once the prepared environment says readiness is on, so a start it says is off
 * links none of them; a launch switched off with any value Spring Boot reads as {@code false} preloads nothing.
 */
class ThirtyFirstPassBootSwitchedOffTests {

    @Test
    void everyValueSpringBootReadsAsFalseShouldSwitchTheLaunchOff() {
        for (String off : List.of("false", "0", "off", "NO", " Off ")) {
            assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=" + off}, null,
                    null)).as(off).isTrue();
            assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], off, null)).as(off).isTrue();
            assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], null, off)).as(off).isTrue();
        }
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=1",
                "--READINESS.ENABLED=on"}, "yes", "true")).isFalse();
    }

    @Test
    void aStartTheEnvironmentSaysIsOffShouldLinkOnlyTheClassesTheEnvironmentNeeds() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier off = () -> asked.incrementAndGet() < 0;
        ClassLoader loader = getClass().getClassLoader();

        int linked = new BootClasses(loader, off).get();

        assertThat(asked).hasValue(1);
        assertThat(linked).isEqualTo(BootClasses.environmentClasses().length
                + BootClasses.ENVIRONMENT_BY_NAME.length
                + BootClasses.variableReaders(System.getenv().keySet()).length);
    }

    @Test
    void aStartTheEnvironmentSaysIsOnShouldLinkTheRunnerAndEveryBuiltInGateToo() {
        ClassLoader loader = getClass().getClassLoader();

        int linked = new BootClasses(loader, () -> true).get();

        assertThat(linked).isEqualTo(BootClasses.mainThreadClasses().length + BootClasses.BY_NAME.length
                + BootClasses.variableReaders(System.getenv().keySet()).length
                + (loader.getResource(BootClasses.JDBC_AUTO_CONFIGURATION) != null ? 1 : 0)
                + BootClasses.RUNNER_BY_NAME.length + BootClasses.BUILT_IN_GATES.length);
    }

    @Test
    void aPreloadWaitingForTheEnvironmentShouldBeReleasedAsOffByAFailedStart() throws Exception {
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(), new String[0]);
        assertThat(listener.awaitEnabled(1)).isFalse();
        boolean[] said = {true};
        Thread waiting = new Thread(() -> said[0] = listener.awaitEnabled(60_000));
        waiting.start();

        listener.failed(null, new IllegalStateException("the start failed before the environment was prepared"));
        waiting.join(10_000);

        assertThat(waiting.isAlive()).isFalse();
        assertThat(said[0]).isFalse();
    }
}

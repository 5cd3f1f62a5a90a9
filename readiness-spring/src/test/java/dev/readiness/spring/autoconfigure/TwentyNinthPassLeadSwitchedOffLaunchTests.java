package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A launch that switches readiness off links none of the gates' classes in advance: the preload thread that links
 * them would spend about 20 ms of CPU for nothing. What the launch says is read before the environment exists: an
 * argument, the system property, the environment variable.
 */
class TwentyNinthPassLeadSwitchedOffLaunchTests {

    @Test
    void anArgumentThePropertyOrTheVariableSetToFalseShouldSwitchTheLaunchOff() {
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=false"}, null, null))
                .isTrue();
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], "false", null)).isTrue();
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], null, "FALSE")).isTrue();
    }

    @Test
    void aLaunchThatSaysNothingOrTrueOrSomethingElseShouldNotBeSwitchedOff() {
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], null, null)).isFalse();
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=true",
                "--readiness.enabled.extra=false", "--server.port=0"}, "true", "yes")).isFalse();
    }
}

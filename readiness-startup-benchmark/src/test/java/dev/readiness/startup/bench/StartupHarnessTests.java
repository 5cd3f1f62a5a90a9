package dev.readiness.startup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupHarnessTests {

    @Test
    void medianIntervalOfFortyPairsShouldSpanTheFourteenthToTheTwentySeventhValue() {
        assertThat(StartupHarness.medianConfidenceRanks(40)).containsExactly(14, 27);
    }

    @Test
    void medianIntervalShouldBeTheWholeRangeWhenTooFewPairsGiveNinetyFivePercentOtherwise() {
        assertThat(StartupHarness.medianConfidenceRanks(5)).containsExactly(1, 5);
        assertThat(StartupHarness.medianConfidenceRanks(1)).containsExactly(1, 1);
    }

    @Test
    void medianIntervalShouldNarrowAroundTheMiddleAsPairsGrow() {
        assertThat(StartupHarness.medianConfidenceRanks(20)).containsExactly(6, 15);
        assertThat(StartupHarness.medianConfidenceRanks(100)).containsExactly(40, 61);
    }
}

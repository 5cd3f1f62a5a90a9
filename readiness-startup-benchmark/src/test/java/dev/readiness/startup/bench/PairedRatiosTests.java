package dev.readiness.startup.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedRatiosTests {

    @Test
    void hodgesLehmannOfLogsShouldBeTheMedianOfThePairwiseMeans() {
        // Walsh averages of {0, 1, 5}: 0, 0.5, 2.5, 1, 3, 5 -> median (1 + 2.5) / 2
        assertThat(PairedRatios.hodgesLehmannOfLogs(new double[] {5, 0, 1})).isEqualTo(1.75);
    }

    @Test
    void oneSlowStartShouldMoveTheHodgesLehmannEstimateLittle() {
        List<Double> ratios = new ArrayList<>(List.of(1.00, 1.01, 1.02, 0.99, 1.00, 1.01, 1.00, 1.02, 0.99, 1.01));
        double before = PairedRatios.hodgesLehmann(ratios).value();
        ratios.set(0, 3.0);
        assertThat(PairedRatios.hodgesLehmann(ratios).value()).isCloseTo(before, within(0.006));
    }

    @Test
    void intervalsShouldHoldTheEstimateAndBeTheSameForTheSameRatios() {
        List<Double> ratios = noisyRatios(200, 1.02, 0.05, 7);
        PairedRatios.Estimate median = PairedRatios.median(ratios);
        PairedRatios.Estimate again = PairedRatios.median(ratios);
        assertThat(median.low()).isLessThanOrEqualTo(median.value());
        assertThat(median.high()).isGreaterThanOrEqualTo(median.value());
        assertThat(again).isEqualTo(median);
        PairedRatios.Estimate hodgesLehmann = PairedRatios.hodgesLehmann(ratios);
        assertThat(hodgesLehmann.low()).isLessThanOrEqualTo(hodgesLehmann.value());
        assertThat(hodgesLehmann.high()).isGreaterThanOrEqualTo(hodgesLehmann.value());
    }

    @Test
    void morePairsShouldNarrowTheInterval() {
        PairedRatios.Estimate forty = PairedRatios.median(noisyRatios(40, 1.0, 0.05, 11));
        PairedRatios.Estimate twoHundred = PairedRatios.median(noisyRatios(200, 1.0, 0.05, 11));
        assertThat(twoHundred.high() - twoHundred.low()).isLessThan(forty.high() - forty.low());
    }

    @Test
    void verdictShouldNeedTheUpperBoundWithinOnePercent() {
        List<Double> clear = noisyRatios(200, 0.995, 0.01, 3);
        List<Double> over = noisyRatios(200, 1.03, 0.01, 3);
        assertThat(StartupHarness.verdict(clear, clear, 0.02)).startsWith("<= 1 % shown: wall yes").contains("CPU yes");
        assertThat(StartupHarness.verdict(over, clear, 0.02)).startsWith("<= 1 % shown: wall no").contains("CPU yes");
    }

    @Test
    void verdictShouldShowNothingFromFewPairsOrABusyMachine() {
        List<Double> clear = noisyRatios(200, 0.995, 0.01, 3);
        assertThat(StartupHarness.verdict(clear.subList(0, 39), clear.subList(0, 39), 0.02))
                .startsWith("<= 1 % shown: wall not shown, fewer than 40 pairs");
        assertThat(StartupHarness.verdict(clear, clear, 0.5))
                .startsWith("<= 1 % shown: wall not shown, the machine was busy or unmeasured");
        assertThat(StartupHarness.verdict(clear, clear, Double.NaN)).contains("busy or unmeasured");
    }

    private static List<Double> noisyRatios(int n, double centre, double spread, long seed) {
        Random random = new Random(seed);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ratios.add(centre * Math.exp(spread * random.nextGaussian()));
        }
        return ratios;
    }
}

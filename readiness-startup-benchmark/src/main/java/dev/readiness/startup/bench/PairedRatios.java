package dev.readiness.startup.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Estimates of the effect in paired ratios ({@code with / without}, one per pair of starts) and their 95 %
 * intervals, as the start-up harness reports them:
 * <ul>
 *   <li>the <b>median</b> of the ratios, with the distribution-free interval of order statistics
 *       ({@link StartupHarness#medianConfidenceRanks}) and a percentile bootstrap interval;</li>
 *   <li>the <b>Hodges–Lehmann</b> estimate (the median of the pairwise means of the log ratios, back on the ratio
 *       scale), with a percentile bootstrap interval: for a symmetric spread it needs about two thirds as many
 *       pairs as the median for the same precision, and one slow start moves it no more than it moves the median.</li>
 * </ul>
 * The bootstrap resamples the pairs (never the two sides apart, which would lose the pairing) with a fixed seed, so
 * the same ratios always give the same interval. Stateless.
 */
final class PairedRatios {

    /** Bootstrap resamples of the median. */
    static final int MEDIAN_RESAMPLES = 10_000;
    /** Bootstrap resamples of the Hodges–Lehmann estimate (each sorts n(n+1)/2 means). */
    static final int HODGES_LEHMANN_RESAMPLES = 2_000;
    private static final long SEED = 20261203L;

    private PairedRatios() {
    }

    /** An estimate with its 95 % interval. */
    record Estimate(double value, double low, double high) {

        /** Whether the interval's upper end is at most {@code bound}: an effect no larger than it is shown. */
        boolean atMost(double bound) {
            return high <= bound;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.4f (95 %% CI %.4f-%.4f)", value, low, high);
        }

        String describeMillis() {
            return String.format(Locale.ROOT, "%.1f (95 %% CI %.1f to %.1f)", value, low, high);
        }
    }

    /**
     * The median ratio with a percentile bootstrap interval.
     *
     * @param ratios the per-pair ratios, at least one
     * @return the estimate
     */
    static Estimate median(List<Double> ratios) {
        double[] values = toArray(ratios);
        return interval(medianOf(values.clone()), bootstrap(values, MEDIAN_RESAMPLES, PairedRatios::medianOf));
    }

    /**
     * The Hodges–Lehmann estimate of the ratio, {@code exp(median over i <= j of (log r_i + log r_j) / 2)}, with a
     * percentile bootstrap interval.
     *
     * @param ratios the per-pair ratios, at least one, all positive
     * @return the estimate
     */
    static Estimate hodgesLehmann(List<Double> ratios) {
        double[] logs = toArray(ratios);
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(logs[i]);
        }
        return interval(Math.exp(hodgesLehmannOfLogs(logs)), bootstrap(logs, HODGES_LEHMANN_RESAMPLES,
                sample -> Math.exp(hodgesLehmannOfLogs(sample))));
    }

    /**
     * The statistic of {@code resamples} samples drawn with replacement from the pairs' values (a fixed seed); the
     * statistic may reorder the sample it is given.
     */
    private static double[] bootstrap(double[] values, int resamples, ToDoubleFunction<double[]> statistic) {
        double[] sample = new double[values.length];
        double[] statistics = new double[resamples];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = values[random.nextInt(values.length)];
            }
            statistics[b] = statistic.applyAsDouble(sample);
        }
        return statistics;
    }

    static double hodgesLehmannOfLogs(double[] logs) {
        int n = logs.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (logs[i] + logs[j]) / 2;
            }
        }
        return medianOf(walsh);
    }

    private static Estimate interval(double estimate, double[] resampled) {
        Arrays.sort(resampled);
        return new Estimate(estimate, quantile(resampled, 0.025), quantile(resampled, 0.975));
    }

    /** Sorts {@code values} in place and returns their median. */
    static double medianOf(double[] values) {
        Arrays.sort(values);
        return quantile(values, 0.5);
    }

    /** The {@code q} quantile of sorted values, interpolated between the two nearest ranks. */
    static double quantile(double[] sorted, double q) {
        double index = (sorted.length - 1) * q;
        int lower = (int) Math.floor(index);
        int upper = (int) Math.ceil(index);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (index - lower);
    }

    private static double[] toArray(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no pairs");
        }
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}

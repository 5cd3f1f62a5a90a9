package dev.readiness.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An A/B comparison of two builds of the benchmarks jar on a shared machine: runs the same measurement in fresh
 * JVMs, alternating the two jars pair by pair (which jar goes first is drawn at random for every pair, so a load
 * that rises or falls during a pair does not always hit the same side), and reports per side the median, quartiles
 * and range of each figure, and the median and quartiles of the per-pair ratios B/A. A ratio is the figure to
 * quote: both runs of a pair share the machine's load of that minute.
 *
 * <pre>
 * java -cp benchmarks.jar dev.readiness.benchmarks.AlternatingJars A.jar B.jar PAIRS cpu [SECONDS ROUNDS]
 * java -cp benchmarks.jar dev.readiness.benchmarks.AlternatingJars A.jar B.jar PAIRS jmh [SECONDS]
 * </pre>
 *
 * <p>{@code cpu} runs {@link GatesCpuCost} {@code warm} (CPU time and bytes per operation of
 * {@link AllGatesBenchmark#sequential()}, which load barely moves); {@code jmh} runs
 * {@code AllGatesBenchmark.sequential} in JMH sample mode with {@code -prof gc} for the given seconds of warm-up and
 * of measurement, and reads its median wall time and {@code gc.alloc.rate.norm}. Every child's output is echoed
 * with its side and pair, so the raw figures can be kept beside the summary; the load average is printed before
 * and after each pair.
 */
public final class AlternatingJars {

    private static final Pattern CPU_LINE =
            Pattern.compile("WARM cpu-us/op median=(\\d+) min=(\\d+) bytes/op=(\\d+)");
    private static final Pattern JMH_MEDIAN =
            Pattern.compile("sequential:p0\\.50\\s.*?sample\\s+([0-9.,]+)\\s+us/op");
    private static final Pattern JMH_ALLOC =
            Pattern.compile("sequential:\\S*gc\\.alloc\\.rate\\.norm\\s.*?sample\\s+(?:\\d+\\s+)?([0-9.,]+)\\s+B/op");

    private AlternatingJars() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !(args[3].equals("cpu") || args[3].equals("jmh"))) {
            System.err.println("usage: AlternatingJars A.jar B.jar PAIRS cpu [SECONDS ROUNDS] | jmh [SECONDS]");
            System.exit(2);
        }
        Path[] jars = {Path.of(args[0]), Path.of(args[1])};
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("no such jar: " + jar);
                System.exit(2);
            }
        }
        int pairs = Integer.parseInt(args[2]);
        boolean cpu = args[3].equals("cpu");
        String seconds = args.length > 4 ? args[4] : cpu ? "15" : "10";
        String rounds = args.length > 5 ? args[5] : "15";
        List<Map<String, Double>> a = new ArrayList<>();
        List<Map<String, Double>> b = new ArrayList<>();
        Random coin = new Random();
        for (int pair = 1; pair <= pairs; pair++) {
            System.out.println("# pair " + pair + " load " + loadAverage());
            boolean aFirst = coin.nextBoolean();
            for (int turn = 0; turn < 2; turn++) {
                int side = (turn == 0) == aFirst ? 0 : 1;
                Map<String, Double> figures = run(jars[side], cpu, seconds, rounds, (side == 0 ? "A" : "B") + pair);
                (side == 0 ? a : b).add(figures);
            }
        }
        System.out.println("# load after " + loadAverage());
        System.out.println();
        System.out.println("A = " + jars[0]);
        System.out.println("B = " + jars[1]);
        System.out.printf(Locale.ROOT, "%-14s %-44s %-44s %s%n", "figure", "A median [p25 p75] (min-max)",
                "B median [p25 p75] (min-max)", "B/A per pair: median [p25 p75]");
        for (String figure : a.get(0).keySet()) {
            double[] left = column(a, figure);
            double[] right = column(b, figure);
            double[] ratios = new double[left.length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = right[i] / left[i];
            }
            System.out.printf(Locale.ROOT, "%-14s %-44s %-44s %.3f [%.3f %.3f]%n", figure, spread(left),
                    spread(right), quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
        }
    }

    private static Map<String, Double> run(Path jar, boolean cpu, String seconds, String rounds, String label)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (cpu) {
            command.addAll(List.of("-cp", jar.toString(), GatesCpuCost.class.getName(), "warm", seconds, rounds));
        } else {
            command.addAll(List.of("-jar", jar.toString(), "AllGatesBenchmark.sequential", "-f", "1", "-wi", "1",
                    "-w", seconds + "s", "-i", "1", "-r", seconds + "s", "-prof", "gc"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> figures = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (cpu) {
                    Matcher m = CPU_LINE.matcher(line);
                    if (m.find()) {
                        System.out.println(label + " " + line);
                        figures.put("cpu-us/op", Double.parseDouble(m.group(1)));
                        figures.put("cpu-us/op min", Double.parseDouble(m.group(2)));
                        figures.put("bytes/op", Double.parseDouble(m.group(3)));
                    }
                } else {
                    Matcher median = JMH_MEDIAN.matcher(line);
                    Matcher alloc = JMH_ALLOC.matcher(line);
                    if (median.find()) {
                        System.out.println(label + " " + line.strip());
                        figures.put("wall-us/op p50", number(median.group(1)));
                    } else if (alloc.find()) {
                        System.out.println(label + " " + line.strip());
                        figures.put("bytes/op", number(alloc.group(1)));
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || figures.isEmpty()) {
            throw new IllegalStateException(label + ": " + jar + " exited " + exit + " with no figures");
        }
        return figures;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    private static double[] column(List<Map<String, Double>> runs, String figure) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = runs.get(i).get(figure);
        }
        return values;
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.0f [%.0f %.0f] (%.0f-%.0f)", quantile(sorted, 0.5),
                quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0], sorted[sorted.length - 1]);
    }

    /** The quantile by linear interpolation between the closest ranks. */
    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}

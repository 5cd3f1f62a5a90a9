package dev.readiness.benchmarks;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Stage;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where {@link RealConfigBenchmark#sequential()} spends its time, file by file and gate by gate: each file's snapshot is
 * checked by each gate alone, {@value #CHECKS} checks per measure, and the least CPU time of the benchmark thread over
 * {@value #ROUNDS} rounds is printed (the least, so that a loaded machine's pauses fall out), after a warm-up of every
 * gate over every file. One line per file, heaviest first, then each gate's total; a line fitted through the files'
 * totals by their number of settings says how much of a check is a constant and how much grows with its settings.
 *
 * <pre>
 * java -cp benchmarks.jar dev.readiness.benchmarks.RealConfigPerFile [WARM_SECONDS]
 * </pre>
 *
 * <p>A diagnosis, not a figure to compare builds by: {@link InterleavedJars} does that, paired.
 */
public final class RealConfigPerFile {

    private static final int CHECKS = 40;
    private static final int ROUNDS = 5;

    private RealConfigPerFile() {
    }

    public static void main(String[] args) throws Exception {
        long warmSeconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
        List<Gate> gates = new ArrayList<>(Gates.discover());
        List<RealConfigBenchmark.Input> inputs = RealConfigBenchmark.read("");
        List<GateContext> contexts = new ArrayList<>(inputs.size());
        for (RealConfigBenchmark.Input input : inputs) {
            contexts.add(GateContext.of(Stage.PRODUCTION, input.settings()));
        }
        long end = System.nanoTime() + warmSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (GateContext context : contexts) {
                for (Gate gate : gates) {
                    gate.check(context);
                }
            }
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[][] micros = new double[contexts.size()][gates.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int file = 0; file < contexts.size(); file++) {
                for (int g = 0; g < gates.size(); g++) {
                    long start = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < CHECKS; i++) {
                        gates.get(g).check(contexts.get(file));
                    }
                    double each = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / CHECKS;
                    micros[file][g] = round == 0 ? each : Math.min(micros[file][g], each);
                }
            }
        }
        print(gates, inputs, contexts, micros);
    }

    private static void print(List<Gate> gates, List<RealConfigBenchmark.Input> inputs, List<GateContext> contexts,
            double[][] micros) throws Exception {
        StringBuilder head = new StringBuilder("us-total settings findings");
        for (Gate gate : gates) {
            head.append(' ').append(gate.id());
        }
        System.out.println(head.append(" file"));
        List<Integer> order = new ArrayList<>();
        double[] totals = new double[contexts.size()];
        for (int file = 0; file < contexts.size(); file++) {
            order.add(file);
            for (double each : micros[file]) {
                totals[file] += each;
            }
        }
        order.sort((a, b) -> Double.compare(totals[b], totals[a]));
        double[] byGate = new double[gates.size()];
        double all = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int file : order) {
            int settings = contexts.get(file).settings().size();
            int findings = 0;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f %d", totals[file], settings));
            StringBuilder cells = new StringBuilder();
            for (int g = 0; g < gates.size(); g++) {
                findings += gates.get(g).check(contexts.get(file)).findings().size();
                cells.append(String.format(Locale.ROOT, " %.1f", micros[file][g]));
                byGate[g] += micros[file][g];
            }
            System.out.println(line.append(' ').append(findings).append(cells).append(' ')
                    .append(inputs.get(file).path()));
            all += totals[file];
            sx += settings;
            sy += totals[file];
            sxx += (double) settings * settings;
            sxy += settings * totals[file];
        }
        StringBuilder gateLine = new StringBuilder(String.format(Locale.ROOT, "TOTAL %.0f us:", all));
        for (int g = 0; g < gates.size(); g++) {
            gateLine.append(String.format(Locale.ROOT, " %s %.0f (%.1f %%)", gates.get(g).id(), byGate[g],
                    100 * byGate[g] / all));
        }
        System.out.println(gateLine);
        int n = contexts.size();
        double perSetting = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double perCheck = (sy - perSetting * sx) / n;
        System.out.printf(Locale.ROOT, "FIT per check %.1f us + %.2f us per setting (%d files, %.0f settings)%n",
                perCheck, perSetting, n, sx);
    }
}

package dev.readiness.benchmarks;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The gates' cost in measures that a loaded machine barely moves: CPU time and bytes allocated by this thread, and
 * classes loaded. {@code warm [seconds] [rounds] [distinct]}: {@link AllGatesBenchmark#sequential()} warmed for the
 * given seconds, then rounds of 200 operations; prints the median and minimum CPU time and the bytes of one operation.
 * With {@code distinct}, over {@link AllGatesBenchmark#distinctSettings()}, where no two URLs are equal.
 * {@code cold [env]}: in this fresh JVM, {@link Gates#discover()} and the first check of every gate, over the
 * benchmark's 1,000 settings or, with {@code env}, over the process environment; prints CPU time and classes per
 * step and per gate. Compare two builds by running each jar in turn, several times.
 */
public final class GatesCpuCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private GatesCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cold")) {
            cold(args.length > 1 && args[1].equals("env"));
        } else {
            warm(args.length > 1 ? Long.parseLong(args[1]) : 8, args.length > 2 ? Integer.parseInt(args[2]) : 9,
                    args.length > 3 && args[3].equals("distinct"));
        }
    }

    private static void warm(long seconds, int rounds, boolean distinct) throws Exception {
        AllGatesBenchmark benchmark = new AllGatesBenchmark();
        benchmark.setUp(distinct ? AllGatesBenchmark.distinctSettings() : AllGatesBenchmark.healthySettings());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            benchmark.sequential();
        }
        long thread = Thread.currentThread().getId();
        double[] micros = new double[rounds];
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long allocated = THREADS.getThreadAllocatedBytes(thread);
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < 200; i++) {
                benchmark.sequential();
            }
            micros[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 200 / 1e3;
            bytes = (THREADS.getThreadAllocatedBytes(thread) - allocated) / 200;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "WARM cpu-us/op median=%.0f min=%.0f bytes/op=%d%n", micros[rounds / 2],
                micros[0], bytes);
    }

    private static void cold(boolean environment) throws Exception {
        String linked = "linked " + System.nanoTime();
        Runnable lambda = () -> System.getProperty(linked);
        lambda.run();
        Settings settings = environment ? Settings.standard() : AllGatesBenchmark.healthySettings();
        long classes = loadedClasses();
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<Gate> gates = new ArrayList<>(Gates.discover());
        long discoverCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        long discoverClasses = loadedClasses() - classes;
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        StringBuilder perGate = new StringBuilder();
        classes = loadedClasses();
        cpu = THREADS.getCurrentThreadCpuTime();
        for (Gate gate : gates) {
            long start = THREADS.getCurrentThreadCpuTime();
            gate.check(context);
            perGate.append(String.format(Locale.ROOT, " %s=%.1f", gate.id(),
                    (THREADS.getCurrentThreadCpuTime() - start) / 1e6));
        }
        System.out.printf(Locale.ROOT, "COLD settings=%d discover=%.1fms/%dcl firstcheck=%.1fms/%dcl%s%n",
                settings.size(), discoverCpu / 1e6, discoverClasses,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, loadedClasses() - classes, perGate);
    }

    private static long loadedClasses() {
        return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }
}

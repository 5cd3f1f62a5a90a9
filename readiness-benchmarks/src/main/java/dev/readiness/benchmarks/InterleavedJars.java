package dev.readiness.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * An A/B comparison of two builds of the benchmarks jar that holds on a loaded machine: both builds run
 * {@link AllGatesBenchmark#sequential()} in one JVM, each from its own class loader, in rounds of 200 operations that
 * alternate between them (which goes first is drawn at random every round). A round of each lasts a fraction of a
 * second, so both sides of a pair see the same load, where {@link AlternatingJars} pairs JVMs a minute apart.
 * Prints per side the median and best CPU time of the benchmark thread per operation and the bytes it allocated,
 * and the median and quartiles of the per-round ratio B/A.
 *
 * <p>With {@code unseen}, each operation is {@link AllGatesBenchmark.Unseen#unseenKeys()} instead, over a new
 * snapshot of keys no check has seen, in rounds of 40; building the snapshot is left out of the CPU time and bytes.
 *
 * <p>With {@code newsnapshot}, each operation is {@link AllGatesBenchmark#sequentialNewSnapshot()}: two equal
 * snapshots in turn, so what the gates derive of the last snapshot alone is derived in every operation (what they keep
 * beside each snapshot, in a {@code SnapshotMemo}, stays warm for both).
 *
 * <p>With {@code fresh}, each operation is {@link AllGatesBenchmark#sequential()} over a new snapshot of the same
 * 1,000 settings, made before the operation and left out of its CPU time and bytes: what the gates remember of keys
 * is warm, nothing they keep of a snapshot is. A service's one check at start-up, on warm code and warm key memos.
 *
 * <p>With {@code real}, each operation is {@link RealConfigBenchmark#sequential()} (every gate over the real
 * configuration files, about 1,400 settings); with {@code real=ID}, the same for the gate of that id only. The line
 * then also gives each side's median per 1,000 settings.
 *
 * <p>With {@code freshreal=CORPUS}, each operation is {@link RealConfigBenchmark#sequential()} after a new
 * {@link RealConfigBenchmark#setUp()} over the repository's corpus directory {@code CORPUS}, made before the
 * operation and left out of its CPU time and bytes: every file's snapshot is new and so is every gate instance, while
 * what the gates keep in static memos (key facts, catalogs) is warm. The real files' first check, as a service's
 * start or one CLI run judges them, on warm code. Rounds of {@value #FRESH_REAL_OPERATIONS} operations.
 *
 * <p>With {@code clean} or {@code flagged}, each operation is {@link RealConfigSplitBenchmark#clean()} or
 * {@link RealConfigSplitBenchmark#flagged()}: the real files' settings no gate reports, or those some gate does, and
 * the line gives each side's median per 1,000 of those settings (both builds must have the class).
 *
 * <pre>
 * java -cp benchmarks.jar dev.readiness.benchmarks.InterleavedJars A.jar B.jar [WARM_SECONDS] [ROUNDS] [unseen|newsnapshot|fresh|real|real=ID|freshreal=CORPUS|clean|flagged]
 * </pre>
 *
 * <p>Both builds share the JVM's compiler, heap and the JDK's classes (whose profiles they pollute alike); their own
 * classes, caches and static tables are separate.
 */
public final class InterleavedJars {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int OPERATIONS = 200;
    private static final int UNSEEN_OPERATIONS = 40;
    private static final int REAL_OPERATIONS = 25;
    private static final int FRESH_REAL_OPERATIONS = 10;

    private InterleavedJars() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InterleavedJars A.jar B.jar [WARM_SECONDS] [ROUNDS]"
                    + " [unseen|newsnapshot|fresh|real|real=ID|freshreal=CORPUS|clean|flagged]");
            System.exit(2);
        }
        boolean unseen = args.length > 4 && args[4].equals("unseen");
        boolean fresh = args.length > 4 && args[4].equals("fresh");
        String freshReal = args.length > 4 && args[4].startsWith("freshreal=") ? args[4].substring(10) : null;
        String real = args.length > 4 && (args[4].startsWith("real") || args[4].equals("clean")
                || args[4].equals("flagged")) ? args[4] : null;
        int[] settings = new int[2];
        String operation = args.length > 4 && args[4].equals("newsnapshot") ? "sequentialNewSnapshot" : "sequential";
        Side[] sides = new Side[2];
        for (int side = 0; side < 2; side++) {
            Path jar = Path.of(args[side]);
            if (!Files.isRegularFile(jar)) {
                System.err.println("no such jar: " + jar);
                System.exit(2);
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            if (freshReal != null) {
                Object benchmark = Side.realBenchmark(loader, "real");
                settings[side] = (Integer) benchmark.getClass().getMethod("settings").invoke(benchmark);
                sides[side] = Side.freshReal(benchmark, freshReal);
            } else if (real != null && !real.startsWith("real")) {
                Class<?> type = loader.loadClass(RealConfigSplitBenchmark.class.getName());
                Object benchmark = type.getConstructor().newInstance();
                type.getMethod("setUp").invoke(benchmark);
                settings[side] = (Integer) type.getMethod(real + "Settings").invoke(benchmark);
                Method run = type.getMethod(real);
                sides[side] = new Side(null, () -> run.invoke(benchmark));
            } else if (real != null) {
                Object benchmark = Side.realBenchmark(loader, real);
                settings[side] = (Integer) benchmark.getClass().getMethod("settings").invoke(benchmark);
                sides[side] = Side.real(benchmark);
            } else {
                sides[side] = unseen ? Side.unseen(loader) : fresh ? Side.fresh(loader)
                        : Side.sequential(loader, operation);
            }
        }
        int operations = freshReal != null ? FRESH_REAL_OPERATIONS : unseen || fresh ? UNSEEN_OPERATIONS
                : real != null ? REAL_OPERATIONS : OPERATIONS;
        long warmNanos = (args.length > 2 ? Long.parseLong(args[2]) : 15) * 1_000_000_000L;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        long end = System.nanoTime() + warmNanos;
        while (System.nanoTime() < end) {
            for (Side side : sides) {
                side.run(10);
            }
        }
        Random coin = new Random();
        double[][] micros = new double[2][rounds];
        long[] bytes = new long[2];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean aFirst = coin.nextBoolean();
            for (int turn = 0; turn < 2; turn++) {
                int side = (turn == 0) == aFirst ? 0 : 1;
                long[] cost = sides[side].run(operations);
                micros[side][round] = cost[0] / (double) operations / 1e3;
                bytes[side] = cost[1] / operations;
            }
            ratios[round] = micros[1][round] / micros[0][round];
        }
        double[] a = sorted(micros[0]);
        double[] b = sorted(micros[1]);
        double[] ratio = sorted(ratios);
        System.out.printf(Locale.ROOT, "INTERLEAVED %s rounds=%d A cpu-us/op median=%.0f min=%.0f bytes/op=%d"
                + " | B cpu-us/op median=%.0f min=%.0f bytes/op=%d | B/A per round median=%.3f [%.3f %.3f]"
                + " | B/A of best rounds=%.3f%n", freshReal != null ? "freshreal" : real != null ? real
                        : unseen ? "unseenKeys" : fresh ? "sequentialFreshSnapshot" : operation,
                rounds, a[rounds / 2], a[0], bytes[0],
                b[rounds / 2], b[0], bytes[1], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4],
                b[0] / a[0]);
        if (real != null || freshReal != null) {
            System.out.printf(Locale.ROOT,
                    "PER-1000-SETTINGS %s A settings=%d cpu-us=%.0f | B settings=%d cpu-us=%.0f%n",
                    freshReal != null ? "freshreal" : real, settings[0], a[rounds / 2] * 1000 / settings[0],
                    settings[1], b[rounds / 2] * 1000 / settings[1]);
        }
    }

    /** One step of a side, called reflectively into its build. */
    private interface Step {
        void run() throws ReflectiveOperationException;
    }

    /** One build's benchmark: an operation, and what must be made before each operation outside its cost. */
    private record Side(Step prepare, Step operation) {

        static Side sequential(ClassLoader loader, String operation) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass(AllGatesBenchmark.class.getName());
            Object benchmark = type.getConstructor().newInstance();
            type.getMethod("setUp").invoke(benchmark);
            Method run = type.getMethod(operation);
            return new Side(null, () -> run.invoke(benchmark));
        }

        /** A build's {@link RealConfigBenchmark}, set up, for every gate or ({@code real=ID}) one. */
        static Object realBenchmark(ClassLoader loader, String mode) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass(RealConfigBenchmark.class.getName());
            Object benchmark = type.getConstructor().newInstance();
            type.getMethod("setUp").invoke(benchmark);
            if (mode.startsWith("real=")) {
                type.getMethod("onlyGate", String.class).invoke(benchmark, mode.substring(5));
            }
            return benchmark;
        }

        static Side real(Object benchmark) throws ReflectiveOperationException {
            Method run = benchmark.getClass().getMethod("sequential");
            return new Side(null, () -> run.invoke(benchmark));
        }

        /**
         * A build's {@link RealConfigBenchmark#sequential()} after a new {@code setUp()} over a corpus directory each
         * time (new snapshots of every file, new gates), the set-up outside the operation's cost.
         */
        static Side freshReal(Object benchmark, String corpus) throws ReflectiveOperationException {
            Class<?> type = benchmark.getClass();
            type.getField("corpus").set(benchmark, corpus);
            Method setUp = type.getMethod("setUp");
            setUp.invoke(benchmark);
            Method run = type.getMethod("sequential");
            return new Side(() -> setUp.invoke(benchmark), () -> run.invoke(benchmark));
        }

        static Side unseen(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass(AllGatesBenchmark.Unseen.class.getName());
            Object benchmark = type.getConstructor().newInstance();
            type.getMethod("discover").invoke(benchmark);
            Method prepare = type.getMethod("freshSnapshot");
            Method run = type.getMethod("unseenKeys");
            return new Side(() -> prepare.invoke(benchmark), () -> run.invoke(benchmark));
        }

        /**
         * {@link AllGatesBenchmark#sequential()} over a new snapshot of the same settings each time: the build's own
         * {@code healthySettings()} and {@code GateContext.of}, set into its {@code context} before each operation.
         */
        static Side fresh(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass(AllGatesBenchmark.class.getName());
            Object benchmark = type.getConstructor().newInstance();
            type.getMethod("setUp").invoke(benchmark);
            Method settings = type.getDeclaredMethod("healthySettings");
            settings.setAccessible(true);
            java.lang.reflect.Field context = type.getDeclaredField("context");
            context.setAccessible(true);
            Class<?> stageType = loader.loadClass("dev.readiness.Stage");
            Object production = stageType.getField("PRODUCTION").get(null);
            Method contextOf = loader.loadClass("dev.readiness.GateContext").getMethod("of", stageType,
                    loader.loadClass("dev.readiness.settings.Settings"));
            Method run = type.getMethod("sequential");
            return new Side(() -> context.set(benchmark, contextOf.invoke(null, production, settings.invoke(null))),
                    () -> run.invoke(benchmark));
        }

        /** Runs the operation the given times; gives the CPU nanoseconds and bytes of this thread they took. */
        long[] run(int operations) throws ReflectiveOperationException {
            long thread = Thread.currentThread().getId();
            if (prepare == null) {
                long allocated = THREADS.getThreadAllocatedBytes(thread);
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < operations; i++) {
                    operation.run();
                }
                return new long[] {THREADS.getCurrentThreadCpuTime() - cpu,
                    THREADS.getThreadAllocatedBytes(thread) - allocated};
            }
            long cpu = 0;
            long allocated = 0;
            for (int i = 0; i < operations; i++) {
                prepare.run();
                long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                operation.run();
                cpu += THREADS.getCurrentThreadCpuTime() - cpuBefore;
                allocated += THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
            }
            return new long[] {cpu, allocated};
        }
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}

package dev.readiness.startup.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paired start-up benchmark of a whole process: starts {@code MinimalApplication} (a Spring Boot web service) in
 * child JVMs, alternately with readiness-spring on the class path and without it (the same class path with the
 * readiness jars removed: the same service without the dependency), and measures the wall time from process start
 * to the "Started" log line (context refreshed, web server listening). From the runs with readiness it also reads
 * what the GO line reports: the time the gates ran in the background and the time the main thread spent on them.
 * Then measures how long a process with a settings-only NO-GO takes to exit. The pairs run in ABBA order (with,
 * without, without, with, ...: every block of two pairs has each side once first and once second, so a linear drift
 * of the machine and any cost of going first cancel within the block; {@code random} order, the former method, is
 * still available). The load average is printed before and after, and every start records how much CPU the rest
 * of the machine used while it ran ({@code /proc/stat} busy time less the child's and the harness's own), since on a
 * shared machine that decides how far the figures can be trusted.
 *
 * <p>Run: {@code ./mvnw -B -pl readiness-startup-benchmark -am verify -DskipTests -Pstartup-benchmark} (see
 * docs/PERFORMANCE.md); {@code -Dstartup.pairs=N} sets the number of pairs.
 * Arguments: number of pairs (default 40), output file (default prints only), mode ({@code all} by default;
 * {@code pairs-only} skips the heap and NO-GO runs), order ({@code abba} by default, or {@code random}), and a
 * configuration directory both sides read besides the service's own ({@code --spring.config.additional-location};
 * none by default, {@code src/main/config/production-service/} is a 28-setting production service's: a datasource,
 * Redis, mail, a payment API and secrets from the environment). Next to the output file it writes every pair as CSV
 * ({@code -pairs.csv}) for analysis elsewhere.
 *
 * <p>Mode {@code cds-pairs} runs only the pairs, each side with its own dynamic AppCDS archive (one training start
 * per side with {@code -XX:ArchiveClassesAtExit}, as a service deployed with Spring Boot's CDS support would be;
 * class-path directories are packed into a jar first, since CDS archives classes from jars only): what readiness
 * costs where class loading, most of its cold cost, comes from the archive.
 *
 * <p>Every child runs through {@link ReadyCpuLauncher}, which prints the process's CPU time (all threads) once the
 * service is ready; the harness pairs it as it pairs wall time, and gives for both the median of the per-pair ratios
 * with a distribution-free 95 % confidence interval (order statistics of the binomial distribution) and a bootstrap
 * one, and the Hodges–Lehmann estimate with its bootstrap interval ({@link PairedRatios}); the verdict line says
 * whether the upper end of the median's bootstrap interval is within 1 % (from at least 40 pairs on a quiet
 * machine, else it shows nothing), and the process's CPU difference is split by group of threads (main, JIT, GC,
 * ended). On a loaded machine wall time measures the queue for a core as much as the work; CPU time does not count
 * that wait, though
 * contention for caches and cores still spreads it (about ±20 % per start at a load average of 30 on 2 cores).
 */
public final class StartupHarness {

    private static final String MAIN = "dev.readiness.startup.bench.ReadyCpuLauncher";
    private static final String PAIRS_ONLY = "pairs-only";
    private static final String CDS_PAIRS = "cds-pairs";
    private static final long TIMEOUT_SECONDS = 120;
    private static final int NO_GO_RUNS = 10;
    private static final Pattern GO_LINE = Pattern.compile(
            "readiness (?:GO|WARN) for .*\\(background ([0-9.]+) ms, main thread ([0-9.]+) ms\\)");
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ");
    private static final Pattern READY_CPU = Pattern.compile("^READY-CPU ([0-9.]+)$");
    private static final Pattern READY_THREADS = Pattern.compile("^READY-THREADS \\{(.*)}$");
    private static final String RANDOM_ORDER = "random";
    /** The budget issue #14 sets: readiness adds at most 1 % to a start. */
    private static final double BUDGET = 1.01;
    /** Clock ticks per second of {@code /proc/stat} (USER_HZ, 100 on Linux for every common configuration). */
    private static final double TICKS_PER_SECOND = 100;
    /** Above this median share of the cores used by other processes during a start, the run is flagged. */
    private static final double NOT_QUIET = 0.10;
    /** Issue #14's least number of pairs for a figure. */
    private static final int MIN_PAIRS = 40;

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        boolean cds = args.length > 2 && args[2].equals(CDS_PAIRS);
        boolean pairsOnly = cds || args.length > 2 && args[2].equals(PAIRS_ONLY);
        boolean randomOrder = args.length > 3 && args[3].equals(RANDOM_ORDER);
        if (args.length > 4 && !args[4].isBlank()) {
            serviceArguments.add("--spring.config.additional-location=file:" + Path.of(args[4]).toAbsolutePath()
                    + (Files.isDirectory(Path.of(args[4])) ? "/" : ""));
        }
        String withReadiness = cds ? jarsOnly(System.getProperty("java.class.path"))
                : System.getProperty("java.class.path");
        String withoutReadiness = withoutReadiness(withReadiness);
        if (cds) {
            jvmOptions.put(withReadiness, train(withReadiness, "with"));
            jvmOptions.put(withoutReadiness, train(withoutReadiness, "without"));
        }
        String loadBefore = loadAverage();
        for (int i = 0; i < 2; i++) {
            startToReady(withReadiness);
            startToReady(withoutReadiness);
        }
        List<Double> enabled = new ArrayList<>();
        List<Double> disabled = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> background = new ArrayList<>();
        List<Double> mainThread = new ArrayList<>();
        List<Double> cpuEnabled = new ArrayList<>();
        List<Double> cpuDisabled = new ArrayList<>();
        List<Double> cpuDifferences = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        List<Double> foreign = new ArrayList<>();
        java.util.Map<String, List<Double>> groupDifferences = new java.util.TreeMap<>();
        List<Double> loads = new ArrayList<>();
        StringBuilder csv = new StringBuilder("pair,with_first,load1,with_ms,without_ms,with_cpu_ms,without_cpu_ms,"
                + "background_ms,main_thread_ms,with_foreign_share,without_foreign_share\n");
        for (int i = 0; i < pairs; i++) {
            boolean withFirst = randomOrder ? Math.random() < 0.5 : i % 2 == 0;
            double load = loadAverage1();
            Run first = startToReady(withFirst ? withReadiness : withoutReadiness);
            Run second = startToReady(withFirst ? withoutReadiness : withReadiness);
            Run on = withFirst ? first : second;
            Run off = withFirst ? second : first;
            loads.add(load);
            for (String group : union(on.threadGroups().keySet(), off.threadGroups().keySet())) {
                long difference = on.threadGroups().getOrDefault(group, 0L) - off.threadGroups().getOrDefault(group, 0L);
                groupDifferences.computeIfAbsent(group, g -> new ArrayList<>()).add((double) difference);
            }
            foreign.add(on.foreignShare());
            foreign.add(off.foreignShare());
            csv.append(String.format(Locale.ROOT, "%d,%b,%.2f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.3f,%.3f%n", i + 1,
                    withFirst, load, on.millis(), off.millis(), on.cpuMillis(), off.cpuMillis(),
                    on.backgroundMillis(), on.mainThreadMillis(), on.foreignShare(), off.foreignShare()));
            enabled.add(on.millis());
            disabled.add(off.millis());
            differences.add(on.millis() - off.millis());
            ratios.add(on.millis() / off.millis());
            background.add(on.backgroundMillis());
            mainThread.add(on.mainThreadMillis());
            cpuEnabled.add(on.cpuMillis());
            cpuDisabled.add(off.cpuMillis());
            cpuDifferences.add(on.cpuMillis() - off.cpuMillis());
            cpuRatios.add(on.cpuMillis() / off.cpuMillis());
            System.out.printf(Locale.ROOT, "pair %d/%d: with %.0f ms, cpu %.0f ms (background %.1f, main thread %.1f),"
                    + " without %.0f ms, cpu %.0f ms%n", i + 1, pairs, on.millis(), on.cpuMillis(),
                    on.backgroundMillis(), on.mainThreadMillis(), off.millis(), off.cpuMillis());
        }
        System.out.println("load average after the pairs: " + loadAverage());
        long[] retainedEnabled = pairsOnly ? null : retainedAfterBoot(withReadiness);
        long[] retainedDisabled = pairsOnly ? null : retainedAfterBoot(withoutReadiness);
        List<Double> noGo = new ArrayList<>();
        for (int i = 0; !pairsOnly && i < Math.min(pairs, NO_GO_RUNS); i++) {
            noGo.add(startToNoGoExit(withReadiness));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version")));
        out.append(String.format(Locale.ROOT, "pairs: %d (after 2 warm-up pairs), %s order%s; load average before: %s,"
                + " after: %s%n", pairs, randomOrder ? "random" : "ABBA",
                cds ? ", each side with its own dynamic AppCDS archive" : "", loadBefore, loadAverage()));
        out.append("service arguments: " + String.join(" ", serviceArguments) + System.lineSeparator());
        out.append(String.format(Locale.ROOT, "quiet: 1-minute load at the pairs median %.2f, max %.2f; CPU the rest of"
                + " the machine used during a start, share of all cores: median %.3f, p90 %.3f, max %.3f%n",
                median(loads), sorted(loads).get(loads.size() - 1), median(foreign), percentile(sorted(foreign), 90),
                sorted(foreign).get(foreign.size() - 1)));
        if (median(foreign) > NOT_QUIET) {
            out.append(String.format(Locale.ROOT, "NOT QUIET: other processes used %.0f %% of the cores during the"
                    + " median start; wall figures measure the queue for a core, not readiness%n",
                    100 * median(foreign)));
        }
        out.append(line("start to ready, without readiness", disabled));
        out.append(line("start to ready, with readiness", enabled));
        out.append(line("paired difference (with - without)", differences));
        out.append(ratioLine("paired ratio (with / without)", ratios));
        out.append(estimates("paired ratio", ratios));
        out.append(String.format(Locale.ROOT, "added start-up time: %.1f %% of the without median%n",
                100 * median(differences) / median(disabled)));
        out.append(line("process CPU to ready, without readiness", cpuDisabled));
        out.append(line("process CPU to ready, with readiness", cpuEnabled));
        out.append(line("paired CPU difference (with - without)", cpuDifferences));
        out.append(ratioLine("paired CPU ratio (with / without)", cpuRatios));
        out.append(estimates("paired CPU ratio", cpuRatios));
        out.append(String.format(Locale.ROOT, "added process CPU: %.1f %% of the without median%n",
                100 * median(cpuDifferences) / median(cpuDisabled)));
        for (java.util.Map.Entry<String, List<Double>> group : groupDifferences.entrySet()) {
            if (group.getValue().size() == pairs) {
                out.append(String.format(Locale.ROOT, "  of which threads %-9s (with - without, ms): median %s%n",
                        group.getKey(), PairedRatios.median(group.getValue()).describeMillis()));
            }
        }
        out.append(verdict(ratios, cpuRatios, median(foreign)));
        out.append(line("gates in the background (GO line)", background));
        out.append(line("main thread on the gates (GO line)", mainThread));
        out.append(String.format(Locale.ROOT, "main thread on the gates <= 20 ms in %d of %d starts%n",
                mainThread.stream().filter(millis -> millis <= 20).count(), mainThread.size()));
        if (!pairsOnly) {
            out.append(line("start to exit on a settings-only NO-GO", noGo));
            out.append(String.format(Locale.ROOT, "NO-GO exit time: %.0f %% of a successful start (median)%n",
                    100 * median(noGo) / median(enabled)));
            out.append(String.format(Locale.ROOT,
                    "heap retained after boot (live objects after a full GC): without %.1f MiB, with %.1f MiB"
                            + " (difference %.1f KiB); instances of dev.readiness classes: %.1f KiB%n",
                    retainedDisabled[0] / 1048576.0, retainedEnabled[0] / 1048576.0,
                    (retainedEnabled[0] - retainedDisabled[0]) / 1024.0, retainedEnabled[1] / 1024.0));
        }
        System.out.print(out);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(args[1].replaceFirst("(\\.txt)?$", "-pairs.csv")), csv.toString(),
                    StandardCharsets.UTF_8);
        }
    }

    private static Run startToReady(String classPath) throws Exception {
        long[] machineBefore = machineTicks();
        long harnessBefore = harnessCpuNanos();
        Process process = start(classPath);
        long start = System.nanoTime();
        double backgroundMillis = Double.NaN;
        double mainThreadMillis = Double.NaN;
        try (BufferedReader output = reader(process)) {
            String line;
            while ((line = output.readLine()) != null) {
                Matcher go = GO_LINE.matcher(line);
                if (go.find()) {
                    backgroundMillis = Double.parseDouble(go.group(1));
                    mainThreadMillis = Double.parseDouble(go.group(2));
                }
                if (STARTED.matcher(line).find()) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    long[] machineAfter = machineTicks();
                    double harnessMillis = (harnessCpuNanos() - harnessBefore) / 1e6;
                    if (classPath.contains("readiness-spring") && Double.isNaN(mainThreadMillis)) {
                        throw new IllegalStateException("the service started without a readiness GO line");
                    }
                    double cpuMillis = readyCpu(output);
                    return new Run(millis, cpuMillis, backgroundMillis, mainThreadMillis,
                            foreignShare(machineBefore, machineAfter, cpuMillis + harnessMillis, millis),
                            readyThreads(output));
                }
            }
            throw new IllegalStateException("MinimalApplication exited with " + process.waitFor()
                    + " before it started (class path " + (classPath.contains("readiness-spring") ? "with" : "without")
                    + " readiness)");
        } finally {
            process.destroy();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static double readyCpu(BufferedReader output) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            Matcher cpu = READY_CPU.matcher(line.strip());
            if (cpu.find()) {
                return Double.parseDouble(cpu.group(1));
            }
        }
        throw new IllegalStateException("the launcher ended without printing its READY-CPU line");
    }

    /** The launcher's {@code READY-THREADS} line: CPU milliseconds by group of threads (empty without /proc). */
    private static java.util.Map<String, Long> readyThreads(BufferedReader output) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            Matcher threads = READY_THREADS.matcher(line.strip());
            if (threads.find()) {
                java.util.Map<String, Long> groups = new java.util.TreeMap<>();
                for (String entry : threads.group(1).split(", ")) {
                    int equals = entry.indexOf('=');
                    if (equals > 0) {
                        groups.put(entry.substring(0, equals), Long.parseLong(entry.substring(equals + 1)));
                    }
                }
                return groups;
            }
        }
        throw new IllegalStateException("the launcher ended without printing its READY-THREADS line");
    }

    private static java.util.Set<String> union(java.util.Set<String> first, java.util.Set<String> second) {
        java.util.Set<String> union = new java.util.TreeSet<>(first);
        union.addAll(second);
        return union;
    }

    private static String withoutReadiness(String classPath) {
        List<String> kept = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).toString().replace('\\', '/');
            if (!name.matches(".*/readiness-(spring|core)(/target/classes|-[^/]*\\.jar)$") && !name.contains("/zxcvbn")) {
                kept.add(entry);
            }
        }
        if (kept.size() == classPath.split(java.io.File.pathSeparator).length) {
            throw new IllegalStateException("no readiness jar found on the class path " + classPath);
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    private static double loadAverage1() {
        String load = loadAverage();
        try {
            return Double.parseDouble(load.split(" ")[0]);
        } catch (NumberFormatException unknown) {
            return Double.NaN;
        }
    }

    /** Busy and total clock ticks of all cores so far ({@code /proc/stat}), or nulls where unavailable. */
    private static long[] machineTicks() {
        try (BufferedReader stat = Files.newBufferedReader(Path.of("/proc/stat"))) {
            String[] fields = stat.readLine().trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long ticks = Long.parseLong(fields[i]);
                total += ticks;
                if (i == 4 || i == 5) {
                    idle += ticks;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException unavailable) {
            return null;
        }
    }

    private static long harnessCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The share of all cores' time during a start that went to other processes: the machine's busy time less the
     * child's CPU to ready and the harness's own, over the wall time times the cores (0 on a quiet machine; NaN where
     * {@code /proc/stat} is unavailable). Coarse (ticks of 10 ms), but it tells a start that shared the machine.
     */
    private static double foreignShare(long[] before,
            long[] after, double ownMillis, double wallMillis) {
        if (before == null || after == null) {
            return Double.NaN;
        }
        double busyMillis = (after[0] - before[0]) * 1000 / TICKS_PER_SECOND;
        double share = (busyMillis - ownMillis) / (wallMillis * Runtime.getRuntime().availableProcessors());
        return Math.max(0, share);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | UnsupportedOperationException unavailable) {
            return "unknown";
        }
    }

    /**
     * Starts the service, waits until it is ready, and reads a class histogram of live objects (jcmd forces a full
     * GC first): the total bytes and the bytes of instances of readiness's own classes.
     */
    private static long[] retainedAfterBoot(String classPath) throws Exception {
        Process process = start(classPath);
        try (BufferedReader output = reader(process)) {
            String line;
            while ((line = output.readLine()) != null && !STARTED.matcher(line).find()) {
                // wait until ready
            }
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
            long total = 0;
            long readiness = 0;
            try (BufferedReader histogram = reader(jcmd)) {
                String row;
                while ((row = histogram.readLine()) != null) {
                    String[] columns = row.trim().split("\\s+");
                    if (columns.length >= 3 && columns[0].equals("Total")) {
                        total = Long.parseLong(columns[2]);
                    } else if (columns.length >= 4 && columns[3].startsWith("dev.readiness.")) {
                        readiness += Long.parseLong(columns[2]);
                    }
                }
            }
            jcmd.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new long[] {total, readiness};
        } finally {
            process.destroy();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static double startToNoGoExit(String classPath) throws Exception {
        Process process = start(classPath, "--jwt.secret=changeme");
        long start = System.nanoTime();
        try (BufferedReader output = reader(process)) {
            while (output.readLine() != null) {
                // drain until the process ends
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("NO-GO run did not exit within " + TIMEOUT_SECONDS + " s");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() == 0) {
            throw new IllegalStateException("NO-GO run exited 0: the gates did not stop it");
        }
        return millis;
    }

    /** The service's arguments, both sides alike: the benchmark's, then a configuration directory if given. */
    private static final List<String> serviceArguments = new ArrayList<>(List.of("--server.port=0",
            "--readiness.stage=production", "--spring.main.banner-mode=off"));

    /** JVM options per class path: the AppCDS archive of each side in {@code cds-pairs} mode, none otherwise. */
    private static final java.util.Map<String, List<String>> jvmOptions = new java.util.HashMap<>();

    /**
     * The class path with every directory replaced by a jar of its contents (in a temporary directory), since CDS
     * archives only classes loaded from jars.
     */
    private static String jarsOnly(String classPath) throws IOException {
        Path directory = Files.createTempDirectory("startup-jars-");
        directory.toFile().deleteOnExit();
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path module = path.getNameCount() > 2 ? path.getParent().getParent().getFileName() : path.getFileName();
            Path jar = directory.resolve(module + "-" + entries.size() + ".jar");
            jar.toFile().deleteOnExit();
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                    java.util.stream.Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(path.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * One training start of the service on this class path that writes a dynamic AppCDS archive when it ends; the
     * JVM option that makes later starts use it.
     */
    private static List<String> train(String classPath, String side) throws Exception {
        Path archive = Files.createTempFile("startup-" + side + "-", ".jsa");
        Files.delete(archive);
        archive.toFile().deleteOnExit();
        jvmOptions.put(classPath, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"));
        startToReady(classPath);
        for (int i = 0; i < 100 && !Files.exists(archive); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training start " + side + " readiness wrote no CDS archive");
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
    }

    private static Process start(String classPath, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions.getOrDefault(classPath, List.of()));
        command.addAll(List.of("-cp", classPath, MAIN));
        command.addAll(serviceArguments);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * One start: wall time and process CPU time to ready, what the GO line said (NaN without readiness), the
     * share of the machine other processes used meanwhile, and the CPU time to ready by group of threads.
     */
    private record Run(double millis, double cpuMillis, double backgroundMillis, double mainThreadMillis,
            double foreignShare, java.util.Map<String, Long> threadGroups) {
    }

    private static String estimates(String label, List<Double> ratios) {
        return String.format(Locale.ROOT, "%s, bootstrap: median %s; Hodges-Lehmann %s%n", label,
                PairedRatios.median(ratios).describe(), PairedRatios.hodgesLehmann(ratios).describe());
    }

    /**
     * Whether the pairs show the budget: at least {@link #MIN_PAIRS} pairs on a quiet machine (median foreign share at
     * most {@link #NOT_QUIET}), and the upper end of the median ratio's bootstrap interval within 1 %. Fewer pairs or
     * a busy machine show nothing whatever the figures (a bootstrap of a handful of pairs is as narrow as it is
     * wrong).
     */
    static String verdict(List<Double> ratios, List<Double> cpuRatios, double foreignShare) {
        PairedRatios.Estimate wall = PairedRatios.median(ratios);
        PairedRatios.Estimate cpu = PairedRatios.median(cpuRatios);
        String invalid = ratios.size() < MIN_PAIRS ? "not shown, fewer than " + MIN_PAIRS + " pairs"
                : !(foreignShare <= NOT_QUIET) ? "not shown, the machine was busy or unmeasured" : null;
        return String.format(Locale.ROOT, "<= 1 %% shown: wall %s (median %.4f, upper 95 %% bound %.4f), CPU %s"
                + " (median %.4f, upper bound %.4f)%n", invalid != null ? invalid : wall.atMost(BUDGET) ? "yes" : "no",
                wall.value(), wall.high(), invalid != null ? invalid : cpu.atMost(BUDGET) ? "yes" : "no", cpu.value(),
                cpu.high());
    }

    private static String ratioLine(String label, List<Double> ratios) {
        List<Double> sorted = sorted(ratios);
        int[] interval = medianConfidenceRanks(sorted.size());
        return String.format(Locale.ROOT, "%s: median %.4f  p25 %.4f  p75 %.4f  95 %% CI of the median %.4f-%.4f"
                        + " (ranks %d-%d of %d)%n", label, percentile(sorted, 50), percentile(sorted, 25),
                percentile(sorted, 75), sorted.get(interval[0] - 1), sorted.get(interval[1] - 1), interval[0],
                interval[1], sorted.size());
    }

    /**
     * The 1-based ranks {@code j, n + 1 - j} of the order statistics that bound the median with at least 95 %
     * confidence whatever the distribution: the largest {@code j} with {@code P(Binomial(n, 1/2) < j) <= 0.025}
     * (the whole range when {@code n} is too small for that).
     */
    static int[] medianConfidenceRanks(int n) {
        double tail = 0;
        double probability = Math.pow(0.5, n);
        int rank = 1;
        for (int k = 0; k < n; k++) {
            if (tail + probability > 0.025) {
                break;
            }
            tail += probability;
            rank = k + 1;
            probability = probability * (n - k) / (k + 1);
        }
        rank = Math.max(1, rank);
        return new int[] {rank, n + 1 - rank};
    }

    private static String line(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-42s median %7.1f ms  p25 %7.1f  p75 %7.1f  min %7.1f  max %7.1f%n",
                label + ":", median(values), percentile(sorted, 25), percentile(sorted, 75), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return percentile(sorted, 50);
    }

    private static double percentile(List<Double> sorted, int percent) {
        double index = (sorted.size() - 1) * percent / 100.0;
        int lower = (int) Math.floor(index);
        int upper = (int) Math.ceil(index);
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (index - lower);
    }
}

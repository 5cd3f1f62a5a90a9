package dev.readiness.examples.bench;

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

/**
 * Paired start-up benchmark of a whole process: starts {@code MinimalApplication} (a Spring Boot web service) in
 * child JVMs, alternately with readiness enabled and disabled, and measures the wall time from process start to
 * the "Started" log line (context refreshed, web server listening). Then measures how long a process with a
 * settings-only NO-GO takes to exit. Each pair runs in random order so drift on the machine hits both sides.
 *
 * <p>Run: {@code ./mvnw -B -pl readiness-examples -am verify -DskipTests -Pstartup-benchmark} (see
 * docs/PERFORMANCE.md); {@code -Dstartup.pairs=N} sets the number of pairs.
 * Arguments: number of pairs (default 15), output file (default prints only).
 */
public final class StartupHarness {

    private static final String MAIN = "dev.readiness.examples.minimal.MinimalApplication";
    private static final long TIMEOUT_SECONDS = 120;

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String classPath = System.getProperty("java.class.path");
        for (int i = 0; i < 2; i++) {
            startToReady(classPath, true);
            startToReady(classPath, false);
        }
        List<Double> enabled = new ArrayList<>();
        List<Double> disabled = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean enabledFirst = Math.random() < 0.5;
            double first = startToReady(classPath, enabledFirst);
            double second = startToReady(classPath, !enabledFirst);
            double on = enabledFirst ? first : second;
            double off = enabledFirst ? second : first;
            enabled.add(on);
            disabled.add(off);
            differences.add(on - off);
        }
        long[] retainedEnabled = retainedAfterBoot(classPath, true);
        long[] retainedDisabled = retainedAfterBoot(classPath, false);
        List<Double> noGo = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            noGo.add(startToNoGoExit(classPath));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version")));
        out.append(String.format(Locale.ROOT, "pairs: %d (after 2 warm-up pairs)%n", pairs));
        out.append(line("start to ready, readiness disabled", disabled));
        out.append(line("start to ready, readiness enabled", enabled));
        out.append(line("paired difference (enabled - disabled)", differences));
        out.append(String.format(Locale.ROOT, "added start-up time: %.1f %% of the disabled median%n",
                100 * median(differences) / median(disabled)));
        out.append(line("start to exit on a settings-only NO-GO", noGo));
        out.append(String.format(Locale.ROOT, "NO-GO exit time: %.0f %% of a successful start (median)%n",
                100 * median(noGo) / median(enabled)));
        out.append(String.format(Locale.ROOT,
                "heap retained after boot (live objects after a full GC): disabled %.1f MiB, enabled %.1f MiB"
                        + " (difference %.1f KiB); instances of dev.readiness classes: %.1f KiB%n",
                retainedDisabled[0] / 1048576.0, retainedEnabled[0] / 1048576.0,
                (retainedEnabled[0] - retainedDisabled[0]) / 1024.0, retainedEnabled[1] / 1024.0));
        System.out.print(out);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        }
    }

    private static double startToReady(String classPath, boolean readinessEnabled) throws Exception {
        Process process = start(classPath, "--readiness.enabled=" + readinessEnabled);
        long start = System.nanoTime();
        try (BufferedReader output = reader(process)) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains("Started MinimalApplication")) {
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            throw new IllegalStateException("MinimalApplication exited with " + process.waitFor()
                    + " before it started (readiness.enabled=" + readinessEnabled + ")");
        } finally {
            process.destroy();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts the service, waits until it is ready, and reads a class histogram of live objects (jcmd forces a full
     * GC first): the total bytes and the bytes of instances of readiness's own classes.
     */
    private static long[] retainedAfterBoot(String classPath, boolean readinessEnabled) throws Exception {
        Process process = start(classPath, "--readiness.enabled=" + readinessEnabled);
        try (BufferedReader output = reader(process)) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("Started MinimalApplication")) {
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
        Process process = start(classPath, "--readiness.enabled=true", "--jwt.secret=changeme");
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

    private static Process start(String classPath, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, MAIN,
                "--server.port=0", "--readiness.stage=production", "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
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

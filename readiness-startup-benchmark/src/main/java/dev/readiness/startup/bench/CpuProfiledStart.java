package dev.readiness.startup.bench;

import dev.readiness.startup.minimal.MinimalApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@code MinimalApplication} in this JVM and prints, once it is ready, the CPU time of the main thread, of
 * every thread named {@code readiness*} (sampled every millisecond while it lives, so a thread's last millisecond
 * may be missed), of the whole process, and the number of classes loaded; then the readiness threads' CPU time by
 * kind ({@code READINESS-THREADS}, numbers dropped from the names) and the process's CPU time by group of threads
 * ({@code THREADS}: main, JIT compilers, GC, readiness, threads that have ended); with {@code -Dprofile.tids=true}
 * also the Linux thread id of each readiness thread ({@code TIDS}); then exits. Run it in cold JVMs
 * with and without readiness on the class path (docs/PERFORMANCE.md): CPU time and class counts are far steadier
 * than wall time on a shared machine.
 */
public final class CpuProfiledStart {

    private CpuProfiledStart() {
    }

    /**
     * The CPU time of the live threads of this process by group (main, JIT compilers, GC, readiness, other), read
     * from Linux's per-thread scheduler statistics, and of the threads that have ended (the process's total, from
     * its own statistics, less the live threads'), in milliseconds; empty where {@code /proc} is not there.
     */
    static Map<String, Long> threadGroups() throws IOException {
        Map<String, Long> groups = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return groups;
        }
        long live = 0;
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    long nanos = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    live += nanos;
                    groups.merge(group(name), nanos / 1_000_000, Long::sum);
                }
                catch (IOException | RuntimeException ended) {
                    // the thread ended while listed
                }
            }
        }
        String[] stat = Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ");
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        groups.put("ended", Math.max(0, ticks * 10 - live / 1_000_000));
        return groups;
    }

    /**
     * Records the Linux thread id of every live thread named {@code readiness*}, so a class-load log decorated with
     * {@code tid} ({@code -Xlog:class+load:file=…:tid}) can be split by readiness thread.
     */
    private static void readinessTasks(Map<String, String> names) {
        try (Stream<Path> list = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : list.toList()) {
                String tid = task.getFileName().toString();
                if (!names.containsKey(tid)) {
                    try {
                        String name = Files.readString(task.resolve("comm")).strip();
                        if (name.startsWith("readiness")) {
                            names.put(tid, name);
                        }
                    }
                    catch (IOException ended) {
                        // the thread ended while listed
                    }
                }
            }
        }
        catch (IOException noProc) {
            // no /proc: nothing to record
        }
    }

    private static String group(String name) {
        if (name.startsWith("C2 Compiler")) {
            return "jit-c2";
        }
        if (name.startsWith("C1 Compiler")) {
            return "jit-c1";
        }
        if (name.startsWith("G1") || name.startsWith("GC ") || name.startsWith("VM Thread")) {
            return "gc-vm";
        }
        if (name.equals("java") || name.equals("main")) {
            return "main";
        }
        if (name.startsWith("readiness")) {
            return "readiness";
        }
        return "other";
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> readinessCpu = new ConcurrentHashMap<>();
        Map<Long, String> readinessNames = new ConcurrentHashMap<>();
        Map<String, String> nativeNames = new ConcurrentHashMap<>();
        boolean listTasks = Boolean.getBoolean("profile.tids");
        Thread poller = new Thread(() -> {
            Thread[] live = new Thread[512];
            while (!Thread.currentThread().isInterrupted()) {
                int count = Thread.enumerate(live);
                for (int i = 0; i < count; i++) {
                    if (live[i].getName().startsWith("readiness")) {
                        long cpu = threads.getThreadCpuTime(live[i].getId());
                        if (cpu > 0) {
                            readinessCpu.merge(live[i].getId(), cpu, Math::max);
                            readinessNames.put(live[i].getId(), live[i].getName());
                        }
                    }
                }
                if (listTasks) {
                    readinessTasks(nativeNames);
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "profile-poller");
        poller.setDaemon(true);
        poller.start();
        long wallStart = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(MinimalApplication.class, args);
        double wall = (System.nanoTime() - wallStart) / 1e6;
        poller.interrupt();
        poller.join();
        double main = threads.getCurrentThreadCpuTime() / 1e6;
        double readiness = readinessCpu.values().stream().mapToLong(Long::longValue).sum() / 1e6;
        double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
        System.out.printf(Locale.ROOT, "PROFILE run %.1f main-cpu %.1f readiness-cpu %.1f readiness-threads %d"
                + " process-cpu %.1f classes %d%n", wall, main, readiness, readinessCpu.size(), process,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        Map<String, Double> byThread = new TreeMap<>();
        readinessCpu.forEach((id, cpu) -> byThread.merge(readinessNames.get(id).replaceAll("-\\d+", ""), cpu / 1e6,
                Double::sum));
        System.out.println("READINESS-THREADS " + byThread);
        System.out.println("THREADS " + threadGroups());
        if (listTasks) {
            System.out.println("TIDS " + nativeNames);
        }
        context.close();
        System.exit(0);
    }
}

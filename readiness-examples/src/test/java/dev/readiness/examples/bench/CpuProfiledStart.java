package dev.readiness.examples.bench;

import dev.readiness.examples.minimal.MinimalApplication;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@code MinimalApplication} in this JVM and prints, once it is ready, the CPU time of the main thread, of
 * every thread named {@code readiness*} (sampled every millisecond while it lives, so a thread's last millisecond
 * may be missed), of the whole process, and the number of classes loaded; then exits. Run it in cold JVMs with and
 * without readiness on the class path (docs/PERFORMANCE.md): CPU time and class counts are far steadier than wall
 * time on a shared machine.
 */
public final class CpuProfiledStart {

    private CpuProfiledStart() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> readinessCpu = new ConcurrentHashMap<>();
        Thread poller = new Thread(() -> {
            Thread[] live = new Thread[512];
            while (!Thread.currentThread().isInterrupted()) {
                int count = Thread.enumerate(live);
                for (int i = 0; i < count; i++) {
                    if (live[i].getName().startsWith("readiness")) {
                        long cpu = threads.getThreadCpuTime(live[i].getId());
                        if (cpu > 0) {
                            readinessCpu.merge(live[i].getId(), cpu, Math::max);
                        }
                    }
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
        context.close();
        System.exit(0);
    }
}

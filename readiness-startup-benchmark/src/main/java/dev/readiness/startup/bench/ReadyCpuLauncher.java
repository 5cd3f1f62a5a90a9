package dev.readiness.startup.bench;

import dev.readiness.startup.minimal.MinimalApplication;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.springframework.boot.SpringApplication;

/**
 * Starts {@code MinimalApplication} as its own {@code main} does, and once the service is ready (context refreshed,
 * web server listening) prints the CPU time the whole process has used so far, all threads together (JIT compilers
 * and GC included): {@code READY-CPU <ms>}. The start-up harness runs every child through this launcher, with and
 * without readiness on the class path, so both sides pay the same few milliseconds for reading the figure. CPU time
 * is what readiness adds to the machine's work; on a shared machine it is far steadier than wall time. Then the
 * same CPU time by group of threads ({@code READY-THREADS {ended=…, gc-vm=…, jit-c1=…, jit-c2=…, main=…,
 * other=…}}, {@link CpuProfiledStart#threadGroups()}; readiness's own threads have ended by then), so the harness can say
 * where a difference in the process's CPU goes.
 */
public final class ReadyCpuLauncher {

    private ReadyCpuLauncher() {
    }

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf(Locale.ROOT, "READY-CPU %.1f%n", cpuNanos / 1e6);
        try {
            System.out.println("READY-THREADS " + CpuProfiledStart.threadGroups());
        } catch (java.io.IOException noProc) {
            System.out.println("READY-THREADS {}");
        }
        System.out.flush();
    }
}

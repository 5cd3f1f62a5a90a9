package dev.readiness.startup.bench;

import dev.readiness.startup.minimal.MinimalApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts {@code MinimalApplication} in this JVM with an {@link ApplicationStartup} that records the main thread's CPU
 * time in each of Spring's start-up steps, less the steps nested in it, and prints once it is ready one
 * {@code STEP cpu-ms name} line per kind of step (a step about a readiness bean or post-processor on a line of its own,
 * marked {@code [readiness]}) and a {@code MAIN cpu-ms} line for the whole main thread. Run it in cold JVMs with and
 * without readiness on the class path, in pairs, and compare the steps' paired differences: where the main thread's
 * added CPU goes (readiness's run listener in {@code environment-prepared}, its configuration classes in
 * {@code config-classes.parse}, its beans), which the process's CPU alone cannot say. Steps on other threads are not
 * counted.
 */
public final class StepCpuProfile implements ApplicationStartup {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Double> selfMillis = new TreeMap<>();

    private final Deque<Step> open = new ArrayDeque<>();

    private long ids;

    private StepCpuProfile() {
    }

    /**
     * Starts the service and prints the steps.
     *
     * @param args the service's arguments, e.g. {@code --server.port=0 --readiness.stage=production}
     */
    public static void main(String[] args) {
        StepCpuProfile profile = new StepCpuProfile();
        SpringApplication application = new SpringApplication(MinimalApplication.class);
        application.setApplicationStartup(profile);
        long start = THREADS.getCurrentThreadCpuTime();
        try (ConfigurableApplicationContext context = application.run(args)) {
            long main = THREADS.getCurrentThreadCpuTime() - start;
            profile.selfMillis.forEach((name, millis) -> System.out.printf(Locale.ROOT, "STEP %.2f %s%n", millis, name));
            System.out.printf(Locale.ROOT, "MAIN %.1f%n", main / 1e6);
        }
    }

    @Override
    public StartupStep start(String name) {
        Step step = new Step(name, ++ids, Thread.currentThread().getName().equals("main"));
        if (step.onMain) {
            open.push(step);
        }
        return step;
    }

    /** One step; on the main thread, its CPU time is added to its kind when it ends, less its nested steps'. */
    private final class Step implements StartupStep {

        private final String name;
        private final long id;
        private final boolean onMain;
        private final long startNanos;
        private final StringBuilder tags = new StringBuilder();
        private long nestedNanos;

        Step(String name, long id, boolean onMain) {
            this.name = name;
            this.id = id;
            this.onMain = onMain;
            this.startNanos = onMain ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public long getId() {
            return id;
        }

        @Override
        public Long getParentId() {
            return null;
        }

        @Override
        public StartupStep tag(String key, String value) {
            tags.append(tags.isEmpty() ? "" : " ").append(key).append('=').append(value);
            return this;
        }

        @Override
        public StartupStep tag(String key, Supplier<String> value) {
            return tag(key, value.get());
        }

        @Override
        public Tags getTags() {
            return Collections::emptyIterator;
        }

        @Override
        public void end() {
            if (!onMain) {
                return;
            }
            long total = THREADS.getCurrentThreadCpuTime() - startNanos;
            open.remove(this);
            Step parent = open.peek();
            if (parent != null) {
                parent.nestedNanos += total;
            }
            String text = tags.toString();
            boolean readiness = (text.contains("beanName=") || text.contains("postProcessor="))
                    && text.contains("eadiness");
            String kind = readiness ? name + " [readiness] " + text.replaceAll("@[0-9a-f]+", "") : name;
            selfMillis.merge(kind, (total - nestedNanos) / 1e6, Double::sum);
        }
    }
}

package dev.readiness.benchmarks;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The runner's own cost: scheduling, timeouts and report assembly around gates that do almost nothing.
 */
public class RunnerBenchmark extends SampledInMicroseconds {

    @Param({"1", "10", "100"})
    public int gateCount;

    private Readiness readiness;

    @Setup
    public void setUp() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            values.put("APP_SETTING_" + i, "value-" + i);
        }
        List<Gate> gates = new ArrayList<>();
        for (int i = 0; i < gateCount; i++) {
            String id = "bench.gate-" + i;
            gates.add(Gate.of(id, "counts settings", context -> context.settings().size() > 1000
                    ? Outcome.of(Finding.of(Severity.WARN, "bench.many", id).build())
                    : Outcome.go()));
        }
        readiness = Readiness.builder().stage(Stage.PRODUCTION).settings(Settings.of(values)).gates(gates).build();
    }

    @Benchmark
    public Report run() {
        return readiness.run();
    }
}

package dev.readiness.benchmarks;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RealConfigBenchmark}'s settings split by what the gates say of them: each file's settings that no gate
 * reports (no finding names their key: what most of a service's own configuration is) and those that some gate does.
 * {@link #setUp()} checks every file's snapshot once with every gate for production, then makes two snapshots per
 * file: its clean settings, and its flagged ones, each in the file's order with their origins, comments and sections
 * (a rule that reads a sibling reads it only if the sibling is in the same part).
 *
 * <p>{@code clean} checks every file's clean snapshot with every gate; {@code flagged} every file's flagged snapshot;
 * {@code whole} the files' snapshots as they are, as {@link RealConfigBenchmark#sequential()} does. Per 1,000
 * settings: {@code clean} over {@link #cleanSettings()}; a finding's cost is best read as {@code whole} less
 * {@code clean} over {@link #flaggedSettings()} (what the flagged settings add to their files), with {@code flagged}
 * alone beside it. {@link #setUp()} prints the counts and how many findings the clean snapshots still give (a
 * setting whose finding needed a sibling that the split put in the other part).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class RealConfigSplitBenchmark {

    private List<Gate> gates;
    private GateContext[] whole;
    private GateContext[] clean;
    private GateContext[] flagged;
    private int cleanSettings;
    private int flaggedSettings;

    @Setup
    public void setUp() throws Exception {
        gates = new ArrayList<>(Gates.discover());
        List<RealConfigBenchmark.Input> inputs = RealConfigBenchmark.read("");
        List<GateContext> wholes = new ArrayList<>();
        List<GateContext> cleans = new ArrayList<>();
        List<GateContext> flaggeds = new ArrayList<>();
        int findings = 0;
        for (RealConfigBenchmark.Input input : inputs) {
            GateContext context = GateContext.of(Stage.PRODUCTION, input.settings());
            wholes.add(context);
            Set<String> subjects = new HashSet<>();
            for (Gate gate : gates) {
                for (Finding finding : gate.check(context).findings()) {
                    subjects.add(finding.subject());
                    findings++;
                }
            }
            List<Setting> cleanPart = new ArrayList<>();
            List<Setting> flaggedPart = new ArrayList<>();
            for (Setting setting : input.settings()) {
                (subjects.contains(setting.key()) ? flaggedPart : cleanPart).add(setting);
            }
            cleanSettings += cleanPart.size();
            flaggedSettings += flaggedPart.size();
            if (!cleanPart.isEmpty()) {
                cleans.add(GateContext.of(Stage.PRODUCTION, Settings.builder().addAll(cleanPart).build()));
            }
            if (!flaggedPart.isEmpty()) {
                flaggeds.add(GateContext.of(Stage.PRODUCTION, Settings.builder().addAll(flaggedPart).build()));
            }
        }
        whole = wholes.toArray(GateContext[]::new);
        clean = cleans.toArray(GateContext[]::new);
        flagged = flaggeds.toArray(GateContext[]::new);
        int left = 0;
        for (Outcome outcome : run(clean)) {
            left += outcome.findings().size();
        }
        System.err.printf(Locale.ROOT, "RealConfigSplitBenchmark: %d files, %d findings; clean %d settings in %d"
                + " snapshots (findings when checked alone: %d), flagged %d settings in %d snapshots%n", whole.length,
                findings, cleanSettings, clean.length, left, flaggedSettings, flagged.length);
    }

    /** How many settings {@link #clean()} checks. */
    public int cleanSettings() {
        return cleanSettings;
    }

    /** How many settings {@link #flagged()} checks. */
    public int flaggedSettings() {
        return flaggedSettings;
    }

    @Benchmark
    public List<Outcome> clean() throws Exception {
        return run(clean);
    }

    @Benchmark
    public List<Outcome> flagged() throws Exception {
        return run(flagged);
    }

    @Benchmark
    public List<Outcome> whole() throws Exception {
        return run(whole);
    }

    private List<Outcome> run(GateContext[] contexts) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(gates.size() * contexts.length);
        for (GateContext context : contexts) {
            for (Gate gate : gates) {
                outcomes.add(gate.check(context));
            }
        }
        return outcomes;
    }
}

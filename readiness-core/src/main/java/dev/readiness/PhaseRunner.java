package dev.readiness;

import dev.readiness.internal.BoundedExecutor;
import dev.readiness.internal.BoundedExecutor.Call;
import dev.readiness.internal.BoundedExecutor.State;
import dev.readiness.internal.BoundedFindings;
import dev.readiness.internal.FindingScrubber;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * Runs one phase: fact contributors first, then every gate, each call into user code (constructing a discovered
 * gate or contributor, {@code id()}, {@code description()}, {@code requiredFacts()}, {@code contribute},
 * {@code check}) on the bounded pool under the per-call timeout and the phase's one deadline. Logs name classes
 * and gate ids only, never an exception's message.
 */
final class PhaseRunner {

    /**
     * Findings kept per gate; the worst are kept when a gate reports more. High enough that a file with thousands
     * of weak secrets has every one reported, low enough that the report stays a few megabytes.
     */
    static final int MAX_FINDINGS_PER_GATE = BoundedFindings.MAX_PER_GATE;

    /** Findings kept for the policy's pseudo-gates (waivers, exemptions): each is one line a human wrote. */
    static final int MAX_POLICY_FINDINGS = 1000;

    private final Readiness readiness;

    private @Nullable FindingScrubber scrubber;

    PhaseRunner(Readiness readiness) {
        this.readiness = readiness;
    }

    Phase run() {
        long start = System.nanoTime();
        long deadlineNanos = start + readiness.deadline().toNanos();
        BoundedExecutor executor = new BoundedExecutor(readiness.parallelism(), readiness.gateTimeout());

        List<Finding> factFailures = new ArrayList<>();
        Map<Class<?>, Object> facts = new LinkedHashMap<>(readiness.context().facts());
        facts.putAll(contribute(executor, deadlineNanos, factFailures));
        GateContext context = new GateContext(readiness.context().stage(), readiness.context().settings(),
                readiness.context().clock(), facts);

        Map<String, Origin> excluded = new LinkedHashMap<>(Exemptions.excludedGates(context.settings()));
        excluded.putAll(readiness.excludedGates());
        List<Finding> exemptions = new ArrayList<>();
        for (Iterator<Map.Entry<String, Origin>> entries = excluded.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<String, Origin> entry = entries.next();
            if (!Exemptions.excludable(entry.getKey())) {
                exemptions.add(Exemptions.excludedGate(entry.getKey(), entry.getValue(), true));
                entries.remove();
            }
        }

        List<GateTask> tasks = new ArrayList<>();
        Set<String> excludedIds = Set.copyOf(excluded.keySet());
        for (Readiness.Source<Gate> source : readiness.gateSources()) {
            tasks.add(new GateTask(source, context, excludedIds, readiness.defersGatesNeedingFacts()));
        }
        List<Callable<GateRun>> introduce = new ArrayList<>(tasks.size());
        for (GateTask task : tasks) {
            introduce.add(new GateStep(task, false));
        }
        List<Call<GateRun>> introductions = executor.run(introduce, deadlineNanos, "gate");
        List<Callable<GateRun>> check = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            if (introductions.get(i).state() == State.DONE && introductions.get(i).value() == null) {
                check.add(new GateStep(tasks.get(i), true));
            }
        }
        List<Call<GateRun>> checks = executor.run(check, deadlineNanos, "gate");

        List<Phase.Judged> judged = new ArrayList<>();
        List<Phase.Deferred> deferred = new ArrayList<>();
        Map<String, Integer> fallbackNumbers = new HashMap<>();
        @Nullable Set<String> idsSeen = new java.util.HashSet<>();
        int checked = 0;
        for (int i = 0; i < tasks.size(); i++) {
            GateTask task = tasks.get(i);
            Call<GateRun> call = introductions.get(i);
            if (call.state() == State.DONE && call.value() == null) {
                call = checks.get(checked++);
            }
            GateRun run = call.value();
            if (task.id() == null) {
                idsSeen = null;
            } else if (idsSeen != null) {
                idsSeen.add(task.id());
            }
            if (call.state() == State.DONE && run != null && run.excluded()) {
                exemptions.add(Exemptions.excludedGate(task.id(), excluded.get(task.id()), false));
            } else if (call.state() == State.DONE && run != null && run.deferredGate() != null) {
                deferred.add(new Phase.Deferred(run.deferredGate(), task.source.description()));
            } else {
                String id = task.id();
                if (id == null) {
                    int number = fallbackNumbers.merge(task.source.fallbackId(), 1, Integer::sum);
                    id = task.source.fallbackId() + (number > 1 ? "-" + number : "");
                }
                judged.add(new Phase.Judged(result(printable(task, id, context.settings()), task, call,
                        context.settings()), task.source.description()));
            }
        }
        exemptions.addAll(Exemptions.declared(context.settings()));
        for (Map.Entry<Setting, String> ignored : readiness.ignoredSettings().entrySet()) {
            exemptions.add(Exemptions.ignored(ignored.getKey(), ignored.getValue()));
        }
        return new Phase(judged, factFailures, exemptions, deferred, (System.nanoTime() - start) / 1e6, excluded,
                idsSeen);
    }

    private Map<Class<?>, Object> contribute(BoundedExecutor executor, long deadlineNanos, List<Finding> failures) {
        List<Readiness.Source<FactContributor>> sources = readiness.contributorSources();
        List<Callable<Map<Class<?>, Object>>> tasks = new ArrayList<>();
        for (Readiness.Source<FactContributor> source : sources) {
            tasks.add(new Contribution(source));
        }
        Map<Class<?>, Object> facts = new LinkedHashMap<>();
        List<Call<Map<Class<?>, Object>>> calls = executor.run(tasks, deadlineNanos, "facts");
        for (int i = 0; i < calls.size(); i++) {
            Call<Map<Class<?>, Object>> call = calls.get(i);
            String name = sources.get(i).className();
            if (call.state() == State.DONE && call.value() != null) {
                facts.putAll(call.value());
                continue;
            }
            failures.add(GateFailures.factContributor(name, call, readiness));
        }
        return facts;
    }

    private GateResult result(String id, GateTask task, Call<GateRun> call, Settings settings) {
        String description = task.isBuiltIn() ? task.description : scrubber(settings).scrubText(task.description);
        GateRun run = call.value();
        if (call.state() == State.DONE && run != null && run.outcome() != null && !run.invalidId()) {
            return GateResult.of(id, description, call.millis(),
                    scrubbed(id, settings, capped(id, run.outcome().findings())));
        }
        return GateFailures.result(id, description, call, task.step,
                task.id() == null ? task.source.description() : null,
                task.isBuiltIn() || task.source.className().startsWith("dev.readiness.gates."), readiness);
    }

    /**
     * The findings without a waiver and without the value of any secret-looking setting. The scrubber reads every
     * setting, so it is made on the first gate that reports a finding: a healthy boot reports none.
     */
    private List<Finding> scrubbed(String id, Settings settings, List<Finding> findings) {
        List<Finding> raw = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            raw.add(unwaived(FindingLengths.rough(finding)));
        }
        if (raw.isEmpty()) {
            return raw;
        }
        FindingScrubber scrub = scrubber(settings);
        List<Finding> clean = scrub.scrub(raw);
        if (clean != raw && scrub.quotesAValue(raw)) {
            GateFailures.logValueInFinding(id);
        }
        return FindingLengths.bounded(clean);
    }

    /**
     * The id a gate's result is reported under: a gate other than readiness's own has its id scrubbed of the value
     * of any secret-looking setting, as its findings and description are.
     */
    private String printable(GateTask task, String id, Settings settings) {
        if (task.isBuiltIn()) {
            return id;
        }
        String scrubbed = scrubber(settings).scrubId(id);
        if (!scrubbed.equals(id)) {
            GateFailures.logValueInId(task.source.className());
        }
        return scrubbed;
    }

    /** The scrubber reads every setting, so it is made when first needed: a healthy boot of built-in gates never. */
    private FindingScrubber scrubber(Settings settings) {
        FindingScrubber scrub = scrubber;
        if (scrub == null) {
            scrub = FindingScrubber.of(settings);
            scrubber = scrub;
        }
        return scrub;
    }

    /** No gate can waive its own finding: only the policy does. */
    static Finding unwaived(Finding finding) {
        return finding.waived() ? finding.toBuilder().build() : finding;
    }

    static List<Finding> capped(String id, List<Finding> findings) {
        return capped(id, findings, MAX_FINDINGS_PER_GATE);
    }

    static List<Finding> capped(String id, List<Finding> findings, int limit) {
        return BoundedFindings.capped(id, findings, limit);
    }

    /** One step of a gate's task, as a call the executor runs: its introduction or its check. */
    private record GateStep(GateTask task, boolean check) implements Callable<GateRun> {

        @Override
        public @Nullable GateRun call() throws Exception {
            return check ? task.check() : task.introduce();
        }
    }

    /** One contributor's call into user code: construct it and collect what it contributes. */
    private record Contribution(Readiness.Source<FactContributor> source) implements Callable<Map<Class<?>, Object>> {

        @Override
        public Map<Class<?>, Object> call() throws Exception {
            FactContributor contributor = source.create();
            Map<Class<?>, Object> facts = new LinkedHashMap<>();
            contributor.contribute(new FactSink() {
                @Override
                public <T> void put(Class<T> type, T fact) {
                    facts.put(type, type.cast(fact));
                }
            });
            return facts;
        }
    }

    /** What a gate's task returned when it did not hang or throw. */
    record GateRun(@Nullable Outcome outcome, boolean excluded, @Nullable Gate deferredGate,
            boolean invalidId) {
    }

    /**
     * One gate's calls into user code, in two steps run on the pool: {@link #introduce()} (construct, id,
     * description, and required facts when deferring), then {@link #check()}. Remembers how far it got for the
     * report.
     */
    private static final class GateTask {

        private final Readiness.Source<Gate> source;
        private final GateContext context;
        private final Set<String> excluded;
        private final boolean defer;
        private volatile @Nullable Gate gate;
        private volatile @Nullable String id;
        private volatile String description = "";
        private volatile String step = "its constructor";
        private volatile boolean builtIn;

        GateTask(Readiness.Source<Gate> source, GateContext context, Set<String> excluded, boolean defer) {
            this.source = source;
            this.context = context;
            this.excluded = excluded;
            this.defer = defer;
        }

        @Nullable String id() {
            return id;
        }

        /** Returns {@code null} when the gate is to be checked, else what became of it. */
        @Nullable GateRun introduce() throws Exception {
            Gate created = source.create();
            builtIn = isBuiltIn(created.getClass());
            step = "id()";
            String candidate = created.id();
            if (candidate == null || !Gates.isDottedId(candidate)) {
                return new GateRun(Outcome.go(), false, null, true);
            }
            id = candidate;
            step = "description()";
            String text = created.description();
            description = text == null ? "" : text;
            if (excluded.contains(candidate)) {
                return new GateRun(null, true, null, false);
            }
            if (defer) {
                step = "requiredFacts()";
                Set<Class<?>> needs = created.requiredFacts();
                if (needs != null && !context.facts().keySet().containsAll(needs)) {
                    return new GateRun(null, false, created, false);
                }
            }
            gate = created;
            step = "check()";
            return null;
        }

        /**
         * Whether the gate is one of readiness's own, whose id and description are fixed text; any other gate's may
         * quote a setting and are scrubbed before they are printed.
         */
        boolean isBuiltIn() {
            return builtIn;
        }

        private static boolean isBuiltIn(Class<?> type) {
            String name = type.getName();
            return (name.startsWith("dev.readiness.gates.") || name.startsWith("dev.readiness.spring."))
                    && type.getClassLoader() == PhaseRunner.class.getClassLoader();
        }

        GateRun check() throws Exception {
            return new GateRun(java.util.Objects.requireNonNull(gate).check(context), false, null, false);
        }
    }
}

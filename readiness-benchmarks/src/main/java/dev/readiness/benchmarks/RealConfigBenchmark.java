package dev.readiness.benchmarks;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every built-in gate over real configuration: the labelled files of the repository's {@code corpus/} that
 * {@code realconfig/files.tsv} lists (env files, properties files, Spring and other YAML, Compose files and Kubernetes
 * manifests, every 58th labelled file of the corpus, with its YAML original where the set keeps one), each read the
 * way the CLI reads it ({@code --env-file}, {@code --properties}, {@code --config}, {@code --compose} with {@code --service}, {@code --k8s} with {@code --container}, as the reader column
 * {@code compose:SERVICE} or {@code k8s:CONTAINER} names them)
 * into its own snapshot, judged for production. About 1,000 settings in all; {@link #setUp()} prints how many.
 * Where {@link AllGatesBenchmark} repeats 22 environment templates, these settings carry file origins, comments,
 * sections, profiles, neighbours, Compose and Kubernetes origins, JWTs, template values and published defaults, so the
 * rules of where and how a value is written are priced too.
 *
 * <p>{@code sequential} checks every file's snapshot with every gate on the benchmark thread (the snapshots are
 * checked again and again, so what the gates keep of a snapshot is warm, as in {@link AllGatesBenchmark#sequential()});
 * {@code oneGate} does the same for one gate. The files are packaged in the jar and read from a temporary copy; with
 * {@code -p corpus=PATH} they are read from a corpus directory instead (the repository's {@code corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class RealConfigBenchmark {

    /** A corpus directory to read the listed files from; empty: the copies packaged in this jar. */
    @Param("")
    public String corpus = "";

    private List<Gate> gates;
    private GateContext[] contexts;
    private int settings;

    @Setup
    public void setUp() {
        gates = new ArrayList<>(Gates.discover());
        List<Input> inputs = read(corpus);
        contexts = new GateContext[inputs.size()];
        settings = 0;
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = GateContext.of(Stage.PRODUCTION, inputs.get(i).settings());
            settings += inputs.get(i).settings().size();
        }
        System.err.printf(Locale.ROOT, "RealConfigBenchmark: %d files, %d settings, %d gates%n", contexts.length,
                settings, gates.size());
    }

    /** How many settings one operation checks (in all files). */
    public int settings() {
        return settings;
    }

    @Benchmark
    public List<Outcome> sequential() throws Exception {
        List<Outcome> outcomes = new ArrayList<>(gates.size() * contexts.length);
        for (GateContext context : contexts) {
            for (Gate gate : gates) {
                outcomes.add(gate.check(context));
            }
        }
        return outcomes;
    }

    /** {@link #sequential()} for the gate of this id only. */
    @Benchmark
    public List<Outcome> oneGate(OneGate one) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(contexts.length);
        for (GateContext context : contexts) {
            outcomes.add(one.gate.check(context));
        }
        return outcomes;
    }

    /** One built-in gate, by id. */
    @State(Scope.Benchmark)
    public static class OneGate {

        @Param({"secrets", "sandbox", "database", "settings", "readiness.properties", "tenant"})
        public String id;

        private Gate gate;

        @Setup
        public void find() {
            gate = gate(id);
        }

        static Gate gate(String id) {
            for (Gate gate : Gates.discover()) {
                if (gate.id().equals(id)) {
                    return gate;
                }
            }
            throw new IllegalArgumentException("no built-in gate with id " + id);
        }
    }

    /** Restricts {@link #sequential()} to one gate (for harnesses that call it reflectively). */
    public void onlyGate(String id) {
        gates = List.of(OneGate.gate(id));
    }

    /** One listed file: how the CLI reads it, where it is, and the settings read. */
    record Input(String reader, String path, Settings settings) {
    }

    /** Reads every file {@code realconfig/files.tsv} lists, from a corpus directory or from this jar's copies. */
    static List<Input> read(String corpus) {
        try {
            Path root = corpus.isEmpty() ? unpacked() : Path.of(corpus);
            List<Input> inputs = new ArrayList<>();
            for (String[] row : manifest()) {
                Path file = root.resolve(row[1]);
                ApplicationConfig.Builder config = ApplicationConfig.builder();
                String[] reader = row[0].split(":", 2);
                String named = reader.length > 1 ? reader[1] : null;
                switch (reader[0]) {
                    case "env-file" -> config.envFile(file);
                    case "properties" -> config.propertiesFile(file);
                    case "config" -> config.configFile(file);
                    case "compose" -> config.composeFile(file, named);
                    case "k8s" -> config.kubernetesFile(file, named);
                    default -> throw new IllegalStateException("unknown reader " + row[0] + " for " + row[1]);
                }
                inputs.add(new Input(row[0], row[1], config.build().settings()));
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> manifest() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource("files.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    /** Copies the packaged files to a new temporary directory, keeping their corpus paths (set and file name). */
    private static Path unpacked() throws IOException {
        Path root = Files.createTempDirectory("readiness-realconfig");
        for (String[] row : manifest()) {
            Path file = root.resolve(row[1]);
            Files.createDirectories(file.getParent());
            try (InputStream in = resource(row[1])) {
                Files.copy(in, file);
            }
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
        }
        root.toFile().deleteOnExit();
        return root;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = RealConfigBenchmark.class.getResourceAsStream("/realconfig/" + name);
        if (in == null) {
            throw new IOException("no packaged file realconfig/" + name);
        }
        return in;
    }

    /** Prints each listed file's reader and settings: {@code java -cp benchmarks.jar …RealConfigBenchmark [CORPUS]}. */
    public static void main(String[] args) {
        int total = 0;
        for (Input input : read(args.length > 0 ? args[0] : "")) {
            total += input.settings().size();
            System.out.printf(Locale.ROOT, "%5d %5d %-10s %s%n", input.settings().size(), total, input.reader(),
                    input.path());
        }
    }
}

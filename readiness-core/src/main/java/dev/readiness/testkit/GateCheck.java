package dev.readiness.testkit;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.gates.tenant.ClassFileTypes;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs gates for a stage and settings in one line, for unit tests:
 *
 * <pre>{@code
 * GateCheck.run(Stage.PRODUCTION, Map.of("JWT_SECRET", "changeme"), new MyGate())
 *         .hasVerdict(Status.NO_GO)
 *         .hasFinding("secrets.placeholder", "JWT_SECRET");
 * }</pre>
 *
 * Mutable and not thread-safe.
 */
public final class GateCheck {

    private final Stage stage;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<Settings> baseSettings = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();
    private final Policy.Builder policy = Policy.builder();
    private final Map<Class<?>, Object> facts = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private @Nullable Duration gateTimeout;
    private @Nullable Duration deadline;

    private GateCheck(Stage stage) {
        this.stage = stage;
    }

    /**
     * Runs the given gates for a stage over settings from a map.
     *
     * @param stage the stage
     * @param settings keys and values
     * @param gates the gates to run
     * @return assertions on the report
     */
    public static ReportAssert run(Stage stage, Map<String, String> settings, Gate... gates) {
        return forStage(stage).settings(settings).gates(gates).run();
    }

    /**
     * Runs every gate on the class path (built-in gates and {@code ServiceLoader} registrations) for a stage over
     * settings from a map.
     *
     * @param stage the stage
     * @param settings keys and values
     * @return assertions on the report
     */
    public static ReportAssert runDiscovered(Stage stage, Map<String, String> settings) {
        return forStage(stage).settings(settings).gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    /**
     * Judges a Spring Boot application's configuration as {@code readiness check --app PATH --profile …} does: its
     * {@code application*.properties/yml} (project directory, resources directory or packaged jar) read with
     * Spring Boot's locations, precedence, profiles and placeholders ({@link ApplicationConfig}), every gate on the
     * class path, for production, with the waivers written in the files. With ASM ({@code org.ow2.asm:asm}) on the
     * test class path, as readiness-junit brings it, the compiled entity classes feed the tenant gate as they do for
     * the CLI ({@link ClassFileTypes}); without it, the settings alone are judged. For env files or manifests as well,
     * build the settings with {@link ApplicationConfig#builder()} and pass them to {@link #settings(Settings)}.
     *
     * @param application the project directory, resources directory or jar
     * @param profiles the active profiles; none reads {@code spring.profiles.active} from the files
     * @return assertions on the report
     * @throws dev.readiness.settings.SettingsFileException naming file and line when a file cannot be read
     */
    public static ReportAssert app(Path application, String... profiles) {
        Settings settings = ApplicationConfig.builder().application(application).profiles(profiles).build()
                .settings();
        GateCheck check = forStage(Stage.PRODUCTION).settings(settings).gates(Gates.discover().toArray(Gate[]::new));
        Waivers.fromSettings(settings).forEach(check::waiver);
        if (canReadClassFiles()) {
            ClassFileTypes.read(application, settings).ifPresent(types -> check.fact(PersistentTypes.class, types));
        }
        return check.run();
    }

    private static boolean canReadClassFiles() {
        try {
            Class.forName("org.objectweb.asm.ClassReader", false, GateCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * Starts a check for a stage, for adding settings, waivers, facts and a clock step by step.
     *
     * @param stage the stage
     * @return the check
     */
    public static GateCheck forStage(Stage stage) {
        return new GateCheck(stage);
    }

    /**
     * Adds one setting.
     *
     * @param key the key
     * @param value the value
     * @return this check
     */
    public GateCheck setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /**
     * Adds settings.
     *
     * @param values keys and values
     * @return this check
     */
    public GateCheck settings(Map<String, String> values) {
        settings.putAll(values);
        return this;
    }

    /**
     * Adds settings with their own origins, e.g. a file read with {@link Settings#builder()}
     * {@code .propertiesFile(path)}, so findings name {@code file:line}. Values given with
     * {@link #setting(String, String)} or {@link #settings(Map)} take precedence over these, whatever the order of
     * the calls: a test can load a real file and change one line of it.
     *
     * @param values the settings
     * @return this check
     */
    public GateCheck settings(Settings values) {
        baseSettings.add(values);
        return this;
    }

    /**
     * Adds gates.
     *
     * @param gates the gates
     * @return this check
     */
    public GateCheck gates(Gate... gates) {
        this.gates.addAll(List.of(gates));
        return this;
    }

    /**
     * Adds a waiver.
     *
     * @param waiver the waiver
     * @return this check
     */
    public GateCheck waiver(Waiver waiver) {
        policy.waiver(waiver);
        return this;
    }

    /**
     * Contributes a fact.
     *
     * @param type the fact's type
     * @param fact the fact
     * @param <T> the fact's type
     * @return this check
     */
    public <T> GateCheck fact(Class<T> type, T fact) {
        facts.put(type, fact);
        return this;
    }

    /**
     * Sets the clock (for waiver expiry).
     *
     * @param clock the clock
     * @return this check
     */
    public GateCheck clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * How long one gate may run, as {@code readiness.gate-timeout} (default 5 s): a test of a gate that can hang asserts
     * its {@code gate.timeout} in a fraction of a second instead of five (thirty-fifth pass).
     *
     * @param timeout the per-gate timeout
     * @return this
     */
    public GateCheck gateTimeout(Duration timeout) {
        this.gateTimeout = timeout;
        return this;
    }

    /**
     * How long all the gates may run, as {@code readiness.deadline} (default 15 s).
     *
     * @param deadline the overall deadline
     * @return this
     */
    public GateCheck deadline(Duration deadline) {
        this.deadline = deadline;
        return this;
    }

    private Settings settings() {
        dev.readiness.settings.SettingsBuilder builder = Settings.builder();
        baseSettings.forEach(builder::addAll);
        return builder.map(settings, "test").build();
    }

    /**
     * Runs the gates.
     *
     * @return assertions on the report
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReportAssert run() {
        Readiness.Builder builder = Readiness.builder()
                .stage(stage)
                .settings(settings())
                .clock(clock)
                .policy(policy.build())
                .gates(gates);
        if (gateTimeout != null) {
            builder.gateTimeout(gateTimeout);
        }
        if (deadline != null) {
            builder.deadline(deadline);
        }
        facts.forEach((type, fact) -> builder.fact((Class) type, fact));
        Report report = builder.build().run();
        return new ReportAssert(report);
    }
}

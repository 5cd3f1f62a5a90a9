package dev.readiness;

import dev.readiness.internal.BoundedExecutor;
import dev.readiness.internal.BoundedExecutor.Call;
import dev.readiness.internal.BoundedExecutor.State;
import dev.readiness.internal.BrokenProviderGate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds gates: the ones on the class path through {@link ServiceLoader}.
 * Stateless and thread-safe: static methods only.
 */
public final class Gates {


    private static final Logger log = LoggerFactory.getLogger(Gates.class);

    /** Stops discovery when the service loader fails this often in a row without progress. */
    private static final int MAX_CONSECUTIVE_ERRORS = 100;

    private Gates() {
    }

    /**
     * Every gate registered in {@code META-INF/services/dev.readiness.Gate} visible to the class loader, built-in
     * gates included. Each gate is constructed, and its {@link Gate#id()} read, on a daemon thread under
     * {@link Readiness#DEFAULT_GATE_TIMEOUT} and all within {@link Readiness#DEFAULT_DEADLINE}. A registration that
     * cannot be loaded (class missing, not a gate), whose constructor throws or hangs, or whose id throws, hangs or
     * is invalid does not stop discovery: it becomes a gate that reports a NO-GO {@code gate.failed} naming the
     * provider class, and the other gates still load. {@link Readiness.Builder#discoveredGates(ClassLoader)}
     * constructs the gates during the run instead, under its deadline.
     *
     * @param classLoader the class loader to search
     * @return the gates, in discovery order
     */
    public static List<Gate> discover(ClassLoader classLoader) {
        List<Readiness.Source<Gate>> sources = sources(Gate.class, classLoader);
        List<Callable<Gate>> calls = new ArrayList<>(sources.size());
        for (Readiness.Source<Gate> source : sources) {
            calls.add(() -> {
                Gate gate = source.create();
                String id = gate.id();
                if (id == null || !isDottedId(id)) {
                    throw new IllegalArgumentException("invalid id");
                }
                return gate;
            });
        }
        List<Call<Gate>> made = new BoundedExecutor(4, Readiness.DEFAULT_GATE_TIMEOUT)
                .run(calls, System.nanoTime() + Readiness.DEFAULT_DEADLINE.toNanos(), "discovery");
        List<Gate> gates = new ArrayList<>(sources.size());
        Map<String, Integer> broken = new HashMap<>();
        for (int i = 0; i < made.size(); i++) {
            Call<Gate> call = made.get(i);
            Readiness.Source<Gate> source = sources.get(i);
            if (call.state() == State.DONE && call.value() != null) {
                gates.add(call.value());
                continue;
            }
            int number = broken.merge(source.className(), 1, Integer::sum);
            log.warn("Gate provider {} could not be loaded; it reports gate.failed", source.className());
            if (call.failure() instanceof ServiceConfigurationError error) {
                gates.add(BrokenProviderGate.of(error, number));
                continue;
            }
            String problem = switch (call.state()) {
                case FAILED -> call.failure() instanceof IllegalArgumentException
                        && "invalid id".equals(call.failure().getMessage())
                        ? "its id() is not a valid gate id (lower-case words joined by '.' or '-', such as acme.carrier-urls)"
                        : "its id() threw " + call.failure().getClass().getName();
                default -> "its constructor or id() did not finish within " + Readiness.DEFAULT_GATE_TIMEOUT.toMillis()
                        + " ms";
            };
            gates.add(BrokenProviderGate.named(source.className(), number, problem));
        }
        return gates;
    }

    /**
     * The gates an application registers in its own {@code META-INF/services/dev.readiness.Gate} (in its compiled
     * classes, its resources directory or its packaged jar, and in the libraries a packaged jar or war carries) that
     * a class loader cannot load: the gates a check of the
     * application's files from outside it (the CLI's {@code --app}, the Maven goal) would otherwise leave out without
     * a word, judging GO where the service's own start is refused. Reads the registration files only; loads no class.
     *
     * @param application a project directory, resources directory, classes directory, or packaged jar or war
     * @param classLoader the class loader the check discovers gates with
     * @return the registered class names that loader cannot find, in the order registered, each once; empty when the
     *         application registers no gate, all are loadable, or nothing can be read
     */
    public static List<String> notLoadable(java.nio.file.Path application, ClassLoader classLoader) {
        return GateRegistrations.notLoadable(application, classLoader);
    }

    /**
     * Every gate registered through {@link ServiceLoader} visible to this class's loader.
     *
     * @return the gates, in discovery order
     */
    public static List<Gate> discover() {
        return discover(Gates.class.getClassLoader());
    }

    /**
     * The registrations of a service, not yet constructed: listing them loads no class initializer and runs no
     * user code. A registration that cannot be listed becomes a stand-in that reports {@code gate.failed} (for a
     * fact contributor: one whose construction fails, so it reports {@code facts.failed}).
     */
    static <T> List<Readiness.Source<T>> sources(Class<T> service, ClassLoader classLoader) {
        List<Readiness.Source<T>> sources = new ArrayList<>();
        Map<String, Integer> broken = new HashMap<>();
        Iterator<ServiceLoader.Provider<T>> providers = ServiceLoader.load(service, classLoader).stream().iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<T> provider = providers.next();
                consecutiveErrors = 0;
                String className = provider.type().getName();
                sources.add(new Readiness.Source<>(new Construct<>(provider), null, "ServiceLoader provider "
                        + className, className, null));
            } catch (ServiceConfigurationError error) {
                consecutiveErrors++;
                BrokenProviderGate stand = BrokenProviderGate.of(error, 1);
                int number = broken.merge(stand.provider(), 1, Integer::sum);
                log.warn("{} provider {} could not be loaded", service.getSimpleName(), stand.provider());
                sources.add(brokenSource(service, number == 1 ? stand : BrokenProviderGate.of(error, number)));
            }
        }
        return sources;
    }

    /** Constructs a provider: a named class, not a method reference, whose first use a boot would pay to link. */
    private record Construct<T>(ServiceLoader.Provider<T> provider) implements Callable<T> {

        @Override
        public T call() {
            return provider.get();
        }
    }

    private static <T> Readiness.Source<T> brokenSource(Class<T> service, BrokenProviderGate stand) {
        String description = "ServiceLoader provider " + stand.provider();
        if (service == Gate.class) {
            return new Readiness.Source<>(() -> service.cast(stand), null, description, stand.provider(), stand.id());
        }
        return new Readiness.Source<>(() -> {
            throw new IllegalStateException("cannot be loaded");
        }, null, description, stand.provider(), stand.id());
    }

    /** The id a gate is reported under when its own is unknown: {@code gate.provider.<class>}. */
    static String fallbackId(String className) {
        String part = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.+", ".").replaceAll("(^[.-]+)|([.-]+$)", "").replaceAll("-?\\.-?", ".");
        return "gate.provider." + (part.isEmpty() ? "unknown" : part);
    }

    /**
     * Whether the text is lower-case words of ASCII letters and digits joined by single {@code .} or {@code -}
     * ({@code secrets}, {@code acme.carrier-urls}), as gate ids and finding codes must be. Checked character by
     * character: every gate id and finding code of a boot passes here, and a regular expression would be compiled
     * and interpreted on the boot's threads for it.
     */
    static boolean isDottedId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean afterWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterWord = true;
            }
            else if ((c == '.' || c == '-') && afterWord) {
                afterWord = false;
            }
            else {
                return false;
            }
        }
        return afterWord;
    }

    static String requireValidId(String id) {
        if (!isDottedId(id)) {
            throw new IllegalArgumentException(
                    "gate id must be lower-case words joined by '.' or '-', such as secrets or acme.carrier-urls, but was '"
                            + id + "'");
        }
        return id;
    }
}

package dev.readiness;

import dev.readiness.internal.BrokenProviderGate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds gates: the ones on the class path through {@link ServiceLoader}.
 */
public final class Gates {

    static final Pattern DOTTED_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private static final Logger log = LoggerFactory.getLogger(Gates.class);

    /** Stops discovery when the service loader fails this often in a row without progress. */
    private static final int MAX_CONSECUTIVE_ERRORS = 100;

    private Gates() {
    }

    /**
     * Every gate registered in {@code META-INF/services/dev.readiness.Gate} visible to the class loader, built-in
     * gates included. A registration that cannot be loaded (class missing, constructor throwing, not a gate) or
     * whose {@link Gate#id()} throws or is invalid does not stop discovery: it becomes a gate that reports a NO-GO
     * {@code gate.failed} naming the provider class, and the other gates still load.
     *
     * @param classLoader the class loader to search
     * @return the gates, in discovery order
     */
    public static List<Gate> discover(ClassLoader classLoader) {
        List<Gate> gates = new ArrayList<>();
        Map<String, Integer> broken = new HashMap<>();
        Iterator<Gate> providers = ServiceLoader.load(Gate.class, classLoader).iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                Gate gate = providers.next();
                consecutiveErrors = 0;
                if (!hasValidId(gate)) {
                    int number = broken.merge(gate.getClass().getName(), 1, Integer::sum);
                    log.warn("Gate provider {} has no valid id; it reports gate.failed", gate.getClass().getName());
                    gate = BrokenProviderGate.invalidId(gate, number);
                }
                gates.add(gate);
            } catch (ServiceConfigurationError error) {
                consecutiveErrors++;
                BrokenProviderGate stand = BrokenProviderGate.of(error, 1);
                int number = broken.merge(stand.provider(), 1, Integer::sum);
                Gate gate = number == 1 ? stand : BrokenProviderGate.of(error, number);
                log.warn("Gate provider {} could not be loaded; it reports gate.failed", stand.provider());
                gates.add(gate);
            }
        }
        return gates;
    }

    /**
     * Every gate registered through {@link ServiceLoader} visible to this class's loader.
     *
     * @return the gates, in discovery order
     */
    public static List<Gate> discover() {
        return discover(Gates.class.getClassLoader());
    }

    private static boolean hasValidId(Gate gate) {
        try {
            String id = gate.id();
            return id != null && DOTTED_ID.matcher(id).matches();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String requireValidId(String id) {
        if (!DOTTED_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "gate id must be lower-case words joined by '.' or '-', such as secrets or acme.carrier-urls, but was '"
                            + id + "'");
        }
        return id;
    }
}

package dev.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds gates: the ones on the class path through {@link ServiceLoader}.
 */
public final class Gates {

    private Gates() {
    }

    /**
     * Every gate registered in {@code META-INF/services/dev.readiness.Gate} visible to the class loader, built-in
     * gates included.
     *
     * @param classLoader the class loader to search
     * @return the gates, in discovery order
     */
    public static List<Gate> discover(ClassLoader classLoader) {
        List<Gate> gates = new ArrayList<>();
        ServiceLoader.load(Gate.class, classLoader).forEach(gates::add);
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

    static String requireValidId(String id) {
        if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException(
                    "gate id must be lower-case words joined by '.' or '-', such as secrets or acme.carrier-urls, but was '"
                            + id + "'");
        }
        return id;
    }
}

package dev.readiness.gates.sandbox;

/**
 * A {@code .local} name whose label says {@code example}: Helm's scaffold writes {@code chart-example.local} into every
 * new chart's {@code values.yaml} (ingress hosts, TLS hosts), and charts copy it to their production values unfilled.
 * Such a name is a template's, not a machine's on the local link ({@code printer.local}, {@code nas.local} stay
 * {@code .local} names). Stateless.
 */
final class ExampleLocalNames {

    private static final String EXAMPLE = "example";

    private ExampleLocalNames() {
    }

    /**
     * Whether a host under {@code .local} has a label that is, starts with or ends with {@code example}.
     *
     * @param host a lower-case host ending in {@code .local}
     * @return {@code true} for {@code chart-example.local}, {@code example.local}, {@code app.example.local}
     */
    static boolean named(String host) {
        int start = 0;
        int end = host.length() - ".local".length();
        while (start < end) {
            int dot = host.indexOf('.', start);
            int labelEnd = dot < 0 || dot > end ? end : dot;
            if (labelEnd - start >= EXAMPLE.length() && (host.startsWith(EXAMPLE, start)
                    || host.startsWith(EXAMPLE, labelEnd - EXAMPLE.length()))) {
                return true;
            }
            start = labelEnd + 1;
        }
        return false;
    }
}

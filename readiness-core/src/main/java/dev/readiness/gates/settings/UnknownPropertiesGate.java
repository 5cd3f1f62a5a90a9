package dev.readiness.gates.settings;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code readiness.*} key that no readiness property has is a WARN naming the closest known key ("did you mean
 * {@code readiness.sandbox.allowed-hosts}?"), so that a typo such as {@code readiness.sandbox.allowed-host} is not
 * silently ignored. Keys are compared in Spring's relaxed form ({@code READINESS_SANDBOX_ALLOWED_HOSTS} is
 * {@code readiness.sandbox.allowed-hosts}), list indexes removed. Keys under a namespace readiness does not own
 * ({@code readiness.acme.*}, read by a gate of your own) are reported only when they are one or two letters away
 * from a known key. Built in (registered for {@link java.util.ServiceLoader}), so the Spring adapter, the CLI, the
 * Maven plugin and the test kit all report a typo in the files they judge. Immutable and thread-safe.
 */
public final class UnknownPropertiesGate implements Gate {

    /** The gate's id. */
    public static final String ID = "readiness.properties";

    /** The finding code. */
    public static final String CODE = "properties.unknown";

    /** Every property readiness reads, in the documented spelling; list properties without their index. */
    public static final List<String> KNOWN = List.of("readiness.enabled", "readiness.stage", "readiness.fail-on",
            "readiness.waivers.code", "readiness.waivers.subject", "readiness.waivers.reason",
            "readiness.waivers.expires", "readiness.gate-timeout", "readiness.deadline", "readiness.exit-code",
            "readiness.exclude-gates", "readiness.settings.required", "readiness.tenant.attributes",
            "readiness.tenant.global-types", "readiness.tenant.packages", "readiness.secrets.extra-keys",
            "readiness.secrets.exclude-keys", "readiness.secrets.catalog", "readiness.sandbox.extra-keys",
            "readiness.sandbox.exclude-keys", "readiness.sandbox.catalog", "readiness.sandbox.allowed-hosts",
            "readiness.database.extra-keys", "readiness.database.exclude-keys");

    private static final Set<String> NAMESPACES = Set.of("secrets", "sandbox", "database", "settings", "tenant",
            "waivers");


    private static final Map<String, String> CANONICAL = canonicalKnown();

    private static final int MAX_FINDINGS = 50;

    /** The gate; it reads only the {@code readiness.*} keys of the settings. */
    public UnknownPropertiesGate() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every readiness.* property is one readiness knows";
    }

    @Override
    public Outcome check(GateContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            if (!setting.isPolicy() || findings.size() >= MAX_FINDINGS) {
                continue;
            }
            String key = setting.key();
            String canonical = RelaxedNames.canonical(withoutIndexes(key));
            if (CANONICAL.containsKey(canonical) || isListElementOfKnown(canonical)) {
                continue;
            }
            String closest = closest(canonical);
            int distance = distance(canonical, RelaxedNames.canonical(closest));
            if (ownNamespace(key) || distance <= 2) {
                findings.add(Finding.of(Severity.WARN, CODE, key).origin(setting.origin())
                        .message(key + " is not a readiness property and is ignored; did you mean " + closest + "?")
                        .remediation("Rename it to " + closest + ", or remove it. The properties are listed in"
                                + " docs/reference/spring.md and completed by your IDE.")
                        .build());
            }
        }
        return Outcome.of(findings);
    }

    /** The key without list indexes; the expression is compiled only for a key that can hold one. */
    private static String withoutIndexes(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '[' || (c >= '0' && c <= '9')) {
                return Indexes.PATTERN.matcher(key).replaceAll("");
            }
        }
        return key;
    }

    /** List indexes in a key: {@code [0]}, or a number between dots or underscores. */
    private static final class Indexes {

        static final Pattern PATTERN = Pattern.compile("\\[\\d+]|(?<=[._])\\d+(?=[._]|$)");
    }

    private static boolean isListElementOfKnown(String canonical) {
        return canonical.startsWith("readinesswaivers") && CANONICAL.containsKey(canonical.replaceAll("\\d", ""));
    }

    private static boolean ownNamespace(String key) {
        String[] words = key.split("[._\\[]");
        if (words.length <= 2) {
            return true;
        }
        String namespace = RelaxedNames.canonical(words[1]);
        return NAMESPACES.contains(namespace);
    }

    private static String closest(String canonical) {
        String best = KNOWN.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> known : CANONICAL.entrySet()) {
            int distance = distance(canonical, known.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known.getValue();
            }
        }
        return best;
    }

    private static int distance(String left, String right) {
        if (left.length() > 200 || right.length() > 200) {
            return Math.abs(left.length() - right.length()) + 200;
        }
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }

    private static Map<String, String> canonicalKnown() {
        Map<String, String> known = new LinkedHashMap<>();
        for (String key : KNOWN) {
            known.put(RelaxedNames.canonical(key), key);
        }
        return known;
    }
}

package dev.readiness.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code readiness.*} properties readiness reads, and which other keys under {@code readiness} are typos of
 * them. Keys are compared in Spring's relaxed form ({@code READINESS_SANDBOX_ALLOWED_HOSTS} is
 * {@code readiness.sandbox.allowed-hosts}), list indexes removed. A key under a namespace readiness owns
 * ({@code secrets}, {@code sandbox}, {@code database}, {@code settings}, {@code tenant}, {@code waivers}) that is
 * not a known property is a typo; a key under another namespace ({@code readiness.acme.*}, read by a gate of your
 * own) is one only when it is one or two letters away from a known key. Shared by the unknown-property check and
 * the exemption report, so that a misspelt allow-list is reported as ignored, never as in force. Stateless and
 * thread-safe.
 */
public final class ReadinessKeys {

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

    private ReadinessKeys() {
    }

    /**
     * The known property a {@code readiness.*} key was probably meant to be, when the key is not one readiness
     * reads.
     *
     * @param key a key under {@code readiness}, in any relaxed form
     * @return the closest known property, or empty when the key is known, a list element of a known property, or
     *     under a namespace of its own and not close to a known key
     */
    public static Optional<String> typoOf(String key) {
        String canonical = RelaxedNames.canonical(withoutIndexes(key));
        if (CANONICAL.containsKey(canonical) || isListElementOfKnown(canonical)) {
            return Optional.empty();
        }
        String closest = closest(canonical);
        int distance = distance(canonical, RelaxedNames.canonical(closest));
        return ownNamespace(key) || distance <= 2 ? Optional.of(closest) : Optional.empty();
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
        return dev.readiness.internal.EditDistance.between(left, right);
    }

    private static Map<String, String> canonicalKnown() {
        Map<String, String> known = new LinkedHashMap<>();
        for (String key : KNOWN) {
            known.put(RelaxedNames.canonical(key), key);
        }
        return known;
    }
}

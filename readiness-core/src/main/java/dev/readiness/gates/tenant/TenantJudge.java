package dev.readiness.gates.tenant;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.TenantKeys;
import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant gate's rules, in their own class: a boot without persistent types (no JPA, no scanned packages) runs
 * the gate and loads none of them. Stateless.
 */
final class TenantJudge {

    private static final String CROSS_TENANT = CrossTenant.class.getName();
    private static final String TENANT_ID_ANNOTATION = "@TenantId";
    private static final int EXAMPLES = 3;
    private static final int SHOWN = 120;
    private static final int SHOWN_TYPE = 500;

    private TenantJudge() {
    }

    /**
     * Judges the persistent types against the tenant keys and global types.
     *
     * @param types the persistent types, at least one
     * @param context the gate context (settings and stage)
     * @param attributes tenant key attribute names given in code
     * @param globalTypes global type names given in code
     * @return the outcome
     */
    static Outcome judge(List<PersistentType> types, GateContext context, List<String> attributes,
            List<String> globalTypes) {
        TenantConfiguration configuration = TenantConfiguration.read(context.settings(), attributes, globalTypes);
        Globals globals = new Globals(configuration.globalTypes().keySet());
        List<Finding> findings = new ArrayList<>();
        if (configuration.attributes().isEmpty()) {
            infer(types, globals, findings);
        } else {
            enforce(types, configuration.attributes(), globals, context.stage(), findings);
        }
        Set<String> knownNames = configuration.globalTypes().isEmpty() ? Set.of() : Globals.knownNames(types);
        configuration.globalTypes().forEach((name, origin) -> {
            if (!knownNames.contains(name)) {
                findings.add(Finding.of(Severity.INFO, "tenant.unknown-global-type", shown(name)).origin(origin)
                        .message("readiness.tenant.global-types names '" + shown(name) + "', but no persistent type, nor"
                                + " any supertype of one, has that simple or qualified name.")
                        .remediation("Correct the name (a typo leaves the type it meant without exemption) or"
                                + " remove it from readiness.tenant.global-types.")
                        .build());
            }
        });
        return Outcome.of(findings);
    }

    private static void enforce(List<PersistentType> types, Map<String, Origin> keys, Globals globals, Stage stage,
            List<Finding> findings) {
        List<TenantKeys.Canonical> canonicalKeys = keys.keySet().stream().map(TenantKeys.Canonical::of).toList();
        Set<String> matchedKeys = new HashSet<>();
        Severity severity = stage == Stage.STAGING || stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN;
        Origin origin = keys.values().iterator().next();
        String keyList = keys.keySet().stream().map(TenantJudge::shown).collect(Collectors.joining(", "));
        String firstKey = shown(keys.keySet().iterator().next());
        for (PersistentType type : types) {
            boolean carries = false;
            for (PersistentAttribute attribute : type.attributes()) {
                if (attribute.tenantId()) {
                    carries = true;
                }
                for (TenantKeys.Canonical key : canonicalKeys) {
                    if (key.matches(attribute.path(), attribute.association())) {
                        carries = true;
                        matchedKeys.add(key.key());
                    }
                }
            }
            if (carries || globals.covers(type) || isTenantType(canonicalKeys, type)) {
                continue;
            }
            String simple = shownType(type.simpleName());
            String typeName = shownType(type.name());
            findings.add(Finding.of(severity, "tenant.missing-key", typeName).origin(origin)
                    .message("Persistent type " + typeName + " carries none of the tenant attributes [" + keyList
                            + "] (its own attributes, mapped superclasses and embeddables were checked), has no"
                            + " @TenantId attribute and is not declared global: its rows can be read across tenants.")
                    .remediation("Add " + firstKey + " to " + simple + " (directly, through a @MappedSuperclass it"
                            + " extends or an @Embeddable it embeds) or annotate its tenant attribute with Hibernate's"
                            + " @TenantId; if " + simple + " is shared across tenants on purpose, add it to"
                            + " readiness.tenant.global-types or annotate it @CrossTenant(reason = \"...\").")
                    .build());
        }
        keys.forEach((key, keyOrigin) -> {
            if (!matchedKeys.contains(RelaxedNames.canonical(key))) {
                findings.add(Finding.of(Severity.INFO, "tenant.unknown-attribute", shown(key)).origin(keyOrigin)
                        .message("readiness.tenant.attributes names '" + shown(key) + "', but none of the " + types.size()
                                + " persistent types has an attribute of that name or path.")
                        .remediation("Correct the name to the attribute as mapped (e.g. organizationId, or"
                                + " tenant.organizationId inside an embeddable) or remove it.")
                        .build());
            }
        });
    }

    /** A configured name as printed: control characters replaced, at most {@value #SHOWN} characters. */
    static String shown(String name) {
        return shown(name, SHOWN);
    }

    /** A type name as printed: control characters replaced, at most {@value #SHOWN_TYPE} characters. */
    private static String shownType(String name) {
        return shown(name, SHOWN_TYPE);
    }

    private static String shown(String name, int limit) {
        StringBuilder shown = new StringBuilder(Math.min(name.length(), limit + 1));
        for (int i = 0; i < name.length() && shown.length() < limit; i++) {
            char c = name.charAt(i);
            shown.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        if (name.length() > limit) {
            shown.append('\u2026');
        }
        return shown.toString();
    }

    private static boolean isTenantType(List<TenantKeys.Canonical> keys, PersistentType type) {
        String simpleName = RelaxedNames.canonical(type.simpleName());
        for (TenantKeys.Canonical key : keys) {
            if (key.isTenantType(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without configuration: picks the usual key (or {@code @TenantId}) that most types carry, if enough do, and
     * warns about each type that lacks it. Never enforces what it only guessed.
     */
    private static void infer(List<PersistentType> types, Globals globals, List<Finding> findings) {
        List<String> candidates = new ArrayList<>();
        candidates.add(TENANT_ID_ANNOTATION);
        candidates.addAll(TenantKeys.USUAL);
        List<TenantKeys.Canonical> canonical = TenantKeys.USUAL.stream().map(TenantKeys.Canonical::of).toList();
        int size = types.size();
        boolean[][] carries = new boolean[candidates.size()][size];
        boolean[] global = new boolean[size];
        String[] simpleNames = new String[size];
        for (int t = 0; t < size; t++) {
            PersistentType type = types.get(t);
            global[t] = globals.covers(type);
            simpleNames[t] = RelaxedNames.canonical(type.simpleName());
            for (PersistentAttribute attribute : type.attributes()) {
                if (attribute.tenantId()) {
                    for (int c = 0; c < candidates.size(); c++) {
                        carries[c][t] = true;
                    }
                }
                for (int c = 1; c < candidates.size(); c++) {
                    if (!carries[c][t] && canonical.get(c - 1).matches(attribute.path(), attribute.association())) {
                        carries[c][t] = true;
                    }
                }
            }
        }
        int best = -1;
        int bestCarriers = 0;
        boolean[] bestEligible = new boolean[0];
        for (int c = 0; c < candidates.size(); c++) {
            String key = candidates.get(c);
            boolean[] eligible = new boolean[size];
            int eligibleCount = 0;
            int carrierCount = 0;
            for (int t = 0; t < size; t++) {
                eligible[t] = !global[t] && (c == 0 || !canonical.get(c - 1).isTenantType(simpleNames[t]));
                if (eligible[t]) {
                    eligibleCount++;
                    if (carries[c][t]) {
                        carrierCount++;
                    }
                }
            }
            boolean strong = c == 0 || TenantKeys.isStrong(key);
            boolean enough = strong
                    ? carrierCount >= 2 && 2 * carrierCount >= eligibleCount
                    : carrierCount >= 3 && 3 * carrierCount >= 2 * eligibleCount;
            if (enough && carrierCount < eligibleCount && carrierCount > bestCarriers) {
                best = c;
                bestCarriers = carrierCount;
                bestEligible = eligible;
            }
        }
        if (best < 0) {
            return;
        }
        String key = candidates.get(best);
        boolean annotation = best == 0;
        int eligibleCount = 0;
        List<String> examples = new ArrayList<>();
        for (int t = 0; t < size; t++) {
            if (bestEligible[t]) {
                eligibleCount++;
                if (carries[best][t] && examples.size() < EXAMPLES) {
                    examples.add(shownType(types.get(t).simpleName()));
                }
            }
        }
        String evidence = String.format(Locale.ROOT, "%d of %d persistent types (e.g. %s) %s", bestCarriers,
                eligibleCount, String.join(", ", examples),
                annotation ? "have an attribute annotated with Hibernate's @TenantId" : "carry " + key);
        for (int t = 0; t < size; t++) {
            if (!bestEligible[t] || carries[best][t]) {
                continue;
            }
            PersistentType type = types.get(t);
            String simple = shownType(type.simpleName());
            String typeName = shownType(type.name());
            findings.add(Finding.of(Severity.WARN, "tenant.inferred-missing-key", typeName)
                    .origin(Origin.of("inferred from the persistent types"))
                    .message("Persistent type " + typeName + " has no " + (annotation ? "@TenantId attribute" : key)
                            + ", but " + evidence + ": " + key + " looks like the tenant key, and " + simple
                            + " may be readable across tenants. No tenant key is configured, so this is a guess.")
                    .remediation((annotation
                            ? "Annotate " + simple + "'s tenant attribute with Hibernate's @TenantId"
                            : "Confirm the tenant key with readiness.tenant.attributes=" + key + " (a type without it"
                                    + " then becomes a NO-GO in staging and production) and add " + key + " to "
                                    + simple)
                            + "; or, if " + simple
                            + " is shared across tenants on purpose, list it in readiness.tenant.global-types or"
                            + " annotate it @CrossTenant(reason = \"...\").")
                    .build());
        }
    }

    /** The configured global type names, matched against a type, its simple name and its supertypes. */
    private static final class Globals {

        private final Set<String> names;

        Globals(Set<String> names) {
            this.names = names;
        }

        boolean covers(PersistentType type) {
            if (type.hasAnnotation(CROSS_TENANT)) {
                return true;
            }
            if (names.isEmpty()) {
                return false;
            }
            if (names.contains(type.name()) || names.contains(type.simpleName())) {
                return true;
            }
            for (String supertype : type.supertypes()) {
                if (names.contains(supertype) || names.contains(PersistentType.simpleName(supertype))) {
                    return true;
                }
            }
            return false;
        }

        static Set<String> knownNames(List<PersistentType> types) {
            Set<String> names = new HashSet<>();
            for (PersistentType type : types) {
                names.add(type.name());
                names.add(type.simpleName());
                for (String supertype : type.supertypes()) {
                    names.add(supertype);
                    names.add(PersistentType.simpleName(supertype));
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return names.stream().collect(Collectors.joining(", ", "Globals[", "]"));
        }
    }
}

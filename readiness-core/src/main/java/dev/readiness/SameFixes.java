package dev.readiness;

import dev.readiness.settings.RelaxedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One finding per thing to fix. Two gates may judge one value from two sides: a Stripe test key
 * ({@code sk_test_…}) in production is a test-mode credential ({@code sandbox.test-credential}) and, being the key
 * Stripe's documentation prints, a published default ({@code secrets.published-default}); a database password
 * {@code postgres} is a default credential of its connection ({@code database.default-credentials}) and a published
 * default. Each pair has one fix (put the live credential, or a generated password, in that setting), so the report
 * keeps the finding that says the most about the fix and names the other in its message; the gate that found only
 * the second one no longer counts it.
 *
 * <p>The finding kept is a {@linkplain #KEEPERS connection or mode finding}; the one it covers is a judgement of the
 * same value, on the same key, by the secrets gate ({@link #COVERED}), and only where the keeper is at least as severe,
 * so merging never lowers a verdict. Findings on two keys (a default user and its default password) stay two: each
 * names a line to change. A covered finding that is waived itself stays as it is, so its waiver covers what it always
 * covered; a waived keeper takes the findings it covers with it, since the waiver accepts the one fix whichever gate
 * saw it (a blank data source password is {@code database.default-credentials} in the build and also
 * {@code secrets.blank} at boot, where Spring resolved it: one waiver of the first covers both places). Stateless.
 */
final class SameFixes {

    /** Findings that say which value to replace and with what, for a connection or a provider's mode. */
    static final Set<String> KEEPERS = Set.of("database.default-credentials", "sandbox.test-credential");

    /** The secrets gate's judgements of a value whose fix is to replace the value. */
    static final Set<String> COVERED = Set.of("secrets.published-default", "secrets.likely-published",
            "secrets.guessable", "secrets.too-weak", "secrets.recipe-default", "secrets.shared-default",
            "secrets.blank", "secrets.placeholder");

    private SameFixes() {
    }

    /**
     * Merges the findings of one fix, replacing results in place.
     *
     * @param results the gates' results, waivers applied
     */
    static void merge(List<GateResult> results) {
        Map<String, Finding> keepers = new LinkedHashMap<>();
        for (GateResult result : results) {
            for (Finding finding : result.findings()) {
                if (KEEPERS.contains(finding.code())) {
                    keepers.putIfAbsent(RelaxedNames.canonical(finding.subject()), finding);
                }
            }
        }
        if (keepers.isEmpty()) {
            return;
        }
        Map<Finding, List<Finding>> covered = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            GateResult result = results.get(i);
            List<Finding> kept = new ArrayList<>(result.findings().size());
            for (Finding finding : result.findings()) {
                @org.jspecify.annotations.Nullable Finding keeper = COVERED.contains(finding.code()) && !finding.waived()
                        ? keepers.get(RelaxedNames.canonical(finding.subject())) : null;
                if (keeper != null && keeper.severity().compareTo(finding.severity()) >= 0) {
                    covered.computeIfAbsent(keeper, k -> new ArrayList<>(1)).add(finding);
                }
                else {
                    kept.add(finding);
                }
            }
            if (kept.size() != result.findings().size()) {
                results.set(i, GateResult.of(result.id(), result.description(), result.durationMillis(), kept));
            }
        }
        for (int i = 0; i < results.size(); i++) {
            GateResult result = results.get(i);
            List<Finding> findings = new ArrayList<>(result.findings().size());
            boolean changed = false;
            for (Finding finding : result.findings()) {
                @org.jspecify.annotations.Nullable List<Finding> others = covered.get(finding);
                if (others != null) {
                    findings.add(naming(finding, others));
                    covered.remove(finding);
                    changed = true;
                }
                else {
                    findings.add(finding);
                }
            }
            if (changed) {
                results.set(i, GateResult.of(result.id(), result.description(), result.durationMillis(), findings));
            }
        }
    }

    /** The keeper, its message naming the codes of the secrets gate's findings it covers. */
    private static Finding naming(Finding keeper, List<Finding> others) {
        List<String> codes = new ArrayList<>(others.size());
        for (Finding other : others) {
            if (!codes.contains(other.code())) {
                codes.add(other.code());
            }
        }
        String message = keeper.message().isEmpty() || keeper.message().endsWith(".") ? keeper.message()
                : keeper.message() + ".";
        Finding named = keeper.toBuilder().message(message + " The secrets gate found the same value ("
                + String.join(", ", codes) + "); one fix covers both.").build();
        return keeper.waived() ? named.asWaived() : named;
    }
}

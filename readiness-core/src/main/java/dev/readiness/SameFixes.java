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
 * same value by the secrets gate ({@link #COVERED}), on the same key, or on the password of the user key a
 * default-credentials finding names ({@code spring.rabbitmq.username} and {@code spring.rabbitmq.password}, reported
 * once, on the password key, the value to replace, naming both). Only findings that are not waived are merged, so a waiver covers what it
 * always covered. Stateless.
 */
final class SameFixes {

    /** Findings that say which value to replace and with what, for a connection or a provider's mode. */
    static final Set<String> KEEPERS = Set.of("database.default-credentials", "sandbox.test-credential");

    /** The secrets gate's judgements of a value whose fix is to replace the value. */
    static final Set<String> COVERED = Set.of("secrets.published-default", "secrets.likely-published",
            "secrets.guessable", "secrets.too-weak", "secrets.recipe-default", "secrets.shared-default",
            "secrets.blank", "secrets.placeholder");

    private static final Set<String> USER_WORDS = Set.of("user", "username", "usr", "login", "uid");

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "pass", "passwd", "pwd");

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
                if (KEEPERS.contains(finding.code()) && !finding.waived()) {
                    keepers.putIfAbsent(RelaxedNames.canonical(finding.subject()), finding);
                    for (String password : passwordsOf(finding)) {
                        keepers.putIfAbsent(password, finding);
                    }
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
                if (keeper != null) {
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

    /**
     * The keeper, its message naming what else it covers. When the other finding is on the password of the user key
     * the keeper names, the one finding is reported on the password key (the value to replace, where the file's line
     * is), and its message names the user key too.
     */
    private static Finding naming(Finding keeper, List<Finding> others) {
        List<String> codes = new ArrayList<>(others.size());
        @org.jspecify.annotations.Nullable Finding password = null;
        for (Finding other : others) {
            if (!codes.contains(other.code())) {
                codes.add(other.code());
            }
            if (password == null && !RelaxedNames.matches(other.subject(), keeper.subject())) {
                password = other;
            }
        }
        String message = keeper.message().isEmpty() || keeper.message().endsWith(".") ? keeper.message()
                : keeper.message() + ".";
        if (password == null) {
            return keeper.toBuilder().message(message + " The secrets gate found the same value ("
                    + String.join(", ", codes) + "); one fix covers both.").build();
        }
        Finding.Builder pair = Finding.of(keeper.severity(), keeper.code(), password.subject())
                .origin(password.origin())
                .message(message + " " + password.subject() + " holds the password of the same credentials (the"
                        + " secrets gate: " + String.join(", ", codes) + "), and " + keeper.subject() + " the user;"
                        + " one fix covers both keys.")
                .remediation(keeper.remediation());
        keeper.documentation().ifPresent(pair::documentation);
        return pair.build();
    }

    /**
     * The canonical password keys beside the user key a default-credentials finding names
     * ({@code spring.rabbitmq.username} → {@code spring.rabbitmq.password}, {@code …pass}, …), or none.
     */
    private static List<String> passwordsOf(Finding finding) {
        if (!finding.code().equals("database.default-credentials")) {
            return List.of();
        }
        List<String> words = RelaxedNames.words(finding.subject());
        if (words.isEmpty() || !USER_WORDS.contains(words.get(words.size() - 1))) {
            return List.of();
        }
        String prefix = String.join(".", words.subList(0, words.size() - 1));
        List<String> keys = new ArrayList<>(PASSWORD_WORDS.size());
        for (String password : PASSWORD_WORDS) {
            keys.add(RelaxedNames.canonical(prefix + "." + password));
        }
        return keys;
    }
}

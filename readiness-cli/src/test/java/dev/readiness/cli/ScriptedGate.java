package dev.readiness.cli;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * A user gate for tests, registered through ServiceLoader in the test classes: every setting whose key starts with
 * {@code SCRIPTED_} and whose value names a severity ({@code INFO}, {@code WARN}, {@code NO_GO}) yields a
 * {@code scripted.finding} of that severity about it, so tests decide the verdict without depending on the built-in
 * gates. A setting {@code SCRIPTED_THROW} makes the gate throw an exception quoting that setting's value, which the
 * runner must withhold.
 */
public final class ScriptedGate implements Gate {

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String description() {
        return "Findings scripted by SCRIPTED_* settings, for tests";
    }

    @Override
    public Outcome check(GateContext context) {
        context.settings().get("SCRIPTED_THROW").ifPresent(setting -> {
            throw new IllegalStateException("cannot handle " + setting.value());
        });
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            if (setting.key().startsWith("SCRIPTED_")) {
                Severity severity = Severity.parse(setting.value());
                findings.add(Finding.of(severity, "scripted.finding", setting)
                        .message(setting.key() + " asks for a " + severity.displayName() + " finding.")
                        .remediation("Remove " + setting.key() + " from the file.")
                        .build());
            }
        }
        return Outcome.of(findings);
    }
}

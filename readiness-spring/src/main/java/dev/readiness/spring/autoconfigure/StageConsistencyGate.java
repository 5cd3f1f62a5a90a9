package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A stage declared as development or test while the configuration clearly looks like production or staging is
 * itself a NO-GO ({@value #CODE}), and enforces even in those stages, so that a misconfigured stage cannot switch
 * the safety off. Signals: an active profile naming production or staging, a stage variable ({@code APP_ENV},
 * {@code ENVIRONMENT}, ...) naming one, or a live payment key ({@code sk_live_}, {@code rk_live_},
 * {@code pk_live_}, {@code rzp_live_}) in any setting. Reports keys, origins and the public prefix class only.
 */
final class StageConsistencyGate implements Gate {

    /** The gate's id. */
    static final String ID = "stage";

    /** The finding code. */
    static final String CODE = "stage.mismatch";

    private static final List<String> LIVE_PREFIXES = List.of("sk_live_", "rk_live_", "pk_live_", "rzp_live_");

    private final StageResolution resolution;

    private final Set<String> activeProfiles;

    StageConsistencyGate(StageResolution resolution, Set<String> activeProfiles) {
        this.resolution = resolution;
        this.activeProfiles = Set.copyOf(activeProfiles);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The declared stage agrees with the configuration";
    }

    @Override
    public Outcome check(GateContext context) {
        Stage stage = context.stage();
        if (stage.enforcesByDefault()) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        for (String profile : activeProfiles) {
            Optional<Stage> named = StageResolution.stageOfProfile(profile);
            if (named.isPresent() && named.get().enforcesByDefault()) {
                findings.add(finding(stage, "spring.profiles.active", Origin.of("active profile '" + profile + "'"),
                        "the active profile '" + profile + "' says " + named.get().id()));
            }
        }
        for (String variable : StageResolution.STAGE_VARIABLES) {
            Optional<Setting> found = context.settings().get(variable);
            if (found.isPresent() && found.get().key().equals(variable)) {
                Setting setting = found.get();
                Optional<Stage> named = Stage.fromAlias(setting.value());
                if (named.isPresent() && named.get().enforcesByDefault()) {
                    findings.add(finding(stage, setting.key(), setting.origin(),
                            setting.key() + " says " + named.get().id()));
                }
            }
        }
        for (Setting setting : context.settings()) {
            String prefix = SecretShape.publicPrefix(setting.value()).orElse("");
            if (LIVE_PREFIXES.contains(prefix)) {
                findings.add(finding(stage, setting.key(), setting.origin(),
                        setting.key() + " holds a live payment key (" + prefix + "…)"));
            }
        }
        return Outcome.of(findings);
    }

    private Finding finding(Stage stage, String subject, Origin origin, String signal) {
        return Finding.of(Severity.NO_GO, CODE, subject)
                .origin(origin)
                .message(String.format(Locale.ROOT, "The stage is %s (from %s), but %s: a misconfigured stage must"
                        + " not switch the gates' enforcement off.", stage.id(), resolution.source(), signal))
                .remediation("Set readiness.stage to the stage this really is (production or staging), or remove"
                        + " the production signal; if it is deliberate, waive " + CODE + " for " + subject
                        + " with a reason and an expiry date.")
                .build();
    }
}

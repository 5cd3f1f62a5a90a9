package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings that become required once another one is configured: a payment provider's webhook signing secret once
 * its API key is set ({@code STRIPE_SECRET_KEY} ⇒ {@code STRIPE_WEBHOOK_SECRET}), a commerce platform's HMAC secret
 * once its app is configured. A provider that is configured but cannot verify its webhooks accepts forged events.
 * Immutable and thread-safe.
 *
 * <p>Finding {@code <id>.missing} on the required key (absent or blank while its trigger is set): NO-GO in staging
 * and production; development and test are not judged.
 */
public final class RequiredWithGate implements Gate {

    private final String id;
    private final List<Rule> rules;

    private RequiredWithGate(String id, List<Rule> rules) {
        this.id = id;
        this.rules = List.copyOf(rules);
    }

    private record Rule(String trigger, String required, String why) {
    }

    /**
     * Starts a gate.
     *
     * @param id the gate id, e.g. {@code rappit.webhooks}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "settings that a configured provider needs are present";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.STAGING && context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            String trigger = rule.trigger();
            String required = rule.required();
            Optional<Setting> triggerSetting = context.settings().get(trigger).filter(s -> !s.value().isBlank());
            if (triggerSetting.isEmpty()) {
                continue;
            }
            Optional<Setting> requiredSetting = context.settings().get(required);
            if (requiredSetting.isPresent() && !requiredSetting.get().value().isBlank()) {
                continue;
            }
            Finding.Builder finding = requiredSetting
                    .map(setting -> Finding.noGo(id + ".missing", setting))
                    .orElseGet(() -> Finding.of(Severity.NO_GO, id + ".missing", required)
                            .origin(triggerSetting.get().origin()));
            findings.add(finding
                    .message(required + " is " + (requiredSetting.isPresent() ? "blank" : "not set") + " although "
                            + triggerSetting.get().key() + " is configured: " + rule.why())
                    .remediation("set " + required + " from the provider's dashboard, or remove "
                            + triggerSetting.get().key() + " if the provider is not used")
                    .build());
        }
        return Outcome.of(findings);
    }

    /**
     * Builds a {@link RequiredWithGate}; not thread-safe.
     */
    public static final class Builder {

        private final String id;
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Declares that {@code required} must be set whenever {@code trigger} is.
         *
         * @param trigger the key whose presence means the provider is configured
         * @param required the key that must then be set
         * @param why what goes wrong without it, for the message
         * @return this builder
         */
        public Builder whenSet(String trigger, String required, String why) {
            rules.add(new Rule(Objects.requireNonNull(trigger, "trigger"), Objects.requireNonNull(required,
                    "required"), Objects.requireNonNull(why, "why")));
            return this;
        }

        /**
         * Builds the gate.
         *
         * @return the gate
         */
        public RequiredWithGate build() {
            if (rules.isEmpty()) {
                throw new IllegalStateException("declare at least one rule with whenSet(trigger, required, why)");
            }
            return new RequiredWithGate(id, rules);
        }
    }
}

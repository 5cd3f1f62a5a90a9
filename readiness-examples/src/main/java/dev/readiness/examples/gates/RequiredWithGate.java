package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, String> requiredByTrigger;

    private RequiredWithGate(String id, Map<String, String> requiredByTrigger) {
        this.id = id;
        this.requiredByTrigger = Collections.unmodifiableMap(new LinkedHashMap<>(requiredByTrigger));
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
        return "secrets that a configured provider needs are present " + requiredByTrigger;
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.STAGING && context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        requiredByTrigger.forEach((trigger, required) -> {
            Optional<Setting> triggerSetting = context.settings().get(trigger).filter(s -> !s.value().isBlank());
            if (triggerSetting.isEmpty()) {
                return;
            }
            Optional<Setting> requiredSetting = context.settings().get(required);
            if (requiredSetting.isPresent() && !requiredSetting.get().value().isBlank()) {
                return;
            }
            Finding.Builder finding = requiredSetting
                    .map(setting -> Finding.noGo(id + ".missing", setting))
                    .orElseGet(() -> Finding.of(Severity.NO_GO, id + ".missing", required)
                            .origin(triggerSetting.get().origin()));
            findings.add(finding
                    .message(required + " is " + (requiredSetting.isPresent() ? "blank" : "not set") + " although "
                            + triggerSetting.get().key() + " is configured: incoming webhooks cannot be verified")
                    .remediation("set " + required + " to the signing secret shown in the provider's dashboard, or "
                            + "remove " + triggerSetting.get().key() + " if the provider is not used")
                    .build());
        });
        return Outcome.of(findings);
    }

    /**
     * Builds a {@link RequiredWithGate}; not thread-safe.
     */
    public static final class Builder {

        private final String id;
        private final Map<String, String> requiredByTrigger = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Declares that {@code required} must be set whenever {@code trigger} is.
         *
         * @param trigger the key whose presence means the provider is configured
         * @param required the key that must then be set
         * @return this builder
         */
        public Builder whenSet(String trigger, String required) {
            requiredByTrigger.put(Objects.requireNonNull(trigger, "trigger"), Objects.requireNonNull(required,
                    "required"));
            return this;
        }

        /**
         * Builds the gate.
         *
         * @return the gate
         */
        public RequiredWithGate build() {
            if (requiredByTrigger.isEmpty()) {
                throw new IllegalStateException("declare at least one rule with whenSet(trigger, required)");
            }
            return new RequiredWithGate(id, requiredByTrigger);
        }
    }
}

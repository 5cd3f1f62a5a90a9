package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one check learnt about each provider's environment (a test key here, a live host there), so that one
 * provider configured for both environments is reported once as {@code sandbox.inconsistent}. Not thread-safe:
 * one instance per check.
 */
final class ProviderSignals {

    private record Signal(Provider provider, Setting setting, boolean test, String what) {
    }

    private final Map<String, List<Signal>> signals = new LinkedHashMap<>();

    void add(Provider provider, Setting setting, boolean test, String what) {
        List<Signal> list = signals.computeIfAbsent(provider.id(), k -> new ArrayList<>(2));
        if (!list.isEmpty()) {
            Signal last = list.get(list.size() - 1);
            if (last.setting() == setting && last.test() == test) {
                return;
            }
        }
        list.add(new Signal(provider, setting, test, what));
    }

    /** The settings that named a payment provider's sandbox endpoint, in the order met; often none. */
    List<Setting> paymentSandboxEndpoints() {
        List<Setting> found = List.of();
        for (List<Signal> providerSignals : signals.values()) {
            for (Signal signal : providerSignals) {
                if (signal.test() && signal.provider().handlesPayments() && signal.what().endsWith("endpoint")) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>(2);
                    }
                    found.add(signal.setting());
                }
            }
        }
        return found;
    }

    /**
     * Adds one {@code sandbox.inconsistent} for each provider with signals of both environments. A key whose whole
     * value comes from another signal's key ({@code afrigest.paypal.base-url: ${PAYPAL_BASE_URL}}) is that key's one
     * value: it is refused when the key it references is, and the message names the value once, where it is written
     * (forty-eighth pass: the newcomer's one sandbox endpoint was a second NO-GO, and the message listed each value
     * twice).
     *
     * @param findings the gate's findings so far, to which the inconsistencies are added
     * @param references the references among the check's settings
     */
    void reportInconsistencies(List<Finding> findings, ReferencedValues references) {
        Set<String> refused = null; // the subjects of the NO-GO findings so far, read with the first such provider
        for (List<Signal> providerSignals : signals.values()) {
            if (!bothEnvironments(providerSignals)) {
                continue;
            }
            List<Signal> test = new ArrayList<>(providerSignals.size());
            List<Signal> live = new ArrayList<>(providerSignals.size());
            for (Signal signal : providerSignals) {
                if (passedOn(signal, providerSignals, references) == null) {
                    (signal.test() ? test : live).add(signal);
                }
            }
            if (test.isEmpty() || live.isEmpty()) {
                continue;
            }
            Provider provider = providerSignals.get(0).provider();
            if (refused == null) {
                refused = new HashSet<>();
                for (Finding finding : findings) {
                    if (finding.severity() == Severity.NO_GO) {
                        refused.add(finding.subject());
                    }
                }
            }
            Signal unreported = firstWithoutNoGo(test, refused);
            Signal subject = unreported != null ? unreported : firstCredential(live);
            Finding inconsistent = Finding.of(unreported != null ? Severity.NO_GO : Severity.INFO,
                            "sandbox.inconsistent", subject.setting())
                    .message(SandboxFindings.format("%s is configured for both environments: %s; but %s.",
                            provider.name(), describe(live), describe(test)))
                    .remediation(SandboxFindings.format("Use %s's live credentials, endpoints and mode together.",
                            provider.name()))
                    .build();
            findings.add(inconsistent);
            if (inconsistent.severity() == Severity.NO_GO) {
                refused.add(inconsistent.subject());
            }
        }
    }

    /**
     * The signal of the same provider and side whose setting this signal's setting takes its whole value from, or
     * {@code null}: {@code afrigest.paypal.env: ${PAYPAL_ENV:live}} beside {@code PAYPAL_ENV=live} is one switch.
     */
    private static @Nullable Signal passedOn(Signal signal, List<Signal> providerSignals, ReferencedValues references) {
        if (providerSignals.size() < 2 || signal.setting().origin().description().indexOf(" via ") < 0) {
            return null;
        }
        String value = signal.setting().value().strip();
        for (Setting defining : references.referenced(signal.setting())) {
            if (!defining.value().strip().equals(value)) {
                continue;
            }
            for (Signal other : providerSignals) {
                if (other != signal && other.test() == signal.test() && other.setting().key().equals(defining.key())) {
                    return other;
                }
            }
        }
        return null;
    }

    /** Whether a provider's signals are of both environments: most providers of a check have one side only. */
    private static boolean bothEnvironments(List<Signal> providerSignals) {
        boolean test = false;
        boolean live = false;
        for (Signal signal : providerSignals) {
            test |= signal.test();
            live |= !signal.test();
        }
        return test && live;
    }

    /** The first live-side signal that is a credential, else the first live-side signal. */
    private static Signal firstCredential(List<Signal> live) {
        for (Signal signal : live) {
            if (signal.what().contains("credential")) {
                return signal;
            }
        }
        return live.get(0);
    }

    /**
     * The first test-side setting that no finding of this check refuses yet: the inconsistency is its problem. When
     * every test-side setting is already refused on its own, the live side is the right one and the inconsistency is
     * context, reported as INFO on the live setting rather than blaming it.
     */
    private static @Nullable Signal firstWithoutNoGo(List<Signal> test, Set<String> refused) {
        for (Signal signal : test) {
            if (!refused.contains(signal.setting().key())) {
                return signal;
            }
        }
        return null;
    }

    private static String describe(List<Signal> signals) {
        StringBuilder described = new StringBuilder();
        for (int i = 0; i < signals.size() && i < 3; i++) {
            Signal signal = signals.get(i);
            described.append(i == 0 ? "" : ", ").append(signal.setting().key()).append(" is ").append(signal.what());
        }
        return signals.size() > 3 ? described + " and " + (signals.size() - 3) + " more" : described.toString();
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    void reportInconsistencies(List<Finding> findings) {
        for (List<Signal> providerSignals : signals.values()) {
            List<Signal> test = providerSignals.stream().filter(Signal::test).toList();
            List<Signal> live = providerSignals.stream().filter(signal -> !signal.test()).toList();
            if (test.isEmpty() || live.isEmpty()) {
                continue;
            }
            Provider provider = providerSignals.get(0).provider();
            Signal unreported = firstWithoutNoGo(test, findings);
            Signal subject = unreported != null ? unreported
                    : live.stream().filter(signal -> signal.what().contains("credential")).findFirst().orElse(live.get(0));
            findings.add(Finding.of(unreported != null ? Severity.NO_GO : Severity.INFO, "sandbox.inconsistent",
                            subject.setting())
                    .message(SandboxFindings.format("%s is configured for both environments: %s; but %s.",
                            provider.name(), describe(live), describe(test)))
                    .remediation(SandboxFindings.format("Use %s's live credentials, endpoints and mode together.",
                            provider.name()))
                    .build());
        }
    }

    /**
     * The first test-side setting that no finding of this check refuses yet: the inconsistency is its problem. When
     * every test-side setting is already refused on its own, the live side is the right one and the inconsistency is
     * context, reported as INFO on the live setting rather than blaming it.
     */
    private static @Nullable Signal firstWithoutNoGo(List<Signal> test, List<Finding> findings) {
        for (Signal signal : test) {
            boolean refused = false;
            for (Finding finding : findings) {
                if (finding.severity() == Severity.NO_GO && finding.subject().equals(signal.setting().key())) {
                    refused = true;
                    break;
                }
            }
            if (!refused) {
                return signal;
            }
        }
        return null;
    }

    private static String describe(List<Signal> signals) {
        String described = signals.stream().limit(3).map(signal -> signal.setting().key() + " is " + signal.what())
                .collect(Collectors.joining(", "));
        return signals.size() > 3 ? described + " and " + (signals.size() - 3) + " more" : described;
    }
}

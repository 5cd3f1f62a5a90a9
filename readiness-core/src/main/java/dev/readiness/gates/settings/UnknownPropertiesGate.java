package dev.readiness.gates.settings;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.ReadinessKeys;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code readiness.*} key that no readiness property has is a WARN naming the closest known key ("did you mean
 * {@code readiness.sandbox.allowed-hosts}?"), so that a typo such as {@code readiness.sandbox.allowed-host} is not
 * silently ignored. Keys are compared in Spring's relaxed form ({@code READINESS_SANDBOX_ALLOWED_HOSTS} is
 * {@code readiness.sandbox.allowed-hosts}), list indexes removed. Keys under a namespace readiness does not own
 * ({@code readiness.acme.*}, read by a gate of your own) are reported only when they are one or two letters away
 * from a known key. Built in (registered for {@link java.util.ServiceLoader}), so the Spring adapter, the CLI, the
 * Maven plugin and the test kit all report a typo in the files they judge. Immutable and thread-safe.
 */
public final class UnknownPropertiesGate implements Gate {

    /** The gate's id. */
    public static final String ID = "readiness.properties";

    /** The finding code. */
    public static final String CODE = "properties.unknown";

    /** Every property readiness reads, in the documented spelling; list properties without their index. */
    public static final List<String> KNOWN = ReadinessKeys.KNOWN;

    private static final int MAX_FINDINGS = 50;

    /** The gate; it reads only the {@code readiness.*} keys of the settings. */
    public UnknownPropertiesGate() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every readiness.* property is one readiness knows";
    }

    @Override
    public Outcome check(GateContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            if (!setting.isPolicy() || findings.size() >= MAX_FINDINGS) {
                continue;
            }
            String key = setting.key();
            Optional<String> closest = ReadinessKeys.typoOf(key);
            if (closest.isPresent()) {
                findings.add(Finding.of(Severity.WARN, CODE, key).origin(setting.origin())
                        .message(key + " is not a readiness property and is ignored; did you mean " + closest.get()
                                + "?")
                        .remediation("Rename it to " + closest.get() + ", or remove it. The properties are listed in"
                                + " docs/reference/spring.md and completed by your IDE.")
                        .build());
            }
        }
        return Outcome.of(findings);
    }
}

package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A boolean switch that must have one position in production: test-only endpoints off, rate limiting on.
 * Immutable and thread-safe.
 *
 * <p>Findings in production (other stages are not judged):
 * <ul>
 *   <li>{@code <id>.<code>}: the switch is in the wrong position, or absent while its default is the wrong one:
 *       NO-GO.</li>
 *   <li>{@code <id>.not-boolean}: the value is not {@code true}/{@code false} (nor yes/no, on/off, 1/0): NO-GO,
 *       since the application's reading of it is anyone's guess.</li>
 * </ul>
 */
public final class ProductionSwitchGate implements Gate {

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1", "enabled");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "disabled");

    private final String id;
    private final String key;
    private final boolean requiredInProduction;
    private final boolean defaultWhenAbsent;
    private final String code;
    private final String why;

    /**
     * A gate for one switch.
     *
     * @param id the gate id, e.g. {@code rappit.oauth-stubs}
     * @param key the switch's key, e.g. {@code rappit.oauth.test-endpoints}
     * @param requiredInProduction the position production needs
     * @param defaultWhenAbsent the position the application assumes when the key is absent
     * @param code the last part of the finding code, e.g. {@code enabled}
     * @param why what goes wrong in the other position, for the message
     */
    public ProductionSwitchGate(String id, String key, boolean requiredInProduction, boolean defaultWhenAbsent,
            String code, String why) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.requiredInProduction = requiredInProduction;
        this.defaultWhenAbsent = defaultWhenAbsent;
        this.code = Objects.requireNonNull(code, "code");
        this.why = Objects.requireNonNull(why, "why");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return key + " is " + requiredInProduction + " in production";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        Optional<Setting> found = context.settings().get(key);
        if (found.isPresent() && found.get().isDeferred()) {
            return Outcome.go();   // supplied at run time (`${X}` nothing given defines): not what will run
        }
        if (found.isEmpty() || found.get().value().isBlank()) {
            if (defaultWhenAbsent == requiredInProduction) {
                return Outcome.go();
            }
            return Outcome.of(Finding.of(Severity.NO_GO, id + "." + code, key)
                    .message("is not set, and the application then defaults to " + defaultWhenAbsent + ": " + why)
                    .remediation("set " + key + "=" + requiredInProduction + " in the production configuration")
                    .build());
        }
        Setting setting = found.get();
        String value = setting.value().trim().toLowerCase(Locale.ROOT);
        boolean on;
        if (TRUE.contains(value)) {
            on = true;
        } else if (FALSE.contains(value)) {
            on = false;
        } else {
            return Outcome.of(Finding.noGo(id + ".not-boolean", setting)
                    .message("is not a boolean (true or false)")
                    .remediation("set " + setting.key() + "=" + requiredInProduction)
                    .build());
        }
        if (on == requiredInProduction) {
            return Outcome.go();
        }
        return Outcome.of(Finding.noGo(id + "." + code, setting)
                .message("is " + on + " in production: " + why)
                .remediation("set " + setting.key() + "=" + requiredInProduction + " in the production configuration")
                .build());
    }
}

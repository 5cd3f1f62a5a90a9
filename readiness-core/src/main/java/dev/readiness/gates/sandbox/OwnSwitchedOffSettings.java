package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting whose own switch, named after it, is off: EMQX's {@code listener.ws.external.check_origins =
 * http://localhost:18083, …} beside {@code listener.ws.external.check_origin_enable = false} (the shipped
 * {@code emqx.conf}: the origin list is not consulted). The switch is the setting's last word, or that word without
 * its plural {@code s}, followed by {@code _enable}, {@code _enabled}, {@code -enable} or {@code -enabled}, in the same
 * section, holding a plain {@code false}, {@code no}, {@code off} or {@code 0}; the setting then configures nothing
 * and the address findings added for it are dropped. A switch of another name, or one that is on, leaves them; so
 * does one that is off only through a variable's default or a reference, and one beside a {@code _disabled} switch
 * of the same setting that does not say {@code true} (hostile testing, thirty-fifth pass).
 * Whether the snapshot holds any switch off that ends in {@code enable} or {@code enabled} is read once per snapshot, so
 * a configuration without one (most) builds no candidate key for its findings. Stateless.
 */
final class OwnSwitchedOffSettings {

    private static final List<String> SUFFIXES = List.of("_enable", "_enabled", "-enable", "-enabled");
    private static final List<String> OFF = List.of("false", "no", "off", "0");
    private static final List<String> DISABLED_SUFFIXES = List.of("_disable", "_disabled", "-disable", "-disabled");
    private static final List<String> ON = List.of("true", "yes", "on", "1");

    private OwnSwitchedOffSettings() {
    }

    /**
     * Drops the findings added for a setting from {@code from} on when its own switch is off.
     *
     * @param settings the configuration
     * @param setting the setting just inspected
     * @param findings the gate's findings
     * @param from the index of the first finding added for the setting
     */
    static void drop(Settings settings, Setting setting, List<Finding> findings, int from) {
        if (!SnapshotMemo.of(settings).whole(OwnSwitchedOffSettings.class, () -> holdsSwitchOff(settings))) {
            return;
        }
        String key = setting.key();
        int dot = key.lastIndexOf('.');
        String name = key.substring(dot + 1);
        if (name.length() < 3 || name.indexOf('_') < 0 && name.indexOf('-') < 0) {
            return;
        }
        String prefix = key.substring(0, dot + 1);
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        for (String stem : name.equals(singular) ? List.of(name) : List.of(name, singular)) {
            for (String suffix : SUFFIXES) {
                Optional<Setting> own = settings.get(prefix + stem + suffix);
                if (own.isPresent() && OFF.contains(own.get().value().trim().toLowerCase(Locale.ROOT))
                        && offAsWritten(own.get()) && !disabledSaysOn(settings, prefix + stem)) {
                    findings.subList(from, findings.size()).clear();
                    return;
                }
            }
        }
    }

    /**
     * Whether the switch says off in the file itself, not through a variable's default ({@code ${WEBHOOK_ON:false}}),
     * an unresolved reference or a deferred look-up, which the deploy turns on by setting one variable (hostile
     * testing, thirty-fifth pass: such a switch hid a template address).
     */
    private static boolean offAsWritten(Setting own) {
        return !own.isDeferred() && own.unresolvedReferences().isEmpty()
                && !own.origin().description().contains(" via the default of ");
    }

    /** Whether a {@code _disabled}/{@code _disable} switch of the same setting is there and says anything but on. */
    private static boolean disabledSaysOn(Settings settings, String stem) {
        for (String suffix : DISABLED_SUFFIXES) {
            Optional<Setting> disabled = settings.get(stem + suffix);
            if (disabled.isPresent() && !ON.contains(disabled.get().value().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some setting's key ends in {@code enable} or {@code enabled}, in any case, and its value says off. */
    private static Boolean holdsSwitchOff(Settings settings) {
        for (Setting setting : settings) {
            String key = setting.key();
            if ((AsciiCase.endsWith(key, "enable") || AsciiCase.endsWith(key, "enabled"))
                    && setting.value().length() <= 16 && OFF.contains(setting.value().trim().toLowerCase(Locale.ROOT))) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}

package dev.readiness;

import dev.readiness.settings.Origin;
import dev.readiness.settings.ReadinessKeys;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the exemptions a configuration declares, so that none is silent: gates excluded
 * ({@code readiness.exclude-gates}), keys or types excluded from a gate ({@code readiness.*.exclude-keys},
 * {@code readiness.tenant.global-types}), allow-lists ({@code readiness.*.allowed-hosts}) and checks switched off
 * ({@code readiness.*.enabled=false}, {@code readiness.*.disable*}, {@code readiness.*.skip*}), in every relaxed
 * spelling ({@code READINESS_SANDBOX_EXCLUDE_KEYS}). Each becomes an INFO finding of the pseudo-gate
 * {@value Readiness#EXEMPTIONS_GATE_ID} naming the setting and where it was set.
 */
final class Exemptions {

    private static final String EXCLUDE_GATES = "readiness.exclude-gates";

    /** Entries of one list shown in a message; the rest are counted. */
    private static final int SHOWN_ENTRIES = 20;

    /** Characters of one entry shown in a message. */
    private static final int SHOWN_ENTRY_LENGTH = 80;

    private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "disabled", "never");

    private Exemptions() {
    }

    /** The gates to exclude, by id, with the origin of the setting naming each. */
    static Map<String, Origin> excludedGates(Settings settings) {
        Map<String, Origin> excluded = new LinkedHashMap<>();
        for (Setting gate : settings.listItems(EXCLUDE_GATES)) {
            excluded.putIfAbsent(gate.value(), gate.origin());
        }
        return excluded;
    }

    /** Whether a gate id may be excluded: the stage check and the runner's pseudo-gates may not. */
    static boolean excludable(String id) {
        return !id.equals(Readiness.STAGE_GATE_ID) && !id.startsWith("gate.") && !id.startsWith("readiness.");
    }

    /** The exemptions other than excluded gates that the settings declare. */
    static List<Finding> declared(Settings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : settings.withPrefix("readiness")) {
            if (!setting.isPolicy() || setting.value().isBlank() || isExcludeGates(setting)
                    || ReadinessKeys.typoOf(setting.key()).isPresent()) {
                continue;
            }
            List<String> words = RelaxedNames.words(setting.key());
            if (words.isEmpty() || !words.get(0).equals("readiness")) {
                continue;
            }
            String gate = words.size() > 2 ? words.get(1) : "every";
            String value = setting.value().strip().toLowerCase(Locale.ROOT);
            if (words.contains("exclude") || words.contains("excluded") || words.contains("global")) {
                findings.add(exemption("exemption.excluded", setting, String.format(Locale.ROOT,
                        "%s exempts from the %s gate: %s. What it names is not judged.",
                        shown(setting.key()), gate, list(setting.value()))));
            } else if (words.contains("allowed") || words.contains("allow")) {
                findings.add(exemption("exemption.allowed", setting, String.format(Locale.ROOT,
                        "%s allows in the %s gate: %s. What it names is accepted without a finding.",
                        shown(setting.key()), gate, list(setting.value()))));
                if (words.contains("hosts") && !allNameSomeHost(setting.value())) {
                    findings.add(Finding.of(Severity.WARN, "exemption.refused", setting.key())
                            .origin(setting.origin())
                            .message(shown(setting.key()) + " holds a pattern with no letter or digit (such as *),"
                                    + " which would allow every host; it was not applied, and every host is judged.")
                            .remediation("List the hosts the team knowingly uses, e.g. api.staging-partner.com or"
                                    + " *.sandbox.mybank.com.")
                            .build());
                }
            } else if (words.size() == 2 && words.get(1).equals("enabled") && FALSE.contains(value)) {
                // Reported only where a run happens anyway: the Spring adapter honours the switch and runs nothing,
                // the CLI, the Maven goal, the test kit and Readiness.builder() do not. So the message says what
                // the switch does at boot, never "its checks do not run" under a report of every gate's checks.
                findings.add(exemption("exemption.disabled", setting, String.format(Locale.ROOT,
                        "%s switches every gate off where the Spring adapter starts the service, which would then "
                                + "start unchecked; this run does not honour it and judged the settings all the same.",
                        shown(setting.key()))));
            } else if (words.get(words.size() - 1).equals("enabled") && FALSE.contains(value)) {
                findings.add(exemption("exemption.disabled", setting, String.format(Locale.ROOT,
                        "%s switches off %s; its checks do not run.", shown(setting.key()),
                        words.size() == 2 ? "every gate" : "the " + gate + " check " + String.join(".",
                                words.subList(1, words.size() - 1)))));
            } else if (switchesOff(words) && !FALSE.contains(value)) {
                findings.add(exemption("exemption.disabled", setting, String.format(Locale.ROOT,
                        "%s switches off checks of the %s gate: %s.", shown(setting.key()), gate,
                        list(setting.value()))));
            }
        }
        return findings;
    }

    /** Whether every entry of an allowed-hosts list holds a letter or a digit (hostile testing, thirty-fifth pass). */
    private static boolean allNameSomeHost(String value) {
        for (String entry : entries(value)) {
            String pattern = entry.strip();
            if (!pattern.isEmpty() && pattern.chars().noneMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean switchesOff(List<String> words) {
        for (String word : words) {
            if (word.startsWith("disable") || word.startsWith("skip")) {
                return true;
            }
        }
        return false;
    }

    static Finding excludedGate(String id, Origin origin, boolean refused) {
        if (refused) {
            return Finding.of(Severity.WARN, "exemption.refused", id)
                    .origin(origin)
                    .message("The gate " + shown(id) + " cannot be excluded (the stage check and the runner's own"
                            + " checks always run); it ran.")
                    .remediation("Remove " + shown(id) + " from readiness.exclude-gates.")
                    .build();
        }
        return Finding.of(Severity.INFO, "exemption.gate-excluded", id)
                .origin(origin)
                .message("The gate " + shown(id) + " did not run: readiness.exclude-gates excludes it.")
                .remediation("Remove it from readiness.exclude-gates to judge it again.")
                .build();
    }

    static Finding ignored(Setting setting, String why) {
        return exemption("exemption.policy-ignored", setting,
                shown(setting.key()) + " was ignored: " + why + ".");
    }

    private static Finding exemption(String code, Setting setting, String message) {
        return Finding.of(Severity.INFO, code, setting.key())
                .origin(setting.origin())
                .message(message)
                .remediation("Make sure the exemption is intended; it is reported on every run.")
                .build();
    }

    private static boolean isExcludeGates(Setting setting) {
        String key = setting.canonicalKey();
        return key.startsWith("readinessexcludegates") && key.substring("readinessexcludegates".length())
                .chars().allMatch(Character::isDigit);
    }

    private static List<String> entries(String value) {
        List<String> entries = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static String list(String value) {
        List<String> entries = entries(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(entries.size(), SHOWN_ENTRIES); i++) {
            out.append(i == 0 ? "" : ", ").append(shown(entries.get(i)));
        }
        if (entries.size() > SHOWN_ENTRIES) {
            out.append(String.format(Locale.ROOT, " and %d more", entries.size() - SHOWN_ENTRIES));
        }
        return out.toString();
    }

    static String shown(String entry) {
        return entry.length() <= SHOWN_ENTRY_LENGTH ? entry : entry.substring(0, SHOWN_ENTRY_LENGTH) + "…";
    }
}

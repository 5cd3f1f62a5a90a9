package dev.readiness.gates.settings;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretKeys;
import dev.readiness.internal.DollarsInsideValues;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code settings} gate: keys a service declares it cannot run without. One finding per declared key that is
 * missing ({@code settings.missing}), blank ({@code settings.blank}) or an unresolved placeholder such as
 * {@code ${X}}, {@code <your-key>}, {@code {{x}}} or {@code changeme} ({@code settings.unresolved}).
 *
 * <p>A {@linkplain Setting#isDeferred() deferred} setting (a {@code ${X}} reference no given source defines, a
 * Kubernetes Secret not in the input) is reported once as INFO ({@code settings.deferred}): its value is only known
 * at run time. When such a key is required and its value is an unresolved {@code ${X}}, it is a
 * {@code settings.unresolved} finding instead.
 *
 * <p>A setting read where the service runs (at boot) whose {@code ${X}} nothing defines there
 * ({@link Setting#unresolvedReferences()}) is a {@code settings.unresolved} finding whether the key is required or
 * not: nothing will supply it later, and the service would run with the text {@code ${X}}. It blocks (NO-GO in
 * staging and production) for a required key and for a secret's key, where the literal text would become the
 * credential; for any other key it is a WARN, since an optional integration that is never switched on may leave its
 * reference unset without harm.
 *
 * <p>Keys are declared through the constructor (the Spring adapter passes its property) and in the settings
 * themselves as {@code readiness.settings.required}: a comma-separated list, or the indexed form
 * {@code readiness.settings.required[0]=…} as Spring binds lists; both are added together. Keys match by relaxed
 * names, so a required {@code jwt.secret} is satisfied by the environment variable {@code JWT_SECRET}.
 *
 * <p>A declared key that the {@code secrets} gate judges ({@link SecretKeys}) is left to it when blank or holding a
 * placeholder, so the report shows one finding ({@code secrets.blank}, {@code secrets.placeholder}) for one key; an
 * unresolved {@code ${X}} reference, which the secrets gate does not judge, is still reported here.
 *
 * <p>Severity: NO-GO in staging and production, WARN in development and test (the service will not work there
 * either, but those stages only report). Findings name the key and its origin, never the value. Immutable and
 * thread-safe.
 */
public final class RequiredSettingsGate implements Gate {

    /** A reference with an empty default, {@code ${NAME:}}: not "no default", a blank value where nothing sets it. */
    /** A list index at the end of a key, {@code [4]} or an environment variable's {@code _4}. */
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("(\\[\\d+]|_\\d+)$");

    private static final java.util.regex.Pattern EMPTY_DEFAULT = java.util.regex.Pattern.compile("\\$\\{[^${}:]+:}");

    /** The gate id. */
    public static final String ID = "settings";

    /** The setting that lists required keys, comma-separated or indexed ({@code …required[0]}). */
    public static final String REQUIRED_PROPERTY = "readiness.settings.required";

    private final List<String> requiredKeys;

    /**
     * A gate that reads the required keys from {@code readiness.settings.required} only.
     */
    public RequiredSettingsGate() {
        this(List.of());
    }

    /**
     * A gate with required keys given in code, in addition to any listed in {@code readiness.settings.required}.
     *
     * @param requiredKeys keys in any spelling; blank entries are ignored
     */
    public RequiredSettingsGate(Collection<String> requiredKeys) {
        List<String> keys = new ArrayList<>();
        for (String key : requiredKeys) {
            if (key == null) {
                throw new IllegalArgumentException("requiredKeys must not contain null, but was " + requiredKeys);
            }
            if (!key.isBlank()) {
                keys.add(key.strip());
            }
        }
        this.requiredKeys = List.copyOf(keys);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Declared required settings are present, not blank and not unresolved placeholders";
    }

    /**
     * The keys given to the constructor.
     *
     * @return the keys
     */
    public List<String> requiredKeys() {
        return requiredKeys;
    }

    @Override
    public Outcome check(GateContext context) {
        Settings settings = context.settings();
        SecretKeys secrets = SecretKeys.configuredBy(settings);
        Severity severity = context.stage() == Stage.STAGING || context.stage() == Stage.PRODUCTION
                ? Severity.NO_GO : Severity.WARN;
        List<Finding> findings = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        // session 36 (newcomer): at boot a required REDIS_URL left unset was named twice, settings.missing on the
        // variable and a settings.unresolved WARN on spring.data.redis.url, whose `${REDIS_URL}` it leaves undefined;
        // one thing to fix, so the missing finding names the keys that refer to it and they get no finding of their own
        Map<String, List<String>> referrers = null; // read only once a required key is missing
        for (String key : declaredKeys(settings)) {
            Optional<Setting> found = settings.get(key);
            if (found.isEmpty()) {
                if (referrers == null) {
                    referrers = unresolvedReferrers(settings);
                }
                List<String> referring = referrers.getOrDefault(RelaxedNames.canonical(key), List.of());
                referring.forEach(referrer -> judged.add(RelaxedNames.canonical(referrer)));
                findings.add(Finding.of(severity, "settings.missing", key)
                        .origin(requiredAt(settings, key))
                        .message(String.format(Locale.ROOT,
                                "Required setting %s is not set in any spelling (for example %s or %s)%s.", key,
                                dotted(key), environmentName(key), referredToBy(referring)))
                        .remediation("Set " + key + " (or the environment variable " + environmentName(key)
                                + ") where the service is deployed, or remove it from " + REQUIRED_PROPERTY
                                + " if the service no longer needs it.")
                        .build());
                continue;
            }
            Setting setting = found.get();
            String value = setting.value();
            if (setting.unresolvedReferences().isPresent()) {
                judged.add(setting.canonicalKey());
                findings.add(undefinedReference(severity, setting));
                continue;
            }
            if (setting.isDeferred()) {
                if (value.contains("${")) {
                    judged.add(setting.canonicalKey());
                    findings.add(Finding.of(severity, "settings.unresolved", setting)
                            .message("Required setting " + describe(key, setting) + " refers to "
                                    + setting.suppliedBy().orElse("a value") + ", which none of the given sources"
                                    + (EMPTY_DEFAULT.matcher(value).find()
                                            ? " defines, and its default is empty: where the deploy does not set it,"
                                                    + " the service starts with " + setting.key() + " blank."
                                            : " defines, and has no default."))
                            .remediation("Define what " + setting.key() + at(setting) + " refers to"
                                    + " where the service is deployed (and give it to the check), or give the"
                                    + " reference a default.")
                            .build());
                }
                continue;
            }
            boolean judgedAsSecret = secrets.isSecret(setting.key());
            if (judgedAsSecret && (value.isBlank() || !value.strip().startsWith("${"))) {
                continue;
            }
            if (value.isBlank()) {
                findings.add(Finding.of(severity, "settings.blank", setting)
                        .message("Required setting " + describe(key, setting) + " is blank.")
                        .remediation("Give " + setting.key() + " its real value" + at(setting) + ".")
                        .build());
            } else if (Placeholders.isUnresolved(value)) {
                findings.add(Finding.of(severity, "settings.unresolved", setting)
                        .message("Required setting " + describe(key, setting)
                                + " holds an unresolved placeholder or template value ("
                                + value.strip().length() + " characters), not a real value.")
                        .remediation("Replace the placeholder in " + setting.key() + at(setting)
                                + " with the real value, or make sure the variable it refers to is defined.")
                        .build());
            }
        }
        Map<String, List<String>> referencedBy = deferredVariablesReferenced(settings);
        for (Setting setting : settings) {
            if (setting.unresolvedReferences().isPresent() && judged.add(setting.canonicalKey())
                    && !setting.isPolicy()) {
                boolean secret = secrets.isSecret(setting.key());
                if (!Setting.NAMELESS_REFERENCE.equals(setting.unresolvedReferences().get())) {
                    findings.add(undefinedReference(secret ? severity : Severity.WARN, setting));
                } else if (!secret) {
                    findings.add(namelessReference(severity, setting));
                }
                continue;
            }
            if (setting.isDeferred() && !judged.contains(setting.canonicalKey()) && !setting.isPolicy()
                    && setting.suppliedBy().filter(by -> by.startsWith(DollarsInsideValues.MARKER)).isPresent()) {
                judged.add(setting.canonicalKey());
                if (deferredVariable(settings, setting).isPresent()) {
                    continue; // one finding, on the variable whose line to fix (the key's origin names it)
                }
                findings.add(dollarInsideValue(secrets.isSecret(setting.key())
                        || declaredKeys(settings).stream().anyMatch(key -> RelaxedNames.matches(key, setting.key()))
                        ? severity : Severity.WARN, setting));
                continue;
            }
            if (setting.isDeferred() && (judged.isEmpty() || !judged.contains(setting.canonicalKey()))
                    && !setting.isPolicy() && !referencedBy.containsKey(setting.key())) {
                findings.add(Finding.of(Severity.INFO, "settings.deferred", setting)
                        .message(setting.key() + " is only known at run time: it comes from "
                                + dev.readiness.internal.SecretShapedKeys.redacted(setting.suppliedBy()
                                        .orElse("the deploy"))
                                // session 31 (left by session 30's newcomer): `${ALERT_WEBHOOK_URL:}` said nothing
                                // of what the service runs with when the deploy does not set the variable
                                + (EMPTY_DEFAULT.matcher(setting.value().strip()).matches()
                                        ? ", and its default is empty: where the deploy does not set it, the service"
                                                + " runs with " + setting.key() + " blank"
                                        : "")
                                + ", so no gate judged its whole value"
                                + (writtenBeforeReference(setting.value())
                                        ? " (what is written out before the reference, such as a URL's host, is"
                                                + " judged)." : "."))
                        .remediation(fromObjectNotInInput(setting)
                                // session 29: requiring such a key changes nothing (the manifest says where the
                                // value comes from), so the remediation no longer offers it
                                ? "Give the check the manifest of that Secret or ConfigMap to judge the value; a value"
                                        + " the deploy creates (a sealed or external Secret) is not refused, required"
                                        + " or not."
                                : "Give the check the environment the deploy injects (an env file, the manifests)"
                                        + " to judge it, or list " + setting.key() + " in " + REQUIRED_PROPERTY
                                        + " to make a missing value a NO-GO.")
                        .build());
            }
        }
        return Outcome.of(findings);
    }

    private static final String VIA_VARIABLE = " via environment variable ";

    /**
     * The deferred variable a deferred setting takes its value from ({@code application.yml:97:21 via environment
     * variable JWT_REFRESH_SECRET from deploy/k8s.yaml:46}, the variable itself deferred from the same Secret): the
     * INFO is the key's, whose origin names the variable and its line, and the variable has none of its own (session
     * 29's newcomer read two INFO rows for one Secret key).
     */
    private static Optional<Setting> deferredVariable(Settings settings, Setting setting) {
        String origin = setting.origin().description();
        int via = origin.indexOf(VIA_VARIABLE);
        if (via < 0 || setting.suppliedBy().isEmpty()) {
            return Optional.empty();
        }
        int start = via + VIA_VARIABLE.length();
        int end = origin.indexOf(' ', start);
        String name = origin.substring(start, end < 0 ? origin.length() : end);
        return settings.get(name).filter(variable -> variable != setting && variable.isDeferred()
                && !variable.key().equals(setting.key()) && variable.suppliedBy().equals(setting.suppliedBy()));
    }

    /** For each deferred variable, the deferred keys that take their value from it, in the settings' order. */
    private static Map<String, List<String>> deferredVariablesReferenced(Settings settings) {
        Map<String, List<String>> referenced = new HashMap<>();
        for (Setting setting : settings) {
            if (setting.isDeferred()) {
                deferredVariable(settings, setting).ifPresent(variable -> referenced
                        .computeIfAbsent(variable.key(), k -> new ArrayList<>()).add(setting.key()));
            }
        }
        return referenced;
    }

    /**
     * Whether a deferred value comes from a Kubernetes Secret or ConfigMap the manifests refer to but the input does
     * not hold ({@code key refresh of Secret afrigest-jwt, which is not in the input, at deploy}): INFO even for a
     * required key.
     */
    private static boolean fromObjectNotInInput(Setting setting) {
        return setting.suppliedBy().filter(by -> by.contains(", which is not in the input")).isPresent();
    }

    /** Whether a deferred value has text before its reference ({@code https://api.acme.com/${PATH}}). */
    private static boolean writtenBeforeReference(String value) {
        int reference = value.indexOf("${");
        return reference > 0 && !value.substring(0, reference).isBlank();
    }

    /**
     * A value whose {@code $} Compose reads as a variable's name that is really a piece of the value (a generated
     * password holding a dollar sign): Compose passes the value cut short there. Names the key and where the dollar
     * sign is, never the text after it (session 31).
     */
    private static Finding dollarInsideValue(Severity severity, Setting setting) {
        String by = setting.suppliedBy().orElse(DollarsInsideValues.MARKER);
        int open = by.indexOf("(character ");
        String where = open < 0 ? "" : " " + by.substring(open, by.indexOf(')', open) + 1);
        return Finding.of(severity, "settings.unresolved", setting)
                .message(setting.key() + " holds a $ followed by letters inside its value" + where + ", which Compose"
                        + " reads as a variable that nothing given defines: Compose replaces it with nothing (and warns"
                        + " that the variable is not set), so the service runs with " + setting.key() + " cut short"
                        + " there, not the value written. The text after the $ is part of the value and is not"
                        + " printed.")
                .remediation("Write the $ as $$ in " + setting.key() + at(setting) + ", or put the"
                        + " value in single quotes ('…'), which Compose uses literally.")
                .build();
    }

    /**
     * A value holding {@code ${}}, a reference with neither a name nor a default: Spring Boot keeps the text
     * {@code ${}} in the value, or fails when a bean reads it, wherever the service runs. Names the key, never a value.
     */
    private static Finding namelessReference(Severity severity, Setting setting) {
        return Finding.of(severity, "settings.unresolved", setting)
                .message(setting.key() + " holds ${}, a reference that names no property or variable and has no"
                        + " default: nothing can define it, so the service would run with the text ${} in the value"
                        + " of " + setting.key() + ", or fail when it reads it.")
                .remediation("Write the name of the property or environment variable the value comes from inside"
                        + " ${…} in " + setting.key() + at(setting) + ", or write the value itself.")
                .build();
    }

    /**
     * A value read where the service runs that still holds a {@code ${X}} nothing defines there: the service would
     * start with the text {@code ${X}} as the value (Spring Boot's binding keeps it) or fail when a bean reads it
     * ({@code @Value}). Names the key and the references, never a value.
     */
    /**
     * The keys whose every unresolved {@code ${X}} reference names one variable, by the variable's relaxed name: a
     * missing required {@code X} is then the one finding for both.
     */
    private static String referredToBy(List<String> referring) {
        return referring.isEmpty() ? "" : "; " + String.join(", ", referring)
                + (referring.size() == 1 ? " refers" : " refer")
                + " to it with no default and would be left unresolved";
    }

    private static Map<String, List<String>> unresolvedReferrers(Settings settings) {
        Map<String, List<String>> referrers = new HashMap<>();
        for (Setting setting : settings) {
            // session 37 (newcomer): before the deploy (CLI, Maven goal) the same reference is deferred, not
            // unresolved, and the key had an INFO saying it "is only known at run time" beside the missing NO-GO
            Optional<String> references = setting.unresolvedReferences().isPresent() ? setting.unresolvedReferences()
                    : deferredToOneVariable(setting);
            if (references.isPresent() && !references.get().contains(", ")
                    && !Setting.NAMELESS_REFERENCE.equals(references.get())) {
                referrers.computeIfAbsent(RelaxedNames.canonical(references.get()), k -> new ArrayList<>())
                        .add(setting.key());
            }
        }
        return referrers;
    }

    private static final String AT_RUN_TIME = " at run time";

    /**
     * The one variable a deferred setting waits for when a {@code ${X}} without a default is all that defers it
     * ({@code X at run time}, no Secret or template of the deploy's); empty otherwise.
     */
    private static Optional<String> deferredToOneVariable(Setting setting) {
        if (!setting.isDeferred() || setting.isPolicy()) {
            return Optional.empty();
        }
        return setting.suppliedBy()
                .filter(by -> by.endsWith(AT_RUN_TIME) && !by.startsWith(DollarsInsideValues.MARKER))
                .map(by -> by.substring(0, by.length() - AT_RUN_TIME.length()))
                .filter(name -> !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c)
                        || c == '_' || c == '.' || c == '-'))
                .filter(name -> setting.value().contains("${" + name + "}"));
    }

    private static Finding undefinedReference(Severity severity, Setting setting) {
        String names = dev.readiness.internal.SecretShapedKeys.redacted(
                setting.unresolvedReferences().orElse("a reference"));
        boolean several = names.contains(", ");
        return Finding.of(severity, "settings.unresolved", setting)
                .message(setting.key() + " refers to " + (several ? "the properties or variables " + names
                        + ", which nothing defines" : "the property or variable " + names + ", which nothing defines")
                        + " where the service runs (no property, environment variable or system property of that"
                        + " name), with no default: the service would run with the unresolved placeholder as the"
                        + " value of " + setting.key() + ", or fail when it reads it.")
                .remediation("Define " + names + " where the service is started (an environment variable, a mounted"
                        + " secret, a command-line argument), or give the reference in " + setting.key() + at(setting)
                        + " a default if the service can run without it.")
                .build();
    }

    /**
     * Every declared key, from the constructor and the settings, once each (by relaxed name), in order.
     *
     * @param settings the settings to read {@code readiness.settings.required} from
     * @return the keys
     */
    public List<String> declaredKeys(Settings settings) {
        Map<String, String> byCanonical = new LinkedHashMap<>();
        for (String key : requiredKeys) {
            byCanonical.putIfAbsent(RelaxedNames.canonical(key), key);
        }
        for (String key : settings.list(REQUIRED_PROPERTY)) {
            byCanonical.putIfAbsent(RelaxedNames.canonical(key), key);
        }
        return List.copyOf(byCanonical.values());
    }

    /**
     * Where a key was declared required: the origin of the {@code readiness.settings.required} entry naming it (a
     * missing key has no origin of its own, and "unknown origin" read like a fault), else unknown (a key given to the
     * constructor only).
     */
    private static dev.readiness.settings.Origin requiredAt(Settings settings, String key) {
        String wanted = RelaxedNames.canonical(key);
        for (Setting entry : settings) {
            String entryKey = INDEX.matcher(entry.key()).replaceFirst("");
            if (!RelaxedNames.matches(REQUIRED_PROPERTY, entryKey)) {
                continue;
            }
            for (String named : entry.value().split(",", -1)) {
                if (!named.isBlank() && RelaxedNames.canonical(named.strip()).equals(wanted)) {
                    return entry.origin();
                }
            }
        }
        return dev.readiness.settings.Origin.unknown();
    }

    /**
     * Where a remediation points: " at prod.env:3" for a line of a file, " (environment variable X)" for a value the
     * process environment or a system property gives, which has no place to be "at".
     */
    private static String at(Setting setting) {
        String origin = setting.origin().description();
        return origin.startsWith("environment variable ") || origin.startsWith("system property ")
                ? " (" + origin + ")" : " at " + origin;
    }

    private static String describe(String declared, Setting setting) {
        return declared.equals(setting.key()) ? declared : declared + " (set as " + setting.key() + ")";
    }

    private static String dotted(String key) {
        return String.join(".", RelaxedNames.words(key));
    }

    private static String environmentName(String key) {
        return String.join("_", RelaxedNames.words(key)).toUpperCase(Locale.ROOT);
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.SwitchOn;
import dev.readiness.gates.internal.ValueShape;
import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A framework switched to its development mode in the configuration judged for production: {@code NODE_ENV=development},
 * {@code RAILS_ENV=development} ({@code RACK_ENV}, {@code GRAILS_ENV}, {@code MIX_ENV=dev}), {@code APP_ENV=local},
 * {@code FLASK_ENV=development}, {@code ASPNETCORE_ENVIRONMENT=Development}, or a web framework's debug switch on
 * ({@code DEBUG=True}, {@code DJANGO_DEBUG=True}, {@code FLASK_DEBUG=1}, {@code APP_DEBUG=true}). Development mode
 * shows stack traces, settings and sometimes an interactive debugger to every visitor, reloads code and skips the
 * production caches; Rails then reads the {@code development} block of its configuration, not production's. The
 * framework still starts, so nothing else reports it, and a GO reads as "safe" (hostile testing, thirty-second pass).
 * A WARN, not a NO-GO: the label policy counts debug and development modes beyond the gates, so nothing requires it,
 * and a deploy may override the file's value. Only the switch's own key is read (the whole key, or its last part under
 * {@code env} or {@code environment}), and only a development value ({@code development}, {@code dev}, {@code develop},
 * {@code local}) or a debug switch on ({@code true}, {@code 1}, {@code yes}, {@code on}): {@code production},
 * {@code staging}, {@code false} and {@code 0} are clean, and {@code test} is {@code sandbox.test-mode}'s. Stateless.
 */
final class DevelopmentModes {

    /** Environment switches of frameworks and runtimes, their words joined in lower case. */
    private static final Set<String> ENVIRONMENT_SWITCHES = Set.of("nodeenv", "railsenv", "rackenv", "appenv",
            "flaskenv", "mixenv", "grailsenv", "aspnetcoreenvironment", "dotnetenvironment");

    /**
     * A service's own stage variables, their words joined in lower case (forty-first pass, newcomer): those the Spring
     * adapter derives the stage from ({@code ENVIRONMENT}, {@code ENV}, {@code DEPLOY_ENV}…) and {@code STAGE},
     * {@code APP_STAGE}, {@code DEPLOY_STAGE}. {@code ENVIRONMENT=development} beside a {@code prod} profile went
     * unnamed, though the adapter reads that variable as the stage when no profile names one.
     */
    private static final Set<String> STAGE_SWITCHES = Set.of("applicationenv", "environment", "env", "deployenv",
            "deploymentenvironment", "stage", "appstage", "deploystage");

    private static final Set<String> DEVELOPMENT_VALUES = Set.of("development", "dev", "develop", "local");

    /**
     * An application's own run mode, its words joined in lower case (forty-eighth pass): {@code APP_MODE},
     * {@code RUN_MODE} (Gitea's, beego's {@code runmode}, gin-admin's {@code run_mode}), {@code SERVER_MODE},
     * {@code INSTANCE_MODE}, {@code APPLICATION_MODE}, also as the last part under {@code app}, {@code application},
     * {@code server}, {@code run} or {@code instance} ({@code server.mode}, {@code settings.application.mode}).
     */
    private static final Set<String> RUN_MODE_SWITCHES = Set.of("appmode", "runmode", "servermode", "instancemode",
            "applicationmode");

    /** The parents under which a last part {@code mode} is the application's run mode ({@code server.mode}). */
    private static final Set<String> RUN_MODE_PARENTS = Set.of("app", "application", "server", "run", "instance");

    /**
     * Run-mode values of development: the development words but {@code local} (a run mode {@code local} is as often a
     * deployment shape, a single node, as a developer's machine), and {@code developer}, {@code debug} (gin's and
     * gin-admin's development mode) and {@code demo} (the application serves its demonstration data and accounts).
     * {@code prod}, {@code production}, {@code release} and {@code test} (the test mode's own rule) are not among them.
     */
    private static final Set<String> RUN_MODE_VALUES = Set.of("development", "dev", "develop", "developer", "debug",
            "demo");

    /** Debug switches of web frameworks, their words joined in lower case. */
    private static final Set<String> DEBUG_SWITCHES = Set.of("debug", "djangodebug", "flaskdebug", "appdebug");


    private DevelopmentModes() {
    }

    /**
     * The finding on a framework's development or debug mode, judged for production.
     *
     * @param setting the setting
     * @param record the record of its key, which keeps the switch its name names ({@link SandboxKey#developmentSwitch()})
     * @return a WARN {@code sandbox.development-mode}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, SandboxKey record) {
        if (ValueShape.strippedLongerThan(setting.value(), 11)) {
            return null; // most values: no copy of a long value to learn it is long
        }
        String value = setting.value().strip();
        if (value.isEmpty()) {
            return null;
        }
        String lower = Quotes.unquoted(value).strip().toLowerCase(Locale.ROOT);
        boolean developmentValue = DEVELOPMENT_VALUES.contains(lower);
        boolean runModeValue = RUN_MODE_VALUES.contains(lower);
        if (!developmentValue && !runModeValue && !SwitchOn.isOn(lower)) {
            return null; // the value first: most short values are neither, and the key's name need not be built
        }
        String switchName = record.developmentSwitch(); // a fact of the key: built once per key, not per true or 1
        if (switchName == null) {
            return null;
        }
        if (RUN_MODE_SWITCHES.contains(switchName)) {
            return runModeValue ? runMode(setting, lower.equals("demo")) : null;
        }
        boolean stage = developmentValue && STAGE_SWITCHES.contains(switchName);
        boolean environment = developmentValue && (ENVIRONMENT_SWITCHES.contains(switchName) || stage);
        boolean debug = !developmentValue && DEBUG_SWITCHES.contains(switchName);
        if (!environment && !debug) {
            return null;
        }
        String key = setting.key();
        String what = stage ? key + " says the service runs in its development stage in production: code that reads it "
                + "(error pages, feature switches, fixtures, its own checks) acts as in development"
                : environment ? key + " runs the framework in its development mode in production: it then shows "
                + "stack traces and settings to visitors, reloads code and skips production's caches (Rails also reads "
                + "its development configuration block, not production's)"
                : key + " switches debug mode on in production: Django, Flask and Laravel then show stack traces and "
                + "settings to visitors (Flask's debugger runs code), and Spring Boot logs at debug level";
        return Finding.warn("sandbox.development-mode", setting)
                .message(what + ".")
                .remediation(environment ? "Set " + key + " to production where the service is deployed (or leave it "
                        + "to the deploy and out of this file)."
                        : "Set " + key + " to false where the service is deployed (Django's check --deploy asks the "
                                + "same, security.W018).")
                .build();
    }

    private static Finding runMode(Setting setting, boolean demo) {
        String key = setting.key();
        return Finding.warn("sandbox.development-mode", setting)
                .message(key + (demo ? " runs the application in its demonstration mode in production: it then serves "
                        + "demonstration data and accounts, not its own"
                        : " runs the application in its development or debug mode in production: frameworks then show "
                        + "stack traces and settings to visitors and skip production's caches") + ".")
                .remediation("Set " + key + " to the application's production mode where it is deployed (or leave it "
                        + "to the deploy and out of this file).")
                .build();
    }

    /**
     * The switch a key names, its words joined in lower case, or {@code null} when the key names none.
     *
     * @param key a setting key
     * @return the switch's name
     */
    static @Nullable String switchName(String key) {
        int dot = key.lastIndexOf('.');
        String last = key.substring(dot + 1);
        if (dot >= 0) {
            String before = key.substring(0, dot).toLowerCase(Locale.ROOT);
            int previous = before.lastIndexOf('.');
            String parent = before.substring(previous + 1);
            if (last.equalsIgnoreCase("mode") && RUN_MODE_PARENTS.contains(parent)) {
                return parent + "mode";
            }
            if (!parent.equals("env") && !parent.equals("environment")) {
                return null;
            }
        }
        if (last.isEmpty() || last.length() > 24) {
            return null;
        }
        StringBuilder joined = new StringBuilder(last.length());
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                joined.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z') {
                joined.append(c);
            } else if (c != '_' && c != '-') {
                return null;
            }
        }
        String name = joined.toString();
        return ENVIRONMENT_SWITCHES.contains(name) || STAGE_SWITCHES.contains(name) || DEBUG_SWITCHES.contains(name)
                || RUN_MODE_SWITCHES.contains(name) ? name : null;
    }

}

package dev.readiness.cli;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code readiness check}: their values once parsed, and {@link #TABLE}, the one table that names
 * every option, its value, its help line and how it is applied. Adding an option is adding a field and a row.
 * Value parsers reject bad input with a {@link CliException} naming the option; values come from the command line,
 * never from a file. Not thread-safe.
 */
final class CheckOptions {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    /** The syntax of {@code --waiver}, for help and messages. */
    static final String WAIVER_SYNTAX = "CODE[:SUBJECT]=EXPIRES:REASON";

    /** The output formats. */
    enum Format {
        /** For people reading a CI log. */
        TEXT,
        /** The JSON report of the readiness contract, for machines. */
        JSON,
        /** A SARIF 2.1.0 log, for code scanning. */
        SARIF
    }

    /** What a file-naming option reads. */
    enum SourceKind {
        /** {@code --app}: a Spring Boot application. */
        APP("--app"),
        /** {@code --config}: a file read by its extension. */
        CONFIG("--config"),
        /** {@code --properties}: a Java properties file. */
        PROPERTIES("--properties"),
        /** {@code --env-file}: a dotenv file, acting as the process environment. */
        ENV_FILE("--env-file"),
        /** {@code --k8s}: Kubernetes manifests, or {@code -} for standard input. */
        KUBERNETES("--k8s"),
        /** {@code --compose}: a Compose file. */
        COMPOSE("--compose");

        private final String option;

        SourceKind(String option) {
            this.option = option;
        }

        String option() {
            return option;
        }
    }

    /**
     * A source named on the command line.
     *
     * @param kind what it is
     * @param file the path as given ({@code -} for standard input with {@code --k8s})
     */
    record Source(SourceKind kind, String file) {

        String option() {
            return kind.option();
        }
    }

    /**
     * One option.
     *
     * @param name the option, e.g. {@code --stage}
     * @param label the value's name in help and messages, or {@code null} for a flag
     * @param help the help line(s)
     * @param apply how the value is applied ({@code null} for a flag)
     */
    record Option(String name, @Nullable String label, String help, BiConsumer<CheckOptions, String> apply) {

        boolean isFlag() {
            return label == null;
        }
    }

    /** Every option of {@code check}, in help order. */
    static final Map<String, Option> TABLE = table(
            source(SourceKind.APP, "PATH", "a Spring Boot application: project directory, resources directory or\n"
                    + "jar; Spring Boot's locations, precedence, profiles and placeholders"),
            new Option("--profile", "NAME", "an active Spring profile (repeatable; default: SPRING_PROFILES_ACTIVE\n"
                    + "of the environment given, else spring.profiles.active of the files)",
                    (options, value) -> options.profiles.add(nonEmpty("--profile", value, "a profile name"))),
            source(SourceKind.CONFIG, "FILE", "a configuration file read by its extension: .yml/.yaml,\n"
                    + ".properties, .env (repeatable; later files win)"),
            source(SourceKind.PROPERTIES, "FILE", "a Java properties file (repeatable); refuses other content"),
            source(SourceKind.ENV_FILE, "FILE", "a dotenv file of KEY=value lines (repeatable); acts as the\n"
                    + "process environment, which wins over every configuration file"),
            source(SourceKind.KUBERNETES, "FILE|-", "Kubernetes manifests ('-' reads standard input): the env and\n"
                    + "envFrom of a container, with the ConfigMaps and Secrets in the input"),
            new Option("--container", "NAME", "the container to read when the manifests have several",
                    (options, value) -> options.container = nonEmpty("--container", value, "a container name")),
            source(SourceKind.COMPOSE, "FILE", "a Compose file: the environment and env_file of a service"),
            new Option("--service", "NAME", "the Compose service to read when there are several",
                    (options, value) -> options.service = nonEmpty("--service", value, "a service name")),
            new Option("--stage", "STAGE", "development, test, staging or production (default: production)",
                    (options, value) -> options.stage = stage(value)),
            new Option("--format", "FORMAT", "text, json or sarif; json is the report of the readiness contract,\n"
                    + "sarif a SARIF 2.1.0 log for code scanning (default: text)",
                    (options, value) -> options.format = format(value)),
            new Option("--fail-on", "LEVEL", "no-go or warn: the lowest verdict that exits 1 (default: no-go in\n"
                    + "staging and production, nothing in development and test)",
                    (options, value) -> options.failOn = failOn(value)),
            new Option("--require", "KEY", "a key that must be set, judged by the settings gate (repeatable or\n"
                    + "comma-separated; added to readiness.settings.required)", (options, value) -> {
                        for (String key : value.split(",", -1)) {
                            options.requiredKeys.add(requiredKey(key));
                        }
                    }),
            new Option("--waiver", WAIVER_SYNTAX, "accept a finding until a date (repeatable), e.g.\n"
                    + "'sandbox.provider-host:PAYMENT_URL=2027-03-31:card sandbox until go-live';\n"
                    + "readiness.waivers[i].* in the files apply too, as at boot",
                    (options, value) -> options.waivers.add(waiver(value))),
            new Option("--include-env", null, "also read this process's environment, below every other\n"
                    + "environment source (default: off; the check judges what the deploy injects)",
                    (options, value) -> options.includeEnvironment = true),
            new Option("--gate-timeout", "DURATION", "how long one gate may run, e.g. 500ms, 5s (default: 5s); a\n"
                    + "gate past it is a gate.timeout NO-GO",
                    (options, value) -> options.gateTimeout = duration("--gate-timeout", value)),
            new Option("--deadline", "DURATION", "how long the whole check may run, at least 1s (default: 15s)",
                    (options, value) -> options.deadline = deadline(value)),
            new Option("--no-file-policy", null, "ignore readiness.* keys inside the judged files (exclusions,\n"
                    + "waivers, allow-lists): the pipeline owns the policy; each is reported as ignored",
                    (options, value) -> options.noFilePolicy = true));

    /** The shortest {@code --deadline} accepted: below it the built-in gates cannot finish on a cold JVM. */
    static final Duration SHORTEST_DEADLINE = Duration.ofSeconds(1);

    Stage stage = Stage.PRODUCTION;
    Format format = Format.TEXT;
    @Nullable Status failOn;
    final List<Waiver> waivers = new ArrayList<>();
    final List<String> requiredKeys = new ArrayList<>();
    boolean includeEnvironment;
    @Nullable Duration gateTimeout;
    @Nullable Duration deadline;
    boolean noFilePolicy;
    final List<Source> sources = new ArrayList<>();
    final List<String> profiles = new ArrayList<>();
    /** Lines for standard error about the command line itself, e.g. a single-valued option given twice. */
    final List<String> notices = new ArrayList<>();
    @Nullable String container;
    @Nullable String service;

    private static Map<String, Option> table(Option... options) {
        Map<String, Option> table = new LinkedHashMap<>();
        for (Option option : options) {
            table.put(option.name(), option);
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private static Option source(SourceKind kind, String label, String help) {
        return new Option(kind.option(), label, help, (options, value) -> {
            if (value.isEmpty()) {
                throw CliException.usage("option " + kind.option() + " needs a file name, but was empty");
            }
            options.sources.add(new Source(kind, value));
        });
    }

    /**
     * The options part of the help, from the table.
     *
     * @return aligned help lines
     */
    static String help() {
        StringBuilder help = new StringBuilder();
        for (Option option : TABLE.values()) {
            String head = "  " + option.name() + (option.isFlag() ? "" : " " + option.label());
            String[] lines = option.help().split("\n");
            if (head.length() > 22) {
                help.append(head).append('\n');
                head = "";
            }
            for (int i = 0; i < lines.length; i++) {
                help.append(String.format(Locale.ROOT, "%-24s%s%n", i == 0 ? head : "", lines[i]));
            }
        }
        return help.toString();
    }

    private static String nonEmpty(String option, String value, String what) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw invalid(option, "expected " + what + ", but was empty");
        }
        return stripped;
    }

    /**
     * Parses {@code --stage}: strictly one of the four stage names, with a hint for common aliases.
     *
     * @param value the text after the option
     * @return the stage
     */
    static Stage stage(String value) {
        try {
            return Stage.parse(value);
        } catch (IllegalArgumentException e) {
            String hint = Stage.fromAlias(value).map(stage -> "; did you mean " + stage.id() + "?").orElse("");
            throw invalid("--stage", "expected development, test, staging or production, but was " + quote(value)
                    + hint);
        }
    }

    /**
     * Parses {@code --fail-on}: {@code no-go} or {@code warn}.
     *
     * @param value the text after the option
     * @return the status
     */
    static Status failOn(String value) {
        Status status;
        try {
            status = Status.parse(value);
        } catch (IllegalArgumentException e) {
            status = Status.GO;
        }
        if (status == Status.GO) {
            throw invalid("--fail-on", "expected no-go or warn, but was " + quote(value));
        }
        return status;
    }

    /**
     * Parses {@code --format}: {@code text}, {@code json} or {@code sarif}.
     *
     * @param value the text after the option
     * @return the format
     */
    static Format format(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            case "sarif" -> Format.SARIF;
            default -> throw invalid("--format", "expected text, json or sarif, but was " + quote(value));
        };
    }

    /**
     * Parses one key of {@code --require}.
     *
     * @param value one comma-separated part of the text after the option
     * @return the key, trimmed
     */
    static String requiredKey(String value) {
        String key = value.strip();
        if (key.isEmpty()) {
            throw invalid("--require", "expected a setting key such as DATABASE_URL, but was empty");
        }
        return key;
    }

    /**
     * Parses a positive duration as Spring Boot writes one: {@code 500ms}, {@code 5s}, {@code 2m}, a bare number of
     * milliseconds, or ISO-8601 ({@code PT5S}); at most one hour.
     *
     * @param option the option, for the message
     * @param value the text after the option
     * @return the duration
     */
    static Duration duration(String option, String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration = null;
        Matcher simple = SIMPLE_DURATION.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "ms" : simple.group(2);
            duration = switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofMillis(amount);
            };
        } else if (text.startsWith("pt")) {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                duration = null;
            }
        }
        if (duration == null || duration.isZero() || duration.isNegative()
                || duration.compareTo(Duration.ofHours(1)) > 0) {
            throw invalid(option, "expected a positive duration of at most 1h such as 500ms, 5s or 2m, but was "
                    + quote(value));
        }
        return duration;
    }

    /**
     * Parses {@code --deadline}: a duration as {@link #duration(String, String)}, of at least {@link #SHORTEST_DEADLINE}.
     * A shorter one cannot be met by the built-in gates on a cold JVM (loading and linking their classes takes longer),
     * so every gate would be a {@code gate.timeout} NO-GO that says nothing about the configuration.
     *
     * @param value the text after the option
     * @return the deadline
     */
    static Duration deadline(String value) {
        Duration deadline = duration("--deadline", value);
        if (deadline.compareTo(SHORTEST_DEADLINE) < 0) {
            throw invalid("--deadline", "expected at least 1s, the time the built-in gates need on a cold start"
                    + " (more on a busy machine), but was " + quote(value));
        }
        return deadline;
    }

    /**
     * Parses {@code --waiver CODE[:SUBJECT]=EXPIRES:REASON}, e.g.
     * {@code sandbox.provider-host:PAYMENT_URL=2027-03-31:card sandbox until the contract is signed}.
     *
     * @param value the text after the option
     * @return the waiver
     */
    static Waiver waiver(String value) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            throw invalidWaiver("no '=' between the code and the expiry date");
        }
        String target = value.substring(0, equals).strip();
        String terms = value.substring(equals + 1);
        int targetColon = target.indexOf(':');
        String code = (targetColon < 0 ? target : target.substring(0, targetColon)).strip();
        String subject = targetColon < 0 ? null : target.substring(targetColon + 1).strip();
        if (code.isEmpty()) {
            throw invalidWaiver("the finding code is missing");
        }
        if (subject != null && subject.isEmpty()) {
            throw invalidWaiver("the subject after ':' is empty; leave out ':' to waive every subject");
        }
        int termsColon = terms.indexOf(':');
        if (termsColon < 0) {
            throw invalidWaiver("no ':' between the expiry date and the reason");
        }
        LocalDate expires;
        String date = terms.substring(0, termsColon).strip();
        try {
            expires = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw invalidWaiver("the expiry date " + quote(date) + " is not an ISO date such as 2026-12-31");
        }
        String reason = terms.substring(termsColon + 1).strip();
        if (reason.isEmpty()) {
            throw invalidWaiver("the reason is missing; say why the exception is acceptable");
        }
        return new Waiver(code, subject, reason, expires);
    }

    /**
     * A command-line value for a message: in quotes, cut to 60 characters so a huge argument gives a short line.
     *
     * @param value the value as given on the command line
     * @return the quoted value
     */
    static String quote(String value) {
        if (value.length() <= 60) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(59)) ? 59 : 60;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    private static CliException invalidWaiver(String why) {
        return invalid("--waiver", "expected " + WAIVER_SYNTAX + ", but " + why);
    }

    private static CliException invalid(String option, String why) {
        return CliException.usage("invalid value for " + option + ": " + why);
    }
}

package dev.readiness.cli;

import dev.readiness.Stage;

import java.util.Locale;
import java.util.Set;

/**
 * A parsed command line: what to do, and the options of {@code check} read through {@link CheckOptions#TABLE}.
 * Hand-written rather than with picocli: picocli's reflective set-up took about 90 ms of a 160 ms run here, and
 * start-up is part of every user's CI time (see docs/perf/cli.md).
 *
 * <p>Options take their value as the next argument or after {@code =} ({@code --stage staging},
 * {@code --stage=staging}); a repeated single-valued option keeps its last value, and when the values differ a notice
 * says so on standard error ({@code --stage production … --stage development} appended by a wrapper must not lower the
 * stage unseen); {@code --help} and {@code --version} win over everything else on the line.
 *
 * @param action what to do
 * @param options the options of {@code check}
 */
record CommandLine(Action action, CheckOptions options) {

    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final Set<String> VERSION = Set.of("--version", "-V");
    private static final Set<String> SINGLE_VALUED = Set.of("--stage", "--format", "--fail-on", "--gate-timeout",
            "--deadline", "--container", "--service");

    /** What the command line asks for. */
    enum Action {
        /** Run the check. */
        CHECK,
        /** Print the overall usage. */
        HELP,
        /** Print the usage of {@code check}. */
        CHECK_HELP,
        /** Print the version. */
        VERSION
    }

    /**
     * Parses a command line.
     *
     * @param args the arguments
     * @return what to do, with the options
     * @throws CliException a usage error naming the option or argument
     */
    static CommandLine parse(String[] args) {
        CheckOptions options = new CheckOptions();
        if (args.length == 0) {
            throw CliException.usage("missing command: use 'readiness check [options]'");
        }
        String command = args[0];
        if (HELP.contains(command) || command.equals("help")) {
            return new CommandLine(Action.HELP, options);
        }
        if (VERSION.contains(command)) {
            return new CommandLine(Action.VERSION, options);
        }
        if (!command.equals("check")) {
            throw CliException.usage(command.startsWith("-")
                    ? "unknown option " + CheckOptions.quote(command) + " before the command"
                    : "unknown command " + CheckOptions.quote(command) + ": use 'readiness check [options]'");
        }
        for (int i = 1; i < args.length; i++) {
            if (HELP.contains(args[i])) {
                return new CommandLine(Action.CHECK_HELP, options);
            }
            if (VERSION.contains(args[i])) {
                return new CommandLine(Action.VERSION, options);
            }
        }
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String argument = args[i];
            if (!argument.startsWith("-") || argument.equals("-")) {
                throw CliException.usage("unexpected argument " + CheckOptions.quote(argument)
                        + ": name files with --config FILE, --app PATH or --env-file FILE");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            CheckOptions.Option option = CheckOptions.TABLE.get(name);
            if (option == null) {
                throw CliException.usage("unknown option " + CheckOptions.quote(name) + suggestion(name));
            }
            String value;
            if (option.isFlag()) {
                if (equals >= 0) {
                    throw CliException.usage("option " + name + " takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < args.length && !looksLikeOption(args[i + 1])) {
                value = args[++i];
            } else {
                throw CliException.usage("option " + name + " needs a value: " + option.label());
            }
            option.apply().accept(options, value);
            String before = SINGLE_VALUED.contains(name) ? given.put(name, value) : null;
            if (before != null && !before.equals(value)) {
                options.notices.add(name + " was given more than once (" + CheckOptions.quote(before) + ", then "
                        + CheckOptions.quote(value) + "): the last applies");
            }
        }
        requireSomethingToCheck(options);
        if (!given.containsKey("--stage")) {
            stageOfTheProfiles(options).ifPresent(options.notices::add);
        }
        return new CommandLine(Action.CHECK, options);
    }

    /**
     * The stage is {@code production} unless {@code --stage} says otherwise, whatever the profiles; at boot the
     * Spring adapter derives it from the profiles. A {@code --profile staging} check without {@code --stage} is
     * stricter than the service's own start, which a line on standard error says (session 23: a staging deploy was
     * judged for production with no word).
     */
    private static java.util.Optional<String> stageOfTheProfiles(CheckOptions options) {
        Stage named = null;
        String profile = null;
        for (String candidate : options.profiles) {
            java.util.Optional<Stage> stage = Stage.fromAlias(candidate);
            if (stage.isEmpty()) {
                continue;
            }
            if (stage.get() == Stage.PRODUCTION) {
                return java.util.Optional.empty();
            }
            if (named == null) {
                named = stage.get();
                profile = candidate;
            }
        }
        if (named == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("--profile " + CheckOptions.quote(profile) + " is a " + named.id()
                + " profile, but without --stage the check judges for production (the default); at boot the service"
                + " would be judged for " + named.id() + ": add --stage " + named.id() + " to judge it as it starts");
    }

    private static boolean looksLikeOption(String argument) {
        return argument.startsWith("--") && argument.length() > 2;
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : CheckOptions.TABLE.keySet()) {
            String bare = known.substring(2);
            if (lower.contains(bare) || (lower.length() > 3 && bare.startsWith(lower.replaceFirst("^-+", "")))) {
                return "; did you mean " + known + "?";
            }
        }
        return "";
    }

    /**
     * A check with no input would judge nothing and say GO: the usual cause is a CI step whose arguments came out
     * empty ({@code check $APP_ARGS}), which must not pass a deploy. {@code --include-env} is an input. An option
     * choosing among inputs that were not given ({@code --container} without {@code --k8s}) would be ignored.
     */
    private static void requireSomethingToCheck(CheckOptions options) {
        java.util.Set<CheckOptions.SourceKind> kinds = java.util.EnumSet.noneOf(CheckOptions.SourceKind.class);
        options.sources.forEach(source -> kinds.add(source.kind()));
        if (options.container != null && !kinds.contains(CheckOptions.SourceKind.KUBERNETES)) {
            throw CliException.usage("option --container chooses a container of --k8s manifests, but no --k8s was"
                    + " given");
        }
        if (options.service != null && !kinds.contains(CheckOptions.SourceKind.COMPOSE)) {
            throw CliException.usage("option --service chooses a service of a --compose file, but no --compose was"
                    + " given");
        }
        if (kinds.isEmpty() && !options.includeEnvironment) {
            throw CliException.usage("nothing to check: name what the service runs with (--app PATH, --config FILE,"
                    + " --env-file FILE, --properties FILE, --k8s FILE|-, --compose FILE), or --include-env for this"
                    + " process's environment");
        }
    }
}

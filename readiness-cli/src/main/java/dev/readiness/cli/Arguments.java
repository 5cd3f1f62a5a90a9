package dev.readiness.cli;

import java.util.Locale;
import java.util.Set;

/**
 * Parses the command line. Hand-written rather than with picocli: picocli's reflective set-up took about 90 ms of a
 * 160 ms run here, and start-up is part of every user's CI time (see docs/perf/cli.md).
 *
 * <p>Options take their value as the next argument or after {@code =} ({@code --stage staging},
 * {@code --stage=staging}); a repeated single-valued option keeps its last value; {@code --help} and
 * {@code --version} win over everything else on the line.
 *
 * @param action what to do
 * @param options the options of {@code check}
 */
record Arguments(Action action, CheckOptions options) {

    static final String ENV_FILE = "--env-file";
    static final String PROPERTIES = "--properties";

    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final Set<String> VERSION = Set.of("--version", "-V");

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
    static Arguments parse(String[] args) {
        CheckOptions options = new CheckOptions();
        if (args.length == 0) {
            throw CliException.usage("missing command: use 'readiness check [options]'");
        }
        String command = args[0];
        if (HELP.contains(command) || command.equals("help")) {
            return new Arguments(Action.HELP, options);
        }
        if (VERSION.contains(command)) {
            return new Arguments(Action.VERSION, options);
        }
        if (!command.equals("check")) {
            throw CliException.usage(command.startsWith("-") ? "unknown option " + Options.quote(command) + " before the command"
                    : "unknown command " + Options.quote(command) + ": use 'readiness check [options]'");
        }
        for (int i = 1; i < args.length; i++) {
            if (HELP.contains(args[i])) {
                return new Arguments(Action.CHECK_HELP, options);
            }
            if (VERSION.contains(args[i])) {
                return new Arguments(Action.VERSION, options);
            }
        }
        for (int i = 1; i < args.length; i++) {
            String argument = args[i];
            if (!argument.startsWith("-") || argument.equals("-")) {
                throw CliException.usage("unexpected argument " + Options.quote(argument)
                        + ": name files with --env-file FILE or --properties FILE");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (name.equals("--include-env") || name.equals("--no-file-policy")) {
                if (equals >= 0) {
                    throw CliException.usage("option " + name + " takes no value");
                }
                options.includeEnvironment |= name.equals("--include-env");
                options.noFilePolicy |= name.equals("--no-file-policy");
                continue;
            }
            String label = label(name);
            String value;
            if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < args.length && !looksLikeOption(args[i + 1])) {
                value = args[++i];
            } else {
                throw CliException.usage("option " + name + " needs a value: " + label);
            }
            apply(options, name, value);
        }
        return new Arguments(Action.CHECK, options);
    }

    private static boolean looksLikeOption(String argument) {
        return argument.startsWith("--") && argument.length() > 2;
    }

    private static String label(String name) {
        return switch (name) {
            case ENV_FILE, PROPERTIES -> "FILE";
            case "--stage" -> "STAGE";
            case "--format" -> "FORMAT";
            case "--fail-on" -> "LEVEL";
            case "--waiver" -> Options.WAIVER_SYNTAX;
            case "--require" -> "KEY";
            case "--gate-timeout", "--deadline" -> "DURATION";
            default -> throw CliException.usage("unknown option " + Options.quote(name) + suggestion(name));
        };
    }

    private static void apply(CheckOptions options, String name, String value) {
        switch (name) {
            case ENV_FILE, PROPERTIES -> {
                if (value.isEmpty()) {
                    throw CliException.usage("option " + name + " needs a file name, but was empty");
                }
                options.sources.add(new CheckOptions.Source(name, value));
            }
            case "--stage" -> options.stage = Options.stage(value);
            case "--format" -> options.format = Options.format(value);
            case "--fail-on" -> options.failOn = Options.failOn(value);
            case "--waiver" -> options.waivers.add(Options.waiver(value));
            case "--gate-timeout" -> options.gateTimeout = Options.duration(name, value);
            case "--deadline" -> options.deadline = Options.duration(name, value);
            case "--require" -> {
                for (String key : value.split(",", -1)) {
                    options.requiredKeys.add(Options.requiredKey(key));
                }
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : new String[] {ENV_FILE, PROPERTIES, "--stage", "--format", "--fail-on", "--waiver",
            "--require", "--include-env", "--gate-timeout", "--deadline", "--no-file-policy"}) {
            String bare = known.substring(2);
            if (lower.contains(bare) || (lower.length() > 3 && bare.startsWith(lower.replaceFirst("^-+", "")))) {
                return "; did you mean " + known + "?";
            }
        }
        return "";
    }
}

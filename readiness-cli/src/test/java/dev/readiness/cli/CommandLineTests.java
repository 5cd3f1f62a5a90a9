package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the command-line parser: whatever the arguments (known options, values, random text with
 * control characters, lone surrogates, non-ASCII, a huge argument), parsing either succeeds or refuses with a
 * usage error, and running never throws and never prints more than one line on standard error.
 */
class CommandLineTests {

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> known = Arbitraries.of("check", "--env-file", "--properties", "--stage", "--format",
                "--fail-on", "--waiver", "--require", "--include-env", "--help", "-h", "--version", "-V", "production",
                "staging", "json", "text", "warn", "no-go", "a.b=2026-12-31:reason", "pom.xml", "missing.env", "=",
                "--stage=test", "--format=json", "-", "--", "");
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(3);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(4);
        Arbitrary<String> argument = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(2, random),
                net.jqwik.api.Tuple.of(1, surrogates), net.jqwik.api.Tuple.of(1, controls));
        Arbitrary<List<String>> rest = argument.list().ofMaxSize(8);
        return Arbitraries.oneOf(rest, rest.map(list -> prepend("check", list)));
    }

    private static List<String> prepend(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    @Property(tries = 500)
    void parseShouldEitherSucceedOrRefuseWithAUsageError(@ForAll("commandLines") List<String> args) {
        try {
            CommandLine arguments = CommandLine.parse(args.toArray(String[]::new));
            assertThat(arguments.options()).isNotNull();
        } catch (CliException e) {
            assertThat(e.isUsage()).isTrue();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void executeShouldNeverThrowAndPrintAtMostOneErrorLine(@ForAll("commandLines") List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String error = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isBetween(0, 2);
        if (status == ExitStatus.CANNOT_RUN) {
            assertThat(out.size()).isZero();
            assertThat(error.lines()).hasSize(1);
            assertThat(error).startsWith("readiness: ").doesNotContain("internal error").doesNotContain("\tat ");
        } else {
            assertThat(error).isEmpty();
        }
    }

    @Example
    void parseWhenAnArgumentIsHugeShouldQuoteOnlyItsStart() {
        String huge = "x".repeat(1 << 20);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--stage", huge}))
                .isInstanceOf(CliException.class)
                .hasMessage("invalid value for --stage: expected development, test, staging or production, but was '"
                        + "x".repeat(60) + "…' (1048576 characters)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", huge}))
                .hasMessageContaining("(1048576 characters)");
    }

    @Example
    void checkWithNothingToJudgeShouldBeRefusedNotAGoOnNothing() {
        // a CI step whose input variables came out empty (check $APP_ARGS) must not report GO and deploy
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check"}))
                .isInstanceOf(CliException.class)
                .hasMessageStartingWith("nothing to check: name what the service runs with");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--stage", "production", "--require",
                "JWT_SECRET", "--format", "json"}))
                .hasMessageStartingWith("nothing to check");
        assertThat(CommandLine.parse(new String[] {"check", "--include-env"}).action())
                .isEqualTo(CommandLine.Action.CHECK);
        assertThat(CommandLine.parse(new String[] {"check", "--config", "application.yml"}).action())
                .isEqualTo(CommandLine.Action.CHECK);
    }

    @Example
    void containerOrServiceWithoutTheirInputShouldBeRefusedNotIgnored() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--env-file", "prod.env", "--container",
                "api"}))
                .isInstanceOf(CliException.class)
                .hasMessage("option --container chooses a container of --k8s manifests, but no --k8s was given");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--k8s", "-", "--service", "api"}))
                .hasMessage("option --service chooses a service of a --compose file, but no --compose was given");
    }

    @Example
    void parseWhenEmptyShouldAskForTheCommand() {
        assertThatThrownBy(() -> CommandLine.parse(new String[0]))
                .hasMessage("missing command: use 'readiness check [options]'");
    }

    @Example
    void quoteShouldNotSplitASurrogatePair() {
        String value = "a".repeat(59) + "\uD83D\uDE00" + "b".repeat(10);
        assertThat(CheckOptions.quote(value)).isEqualTo("'" + "a".repeat(59) + "…' (71 characters)");
    }
}

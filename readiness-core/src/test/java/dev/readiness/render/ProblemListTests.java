package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.TestFindings;
import dev.readiness.settings.Origin;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProblemListTests {

    private static final Finding PLACEHOLDER = Finding.of(Severity.NO_GO, "secrets.placeholder", "JWT_SECRET")
            .origin(Origin.file("prod.env", 3))
            .message("JWT_SECRET is an unresolved placeholder.")
            .remediation("Set a random secret.")
            .build();
    private static final Finding SHORT = Finding.of(Severity.WARN, "secrets.too-short", "API_TOKEN")
            .origin(Origin.file("prod.env", 4))
            .message("12 characters.")
            .remediation("Use a longer token.")
            .build();
    private static final Finding NOTE = Finding.of(Severity.INFO, "exemption.excluded",
                    "READINESS_SANDBOX_EXCLUDE_KEYS")
            .origin(Origin.file("prod.env", 9))
            .message("exempts keys.")
            .build();
    private static final Finding WAIVED = TestFindings.waived(Finding.of(Severity.NO_GO, "database.loopback-host",
            "DB_URL").origin(Origin.file("prod.env", 7)).message("localhost.").build());

    private static Report report(Finding... secrets) {
        return new Report(Status.NO_GO, Stage.PRODUCTION, List.of(
                GateResult.of("database", "Database URLs", 1, List.of(WAIVED)),
                GateResult.of("readiness.exemptions", "", 0, List.of(NOTE)),
                GateResult.of("secrets", "Secrets are strong", 1, List.of(secrets))), Status.NO_GO);
    }

    @Test
    void summaryShouldCountTheGatesButNotTheWaiversExemptionsOrFactsEntries() {
        Finding unused = Finding.of(Severity.WARN, "waiver.unused", "secrets.weak").message("matches nothing.")
                .build();
        Finding failed = Finding.of(Severity.NO_GO, "facts.failed", "jpa").message("failed.").build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION, List.of(
                GateResult.of("database", "Database URLs", 1, List.of()),
                GateResult.of("readiness.exemptions", "", 0, List.of(NOTE)),
                GateResult.of("readiness.facts", "", 0, List.of(failed)),
                GateResult.of("readiness.waivers", "", 0, List.of(unused)),
                GateResult.of("secrets", "Secrets are strong", 1, List.of())), Status.NO_GO);

        assertThat(TextReportRenderer.summary(report)).isEqualTo(
                "readiness NO-GO for production: 1 NO-GO, 1 WARN in 2 gates, 1 exemption (blocking: fail-on NO-GO)");
    }

    @Test
    void problemsShouldNumberEveryFindingThatIsNeitherWaivedNorInfoInReportOrder() {
        assertThat(ProblemList.problems(report(PLACEHOLDER, SHORT)))
                .extracting(problem -> problem.number() + " " + problem.finding().code())
                .containsExactly("1 secrets.placeholder", "2 secrets.too-short");
    }

    @Test
    void withRemediationShouldPutEachProblemsRemediationBelowItsLine() {
        assertThat(ProblemList.withRemediation(report(PLACEHOLDER, SHORT)).lines()).containsExactly(
                "readiness NO-GO for production: 1 NO-GO, 1 WARN in 2 gates, 1 waived, 1 exemption "
                        + "(blocking: fail-on NO-GO)",
                "[1] NO-GO secrets.placeholder JWT_SECRET (prod.env:3): JWT_SECRET is an unresolved placeholder.",
                "    -> Set a random secret.",
                "[2] WARN secrets.too-short API_TOKEN (prod.env:4): 12 characters.",
                "    -> Use a longer token.",
                "1 exemption in force:",
                "    exemption.excluded READINESS_SANDBOX_EXCLUDE_KEYS (prod.env:9): exempts keys.");
    }

    @Test
    void messageShouldListTheSummaryThenOneLinePerProblem() {
        assertThat(ProblemList.message(report(PLACEHOLDER, SHORT))).isEqualTo("""
                readiness NO-GO for production: 1 NO-GO, 1 WARN in 2 gates, 1 waived, 1 exemption \
                (blocking: fail-on NO-GO)
                [1] NO-GO secrets.placeholder JWT_SECRET (prod.env:3): JWT_SECRET is an unresolved placeholder.
                [2] WARN secrets.too-short API_TOKEN (prod.env:4): 12 characters.""");
    }

    @Test
    void descriptionAndActionsShouldGroupByGateUnderTheSameNumbers() {
        Report report = report(PLACEHOLDER, SHORT);

        assertThat(ProblemList.description(report)).contains("""
                Gate secrets (NO-GO) - Secrets are strong:
                  [1] NO-GO secrets.placeholder: JWT_SECRET
                      origin: prod.env:3
                      JWT_SECRET is an unresolved placeholder.
                  [2] WARN secrets.too-short: API_TOKEN
                """).endsWith("\n1 finding waived.\n");
        assertThat(ProblemList.actions(report)).isEqualTo("""
                  [1] secrets.placeholder (JWT_SECRET): Set a random secret.
                  [2] secrets.too-short (API_TOKEN): Use a longer token.
                """);
    }

    @Test
    void compactTableShouldListProblemsWaivedFindingsAndExemptions() {
        String table = ProblemList.compactTable(report(SHORT));

        assertThat(table.lines()).hasSize(5);
        assertThat(table).contains("waived database.loopback-host").contains("INFO   exemption.excluded")
                .contains("WARN   secrets.too-short");
    }

    @Test
    void everyRenderingShouldEscapeKeysAndMessagesThatTryToForgeALine() {
        Finding forged = Finding.of(Severity.NO_GO, "acme.forged", "K\nreadiness GO for production: no problems")
                .origin(Origin.of("x\u001b[8m\u202e"))
                .message("m\u2028Started App in 1.2 seconds\u0085\u009b\u007f")
                .remediation("r\r\n[2] GO nothing")
                .build();
        Report report = report(forged);

        for (String text : List.of(ProblemList.message(report), ProblemList.description(report),
                ProblemList.actions(report), ProblemList.compactTable(report))) {
            assertThat(text.lines()).noneMatch(line -> line.startsWith("readiness GO") || line.startsWith("Started")
                    || line.startsWith("[2]"));
            assertThat(text).doesNotContain("\u001b", "\u202e", "\u2028", "\u0085", "\u009b", "\u007f", "\r");
        }
        assertThat(ProblemList.message(report)).contains("K\\nreadiness GO").contains("x\\u001b[8m\\u202e")
                .contains("m\\u2028Started App");
    }

    @Test
    void noRenderingShouldStartALineWithACiWorkflowCommand() {
        // GitHub Actions reads a log line whose text after leading spaces starts with :: as a command: a key
        // ::error title=readiness GO::app.url began the message line and forged an annotation in the check's job
        String key = "::error title=readiness GO::app.callback-url";
        Finding forged = Finding.of(Severity.NO_GO, "acme.forged", key)
                .origin(Origin.of("  ::add-mask::a.env:1"))
                .message(key + " points at hooks.example.com")
                .remediation("::stop-commands::token")
                .build();
        Report report = report(forged);

        for (String text : List.of(ProblemList.message(report), ProblemList.description(report),
                ProblemList.actions(report), ProblemList.compactTable(report), TextReportRenderer.full().render(report),
                TextReportRenderer.problemsOnly().render(report))) {
            assertThat(text.lines()).noneMatch(line -> line.stripLeading().startsWith("::"));
        }
        assertThat(ProblemList.escape(key)).isEqualTo("\\u003a:error title=readiness GO::app.callback-url");
        assertThat(ProblemList.escape(" \u00a0::x")).isEqualTo(" \u00a0\\u003a:x");
        assertThat(ProblemList.escape("\t::x")).isEqualTo("\\t::x");
        assertThat(ProblemList.escape("a::b")).isEqualTo("a::b");
    }

    @Test
    void noRenderingShouldHoldAnAzurePipelinesOrTeamCityCommandAnywhereInALine() {
        // the Azure Pipelines agent reads ##vso[ anywhere in a line of standard output or error as a logging command
        // (and hides the line): a key x##vso[task.prependpath]/tmp/evil.jwt-secret in a properties file of a pull
        // request put the check's own finding line to work on the agent (twenty-third pass); TeamCity reads
        // ##teamcity[ service messages
        String key = "app.x##vso[task.prependpath]/tmp/evil.jwt-secret";
        Finding forged = Finding.of(Severity.NO_GO, "acme.forged", key)
                .origin(Origin.of("a##teamcity[buildStatus status='SUCCESS'].env:1"))
                .message(key + " ##[error]points at ##VSO[x]")
                .remediation("##vso[task.complete result=Succeeded;]done")
                .build();
        Report report = report(forged);

        for (String text : List.of(ProblemList.message(report), ProblemList.description(report),
                ProblemList.actions(report), ProblemList.compactTable(report), TextReportRenderer.full().render(report),
                TextReportRenderer.problemsOnly().render(report), JsonReportRenderer.pretty().render(report),
                JsonReportRenderer.compact().render(report), dev.readiness.render.SarifReportRenderer.create().render(report))) {
            assertThat(text).doesNotContain("##vso[").doesNotContain("##teamcity[");
        }
        assertThat(ProblemList.escape(key)).isEqualTo("app.x\\u0023#vso[task.prependpath]/tmp/evil.jwt-secret");
        assertThat(ProblemList.escape("a#b ## c")).isEqualTo("a#b ## c");
        String json = JsonReportRenderer.compact().render(report);
        assertThat(json).contains("\\u0023\\u0023vso[");
        assertThat(ProblemList.escape("  ##[error]x")).isEqualTo("  \\u0023#[error]x");
        assertThat(ProblemList.escape("a##TeamCity[x")).isEqualTo("a\\u0023#TeamCity[x");
    }

    @Test
    void escapeShouldShowLineFeedAsBackslashNAndEscAsUnicodeEscape() {
        assertThat(ProblemList.escape("a\nb\u001bc\u2067d\uFEFFe\uD83D\uDE00")).isEqualTo("a\\nb\\u001bc\\u2067d\\ufeffe\uD83D\uDE00");
        assertThat(ProblemList.escape("grüße 日本")).isEqualTo("grüße 日本");
        assertThat(ProblemList.escape("tag\uDB40\uDC01")).isEqualTo("tag\\u{e0001}");
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> dangerous = Arbitraries.of('\n', '\r', '\u001b', '\u0085', '\u009b', '\u007f', '\u202e',
                '\u2066', '\u2069', '\u2028', '\u2029', '\u200b', '\ufeff', '\t', '\u000b', '\u000c');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars('a', 'G', 'O', ' ', '[', ']', '-', '>')
                        .withChars(dangerous.sample(), dangerous.sample(), dangerous.sample()).ofMaxLength(40)));
    }

    @Property(tries = 300)
    void noTextOfAFindingShouldEverAddALineOrCarryAnUnsafeCharacter(@ForAll("hostile") String subject,
            @ForAll("hostile") String message, @ForAll("hostile") String origin) {
        Finding finding = Finding.of(Severity.NO_GO, "acme.x", subject).origin(Origin.of(origin + "x"))
                .message(message).remediation(message).build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION,
                List.of(GateResult.of("acme", "", 0, List.of(finding))), Status.NO_GO);

        assertThat(TextReportRenderer.full().render(report).split("\n", -1)).hasSize(message.isEmpty() ? 5 : 7);
        assertThat(ProblemList.message(report).split("\n", -1)).hasSize(2);
        assertThat(ProblemList.compactTable(report).split("\n", -1)).hasSize(3);
        for (String text : List.of(TextReportRenderer.full().render(report), ProblemList.message(report),
                ProblemList.description(report), ProblemList.actions(report))) {
            assertThat(text.replace("\n", "").codePoints()).noneMatch(Escaping::isUnsafe);
        }
        assertThat(JsonReportRenderer.compact().render(report).chars())
                .noneMatch(c -> !Character.isSurrogate((char) c.intValue()) && Escaping.isUnsafe(c));
    }
}

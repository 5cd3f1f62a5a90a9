package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** The sandbox gate's production check of a dotenv text, for the per-rule test tables. */
final class SandboxRuleChecks {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private SandboxRuleChecks() {
    }

    static List<Finding> production(String dotenv) {
        return production("app.env", dotenv);
    }

    /** The production findings of a dotenv text read from a file of that name (the name may say an environment). */
    static List<Finding> production(String file, String dotenv) {
        Settings settings = Settings.builder().dotenv(file, dotenv).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    static List<Finding> on(List<Finding> findings, String key) {
        return findings.stream().filter(finding -> finding.subject().equals(key)).toList();
    }

    /** The production findings on the key of one {@code KEY=value} line, judged alone. */
    static List<Finding> onLine(String line) {
        return on(production(line + "\n"), line.substring(0, line.indexOf('=')));
    }

    /** The key of a text's last {@code KEY=value} line (the text ends in a line break). */
    static String lastKey(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        return line.substring(0, line.indexOf('='));
    }

    /** The production findings on the key of a text's last line, judged with the lines before it. */
    static List<Finding> onLastLine(String text) {
        return on(production(text), lastKey(text));
    }

    /** The codes of the production findings on the key of one {@code KEY=value} line. */
    static List<String> codesOnLine(String line) {
        return onLine(line).stream().map(Finding::code).toList();
    }

    /**
     * Asserts the one finding on the line's key: a NO-GO of the code, about the key, whose message starts with the key
     * and holds the word.
     */
    static void assertNoGoNamingKey(String line, String code, String word) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple(code, Severity.NO_GO));
        assertThat(findings.get(0).subject()).isEqualTo(key);
        assertThat(findings.get(0).message()).startsWith(key).contains(word);
    }
}

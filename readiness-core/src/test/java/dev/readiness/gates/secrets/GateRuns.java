package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;

/** The secrets gate run on a small file written in one line, for the pass-by-pass rule tests. */
final class GateRuns {

    private GateRuns() {
    }

    /**
     * The codes of the production findings on one key.
     *
     * @param file the file's name: a {@code .env} name reads the text as dotenv, any other as properties
     * @param lines the file's lines, separated by {@code |}
     * @param key the key whose findings count
     * @return their codes, in report order
     */
    static List<String> codesIn(String file, String lines, String key) {
        return findingsIn(file, key, lines.split("\\|", -1)).stream().map(Finding::code).toList();
    }

    /**
     * The production findings on one key.
     *
     * @param file the file's name: a {@code .env} name reads the text as dotenv, any other as properties
     * @param key the key whose findings count
     * @param lines the file's lines
     * @return the findings, in report order
     */
    static List<Finding> findingsIn(String file, String key, String... lines) {
        String text = String.join("\n", lines) + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    /**
     * The severity and code of each production finding on one key, {@code "NO_GO secrets.guessable"}.
     *
     * @param file the file's name: a {@code .env} name reads the text as dotenv, any other as properties
     * @param key the key whose findings count
     * @param lines the file's lines
     * @return the verdicts, in report order
     */
    static List<String> verdictsIn(String file, String key, String... lines) {
        return findingsIn(file, key, lines).stream().map(finding -> finding.severity() + " " + finding.code())
                .toList();
    }

    /**
     * The production findings on one key of a file read as an application's configuration file, as
     * {@code check --app} reads it: references left to run time stay deferred.
     *
     * @param file the file's name, whose extension chooses the reader
     * @param key the key whose findings count
     * @param lines the file's lines
     * @return the findings, in report order
     */
    static List<Finding> configFindingsIn(String file, String key, String... lines) {
        Settings settings = ApplicationConfig.builder().configText(file, String.join("\n", lines) + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }
}

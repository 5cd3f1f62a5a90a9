package dev.readiness.gates;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the lead's pass tests share: one file written to a temporary directory, read as the CLI reads it (an
 * {@code .env} file as an env file, anything else as a configuration file), every built-in gate run on it for
 * production, and each finding written as {@code SEVERITY code subject}.
 */
abstract class EveryGateOnOneFile {

    @TempDir
    Path directory;

    /**
     * Every built-in gate's findings on one file.
     *
     * @param fileName the file's name, whose ending says how it is read
     * @param text the file's text
     * @return the findings as {@code SEVERITY code subject}
     * @throws Exception when the file cannot be written or read
     */
    List<String> findings(String fileName, String text) throws Exception {
        Path file = Files.writeString(directory.resolve(fileName), text);
        ApplicationConfig.Builder builder = ApplicationConfig.builder();
        Settings settings = (fileName.endsWith(".env") ? builder.envFile(file) : builder.configFile(file)).build()
                .settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        List<String> found = new ArrayList<>();
        for (Gate gate : Gates.discover()) {
            gate.check(context).findings().forEach(finding ->
                    found.add(finding.severity() + " " + finding.code() + " " + finding.subject()));
        }
        return found;
    }

    static List<String> about(List<String> findings, String key) {
        return findings.stream().filter(finding -> finding.endsWith(" " + key)).toList();
    }

    static List<String> noGo(List<String> findings, String key) {
        return about(findings, key).stream().filter(finding -> finding.startsWith("NO_GO")).toList();
    }
}

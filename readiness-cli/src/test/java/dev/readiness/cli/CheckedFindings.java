package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole check as the CLI runs it on one file written into a directory, and returns what its JSON report
 * says, finding by finding: the code, severity and subject of each. For tests that read a labelled set's rows through
 * every gate at once.
 */
final class CheckedFindings {

    /** One finding of the JSON report. */
    record Reported(String code, String severity, String subject) {
    }

    private CheckedFindings() {
    }

    /**
     * Writes the file and checks it for production: an {@code .env} name is read with {@code --env-file}, any other
     * with {@code --properties}.
     */
    static List<Reported> check(Path dir, String fileName, String content) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String option = fileName.endsWith(".env") ? "--env-file" : "--properties";
        int status = Cli.execute(new String[] {"check", option, file.toString(), "--stage", "production", "--format",
                "json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        List<Reported> reported = new ArrayList<>();
        for (Object gate : Json.array(Json.object(Json.parse(out.toString(StandardCharsets.UTF_8))).get("gates"))) {
            for (Object finding : Json.array(Json.object(gate).get("findings"))) {
                Map<String, Object> f = Json.object(finding);
                reported.add(new Reported((String) f.get("code"), (String) f.get("severity"), (String) f.get("subject")));
            }
        }
        return reported;
    }

    /** The findings above INFO on one subject. */
    static List<Reported> on(List<Reported> reported, String subject) {
        return reported.stream().filter(r -> r.subject().equals(subject) && !r.severity().equals("INFO")).toList();
    }
}

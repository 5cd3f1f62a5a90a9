package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every waiver a user may copy from the documentation or the CLI's help names a finding code the README's reference
 * documents. Session 24: cli.md's examples waived {@code sandbox.endpoint} and {@code secrets.weak}, engine.md's
 * {@code database.loopback-host}, codes no gate reports; a newcomer copying one got {@code waiver.unused} and the finding kept blocking.
 */
class WaiverExamplesTests {

    private static final Pattern EXAMPLE = Pattern.compile(
            "--waiver '([a-z][a-z0-9.-]*)[:=]|(?:readiness\\.waivers\\[\\d+]\\.code|READINESS_WAIVERS_\\d+_CODE)=([a-z][a-z0-9.-]*)"
                    + "|<code>([a-z][a-z0-9.-]*)</code>|- code: ([a-z][a-z0-9.-]*)|Waiver\\.of\\(\"([a-z][a-z0-9.-]*)\"");

    private static List<String> codesIn(String text) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    codes.add(matcher.group(group));
                }
            }
        }
        return codes;
    }

    @Test
    void everyWaiverExampleShouldNameACodeTheReadmeDocuments() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("../docs/reference"))) {
            pages = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        List<String> examples = new ArrayList<>(codesIn(readme));
        for (Path page : pages) {
            examples.addAll(codesIn(Files.readString(page)));
        }
        examples.addAll(codesIn(CheckOptions.help()));

        assertThat(examples).as("waiver examples found").contains("sandbox.provider-host", "database.loopback");
        for (String code : examples) {
            assertThat(readme).as("the code %s of a waiver example in the README's reference tables", code)
                    .contains("| `" + code + "`");
        }
    }
}

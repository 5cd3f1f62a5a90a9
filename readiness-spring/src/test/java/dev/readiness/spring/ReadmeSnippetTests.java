package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's test-kit snippet can be pasted into a test class: every type it calls a static method on or reads a
 * constant from is imported in the snippet itself.
 */
class ReadmeSnippetTests {

    private static final Pattern JAVA_BLOCK = Pattern.compile("### In unit tests\\s+```java\\n(.*?)```",
            Pattern.DOTALL);

    private static final Pattern TYPE_USE = Pattern.compile("(?<![\\w.])([A-Z][A-Za-z0-9]*)\\.[a-zA-Z_]");

    @Test
    void theTestKitSnippetShouldImportEveryTypeItUses() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("../README.md")));
        assertThat(block.find()).as("the README's unit-test snippet").isTrue();
        String snippet = block.group(1);
        Set<String> used = new TreeSet<>();
        Matcher use = TYPE_USE.matcher(snippet.replaceAll("(?m)^import .*$", ""));
        while (use.find()) {
            used.add(use.group(1));
        }
        assertThat(used).contains("GateCheck", "Stage", "Map");
        for (String type : used) {
            assertThat(snippet).as("import of " + type).containsPattern("(?m)^import [\\w.]+\\." + type + ";$");
        }
    }
}

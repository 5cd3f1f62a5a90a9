package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * YAML with several broken documents: every broken document's first error is reported at once (capped), each with
 * its line, never quoting the text and never as another exception than {@link SettingsFileException}.
 */
class YamlErrorsPropertyTests {

    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";
    private static final String[] BROKEN = {"a: [\n", "a: \"" + CANARY + "\n", "a: 1\na: 2\n", "a: *nowhere\n",
        "a:\n b: 1\n  c: 2\n", "[a]: 1\n", "a: b: c\n", "\t" + CANARY + ": x\n", "a: {\n",
        "a: \"x\\U" + CANARY + "\"\n", "a: \"\\u" + CANARY + "\"\n"};
    private static final String[] VALID = {"a: 1\n", "b:\n  c: [x, y]\n", "s: " + CANARY + "\n", "\n", "# c\n"};

    private static Settings read(String text) {
        return ApplicationConfig.builder().configText("app.yml", text).build().settings();
    }

    @Provide
    Arbitrary<List<Integer>> documents() {
        return Arbitraries.integers().between(0, BROKEN.length + VALID.length - 1).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void everyBrokenDocumentShouldBeReportedWithItsLineAndNothingElse(@ForAll("documents") List<Integer> picks) {
        StringBuilder text = new StringBuilder();
        List<Integer> brokenLines = new java.util.ArrayList<>();
        int line = 1;
        for (int pick : picks) {
            String document = pick < BROKEN.length ? BROKEN[pick] : VALID[pick - BROKEN.length];
            text.append("---\n");
            if (pick < BROKEN.length) {
                brokenLines.add(line);
            }
            text.append(document);
            line += 1 + (int) document.chars().filter(c -> c == '\n').count();
        }
        if (brokenLines.isEmpty()) {
            assertThat(read(text.toString())).isNotNull();
            return;
        }
        assertThatThrownBy(() -> read(text.toString())).isInstanceOfSatisfying(SettingsFileException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(CANARY.substring(0, 4)).doesNotContain("\n");
            assertThat(e.problems()).hasSize(Math.min(brokenLines.size(), SettingsFileException.MAX_PROBLEMS));
            for (int i = 0; i < e.problems().size(); i++) {
                int reported = e.problems().get(i).line();
                int documentStart = brokenLines.get(i);
                assertThat(reported).as("problem %d of %s", i, e.getMessage()).isBetween(documentStart,
                        documentStart + 4);
            }
            if (brokenLines.size() > SettingsFileException.MAX_PROBLEMS) {
                assertThat(e.getMessage()).endsWith("and " + (brokenLines.size() - SettingsFileException.MAX_PROBLEMS)
                        + " more");
            }
        });
    }

    @Test
    void aBrokenEscapeInAQuotedValueShouldQuoteNoCharacterOfIt() {
        // SnakeYAML's "expected escape sequence of 8 hexadecimal numbers, but found: Qz8XwKp3" quoted up to eight
        // characters of a secret whose double-quoted value holds \\U, \\u or \\x (twenty-third pass)
        for (String escape : List.of("\\U", "\\u", "\\x", "ab\\U", "\\N\\U")) {
            assertThatThrownBy(() -> read("jwt:\n  secret: \"" + escape + CANARY + "\"\n"))
                    .isInstanceOfSatisfying(SettingsFileException.class, e -> {
                        assertThat(e.getMessage()).startsWith("app.yml:2: is not valid YAML").contains("escape");
                        for (int i = 0; i + 4 <= CANARY.length(); i++) {
                            assertThat(e.getMessage()).doesNotContain(CANARY.substring(i, i + 4));
                        }
                    });
        }
    }

    @Test
    void twoBrokenDocumentsShouldBothBeNamedInOneMessage() {
        assertThatThrownBy(() -> read("a: 1\n---\nb: [\n---\nc: ok\n---\nd: 1\nd: 2\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("app.yml:4: is not valid YAML")
                .hasMessageContaining("; line 8: is not valid YAML (column 1): duplicate key");
    }

    @Property(tries = 3)
    void manyBrokenDocumentsShouldBeReadInLinearTime(@ForAll("brokenDocument") String document) {
        String text = ("---\n" + document).repeat(10_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> read(text)).isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("and " + (10_000 - SettingsFileException.MAX_PROBLEMS) + " more");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
    }

    @Provide
    Arbitrary<String> brokenDocument() {
        return Arbitraries.of(BROKEN);
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Property tests over every configuration reader ({@code .properties}, {@code .env}, {@code .yml}, Kubernetes
 * manifests): whatever the bytes, the result is settings or a {@link SettingsFileException} naming the file, never
 * another exception; bytes that are not text (NUL, control characters, UTF-16/32 byte order marks) are always
 * refused, so nothing can come out GO because it was misread; and parsing stays linear.
 */
class ConfigReadersPropertyTests {

    private static final String[] NAMES = {"fuzz.properties", "fuzz.env", "fuzz.yml"};

    private Path directory;

    @BeforeProperty
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("readiness-config-fuzz");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Provide
    Arbitrary<byte[]> yamlishBytes() {
        return Arbitraries.of("a:", " b: 1\n", "- x\n", "---\n", "#---\n", "${A}", "k=v\n", "\t", "\"", "'", "&a ",
                        "*a", "<<: ", "{", "}", "[", "]", "\u0000", "\u00e9", "\uFEFF", "\n")
                .list().ofMaxSize(60)
                .map(parts -> String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void everyReaderShouldGiveSettingsOrAFileErrorForAnyBytes(@ForAll @Size(max = 400) byte[] bytes)
            throws IOException {
        for (String name : NAMES) {
            assertReadsOrRefuses(name, bytes);
        }
    }

    @Property(tries = 300)
    void everyReaderShouldGiveSettingsOrAFileErrorForYamlLikeBytes(@ForAll("yamlishBytes") byte[] bytes)
            throws IOException {
        for (String name : NAMES) {
            assertReadsOrRefuses(name, bytes);
        }
    }

    private void assertReadsOrRefuses(String name, byte[] bytes) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, bytes);
        boolean binary = isBinary(bytes);
        try {
            ApplicationConfig.builder().configFile(file).build();
            assertThat(binary).as("binary content must never be read as settings").isFalse();
        } catch (SettingsFileException refused) {
            assertThat(refused.getMessage()).startsWith(file.toString());
            assertThat(refused.getMessage()).doesNotContain("\n");
        }
        try {
            ApplicationConfig.builder().kubernetes(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                    null).build();
        } catch (SettingsFileException refused) {
            assertThat(refused.getMessage()).startsWith(name);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 3)
    void propertiesWithAMegabyteOfContinuationLinesShouldParseInLinearTime(
            @ForAll("continuationStyles") String line) {
        StringBuilder text = new StringBuilder("key = ");
        while (text.length() < 1024 * 1024) {
            text.append(line);
        }
        text.append("end\n");
        long start = cpuNanos();
        Settings settings = Settings.builder().properties("huge.properties", text.toString()).build();
        Duration took = Duration.ofNanos(cpuNanos() - start);

        assertThat(settings.value("key")).get().asString().endsWith("end");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    /** CPU time of this thread: the machine is shared, so wall-clock time says little about the algorithm. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Provide
    Arbitrary<String> continuationStyles() {
        return Arbitraries.of("a\\\n", "\\\\\\\n", "\\\n", "  x y \\\r\n   ");
    }

    @Property(tries = 2)
    void yamlOfAMegabyteShouldParseInLinearTime(@ForAll("yamlEntries") String entry) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.length() < 1024 * 1024) {
            text.append("k").append(i++).append(entry);
        }
        long start = cpuNanos();
        Settings settings = ApplicationConfig.builder().configText("big.yml", text.toString()).build().settings();
        Duration took = Duration.ofNanos(cpuNanos() - start);

        assertThat(settings.size()).isGreaterThan(10_000);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Provide
    Arbitrary<String> yamlEntries() {
        return Arbitraries.of(":\n  a: 1\n  b: [x, y]\n", ": ${OTHER:default}\n");
    }

    @Property(tries = 50)
    void everyMalformedLineShouldBeReportedAtOnce(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 40)
            int badLines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < badLines; i++) {
            text.append("ok").append(i).append("=1\nbad").append(i).append("=\\uZZZZ\n");
        }
        assertThatThrownBy(() -> Settings.builder().properties("many.properties", text.toString()))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> {
                    assertThat(e.problems()).hasSize(Math.min(badLines, SettingsFileException.MAX_PROBLEMS));
                    assertThat(e.problems().get(e.problems().size() - 1).line())
                            .isEqualTo(2 * Math.min(badLines, SettingsFileException.MAX_PROBLEMS));
                    if (badLines > SettingsFileException.MAX_PROBLEMS) {
                        assertThat(e.getMessage()).endsWith("and " + (badLines - SettingsFileException.MAX_PROBLEMS)
                                + " more");
                    }
                });
    }

    /**
     * A chain of references ({@code k1=${k0}}, {@code k2=${k1}}, …) resolves or is refused by its length alone, never
     * by the order its lines are written in: a chain through more than 32 settings is an error in any order.
     */
    @Property(tries = 200)
    void placeholderChainShouldResolveOrBeRefusedWhateverTheOrderOfItsLines(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 60) int length, @ForAll java.util.Random random) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("k0=x");
        for (int i = 1; i < length; i++) {
            lines.add("k" + i + "=${k" + (i - 1) + "}");
        }
        java.util.Collections.shuffle(lines, random);
        String text = String.join("\n", lines) + "\n";

        if (length > 32) {
            assertThatThrownBy(() -> ApplicationConfig.builder().configText("application.properties", text).build())
                    .isInstanceOf(SettingsFileException.class)
                    .hasMessageContaining("refer through more than 32 settings");
        } else {
            Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                    .settings();
            assertThat(settings.value("k" + (length - 1))).contains("x");
        }
    }
}

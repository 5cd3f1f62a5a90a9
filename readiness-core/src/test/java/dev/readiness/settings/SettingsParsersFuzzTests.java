package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.internal.GoverningComments;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property tests over the dotenv and properties readers and {@link RelaxedNames}: whatever the input (random,
 * structured, huge, control characters, unpaired UTF-16 surrogates, non-ASCII, arbitrary bytes), the readers give
 * settings or a {@link SettingsFileException} naming a line that exists, never another exception; the comment
 * governing a setting stays bounded, whatever the comments around it.
 */
class SettingsParsersFuzzTests {

    private static final List<String> DOTENV_FRAGMENTS = List.of("KEY", "export ", "=", " ", "\t", "\"", "'", "\\",
            "\\n", "\\\"", "#", " #", ":", ": ", ":\t",
            "# optional\n", "#---\n", "\n", "\r\n", "\r", "${X}", "$", "a", "1", ".", "-", "_", "\uFEFF", "\u0000",
            "\u001b", "\ud800", "\udfff", "é", "日本", "\ud83d\ude00", "\u2028");

    private static final List<String> PROPERTIES_FRAGMENTS = List.of("key", "=", ":", " ", "\t", "\f", "\\", "\\u",
            "\\u00e9", "\\uZZ", "0041", "#", "!", "! note\n", "#---\n", "\n", "\r\n", "\r", "a", "\\\n", "\\\\",
            "\u0000", "\ud800", "é", "\ud83d\ude00");

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> controlSurrogatesAndNonAscii() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .withCharRange('\ud800', '\udfff')
                .withCharRange('\u0080', '\u00ff')
                .withChars('=', '"', '\'', '\\', '#', 'A', ' ', '\u2028', '\ufeff', '\uffff')
                .ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> dotenvLike() {
        return Arbitraries.of(DOTENV_FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> propertiesLike() {
        return Arbitraries.of(PROPERTIES_FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> hugeText() {
        return Arbitraries.longs().map(seed -> huge(seed, DOTENV_FRAGMENTS, PROPERTIES_FRAGMENTS));
    }

    private static String huge(long seed, List<String> first, List<String> second) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(1_050_000);
        while (text.length() < 1_000_000) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(first.get(random.nextInt(first.size())));
                case 1 -> text.append(second.get(random.nextInt(second.size())));
                case 2 -> text.append("KEY_").append(random.nextInt(1000)).append('=').append(random.nextLong()).append('\n');
                default -> text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    @Property(tries = 500)
    void dotenvShouldGiveSettingsOrAFileErrorForAnyText(@ForAll("anyText") String text) {
        assertReadsOrRejects(text, true);
    }

    @Property(tries = 500)
    void dotenvShouldGiveSettingsOrAFileErrorForControlCharsSurrogatesAndNonAscii(
            @ForAll("controlSurrogatesAndNonAscii") String text) {
        assertReadsOrRejects(text, true);
    }

    @Property(tries = 500)
    void propertiesShouldGiveSettingsOrAFileErrorForControlCharsSurrogatesAndNonAscii(
            @ForAll("controlSurrogatesAndNonAscii") String text) {
        assertReadsOrRejects(text, false);
    }

    @Property(tries = 500)
    void relaxedNamesShouldCopeWithControlCharsSurrogatesAndNonAscii(
            @ForAll("controlSurrogatesAndNonAscii") String key) {
        assertThat(RelaxedNames.matches(key, RelaxedNames.canonical(key))).isTrue();
        assertThat(RelaxedNames.words(key)).allSatisfy(word -> assertThat(word).isNotEmpty());
    }

    @Property(tries = 500)
    void dotenvShouldGiveSettingsOrAFileErrorForDotenvLikeText(@ForAll("dotenvLike") String text) {
        assertReadsOrRejects(text, true);
    }

    @Property(tries = 4)
    void dotenvShouldGiveSettingsOrAFileErrorForHugeText(@ForAll("hugeText") String text) {
        assertReadsOrRejects(text, true);
    }

    /**
     * A line of a megabyte made of the YAML-style separator's pieces (thirty-sixth pass: checking the text before
     * every {@code ": "} took two minutes for one such line) is read or refused in linear time.
     */
    @Property(tries = 3)
    void dotenvShouldReadOrRefuseAHugeLineOfColonsQuickly(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> pieces = List.of(": ", ":", " ", "a", "A_B", "-", "\t", "=", "#");
        StringBuilder line = new StringBuilder(1_000_010).append(random.nextBoolean() ? "KEY" : "a b");
        while (line.length() < 1_000_000) {
            line.append(pieces.get(random.nextInt(pieces.size() - 2)));
        }
        String text = "A=1\n" + line + "\nB=2\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertReadsOrRejects(text, true));
    }

    @Property(tries = 500)
    void propertiesShouldGiveSettingsOrAFileErrorForAnyText(@ForAll("anyText") String text) {
        assertReadsOrRejects(text, false);
    }

    @Property(tries = 500)
    void propertiesShouldGiveSettingsOrAFileErrorForPropertiesLikeText(@ForAll("propertiesLike") String text) {
        assertReadsOrRejects(text, false);
    }

    @Property(tries = 4)
    void propertiesShouldGiveSettingsOrAFileErrorForHugeText(@ForAll("hugeText") String text) {
        assertReadsOrRejects(text, false);
    }

    @Property(tries = 500)
    void decodingShouldGiveTextOrAFileErrorNamingAnExistingLineForAnyBytes(@ForAll @Size(max = 300) byte[] bytes) {
        int lines = lineCount(new String(bytes, StandardCharsets.ISO_8859_1));
        try {
            String text = SettingsFiles.decode("fuzz.env", bytes, SettingsFiles.Encoding.STRICT_UTF_8);
            assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        } catch (SettingsFileException e) {
            assertThat(e.line()).isPresent();
            assertThat(e.line().getAsInt()).isBetween(1, lines);
            assertThat(e.getMessage()).startsWith("fuzz.env:").contains("not valid UTF-8");
        }
        try {
            String lenient = SettingsFiles.decode("fuzz.properties", bytes, SettingsFiles.Encoding.UTF_8_ELSE_ISO_8859_1);
            assertThat(lenient).isNotNull();
        } catch (SettingsFileException binary) {
            assertThat(binary.getMessage()).startsWith("fuzz.properties: is not text");
        }
    }

    @Property(tries = 500)
    void relaxedNamesShouldNeverThrowAndBeConsistent(@ForAll("anyText") String key, @ForAll("anyText") String other) {
        String canonical = RelaxedNames.canonical(key);
        assertThat(RelaxedNames.canonical(canonical)).isEqualTo(canonical);
        assertThat(RelaxedNames.matches(key, key)).isTrue();
        assertThat(RelaxedNames.matches(key, other)).isEqualTo(RelaxedNames.matches(other, key));
        assertThat(RelaxedNames.words(key)).allSatisfy(word -> assertThat(word).isNotEmpty());
    }

    @Property(tries = 3)
    void relaxedNamesShouldCopeWithHugeKeys(@ForAll("hugeText") String key) {
        assertThat(RelaxedNames.canonical(key).length()).isLessThanOrEqualTo(key.length());
        assertThat(RelaxedNames.words(key)).isNotNull();
    }

    private static void assertReadsOrRejects(String text, boolean dotenv) {
        int lines = lineCount(text);
        try {
            SettingsBuilder builder = Settings.builder();
            Settings settings = (dotenv ? builder.dotenv("fuzz.env", text) : builder.properties("fuzz.env", text))
                    .build();
            for (Setting setting : settings) {
                String origin = setting.origin().description();
                assertThat(origin).startsWith("fuzz.env:");
                assertThat(Integer.parseInt(origin.substring("fuzz.env:".length()))).isBetween(1, lines);
                if (dotenv) {
                    assertThat(DotenvParser.isValidKey(setting.key())).isTrue();
                }
                assertThat(GoverningComments.of(setting)).hasSizeLessThanOrEqualTo(2 * FileComments.MAX_CHARS + 1)
                        .doesNotContain("\r");
            }
        } catch (SettingsFileException e) {
            assertThat(e.file()).isEqualTo("fuzz.env");
            assertThat(e.line()).isPresent();
            assertThat(e.line().getAsInt()).isBetween(1, lines);
            assertThat(e.getMessage()).startsWith("fuzz.env:" + e.line().getAsInt() + ": ");
        }
    }

    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertiesParserTests {

    private static Settings read(String text) {
        return Settings.builder().properties("application.properties", text).build();
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("equals", "key=value", "key", "value"),
                Arguments.of("colon", "key:value", "key", "value"),
                Arguments.of("whitespace separator", "key value", "key", "value"),
                Arguments.of("blanks around equals", "key  =  value", "key", "value"),
                Arguments.of("whitespace then colon", "key \t: value", "key", "value"),
                Arguments.of("trailing blanks kept", "key=value  ", "key", "value  "),
                Arguments.of("second equals is value", "key==value", "key", "=value"),
                Arguments.of("empty value", "key=", "key", ""),
                Arguments.of("key alone", "key", "key", ""),
                Arguments.of("escaped separator in key", "a\\=b\\:c\\ d=v", "a=b:c d", "v"),
                Arguments.of("unicode escape", "key=caf\\u00e9 \\u00E9", "key", "café é"),
                Arguments.of("escapes", "key=a\\tb\\nc\\rd\\fe", "key", "a\tb\nc\rd\fe"),
                Arguments.of("other escapes drop the backslash", "key=\\a\\#\\!\\\\", "key", "a#!\\"),
                Arguments.of("hash inside value", "key=a # not a comment", "key", "a # not a comment"),
                Arguments.of("placeholder kept", "key=${OTHER:default}", "key", "${OTHER:default}"),
                Arguments.of("non-ASCII", "schlüssel=grüße", "schlüssel", "grüße"),
                Arguments.of("leading form feed", "\fkey=v", "key", "v"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readShouldFollowJavaPropertiesSyntax(String description, String text, String key, String value)
            throws IOException {
        Settings settings = read(text + "\n");

        assertThat(settings.list()).singleElement().satisfies(setting -> {
            assertThat(setting.key()).isEqualTo(key);
            assertThat(setting.value()).isEqualTo(value);
            assertThat(setting.origin().description()).isEqualTo("application.properties:1");
        });
        Properties reference = new Properties();
        reference.load(new StringReader(text + "\n"));
        assertThat(reference).containsEntry(key, value);
    }

    @Test
    void readShouldJoinContinuedLinesWithTheOriginOfTheFirst() throws IOException {
        String text = """
                # header
                ! bang comment
                first=1
                hosts=a,\\
                      b,\\
                   c
                last=\\\\
                after=2
                """;
        Settings settings = read(text);

        assertThat(settings.value("hosts")).contains("a,b,c");
        assertThat(settings.get("hosts").orElseThrow().origin().description()).isEqualTo("application.properties:4");
        assertThat(settings.value("last")).contains("\\");
        assertThat(settings.get("after").orElseThrow().origin().description()).isEqualTo("application.properties:8");
        assertThat(asMap(settings)).isEqualTo(reference(text));
    }

    @Test
    void readShouldNotTreatAContinuedHashAsAComment() throws IOException {
        String text = "a=x\\\n#still-value\nb=2\n";

        assertThat(read(text).value("a")).contains("x#still-value");
        assertThat(asMap(read(text))).isEqualTo(reference(text));
    }

    @Test
    void readShouldNotContinueAComment() throws IOException {
        String text = "# comment \\\nkey=v\n";

        assertThat(read(text).value("key")).contains("v");
        assertThat(asMap(read(text))).isEqualTo(reference(text));
    }

    @Test
    void readShouldReadEveryDocumentOfAMultiDocumentFileLaterWinning() {
        Settings settings = read("a=1\n#---\na=2\n");

        assertThat(settings.value("a")).contains("2");
        assertThat(settings.get("a").orElseThrow().origin().description()).isEqualTo("application.properties:3");
    }

    @Test
    void readShouldSkipEntriesWithAnEmptyKey() {
        assertThat(read("=orphan\n:orphan\nk=v\n").list()).extracting(Setting::key).containsExactly("k");
    }

    @Test
    void readShouldAcceptCrlfByteOrderMarkAndMissingFinalLineBreak() {
        Settings settings = read("\uFEFFa=1\r\nb=2\rc=3");

        assertThat(settings.list()).extracting(Setting::key).containsExactly("a", "b", "c");
        assertThat(settings.get("c").orElseThrow().origin().description()).isEqualTo("application.properties:3");
    }

    @Test
    void readWhenFileEndsInABackslashShouldDropIt() {
        assertThat(read("a=x\\").value("a")).contains("x");
    }

    @Test
    void readWhenKeyRepeatsShouldLetTheLaterWin() {
        Settings settings = read("a=1\nb=2\na=3\n");

        assertThat(settings.value("a")).contains("3");
        assertThat(settings.get("a").orElseThrow().origin().description()).isEqualTo("application.properties:3");
    }

    @ParameterizedTest
    @MethodSource("malformedUnicode")
    void readShouldRejectAMalformedUnicodeEscapeNamingTheLine(String text, int line) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> assertThat(e.line()).hasValue(line))
                .hasMessageStartingWith("application.properties:" + line + ": malformed \\uXXXX escape");
    }

    static Stream<Arguments> malformedUnicode() {
        return Stream.of(
                Arguments.of("a=\\u12\n", 1),
                Arguments.of("a=1\nb=\\uZZZZ\n", 2),
                Arguments.of("a=1\n\nb=x\\\n  \\u00G0\n", 3),
                Arguments.of("k\\u=v\n", 1),
                Arguments.of("a=\\u١٢٣٤\n", 1));
    }

    @Test
    void rejectionShouldNeverQuoteTheValue() {
        assertThatThrownBy(() -> read("token=sk_live_CANARYVALUE\\uZZ\n"))
                .isInstanceOf(SettingsFileException.class)
                .message().doesNotContain("CANA").doesNotContain("sk_l");
    }

    private static Map<String, String> asMap(Settings settings) {
        return settings.stream().collect(Collectors.toMap(Setting::key, Setting::value));
    }

    private static Map<String, String> reference(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, properties::getProperty));
    }
}

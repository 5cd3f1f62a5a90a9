package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsBuilderTests {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dotenvFileShouldReadValuesWithFileAndLineOrigins() throws IOException {
        Path file = write("prod.env", "# prod\nexport JWT_SECRET=\"abc def\"\nDB_URL=jdbc:postgresql://db/app\n");

        Settings settings = Settings.builder().dotenvFile(file).build();

        assertThat(settings.value("jwt.secret")).contains("abc def");
        assertThat(settings.get("JWT_SECRET").orElseThrow().origin().description()).isEqualTo(file + ":2");
    }

    @Test
    void dotenvFileShouldNameTheFileAsTheUserGaveIt() throws IOException {
        write("prod.env", "\n\nA=1\n");
        Path relative = Path.of(dir.toString(), ".", "prod.env");

        Settings settings = Settings.builder().dotenvFile(relative).build();

        assertThat(settings.get("A").orElseThrow().origin().description()).isEqualTo(relative + ":3");
    }

    @Test
    void dotenvFileWhenMissingShouldSaySo() {
        Path missing = dir.resolve("missing.env");

        assertThatThrownBy(() -> Settings.builder().dotenvFile(missing))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(missing.toString());
                    assertThat(e.line()).isEmpty();
                })
                .hasMessage(missing + ": no such file");
    }

    @Test
    void dotenvFileWhenDirectoryShouldSaySo() {
        assertThatThrownBy(() -> Settings.builder().dotenvFile(dir))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void propertiesFileWhenMissingOrDirectoryShouldSaySo() {
        Path missing = dir.resolve("application.properties");

        assertThatThrownBy(() -> Settings.builder().propertiesFile(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> Settings.builder().propertiesFile(dir))
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void dotenvFileWhenUnreadableShouldSaySo() throws IOException {
        Path file = write("secret.env", "A=1\n");
        boolean restricted = file.toFile().setReadable(false, false) && !Files.isReadable(file);
        try {
            if (restricted) {
                assertThatThrownBy(() -> Settings.builder().dotenvFile(file))
                        .isInstanceOf(SettingsFileException.class)
                        .hasMessage(file + ": cannot be read: permission denied");
            } else {
                // Running as root: permissions do not restrict reading, so the file reads normally.
                assertThat(Settings.builder().dotenvFile(file).build().value("A")).contains("1");
            }
        } finally {
            file.toFile().setReadable(true, false);
        }
    }

    @Test
    void dotenvFileWhenNotUtf8ShouldNameTheLineWithoutAStackTraceOrTheBytes() throws IOException {
        byte[] bytes = "A=1\nB=2\nPASSWORD=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.env", bytes);

        assertThatThrownBy(() -> Settings.builder().dotenvFile(file))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> {
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.getCause()).isNull();
                })
                .hasMessage(file + ":3: is not valid UTF-8 (byte 13 of the line); save the file as UTF-8");
    }

    @Test
    void dotenvFileWhenTruncatedUtf8AtTheEndShouldNameTheLine() throws IOException {
        byte[] text = "A=1\r\nB=\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(text, text.length - 1);
        Path file = write("cut.env", truncated);

        assertThatThrownBy(() -> Settings.builder().dotenvFile(file))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> assertThat(e.line()).hasValue(2));
    }

    @Test
    void dotenvFileShouldSkipAUtf8ByteOrderMark() throws IOException {
        byte[] body = "KEY=v\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Settings settings = Settings.builder().dotenvFile(write("bom.env", withBom)).build();

        assertThat(settings.list()).extracting(Setting::key).containsExactly("KEY");
    }

    @Test
    void propertiesFileShouldReadUtf8() throws IOException {
        Path file = write("application.properties", "greeting=grüße\n");

        assertThat(Settings.builder().propertiesFile(file).build().value("greeting")).contains("grüße");
    }

    @Test
    void propertiesFileWhenNotUtf8ShouldReadItAsIso88591LikeTheJdk() throws IOException {
        Path file = write("legacy.properties", "a=1\ngreeting=gr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1));

        Settings settings = Settings.builder().propertiesFile(file).build();

        assertThat(settings.value("greeting")).contains("grüße");
        assertThat(settings.get("greeting").orElseThrow().origin().description()).isEqualTo(file + ":2");
    }

    @Test
    void readerOverloadsShouldUseTheGivenName() {
        Settings settings = Settings.builder()
                .dotenv("stdin.env", new StringReader("A=1\n"))
                .properties("inline.properties", new StringReader("\nb=2\n"))
                .build();

        assertThat(settings.get("A").orElseThrow().origin().description()).isEqualTo("stdin.env:1");
        assertThat(settings.get("b").orElseThrow().origin().description()).isEqualTo("inline.properties:2");
    }

    @Test
    void readerWhenDecodingFailsShouldGiveAPreciseError() {
        Reader strict = new InputStreamReader(new ByteArrayInputStream(new byte[] {'A', '=', (byte) 0xFF, '\n'}),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));

        assertThatThrownBy(() -> Settings.builder().dotenv("pipe.env", strict))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage("pipe.env: is not valid in the character set it is read with");
    }

    @Test
    void laterSourcesShouldWinWithTheirOrigins() throws IOException {
        Path base = write("base.env", "JWT_SECRET=base\nDB_URL=jdbc:postgresql://base/app\nONLY_BASE=1\n");
        Path prod = write("prod.properties", "jwt.secret=prod\n");

        Settings settings = Settings.builder()
                .map(Map.of("db-url", "from-map", "only-map", "m"), "defaults")
                .dotenvFile(base)
                .propertiesFile(prod)
                .environment(Map.of("DB_URL", "from-env"))
                .build();

        assertThat(settings.value("jwtSecret")).contains("prod");
        assertThat(settings.get("JWT_SECRET").orElseThrow().origin().description()).isEqualTo(prod + ":1");
        assertThat(settings.get("db.url").orElseThrow().origin().description())
                .isEqualTo("environment variable DB_URL");
        assertThat(settings.value("db.url")).contains("from-env");
        assertThat(settings.get("only-map").orElseThrow().origin().description()).isEqualTo("defaults");
        assertThat(settings.get("ONLY_BASE").orElseThrow().origin().description()).isEqualTo(base + ":3");
    }

    @Test
    void laterFileShouldWinOverEarlierFileAsOnTheCommandLine() throws IOException {
        Path first = write("a.env", "KEY=first\n");
        Path second = write("b.env", "\nkey=second\n");

        Settings settings = Settings.builder().dotenvFile(first).dotenvFile(second).build();

        assertThat(settings.value("KEY")).contains("second");
        assertThat(settings.get("KEY").orElseThrow().origin().description()).isEqualTo(second + ":2");
        assertThat(settings.size()).isEqualTo(1);
    }

    @Test
    void standardShouldLetSystemPropertiesWinOverTheEnvironment() {
        String name = "readiness.test.standard-" + System.nanoTime();
        System.setProperty(name, "from-property");
        try {
            Setting setting = Settings.standard().get(name).orElseThrow();

            assertThat(setting.value()).isEqualTo("from-property");
            assertThat(setting.origin().description()).isEqualTo("system property " + name);
        } finally {
            System.clearProperty(name);
        }
        String anyVariable = System.getenv().keySet().iterator().next();
        assertThat(Settings.standard().get(anyVariable)).isPresent();
    }

    @Test
    void environmentAndSystemPropertyOriginsShouldNameTheSource() {
        Settings settings = Settings.builder().environment(Map.of("JWT_SECRET", "x")).build();

        assertThat(settings.get("jwt.secret").orElseThrow().origin().description())
                .isEqualTo("environment variable JWT_SECRET");
    }

    @Test
    void addingAfterBuildShouldLeaveTheBuiltSettingsAsTheyWere() {
        SettingsBuilder builder = Settings.builder().map(Map.of("A", "1"), "first");
        Settings first = builder.build();

        builder.add(Setting.of("a", "2", Origin.of("second"))).add(Setting.of("B", "3", Origin.of("second")));
        Settings second = builder.build();

        assertThat(first.size()).isEqualTo(1);
        assertThat(first.value("A")).contains("1");
        assertThat(first.contains("B")).isFalse();
        assertThat(second.value("A")).contains("2");
        assertThat(second.list()).extracting(Setting::key).containsExactly("a", "B");
    }

    @Test
    void aLaterSettingShouldTakeTheEarlierOnesPlaceInTheOrderAcrossManyKeys() {
        SettingsBuilder builder = Settings.builder();
        for (int i = 0; i < 10_000; i++) {
            builder.add(Setting.of("KEY_" + i, "old", Origin.of("first")));
        }
        for (int i = 0; i < 10_000; i += 2) {
            builder.add(Setting.of("key." + i, "new", Origin.file("second.properties", i + 1)));
        }

        Settings settings = builder.build();

        assertThat(settings.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            Setting setting = settings.list().get(i);
            assertThat(RelaxedNames.canonical(setting.key())).isEqualTo("key" + i);
            assertThat(settings.get("KEY_" + i)).contains(setting);
            assertThat(setting.value()).isEqualTo(i % 2 == 0 ? "new" : "old");
        }
        assertThat(settings.get("key.4").orElseThrow().origin()).isEqualTo(Origin.file("second.properties", 5));
    }

    @Test
    void aSettingShouldGiveBackTheOriginItWasMadeWith() {
        Origin line = Origin.file("prod.env", 3);
        Origin column = Origin.file("application.yml", 4, 7);
        Origin via = Origin.file("prod.env", 9).via("JWT_KEY");

        assertThat(Setting.of("A", "1", line).origin()).isEqualTo(line).hasToString("prod.env:3");
        assertThat(Setting.of("B", "2", column).origin()).isEqualTo(column).hasToString("application.yml:4:7");
        assertThat(Setting.of("C", "3", via).origin()).isEqualTo(via).hasToString("prod.env:9 via JWT_KEY");
        assertThat(Setting.deferred("D", "${X}", line, "X at run time").origin()).isEqualTo(line);
        assertThat(Setting.deferred("D", "${X}", line, "X at run time").suppliedBy()).contains("X at run time");
        assertThat(Setting.of("A", "1", line)).isEqualTo(Setting.of("A", "1", Origin.file("prod.env", 3)));
    }
}

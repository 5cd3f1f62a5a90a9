package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DotenvParserTests {

    private static Settings read(String text) {
        return Settings.builder().dotenv("prod.env", text).build();
    }

    private static String value(String text, String key) {
        return read(text).value(key).orElseThrow(() -> new AssertionError("no " + key + " in " + read(text)));
    }

    static Stream<Arguments> acceptedLines() {
        return Stream.of(
                Arguments.of("plain", "KEY=value", "value"),
                Arguments.of("spaces around =", "KEY = value", "value"),
                Arguments.of("tabs around =", "KEY\t=\tvalue", "value"),
                Arguments.of("trailing spaces trimmed", "KEY=value   ", "value"),
                Arguments.of("leading indentation", "   KEY=value", "value"),
                Arguments.of("export prefix", "export KEY=value", "value"),
                Arguments.of("YAML-style colon, as Compose and dotenv read it", "KEY: value", "value"),
                Arguments.of("YAML-style colon with export", "export KEY:  value", "value"),
                Arguments.of("YAML-style colon, empty", "KEY:", ""),
                Arguments.of("equals before a colon", "KEY=a: b", "a: b"),
                Arguments.of("export with several blanks", "export \t KEY = value", "value"),
                Arguments.of("empty value", "KEY=", ""),
                Arguments.of("empty value with spaces", "KEY=   ", ""),
                Arguments.of("empty value with comment", "KEY= # nothing yet", ""),
                Arguments.of("inline comment", "KEY=value # the comment", "value"),
                Arguments.of("inline comment after tab", "KEY=value\t# the comment", "value"),
                Arguments.of("hash without blank stays", "KEY=abc#def", "abc#def"),
                Arguments.of("hash at value start without blank stays", "KEY=#abc", "#abc"),
                Arguments.of("equals in value", "URL=jdbc:postgresql://db/app?ssl=true&a=b", "jdbc:postgresql://db/app?ssl=true&a=b"),
                Arguments.of("quote inside unquoted value", "KEY=it's", "it's"),
                Arguments.of("placeholder kept literally", "KEY=${OTHER}", "${OTHER}"),
                Arguments.of("placeholder with default kept", "KEY=${OTHER:-x}", "${OTHER:-x}"),
                Arguments.of("single quotes literal", "KEY='a \\n b # c'", "a \\n b # c"),
                Arguments.of("single quotes keep placeholder", "KEY='${X}'", "${X}"),
                Arguments.of("single quotes then comment", "KEY='v' # comment", "v"),
                Arguments.of("double quotes", "KEY=\"a b\"", "a b"),
                Arguments.of("double quotes keep hash", "KEY=\"a # b\"", "a # b"),
                Arguments.of("double quotes then comment", "KEY=\"v\"   # comment", "v"),
                Arguments.of("double quotes then comment without blank", "KEY=\"v\"# comment", "v"),
                Arguments.of("empty double quotes", "KEY=\"\"", ""),
                Arguments.of("empty single quotes", "KEY=''", ""),
                Arguments.of("escape newline", "KEY=\"a\\nb\"", "a\nb"),
                Arguments.of("escape tab", "KEY=\"a\\tb\"", "a\tb"),
                Arguments.of("escape carriage return", "KEY=\"a\\rb\"", "a\rb"),
                Arguments.of("escape quote", "KEY=\"say \\\"hi\\\"\"", "say \"hi\""),
                Arguments.of("escape backslash", "KEY=\"C:\\\\dir\"", "C:\\dir"),
                Arguments.of("escape dollar", "KEY=\"\\${X}\"", "${X}"),
                Arguments.of("double quotes keep placeholder", "KEY=\"${X}\"", "${X}"),
                Arguments.of("unknown escape kept", "KEY=\"a\\db\"", "a\\db"),
                Arguments.of("non-ASCII value", "KEY=grüße-日本", "grüße-日本"),
                Arguments.of("key with dots and dashes", "spring.datasource-url=x", "x"),
                Arguments.of("key with Spring list indexes", "clients[0].urls[12]=x", "x"),
                Arguments.of("key starting with underscore", "_KEY=x", "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedLines")
    void readShouldAcceptWhatUsersWrite(String description, String line, String expected) {
        Settings settings = read(line + "\n");

        assertThat(settings.size()).isEqualTo(1);
        Setting setting = settings.list().get(0);
        assertThat(setting.value()).isEqualTo(expected);
        assertThat(setting.origin().description()).isEqualTo("prod.env:1");
    }

    @Test
    void readWhenShellReferenceIsSingleQuotedOrEscapedShouldMarkItLiteral() {
        Settings settings = read("""
                HOME_COPY='$HOME'
                POOL_URL='postgres://$PGUSER:$PGPASSWORD@pool/app'
                ESCAPED="\\$HOME"
                """);

        assertThat(settings.list()).allSatisfy(setting -> assertThat(setting.isLiteral()).as(setting.key()).isTrue());
        assertThat(settings.value("HOME_COPY")).contains("$HOME");
        assertThat(settings.value("ESCAPED")).contains("$HOME");
        assertThat(settings.get("POOL_URL").orElseThrow().origin().description()).isEqualTo("prod.env:2");
    }

    @Test
    void readWhenShellReferenceIsUnquotedOrDoubleQuotedShouldNotMarkItLiteral() {
        Settings settings = read("""
                A=$HOME
                B="$HOME"
                C="\\$HOME $PATH"
                D='${HOME}'
                E='pa$$word'
                F='$HOME' trailing text
                """);

        assertThat(settings.size()).isEqualTo(6);
        assertThat(settings.list()).noneMatch(Setting::isLiteral);
    }

    @Test
    void readShouldSkipBlankAndCommentLinesAndCountThemForOrigins() {
        Settings settings = read("""
                # database

                DB_URL=jdbc:postgresql://db/app
                   # indented comment
                \t
                JWT_SECRET=abc
                """);

        assertThat(settings.list()).extracting(Setting::key).containsExactly("DB_URL", "JWT_SECRET");
        assertThat(settings.get("JWT_SECRET").orElseThrow().origin().description()).isEqualTo("prod.env:6");
        assertThat(settings.get("DB_URL").orElseThrow().origin().description()).isEqualTo("prod.env:3");
    }

    @Test
    void readShouldTakeANameAloneAsAVariableTheDeployHostSuppliesNotAnError() {
        Settings settings = read("""
                GEONODE_LB_HOST_IP
                export POLICY_SERVER_URL
                SITE_NAME # set per host
                JWT_SECRET=abc
                """);

        assertThat(settings.list()).extracting(Setting::key).containsExactly("JWT_SECRET");
        assertThat(settings.get("JWT_SECRET").orElseThrow().origin().description()).isEqualTo("prod.env:4");
    }

    @Test
    void readShouldTakeOneUpperCaseWordAloneAsAVariableButNotATokenOrALowerCaseWord() {
        Settings settings = read("""
                DOCKERHOST
                GEONODE_LB_PORT=80
                """);

        assertThat(settings.list()).extracting(Setting::key).containsExactly("GEONODE_LB_PORT");
        assertThatThrownBy(() -> read("AKIAIOSFODNN7EXAMPLE\n")).isInstanceOf(SettingsFileException.class);
        assertThatThrownBy(() -> read("changeme\n")).isInstanceOf(SettingsFileException.class);
        assertThatThrownBy(() -> read("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH\n")).isInstanceOf(SettingsFileException.class);
    }

    @Test
    void readShouldAcceptCrlfAndOldMacLineEnds() {
        Settings settings = read("A=1\r\nB=\"x\r\ny\"\r\nC=3\rD=4");

        assertThat(settings.value("A")).contains("1");
        assertThat(settings.value("B")).contains("x\ny");
        assertThat(settings.get("C").orElseThrow().origin().description()).isEqualTo("prod.env:4");
        assertThat(settings.get("D").orElseThrow().origin().description()).isEqualTo("prod.env:5");
    }

    @Test
    void readShouldSkipAByteOrderMark() {
        Settings settings = read("\uFEFFKEY=value\n");

        assertThat(settings.list()).extracting(Setting::key).containsExactly("KEY");
    }

    @Test
    void readShouldAcceptALastLineWithoutLineBreak() {
        assertThat(value("A=1\nB=2", "B")).isEqualTo("2");
    }

    @Test
    void readShouldAcceptMultiLineDoubleQuotedValuesWithTheOriginWhereTheyStart() {
        Settings settings = read("""
                FIRST=1
                PRIVATE_KEY="-----BEGIN PRIVATE KEY-----
                MIIEvQIBADANBgkqhkiG9w0BAQEFAASC
                -----END PRIVATE KEY-----"
                AFTER=2
                """);

        Setting key = settings.get("PRIVATE_KEY").orElseThrow();
        assertThat(key.value()).isEqualTo("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                + "-----END PRIVATE KEY-----");
        assertThat(key.origin().description()).isEqualTo("prod.env:2");
        assertThat(settings.get("AFTER").orElseThrow().origin().description()).isEqualTo("prod.env:5");
    }

    @Test
    void readShouldAcceptMultiLineSingleQuotedValues() {
        assertThat(value("K='a\nb'\n", "K")).isEqualTo("a\nb");
    }

    @Test
    void readShouldAcceptListIndexesInKeysAsSpringStyleEnvFilesWriteThem() {
        Settings settings = read("clients[0].name=reference\nclients[0].callback_url=http://wallet:8092/cb\n");

        assertThat(settings.value("clients[0].name")).contains("reference");
        assertThat(settings.get("clients[0].callback_url").orElseThrow().origin().description()).isEqualTo("prod.env:2");
    }

    @Test
    void readWhenKeyRepeatsShouldLetTheLaterWinWithItsOrigin() {
        Settings settings = read("KEY=first\nOTHER=x\nKEY=second\n");

        assertThat(settings.value("KEY")).contains("second");
        assertThat(settings.get("KEY").orElseThrow().origin().description()).isEqualTo("prod.env:3");
        assertThat(DotenvParser.parse("prod.env", "KEY=first\nKEY=second\n")).hasSize(2);
    }

    static Stream<Arguments> textAfterAClosingQuote() {
        return Stream.of(
                Arguments.of("A=\"abc\"def\n", "\"abc\"def"),
                Arguments.of("A='abc' def\n", "'abc' def"),
                Arguments.of("SMTP_FROM=\"Shop team\" <team@shop.example>\n", "\"Shop team\" <team@shop.example>"),
                Arguments.of("DATABASE_URL=\"mysql://db/app?ssl={\"rejectUnauthorized\":true}\"\n",
                        "mysql://db/app?ssl={\"rejectUnauthorized\":true}"),
                Arguments.of("A=\"abc\" def # a comment\n", "\"abc\" def"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textAfterAClosingQuote")
    void readWhenTextFollowsAClosingQuoteShouldReadTheLineAsNodesDotenvDoes(String text, String expected) {
        Settings settings = Settings.builder().dotenv("prod.env", "FIRST=1\n" + text + "LAST=2\n").build();

        String key = text.substring(0, text.indexOf('='));
        assertThat(settings.value(key)).contains(expected);
        assertThat(settings.get(key).orElseThrow().origin().description()).isEqualTo("prod.env:2");
        assertThat(settings.value("LAST")).contains("2");
    }

    @Test
    void readShouldUseTheFileNameAsGiven() {
        Settings settings = Settings.builder().dotenv("config/../deploy/prod.env", "\nA=1").build();

        assertThat(settings.get("A").orElseThrow().origin().description()).isEqualTo("config/../deploy/prod.env:2");
    }

    static Stream<Arguments> rejectedTexts() {
        return Stream.of(
                Arguments.of("line without = that is no name", "A=1\njust a sentence\n", 2, "no '='"),
                Arguments.of("a URL alone", "A=1\nhttps://example.com/x\n", 2, "no '='"),
                Arguments.of("a sentence with a colon", "A=1\nNote that: this\n", 2, "no '='"),
                Arguments.of("template statement", "A=1\n{% if use_s3 %}\n", 2, "no '='"),
                Arguments.of("key starting with a digit", "\n1KEY=v\n", 2, "invalid key"),
                Arguments.of("key with a space", "MY KEY=v\n", 1, "invalid key"),
                Arguments.of("empty key", "=v\n", 1, "invalid key"),
                Arguments.of("key with non-ASCII letter", "SCHLÜSSEL=v\n", 1, "invalid key"),
                Arguments.of("key with a colon", "a:b=v\n", 1, "invalid key"),
                Arguments.of("key with an index that is not a number", "clients[x].name=v\n", 1, "invalid key"),
                Arguments.of("key with an index never closed", "clients[0.name=v\n", 1, "invalid key"),
                Arguments.of("key starting with an index", "[0]=v\n", 1, "invalid key"),
                Arguments.of("unterminated double quote", "A=1\nB=\"abc\nC=2\nD=3\n", 2, "double-quoted value opened on this line is never closed"),
                Arguments.of("unterminated single quote", "A=1\n\nB='abc\n", 3, "single-quoted value opened on this line is never closed"),
                Arguments.of("escaped closing quote only", "B=\"abc\\\"\n", 1, "never closed"),
                Arguments.of("text after multi-line value", "A=\"abc\ndef\" x\n", 2, "after the closing quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTexts")
    void readShouldRejectWithFileAndLine(String description, String text, int line, String reason) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(SettingsFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("prod.env");
                    assertThat(e.line()).hasValue(line);
                })
                .hasMessageStartingWith("prod.env:" + line + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void rejectionShouldNeverQuoteTheLine() {
        List<String> texts = List.of("sk_live_CANARYVALUE\n", "A=\"sk_live_CANARYVALUE\n",
                "A='x\ny'sk_live_CANARYVALUE\n", "sk live CANARYVALUE=1\n");
        for (String text : texts) {
            assertThatThrownBy(() -> read(text)).isInstanceOf(SettingsFileException.class)
                    .message().doesNotContain("CANA").doesNotContain("sk_live").doesNotContain("ARYV");
        }
    }

    @Test
    void rejectionShouldLeaveTheBuilderUnchanged() {
        SettingsBuilder builder = Settings.builder().dotenv("a.env", "KEEP=1\n");

        assertThatThrownBy(() -> builder.dotenv("b.env", "NEW=2\nbroken\n")).isInstanceOf(SettingsFileException.class);
        assertThat(builder.build().list()).extracting(Setting::key).containsExactly("KEEP");
    }

    @Test
    void readOfEmptyTextShouldGiveNoSettings() {
        assertThat(read("").size()).isZero();
        assertThat(read("\n\n# only comments\n").size()).isZero();
    }
}

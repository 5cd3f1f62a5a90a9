package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.internal.GoverningComments;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoverningCommentsTests {

    private static Settings dotenv(String... lines) {
        return Settings.builder().dotenv("prod.env", String.join("\n", lines)).build();
    }

    private static Settings properties(String... lines) {
        return Settings.builder().properties("application.properties", String.join("\n", lines)).build();
    }

    private static String comment(Settings settings, String key) {
        return GoverningComments.of(settings.get(key).orElseThrow());
    }

    @Test
    void dotenvCommentLinesDirectlyAboveAKeyShouldGovernIt() {
        Settings settings = dotenv("# Secret key", "#   generate with: openssl rand -hex 32", "SECRET_KEY=abc",
                "", "PORT=8080");

        assertThat(comment(settings, "SECRET_KEY")).isEqualTo("Secret key\ngenerate with: openssl rand -hex 32");
        assertThat(comment(settings, "PORT")).isEmpty();
    }

    @Test
    void aHeaderCommentShouldGovernTheKeysUnderItUntilABlankLineOrTheNextComment() {
        Settings settings = dotenv("# Security - MUST CHANGE IN PRODUCTION", "JWT_SECRET=a", "STORE_KEY=b",
                "# Mail", "MAIL_PASSWORD=c", "MAIL_PORT=25", "", "API_KEY=d");

        assertThat(comment(settings, "JWT_SECRET")).isEqualTo("Security - MUST CHANGE IN PRODUCTION");
        assertThat(comment(settings, "STORE_KEY")).isEqualTo("Security - MUST CHANGE IN PRODUCTION");
        assertThat(comment(settings, "MAIL_PASSWORD")).isEqualTo("Mail");
        assertThat(comment(settings, "MAIL_PORT")).isEqualTo("Mail");
        assertThat(comment(settings, "API_KEY")).isEmpty();
    }

    @Test
    void aCommentSeparatedFromTheKeyByABlankLineShouldGovernNothing() {
        assertThat(comment(dotenv("# Change these", "", "JWT_SECRET=a"), "JWT_SECRET")).isEmpty();
        assertThat(comment(properties("# Change these", "", "jwt.secret=a"), "jwt.secret")).isEmpty();
    }

    @Test
    void aCommentedOutSettingShouldBeLeftOutOfTheTextWithoutEndingTheBlock() {
        Settings settings = dotenv("# Mail server", "# SMTP_HOST=smtp.example.com", "SMTP_PASSWORD=a",
                "#SMTP_USER=demo", "SMTP_PORT=25");

        assertThat(comment(settings, "SMTP_PASSWORD")).isEqualTo("Mail server");
        assertThat(comment(settings, "SMTP_PORT")).isEqualTo("Mail server");
    }

    @Test
    void aCommentAfterADotenvValueShouldGovernThatKeyAlone() {
        Settings settings = dotenv("# Sessions", "SESSION_SECRET=abc # dev only", "SALT='x' # example",
                "COOKIE_SECRET=\"y\"   # replace me", "EMPTY= # optional", "HASH=a#b", "LAST=z");

        assertThat(comment(settings, "SESSION_SECRET")).isEqualTo("Sessions\ndev only");
        assertThat(comment(settings, "SALT")).isEqualTo("Sessions\nexample");
        assertThat(comment(settings, "COOKIE_SECRET")).isEqualTo("Sessions\nreplace me");
        assertThat(comment(settings, "EMPTY")).isEqualTo("Sessions\noptional");
        assertThat(comment(settings, "HASH")).isEqualTo("Sessions");
        assertThat(comment(settings, "LAST")).isEqualTo("Sessions");
        assertThat(settings.value("SESSION_SECRET")).contains("abc");
    }

    @Test
    void propertiesCommentsShouldGovernLikeDotenvAndADocumentSeparatorShouldEndThem() {
        Settings settings = properties("! Default credentials", "app.password=a", "# Mail", "mail.password = b # c",
                "#---", "other.password=d");

        assertThat(comment(settings, "app.password")).isEqualTo("Default credentials");
        assertThat(comment(settings, "mail.password")).isEqualTo("Mail");
        assertThat(settings.value("mail.password")).contains("b # c");
        assertThat(comment(settings, "other.password")).isEmpty();
    }

    @Test
    void theSettingsOfOneBlockShouldShareOneCommentAndKeepTheirOrigins() {
        Settings settings = dotenv("# Change these", "A_SECRET=a", "B_SECRET=b");

        assertThat(comment(settings, "A_SECRET")).isSameAs(comment(settings, "B_SECRET"));
        assertThat(settings.get("B_SECRET").orElseThrow().origin()).isEqualTo(Origin.file("prod.env", 3));
        assertThat(settings.get("B_SECRET").orElseThrow())
                .isEqualTo(Settings.builder().dotenv("prod.env", "\n\nB_SECRET=b").build().get("B_SECRET").orElseThrow());
    }

    @Test
    void theCommentShouldNeverBePrintedWithTheSetting() {
        Setting setting = dotenv("# old value was hunter2hunter2", "DB_PASSWORD=a").get("DB_PASSWORD").orElseThrow();

        assertThat(setting.toString()).doesNotContain("hunter2");
        assertThat(setting.origin().description()).doesNotContain("hunter2");
    }

    @Test
    void aHugeCommentShouldKeepOnlyTheTextNearestTheKey() {
        String longLine = "x".repeat(100_000);
        Settings settings = dotenv("# " + longLine, "# generate with openssl rand -hex 32", "KEY=a",
                "TOKEN=b # " + longLine);

        assertThat(comment(settings, "KEY")).hasSizeLessThanOrEqualTo(FileComments.MAX_CHARS)
                .endsWith("generate with openssl rand -hex 32");
        assertThat(comment(settings, "TOKEN").length()).isLessThanOrEqualTo(2 * FileComments.MAX_CHARS + 1);
    }

    @Test
    void nonAsciiCommentsAndSettingsFromOtherSourcesShouldBeKeptOrEmpty() {
        assertThat(comment(dotenv("# 密钥，请修改 — ändern", "KEY=a"), "KEY")).isEqualTo("密钥，请修改 — ändern");
        assertThat(comment(Settings.of(Map.of("KEY", "a")), "KEY")).isEmpty();
        assertThat(comment(dotenv("#", "# ", "KEY=a"), "KEY")).isEmpty();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-second pass's bracketed markers: {@code [NAME_PART]}, a variable's name in capitals of two or more words,
 * is a renderer's marker as {@code __NAME_PART__} is. In a file whose markers also fill parts of values (Traccar's
 * {@code jdbc:[DATABASE_RDBMS]://[DATABASE_HOST]:[DATABASE_PORT]/…} beside {@code [DATABASE_PASSWORD]}) a whole marker,
 * and a value assembled from two or more markers, is filled later and not judged as written. A person's stand-in
 * text stays judged: one word ({@code [PASSWORD]}), lower case ({@code [password]}), blanks ({@code [DB PASSWORD]}),
 * and one marker inside an otherwise written URL ({@code postgresql://u:[PROD_PASSWORD]@db.acme-corp.io/app}).
 */
class FortySecondPassPrecisionBracketMarkerTests {

    private static final String RENDERED = """
            database.driver=[DATABASE_DRIVER]
            database.url=jdbc:[DATABASE_RDBMS]://[DATABASE_HOST]:[DATABASE_PORT]/[DATABASE][DATABASE_OPTIONS]
            database.user=[DATABASE_USER]
            database.password=[DATABASE_PASSWORD]
            """;

    private static List<Finding> findings(String text, String key) throws Exception {
        return ThirtySeventhPassPrecisionTemplateVariableTests.findings(text, key);
    }

    @Test
    void bracketedMarkersOfARenderedFileShouldBeLeftToTheRenderer() throws Exception {
        assertThat(findings(RENDERED, "database.password")).isEmpty();
        assertThat(findings(RENDERED, "database.user")).isEmpty();
        assertThat(findings(RENDERED, "database.url")).isEmpty();
        Settings settings = ApplicationConfig.builder().configText("config.properties", RENDERED).build().settings();
        Setting url = settings.get("database.url").orElseThrow();
        assertThat(url.isDeferred()).isTrue();
        assertThat(url.suppliedBy()).get().asString().contains("renderer of this template file")
                .contains("[DATABASE_HOST]").doesNotContain("jdbc:");
    }

    @Test
    void standInTextInBracketsShouldStillBeJudged() throws Exception {
        String yii = "components.db.dsn=pgsql:host=localhost;dbname=[DBNAME]\ncomponents.db.password=[PASSWORD]\n";
        assertThat(findings(yii, "components.db.password")).extracting(Finding::code).contains("secrets.placeholder");
        String spaced = "api_url=https://[PROD_HOST]/api\ndatabase_password=[DB PASSWORD]\n";
        assertThat(findings(spaced, "database_password")).extracting(Finding::code).contains("secrets.placeholder");
        String supabase = "DATABASE_URL=postgresql://postgres:[PROD_PASSWORD]@db.acme-corp.io:5432/postgres\n"
                + "MONGO_URI=mongodb+srv://app:[PROD_PASSWORD]@cluster0.acme-corp.io/app\n";
        assertThat(findings(supabase, "DATABASE_URL")).isNotEmpty();
        assertThat(YunoHostTemplates.isMarker("[DATABASE_PASSWORD]")).isTrue();
        assertThat(YunoHostTemplates.isMarker("[PASSWORD]")).isFalse();
        assertThat(YunoHostTemplates.isMarker("[db_password]")).isFalse();
        assertThat(YunoHostTemplates.isMarker("[DB__PASSWORD]")).isFalse();
        assertThat(YunoHostTemplates.isMarker("[DB_PASSWORD_]")).isFalse();
    }
}

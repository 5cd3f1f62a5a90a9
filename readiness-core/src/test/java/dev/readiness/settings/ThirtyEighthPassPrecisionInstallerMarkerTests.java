package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-eighth pass's precision rules of the settings: a whole {@code __NAME__} marker in a YunoHost package's
 * template (a file whose values hold the helper's own {@code __APP__}, {@code __INSTALL_DIR__} or
 * {@code __FINALPATH__}) is filled by the installer, and a whole {@code %(NAME)s} of Python's {@code configparser}
 * that no key of the file defines is filled from the parser's defaults; neither is judged as written. The same marker
 * in any other file, a marker the file's own key defines, and an interpolation inside a longer value still are.
 */
class ThirtyEighthPassPrecisionInstallerMarkerTests {

    private static final String YUNOHOST = """
            database.driver=com.mysql.cj.jdbc.Driver
            database.user=__DB_USER__
            database.password=__DB_PWD__
            mail.smtp.username=__APP__
            mail.smtp.password=__MAIL_PWD__
            """;

    private static Settings settings(String text) throws Exception {
        return ApplicationConfig.builder().configText("config.properties", text).build().settings();
    }

    private static List<Finding> findings(String text, String key) throws Exception {
        return ThirtySeventhPassPrecisionTemplateVariableTests.findings(text, key);
    }

    @Test
    void aYunoHostTemplatesMarkersShouldBeLeftToTheInstaller() throws Exception {
        assertThat(findings(YUNOHOST, "database.password")).isEmpty();
        assertThat(findings(YUNOHOST, "mail.smtp.password")).isEmpty();
        assertThat(findings(YUNOHOST, "database.user")).isEmpty();
        Setting password = settings(YUNOHOST).get("database.password").orElseThrow();
        assertThat(password.isDeferred()).isTrue();
        assertThat(password.suppliedBy()).get().asString().contains("YunoHost");
    }

    @Test
    void theSameMarkersWithoutTheInstallersOwnKeywordShouldStillBeTemplateText() throws Exception {
        String deployEnv = YUNOHOST.replace("mail.smtp.username=__APP__\n", "");
        List<Finding> password = findings(deployEnv, "database.password");
        assertThat(password).extracting(Finding::code).contains("secrets.placeholder");
        assertThat(password).extracting(Finding::severity).contains(Severity.NO_GO);
        assertThat(password.get(0).message()).doesNotContain("__DB_PWD__");
        assertThat(findings(deployEnv, "database.user")).extracting(Finding::code)
                .contains("database.template-credentials");
        assertThat(YunoHostTemplates.isMarker("__________")).isFalse();
        assertThat(YunoHostTemplates.isMarker("__name__")).isFalse();
        assertThat(YunoHostTemplates.isMarker("__DB_PWD__")).isTrue();
    }

    @Test
    void aWholeConfigParserInterpolationNoKeyDefinesShouldBeLeftToTheParser() throws Exception {
        String pretix = """
                database.backend=postgresql
                database.user=%(POSTGRES_USER)s
                database.password=%(POSTGRES_PASSWORD)s
                database.host=database
                """;
        assertThat(findings(pretix, "database.password")).isEmpty();
        assertThat(settings(pretix).get("database.password").orElseThrow().isDeferred()).isTrue();
        assertThat(TemplateExpressions.interpolationName("'%(POSTGRES_PASSWORD)s'")).isEqualTo("POSTGRES_PASSWORD");
    }

    @Test
    void anInterpolationTheFileDefinesOrOneInsideALongerValueShouldStillBeJudged() throws Exception {
        String defined = """
                database.pw=changeme
                database.password=%(pw)s
                """;
        assertThat(settings(defined).get("database.password").orElseThrow().isDeferred()).isFalse();
        assertThat(settings("server.root_url=%(protocol)s://%(domain)s/\n").get("server.root_url").orElseThrow()
                .isDeferred()).isFalse();
        assertThat(TemplateExpressions.interpolationName("%(here)s/local.ini")).isNull();
        assertThat(TemplateExpressions.interpolationName("%(a-b)s")).isNull();
    }

    @Test
    void aFileWhoseTokensEachNameTheirWholeKeyShouldBeLeftToTheDeployTool() throws Exception {
        String sakai = """
                serverId={{serverId}}
                serverUrl={{serverUrl}}
                username@javax.sql.BaseDataSource={{username@javax.sql.BaseDataSource}}
                url@javax.sql.BaseDataSource={{url@javax.sql.BaseDataSource}}
                """;
        assertThat(findings(sakai, "url@javax.sql.BaseDataSource")).isEmpty();
        assertThat(settings(sakai).get("url@javax.sql.BaseDataSource").orElseThrow().isDeferred()).isTrue();
    }

    @Test
    void twoSelfNamedTokensOrATokenNamingAnotherKeyShouldStillBeJudged() throws Exception {
        String two = """
                serverUrl={{serverUrl}}
                url@javax.sql.BaseDataSource={{url@javax.sql.BaseDataSource}}
                """;
        assertThat(settings(two).get("url@javax.sql.BaseDataSource").orElseThrow().isDeferred()).isFalse();
        String other = """
                serverId={{serverId}}
                serverUrl={{serverUrl}}
                url@javax.sql.BaseDataSource={{YOUR_DATABASE_URL}}
                """;
        assertThat(settings(other).get("url@javax.sql.BaseDataSource").orElseThrow().isDeferred()).isFalse();
    }
}

package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late sets 124 to 129 (booking, Go services, Rust/Elixir/Ruby services, civic tech, document management), read after
 * the merged rules were scored on them: a Kamal secrets file's command substitutions, PHP's interpolation inside a
 * DSN, a blank password a comment says an environment variable sets, a blank test credential whose tests are skipped
 * without it, and Nextcloud's glued {@code dbtype} engine switch. Each rule beside the value that tempts it; every built-in gate runs.
 */
class ThirtySeventhPassLeadLateTests extends EveryGateOnOneFile {

    @Test
    void aKamalSecretsCommandSubstitutionShouldBeFilledAtDeployButAnEchoedUrlJudged() throws Exception {
        List<String> kamal = findings("secrets.env", """
                SECRETS=$(cat .env.prod)
                DATABASE_URL=$(echo "$SECRETS" | grep DATABASE_URL | cut -d= -f2-)
                """);
        assertThat(noGo(kamal, "DATABASE_URL")).isEmpty();
        assertThat(about(findings("secrets.env", "DATABASE_URL=$(echo postgres://app:app@localhost/app_test)\n"),
                "DATABASE_URL")).isNotEmpty();
    }

    @Test
    void phpInterpolationInsideADsnShouldBeFilledByPhpButALiteralDsnJudged() throws Exception {
        String dsn = "define.CIVICRM_DSN=mysql://{$database_settings['username']}:{$database_settings['password']}"
                + "@{$database_settings['host']}:{$database_settings['port']}/{$database_settings['database']}\n";
        assertThat(noGo(findings("civicrm.properties", dsn), "define.CIVICRM_DSN")).isEmpty();
        assertThat(noGo(findings("civicrm.properties", "define.CIVICRM_DSN=mysql://civi:civi@localhost:port/civi\n"),
                "define.CIVICRM_DSN")).isNotEmpty();
    }

    @Test
    void aBlankPasswordACommentSaysAnEnvironmentVariableSetsShouldBeClean() throws Exception {
        assertThat(about(findings("pretix.properties", """
                # Set via PRETIX_DATABASE_PASSWORD environment variable
                database.password=
                """), "database.password")).isEmpty();
        assertThat(noGo(findings("pretix.properties", """
                # Set the password of the database here
                database.password=
                """), "database.password")).isNotEmpty();
    }

    @Test
    void aBlankTestCredentialWhoseTestsAreSkippedWithoutItShouldBeClean() throws Exception {
        assertThat(about(findings("general.properties", """
                # Social app testing - leaving these blank will skip the tests
                TEST_TWITTER_USERNAME=
                TEST_TWITTER_PASSWORD=
                """), "TEST_TWITTER_PASSWORD")).isEmpty();
        assertThat(noGo(findings("general.properties", """
                # Never leave these blank
                TWITTER_PASSWORD=
                """), "TWITTER_PASSWORD")).isNotEmpty();
    }

    @Test
    void nextcloudsGluedEngineSwitchShouldChooseAnEmbeddedDatabaseButNotAServer() throws Exception {
        assertThat(noGo(findings("config.properties", "dbtype=sqlite3\n"), "dbtype"))
                .anyMatch(finding -> finding.contains("database.embedded"));
        assertThat(about(findings("config.properties", "dbtype=pgsql\n"), "dbtype")).isEmpty();
        assertThat(about(findings("config.properties", "dbtype_name=sqlite\n"), "dbtype_name")).isEmpty();
    }
}

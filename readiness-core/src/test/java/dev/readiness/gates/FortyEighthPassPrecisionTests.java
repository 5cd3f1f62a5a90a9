package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-eighth pass's precision rules, each beside the catch that stays; every built-in gate runs on one file.
 * Values are shaped like the open sets' but written here.
 *
 * <ul>
 *   <li>A secret that only references another key whose empty default is reported there
 *       ({@code APP_SECRET=${SESSION_SECRET}} under {@code SESSION_SECRET=${SESSION_SECRET:-}}) is one empty key,
 *       reported once, where the default is written, as a literal blank already was. An empty default the rule
 *       leaves alone (an optional provider's key) leaves the referencing secret judged.</li>
 *   <li>A database key whose last word is {@code cmd} or {@code command} holds a command that prints the connection
 *       (Airflow's {@code sql_alchemy_conn_cmd}), not a URL; a database URL written under such a key, and a command
 *       under a key without the word, stay judged.</li>
 *   <li>A comment that keeps a blank secret out of this file ({@code # Leave empty in `values.yaml` for security
 *       reasons}, {@code # keep it blank here}) makes the blank the file's correct content; a comment that names no
 *       place ({@code # leave empty}, {@code # Leave empty for development}) or forbids it stays without effect.</li>
 * </ul>
 */
class FortyEighthPassPrecisionTests extends EveryGateOnOneFile {

    @Test
    void aReferenceToAnEmptyDefaultReportedWhereItIsWrittenShouldBeReportedOnce() throws Exception {
        String text = """
                SESSION_SECRET=${SESSION_SECRET:-}
                APP_SECRET=${SESSION_SECRET}
                """;
        assertThat(about(findings("prod.env", text), "APP_SECRET"))
                .containsExactly("INFO settings.deferred APP_SECRET");
        assertThat(noGo(findings("prod.env", text), "SESSION_SECRET")).containsExactly(
                "NO_GO secrets.blank SESSION_SECRET");
    }

    @Test
    void aReferenceToAnEmptyDefaultLeftAloneWhereItIsWrittenShouldStayReported() throws Exception {
        String text = """
                MAPS_API_KEY=${MAPS_API_KEY:-}
                SECRET_KEY=${MAPS_API_KEY}
                """;
        assertThat(about(findings("prod.env", text), "MAPS_API_KEY")).isEmpty();
        assertThat(noGo(findings("prod.env", text), "SECRET_KEY")).containsExactly("NO_GO secrets.blank SECRET_KEY");
    }

    @Test
    void aConnectionReadFromACommandShouldNotBeJudgedAsAUrl() throws Exception {
        String text = """
                core.executor=CeleryExecutor
                core.sql_alchemy_conn_cmd=cat /run/secrets/airflow_db_conn
                warehouse.db_url_command=vault read -field=url kv/warehouse/db
                """;
        assertThat(about(findings("airflow.properties", text), "core.sql_alchemy_conn_cmd")).isEmpty();
        assertThat(about(findings("airflow.properties", text), "warehouse.db_url_command")).isEmpty();
    }

    @Test
    void aUrlUnderACommandKeyOrACommandUnderAConnectionKeyShouldStayJudged() throws Exception {
        String text = """
                core.sql_alchemy_conn=cat /run/secrets/airflow_db_conn
                database.url_cmd=postgres://airflow:airflow@localhost:5432/airflow
                """;
        assertThat(about(findings("airflow.properties", text), "core.sql_alchemy_conn"))
                .containsExactly("WARN database.unparseable core.sql_alchemy_conn");
        assertThat(noGo(findings("airflow.properties", text), "database.url_cmd")).isNotEmpty();
    }

    @Test
    void aBlankSecretTheCommentKeepsOutOfThisFileShouldNotBeReported() throws Exception {
        String text = """
                image.tag=3.20
                # Leave empty in `values.yaml` for security reasons
                externalServices.postgresql.password=

                # keep it blank here, the deploy job writes it from the vault
                api.secret=
                """;
        assertThat(about(findings("values.properties", text), "externalServices.postgresql.password")).isEmpty();
        assertThat(about(findings("values.properties", text), "api.secret")).isEmpty();
    }

    @Test
    void aBlankSecretWhoseCommentNamesNoPlaceOrForbidsItShouldStayReported() throws Exception {
        String text = """
                image.tag=3.20
                # Leave empty for development
                secret_key_base=

                # never leave it blank here
                jwt.secret=

                # leave empty
                session.secret=
                """;
        for (String key : new String[] {"secret_key_base", "jwt.secret", "session.secret"}) {
            assertThat(noGo(findings("values.properties", text), key)).as(key)
                    .containsExactly("NO_GO secrets.blank " + key);
        }
    }
}

package dev.readiness.cli;

import static dev.readiness.cli.CheckedFindings.on;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.CheckedFindings.Reported;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead's readings of the twenty-eighth pass's blind sets 63 to 67, each through the whole check as the CLI runs
 * it, and each on both sides: Grails's environment blocks, a reference without a name ({@code ${}}), a mock switch
 * phrased inside the key, {@code exp} as an attribute word of a token key, a URL host written as a capital
 * instruction of another language, an empty Grails data-source URL, a Grafana data source's TLS switch, a bucket left
 * as template text, and a client library's production file ({@code redisson-prod.yml}).
 */
class TwentyEighthPassLeadTests {

    @TempDir
    Path dir;

    private List<Reported> check(String fileName, String content) throws IOException {
        return CheckedFindings.check(dir, fileName, content);
    }

    @Test
    void aGrailsProductionBlockShouldReplaceTheTopLevelSettingItOverrides() throws IOException {
        List<Reported> reported = check("application.properties", """
                dataSource.driverClassName=org.h2.Driver
                dataSource.username=sa
                dataSource.password=
                environments.development.dataSource.url=jdbc:h2:mem:devDb
                environments.production.dataSource.url=jdbc:mysql://localhost:3306/shop
                environments.production.dataSource.password=${DATABASE_PASSWORD:grailspassword}
                """);

        assertThat(on(reported, "dataSource.password")).isEmpty();
        assertThat(on(reported, "environments.development.dataSource.url")).isEmpty();
        assertThat(on(reported, "environments.production.dataSource.url")).extracting(Reported::code)
                .contains("database.loopback");
        assertThat(on(reported, "environments.production.dataSource.password")).isNotEmpty();
    }

    @Test
    void withoutAProductionOverrideTheTopLevelSettingShouldStillBeJudged() throws IOException {
        List<Reported> reported = check("application.properties", """
                dataSource.url=jdbc:mysql://db.internal:3306/shop
                dataSource.password=
                environments.production.dataSource.dbCreate=none
                """);

        assertThat(on(reported, "dataSource.password")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void anEmptyGrailsDataSourceUrlShouldBeAnEmptyDatabaseUrl() throws IOException {
        List<Reported> reported = check("application.properties", """
                dataSource.driverClassName=com.mysql.jdbc.Driver
                environments.production.dataSource.url=
                """);

        assertThat(on(reported, "environments.production.dataSource.url")).extracting(Reported::code)
                .contains("database.url-empty");
        assertThat(on(check("application.properties", """
                dataSource.driverClassName=org.h2.Driver
                dataSource.url=
                """), "dataSource.url")).isEmpty();
    }

    @Test
    void aReferenceWithoutANameShouldBeUnresolvedNotDeferred() throws IOException {
        List<Reported> reported = check("application-deploy.properties", """
                spring.security.oauth2.client.registration.naver.redirect-uri=${}/login/oauth2/code/{registrationId}
                spring.security.oauth2.client.registration.google.redirect-uri=${BACKEND_BASE_URL}/login/oauth2/code/google
                app.base-url=${:}
                spring.datasource.password=${}
                """);

        assertThat(on(reported, "spring.security.oauth2.client.registration.naver.redirect-uri"))
                .containsExactly(new Reported("settings.unresolved", "NO_GO",
                        "spring.security.oauth2.client.registration.naver.redirect-uri"));
        assertThat(on(reported, "spring.security.oauth2.client.registration.google.redirect-uri")).isEmpty();
        assertThat(on(reported, "app.base-url")).isEmpty();
        assertThat(on(reported, "spring.datasource.password")).hasSize(1);
    }

    @Test
    void aMockSwitchPhrasedInsideTheKeyShouldBeATestMode() throws IOException {
        List<Reported> reported = check("application-release.properties", """
                xnote.debug.enable-mock-send-verification-code=true
                payments.mock-gateway.enabled=true
                app.debug.enable-mock-login=false
                app.mock-shipping-rates=false
                """);

        assertThat(on(reported, "xnote.debug.enable-mock-send-verification-code")).extracting(Reported::code)
                .contains("sandbox.test-mode");
        assertThat(on(reported, "payments.mock-gateway.enabled")).extracting(Reported::code)
                .contains("sandbox.test-mode");
        assertThat(on(reported, "app.debug.enable-mock-login")).isEmpty();
        assertThat(on(reported, "app.mock-shipping-rates")).isEmpty();
    }

    @Test
    void expAfterATokenWordShouldNameTheTokensLifetime() throws IOException {
        List<Reported> reported = check("application-deploy.properties", """
                bungaebowling.token_exp.access=172800
                app.token.exp=86400
                app.token.secret=abc
                """);

        assertThat(on(reported, "bungaebowling.token_exp.access")).isEmpty();
        assertThat(on(reported, "app.token.exp")).isEmpty();
        assertThat(on(reported, "app.token.secret")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void aUrlHostWrittenAsACapitalInstructionShouldBeTemplateText() throws IOException {
        List<Reported> reported = check("stack.env", """
                EVOLUTION_API_URL=http://TROCAR_AQUI:8080
                BILLING_API_URL=http://CAMBIAR_AQUI:8080/api
                ORDERS_API_URL=http://evolution-api:8080
                STATS_API_URL=http://MY_STATS:8080
                """);

        assertThat(on(reported, "EVOLUTION_API_URL")).extracting(Reported::code).contains("sandbox.reserved-host");
        assertThat(on(reported, "BILLING_API_URL")).extracting(Reported::code).contains("sandbox.reserved-host");
        assertThat(on(reported, "ORDERS_API_URL")).isEmpty();
        assertThat(on(reported, "STATS_API_URL")).isEmpty();
    }

    @Test
    void aGrafanaDataSourcesTlsSwitchShouldBeReadAsADatabases() throws IOException {
        List<Reported> reported = check("datasource.properties", """
                datasources[0].type=postgres
                datasources[0].url=timescale:5432
                datasources[0].jsonData.sslmode=disable
                datasources[1].type=postgres
                datasources[1].url=pg.internal:5432
                datasources[1].jsonData.sslmode=require
                """);

        assertThat(on(reported, "datasources[0].jsonData.sslmode")).extracting(Reported::code)
                .contains("database.tls-disabled");
        assertThat(on(reported, "datasources[1].jsonData.sslmode")).isEmpty();
    }

    @Test
    void aBucketLeftAsTemplateTextShouldBeReported() throws IOException {
        List<Reported> reported = check("application-prod.properties", """
                gcp.bucket.name=YOUR_BUCKET_NAME
                aws.s3.bucket=<your-bucket>
                app.files.bucket-name=shop-uploads-prod
                app.export.bucket=files
                """);

        assertThat(on(reported, "gcp.bucket.name")).extracting(Reported::code).contains("sandbox.reserved-host");
        assertThat(on(reported, "aws.s3.bucket")).extracting(Reported::code).contains("sandbox.reserved-host");
        assertThat(on(reported, "app.files.bucket-name")).isEmpty();
        assertThat(on(reported, "app.export.bucket")).isEmpty();
    }

    @Test
    void aLiteralSecretInAClientLibrarysProductionFileShouldBePackaged() throws IOException {
        String redisson = """
                singleServerConfig.address=redis://redis.internal:6379
                singleServerConfig.password=Vq7rT2xK9mPzL4wB8nHc
                """;

        assertThat(on(check("redisson-prod.yml.properties", redisson), "singleServerConfig.password"))
                .extracting(Reported::code, Reported::severity).contains(org.assertj.core.groups.Tuple.tuple(
                        "secrets.packaged", "NO_GO"));
        assertThat(on(check("production.conf.properties", "play.http.secret.key=Vq7rT2xK9mPzL4wB8nHcQ3dF\n"),
                "play.http.secret.key")).extracting(Reported::code).contains("secrets.packaged");
        assertThat(on(check("written-clean-prod.properties", "app.payments.api-key=Vq7rT2xK9mPzL4wB8nHcQ3dF\n"),
                "app.payments.api-key")).isEmpty();
        assertThat(on(check("redisson-prod.env", "REDIS_PASSWORD=Vq7rT2xK9mPzL4wB8nHcQ3dF\n"), "REDIS_PASSWORD"))
                .isEmpty();
    }

    @Test
    void anUnsaltedDigestOfACommonPasswordShouldBeGuessable() throws IOException {
        List<Reported> reported = check("graylog.conf.properties", """
                root_password_sha2=8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918
                backup_password_md5=5f4dcc3b5aa765d61d8327deb882cf99
                session_digest=8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918
                api_password_sha2=3b1f0f4c2d9a8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b
                """);

        assertThat(on(reported, "root_password_sha2")).extracting(Reported::code, Reported::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.guessable", "NO_GO"));
        assertThat(on(reported, "backup_password_md5")).extracting(Reported::code).contains("secrets.guessable");
        assertThat(on(reported, "session_digest")).isEmpty();
        assertThat(on(reported, "api_password_sha2")).extracting(Reported::code)
                .doesNotContain("secrets.guessable");
    }
}

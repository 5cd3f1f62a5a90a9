package dev.readiness.cli;

import static dev.readiness.cli.CheckedFindings.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.cli.CheckedFindings.Reported;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead's readings of the thirtieth pass's blind sets 74 to 78, each through the whole check as the CLI runs it,
 * and each on both sides: environment look-ups written in the language a file was flattened from and the Serverless
 * Framework's variables, a file of one block per environment (Rails' {@code database.yml}), a TLS switch that says
 * {@code disable}, a list of host names under a domain key, a switch about credentials, and another stage's
 * connection in a production file.
 */
class ThirtiethPassLeadTests {

    @TempDir
    Path dir;

    private List<Reported> check(String fileName, String content) throws IOException {
        return CheckedFindings.check(dir, fileName, content);
    }

    @Test
    void aLookUpWithoutADefaultShouldBeDeferredInEveryLanguage() throws IOException {
        List<Reported> reported = check("config.properties", """
                secret_key_base=System.get_env("SECRET_KEY_BASE")
                db.password={{ lookup('env', 'DB_PASSWORD') }}
                session.secret=process.env.SESSION_SECRET
                jwt.secret=os.environ.get('JWT_SECRET')
                cable.url=<%= ENV.fetch("REDIS_URL") %>
                cookie.secure=process.env.COOKIE_SECURE === 'true'
                """);

        for (String key : List.of("secret_key_base", "db.password", "session.secret", "jwt.secret", "cable.url",
                "cookie.secure")) {
            assertThat(on(reported, key)).as(key).isEmpty();
            assertThat(reported).as(key).contains(new Reported("settings.deferred", "INFO", key));
        }
    }

    @Test
    void aLookUpsDefaultShouldBeJudgedAsAPlaceholdersDefaultIs() throws IOException {
        List<Reported> reported = check("config.properties", """
                session.secret=process.env.SESSION_SECRET || 'keyboard cat'
                database.password={{ lookup('env', 'DB_PASSWORD') | default('password', true) }}
                database.connections.mysql.host=env('DB_HOST', 'localhost')
                database.connections.mysql.database=env('DB_DATABASE', 'forge')
                """);

        assertThat(on(reported, "session.secret")).extracting(Reported::severity).containsExactly("NO_GO");
        assertThat(on(reported, "database.password")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("secrets.placeholder", "NO_GO"));
        assertThat(on(reported, "database.connections.mysql.host")).extracting(Reported::code)
                .containsExactly("database.loopback");
        assertThat(on(reported, "database.connections.mysql.database")).isEmpty();
    }

    @Test
    void anAnsibleLookUpsDefaultShouldBeJudgedInAFileOfJinjaTemplatesToo() throws IOException {
        List<Reported> reported = check("group-vars-all.properties", """
                app_name=school
                app_dir=/srv/{{ app_name }}
                database.name={{ app_name }}_production
                database.host={{ lookup('env', 'DB_HOST') | default('localhost', true) }}
                database.password={{ lookup('env', 'DB_PASSWORD') | default('password', true) }}
                database.user={{ lookup('env', 'DB_USER') }}
                """);

        assertThat(on(reported, "database.password")).extracting(Reported::severity).containsExactly("NO_GO");
        assertThat(on(reported, "database.host")).extracting(Reported::code).containsExactly("database.loopback");
        assertThat(on(reported, "database.user")).isEmpty();
        assertThat(on(reported, "database.name")).isEmpty();
    }

    @Test
    void serverlessVariablesShouldBeDeferredButSpringsEnvSettingShouldNot() throws IOException {
        List<Reported> reported = check("serverless.properties", """
                provider.environment.JWT_SECRET=${env:JWT_SECRET}
                provider.environment.SUNAT_ENDPOINT=${self:custom.sunat.${opt:stage}}
                provider.environment.DB_PASSWORD=${ssm:/shop/prod/db-password}
                app.jwt-secret=${env:changeme}
                """);

        assertThat(on(reported, "provider.environment.JWT_SECRET")).isEmpty();
        assertThat(on(reported, "provider.environment.SUNAT_ENDPOINT")).isEmpty();
        assertThat(on(reported, "provider.environment.DB_PASSWORD")).isEmpty();
        assertThat(on(reported, "app.jwt-secret")).extracting(Reported::code).containsExactly("secrets.placeholder");
    }

    @Test
    void anotherEnvironmentsBlockShouldNotBeJudgedButProductionsShould() throws IOException {
        List<Reported> reported = check("database-yml.properties", """
                default.adapter=postgresql
                default.password=app
                production.adapter=postgresql
                production.host=localhost
                production.username=app
                production.password=<%= ENV['APP_DATABASE_PASSWORD'] %>
                development.adapter=postgresql
                development.username=app
                development.password=app
                test.password=
                """);

        assertThat(on(reported, "production.host")).extracting(Reported::code).containsExactly("database.loopback");
        assertThat(on(reported, "development.password")).isEmpty();
        assertThat(on(reported, "test.password")).isEmpty();
        assertThat(on(reported, "default.password")).isEmpty();
    }

    @Test
    void topLevelStageWordsWithoutSharedSettingsShouldStillBeJudged() throws IOException {
        List<Reported> reported = check("settings.properties", """
                production.mode=true
                test.password=changeme
                """);

        assertThat(on(reported, "test.password")).isNotEmpty();
    }

    @Test
    void aServersTlsDisableSwitchOnShouldBeReportedAndOffShouldNot() throws IOException {
        List<Reported> reported = check("vault.properties", """
                listener.tcp.address=0.0.0.0:8200
                listener.tcp.tls_disable=1
                storage.raft.tls_disable=0
                """);

        // session 37: a Vault listener other hosts reach is a NO-GO (the hardening guide asks for TLS end to end)
        assertThat(on(reported, "listener.tcp.tls_disable")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("sandbox.tls-off", "NO_GO"));
        assertThat(on(reported, "storage.raft.tls_disable")).isEmpty();
    }

    @Test
    void aNetworkTypeNamingATestNetworkShouldBeReportedButMainnetShouldNot() throws IOException {
        List<Reported> reported = check("staging.properties", """
                net.type=testnet
                chain.network-type=mainnet
                """);

        assertThat(on(reported, "net.type")).extracting(Reported::code).containsExactly("sandbox.test-network");
        assertThat(on(reported, "chain.network-type")).isEmpty();
    }

    @Test
    void aPulumiSecureValueAndTheStacksSaltShouldBeCleanButAPlainSecretShouldNot() throws IOException {
        List<Reported> reported = check("pulumi-production.properties", """
                encryptionsalt=v1:0nFgyaD4Y40=:v1:H8I+oZO5Os+Bu5J3:fiL+/spgUtMojFkhjumeb+bNM5pnjw==
                config.shop\\:databaseUrl.secure=AAABADawAZojpiB3OGh+MjGfyJKOat3VzS6qteSThdKscT7c2TSTEOxawJD2eLWMrCNLKELp
                config.shop\\:apiDomain=api.shop-example.io
                config.shop\\:jwtSecret=changeme
                """);

        assertThat(on(reported, "encryptionsalt")).isEmpty();
        assertThat(on(reported, "config.shop:databaseUrl.secure")).isEmpty();
        assertThat(on(reported, "config.shop:jwtSecret")).extracting(Reported::code).containsExactly("secrets.placeholder");
    }

    @Test
    void aSwitchAboutPassingATokenOnShouldBeCleanButATokenOfTrueShouldNot() throws IOException {
        List<Reported> reported = check("oauth2-proxy.properties", """
                pass_access_token=true
                set_authorization_header=true
                access_token=true
                """);

        assertThat(on(reported, "pass_access_token")).isEmpty();
        assertThat(on(reported, "set_authorization_header")).isEmpty();
        assertThat(on(reported, "access_token")).extracting(Reported::code).containsExactly("secrets.placeholder");
    }

    @Test
    void aRegistrableNameWithAnUnderscoreShouldBeTemplateTextButAServiceNameShouldNot() throws IOException {
        List<Reported> reported = check("group-vars-prod.properties", """
                server_hostname=project_name.com
                SITE_URL=https://project_name.com/app
                REDIS_HOST=redis_cache
                ACME_RECORD=_acme-challenge.acme-shop.io
                """);

        assertThat(on(reported, "server_hostname")).extracting(Reported::code).containsExactly("sandbox.reserved-host");
        assertThat(on(reported, "SITE_URL")).extracting(Reported::code).containsExactly("sandbox.reserved-host");
        assertThat(on(reported, "REDIS_HOST")).isEmpty();
        assertThat(on(reported, "ACME_RECORD")).isEmpty();
    }

    @Test
    void aListOfHostNamesUnderADomainKeyShouldBeCleanButProseShouldNot() throws IOException {
        List<Reported> reported = check("group-vars-production.properties", """
                ssl_cert_domain=www.acme-shop.io,acme-shop
                site_domain=your domain, here
                """);

        assertThat(on(reported, "ssl_cert_domain")).isEmpty();
        assertThat(on(reported, "site_domain")).extracting(Reported::code).containsExactly("sandbox.reserved-host");
    }

    @Test
    void aSwitchAboutShowingCredentialsShouldBeCleanButASwitchWordAsThePasswordShouldNot() throws IOException {
        List<Reported> reported = check("group-vars-production.properties", """
                webapp_display_demo_credentials=false
                admin_password=false
                """);

        assertThat(on(reported, "webapp_display_demo_credentials")).isEmpty();
        assertThat(on(reported, "admin_password")).extracting(Reported::code).containsExactly("secrets.placeholder");
    }

    @Test
    void aTestingConnectionsLoopbackHostShouldNotBeReportedButTheDefaultConnectionsShould() throws IOException {
        List<Reported> reported = check("database-php.properties", """
                database.connections.mysql.driver=mysql
                database.connections.mysql.host=localhost
                database.connections.mysql_testing.driver=mysql
                database.connections.mysql_testing.host=localhost
                """);

        assertThat(on(reported, "database.connections.mysql.host")).extracting(Reported::code)
                .containsExactly("database.loopback");
        assertThat(on(reported, "database.connections.mysql_testing.host")).isEmpty();
    }
}

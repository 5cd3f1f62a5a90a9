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
 * The lead's readings of the thirty-first pass's blind sets 80 to 84 (configuration written as PHP and Python code,
 * CI/CD pipelines, frontend and mobile builds, Python services, application-server XML), each through the whole check
 * as the CLI runs it and each on both sides.
 */
class ThirtyFirstPassLeadTests {

    @TempDir
    Path dir;

    private List<Reported> check(String fileName, String content) throws IOException {
        return CheckedFindings.check(dir, fileName, content);
    }

    @Test
    void aLookUpNamedLikeItsOwnKeyShouldReadTheEnvironmentNotItself() throws IOException {
        List<Reported> reported = check("superset_config.properties", """
                SECRET_KEY=os.environ['SECRET_KEY']
                MAPBOX_API_KEY=os.getenv('MAPBOX_API_KEY')
                SMTP_PASSWORD=os.environ.get("SMTP_PASSWORD")
                ADMIN_PASSWORD=os.getenv("ADMIN_PASSWORD", "changeme")
                """);

        for (String key : List.of("SECRET_KEY", "MAPBOX_API_KEY", "SMTP_PASSWORD")) {
            assertThat(on(reported, key)).as(key).isEmpty();
            assertThat(reported).as(key).contains(new Reported("settings.deferred", "INFO", key));
        }
        assertThat(on(reported, "ADMIN_PASSWORD")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("secrets.placeholder", "NO_GO"));
    }

    @Test
    void aProjectsOwnEnvironmentHelperAndDecoupleShouldBeReadAsLookUps() throws IOException {
        List<Reported> reported = check("config.properties", """
                SECRET_KEY=config('SECRET_KEY')
                RECAPTCHA_SECRET=config('RECAPTCHA_SECRET', default='', cast=str)
                DATABASE_PASSWORD=get_env_variable("DATABASE_PASSWORD")
                DB_PASSWORD=getenv_docker('WORDPRESS_DB_PASSWORD', 'example password')
                DB_HOST=getenv_docker('WORDPRESS_DB_HOST', 'mysql')
                APP_NAME=config('app.name')
                """);

        for (String key : List.of("SECRET_KEY", "DATABASE_PASSWORD")) {
            assertThat(on(reported, key)).as(key).isEmpty();
            assertThat(reported).as(key).contains(new Reported("settings.deferred", "INFO", key));
        }
        assertThat(on(reported, "DB_PASSWORD")).extracting(Reported::severity).containsExactly("NO_GO");
        assertThat(on(reported, "DB_HOST")).isEmpty();
        assertThat(reported).doesNotContain(new Reported("settings.deferred", "INFO", "APP_NAME"));
    }

    @Test
    void phpsShortTernaryShouldGiveTheLookUpsDefault() throws IOException {
        List<Reported> reported = check("settings-prod-php.properties", """
                databases.default.default.host=getenv('DB_HOST') ?: 'localhost'
                settings.hash_salt=getenv('DRUPAL_HASH_SALT') ?: 'CHANGE_ME'
                databases.default.default.username=getenv('DB_USER') ?: 'drupal'
                """);

        assertThat(on(reported, "databases.default.default.host")).extracting(Reported::code)
                .contains("database.loopback");
        assertThat(on(reported, "settings.hash_salt")).extracting(Reported::severity).containsExactly("NO_GO");
        assertThat(on(reported, "databases.default.default.username")).isEmpty();
    }

    @Test
    void valuesTheCodeComputesShouldBeDeferredAndALiteralFormatJudged() throws IOException {
        List<Reported> reported = check("config-production.properties", """
                REDIS_HOST=get_env_variable("REDIS_HOST")
                BROKER_URL=f"redis://{REDIS_HOST}:6379/0"
                SQLALCHEMY_DATABASE_URI="%s://%s:%s@%s:%s/%s" % (DIALECT, USER, PASSWORD, HOST, PORT, DB)
                databases.default.default.password=$mysqlCreds['password']
                OIDC_CLIENT_SECRET=os.getenv("OIDC_CLIENT_SECRET")
                remote_app.client_secret=OIDC_CLIENT_SECRET
                LEGACY_URI='postgresql+psycopg2://{user}:{pw}@{url}/{db}'.format(user='app', pw='secret', url='localhost', db='shop')
                """);

        for (String key : List.of("BROKER_URL", "SQLALCHEMY_DATABASE_URI", "databases.default.default.password",
                "remote_app.client_secret")) {
            assertThat(on(reported, key)).as(key).isEmpty();
        }
        assertThat(on(reported, "LEGACY_URI")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void aNameInCapitalsThatIsNoKeyOfTheFileShouldStayAValue() throws IOException {
        List<Reported> reported = check("config.properties", """
                jwt.secret=CHANGE_ME_PLEASE
                """);

        assertThat(on(reported, "jwt.secret")).extracting(Reported::severity).containsExactly("NO_GO");
    }

    @Test
    void deployToolsSecretReferencesShouldBeDeferredAndOtherValuesUnderThemJudged() throws IOException {
        List<Reported> reported = check("cloudbuild-production.properties", """
                steps[2].set_secrets.JWT_SECRET=jwt-secret:latest
                steps[2].set_secrets.SESSION_KEY=session-key:3
                env.secrets-manager.password=prd/app/postgres:password
                env.parameter-store.DB_PASSWORD=/app/prod/db-password
                env.variables.JWT_SECRET=changeme
                """);

        for (String key : List.of("steps[2].set_secrets.JWT_SECRET", "steps[2].set_secrets.SESSION_KEY",
                "env.secrets-manager.password", "env.parameter-store.DB_PASSWORD")) {
            assertThat(on(reported, key)).as(key).isEmpty();
        }
        assertThat(on(reported, "env.variables.JWT_SECRET")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void aReleaseScriptsAtTokenShouldBeAReferenceButAFillInStaysJudged() throws IOException {
        List<Reported> reported = check(".env.prod", """
                API_SECRET_KEY=@@API_SECRET_KEY@@
                TURNSTILE_SECRET_KEY=@@your secret here@@
                """);

        assertThat(on(reported, "API_SECRET_KEY")).isEmpty();
        assertThat(on(reported, "TURNSTILE_SECRET_KEY")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void aStagingJobsOwnStagingHostShouldNotCountAsProductions() throws IOException {
        List<Reported> reported = check("gitlab-ci-deploy.properties", """
                deploy-staging.environment.url=https://cookbook.staging.example-shop.com
                deploy-production.environment.url=https://cookbook.staging.example-shop.com
                STG_URL=https://api.stg.example-shop.com
                """);

        assertThat(on(reported, "deploy-staging.environment.url")).isEmpty();
        assertThat(on(reported, "deploy-production.environment.url")).extracting(Reported::code)
                .containsExactly("sandbox.host");
        assertThat(on(reported, "STG_URL")).extracting(Reported::code).containsExactly("sandbox.host");
    }

    @Test
    void anAppsApiOverPlainHttpToAPublicAddressShouldBeNoGoButABackEndsCollectorNot() throws IOException {
        List<Reported> reported = check(".env.production", """
                API_URL=http://110.42.101.86:32223/
                GRAPHQL_ENDPOINT_URL=http://167.99.222.32:8081/graphql
                REST_API=http://ec2-52-91-13-196.compute-1.amazonaws.com:8081
                BASE_URL=http://103.127.133.12:8080/api
                ZIPKIN_TRACING_ENDPOINT=http://52.79.39.249:9411/api/v2/spans
                SERVER_ADDRESS=http://89.163.225.16
                PRIVATE_API_URL=http://10.0.3.7:8080
                """);

        for (String key : List.of("API_URL", "GRAPHQL_ENDPOINT_URL", "REST_API", "BASE_URL")) {
            assertThat(on(reported, key)).as(key).extracting(Reported::code, Reported::severity)
                    .containsExactly(tuple("sandbox.tls-off", "NO_GO"));
        }
        for (String key : List.of("ZIPKIN_TRACING_ENDPOINT", "SERVER_ADDRESS", "PRIVATE_API_URL")) {
            assertThat(on(reported, key)).as(key).isEmpty();
        }
    }

    @Test
    void anEmptyDefaultOfAFrameworksOwnKeyOrAnySaltShouldBeBlankButAnotherServicesKeyNot() throws IOException {
        List<Reported> reported = check("wp-config-production.properties", """
                AUTH_KEY=${AUTH_KEY:}
                SECURE_AUTH_SALT=${SECURE_AUTH_SALT:}
                settings.hash_salt=${DRUPAL_HASH_SALT:}
                MAILGUN_AUTH_KEY=${MAILGUN_AUTH_KEY:}
                """);

        for (String key : List.of("AUTH_KEY", "SECURE_AUTH_SALT", "settings.hash_salt")) {
            assertThat(on(reported, key)).as(key).extracting(Reported::severity).contains("NO_GO");
        }
        assertThat(on(reported, "MAILGUN_AUTH_KEY")).isEmpty();
    }

    @Test
    void aBuildScriptsPercentTokenAndAPhpArrayReadShouldBeReferences() throws IOException {
        List<Reported> reported = check("standalone.properties", """
                security-realm.ApplicationRealm.ssl.keystore.keystore-password=%%KEYSTORE_PASSWORD%%
                DB_PASSWORD=$db[`pass`]
                other.keystore-password=%%changeit%%
                """);

        assertThat(on(reported, "security-realm.ApplicationRealm.ssl.keystore.keystore-password")).isEmpty();
        assertThat(on(reported, "DB_PASSWORD")).isEmpty();
        assertThat(on(reported, "other.keystore-password")).extracting(Reported::severity).contains("NO_GO");
    }

    @Test
    void anH2UrlStartingWithADirectoryPlaceholderShouldBeEmbeddedButAnAddressPlaceholderNot() throws IOException {
        List<Reported> reported = check("standalone.properties", """
                datasource.KeycloakDS.connection-url=jdbc:h2:${jboss.server.data.dir}/keycloak
                datasource.Other.connection-url=jdbc:h2:${DB_LOCATION}/app
                """);

        assertThat(on(reported, "datasource.KeycloakDS.connection-url")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("database.embedded", "NO_GO"));
        assertThat(on(reported, "datasource.Other.connection-url")).isEmpty();
    }

    @Test
    void aSqliteUrlCompletedAtRunTimeShouldBeEmbeddedWhateverItsPath() throws IOException {
        List<Reported> reported = check("config-production.properties", """
                SQLALCHEMY_DATABASE_URI='sqlite:///{}'.format(os.path.join(BASE_DIR, "pybo.db"))
                OTHER_DATABASE_URI=sqlite+aiosqlite:///${DB_PATH}
                PG_DATABASE_URI='postgresql://{}/app'.format(os.environ['DB_HOST'])
                """);

        assertThat(on(reported, "SQLALCHEMY_DATABASE_URI")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("database.embedded", "NO_GO"));
        assertThat(on(reported, "OTHER_DATABASE_URI")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("database.embedded", "NO_GO"));
        assertThat(on(reported, "PG_DATABASE_URI")).isEmpty();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-sixth pass's precision rules of the secrets gate and of the settings it reads, each with a catch and a
 * tempting clean value: the shell's required-variable operator in a Compose service's environment flattened to
 * properties ({@code ${DB_PASSWORD:?}}), a database section's own engine switch (Gitea's
 * {@code [database] DB_TYPE=sqlite3} beside a blank {@code PASSWD}), a URL that references the one of two equal
 * placeholder passwords it uses, a section whose type says Redis (Tyk's {@code storage.type=redis}), and an upper-case
 * template variable composed into two values (Taiga's {@code {{TAIGA_URL}}/media/}).
 */
class ThirtySixthPassPrecisionTests {

    private static List<String> problems(String file, String text, String key) {
        return ThirtyFifthPassPrecisionTests.problems(file, text, key);
    }

    @Test
    void theShellsRequiredOperatorInAComposeServicesEnvironmentShouldBeNoDefault() {
        String compose = """
                services.db.environment.POSTGRES_PASSWORD=${DB_PASSWORD:?}
                services.app.environment.SMTP_PASSWORD=${SMTP_PASSWORD:?SMTP_PASSWORD must be set}
                services.app.environment.DATABASE_URL=postgresql://app:${DB_PASSWORD:?}@db:5432/app
                """;
        assertThat(problems("compose.properties", compose, "services.db.environment.POSTGRES_PASSWORD")).isEmpty();
        assertThat(problems("compose.properties", compose, "services.app.environment.SMTP_PASSWORD")).isEmpty();
        assertThat(problems("compose.properties", compose, "services.app.environment.DATABASE_URL")).isEmpty();
        // a Spring file keeps Spring's reading (? is the default it uses), a Spring default is judged, and a query
        // string after the ? stays a default
        assertThat(problems("application.properties", "spring.datasource.password=${DB_PASSWORD:?}\n",
                "spring.datasource.password")).isNotEmpty();
        assertThat(problems("compose.properties", "db.password=${DB_PASSWORD:changeme}\n", "db.password"))
                .isNotEmpty();
        assertThat(problems("application.properties",
                "spring.datasource.url=jdbc:postgresql://localhost:5432/app${DB_OPTIONS:?ssl=disable}\n",
                "spring.datasource.url")).isNotEmpty();
    }

    @Test
    void aDatabaseSectionsOwnEngineSwitchShouldExplainItsBlankPassword() {
        String gitea = """
                database.DB_TYPE=sqlite3
                database.HOST=127.0.0.1:3306
                database.USER=gitea
                database.PASSWD=
                database.PATH=/data/gitea/gitea.db
                """;
        assertThat(problems("app.properties", gitea, "database.PASSWD")).isEmpty();
        // the same section on a database server keeps its blank password a NO-GO
        assertThat(problems("app.properties", gitea.replace("sqlite3", "mysql"), "database.PASSWD"))
                .contains("secrets.blank");
        // and a switch of another section explains nothing here
        String other = """
                cache.db.type=sqlite
                database.USER=gitea
                database.PASSWD=
                """;
        assertThat(problems("app.properties", other, "database.PASSWD")).contains("secrets.blank");
    }

    @Test
    void aUrlReferencingOneOfTwoEqualPlaceholdersShouldBeJudgedWhereItIsDefined() {
        String env = """
                DB_PASSWORD=change-me-to-a-secure-password
                REDIS_PASSWORD=change-me-to-a-secure-password
                CACHE_BACKEND=redis://:${REDIS_PASSWORD}@redis:6379/1
                """;
        assertThat(problems("secrets.env", env, "CACHE_BACKEND")).isEmpty();
        assertThat(problems("secrets.env", env, "REDIS_PASSWORD")).contains("secrets.placeholder");
        // the same placeholder written into the URL is the URL's own
        String written = """
                DB_PASSWORD=change-me-to-a-secure-password
                CACHE_BACKEND=redis://:change-me-to-a-secure-password@redis:6379/1
                """;
        var settings = ApplicationConfig.builder().configText("secrets.env", written).build().settings();
        List<Finding> found = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        assertThat(found).filteredOn(f -> f.subject().equals("CACHE_BACKEND")).extracting(Finding::code)
                .contains("secrets.placeholder");
        assertThat(found).allSatisfy(f -> assertThat(f.message()).doesNotContain("change-me"));
    }

    @Test
    void aSectionsRedisTypeShouldMakeItsBlankPasswordARedisOnAServiceHost() {
        String tyk = """
                storage.type=redis
                storage.host=api-gateway-redis
                storage.port=6379
                storage.password=
                """;
        assertThat(problems("tyk.properties", tyk, "storage.password")).isEmpty();
        // another store, or a Redis on a public host, keeps the blank reported
        assertThat(problems("tyk.properties", tyk.replace("type=redis", "type=postgres"), "storage.password"))
                .contains("secrets.blank");
        assertThat(problems("tyk.properties", tyk.replace("api-gateway-redis", "cache.acme-health.org"),
                "storage.password")).contains("secrets.blank");
    }

    @Test
    void anUpperCaseVariableComposedIntoTwoValuesShouldMakeTheFileATemplate() {
        String taiga = """
                MEDIA_URL={{TAIGA_URL}}/media/
                STATIC_URL={{TAIGA_URL}}/static/
                SITES.front.domain={{TAIGA_ADDRESS}}
                SECRET_KEY=theveryultratopsecretkey
                """;
        assertThat(problems("local.properties", taiga, "SITES.front.domain")).isEmpty();
        assertThat(problems("local.properties", taiga, "SECRET_KEY")).isNotEmpty();
        // a lone whole token, or a fill-in word composed twice, stays judged as written
        assertThat(problems("local.properties", "SITES.front.domain={{TAIGA_ADDRESS}}\n", "SITES.front.domain"))
                .contains("sandbox.reserved-host");
        String fillIn = """
                MEDIA_URL={{YOUR_URL}}/media/
                STATIC_URL={{YOUR_URL}}/static/
                SITES.front.domain={{YOUR_DOMAIN}}
                """;
        assertThat(problems("local.properties", fillIn, "SITES.front.domain")).contains("sandbox.reserved-host");
    }
}

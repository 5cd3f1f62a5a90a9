package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host written as one shell-style {@code $NAME} ({@code redis://$REDIS_HOST/}) is filled in at run time by the
 * product's loader, the shell or Compose: no DNS name holds a {@code $}, so it is no template host; the rest of the
 * URL is still judged, and a host that is a template ({@code $your-host}, {@code ${}}-less text) still is one.
 */
class ShellReferenceHostsTests {

    private static List<String> codes(String key, String value) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings()
                .stream().map(Finding::code).toList();
    }

    @Test
    void aHostThatIsOneShellReferenceShouldNotBeATemplateHost() {
        assertThat(codes("redis.servers[0]", "redis://$REDIS_HOST/")).doesNotContain("database.template-host");
        assertThat(codes("spring.datasource.url", "jdbc:postgresql://$POSTGRES_HOST:5432/app?sslmode=require"))
                .doesNotContain("database.template-host");
        assertThat(codes("mongodb.uri", "mongodb://$mongo_host/app")).doesNotContain("database.template-host");
        assertThat(codes("DB_HOST", "$DB_HOST")).isEmpty();
    }

    @Test
    void theRestOfAUrlWithAShellReferenceHostShouldStillBeJudged() {
        assertThat(codes("postgresql.dsn", "postgres://chirpstack:chirpstack@$POSTGRESQL_HOST/chirpstack"))
                .contains("database.default-credentials").doesNotContain("database.template-host");
    }

    @Test
    void aHostThatIsTemplateTextBesideADollarShouldStayATemplateHost() {
        assertThat(codes("redis.url", "redis://$YOUR-REDIS-HOST/")).contains("database.template-host");
        assertThat(codes("redis.url", "redis://$/")).isNotEmpty();
        assertThat(codes("DB_HOST", "your-db-host")).contains("database.template-host");
    }
}

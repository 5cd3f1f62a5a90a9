package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-first pass, credentials: a connection string that names a user and writes its password empty beside it
 * ({@code mongodb://mongoadmin:@mongo:27017}, {@code Username=app;Password=;}) connects with no password, whatever the
 * user's name, as an administrator's empty password did. Beside it the values that tempt the rule: a user with no
 * password separator (the driver takes the password from elsewhere), a referenced or strong password, a blank user
 * and password, and an HTTP URL that is no database.
 */
class FortyFirstPassCredentialsDatabaseTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().dotenv("mongo-express.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ME_CONFIG_MONGODB_URL=mongodb://mongoadmin:@insight-mongodb:27017/?authSource=admin\n",
        "DATABASE_URL=postgresql://billing:@db.internal:5432/billing\n",
        "DATABASE_URL=Host=db.internal;Port=5432;Database=billing;Username=billing;Password=;\n"})
    void aUserWithAPasswordWrittenEmptyShouldBeNoGo(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.default-credentials"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(f.message()).contains(text.substring(0, text.indexOf('=')));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ME_CONFIG_MONGODB_URL=mongodb://mongoadmin@insight-mongodb:27017/?authMechanism=MONGODB-X509\n",
        "DATABASE_URL=postgresql://billing:${DB_PASSWORD}@db.internal:5432/billing\n",
        "DATABASE_URL=postgresql://billing:Vq8tZr3Lw6NpXe2KbY9s@db.internal:5432/billing\n",
        "DATABASE_URL=Host=db.internal;Port=5432;Database=billing;Username=billing;\n",
        "EUREKA_URL=http://eureka:@eureka-service:8761/eureka\n"})
    void aUserWithoutAnEmptyPasswordOrAUrlThatIsNoDatabaseShouldStayClean(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.default-credentials");
    }
}

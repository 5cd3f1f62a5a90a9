package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-third pass, credentials: a database address written without a scheme but with its login first, as Nakama
 * documents {@code database.address} ({@code username:password@address:port/dbname}, default
 * {@code root@localhost:26257}), is a connection whose login is judged as a URL's is: a built-in superuser with a
 * committed password, or CockroachDB's {@code root} with none. Beside it the values that tempt the rule: a dedicated
 * user with a strong or referenced password, a plain host and port, an e-mail address, and a login before a host with
 * no port or a port no engine owns.
 */
class FortyThirdPassCredentialsAddressTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().properties("nakama.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "database.address=postgres:localdb@nakama-postgres:5432/nakama\n",
        "database.address[0]=postgres:localdb@postgres:5432/nakama\n",
        "database.address=root@cockroachdb:26257\n",
        "DB_ADDRESS=root:root@mysql:3306/game\n"})
    void aLoginBeforeTheHostShouldBeJudgedAsTheConnectionItIs(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.default-credentials"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(f.message()).contains(text.substring(0, text.indexOf('=')))
                            .doesNotContain("localdb");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "database.address=nakama:Vq8tZr3Lw6NpXe2KbY9s@db.internal:5432/nakama\n",
        "database.address=nakama:${DB_PASSWORD}@db.internal:5432/nakama\n",
        "database.address=db.internal:5432\n",
        "database.address=ops@game-studio.io\n",
        "database.address=root@cockroachdb\n",
        "database.address=root@cockroachdb:8080/admin\n"})
    void aDedicatedLoginAHostOrAnEmailAddressShouldNotBeReadAsDefaultCredentials(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.default-credentials");
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-seventh pass, precision of the secrets gate: a blank password among a client's connect options beside the
 * URI that carries the credentials (MEAN.js's {@code db.options.pass} beside {@code db.uri}) is no secret left out;
 * the same blank with no URI beside its options, or a blank data-source password beside its URL, stays reported.
 */
class ThirtySeventhPassPrecisionSecretsTests {

    private static List<Finding> findings(String text, String key) {
        Settings settings = ApplicationConfig.builder().configText("production.properties", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aBlankConnectOptionBesideTheUriShouldNotBeReported() {
        String config = """
                db.uri=mongodb://db.internal.acme.io/app
                db.options.user=
                db.options.pass=
                """;
        assertThat(findings(config, "db.options.pass")).isEmpty();
        assertThat(ConnectOptionCredentials.isCarriedByUri(
                ApplicationConfig.builder().configText("production.properties", config).build().settings(),
                "db.options.pass")).isTrue();
    }

    @Test
    void aBlankOptionWithoutAUriOrABlankDataSourcePasswordShouldStayReported() {
        List<Finding> alone = findings("db.options.user=app\ndb.options.pass=\n", "db.options.pass");
        assertThat(alone).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings("db.uri=\ndb.options.pass=\n", "db.options.pass")).extracting(Finding::code)
                .containsExactly("secrets.blank");
        assertThat(findings("spring.datasource.url=jdbc:postgresql://db.internal.acme.io/app\n"
                + "spring.datasource.password=\n", "spring.datasource.password")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }
}

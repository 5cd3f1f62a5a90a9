package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-seventh pass's precision rule of the database gate: a certificate switch whose verify words are asked to
 * be skipped ({@code REDIS_INSECURE_SKIP_TLS_VERIFY}, {@code DB_DISABLE_SSL_VERIFY}) turns the check off when it is
 * {@code true}, so its {@code false} (netbox-docker's default) is no finding; a plain verify switch set to {@code false}
 * still is. A default pair whose password is another password setting it references, though that key names no
 * database ({@code spring.liquibase.parameters.fineract.tenant.password=${fineract.tenant.password}}), is left to the
 * secrets gate's judgement where the value is written; a reference to a key that names no password, and the pair
 * written in place, stay reported.
 */
class ThirtySeventhPassPrecisionDatabaseTests {

    static List<Finding> findings(String text, String key) {
        var settings = ApplicationConfig.builder().configText("production.env", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aSkipVerifySwitchLeftFalseShouldKeepTheCheckOn() {
        String env = """
                REDIS_HOST=redis
                REDIS_INSECURE_SKIP_TLS_VERIFY=false
                DB_DISABLE_SSL_VERIFY=false
                """;
        assertThat(findings(env, "REDIS_INSECURE_SKIP_TLS_VERIFY")).isEmpty();
        assertThat(findings(env, "DB_DISABLE_SSL_VERIFY")).isEmpty();
    }

    @Test
    void aSkipVerifySwitchSetTrueOrAVerifySwitchSetFalseShouldBeReported() {
        List<Finding> skipped = findings("REDIS_INSECURE_SKIP_TLS_VERIFY=true\n", "REDIS_INSECURE_SKIP_TLS_VERIFY");
        assertThat(skipped).extracting(Finding::code).containsExactly("database.tls-unverified");
        assertThat(skipped.get(0).message()).contains("REDIS_INSECURE_SKIP_TLS_VERIFY").doesNotContain("true");
        assertThat(findings("REDIS_TLS_VERIFY=false\n", "REDIS_TLS_VERIFY")).extracting(Finding::code)
                .containsExactly("database.tls-unverified");
        assertThat(findings("DATABASE_SSL_REJECT_UNAUTHORIZED=false\n", "DATABASE_SSL_REJECT_UNAUTHORIZED"))
                .extracting(Finding::code).containsExactly("database.tls-unverified");
    }

    @Test
    void aDefaultPairWhosePasswordReferencesAnotherPasswordShouldBeReportedThereOnly() {
        String config = """
                fineract.tenant.username=${FINERACT_DEFAULT_TENANTDB_UID:root}
                fineract.tenant.password=${FINERACT_DEFAULT_TENANTDB_PWD:mysql}
                spring.liquibase.parameters.fineract.tenant.username=${fineract.tenant.username}
                spring.liquibase.parameters.fineract.tenant.password=${fineract.tenant.password}
                """;
        assertThat(findings(config, "spring.liquibase.parameters.fineract.tenant.password")).isEmpty();
        var settings = ApplicationConfig.builder().configText("production.env", config).build().settings();
        assertThat(new dev.readiness.gates.secrets.SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings()).anyMatch(f -> f.subject().equals("fineract.tenant.password")
                        && f.severity() == Severity.NO_GO);
    }

    @Test
    void aDefaultPairWrittenInPlaceOrThroughAKeyThatNamesNoPasswordShouldStayReported() {
        assertThat(findings("""
                spring.liquibase.parameters.fineract.tenant.username=root
                spring.liquibase.parameters.fineract.tenant.password=mysql
                """, "spring.liquibase.parameters.fineract.tenant.password")).extracting(Finding::code)
                .containsExactly("database.default-credentials");
        List<Finding> throughWord = findings("""
                fineract.tenant.word=mysql
                spring.liquibase.parameters.fineract.tenant.username=root
                spring.liquibase.parameters.fineract.tenant.password=${fineract.tenant.word}
                """, "spring.liquibase.parameters.fineract.tenant.password");
        assertThat(throughWord).extracting(Finding::code).containsExactly("database.default-credentials");
        assertThat(throughWord.get(0).message()).contains("spring.liquibase.parameters.fineract.tenant.password")
                .doesNotContain("mysql");
    }
}

package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-first pass's precision rule in the database gate: a URL's password written as a shell-style reference in
 * capitals ({@code $PROD_DB_PASSWORD}), as a CI pipeline's {@code variables:} or a deploy script writes it, is a
 * reference the job expands, not a template left to fill in; a template password beside it is still one.
 */
class ThirtyFirstPassPrecisionDatabaseTests {

    /** As the CLI reads a flattened {@code .gitlab-ci.yml}. */
    private static List<String> codes(String properties, String key) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("gitlab-ci.properties", properties).build().settings())).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    @Test
    void aShellStyleReferenceAsTheUrlsPasswordShouldBeCleanButATemplatePasswordNot() {
        String key = "deploy_production.variables.DATABASE_URL";
        assertThat(codes(key + "=postgres://app:$PROD_DB_PASSWORD@db.internal.acme-logistics.com:5432/app?sslmode=require\n",
                key)).doesNotContain("database.template-credentials");
        assertThat(codes(key + "=postgres://app:$DBPASS@db.internal.acme-logistics.com:5432/app?sslmode=require\n",
                key)).doesNotContain("database.template-credentials");
        assertThat(codes(key + "=postgres://app:your_password@db.internal.acme-logistics.com:5432/app?sslmode=require\n",
                key)).contains("database.template-credentials");
        assertThat(codes(key + "=postgres://app:<password>@db.internal.acme-logistics.com:5432/app?sslmode=require\n",
                key)).contains("database.template-credentials");
    }

    @Test
    void onlyACapitalVariableNameShouldReadAsAReference() {
        assertThat(TemplateCredentials.shellPasswordReference("$PROD_DB_PASSWORD")).isTrue();
        assertThat(TemplateCredentials.shellPasswordReference("$PASSWORD")).isTrue();
        assertThat(TemplateCredentials.shellPasswordReference("$ABC123")).isFalse();
        assertThat(TemplateCredentials.shellPasswordReference("$ecret_pw")).isFalse();
        assertThat(TemplateCredentials.shellPasswordReference("$Passw0rd!")).isFalse();
        assertThat(TemplateCredentials.shellPasswordReference("$AB")).isFalse();
    }
}

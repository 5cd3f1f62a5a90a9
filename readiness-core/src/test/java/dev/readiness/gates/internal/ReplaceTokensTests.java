package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Release pipeline tokens ({@code #{NAME}#}), App Service Key Vault references and {@code $ENV{NAME}} are filled
 * outside the file; a literal beside them is still judged.
 */
class ReplaceTokensTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jwt.Key|#{JWT_SECRET_KEY}#", "Smtp.Password|#{Smtp.Password}#",
            "ConnectionStrings.Default|Server=tcp:#{SqlServer}#.database.windows.net,1433;Database=#{SqlDb}#;"
                    + "User ID=#{SqlUser}#;Password=#{SqlPassword}#;Encrypt=True;",
            "ConnectionStrings.Default|@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)",
            "Database.ConnectionString|@Microsoft.KeyVault(VaultName=kv-shared;SecretName=mssql-connection-string)",
            "applications[0].env.SECRET_KEY_BASE|((secret_key_base))", "admin_password|((/bosh/cf/cf_admin_password))",
            "applications[0].env.DATABASE_URL|((database_url))",
            "DATABASE_URL|postgres://((db_user)):((db_password))@((db_host)):5432/app",
            "database.password|$ENV{OSTRICH_DB_PASSWORD}", "database.host|$ENV{DB_HOST}",
            "spring.datasource.url|jdbc:postgresql://$ENV{DB_HOST}:5432/app", "spring.datasource.url|$ENV{DATABASE_URL}",
            "security.rootPassword|$env{SCADA_ROOT_PASSWORD}"})
    void aValueTheReleaseFillsInShouldRaiseNoAlarm(String key, String value) {
        assertThat(GateCodes.of(key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jwt.Key|#{}#", "Jwt.Key|changeme", "Jwt.Key|((changeme)", "Jwt.Key|(( ))",
            "ConnectionStrings.Default|Server=localhost;Database=app;User Id=sa;Password=#{SqlPassword}#;",
            "database.password|$ENV{}", "database.password|$ENV{DB_PASSWORD}changeme", "database.password|$ENV{DB PASSWORD}",
            "spring.datasource.url|jdbc:postgresql://localhost:5432/app?user=$ENV{DB_USER}&sslmode=disable"})
    void aLiteralOrALoopbackServerBesideATokenShouldStillBeJudged(String key, String value) {
        assertThat(GateCodes.of(key, value)).as(value).isNotEmpty();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretStoreReferencesTests {

    @TempDir
    Path directory;

    private Settings envFile(String text) throws IOException {
        Path file = Files.writeString(directory.resolve(".env.e2e"), text);
        return ApplicationConfig.builder().envFile(file).build().settings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"op://Telli/.env.e2e telli-chatbot/DATABASE_URL", "op://Production/PostgreSQL/connection_url",
        "op://app-prod/db/section/password?attribute=otp", "vault:secret/data/accounts/aws#AWS_SECRET_ACCESS_KEY",
        "vault:secret/prod/db/app_ro_password", "berglas://my-bucket/db-password", "sm://my-project/db-password",
        "sm://arn:aws:secretsmanager:eu-central-1:123456789012:secret:db", "{{resolve:secretsmanager:prod/db:SecretString:password}}",
        "{{resolve:ssm-secure:/prod/db/password:1}}", "env://DSN", "env://test_client_cert"})
    void suppliedByWhenTheWholeValueNamesASecretStoreEntryShouldSayWhichStore(String value) {
        assertThat(SecretStoreReferences.suppliedBy(value)).isNotNull().doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"op://", "op://vault", "op://vault/item", "op://vault//field", "see op://vault/item/field",
        "vault:8200", "vault://secret/app", "vault:secret", "http://vault:8200", "berglas://", "sm://", "sm:// x/y",
        "{{resolve:secretsmanager:db}} and more", "smtp://mail:25", "operator", "s3cr3t-0p://x/y/z",
        "env://vault:8200/v1", "env://test-gateway", "env://1_NAME"})
    void suppliedByWhenTheValueOnlyLooksLikeOneShouldBeNull(String value) {
        assertThat(SecretStoreReferences.suppliedBy(value)).isNull();
    }

    @Test
    void aFilesSecretStoreReferencesShouldBeDeferredAndItsLiteralsJudged() throws IOException {
        Settings settings = envFile("""
                DATABASE_URL="op://Telli/.env.e2e telli-chatbot/DATABASE_URL"
                ENCRYPTION_KEY=op://Telli/app/ENCRYPTION_KEY
                VAULT_ADDR=vault:8200
                JWT_SECRET=changeme
                """);

        assertThat(settings.get("DATABASE_URL").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("ENCRYPTION_KEY").orElseThrow().suppliedBy()).get().asString().contains("1Password");
        assertThat(settings.get("VAULT_ADDR").orElseThrow().isDeferred()).isFalse();
        assertThat(settings.get("JWT_SECRET").orElseThrow().isDeferred()).isFalse();
    }
}

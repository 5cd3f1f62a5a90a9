package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-fifth pass, against the thirty-fourth pass's rules: Python's unset {@code False} login read
 * in the process environment, a credential pasted where a chart's list names a Secret's entry, make-a-key keywords
 * under any nested {@code key}, and a keyless model server's address that only looks like the deployment's own. Each
 * hole beside the clean value the rule was built for, which stays clean.
 */
class ThirtyFifthPassRedteamSecretsTests {

    private static List<String> problems(Settings settings, String key) {
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.code()).toList();
    }

    private static List<String> problems(String file, String text, String key) {
        return problems(ApplicationConfig.builder().configText(file, text).build().settings(), key);
    }

    @Test
    void aFalseLoginHandedOnByTheEnvironmentShouldBeJudgedAsTheTextItIs() {
        String env = "DB_HOST=db.acme-logistics.com\nDB_USER=False\nDB_PASSWORD=False\n";
        assertThat(problems("prod.env", env, "DB_PASSWORD")).isNotEmpty();
        assertThat(problems(ApplicationConfig.builder().environment(Map.of("DB_HOST", "db.acme-logistics.com",
                "DB_USER", "False", "DB_PASSWORD", "False")).build().settings(), "DB_PASSWORD")).isNotEmpty();
        assertThat(problems("prod.env", "DB_HOST=False\nDB_PASSWORD=False\n", "DB_PASSWORD")).isNotEmpty();
        assertThat(problems("application.properties", "spring.datasource.url=jdbc:postgresql://db.acme.io/shop\n"
                + "spring.datasource.username=False\nspring.datasource.password=False\n",
                "spring.datasource.password")).isNotEmpty();
        // Odoo's own file keeps its unset login
        assertThat(problems("odoo.conf.properties", "db_host=False\ndb_user=False\ndb_password=False\n",
                "db_password")).isEmpty();
        assertThat(problems("odoo.properties", "smtp_server=mail.acme.io\nsmtp_user=False\nsmtp_password=False\n",
                "smtp_password")).isEmpty();
    }

    @Test
    void aCredentialPastedWhereAListNamesASecretsEntryShouldBeJudged() {
        String values = """
                app:
                  secretRefs:
                    - name: AWS_SECRET_ACCESS_KEY
                      key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                  envVars:
                    - name: AWS_SECRET_ACCESS_KEY
                      secretKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                """;
        assertThat(problems("values.yaml", values, "app.secretRefs[0].key")).contains("secrets.published-default");
        assertThat(problems("values.yaml", values, "app.envVars[0].secretKey")).contains("secrets.published-default");
        String ref = """
                env:
                  - name: AWS_SECRET_ACCESS_KEY
                    valueFrom:
                      secretKeyRef:
                        name: aws
                        key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                """;
        assertThat(problems("values.yaml", ref, "env[0].valueFrom.secretKeyRef.key"))
                .contains("secrets.published-default");
        // entry and object names stay names
        String names = """
                app:
                  secretRefs:
                    - name: DATABASE_PASSWORD
                      key: database_password
                  envVars:
                    - name: MP_TOKEN
                      secretKey: payments-mercadopago-accesstoken
                      secretName: app-secrets-7f9c2d8b4k
                """;
        assertThat(problems("values.yaml", names, "app.secretRefs[0].key")).isEmpty();
        assertThat(problems("values.yaml", names, "app.envVars[0].secretKey")).isEmpty();
        assertThat(problems("values.yaml", names, "app.envVars[0].secretName")).isEmpty();
        assertThat(SecretObjectReferences.holdsSecretInsteadOfName("app.secretRefs[0].key", "${SECRET_KEY_NAME}"))
                .isFalse();
        assertThat(SecretObjectReferences.holdsSecretInsteadOfName("app.secretRefs[0].key",
                "sk_live_51HqKZ2L9mXbQ7vT3pR8sW4yN6cJ1dF0gH5kM2nP7qS9tU3vW8xY1zA4bC6dE")).isTrue();
        assertThat(SecretObjectReferences.holdsSecretInsteadOfName("app.secretRefs[0].key", "tls.crt")).isFalse();
        assertThat(SecretObjectReferences.holdsSecretInsteadOfName("externalSecrets.data[0].remoteRef.key",
                "prod/db-password")).isFalse();
        assertThat(SecretObjectReferences.holdsSecretInsteadOfName("sealed.encryptedData.password",
                "AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq/x7kQ2mN9pR4tV8wY1zB3cD5eF7gH9iJ")).isFalse();
    }

    @Test
    void onlyAKeywordSayingGenerateShouldAskTheProductForAKey() {
        assertThat(problems("app.properties", "app.encryption.key=RANDOM\n", "app.encryption.key")).isNotEmpty();
        assertThat(problems("app.properties", "app.jwt.signing.key=Auto\n", "app.jwt.signing.key")).isNotEmpty();
        assertThat(problems("app.properties", "app.crypto.key=Generated\n", "app.crypto.key")).isNotEmpty();
        assertThat(problems("app.properties", "app.hmac.key=AutoRandom\n", "app.hmac.key")).isNotEmpty();
        assertThat(problems("app.properties", "jwt.secret.key=GENERATE\n", "jwt.secret.key")).isNotEmpty();
        assertThat(problems("app.properties", "app.api.token.key=GenerateRandom\n", "app.api.token.key"))
                .isNotEmpty();
        // the product modes the rule was built for
        assertThat(problems("configuration.properties", "advanced.network_key=GENERATE\n", "advanced.network_key"))
                .isEmpty();
        assertThat(problems("application-verifier.properties", "verifier.jar.signing.key=GenerateRandom\n",
                "verifier.jar.signing.key")).isEmpty();
        assertThat(problems("app.properties", "app.signing.key=AUTOGENERATE\n", "app.signing.key")).isEmpty();
    }

    @Test
    void aModelServersAddressThatOnlyLooksInternalShouldKeepTheStandInKeyAPlaceholder() {
        assertThat(problems("prod.env", "LLM_API_KEY=dummy\nLLM_BASE_URL=http://api.openai.com\\@vllm:8000/v1\n",
                "LLM_API_KEY")).isNotEmpty();
        assertThat(problems("prod.env", "LLM_API_KEY=not-required\nLLM_BASE_URL=https://api.openai.com./v1\n",
                "LLM_API_KEY")).isNotEmpty();
        // the deployment's own servers keep their stand-in keys
        assertThat(problems("prod.env", "LLM_API_KEY=dummy\nLLM_BASE_URL=http://vllm:8000/v1\n", "LLM_API_KEY"))
                .isEmpty();
        assertThat(problems("prod.env", "LLM_API_KEY=EMPTY\nLLM_BASE_URL=http://user@vllm:8000/v1\n", "LLM_API_KEY"))
                .isEmpty();
        assertThat(problems("prod.env", "LLM_API_KEY=not-required\nLLM_BASE_URL=https://llm.acme-logistics.com./v1\n",
                "LLM_API_KEY")).isEmpty();
    }

    @Test
    void leaveEmptyIfUnsureShouldExcuseOnlyTheBlankRightUnderIt() {
        String block = """
                # Dovecot master password. LEAVE EMPTY IF UNSURE
                DOVECOT_MASTER_PASS=
                STRIPE_SECRET_KEY=
                ADMIN_PASSWORD=
                """;
        assertThat(problems("mailcow.conf.env", block, "DOVECOT_MASTER_PASS")).isEmpty();
        assertThat(problems("mailcow.conf.env", block, "STRIPE_SECRET_KEY")).containsExactly("secrets.blank");
        assertThat(problems("mailcow.conf.env", block, "ADMIN_PASSWORD")).containsExactly("secrets.blank");
        assertThat(problems("prod.env", "# leave empty if unsure\nLOG_LEVEL=\nJWT_SECRET=\n", "JWT_SECRET"))
                .containsExactly("secrets.blank");
        // its own trailing comment, and a header that says the block is optional, still excuse the blank
        assertThat(problems("prod.env", "LOG_LEVEL=info\nJWT_SECRET= # leave empty if unsure\n", "JWT_SECRET"))
                .isEmpty();
        assertThat(problems("prod.env", "# Optional: leave empty if unsure\nSMTP_USER=\nSMTP_PASSWORD=\n",
                "SMTP_PASSWORD")).isEmpty();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind sets 97 to 100 (thirty-fourth pass: the Chinese Java ecosystem, Helm and Kustomize values, AI and LLM stacks,
 * healthcare, education, government and finance): LiteLLM's {@code os.environ/X} look-ups and the stand-in keys of
 * keyless model servers were judged as secrets (eight false NO-GO), so were the entry names a chart's list maps
 * environment variables to, a broker list kept in a Secret and Beaker's session cookie name; a key pair's
 * {@code CHANGEME} and Portuguese fill-in sentences were missed. Each rule beside the value that tempts it.
 */
class ThirtyFourthPassLeadSecretsTests {

    @TempDir
    Path directory;

    private List<String> findings(String fileName, String text) throws IOException {
        Path file = Files.writeString(directory.resolve(fileName), text);
        ApplicationConfig.Builder builder = ApplicationConfig.builder();
        Settings settings = (fileName.endsWith(".env") ? builder.envFile(file) : builder.configFile(file)).build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void liteLlmsEnvironmentLookUpShouldBeDeferredAndALiteralJudged() throws IOException {
        assertThat(findings("litellm.properties", """
                model_list[0].litellm_params.api_key=os.environ/AZURE_API_KEY
                model_list[1].litellm_params.api_key=os.environ/AZURE_API_KEY
                general_settings.master_key=os.environ/LITELLM_MASTER_KEY
                """)).isEmpty();
        assertThat(findings("litellm.properties", """
                general_settings.master_key=sk-1234
                model_list[0].litellm_params.api_key=os.environ/
                """)).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO "));
    }

    @Test
    void aKeylessModelServersStandInKeyShouldStayCleanBesideItsOwnAddress() throws IOException {
        assertThat(findings("rag.env", """
                LLM_BASE_URL=http://192.168.165.2:8901/v1
                LLM_API_KEY=EMPTY
                EMBEDDING_BASE_URL=http://embeddings:8080/v1
                EMBEDDING_API_KEY=dummy
                OPENAI_API_BASE_URL=https://llm-gateway.acme.io/v1
                OPENAI_API_KEY=not-required
                """)).isEmpty();
        assertThat(findings("librechat.properties", """
                endpoints.custom[0].apiKey=none
                endpoints.custom[0].baseURL=http://ollama:11434/v1/
                """)).isEmpty();
        assertThat(findings("rag.env", """
                OPENAI_API_KEY=dummy
                LLM_BASE_URL=https://api.openai.com/v1
                LLM_API_KEY=not-required
                GROQ_BASE_URL=https://llm-gateway.acme.io/v1
                GROQ_API_KEY=dummy
                """)).containsExactlyInAnyOrder("NO_GO secrets.placeholder OPENAI_API_KEY",
                        "NO_GO secrets.guessable LLM_API_KEY", "NO_GO secrets.placeholder GROQ_API_KEY");
    }

    @Test
    void theEntryNamesAChartsListMapsEnvironmentVariablesToShouldBeNoSecrets() throws IOException {
        assertThat(findings("values-prod.properties", """
                secretRefs[0].name=DATABASE_PASSWORD
                secretRefs[0].key=database_password
                secret.envVars[1].name=MP_ACCESS_TOKEN
                secret.envVars[1].secretKey=payments-mercadopago-accesstoken
                extraEnv[0].secretKeyName=api-token
                """)).isEmpty();
        assertThat(findings("values-prod.properties", """
                apiKeys[0].key=changeme
                secrets.secretKey=staging-secret-key
                """)).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO "));
    }

    @Test
    void aKeyPairsFillInShouldBeAPlaceholder() throws IOException {
        assertThat(findings("prod-secrets.env", "CRANK_KEYPAIR=CHANGEME\n"))
                .containsExactly("NO_GO secrets.placeholder CRANK_KEYPAIR");
        assertThat(findings("prod.env", "SSH_KEYPAIR_NAME=deploy-prod\nKEYPAIR_PATH=/run/secrets/crank.json\n"))
                .isEmpty();
    }

    @Test
    void aPortugueseFillInSentenceShouldBeAPlaceholder() throws IOException {
        assertThat(findings("values-production.properties", """
                oidc.clientSecret=troque-este-segredo-service-orders-production
                API_SERVER_KEY=use-exatamente-a-mesma-chave-da-stack-hermes
                """)).hasSize(2).allMatch(finding -> finding.contains(" secrets.placeholder "));
        assertThat(findings("values-production.properties", "oidc.clientSecret=Kq8vN2xR7tLm4pWz9sJc3YbH6fDg5aQe\n"))
                .isEmpty();
    }

    @Test
    void aBrokerListInASecretAndBeakersCookieNameShouldBeNoSecrets() throws IOException {
        assertThat(findings("k8s.properties", """
                secret.app-secrets.kafka-brokers=kafka:9092
                secret.app-secrets.smtp-server=mail.acme.io
                beaker.session.key=ckan
                """)).isEmpty();
        assertThat(findings("k8s.properties", """
                secret.app-secrets.kafka-password=kafka
                beaker.session.secret=ckan
                session.key=ckan
                """)).contains("NO_GO secrets.guessable secret.app-secrets.kafka-password",
                        "NO_GO secrets.too-weak beaker.session.secret", "NO_GO secrets.too-weak session.key");
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-seventh pass, the lead's rules from first contact with the blind sets 201 to 207: each rule's catch and the
 * tempting clean value beside it.
 */
class FortySeventhPassLeadTests {

    private static List<String> problems(String name, String text) {
        var settings = ApplicationConfig.builder().configText(name, text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.severity() + " " + f.code() + " " + f.subject())
                .toList();
    }

    @Test
    void metadataOverPlainHttpShouldBeReportedOutsideDevelopment() {
        // a NO-GO since the forty-eighth pass (UnforcedHttps): no proxy in front protects the service's own fetch
        assertThat(problems("appsettings.properties", """
                Authentication.Authority=https://login.clinic-cloud.org/realms/rx
                Authentication.RequireHttpsMetadata=false
                """)).containsExactly("NO_GO sandbox.tls-off Authentication.RequireHttpsMetadata");
        assertThat(problems("appsettings.properties", "Jwt.RequireHttpsMetadata=true\n")).isEmpty();
        assertThat(problems("appsettings.properties", """
                ASPNETCORE_ENVIRONMENT=Development
                Jwt.RequireHttpsMetadata=false
                """)).noneMatch(problem -> problem.endsWith("RequireHttpsMetadata"));
    }

    @Test
    void aServersOwnListenersShouldBindNotBeCalledButAdvertisedOnesStayRead() {
        assertThat(problems(".env", """
                SCHEMA_REGISTRY_LISTENERS=http://0.0.0.0:8081
                KSQL_LISTENERS=http://0.0.0.0:8088
                listeners=http://0.0.0.0:8082
                """)).isEmpty();
        assertThat(problems(".env", "SCHEMA_REGISTRY_LISTENERS=http://127.0.0.1:8081\n")).isNotEmpty();
        assertThat(problems(".env", "KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://localhost:9092\n"))
                .containsExactly("NO_GO sandbox.local-public-url KAFKA_ADVERTISED_LISTENERS");
    }

    @Test
    void aHostDescribedInWordsInBracesShouldBeTemplateTextButAUriTemplateVariableStaysClean() {
        assertThat(problems(".env", """
                OAUTH_CALLBACK_URL=https://{public-host-or-ip}/auth/callback
                IDP_METADATA_URL=http://{idp-server-ip-or-domain}/.well-known/openid-configuration
                """)).containsExactly("NO_GO sandbox.reserved-host OAUTH_CALLBACK_URL",
                "NO_GO sandbox.reserved-host IDP_METADATA_URL");
        assertThat(problems(".env", """
                TENANT_API_URL=https://{tenant}.api.fleetdesk.io/v2
                REGION_ENDPOINT=https://{region_name}.storage.fleetdesk.io
                """)).isEmpty();
    }

    @Test
    void hetznersServiceDomainsShouldBeRealWhileYourDomainsStayTemplates() {
        assertThat(problems(".env", """
                BACKUP_S3_ENDPOINT=https://nbg1.your-objectstorage.com
                STORAGE_BOX_HOST=u482911.your-storagebox.de
                """)).isEmpty();
        assertThat(problems(".env", "BACKUP_S3_ENDPOINT=https://s3.your-objectstore.com\n"))
                .containsExactly("NO_GO sandbox.reserved-host BACKUP_S3_ENDPOINT");
    }

    @Test
    void aMessageChannelsDevelopmentProviderShouldBeATestModeButOtherSelectorsStayClean() {
        assertThat(problems(".env", "OTP_PROVIDER=dev\nSMS_SENDER=fixture\n")).containsExactly(
                "NO_GO sandbox.test-mode OTP_PROVIDER", "NO_GO sandbox.test-mode SMS_SENDER");
        assertThat(problems(".env", "OTP_PROVIDER=twilio\nSTORAGE_PROVIDER=dev\nCACHE_DRIVER=test\n")).isEmpty();
    }

    @Test
    void twiliosWhatsAppSandboxSenderShouldBeATestValue() {
        assertThat(problems(".env", "TWILIO_WHATSAPP_FROM=whatsapp:+14155238886\n")).hasSize(1)
                .allMatch(problem -> problem.startsWith("NO_GO sandbox.") && problem.endsWith("TWILIO_WHATSAPP_FROM"));
        assertThat(problems(".env", "TWILIO_WHATSAPP_FROM=whatsapp:+14155550123\n")).isEmpty();
    }
}

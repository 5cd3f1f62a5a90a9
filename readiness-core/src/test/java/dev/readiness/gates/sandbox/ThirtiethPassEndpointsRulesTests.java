package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ThirtiethPassEndpointsRulesTests {

    @Test
    void aClearTextSwitchBesideTheClientsCredentialsIsANoGo() {
        assertThat(SandboxRuleChecks.production("RABBIT_HOST=rabbit\nRABBIT_PASSWORD=adminadmin\n"
                + "RABBIT_SECURE=false\nspring.cloud.vault.token=${VAULT_TOKEN}\nspring.cloud.vault.scheme=http\n"))
                .filteredOn(finding -> finding.code().equals("sandbox.tls-off"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("RABBIT_SECURE", Severity.NO_GO),
                        Tuple.tuple("spring.cloud.vault.scheme", Severity.NO_GO));
    }

    @Test
    void aClearTextSwitchWithoutCredentialsOrWithEmptyOnesStaysClean() {
        // an empty password slot may be an unauthenticated or unused integration: nothing is sent
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(
                "SMTP_USER=\nSMTP_PASSWORD=\nSMTP_STARTTLS=false\nSMTP_AUTH_ENABLED=false\n"), "SMTP_STARTTLS"))
                .isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("RABBIT_HOST=rabbit\nRABBIT_SECURE=false\n"),
                "RABBIT_SECURE")).isEmpty();
    }

    @Test
    void aBrowserFacingUrlInPlainHttpToAPublicIpAddressIsANoGo() {
        assertThat(SandboxRuleChecks.production("VITE_SUPABASE_URL=http://44.201.29.162:8000\n"
                + "NEXT_PUBLIC_API_URL=http://35.73.94.102.nip.io:4000\nPUBLIC_URL=http://137.117.74.27\n"
                + "github.redirect_uri=http://1.14.206.60/\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("VITE_SUPABASE_URL", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("NEXT_PUBLIC_API_URL", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("PUBLIC_URL", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("github.redirect_uri", "sandbox.tls-off", Severity.NO_GO));
    }

    @Test
    void httpsBackEndsPrivateAddressesNamesAndComposedUrlsStayClean() {
        assertThat(SandboxRuleChecks.production("VITE_SUPABASE_URL=https://44.201.29.162:8443\n"
                + "serverAddress=http://89.163.225.16\nspring.data.solr.host=http://22.188.9.16:8983/solr\n"
                + "PUBLIC_URL=http://shop.example-store.com\nNEXT_PUBLIC_API_URL=http://api.1.2.3.4.example.com\n"
                + "SITE_URL=http://10.65.18.57\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void aReturnUrlComposedFromAnotherKeysRootIsLeftToThatKeyWrittenOutItIsCaught() throws IOException {
        assertThat(envFile("PROJECT_ROOT_PATH=http://106.255.249.50:15080\n"
                + "PAYMENT_RETURN_URL=${PROJECT_ROOT_PATH}/api/payment\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
        assertThat(envFile("PAYMENT_RETURN_URL=http://106.255.249.50:15080/api/payment\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactly(Tuple.tuple("PAYMENT_RETURN_URL", "sandbox.tls-off"));
    }


    @Test
    void aStagingStageFirstInTheUrlPathIsANonProductionEnvironment() {
        assertThat(SandboxRuleChecks.production("ADAGE_API_URL=https://omogen-api-pr.phm.education.gouv.fr/adage-api-staging\n"
                + "ORDERS_API_URL=https://k7x2m9q4ab.execute-api.eu-west-1.amazonaws.com/staging/orders\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("ADAGE_API_URL", "sandbox.host", Severity.NO_GO),
                        Tuple.tuple("ORDERS_API_URL", "sandbox.host", Severity.NO_GO));
    }

    @Test
    void stagingLaterInThePathInsideAWordOrAsAStagingFilesOwnSiteStaysClean() throws IOException {
        assertThat(SandboxRuleChecks.production("ORDERS_API_URL=https://api.example-shop.com/v1/staging\n"
                + "UPLOAD_URL=https://files.example-shop.com/stagingarea/in\n"
                + "ASSETS_URL=https://cdn.example-shop.com/prestaging/x\n"
                + "ATHENA_OUTPUT_URL=s3://acme-athena/staging/\n"
                + "UPLOAD_STAGING_URL=https://acme-uploads.s3.amazonaws.com/staging/\n"))
                .extracting(Finding::code).doesNotContain("sandbox.host");
        // a staging file sends browsers to its own deployment's pages; an API it calls on a staging stage is a finding
        String staging = "FRONTEND_SUCCESS_URL=https://chcse.knu.ac.kr/comit-staging\n"
                + "ADAGE_API_URL=https://omogen-api-pr.phm.education.gouv.fr/adage-api-staging\n";
        Path dir = Files.createTempDirectory("readiness");
        Path file = dir.resolve(".env.staging");
        try {
            Files.writeString(file, staging);
            Settings settings = ApplicationConfig.builder().envFile(file).build().settings();
            assertThat(new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.PRODUCTION, settings))
                    .findings()).extracting(Finding::subject, Finding::code)
                    .containsExactly(Tuple.tuple("ADAGE_API_URL", "sandbox.host"));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }


    @Test
    void aDotLocalNameWithAnEnvironmentLabelThatBrowsersOpenIsANoGo() {
        assertThat(SandboxRuleChecks.production("FRONTEND_APP_URL=http://prod.chargeops.local\n"
                + "APP_URL=https://api.staging.joomart.local\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("FRONTEND_APP_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("APP_URL", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aDotLocalBackEndAnIntranetPageOrADirectoryServerKeepsTheOnPremisesReading() {
        // a legacy Active Directory domain may be production on premises: a back end there, and an intranet's own
        // pages on a name without an environment label, stay a WARN
        assertThat(SandboxRuleChecks.production("INVENTORY_SERVICE_URL=http://prod.corp.local:8080\n"
                + "PUBLIC_URL=https://portal.corp.local\nSITE_URL=https://intranet.test-lab.corp.local\n"))
                .extracting(Finding::code, Finding::severity)
                .containsOnly(Tuple.tuple("sandbox.local-host", Severity.WARN));
        assertThat(SandboxRuleChecks.production("LDAP_URL=ldap://dc01.corp.local:389\n")).isEmpty();
    }

    /** An env file read as the CLI reads it, so {@code ${NAME}} is resolved. */
    private static List<Finding> envFile(String text) throws IOException {
        Path file = Files.createTempFile("readiness", ".env");
        try {
            Files.writeString(file, text);
            Settings settings = ApplicationConfig.builder().envFile(file).build().settings();
            return new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.PRODUCTION, settings))
                    .findings();
        } finally {
            Files.delete(file);
        }
    }
}

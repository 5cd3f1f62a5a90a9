package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TwentySixthPassEndpointRulesTests {

    private static void reportsSandboxHost(String dotenv, String... subjects) {
        assertThat(SandboxRuleChecks.production(dotenv)).extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(Arrays.stream(subjects).map(subject -> Tuple.tuple(subject, "sandbox.host", Severity.NO_GO))
                        .toArray(Tuple[]::new));
    }

    private static List<Finding> productionOf(String file, String dotenv) {
        Settings settings = Settings.builder().dotenv(file, dotenv).build();
        return new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aDomainWhoseSubdomainNamesANonProductionEnvironmentIsASandboxHost() {
        reportsSandboxHost("REACT_APP_DOMAIN=nva-sandbox.auth.eu-west-1.amazoncognito.com\n"
                + "APP_DOMAIN=staging.acme.io\nCOOKIE_DOMAIN=.dev.acme.io\n"
                + "VITE_FIREBASE_AUTH_DOMAIN=ubayy-sbx.firebaseapp.com\nSITE_HOSTNAME=www.uat2.acme.io\n",
                "REACT_APP_DOMAIN", "APP_DOMAIN", "COOKIE_DOMAIN", "VITE_FIREBASE_AUTH_DOMAIN", "SITE_HOSTNAME");
    }

    @Test
    void theRegistrableNameTheKeysEnvironmentADemoADirectoryAndACodeSandboxStayClean() {
        assertThat(SandboxRuleChecks.production("DOMAIN=test-prep.com\nSTAGING_DOMAIN=staging.acme.io\n"
                + "DEV_COOKIE_DOMAIN=.dev.acme.io\n_APP_DOMAIN=polybank-demo.apperside.com\n"
                + "LDAP_DOMAIN=dev.corp.acme.com\nE2B_DOMAIN=sandbox.ppio.cn\n"
                + "AUTH0_DOMAIN=dev-abc123xyz.us.auth0.com\nAPP_DOMAIN=acme.io\n")).isEmpty();
    }

    @Test
    void aStagingFilesOwnStagingDomainIsItsOwn() {
        assertThat(productionOf(".env.staging", "APP_DOMAIN=staging.acme.io\nSESSION_DOMAIN=.staging.acme.io\n"))
                .isEmpty();
        assertThat(productionOf(".env.staging", "APP_DOMAIN=dev.acme.io\n")).extracting(Finding::code)
                .containsExactly("sandbox.host");
    }

    @Test
    void aProvidersTestEnvironmentNamedInPortugueseOrSpanishIsTestMode() {
        assertThat(SandboxRuleChecks.production("SEFAZ_AMBIENTE=homologacao\nSUNAT_AMBIENTE=PRUEBAS\n"
                + "WEBPAY_ENVIRONMENT=INTEGRACION\nFOCUS_NFE_ENV=Homologa\u00e7\u00e3o\nPAGO_ENTORNO=integraci\u00f3n\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactlyInAnyOrder(Tuple.tuple("SEFAZ_AMBIENTE", "sandbox.test-mode"),
                        Tuple.tuple("SUNAT_AMBIENTE", "sandbox.test-mode"),
                        Tuple.tuple("WEBPAY_ENVIRONMENT", "sandbox.test-mode"),
                        Tuple.tuple("FOCUS_NFE_ENV", "sandbox.test-mode"),
                        Tuple.tuple("PAGO_ENTORNO", "sandbox.test-mode"));
    }

    @Test
    void theApplicationsOwnEnvironmentAProductionValueAndOtherKeysStayClean() {
        assertThat(SandboxRuleChecks.production("AMBIENTE=pruebas\nAPP_ENV=homologacao\nVITE_APP_ENV=homologacao\n"
                + "SRI_AMBIENTE=produccion\nSEFAZ_AMBIENTE=producao\nSUNAT_RESULT=pruebas\nHML_ENV=production\n"))
                .isEmpty();
    }
}

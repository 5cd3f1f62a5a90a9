package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The sandbox rules of the twenty-eighth pass, each with a catch and the tempting clean values beside it. */
class TwentyEighthPassSandboxRulesTests {

    private static List<Tuple> findings(String dotenv) {
        return SandboxRuleChecks.production(dotenv).stream()
                .map(finding -> Tuple.tuple(finding.subject(), finding.code(), finding.severity())).toList();
    }

    @Test
    void aKeyStoreWhoseFileNameSaysTestIsATestCredential() {
        assertThat(findings("acpsdk.signCert.path=D:/certs/acp_test_sign.pfx\nissuance.keyStoreFile=certs/test.jks\n"
                + "SIGNING_KEY_FILE=/keys/sandbox-signing.key\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("acpsdk.signCert.path", "sandbox.test-credential", Severity.NO_GO),
                        Tuple.tuple("issuance.keyStoreFile", "sandbox.test-credential", Severity.NO_GO),
                        Tuple.tuple("SIGNING_KEY_FILE", "sandbox.test-credential", Severity.NO_GO));
    }

    @Test
    void keyStoresOfOtherNamesTrustStoresAndHostNamedStoresStayClean() {
        assertThat(SandboxRuleChecks.production("server.ssl.key-store=classpath:latest.p12\n"
                + "KEY_STORE=/etc/tls/contest-keys.jks\nunionpay.signCertPath=/certs/unionpay/acp_prod_sign.pfx\n"
                + "kafka.truststoreFile=test-truststore.jks\nCA_KEY=ca_test.key\n"
                + "S2S_KEYSTORENAME=sormas-docker-test.com.s2s.keystore.p12\nTEST_FILE=test.pem\n"
                + "server.ssl.key-store=/etc/tls/testing.p12.bak\n")).isEmpty();
    }

    @Test
    void theMessageNamesTheModeWordNeverThePath() {
        Finding finding = SandboxRuleChecks.production("acpsdk.signCert.path=D:/certs/acp_test_sign.pfx\n").get(0);
        assertThat(finding.message()).contains("'test'").doesNotContain("acp_test_sign").doesNotContain("certs");
    }

    @Test
    void aModeWordAloneOrAsASectionsLeafSwitchesThatModeOn() {
        assertThat(findings("STAGING=true\nfint.betaling.demo=\"true\"\ninfradesk.demo=1\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("STAGING", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("fint.betaling.demo", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("infradesk.demo", "sandbox.test-mode", Severity.NO_GO));
    }

    @Test
    void negatedGluedOrProductNamedDemoKeysAndFalseStayClean() {
        assertThat(SandboxRuleChecks.production("odoo.withoutDemo=true\nWAVE_DEMO=true\nDATA_STAGING=true\n"
                + "fint.betaling.demo=false\nSTAGING=false\nlogging.level.com.demo=INFO\napp.demos=true\n"))
                .isEmpty();
    }

    @Test
    void shortEnvironmentNamesOfOtherLanguagesMarkAMiddleLabel() {
        assertThat(findings("SIGAP_URL=http://e-oficio.des.ecmsolutions.com.mx/login\n"
                + "BB_API_URL=https://api.hm.bb.com.br/cobrancas/v2\n"
                + "GOBO_URL=http://gobo-aurora.utv.paas.skead.no\nNVDB_URL=https://nvdbapi.desarrollo.acme.es\n"
                + "BB_OAUTH_URL=https://oauth.desenv.bb.com.br\nSEFAZ_URL=https://nfe-teste.acme.com.br/ws\n"))
                .extracting(tuple -> tuple.toArray()[1]).containsOnly("sandbox.host").hasSize(6);
    }

    @Test
    void theSameLettersAsAgencyBrandOrFirstLabelStayClean() {
        assertThat(SandboxRuleChecks.production("NH_URL=https://www.des.nh.gov/\nWA_URL=https://des.wa.gov/\n"
                + "SHOP_URL=https://www2.hm.com/en\nBB_API_URL=https://api.bb.com.br/cobrancas/v2\n"
                + "UTV_URL=https://utv.example-vehicles.no\nDESIGN_URL=https://api.design.acme.com\n"
                + "DESK_URL=https://desk.acme.com\nAZ_URL=https://apps.des.az.gov/jobs\n"
                + "NH_STATE_URL=https://services.des.state.nh.us\n")).isEmpty();
    }

    @Test
    void anApiAccountsPasswordAndSignatureShareTheTestModeOfItsApplicationId() {
        assertThat(findings("acct1.UserName=seller_api1.example.es\nacct1.Password=K4HYERDPNVNVTLNN\n"
                + "acct1.Signature=AFcWxV21C7fd0v3bYYYRCpSSRl31At374FBATQZFLpAo2Gt4aDgz3S5m\n"
                + "acct1.AppId=APP-80W284485P519543T\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("acct1.Password", "sandbox.test-credential", Severity.NO_GO),
                        Tuple.tuple("acct1.Signature", "sandbox.test-credential", Severity.NO_GO),
                        Tuple.tuple("acct1.AppId", "sandbox.test-credential", Severity.NO_GO));
        assertThat(findings("payPal.APISignature=AuwAVVI0CQbVxwsd5C8AStPS3muSAGq.AQl4i-KXI6pAcV.OO7PDEvyj\n"
                + "payPal.AppID=APP-80W284485P519543T\n"))
                .contains(Tuple.tuple("payPal.APISignature", "sandbox.test-credential", Severity.NO_GO));
    }

    @Test
    void anotherAccountsSignatureBesideATestApplicationIdStaysClean() {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("acct1.AppId=APP-80W284485P519543T\n"
                + "acct2.Signature=AuwAVVI0CQbVxwsd5C8AStPS3muSAGq.AQl4i-KXI6pAcV.OO7PDEvyj\n"
                + "acct1.Timeout=30\n"), "acct2.Signature")).isEmpty();
    }

    @Test
    void aFirebaseProjectsBucketNamedForAnEnvironmentIsThatEnvironments() {
        assertThat(findings("VITE_FIREBASE_STORAGE_BUCKET=sosson-sandbox.firebasestorage.app\n"
                + "VITE_FB_STORAGE_BUCKET=ubayy-sbx.firebasestorage.app\nFIREBASE_BUCKET=acme-staging.appspot.com\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("VITE_FIREBASE_STORAGE_BUCKET", "sandbox.host", Severity.NO_GO),
                        Tuple.tuple("VITE_FB_STORAGE_BUCKET", "sandbox.host", Severity.NO_GO),
                        Tuple.tuple("FIREBASE_BUCKET", "sandbox.host", Severity.NO_GO));
    }

    @Test
    void productionProjectBucketsAndOtherStoresBucketNamesStayClean() {
        assertThat(SandboxRuleChecks.production("FIREBASE_STORAGE_BUCKET=fahampesa-8c514.appspot.com\n"
                + "A_BUCKET=latest-news.appspot.com\nB_BUCKET=contest-app.firebasestorage.app\n"
                + "S3_BUCKET=bankslip-sandbox\nGCS_BUCKET=acme-staging-assets\n")).isEmpty();
    }

    @Test
    void anEnvironmentWordNoRegistryDelegatesEndsAnEnvironmentsPrivateZone() {
        assertThat(findings("API_HOST=api.sandbox\nSERVICE_URL=http://apb.services.uat:39702/api\n"
                + "ORDERS_URL=https://orders.preprod/v1\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("API_HOST", "sandbox.host", Severity.NO_GO),
                        Tuple.tuple("SERVICE_URL", "sandbox.host", Severity.NO_GO),
                        Tuple.tuple("ORDERS_URL", "sandbox.host", Severity.NO_GO));
    }

    @Test
    void realTopLevelDomainsAndModulePathsStayClean() {
        assertThat(SandboxRuleChecks.production("API_URL=https://api.acme.dev\nSHOP_URL=https://shop.qa\n"
                + "DJANGO_SETTINGS_MODULE=config.settings.staging\nAPI_HOST=api.acme.io\n")).isEmpty();
    }

    @Test
    void anEndpointThatIsThePathOfAMockApiIsATestMode() {
        assertThat(findings("API_BASE_URL=/mockApi\nORDERS_URL=/mock-api/v1\nSTUB_URL=/stubs\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("API_BASE_URL", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("ORDERS_URL", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("STUB_URL", "sandbox.test-mode", Severity.NO_GO));
    }

    @Test
    void pathsThatStartWithOtherWordsOrHoldMockLaterStayClean() {
        assertThat(SandboxRuleChecks.production("API_BASE_URL=/api\nBIRD_URL=/mockingbird\nC_URL=/api/mock\n"
                + "MOCK_NOTE=/mockApi\n")).isEmpty();
    }

    @Test
    void aDevelopmentFeatureSwitchedOnIsATestMode() {
        assertThat(findings("allow_dev_phone_numbers=true\nENABLE_DEV_LOGIN=1\nallowed_development_origins=yes\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("allow_dev_phone_numbers", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("ENABLE_DEV_LOGIN", "sandbox.test-mode", Severity.NO_GO),
                        Tuple.tuple("allowed_development_origins", "sandbox.test-mode", Severity.NO_GO));
    }

    @Test
    void featuresSwitchedOffTestWordsGluedWordsAndTheWordsLastStayClean() {
        assertThat(SandboxRuleChecks.production("allow_dev_phone_numbers=false\nenable_devtools=true\n"
                + "enable_test_on_borrow=true\nUSE_TEST_DATA=true\nALLOW_DEV=true\nENABLE_DEBUG_TOOLBAR=false\n"
                + "DISABLE_DEV_LOGIN=true\n"))
                .isEmpty();
    }

    @Test
    void transbanksIntegrationCommerceCodesAreTestCredentials() {
        assertThat(findings("webpay.commerce.user=597020000540\nTBK_COMMERCE_CODE=597055555532\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("webpay.commerce.user", "sandbox.test-credential", Severity.NO_GO),
                        Tuple.tuple("TBK_COMMERCE_CODE", "sandbox.test-credential", Severity.NO_GO));
        assertThat(SandboxRuleChecks.production("TBK_COMMERCE_CODE=597012345678\n"
                + "WEBPAY_URL=https://webpay3g.transbank.cl/rswebpaytransaction\n")).isEmpty();
        assertThat(findings("WEBPAY_URL=https://webpay3gint.transbank.cl/rswebpaytransaction\n"))
                .extracting(tuple -> tuple.toArray()[1]).containsExactly("sandbox.provider-host");
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ThirtyFirstPassEndpointsRulesTests {

    @Test
    void aPrivateAddressInABrowserBuildVariableOrACdnUrlIsReported() {
        assertThat(SandboxRuleChecks.production("EXPO_PUBLIC_API_URL=http://192.168.1.23:3000\n"
                + "VUE_APP_HOST=http://10.45.91.142:1205\nCDN_URL=http://192.168.92.43:85/test\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("EXPO_PUBLIC_API_URL", "sandbox.local-host", Severity.WARN),
                        Tuple.tuple("VUE_APP_HOST", "sandbox.local-host", Severity.WARN),
                        Tuple.tuple("CDN_URL", "sandbox.local-host", Severity.WARN));
    }

    @Test
    void aPrivateAddressOfABackEndOrAPublicAddressInABuildVariableStaysClean() {
        assertThat(SandboxRuleChecks.production("API_URL=http://10.0.0.5:8080\nINTERNAL_API_URL=http://192.168.1.9\n"
                + "VITE_API_URL=https://api.shop-example.io\nEXPO_PUBLIC_API_URL=https://172.217.16.14\n"
                + "CDN_URL=https://cdn.shop-example.io\n"))
                .extracting(Finding::code).doesNotContain("sandbox.local-host");
    }

    @Test
    void aBracketedSlotUnderAnAddressKeyIsANoGo() {
        assertThat(SandboxRuleChecks.production("KV_REST_API_URL=<FILL:SECRET>\nmosip.kernel.sms.api=<SMS_API>\n"
                + "SLACK_WEBHOOK=<webhook url>\nAUTH_CALLBACK=<callback-url>\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("KV_REST_API_URL", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("mosip.kernel.sms.api", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("SLACK_WEBHOOK", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("AUTH_CALLBACK", "sandbox.reserved-host", Severity.NO_GO));
    }

    @Test
    void emptyMarkersUrlsInBracketsAndOtherKeysStayClean() {
        assertThat(SandboxRuleChecks.production("SLACK_WEBHOOK=<none>\nSMS_API=<empty>\n"
                + "DOCS_URL=<https://docs.shop-example.io>\nGREETING=<hello:world>\nSMS_API_TIMEOUT=<30s>\n"))
                .extracting(Finding::subject).isEmpty();
    }

    @Test
    void aQaOrTestStageBesideAServiceIsANonProductionHost() {
        assertThat(SandboxRuleChecks.production("API_URL=https://qa-api.acme-labs.io\n"
                + "SHOP_URL=https://shop-qa.acme-labs.io\nREPORTS_URL=https://staging-reports.acme-labs.io\n"
                + "RESULTS_URL=https://qa-results-eu.acme-labs.io\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactlyInAnyOrder(Tuple.tuple("API_URL", "sandbox.host"),
                        Tuple.tuple("SHOP_URL", "sandbox.host"), Tuple.tuple("REPORTS_URL", "sandbox.host"),
                        Tuple.tuple("RESULTS_URL", "sandbox.host"));
    }

    @Test
    void aProductNamedForWhatQaOrTestingProducesIsAProductionHost() {
        assertThat(SandboxRuleChecks.production("canonical_dns_name=qa-reports.linaro.org\n"
                + "RESULTS_URL=https://test-results.acme-labs.io\nTOOLS_HOST=qa-tools.acme-labs.io\n"))
                .extracting(Finding::subject).isEmpty();
    }

    @Test
    void aLoopbackAddressInAFrontEndsProductionEnvironmentFileIsANoGo() {
        // Angular's environment.prod.ts flattened: every address beside production=true ships to the browser
        assertThat(SandboxRuleChecks.production("production=true\napiUrl=http://localhost:4200\n"
                + "socketUrl=ws://127.0.0.1:3000\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("apiUrl", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("socketUrl", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aBackEndsProductionFlagOrARelativeAddressLeavesALoopbackUrlAWarnOrClean() {
        assertThat(SandboxRuleChecks.production("PRODUCTION=True\nSEARCH_URL=http://localhost:9200\n"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactly(Tuple.tuple("SEARCH_URL", Severity.WARN));
        assertThat(SandboxRuleChecks.production("production=true\napiUrl=/api\n"
                + "authUrl=https://auth.shop-example.io\n")).isEmpty();
    }

    @Test
    void aSitesHomeAddressOnLoopbackIsANoGo() {
        // WordPress's wp-config.php flattened: WP_HOME is the address every visitor's links point at
        assertThat(SandboxRuleChecks.production("WP_HOME=http://localhost:8080\nHOME_URL=http://127.0.0.1:3000/\n"
                + "HOMEPAGE_URL=http://localhost\nwebserver.base_url=http://localhost:8080\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("WP_HOME", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("HOME_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("HOMEPAGE_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("webserver.base_url", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void homeDirectoriesARealHomeAndAServerBesideTheHomeWordStayAsTheyWere() {
        assertThat(SandboxRuleChecks.production("JAVA_HOME=/usr/lib/jvm/java-17\nAPP_HOME=./\nwebserver.web_server_host=127.0.0.1\n"
                + "HOME_SERVER_HOST=http://localhost:8448\nWP_HOME=https://blog.shop-example.io\n"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("HOME_SERVER_HOST", Severity.WARN),
                        Tuple.tuple("webserver.web_server_host", Severity.WARN));
    }

    @Test
    void aPipelinesTestJobCallsTheAppOnTheRunnersLoopback() {
        assertThat(SandboxRuleChecks.production("jobs.e2e.runs-on=ubuntu-latest\n"
                + "jobs.e2e.env.BASE_URL=http://localhost:3000\njobs.e2e.steps[2].env.API_URL=http://localhost:8080\n"
                + "integration-tests.stage=test\nintegration-tests.variables.APP_URL=http://localhost:3000\n"))
                .isEmpty();
    }

    @Test
    void aPipelinesBuildOrDeployJobShipsWhatItSets() {
        assertThat(SandboxRuleChecks.production("jobs.build.runs-on=ubuntu-latest\n"
                + "jobs.build.env.NEXT_PUBLIC_API_URL=http://localhost:4000\n"
                + "deploy_production.stage=deploy\ndeploy_production.variables.APP_URL=http://localhost:3000\n"))
                .extracting(Finding::subject).containsExactlyInAnyOrder("jobs.build.env.NEXT_PUBLIC_API_URL",
                        "deploy_production.variables.APP_URL");
    }
}

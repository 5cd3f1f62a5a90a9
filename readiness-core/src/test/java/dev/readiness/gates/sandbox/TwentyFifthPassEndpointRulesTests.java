package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TwentyFifthPassEndpointRulesTests {

    private static void reports(String dotenv, String code, String... subjects) {
        assertThat(SandboxRuleChecks.production(dotenv)).extracting(Finding::subject, Finding::code)
                .contains(Arrays.stream(subjects).map(subject -> Tuple.tuple(subject, code)).toArray(Tuple[]::new));
    }

    private static void neverReports(String dotenv, String code) {
        assertThat(SandboxRuleChecks.production(dotenv)).extracting(Finding::code).doesNotContain(code);
    }

    @Test
    void anAddressOfAsterisksOnlyIsATemplate() {
        reports("fr.acme.oidc.auth-server-url=***\nSUPABASE_URL=******\n", "sandbox.template-url",
                "fr.acme.oidc.auth-server-url", "SUPABASE_URL");
    }

    @Test
    void aWildcardOrAMaskUnderAKeyThatNamesNoAddressIsNoTemplate() {
        neverReports("PUBLIC_URL=*\nLOG_MASK=***\nREDACTED_URL_PATTERN=***.acme.io\n", "sandbox.template-url");
    }

    @Test
    void aFirstPathSegmentMaskedWithXIsNoGo() {
        assertThat(SandboxRuleChecks.production("azure.url=https://dev.azure.com/XXXXXX\n"))
                .extracting(Finding::subject, Finding::severity).contains(Tuple.tuple("azure.url", Severity.NO_GO));
    }

    @Test
    void aMaskedIdLaterInThePathIsLeftAlone() {
        assertThat(SandboxRuleChecks.production("azure.url=https://dev.azure.com/acme-org\n"
                + "REPO_URL=https://github.com/acme/xxxx\n")).isEmpty();
    }

    @Test
    void localStacksEdgePortOnTheContainerHostIsTheEmulator() {
        reports("aws.endpoint-configuration.url=http://host.docker.internal:4566\nAWS_ENDPOINT=http://aws:4566\n",
                "sandbox.emulator", "aws.endpoint-configuration.url", "AWS_ENDPOINT");
    }

    @Test
    void anotherPortOnAServiceNameIsACompositionsBackEnd() {
        neverReports("AWS_ENDPOINT=http://aws-proxy:8080\nS3_ENDPOINT=http://minio:9000\n", "sandbox.emulator");
    }

    @Test
    void theFrontEndByItsShortNameOrItsFrameworkIsAPublicUrl() {
        reports("FE_URL=http://localhost:8080/\nNEXTJS_BASE_URL=http://localhost:3000\n", "sandbox.local-public-url",
                "FE_URL", "NEXTJS_BASE_URL");
    }

    @Test
    void theBackEndBesideItIsNoPublicUrl() {
        neverReports("BE_URL=http://localhost:3876/\n", "sandbox.local-public-url");
    }

    @Test
    void localStacksStandInCredentialsAreTheEmulators() {
        reports("AWS_ACCESS_KEY_ID=localstack-fake-id\nAWS_SECRET_ACCESS_KEY=localstack\n", "sandbox.emulator",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void aProfileNamedLocalStackOrAWordThatOnlyStartsSoIsNoCredential() {
        neverReports("AWS_PROFILE=localstack\nSERVICE_KEY=localstackers\n", "sandbox.emulator");
    }

    @Test
    void aRealRegistryWithATemplateNamespaceIsReserved() {
        reports("REGISTRY=registry.cn-hangzhou.aliyuncs.com/your-namespace\nDOCKER_REGISTRY=ghcr.io/your_username\n",
                "sandbox.reserved-host", "REGISTRY", "DOCKER_REGISTRY");
    }

    @Test
    void aRegistryWithARealNamespaceOrAWordThatOnlyStartsSoIsClean() {
        neverReports("REGISTRY=registry.cn-hangzhou.aliyuncs.com/acme-prod\nDOCKER_REGISTRY=ghcr.io/yourself-labs\n",
                "sandbox.reserved-host");
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.api.Test;

class TwentyFifthPassEndpointRulesTests {

    @Test
    void anAddressOfAsterisksOnlyIsATemplate() {
        assertThat(SandboxRuleChecks.production("fr.acme.oidc.auth-server-url=***\nSUPABASE_URL=******\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("fr.acme.oidc.auth-server-url", "sandbox.template-url"),
                        org.assertj.core.groups.Tuple.tuple("SUPABASE_URL", "sandbox.template-url"));
    }

    @Test
    void aWildcardOrAMaskUnderAKeyThatNamesNoAddressIsNoTemplate() {
        assertThat(SandboxRuleChecks.production("PUBLIC_URL=*\nLOG_MASK=***\nREDACTED_URL_PATTERN=***.acme.io\n"))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @Test
    void aFirstPathSegmentMaskedWithXIsNoGo() {
        assertThat(SandboxRuleChecks.production("azure.url=https://dev.azure.com/XXXXXX\n"))
                .extracting(Finding::subject, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("azure.url", Severity.NO_GO));
    }

    @Test
    void aMaskedIdLaterInThePathIsLeftAlone() {
        assertThat(SandboxRuleChecks.production("azure.url=https://dev.azure.com/acme-org\n"
                + "REPO_URL=https://github.com/acme/xxxx\n")).isEmpty();
    }

    @Test
    void localStacksEdgePortOnTheContainerHostIsTheEmulator() {
        assertThat(SandboxRuleChecks.production("aws.endpoint-configuration.url=http://host.docker.internal:4566\n"
                + "AWS_ENDPOINT=http://aws:4566\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("aws.endpoint-configuration.url", "sandbox.emulator"),
                        org.assertj.core.groups.Tuple.tuple("AWS_ENDPOINT", "sandbox.emulator"));
    }

    @Test
    void anotherPortOnAServiceNameIsACompositionsBackEnd() {
        assertThat(SandboxRuleChecks.production("AWS_ENDPOINT=http://aws-proxy:8080\nS3_ENDPOINT=http://minio:9000\n"))
                .extracting(Finding::code).doesNotContain("sandbox.emulator");
    }

    @Test
    void theFrontEndByItsShortNameOrItsFrameworkIsAPublicUrl() {
        assertThat(SandboxRuleChecks.production("FE_URL=http://localhost:8080/\nNEXTJS_BASE_URL=http://localhost:3000\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("FE_URL", "sandbox.local-public-url"),
                        org.assertj.core.groups.Tuple.tuple("NEXTJS_BASE_URL", "sandbox.local-public-url"));
    }

    @Test
    void theBackEndBesideItIsNoPublicUrl() {
        assertThat(SandboxRuleChecks.production("BE_URL=http://localhost:3876/\n"))
                .extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    @Test
    void localStacksStandInCredentialsAreTheEmulators() {
        assertThat(SandboxRuleChecks.production("AWS_ACCESS_KEY_ID=localstack-fake-id\nAWS_SECRET_ACCESS_KEY=localstack\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("AWS_ACCESS_KEY_ID", "sandbox.emulator"),
                        org.assertj.core.groups.Tuple.tuple("AWS_SECRET_ACCESS_KEY", "sandbox.emulator"));
    }

    @Test
    void aProfileNamedLocalStackOrAWordThatOnlyStartsSoIsNoCredential() {
        assertThat(SandboxRuleChecks.production("AWS_PROFILE=localstack\nSERVICE_KEY=localstackers\n"))
                .extracting(Finding::code).doesNotContain("sandbox.emulator");
    }
}

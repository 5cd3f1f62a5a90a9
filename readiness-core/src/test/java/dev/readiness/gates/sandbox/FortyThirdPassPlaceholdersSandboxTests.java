package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.assertNoGoNamingKey;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-third pass's placeholders in the sandbox gate: a filler word as the whole value of an address key that
 * the host rules did not read ({@code spec.provider.vault.server=placeholder}, {@code cos.endpointurl=fake},
 * {@code CLOUDFRONT_ASSETS_DOMAIN=REDACTED}); a masked part of a provider's account label beside its stage
 * ({@code https://xxx-prod.supabase.co}); a blockchain framework's local validator as the cluster
 * ({@code provider.cluster=localnet}). Beside each, the values that tempt it: {@code null} and {@code none} (unset),
 * compose service names, mode words, references, filler under keys that name no address, real account labels and
 * a local network's address range. Findings name the key and never the value.
 */
class FortyThirdPassPlaceholdersSandboxTests {

    @ParameterizedTest
    @ValueSource(strings = {"spec.provider.vault.server=placeholder",
            "fhirServer.bulkdata.jobParameters.cos.endpointurl=fake", "CLOUDFRONT_ASSETS_DOMAIN=REDACTED",
            "vault.addr=TBD", "aws_ses.server=changeme", "payment.notify-url=dummy", "REMOTE_SERVERURL=replace-me",
            "node.address=TODO"})
    void aFillerWordUnderAnAddressKeyIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.template-url", "filler word");
        assertThat(SandboxRuleChecks.onLine(line).get(0).message())
                .doesNotContain(line.substring(line.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL_HOST=null", "SMTP_SERVER=none", "mail.server=mail", "api.server=server",
            "VAULT_ADDR=${VAULT_ADDR}", "cos.srvinst.id=fake", "app.curl=fake", "storage.driver=dummy",
            "mailer.transport=fake", "AMADEUS_HOSTNAME=test", "site.domain=example"})
    void unsetMarksServiceNamesModesReferencesAndOtherKeysAreNoFillerAddress(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.template-url");
    }

    @Test
    void aTemplateHostTheEndpointRulesReadKeepsItsReading() {
        assertNoGoNamingKey("api.url=placeholder", "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUPABASE_URL=https://xxx-prod.supabase.co",
            "SUPABASE_URL=https://staging-xxxx.supabase.co", "SUPABASE_URL=https://xxx-eu-prod.supabase.co"})
    void aMaskedPartOfAProvidersAccountLabelIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUPABASE_URL=https://acme-prod.supabase.co", "SUPABASE_URL=https://xx-prod.supabase.co",
            "SUPABASE_URL=https://xxxtentacion-prod.supabase.co"})
    void aRealAccountLabelIsNoTemplate(String line) {
        assertThat(codesOnLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider.cluster=localnet", "SOLANA_CLUSTER=localnet", "SUI_NETWORK=localnet"})
    void aBlockchainFrameworksLocalValidatorIsATestNetwork(String line) {
        assertNoGoNamingKey(line, "sandbox.test-network", "test network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider.cluster=mainnet", "general.localnet=192.168.2.0/255.255.255.0",
            "settings.apply-inbound-acl=localnet.auto", "DOCKER_NETWORK=local", "KUBE_CLUSTER=local-cluster"})
    void theMainNetworkALocalNetworksRangeAndOtherNamesAreNoTestNetwork(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.test-network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOSTNAME=immich.mydomain.duckdns.org", "PUBLIC_URL=https://app.mysubdomain.acme.net",
            "SITE_URL=https://mydomain.herokuapp.com"})
    void myDomainAsAnyLabelOfAHostIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC_URL=https://myapp.acme.net", "PUBLIC_URL=https://mysite.acme-hosting.com",
            "SITE_URL=https://mydomains.shop", "PUBLIC_URL=https://domain.mycompany.io"})
    void otherMyNamesBelowTheRegistrableLabelStayClean(String line) {
        assertThat(codesOnLine(line)).isEmpty();
    }
}

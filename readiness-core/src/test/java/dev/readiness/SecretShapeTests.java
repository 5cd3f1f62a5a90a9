package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.sandbox.Provider;
import dev.readiness.gates.sandbox.ProviderCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretShapeTests {

    @Test
    void publicPrefixesShouldBeExactlyThePrefixesOfTheBuiltInProviderCatalog() {
        List<String> catalogPrefixes = new ArrayList<>();
        for (Provider provider : ProviderCatalog.builtIn().providers()) {
            catalogPrefixes.addAll(provider.testCredentialPrefixes());
            catalogPrefixes.addAll(provider.liveCredentialPrefixes());
            catalogPrefixes.addAll(provider.publicPrefixes());
        }

        assertThat(SecretShape.PUBLIC_PREFIXES).containsExactlyInAnyOrderElementsOf(
                catalogPrefixes.stream().distinct().toList());
        assertThat(SecretShape.PUBLIC_PREFIXES).contains("sk_test_", "rzp_live_", "whsec_", "ghp_", "AKIA", "xoxb-");
    }

    @Test
    void prefixesShouldReadOnlyPrefixAttributesAndSkipComments() {
        String text = """
                # acme.test-credential-prefixes = commented_
                acme.name = Acme
                acme.test-credential-prefixes = acme_test_, ACME-T-
                acme.live-credential-prefixes =
                acme.public-prefixes = acmepub_
                acme.key-words = test_not_a_prefix
                """;

        assertThat(SecretShape.prefixes(text)).containsExactly("acme_test_", "ACME-T-", "acmepub_");
    }

    @Test
    void describeShouldNameTheLongestPublicPrefixOnlyWhenTheValueIsClearlyLonger() {
        assertThat(SecretShape.of("sk_test_0123456789abcdef").describe()).endsWith("sk_test_…");
        assertThat(SecretShape.of("sk_test_0123").prefixClass()).isNull();
        assertThat(SecretShape.of("ghp_0123456789abcdefghij0123456789abcdef").prefixClass()).isEqualTo("ghp_");
    }
}

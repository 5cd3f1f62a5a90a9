package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SandboxKeyTests {

    private static final ProviderCatalog CATALOG = ProviderCatalog.builtIn();

    private static SandboxKey key(String key) {
        return new SandboxKey(key, SandboxGate.keyClasses(key), CATALOG);
    }

    @Property(tries = 2000)
    void rememberedFactsShouldAlwaysBeWhatTheRulesReadOfTheKey(@ForAll("keys") String key) {
        SandboxKey read = key(key);
        assertThat(read.networkName).as(key).isEqualTo(TestChainIds.judgesName(key));
        assertThat(read.modeNamed).as(key).isEqualTo(SandboxKey.mayCarryMode(key));
    }

    @Test
    void aNetworkKeyAndASandboxKeyShouldBeRememberedAsSuch() {
        assertThat(key("ETH_NETWORK").networkName).isTrue();
        assertThat(key("solana.cluster").networkName).isTrue();
        assertThat(key("ETH_NETWORK_ID").networkName).isFalse();
        assertThat(key("PAYPAL_SANDBOX_CLIENT_ID").modeNamed).isTrue();
        assertThat(key("stripe.sbx.secret-key").modeNamed).isTrue();
        assertThat(key("SVC12_SESSION_SECRET").modeNamed).isFalse();
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("eth", "network", "Network", "chain", "CLUSTER",
                "sandbox", "SandBox", "sbx", "SBX", "s", "id", "key", "client", "sand", "box"),
                Arbitraries.strings().alpha().ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of("_", ".", "-", "", "[0].");
        return Arbitraries.oneOf(word, separator).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }
}

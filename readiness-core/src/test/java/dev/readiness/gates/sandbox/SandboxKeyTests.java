package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SnapshotMemo;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
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
        assertThat(read.networkName).as(key).isEqualTo(SandboxKey.namesNetwork(key));
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

    /**
     * The first tests the record and the gate ask before a rule (session 39) are necessary conditions of what the rule
     * reports: a key or value that fails one is never reported by the rule it guards.
     */
    @Property(tries = 5000)
    void keysAndValuesFailingTheFirstTestsShouldFailTheRulesTheyStandFor(@ForAll("guardedKeys") String key,
            @ForAll("guardedValues") String value) {
        SandboxKey read = key(key);
        List<String> words = KeyWords.of(key);
        Setting setting = Setting.of(key, value, Origin.of("test"));
        if (!SandboxKey.namesTestNetwork(words)) {
            assertThat(TestChainIds.testNetworkEndpointKey(words, true)).as(key).isNull();
            assertThat(TestChainIds.testNetworkEndpointKey(words, false)).as(key).isNull();
            assertThat(TestNetworkCredentials.namesKey(words)).as(key).isFalse();
            assertThat(read.testNetwork).as(key).isNull();
            assertThat(read.testNetworkCredential).as(key).isFalse();
        }
        if (!SandboxKey.mayNameRelyingParty(words)) {
            assertThat(RelyingParties.namesRelyingPartyAddress(words)).as(key).isFalse();
        }
        if (!read.announcedAddressEnding) {
            assertThat(AnnouncedAddresses.namesAnnouncedIp(words)).as(key).isFalse();
        }
        if (!read.objectStoreTlsKey) {
            assertThat(ObjectStoreTls.judge(Settings.empty(), setting)).as(key + "=" + value)
                    .isNull();
        }
        if (!read.secureCookie) {
            assertThat(InsecureCookies.judge(setting)).as(key + "=" + value).isNull();
        }
        if (!read.chainIdKey && !(value.length() > 7 && value.charAt(6) == ':')) {
            assertThat(TestChainIds.judge(setting, value)).as(key + "=" + value).isNull();
        }
        if (!read.clientTlsMode) {
            assertThat(ClientTlsModes.judge(setting, value)).as(key + "=" + value).isNull();
        }
        if (value.isEmpty()) {
            return;
        }
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("POSTMASTER", "admin", "sasl.mechanism", "PLAIN"));
        values.put(key, value);
        Settings settings = Settings.of(values);
        if (key.length() != 10) {
            assertThat(MailServerTls.notlsFlavour(settings, setting, value)).as(key + "=" + value).isNull();
        }
        if (value.length() != 14) {
            assertThat(ClientTlsModes.judgeSaslPlaintext(settings, setting, value)).as(key + "=" + value).isNull();
        }
        if (value.length() < 5) {
            assertThat(TestKeyStores.judge(setting, value)).as(key + "=" + value).isNull();
        }
        if (!SandboxGate.mayHoldTemplateAuthority(value)) {
            assertThat(TemplateAuthorities.judge(setting, value, new EndpointReadings(SnapshotMemo.unshared())))
                    .as(key + "=" + value).isNull();
        }
        if ((value.charAt(0) | 0x20) != 's') {
            assertThat(SipUris.isSipUri(value)).as(value).isFalse();
        }
        if (value.indexOf(" //") <= 0) {
            assertThat(TrailingComments.withoutRemark(value)).as(value).isSameAs(value);
        }
        if (!value.startsWith("git@")) {
            assertThat(ScpRemotes.asUrl(setting)).as(value).isSameAs(setting);
        }
    }

    @Provide
    Arbitrary<String> guardedKeys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("sepolia", "Goerli", "TESTNET", "devnet", "fuji",
                "mutinynet", "rpc", "url", "node", "key", "private", "secret", "token", "mnemonic", "chain", "Chain",
                "id", "ID", "network", "NETWORK", "secure", "Secure", "cookie", "COOKIE", "session", "csrf", "tls",
                "ssl", "TLS", "mode", "strategy", "flavor", "flavour", "FLAVOR", "secure", "comms", "server", "port",
                "redis", "db", "rpid", "rp", "relying", "party", "webauthn", "passkey", "origin", "origins", "domain",
                "ip", "IP", "ipv4", "ipaddress", "address", "addr", "external", "advertised", "public", "game", "s3",
                "minio", "storage", "usessl", "enabled", "https", "verify", "1", "0",
                "\u017f", "\u212a"), Arbitraries.strings().alpha().ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of("_", ".", "-", "", "[0].");
        return Arbitraries.oneOf(word, separator).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> guardedValues() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of("0", "1", "5", "97", "31337", "11155111", "eip155:",
                "solana:", "off", "false", "none", "disable", "plaintext", "notls", "SASL_PLAINTEXT", "sasl_plaintext",
                "http://", "https://", "<host>", "localhost", ":port", "PORT", ":8080", "/", "keystore", ".jks", ".p12",
                ".pfx", "test", "sip:", "sips:", "user@", " //", " // note", "git@", "github.com:org/repo.git",
                "example.com", "\u017f"), Arbitraries.strings().alpha().ofMaxLength(4));
        return part.list().ofMinSize(0).ofMaxSize(4).map(parts -> String.join("", parts));
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

package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-fourth pass, published secrets: {@code wif} names a wallet's private key in Bitcoin's Wallet Import Format
 * ({@code BITCOIN_WIF}, {@code walletWif}), so its literal is judged as a secret: in a sample file it is a published
 * default, a NO-GO naming the key and no value (Chainpoint's {@code .env.sample} shipped one and nothing read it).
 * Wi-Fi keys ({@code wifi_ssid}, whose word is {@code wifi}) and words that merely contain the letters
 * ({@code SWIFT_TEMP_URL_DURATION}, {@code AllowIFraming}) stay as they were. The key below is a made-up base58 string,
 * not a valid key.
 */
class FortyFourthPassPublishedWifKeyTests {

    private static final String WIF = "93kP2q7wXfVn4bLdR8tYcJm6sZhE1uQgN5oA3iKjW9xTvBrCyDe";

    @Test
    void aLiteralWifKeyInASampleFileIsAPublishedDefault() {
        assertThat(findingsIn("chainpoint.env.sample", "BITCOIN_WIF", "BITCOIN_WIF=" + WIF,
                "NETWORK=testnet")).singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("secrets.published-default");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.message()).doesNotContain(WIF.substring(10, 14));
                    assertThat(finding.remediation()).doesNotContain(WIF.substring(10, 14));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"BITCOIN_WIF", "walletWif", "wif", "WIF_KEY"})
    void wifNamesASecret(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wifi_ssid", "WIFI_NAME", "SWIFT_TEMP_URL_DURATION", "AllowIFraming", "wifi.use_address"})
    void wifiAndWordsThatHoldTheLettersAreNoSecret(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).isEmpty();
    }

    @Test
    void aWifiNetworkNameStaysClean() {
        assertThat(findingsIn("esphome-secrets.properties", "wifi_ssid", "wifi_ssid=Midgard7Xq2")).isEmpty();
    }
}

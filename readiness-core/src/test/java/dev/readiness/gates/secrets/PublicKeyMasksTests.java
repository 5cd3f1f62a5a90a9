package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicKeyMasksTests {

    @ParameterizedTest(name = "{0}={1} is a masked public key")
    @CsvSource(delimiter = '|', value = {
        "justauth.type.alipay_wallet.alipay-public-key|MIIB**************DAQAB",
        "ALIPAY_PUBLIC_KEY|MIIBIjANBgkq********IDAQAB", "wx.pubKey|MFkw****AQAB"})
    void isMaskedPublicKeyWhenAPublicKeyKeepsBothEndsShouldSayYes(String key, String value) {
        assertThat(PublicKeyMasks.isMaskedPublicKey(key, value)).isTrue();
    }

    @ParameterizedTest(name = "{0}={1} is not")
    @CsvSource(delimiter = '|', value = {
        "ALIPAY_PRIVATE_KEY|MIIE**************DAQAB", "APP_SECRET|abcd********wxyz",
        "STRIPE_PUBLIC_KEY|pk_test_xxxxxxxx", "ALIPAY_PUBLIC_KEY|****************",
        "ALIPAY_PUBLIC_KEY|MIIB**x***DAQAB", "ALIPAY_PUBLIC_KEY|MIIB**DAQAB", "PUBLIC_KEY_PATH|MIIB*****DAQAB"})
    void isMaskedPublicKeyWhenTheKeyIsSecretOrTheValueIsAllMaskShouldSayNo(String key, String value) {
        assertThat(PublicKeyMasks.isMaskedPublicKey(key, value)).isFalse();
    }
}

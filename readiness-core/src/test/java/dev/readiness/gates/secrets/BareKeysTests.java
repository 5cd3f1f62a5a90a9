package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BareKeysTests {

    private static List<Finding> production(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xboot.qqlbs.key|你的腾讯位置服务key",
        "union.key|密钥",
        "amap.key|your-api-key-here",
        "MAPS_KEY|请填写您的key"})
    void aPlaceholderUnderABareKeyLeafIsReported(String key, String value) {
        assertThat(BareKeys.namesBareKey(key)).isTrue();
        assertThat(production(key, value)).extracting(Finding::code).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spring.cache.key|userId",
        "sort.key|createdAt",
        "amap.key|3f9a2c71d4e8b605",
        "routing.key|orders.created",
        "i18n.key|menu.title"})
    void anOrdinaryValueUnderABareKeyLeafIsNotJudgedForStrength(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "monkey", "turnkey", "keys.size", "key.path"})
    void onlyALastWordThatIsExactlyKeyUnderANamespaceCounts(String key) {
        assertThat(BareKeys.namesBareKey(key)).isFalse();
    }
}

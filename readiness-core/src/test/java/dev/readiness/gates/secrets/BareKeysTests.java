package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        "MAPS_KEY|请填写您的key",
        "premium.key|00000000-0000-0000-0000-000000000000"})
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
        "tenant.key|00000000-0000-0000-0000-000000000001",
        "i18n.key|menu.title"})
    void anOrdinaryValueUnderABareKeyLeafIsNotJudgedForStrength(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "monkey", "turnkey", "keys.size", "key.path"})
    void onlyALastWordThatIsExactlyKeyUnderANamespaceCounts(String key) {
        assertThat(BareKeys.namesBareKey(key)).isFalse();
    }

    private static List<Finding> inFile(String file, String key, String value) {
        Settings settings = Settings.builder().dotenv(file, key + "=" + value).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STEAM_KEY|hex32",
        "LASTFM_KEY|hex32",
        "NYT_KEY|hex32:5:68537648",
        "PHANTOMJS_CLOUD_KEY|alnum40",
        "amap.key|HEX32",
        "GOOGLE_MAPS_KEY|AIza-alnum35"})
    void anIssuedLookingValueUnderABareProviderKeyIsAnApiKeyPublishedByAnExampleFile(String key, String shape) {
        String value = shaped(shape, 11);

        assertThat(BareKeys.holdsIssuedKey(key, value)).isTrue();
        assertThat(inFile("config/app.env.example", key, value)).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(inFile("deploy/production.env", key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CACHE_KEY|hex32",
        "SORT_KEY|alnum40",
        "PARTITION_KEY|hex32",
        "PRIMARY_KEY|alnum40",
        "I18N_KEY|alnum40",
        "S3_KEY|hex32",
        "OBJECT_KEY|alnum40",
        "RECAPTCHA_SITE_KEY|alnum40",
        "MIDTRANS_CLIENT_KEY|alnum40",
        "NEXT_PUBLIC_POSTHOG_KEY|alnum40",
        "STRIPE_PUBLISHABLE_KEY|alnum40",
        "GPG_KEY|HEX40",
        "IDEMPOTENCY_KEY|hex32"})
    void aBareKeyThatNamesALookupOrAPublicKeyStaysCleanInAnExampleFile(String key, String shape) {
        String value = shaped(shape, 12);

        assertThat(BareKeys.holdsIssuedKey(key, value)).isFalse();
        assertThat(inFile("config/app.env.example", key, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderCreatedEventV2", "home_page_title_2024", "uploads/2024/avatar-17.png",
        "users:profile:settings:v2", "messages.home.title", "3f9a2c71-d4e8-4b60-9a5c-3e2f1a0b9c8d",
        "12345678901234567890", "ProductionKeyVersion20240115", "com.example.app.config.Key1"})
    void wordsPathsAndIdentifiersUnderABareKeyAreNotApiKeys(String value) {
        assertThat(BareKeys.holdsIssuedKey("STEAM_KEY", value)).isFalse();
        assertThat(inFile("config/app.env.example", "STEAM_KEY", value)).isEmpty();
    }

    @Test
    void aSequenceShapedLikeAnApiKeyIsJudgedForStrengthAndAnAliasIsNoReuse() {
        assertThat(production("STEAM_KEY", "0123456789abcdef0123456789abcdef")).extracting(Finding::code)
                .containsExactly("secrets.guessable");
        String random = Samples.hex(16, 13);
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION,
                Settings.of(Map.of("LASTFM_KEY", random, "LASTFM_API_KEY", random)))).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aRandomApiKeyUnderABareKeyInAProductionFileStaysClean(int seed) {
        for (String value : List.of(Samples.hex(16, seed), Samples.hex(20, seed).toUpperCase(java.util.Locale.ROOT),
                Samples.alphanumeric(24, seed), Samples.pick("abcdefghijklmnopqrstuvwxyz0123456789", 24, seed),
                Samples.base64Url(24, seed))) {
            assertThat(inFile("deploy/production.env", "WEATHER_KEY", value)).as("a random key of %d characters",
                    value.length()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cb448b1d4f0c743a1e36", "k3j9x0m2p8", "a1b2c3d4e5f6a7b8c9d0e1f2"})
    void aShortHexOrBase36IdIsNoIssuedKey(String value) {
        assertThat(BareKeys.looksIssued(value)).isFalse();
    }

    private static String shaped(String shape, long seed) {
        return switch (shape) {
            case "hex32" -> Samples.hex(16, seed);
            case "HEX32" -> Samples.hex(16, seed).toUpperCase(java.util.Locale.ROOT);
            case "HEX40" -> Samples.hex(20, seed).toUpperCase(java.util.Locale.ROOT);
            case "hex32:5:68537648" -> Samples.hex(16, seed) + ":5:68537648";
            case "alnum40" -> Samples.alphanumeric(40, seed);
            case "AIza-alnum35" -> "AIza" + Samples.alphanumeric(17, seed) + "-" + Samples.alphanumeric(17, seed + 1);
            default -> throw new IllegalArgumentException(shape);
        };
    }
}

package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readiness.Stage;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AesKeyGateTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AesKeyGate gate = new AesKeyGate("acme.aes-key", "AES_SECRET_KEY", 32, "AES-256-GCM");

    static Stream<String> goodKeys() {
        return Stream.of(
                HexFormat.of().formatHex(random(32)),
                HexFormat.of().withUpperCase().formatHex(random(32)),
                Base64.getEncoder().encodeToString(random(32)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(random(32)),
                Base64.getUrlEncoder().encodeToString(random(32)),
                " " + HexFormat.of().formatHex(random(32)) + "\n");
    }

    @ParameterizedTest
    @MethodSource("goodKeys")
    void checkWhenKeyIs256BitsShouldSayGo(String key) {
        GateCheck.run(Stage.PRODUCTION, Map.of("AES_SECRET_KEY", key), gate).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @CsvSource({"16,acme.aes-key.wrong-size", "24,acme.aes-key.wrong-size", "31,acme.aes-key.wrong-size",
            "33,acme.aes-key.wrong-size", "64,acme.aes-key.wrong-size"})
    void checkWhenKeyHasAnotherSizeShouldSayNoGo(int bytes, String code) {
        for (String key : new String[] {HexFormat.of().formatHex(random(bytes)),
                Base64.getEncoder().encodeToString(random(bytes))}) {
            ReportAssert report = GateCheck.run(Stage.PRODUCTION, Map.of("AES_SECRET_KEY", key), gate).isNoGo()
                    .hasFinding(code, "AES_SECRET_KEY");
            assertThat(report.report().findings().findFirst().orElseThrow().message())
                    .contains("decodes to " + bytes + " bytes");
        }
    }

    @Test
    void checkWhenKeyIsARawPassphraseShouldSayUndecodable() {
        GateCheck.run(Stage.PRODUCTION, Map.of("AES_SECRET_KEY", "my super secret aes key!"), gate).isNoGo()
                .hasFinding("acme.aes-key.undecodable", "AES_SECRET_KEY");
    }

    @Test
    void checkShouldJudgeTheKeyInEveryStage() {
        GateCheck.run(Stage.DEVELOPMENT, Map.of("AES_SECRET_KEY", "00112233445566778899aabbccddeeff"), gate)
                .hasFinding("acme.aes-key.wrong-size").blocks(false);
    }

    @Test
    void checkWhenKeyIsAbsentOrBlankShouldSayNothing() {
        GateCheck.run(Stage.PRODUCTION, Map.of(), gate).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("AES_SECRET_KEY", "  "), gate).hasNoFindings();
    }

    @Test
    void findingsShouldNeverContainTheKey() {
        String canary = "CanaryAesKey0123456789+Canary";
        ReportAssert report = GateCheck.run(Stage.PRODUCTION, Map.of("AES_SECRET_KEY", canary), gate).isNoGo();
        assertThat(TextReportRenderer.full().render(report.report())).doesNotContain("Canary");
        assertThat(JsonReportRenderer.compact().render(report.report())).doesNotContain("Canary");
        assertThat(report.report().findings().findFirst().orElseThrow().toString()).doesNotContain("Canary");
    }

    @Test
    void constructorShouldRefuseSizesThatAreNotAes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AesKeyGate("a.b", "K", 20, "AES"))
                .withMessageContaining("20");
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return key;
    }
}

package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateQueriesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<String> codes(String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of("RPC_URL", value)))).findings()
                .stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://mainnet.rpc.example.net/?api-key=replace-with-your-api-key",
        "https://hooks.example.net/send?token=REPLACE_WITH_TOKEN",
        "https://api.example.net/v1?key=substitute.with.key"})
    void aCredentialParameterThatSaysWhatReplacesItShouldBeATemplateUrl(String value) {
        assertThat(codes(value)).contains("sandbox.template-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://mainnet.rpc.example.net/?api-key=${HELIUS_API_KEY}",
        "https://api.example.net/v1?mode=replace-with-newer",
        "https://api.example.net/v1?key=replacement9Xk2q"})
    void aFilledCredentialOrAReplaceWordElsewhereShouldNotBeATemplateUrl(String value) {
        assertThat(codes(value)).doesNotContain("sandbox.template-url");
    }
}

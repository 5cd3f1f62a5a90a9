package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModeNamedCredentialsTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"PAYPAL_SANDBOX_CLIENT_ID, true", "sbxApiKey, true", "SVC_SECRET_SBX, true", "SESSION_SECRET, false",
        "SVC1_SAND_BOX, false", "SB, false"})
    void mayCarryModeShouldFindSandboxOrSbxInAnyCase(String key, boolean expected) {
        assertThat(SandboxKey.mayCarryMode(key)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aSandboxNamedSectionThatCallsOnlyProductionHostsShouldHoldNoTestCredential() {
        String id = "24ef317e-6ec5-487a-9421-8345d62bd9de";
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("""
                APP_WEB_SANDBOX_APP_ID=%s
                APP_WEB_SANDBOX_API_HOST=https://payapi.acme-pay.io/open-api
                """.formatted(id)), "APP_WEB_SANDBOX_APP_ID")).isEmpty();
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("""
                APP_WEB_SANDBOX_APP_ID=%s
                APP_WEB_SANDBOX_API_HOST=https://payapi.sandbox.acme-pay.io/open-api
                """.formatted(id)), "APP_WEB_SANDBOX_APP_ID")).extracting(dev.readiness.Finding::code)
                .containsExactly("sandbox.test-credential");
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("APP_WEB_SANDBOX_APP_ID=" + id + "\n"),
                "APP_WEB_SANDBOX_APP_ID")).extracting(dev.readiness.Finding::code)
                .containsExactly("sandbox.test-credential");
    }

    @Property(tries = 3000)
    void mayCarryModeShouldAnswerAsTryingBothWordsAtEveryS(@ForAll("keys") String key) {
        assertThat(SandboxKey.mayCarryMode(key))
                .isEqualTo(ModeNamedCredentials.mayCarryModeByDefinition(key));
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.of("sandbox", "SANDBOX", "sbx", "SbX", "s", "S", "\u017f", "\u017fandbox", "sa", "sb",
                        "andbox", "bx", "\u212a", "_"),
                Arbitraries.strings().withChars("sabndoxSABX_.-\u00e9").ofMaxLength(5));
        return part.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}

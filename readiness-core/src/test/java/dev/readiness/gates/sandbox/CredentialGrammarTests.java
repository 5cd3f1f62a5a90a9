package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialGrammarTests {

    @ParameterizedTest(name = "{0} has mode {1}")
    @CsvSource({"pk_test_bGFzdGluZy1saXphcmQtODcuY2xlcmsuYWNjb3VudHMuZGV2JA, test",
            "rk_test_51HdGf2KZbWq8X9yTmN3pQr, test", "skey_test_5xuy4w91xqz7d1w9u0t, test",
            "CHASECK_TEST-q7Lk3Dz9mBv2Xy8Pw4Rt6Nh1, test", "egy_sk_test_0f3c9a7b2e1d4c6b8a9f0e1d2c3b, test",
            "MK_TEST_SAF7HR5F3F, test", "sandbox-Xr7Lq2Vn9Kd4Tz8Wm3Pb6Hs1Jy5, sandbox",
            "sandbox_sk_0f3c9a7b2e1d4c6b8a9f0e1d, sandbox", "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM, test",
            "TEST-4567019210432612-0712-6f1d2c3b4a5f, test", "xnd_development_P4qDfOss0OCpl8RtKrROHjaQYNCk, development",
            "sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e, sbox", "pdl_sdbx_apikey_01hv8wptq8987qeep44cyrewp9, sdbx",
            "sk_test..., test", "pk_test_your_publishable_key, test", "sk_test_xxxxxxxxxxxxxxxx, test",
            "pk_test_51...., test", "sk_test_51M..., test", "rk_test_4eC3…, test", "sk_test_1234, test",
            "pk_test_0000, test", "pk_test_, test", "sk_sbox_, sbox",
            "sbx:gtMoV6ubne7hh0mI6zOb3dmP.mH2j3D8iUzB4UMTNQ73dLkEca92jVBwV, sbx",
            "sandbox:Q8zLk2Vx9Pm4Rt7Wn3Bc6Hd1Jy5, sandbox"})
    void readShouldFindTheModeSegmentBeforeTheBody(String value, String mode) {
        assertThat(CredentialGrammar.read(value)).isNotNull().extracting(CredentialGrammar.Match::mode)
                .isEqualTo(mode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_51HdGf2KZbWq8X9yTmN3pQrStUv", "pk_live_bGFzdGluZy1saXphcmQtODcu",
            "prv_prod_Kw4aC0rZVgLZQn209NbEKPuXLzBD28Zx", "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz",
            "sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH", "sk-proj-Q3b8Xk2Lm9Vt4Rz7Wp1Yn6Hc0Jd5Fg8Ks2",
            "sk-ant-api03-Q3b8Xk2Lm9Vt4Rz7Wp1Yn6Hc0Jd5Fg8Ks2", "a8Ktest0Zq93LmVx7Rw2Pn5Hs1Jc4Gf6",
            "contest_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8", "latest_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8", "attest-key-Zq93LmVx7Rw2",
            "test-password1", "my-dev-key-2024", "dev_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8Ka0", "sk_test_short",
            "test_1234", "test_", "sandbox_", "sk_test_1357", "sk_test_51M.x..", "test",
            "https://sk_test_abc.example.com", "a-b-c-d-e-test-Zq93LmVx7Rw2Pn5Hs1Jc4",
            "123e4567-e89b-12d3-a456-426614174000", "TeSt_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "prd:UdUgjL77zZXthJOu0SPC5F2F.YTSpptQtrTGu8IvdKrcZfxZrhVWTbgPM", "test:Xk39fPq0LmZ2vB8nR4tWq7Ls",
            "sk:sbx:Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8", "redis:6379"})
    void readShouldLeaveLiveKeysOtherProvidersAndWordsThatOnlyContainAMode(String value) {
        assertThat(CredentialGrammar.read(value)).as(value).isNull();
    }

    @Test
    void readShouldBeFastOnHugeValues() {
        String huge = "sk_" + "a".repeat(1_000_000);
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThat(CredentialGrammar.read(huge)).isNull();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Property(tries = 500)
    void readShouldNeverThrow(@ForAll("credentialShaped") String value) {
        CredentialGrammar.Match match = CredentialGrammar.read(value);
        if (match != null) {
            assertThat(ModeWords.CREDENTIAL_MODES).contains(match.mode());
        }
    }

    @Property(tries = 300)
    void readShouldNeverThrowOnArbitraryText(@ForAll String value) {
        CredentialGrammar.read(value);
    }

    @Provide
    Arbitrary<String> credentialShaped() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of("sk", "pk", "test", "TEST", "sandbox", "sb", "dev",
                "live", "…", "...", "é", ""), Arbitraries.strings().withChars("aZ09_-.").ofMaxLength(14));
        return segment.list().ofMaxSize(8).map(parts -> String.join("_", parts));
    }
}

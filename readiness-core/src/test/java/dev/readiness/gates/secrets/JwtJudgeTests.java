package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtJudgeTests {

    private static final byte[] RANDOM_KEY = new SecureRandom().generateSeed(32);

    private final JwtJudge judge = JwtJudge.of(PublishedDefaults.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {"{\"role\":\"anon\",\"iss\":\"supabase-demo\",\"iat\":1641769200}",
            "{\"sub\":\"demo-user\"}", "{\"iss\":\"https://auth.example.com\"}", "{\"aud\":[\"api\",\"test\"]}",
            "{\"env\":\"sandbox\"}", "{\"iss\":\"http://localhost:8080/realms/master\"}"})
    void judgeWhenAClaimNamesADemoOrTestIssuerShouldReportADemoJwt(String payload) {
        assertThat(judge.judge(Jwts.hs256(payload, RANDOM_KEY)))
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo("secrets.demo-jwt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret", "your-256-bit-secret", "keyboard cat", "changeme",
            "your-super-secret-jwt-token-with-at-least-32-characters-long"})
    void judgeWhenTheSignatureVerifiesUnderAPublishedOrWeakSecretShouldReportAWeakKey(String secret) {
        String token = Jwts.hs256("{\"iss\":\"https://auth.acme.io\",\"sub\":\"42\",\"role\":\"service_role\"}", secret);

        assertThat(judge.judge(token))
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo("secrets.jwt-weak-key"));
    }

    @Test
    void judgeOfAProductionTokenSignedWithARandomKeyShouldFindNothing() {
        String token = Jwts.hs256("{\"iss\":\"https://auth.acme.io\",\"sub\":\"contest-attest-latest\","
                + "\"role\":\"service_role\",\"exp\":1999999999}", RANDOM_KEY);

        assertThat(judge.judge(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJIUzI1NiJ9", "eyJ.eyJ.sig", "eyJub3QganNvbg.e30.c2ln", "not.a.jwt",
            "eyJhbGciOiJIUzI1NiJ9.e30.a$b", ""})
    void judgeOfValuesThatAreNoJwtShouldFindNothing(String value) {
        assertThat(judge.judge(value)).isEmpty();
    }

    @Test
    void problemsShouldNeverQuoteTheTokenOrAClaimValue() {
        String token = Jwts.hs256("{\"iss\":\"canary-Zq81Wx-demo\"}", RANDOM_KEY);

        assertThat(judge.judge(token)).hasValueSatisfying(problem -> {
            assertThat(problem.message()).doesNotContain(token.substring(0, 12)).doesNotContain("Zq81")
                    .contains("iss claim");
            assertThat(problem.remediation()).doesNotContain("Zq81");
        });
    }

    @Test
    void ofShouldTryTheCatalogsPlainTextEntriesAndTheWeakList() {
        assertThat(judge.candidates()).isGreaterThan(400);
    }
}

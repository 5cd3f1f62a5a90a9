package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * Coverage-guided fuzz targets (Jazzer) for the endpoint parser and judge of the sandbox gate. In a normal build they
 * run once per seed in
 * {@code src/test/resources/dev/readiness/gates/sandbox/EndpointCoverageFuzzTestsInputs/<method>/} (regression
 * mode); with {@code JAZZER_FUZZ=1} Jazzer mutates inputs guided by coverage (see docs/reference/fuzzing.md).
 * Invariants: no exception escapes {@link Endpoint#parse(String, boolean)}, {@link Endpoint#parseAll(String,
 * boolean)} or {@link EndpointJudge#judge(Endpoint)}, a parsed host is never blank, and neither the endpoint nor the
 * verdict holds the password of the user info or a token of the query.
 */
class EndpointCoverageFuzzTests {

    private static final EndpointJudge JUDGE = EndpointJudge.of(ProviderCatalog.builtIn(), List.of());

    /** URL shapes: 1 scheme, 2 host, 3 path, 4 the secret. */
    private static final String[] SHAPES = {
        "%1$s://user:%4$s@%2$s/%3$s", "%1$s://%2$s/%3$s?token=%4$s", "%1$s://%2$s/%3$s?a=b&access_token=%4$s",
        "%1$s://:%4$s@%2$s:443/%3$s", "%1$s://%2$s/%3$s#%4$s", "%2$s/%3$s?key=%4$s", "%1$s://%4$s:x-oauth@%2$s/%3$s",
    };

    @FuzzTest(maxDuration = "5m")
    void parseAndJudgeShouldNeverThrow(@NotNull String text) {
        for (boolean bare : new boolean[] {true, false}) {
            Endpoint.parse(text, bare).ifPresent(EndpointCoverageFuzzTests::checkEndpoint);
            Endpoint.parseAll(text, bare).forEach(EndpointCoverageFuzzTests::checkEndpoint);
        }
        Endpoint.isDatabaseUrl(text);
        JUDGE.distinctiveTestCredential(text);
    }

    @FuzzTest(maxDuration = "5m")
    void parseAndJudgeShouldNeverRevealUserInfoOrQuery(FuzzedDataProvider data) {
        String secret = data.consumeString(40);
        String shape = data.pickValue(SHAPES);
        String scheme = data.consumeString(8);
        String host = data.consumeString(40);
        String path = data.consumeRemainingAsString();
        String text = String.format(Locale.ROOT, shape, scheme, host, path, secret);
        for (boolean bare : new boolean[] {true, false}) {
            Endpoint.parseAll(text, bare).forEach(EndpointCoverageFuzzTests::checkEndpoint);
        }
        if (secret.length() < 4) {
            return;
        }
        // differential: the same URL with another secret of the same length; if what is shown then still contains
        // the secret text, it comes from elsewhere (another slot, a fixed word) and proves nothing
        String other = String.valueOf(secret.indexOf('\u00a7') < 0 ? '\u00a7' : '\u00b6').repeat(secret.length());
        for (boolean bare : new boolean[] {true, false}) {
            String shownForOther = shown(String.format(Locale.ROOT, shape, scheme, host, path, other), bare);
            if (!shownForOther.contains(secret)) {
                assertThat(shown(text, bare)).as("what the parser shows of %s", text).doesNotContain(secret);
            }
        }
    }

    private static String shown(String text, boolean bare) {
        StringBuilder shown = new StringBuilder();
        for (Endpoint endpoint : Endpoint.parseAll(text, bare)) {
            shown.append(endpoint).append(endpoint.host()).append(JUDGE.judge(endpoint)).append('\n');
        }
        return shown.toString();
    }

    private static void checkEndpoint(Endpoint endpoint) {
        assertThat(endpoint.host()).isNotBlank();
        assertThat(endpoint.port()).isBetween(-1, 65535);
        assertThat(endpoint.path()).isNotNull();
        EndpointJudge.Verdict verdict = JUDGE.judge(endpoint);
        assertThat(verdict.kind()).isNotNull();
    }
}

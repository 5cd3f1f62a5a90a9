package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class JwtAndPhrasePropertyTests {

    private final JwtJudge judge = JwtJudge.of(PublishedDefaults.builtIn());

    @Property(tries = 500)
    void judgeOfAnyTextShouldNeverThrowAndNeverQuoteIt(@ForAll @StringLength(max = 300) String text) {
        String value = "eyJ" + text;
        judge.judge(value).ifPresent(problem -> assertThat(problem.message()).doesNotContain(value));
        judge.judge(text);
    }

    @Property(tries = 300)
    void judgeOfATokenWithArbitraryJsonPartsShouldNeverThrow(@ForAll @StringLength(max = 200) String header,
            @ForAll @StringLength(max = 200) String payload, @ForAll @StringLength(max = 60) String signature) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String token = url.encodeToString(("{\"alg\":\"HS256\"," + header).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + url.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + url.encodeToString(signature.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(judge.judge(token)).isNotNull();
    }

    @Property(tries = 1000)
    void randomSecretsShouldNeverReadAsPlaceholderText(@ForAll long seed) {
        byte[] bytes = new byte[24];
        new java.util.Random(seed).nextBytes(bytes);
        assertThat(PlaceholderPhrases.isPlaceholder(Base64.getEncoder().encodeToString(bytes))).isFalse();
        assertThat(PlaceholderPhrases.isPlaceholder(Base64.getUrlEncoder().encodeToString(bytes))).isFalse();
        assertThat(PlaceholderPhrases.isPlaceholder(java.util.HexFormat.of().formatHex(bytes))).isFalse();
    }

    @Property(tries = 500)
    void isPlaceholderOfAnyTextShouldAnswerWithoutThrowing(@ForAll @StringLength(max = 400) String text) {
        PlaceholderPhrases.isPlaceholder(text);
        assertThat(PlaceholderPhrases.words(text)).isNotNull();
    }
}

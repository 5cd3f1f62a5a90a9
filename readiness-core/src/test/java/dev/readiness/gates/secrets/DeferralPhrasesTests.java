package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeferralPhrasesTests {

    /** The phrase as the gate defines it, without the cheap look for {@code ed} or {@code set} in front. */
    private static final String SOURCE = "(?:the[-_ ]?)?(?:users?|clients?|runtime|env|environment|deploy(?:ment)?"
            + "|operator|ui|vault|secrets?[-_ ]?manager|kms)";
    private static final String SUPPLIED = "(?:provided|supplied|injected|defined|set)";
    private static final Pattern PHRASE = Pattern.compile("(?i)" + SOURCE + "[-_ ]?" + SUPPLIED
            + "|" + SUPPLIED + "[-_ ](?:by|at|in|from|via)[-_ ]" + SOURCE);

    @ParameterizedTest
    @ValueSource(strings = {"user_provided", "RUNTIME-SUPPLIED", "provided_by_user", "set-in-vault", " env_set ",
        "Injected-From-KMS", "the_user_defined"})
    void aPhraseThatSendsTheSecretElsewhereDefers(String value) {
        assertThat(DeferralPhrases.defers(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_password", "provided123", "b7f9c2e4a1d84f6e9b3c5a7d2e8f1c4a", "set",
        "user_provıded"})
    void aSecretThatMerelyHoldsSuchWordsDoesNot(String value) {
        assertThat(DeferralPhrases.defers(value)).isFalse();
    }

    @Property(tries = 3000)
    void aValueDefersExactlyWhenItsStrippedTextIsThePhrase(@ForAll("values") String value) {
        String stripped = value.strip();
        boolean expected = stripped.length() >= 6 && stripped.length() <= 40 && PHRASE.matcher(stripped).matches();

        assertThat(DeferralPhrases.defers(value)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.of("user", "Users", "the-", "RUNTIME", "env", "vault", "secrets_manager", "KMS", "ui"),
                Arbitraries.of("provided", "SUPPLIED", "Injected", "defined", "set", "SeT", "s\u0131t", "d\u0130fined"),
                Arbitraries.of("_", "-", " ", "by", "at", "in", "from", "via", "x", "9"));
        return part.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }
}

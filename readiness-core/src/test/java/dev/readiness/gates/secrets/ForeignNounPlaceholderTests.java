package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignNounPlaceholderTests {

    @ParameterizedTest
    @ValueSource(strings = {"密钥", "密码", "パスワード", "비밀번호", "Contraseña", "Passwort", "пароль", "mot de passe"})
    void aValueThatIsOnlyTheWordForASecretInAnotherLanguageIsAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"密钥8f2Kq9", "clavel", "schlüsselbund42", "Q3v9xT2mLp", "k"})
    void aValueThatMerelyContainsSuchAWordIsLeftToTheOtherChecks(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isFalse();
    }
}

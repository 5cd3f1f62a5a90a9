package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderPhrasesTests {

    @ParameterizedTest
    @ValueSource(strings = {"SomeRandomStringOf32CharsExactly", "your-32-character-encryption-key",
            "get_the_secret_of_above_key", "get_a_key_from_aws", "generate_a_new_key", "secret-key", "access-key",
            "somepassword", "data encryption key with 32 char", "database_user_password", "secret_firefly_password",
            "your-encryption-key-32-chars-min", "填写你的AccessKey", "请修改为你的密钥", "cambiar-esta-clave",
            "mude isso em produção", "Passwort-hier-eintragen", "changez-moi-votre-secret", "token_from_skylight",
            "key-for-stripe", "my-ultra-secure-json-web-token-string", "some-long-and-weirdly-unrandom-secret-key",
            "OVERRIDE_ME_WITH_SECURE_PASSWORD", "overwrite-this-secret-key"})
    void isPlaceholderShouldRecognizeTextThatOnlyDescribesOrAsksForASecret(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"granite-otter-lantern-91-violet", "Zk3pQ9wLx2Vb7Ys4Tq8", "0a6b944d-d2fb-46fc-a85e-0295c986cd9f",
            "deadbeefcafebabe", "kPH3bIxk5D2deZiIxcaaaA", "Password1Password1", "secret1233", "contest-attest-latest",
            "K8s-Cluster-Token-77x", "Pa55word", "hunter2", "ключ-Zk3pQ9wLx2", "token_from_x9Qz4", "tokenfromskylight",
            "dragon-for-breakfast", "token-of-Zk3pQ9wLx2Vb", "correct-horse-battery-staple-secret-key",
            "granite-otter-and-the-lantern-key-violet",
            "override-Zk3pQ9wLx2Vb", "OverwriteQuasar77Pelican"})
    void isPlaceholderShouldLeaveRealAndMerelyWeakValuesToTheOtherChecks(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SomeRandomStringOf32CharsExactly", "somepassword", "JWTSecretKey"})
    void wordsShouldCutAtCaseChangesDigitsAndKnownWords(String value) {
        assertThat(String.join(" ", PlaceholderPhrases.words(value))).isIn("some random string of 32 chars exactly",
                "some password", "jwt secret key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-demo-key-with-low-quota-per-ip-address", "this is a test key for development only",
            "Sample_Token_For_The_Docs", "a_demo_key_with_low_quota", "insert the real value here later", "fake-secret-used-in-unit-tests",
            "DEMO_KEY_WITH_LIMITED_ACCESS", "POSTMARK_API_TEST", "acme-demo-token", "stripe_sample_key"})
    void isPlaceholderShouldRecognizeWordsThatSayTheyAreAStandIn(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orbit-canyon-velvet-sample-drum", "correct horse battery staple", "the-quick-brown-fox",
            "demo-7f3a9c2e1b4d8f60a5c3-key-for", "test-with-qzxkvbnmwrt-tlk-for", "Sample-Mixed-caSe-For-the-key",
            "ripple sample lantern tundra violet", "acme-test-lantern", "label.sample.page.for.the.users", "welcome_text_for_demo_users", "Tiger-Demo-Lantern"})
    void isPlaceholderShouldLeavePassphrasesAndRandomPartsToTheOtherChecks(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REFER_TO_README", "see-docs", "ask-your-admin", "check_the_wiki", "SeeTheReadme",
            "thisisnotatoken", "not-a-real-secret", "notasecret", "this_is_not_a_key", "ThisIsNotAPassword",
            "/path/to/admin.macaroon or HEXSTRING", "~/.config/app/token.txt OR base64"})
    void isPlaceholderShouldRecognizeValuesThatPointElsewhereOrSayTheyAreNotTheThing(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotSeeK3yQ9wLx2Vb7Ys4", "knot-note-lantern", "notable-keystone-42", "see-the-river-run",
            "not-today-violet", "readme-ocean-token", "/opt/vault/agent.hcl", "/etc/app/key.pem",
            "Zk3p or Q9wLx2Vb7Ys4Tq8", "annotation-token-velvet"})
    void isPlaceholderShouldLeaveRandomValuesHoldingNotOrSeeToTheOtherChecks(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fake_jwt_secret_for_tests", "FAKE-SIGNING-KEY-0001", "Fake_Secret_Value", "dummy",
            "DUMMY_TOKEN", "yourSecretHere", "YOUR_API_KEY_HERE", "example-key-1234567890"})
    void isPhrasePlaceholderShouldRecognizePhrasesCasedAsPeopleTypeThem(String value) {
        assertThat(SecretValues.isPhrasePlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAKe_hydBahlk-8Fgq9TvyJCuMqbOXIT85W7HYcROdc", "dUMMYq8Zr1LkPw3Xv7Ns2Bt9Hc4Jf6Gd0Ye5",
            "eXAMPLE-4kPH3bIxk5D2deZiIxcaaaA8f7G", "YOur_9fKq2Lx7Vb3Ns8Tw1Hc6Jd4Gm0Ye5Rp"})
    void isPhrasePlaceholderShouldLeaveRandomKeysThatStartLikeAPhraseByChance(String value) {
        assertThat(SecretValues.isPhrasePlaceholder(value)).isFalse();
    }
}

package dev.readiness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.secrets.SecretPurpose;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretValidatorTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    record JwtProperties(@Secret(minBits = 256) String secret) {
    }

    record CryptoProperties(@Secret(purpose = SecretPurpose.ENCRYPTION_KEY, aes256 = true) String key) {
    }

    record MailProperties(@Secret(minBits = 64, purpose = SecretPurpose.PASSWORD) String password) {
    }

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static String base64(int bytes, long seed) {
        byte[] random = new byte[bytes];
        new Random(seed).nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "' ' | secrets.blank",
            "${JWT_SECRET} | secrets.placeholder",
            "{{jwt.secret}} | secrets.placeholder",
            "your-256-bit-secret | secrets.published-default",
            "404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970 | secrets.published-default",
            "3f2b8c1e-9d4a-4e7b-8a6c-5d1e2f3a4b5c | secrets.too-weak",
            "mysupersecretjwtsigningkeyforhs256padding | secrets.guessable"})
    void validateWhenSigningSecretIsBadShouldReportTheProblemWithoutTheValue(String value, String code) {
        Set<ConstraintViolation<JwtProperties>> violations = validator.validate(new JwtProperties(value));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getMessage()).contains(code).doesNotContain(value.trim().isEmpty() ? "\u0000" : value.trim());
            assertThat(violation.getPropertyPath()).hasToString("secret");
        });
    }

    @Test
    void validateWhenSigningSecretIs32RandomBytesShouldPass() {
        assertThat(validator.validate(new JwtProperties(base64(32, 1)))).isEmpty();
        assertThat(validator.validate(new JwtProperties(null))).isEmpty();
    }

    @Test
    void validateWhenAes256KeyHas16BytesShouldReportKeySize() {
        Set<ConstraintViolation<CryptoProperties>> violations = validator.validate(new CryptoProperties(base64(16, 2)));

        assertThat(violations).singleElement().extracting(ConstraintViolation::getMessage).asString()
                .contains("secrets.key-size").contains("32 bytes");
        assertThat(validator.validate(new CryptoProperties(base64(32, 3)))).isEmpty();
    }

    @Test
    void validateWhenPasswordIsGuessableShouldSaySoAndAcceptAGeneratedOne() {
        assertThat(validator.validate(new MailProperties("Summer2024!"))).singleElement()
                .extracting(ConstraintViolation::getMessage).asString()
                .contains("secrets.guessable").doesNotContain("Summer");
        assertThat(validator.validate(new MailProperties(base64(18, 4)))).isEmpty();
    }

    @Test
    void validateShouldEscapeMessageTemplateSyntax() {
        Set<ConstraintViolation<JwtProperties>> violations = validator.validate(new JwtProperties("${1+1}"));

        assertThat(violations).singleElement().extracting(ConstraintViolation::getMessage).asString()
                .contains("secrets.placeholder").doesNotContain("${").doesNotContain("1+1");
    }
}

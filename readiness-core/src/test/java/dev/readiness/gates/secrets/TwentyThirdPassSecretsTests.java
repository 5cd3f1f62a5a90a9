package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.codesIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-third pass (secrets): a secret written as base64 of printable text is judged by that text, and
 * a salt key's number or number placeholder is a bcrypt work factor. Each rule with a catch and a tempting neighbour;
 * every value is synthetic.
 */
class TwentyThirdPassSecretsTests {

    private static String encoded(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aBase64EncodedStageAndWordPasswordShouldBeJudgedByItsText() {
        assertThat(codesIn("secret.properties", "db-password=" + encoded("prod_password"), "db-password"))
                .isNotEmpty();
        assertThat(codesIn("secret.properties", "jwt-secret=" + encoded("secret is secure\n"), "jwt-secret"))
                .isNotEmpty();
    }

    @Test
    void aBase64EncodedRandomTextOrRandomBytesShouldStayClean() {
        assertThat(codesIn("secret.properties", "db-password=" + encoded("Zq7LmV0xR3pT9wK2aB8cD4eFgH6j"),
                "db-password")).isEmpty();
        byte[] random = {(byte) 0x9f, 0x12, (byte) 0xc3, 0x7a, (byte) 0xe0, 0x05, (byte) 0x88, 0x3b, (byte) 0xd4,
            0x61, (byte) 0xaa, 0x17, (byte) 0xfe, 0x2c, (byte) 0x90, 0x4d, (byte) 0xb7, 0x08, (byte) 0xe9, 0x53,
            (byte) 0xc1, 0x3e, (byte) 0x86, 0x7f};
        assertThat(codesIn("secret.properties", "db-password=" + Base64.getEncoder().encodeToString(random),
                "db-password")).isEmpty();
    }

    @Test
    void printableTextShouldReadOnlyCanonicalBase64OfPrintableText() {
        assertThat(EncodedSecrets.printableText(encoded("prod_password"))).isEqualTo("prod_password");
        assertThat(EncodedSecrets.printableText(encoded("secret\n"))).isEqualTo("secret");
        assertThat(EncodedSecrets.printableText(encoded("secret"))).isNull();
        assertThat(EncodedSecrets.printableText(encoded("secret-words\n"))).isEqualTo("secret-words");
        assertThat(EncodedSecrets.printableText("cHJvZF9wYXNzd29yZA")).isNull();
        assertThat(EncodedSecrets.printableText("cHJvZF9wYXNzd29yZB==")).isNull();
        assertThat(EncodedSecrets.printableText("changemechangeme")).isNull();
        assertThat(EncodedSecrets.printableText("cHJvZF9w=XNzd29yZA==")).isNull();
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(9).ofMaxLength(300);
    }

    @Property(tries = 300)
    void printableTextOfTheBase64OfPrintableTextShouldBeThatText(@ForAll("printable") String text) {
        assertThat(EncodedSecrets.printableText(encoded(text))).isEqualTo(text);
    }

    @Property(tries = 300)
    void printableTextOfBytesWithOneUnprintableByteShouldBeNothing(@ForAll("printable") String text,
            @ForAll byte unprintable, @ForAll int at) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        int index = Math.floorMod(at, bytes.length - 1);
        bytes[index] = unprintable >= 0x20 && unprintable <= 0x7e ? (byte) 0x80 : unprintable;
        assertThat(EncodedSecrets.printableText(Base64.getEncoder().encodeToString(bytes))).isNull();
    }

    @Test
    void aBcryptWorkFactorUnderASaltKeyShouldStayClean() {
        assertThat(codesIn(".env", "SALT=10", "SALT")).isEmpty();
        assertThat(codesIn(".env", "BCRYPT_SALT=12", "BCRYPT_SALT")).isEmpty();
        assertThat(codesIn(".env", "SALT_ROUNDS=10", "SALT_ROUNDS")).isEmpty();
    }

    @Test
    void aLongerNumberUnderASaltKeyOrAShortOneUnderAPasswordKeyShouldStillBeReported() {
        assertThat(codesIn(".env", "SALT=482913", "SALT")).isNotEmpty();
        assertThat(codesIn(".env", "DB_PASSWORD=10", "DB_PASSWORD")).isNotEmpty();
    }

    @Test
    void aSaltPlaceholderThatAsksForANumberShouldStayClean() {
        assertThat(codesIn(".env.example", "SALT = your bcrypt salt round number", "SALT")).isEmpty();
        assertThat(codesIn(".env.example", "AUTH_BCRYPT_SALT={salt string length}", "AUTH_BCRYPT_SALT")).isEmpty();
    }

    @Test
    void aSaltPlaceholderThatAsksForASecretShouldStillBeReported() {
        assertThat(codesIn(".env.example", "SALT = your random salt string", "SALT"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn(".env.example", "SALT = your salt key number", "SALT")).isNotEmpty();
    }

    @Test
    void aPasswordOfTheProjectsNameTheKeysWordsTheStageAndAYearShouldBeGuessable() {
        assertThat(codesIn("fitness-booking/group_vars/production.properties",
                "server_name=fitnessbooking.com|db_password=fitness_booking_prod_db_2024", "db_password"))
                .containsExactly("secrets.guessable");
        assertThat(codesIn("shop/secret.properties", "kafka-password=prod_kafka_password", "kafka-password"))
                .containsExactly("secrets.guessable");
    }

    @Test
    void aPasswordWithARandomRunBesideTheProjectsNameShouldNotBeGuessable() {
        assertThat(codesIn("fitness-booking/group_vars/production.properties",
                "server_name=fitnessbooking.com|db_password=fitness_prod_Xq7rTzW93Lm2vKp", "db_password"))
                .doesNotContain("secrets.guessable");
    }

    @Test
    void aBlankSecretWhoseCommentSaysTheDeploymentInjectsItShouldStayClean() {
        assertThat(codesIn(".env.production", "# JWT secrets are injected via CI/CD secrets|JWT_ACCESS_SECRET=",
                "JWT_ACCESS_SECRET")).isEmpty();
        assertThat(codesIn(".env.production", "# provided at runtime by Vault|DB_PASSWORD=", "DB_PASSWORD")).isEmpty();
    }

    @Test
    void aBlankSecretWhoseCommentOnlyAsksForItShouldStillBeBlank() {
        assertThat(codesIn(".env.production", "# must be set in production|JWT_ACCESS_SECRET=", "JWT_ACCESS_SECRET"))
                .containsExactly("secrets.blank");
        assertThat(codesIn(".env.production", "# the key passed to the signer|JWT_ACCESS_SECRET=",
                "JWT_ACCESS_SECRET")).containsExactly("secrets.blank");
    }

    @Test
    void aCamelCasePasswordOfTheProjectsNameABoastAndAYearShouldBeGuessable() {
        assertThat(codesIn("acme-shop/k8s/secrets.env", "POSTGRES_USER=acme|POSTGRES_PASSWORD=AcmeSecurePassword2026!",
                "POSTGRES_PASSWORD")).containsExactly("secrets.guessable");
        assertThat(codesIn("acme-shop/k8s/secrets.env", "DB_NAME=acme_prod|DB_PASSWORD=acme_prod_db_very_secure",
                "DB_PASSWORD")).containsExactly("secrets.guessable");
    }

    @Test
    void aCamelCasePasswordWithARandomPartBesideTheProjectsNameShouldNotBeGuessable() {
        assertThat(codesIn("acme-shop/k8s/secrets.env", "POSTGRES_USER=acme|POSTGRES_PASSWORD=AcmeSecureXq7rTzW93Lm2vKp",
                "POSTGRES_PASSWORD")).doesNotContain("secrets.guessable");
    }
}

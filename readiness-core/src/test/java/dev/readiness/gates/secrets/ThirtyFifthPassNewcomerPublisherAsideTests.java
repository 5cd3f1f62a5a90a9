package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth pass, newcomer (a team migrating AfriGest's hand-written checks): the production Secret's
 * {@code JWT_ACCESS_SECRET} was the secret of the Spring Boot 3 JWT tutorials, rightly
 * {@code secrets.published-default}, but the message said only "catalog entry published-defaults.tsv:87 names its
 * public source": the entry's source, "Spring Boot 3 JWT tutorials (Amigoscode '…' and its many copies): jwt.secret",
 * has an aside before its colon, and a name with a parenthesis named nobody (68 entries of the catalog). The name
 * before the aside is now said; a colon inside the aside still ends no name.
 */
class ThirtyFifthPassNewcomerPublisherAsideTests {

    private static final String TUTORIAL_SECRET = "404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970";

    @Test
    void theTutorialsJwtSecretNamesTheTutorials() {
        String message = GateCheck.run(Stage.PRODUCTION, Map.of("JWT_ACCESS_SECRET", TUTORIAL_SECRET), new SecretsGate())
                .isNoGo()
                .hasFinding("secrets.published-default", "JWT_ACCESS_SECRET")
                .report().gate("secrets").orElseThrow().findings().get(0).message();
        assertThat(message).contains("published by Spring Boot 3 JWT tutorials, catalog entry published-defaults.tsv:")
                .doesNotContain("Amigoscode").doesNotContain("404E").doesNotContain("5970");
    }

    @Test
    void theNameBeforeAnAsideIsTheName() {
        assertThat(SecretStrength.publisher("Spring Boot JWT tutorials (Java Techie and its many copies): SECRET",
                "5367566B59703373367639792F423F4528482B4D6251655468576D5A71347437"))
                .isEqualTo("Spring Boot JWT tutorials");
        assertThat(SecretStrength.publisher("a tutorial (https://example.org/a:b)", "s3cr3t-value")).isEmpty();
        assertThat(SecretStrength.publisher("(aside only): x", "s3cr3t-value")).isEmpty();
    }
}

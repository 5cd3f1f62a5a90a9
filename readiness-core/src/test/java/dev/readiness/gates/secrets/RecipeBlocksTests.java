package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeBlocksTests {

    private static final String RANDOM = Samples.hex(32, 5);

    private static List<Finding> findings(String fileName, String text) {
        Settings settings = Settings.builder().dotenv(fileName, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void checkWhenARandomSecretSitsInAFlexRecipeBlockOfTheCommittedEnvShouldWarnThatItIsPublic() {
        List<Finding> found = findings("app/.env", "###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET="
                + RANDOM + "\n###< symfony/framework-bundle ###\n");

        assertThat(found).extracting(Finding::code).containsExactly("secrets.recipe-default");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(found.get(0).message()).doesNotContain(RANDOM);
    }

    @Test
    void checkWhenTheRecipeBlockIsInALocalOverrideShouldSayNothing() {
        assertThat(findings("app/.env.local", "###> symfony/framework-bundle ###\nAPP_SECRET=" + RANDOM + "\n"))
                .isEmpty();
    }

    @Test
    void checkWhenAnOrdinaryCommentOfHashesGovernsTheSecretShouldSayNothing() {
        assertThat(findings("app/.env", "### > security settings ###\nAPP_SECRET=" + RANDOM + "\n")).isEmpty();
        assertThat(findings("app/.env", "###> framework ###\nAPP_SECRET=" + RANDOM + "\n")).isEmpty();
    }

    @Test
    void checkWhenASignedTokenSitsInAFlexRecipeBlockShouldWarnThatItIsPublic() {
        String token = Jwts.hs256("{\"mercure\":{\"publish\":[\"*\"]}}", Samples.hex(32, 9));

        assertThat(findings("api/.env", "###> symfony/mercure-bundle ###\nMERCURE_JWT=" + token + "\n"))
                .extracting(Finding::code).containsExactly("secrets.recipe-default");
    }
}

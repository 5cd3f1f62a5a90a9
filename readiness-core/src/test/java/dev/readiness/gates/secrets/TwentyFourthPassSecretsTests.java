package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.codesIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-fourth pass (secrets): what else a deployment's env file says about its literal secrets. A
 * password that repeats the user name beside it, and a web framework's debug switch turned on, are a sample's or a
 * development setup's, so a random literal beside them is as public as the file. Each rule with a catch and a
 * tempting neighbour; every value is synthetic.
 */
class TwentyFourthPassSecretsTests {

    private static final String KEY = "Xk9qT2vLmR7pZ4wN8cB3yH6jD1fG5sKaQeW0uVbE3rYt8iOp";

    @Test
    void aRandomSigningKeyBesideAPasswordThatRepeatsItsUserShouldBeLikelyPublished() {
        assertThat(codesIn("prod.env", "SECRET_KEY=" + KEY + "|SQL_USER=parser|SQL_PASSWORD=parser|SQL_HOST=db",
                "SECRET_KEY")).containsExactly("secrets.likely-published");
        assertThat(codesIn("staging.env", "FLOWER_USER=it24u|FLOWER_PASSWORD=it24u|JWT_SECRET=" + KEY,
                "JWT_SECRET")).containsExactly("secrets.likely-published");
        assertThat(codesIn("liquibase.properties", "username=bestuser|password=bestuser|session.secret=" + KEY,
                "session.secret")).containsExactly("secrets.likely-published");
    }

    @Test
    void aRandomSigningKeyBesideAWeakPasswordOfAnotherUserShouldStayClean() {
        assertThat(codesIn("prod.env", "SECRET_KEY=" + KEY + "|SQL_USER=parser|SQL_PASSWORD=Summer2024!",
                "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "SECRET_KEY=" + KEY + "|SQL_USER=parser|SQL_PASSWORD=R8vWq2LpX7zT4kNm9cJd",
                "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "SECRET_KEY=" + KEY + "|SQL_USER=parser|ADMIN_PASSWORD=parser",
                "SECRET_KEY")).isEmpty();
    }

    @Test
    void aRandomSigningKeyBesideAFrameworkDebugSwitchTurnedOnShouldBeLikelyPublished() {
        assertThat(codesIn("prod.env", "DEBUG=1|SECRET_KEY=" + KEY, "SECRET_KEY"))
                .containsExactly("secrets.likely-published");
        assertThat(codesIn("staging.env", "DJANGO_DEBUG=True|DJANGO_SECRET_KEY=" + KEY, "DJANGO_SECRET_KEY"))
                .containsExactly("secrets.likely-published");
        assertThat(codesIn("production.env", "APP_DEBUG=true|APP_KEY=" + KEY, "APP_KEY"))
                .containsExactly("secrets.likely-published");
    }

    @Test
    void aRandomSigningKeyBesideADebugSwitchOffOrAnotherProductsDebugShouldStayClean() {
        assertThat(codesIn("prod.env", "DEBUG=0|SECRET_KEY=" + KEY, "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "DEBUG=False|SECRET_KEY=" + KEY, "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "SENTRY_DEBUG=true|SECRET_KEY=" + KEY, "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "MAIL_DEBUG=1|SECRET_KEY=" + KEY, "SECRET_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "DEBUG_TOOLBAR=true|SECRET_KEY=" + KEY, "SECRET_KEY")).isEmpty();
    }

    @Test
    void repeatsUserBesideShouldFindTheUserOfThePasswordsOwnKey() {
        Settings settings = Settings.builder().properties("application.properties",
                "spring.datasource.username=Shop\nspring.datasource.password=shop\nDB_USER=app\nDB_PASS=app\n"
                        + "mail.login=mailer\nmail.pwd=other\n").build();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "spring.datasource.password", "shop")).isTrue();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "DB_PASS", " app ")).isTrue();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "mail.pwd", "other")).isFalse();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "spring.datasource.password", "")).isFalse();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "spring.datasource.secret", "shop")).isFalse();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(24);
    }

    @Property(tries = 200)
    void aPasswordRepeatsItsUserExactlyWhenTheNamesAreEqualIgnoringCase(@ForAll("names") String user,
            @ForAll("names") String password) {
        Settings settings = Settings.builder().dotenv(".env", "DB_USERNAME=" + user + "\n").build();
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "DB_PASSWORD", password))
                .isEqualTo(user.equalsIgnoreCase(password));
        assertThat(UserNamePasswords.repeatsUserBeside(settings, "DB_PASSWORD", user.toUpperCase(java.util.Locale.ROOT)))
                .isTrue();
    }

    private static List<Severity> severitiesIn(String file, String text, String key) {
        Settings settings = Settings.builder().properties(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::severity).toList();
    }

    @Test
    void aLiteralPasswordInAMigrationToolsConfigurationShouldBeAWarning() {
        String flyway = "flyway.url=jdbc:postgresql://db.internal/app\nflyway.user=app\nflyway.password=" + KEY + "\n";
        assertThat(codesIn("flyway.conf", flyway.replace('\n', '|'), "flyway.password"))
                .containsExactly("secrets.likely-published");
        assertThat(severitiesIn("flyway.conf", flyway, "flyway.password")).containsExactly(Severity.WARN);
        assertThat(codesIn("liquibase.properties", "url=jdbc:postgresql://db.internal/app|username=app|password=" + KEY,
                "password")).containsExactly("secrets.likely-published");
    }

    @Test
    void aReferenceInAMigrationToolsConfigurationOrALiteralInAnotherFileShouldStayClean() {
        assertThat(codesIn("flyway.conf", "flyway.user=app|flyway.password=${FLYWAY_PASSWORD}", "flyway.password"))
                .isEmpty();
        assertThat(codesIn("liquibase.properties", "username=app|password=${LIQUIBASE_PASSWORD}", "password"))
                .isEmpty();
        assertThat(codesIn("db.properties", "url=jdbc:postgresql://db.internal/app|username=app|password=" + KEY,
                "password")).isEmpty();
    }

    @Test
    void aDomainOrDecentralisedIdentifierOfASecretShouldHoldNoSecret() {
        assertThat(codesIn("application-azure.properties", "app.secrets.key-vault-domain=key-vault-uri",
                "app.secrets.key-vault-domain")).isEmpty();
        assertThat(codesIn("application-azure.properties", "app.secrets.keycloak-did=issuer-keycloak-did",
                "app.secrets.keycloak-did")).isEmpty();
        assertThat(codesIn("prod.env", "SESSION_TOKEN_DOMAIN=.example.org", "SESSION_TOKEN_DOMAIN")).isEmpty();
    }

    @Test
    void theSecretBesideItsDomainShouldStillBeJudged() {
        assertThat(codesIn("prod.env", "SESSION_TOKEN=changeme|SESSION_TOKEN_DOMAIN=.example.org", "SESSION_TOKEN"))
                .isNotEmpty();
        assertThat(codesIn("application-azure.properties", "app.secrets.jwt=changeme", "app.secrets.jwt"))
                .isNotEmpty();
    }

    @Test
    void aLivePublishableKeyCutShortUnderItsOwnKeyShouldStayClean() {
        assertThat(codesIn("k8s-configmap.env", "CLERK_PUBLISHABLE_KEY=pk_live_...", "CLERK_PUBLISHABLE_KEY")).isEmpty();
        assertThat(codesIn("prod.env", "STRIPE_PUBLISHABLE_KEY=pk_live_", "STRIPE_PUBLISHABLE_KEY")).isEmpty();
    }

    @Test
    void aTestPublishableKeyCutShortOrALiveOneUnderASecretKeyShouldStillBeReported() {
        assertThat(codesIn("k8s-configmap.env", "CLERK_PUBLISHABLE_KEY=pk_test_...", "CLERK_PUBLISHABLE_KEY"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn("prod.env", "STRIPE_SECRET_KEY=pk_live_...", "STRIPE_SECRET_KEY")).isNotEmpty();
        assertThat(codesIn("prod.env", "STRIPE_SECRET_KEY=sk_live_...", "STRIPE_SECRET_KEY")).isNotEmpty();
    }

    @Test
    void aLiteralPasswordInTheUrlOfAReferencesDefaultShouldBePublished() {
        assertThat(codesIn("application.properties",
                "quarkus.redis.hosts=${REDIS_HOSTS:redis://:Kq8vT3mZ7pL2xW9nR4cB@redis-node-1:6379}",
                "quarkus.redis.hosts")).containsExactly("secrets.published-default");
        assertThat(codesIn("application.properties",
                "spring.data.redis.url=${REDIS_URL:redis://:dragon_knight@redis:6379}", "spring.data.redis.url"))
                .containsExactly("secrets.published-default");
    }

    @Test
    void aReferencesDefaultUrlWithoutALiteralPasswordShouldStayClean() {
        assertThat(codesIn("application.properties", "quarkus.redis.hosts=${REDIS_HOSTS:redis://redis-node-1:6379}",
                "quarkus.redis.hosts")).isEmpty();
        assertThat(codesIn("application.properties",
                "quarkus.redis.hosts=${REDIS_HOSTS:redis://:${REDIS_PASSWORD}@redis-node-1:6379}",
                "quarkus.redis.hosts")).isEmpty();
        assertThat(codesIn("application.properties", "app.docs-url=${DOCS_URL:https://docs.example.org/a@b}",
                "app.docs-url")).isEmpty();
    }

    @Test
    void aBlankIdentifierBesideItsBlankSecretUnderARequiredCommentShouldBeBlank() {
        String pair = "# M-Pesa Daraja STK (required: STK push throws without these)|MPESA_CONSUMER_KEY=|MPESA_CONSUMER_SECRET=";
        assertThat(codesIn(".env.example", pair, "MPESA_CONSUMER_KEY")).containsExactly("secrets.blank");
        assertThat(codesIn(".env.example", pair, "MPESA_CONSUMER_SECRET")).containsExactly("secrets.blank");
        assertThat(codesIn(".env", "# S3 uploads, REQUIRED|AWS_ACCESS_KEY_ID=|AWS_SECRET_ACCESS_KEY=",
                "AWS_ACCESS_KEY_ID")).containsExactly("secrets.blank");
    }

    @Test
    void aBlankIdentifierWithoutARequiredCommentOrBesideASetSecretShouldStayClean() {
        assertThat(codesIn(".env.example", "TWITTER_OAUTH_KEY=|TWITTER_OAUTH_SECRET=", "TWITTER_OAUTH_KEY")).isEmpty();
        assertThat(codesIn(".env.example", "# not required|TWITTER_OAUTH_KEY=|TWITTER_OAUTH_SECRET=",
                "TWITTER_OAUTH_KEY")).isEmpty();
        assertThat(codesIn(".env.example", "# required only if payments are on|MPESA_CONSUMER_KEY=|MPESA_CONSUMER_SECRET=",
                "MPESA_CONSUMER_KEY")).isEmpty();
        assertThat(codesIn(".env", "# required|MPESA_CONSUMER_KEY=|MPESA_CONSUMER_SECRET=${MPESA_SECRET}",
                "MPESA_CONSUMER_KEY")).isEmpty();
    }
}

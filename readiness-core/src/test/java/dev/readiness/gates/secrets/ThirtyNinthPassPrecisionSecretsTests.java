package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth pass, precision of the secrets gate's blank secrets: a blank Redis password beside a Redis URL with no
 * password on a Compose or cluster service host (Chatwoot's {@code REDIS_URL=redis://redis-server:6379/4}) is a Redis
 * that asks for none, as beside a host key; a comment that says the settings act only "if these are set" (Budibase's
 * first admin account) makes their blank a choice; a Google API key beside an issued Firebase app id in a stage's
 * dotenv file is the client's web API key, public by design. The tempting values beside them stay reported: a URL on a
 * public host or with its own password (a loopback one is clean since the forty-third pass), a comment about a
 * switch's value ({@code if this is set to true}),
 * a Google API key alone (a server's Gemini key has that shape too) or beside a made-up app id.
 */
class ThirtyNinthPassPrecisionSecretsTests {

    private static List<Finding> dotenv(String text, String key) {
        return findings("production.env", text, key);
    }

    private static List<Finding> stageDotenv(String text, String key) {
        return findings("app-env-production.env", text, key); // a stage's shared dotenv file, .env.production
    }

    private static List<Finding> findings(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aBlankRedisPasswordBesideAPasswordlessRedisUrlOnAServiceHostShouldNotBeReported() {
        assertThat(dotenv("REDIS_URL=redis://redis-server:6379/4\nREDIS_PASSWORD=\n", "REDIS_PASSWORD")).isEmpty();
        assertThat(dotenv("REDIS_URI=redis://default@cache\nREDIS_PASSWORD=\n", "REDIS_PASSWORD")).isEmpty();
    }

    @Test
    void aBlankRedisPasswordBesideAPublicLoopbackOrPasswordedUrlShouldStayReported() {
        // a loopback URL is a sidecar's Redis, clean since the forty-third pass
        for (String url : List.of("redis://redis.acme.io:6379", "redis://0.0.0.0:6379", "redis://10.0.0.5:6379",
                "redis://:s3cr3t-Pa55@redis:6379", "rediss://redis:6379", "${REDIS_URL}")) {
            List<Finding> found = dotenv("REDIS_URL=" + url + "\nREDIS_PASSWORD=\n", "REDIS_PASSWORD");
            assertThat(found).as(url).extracting(Finding::code).containsExactly("secrets.blank");
            assertThat(found.get(0).message()).doesNotContain("s3cr3t");
        }
        assertThat(dotenv("SESSION_URL=redis://redis:6379\nREDIS_PASSWORD=\n", "REDIS_PASSWORD"))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void aBlankSecretUnderACommentThatActsOnlyIfTheSettingsAreSetShouldNotBeReported() {
        String text = """
                # An admin user can be automatically created initially if these are set
                BB_ADMIN_USER_EMAIL=
                BB_ADMIN_USER_PASSWORD= #example
                """;
        assertThat(dotenv(text, "BB_ADMIN_USER_PASSWORD")).isEmpty();
        assertThat(StandInComments.marksOptional(ApplicationConfig.builder().configText("production.env", text)
                .build().settings().get("BB_ADMIN_USER_PASSWORD").orElseThrow())).isTrue();
    }

    @Test
    void aBlankSecretUnderACommentAboutASwitchValueOrWithoutAPronounShouldStayReported() {
        List<Finding> toTrue = dotenv("# if this is set to true, the admin password is required\nADMIN_PASSWORD=\n",
                "ADMIN_PASSWORD");
        assertThat(toTrue).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(toTrue.get(0).subject()).isEqualTo("ADMIN_PASSWORD");
        assertThat(dotenv("# the admin account is created if the mail server is set\nADMIN_PASSWORD=\n",
                "ADMIN_PASSWORD")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(dotenv("# Admin password\nADMIN_PASSWORD=\n", "ADMIN_PASSWORD")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }

    // a made-up key of the AIza shape (35 characters after the prefix), not a real one
    private static final String GOOGLE_KEY = "AIza" + "Qx7Lm2Vb9Tr4Nc8Kd1Hs6Jw3Pf5Gy0Ze2Ua";

    @Test
    void aGoogleApiKeyBesideAnIssuedFirebaseAppIdShouldNotBeReported() {
        assertThat(GOOGLE_KEY).hasSize(39);
        assertThat(stageDotenv("APIKEY=" + GOOGLE_KEY + "\nAPPID='1:1078182509252:web:a8bd648f93bd27522b2791'\n",
                "APIKEY")).isEmpty();
    }

    @Test
    void aGoogleApiKeyAloneOrBesideAMadeUpAppIdShouldStayReported() {
        List<Finding> alone = stageDotenv("GOOGLE_API_KEY=" + GOOGLE_KEY + "\nAPI_BASE_URL=https://api.acme.io\n",
                "GOOGLE_API_KEY");
        assertThat(alone).extracting(Finding::code).containsExactly("secrets.likely-published");
        assertThat(alone.get(0).message()).doesNotContain(GOOGLE_KEY.substring(4, 12));
        assertThat(stageDotenv("APIKEY=" + GOOGLE_KEY + "\nAPPID=1:123456789012:web:abcdef123456\n", "APIKEY"))
                .extracting(Finding::code).containsExactly("secrets.likely-published");
    }
}

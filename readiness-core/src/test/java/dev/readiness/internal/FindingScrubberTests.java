package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingScrubberTests {

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET", "jwt.secret", "jwtSecret", "JWTSECRET", "DB_PASSWORD", "db-passwd",
            "MYSQL_PWD", "GITHUB_TOKEN", "api.tokens", "STRIPE_APIKEY", "stripe.api-key", "apiKey", "SIGNING_KEY",
            "aws.credentials", "GOOGLE_CREDENTIAL", "PASSWORD_SALT", "PRIVATE_KEY_PEM", "signingCert",
            "AUTH_HEADER", "authentication.bearer", "OAUTH_CLIENT_SECRET", "rsaPrivateKey"})
    void looksSecretShouldRecognizeSecretWordsInAnySpelling(String key) {
        assertThat(FindingScrubber.looksSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_URL", "server.port", "spring.application.name", "BOOK_AUTHOR", "LOG_LEVEL",
            "monkey", "APP_ENV", "timeout-millis"})
    void looksSecretShouldLeaveOrdinaryKeysAlone(String key) {
        assertThat(FindingScrubber.looksSecret(key)).isFalse();
    }

    @Test
    void scrubShouldReplaceASecretValueInEveryTextField() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("JWT_SECRET", "Zq8!canary")));
        Finding leaky = Finding.of(Severity.NO_GO, "acme.leak", "JWT_SECRET=Zq8!canary")
                .origin(Origin.of("line with Zq8!canary"))
                .message("The secret Zq8!canary is weak; Zq8!canary again.")
                .remediation("Replace Zq8!canary.")
                .build();

        Finding clean = scrubber.scrub(leaky);

        assertThat(clean.subject()).isEqualTo("JWT_SECRET=[redacted]");
        assertThat(clean.origin().description()).isEqualTo("line with [redacted]");
        assertThat(clean.message()).isEqualTo("The secret [redacted] is weak; [redacted] again.");
        assertThat(clean.remediation()).isEqualTo("Replace [redacted].");
        assertThat(clean.code()).isEqualTo("acme.leak");
        assertThat(clean.severity()).isEqualTo(Severity.NO_GO);
    }

    @Test
    void scrubShouldLeaveTheValuesOfReadinessOwnSettingsAlone() {
        // readiness.secrets.catalog has a secret word in its key, but its value names a file: a finding about the
        // catalog must be able to say which file it could not read (session 23: "the secrets catalog [redacted]").
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of(
                "readiness.secrets.catalog", "classpath:acme-retired-secrets.tsv",
                "READINESS_SECRETS_EXTRA_KEYS", "Partner:Pin",
                "partner.secret", "Zq8!canary")));
        Finding finding = Finding.of(Severity.NO_GO, "secrets.catalog-invalid", "readiness.secrets.catalog")
                .message("the secrets catalog classpath:acme-retired-secrets.tsv: not found; extra keys Partner:Pin;"
                        + " Zq8!canary")
                .build();

        assertThat(scrubber.scrub(finding).message()).isEqualTo("the secrets catalog"
                + " classpath:acme-retired-secrets.tsv: not found; extra keys Partner:Pin; [redacted]");
    }

    @Test
    void scrubShouldKeepTheKeysOfACredentialsSectionAnAuthKeyNamesButNotASecretUnderAnAuthKey() {
        // Asterisk's pjsip names the section of an endpoint's credentials in its auth setting (thirty-fifth pass:
        // every authNOC1.password finding read "[redacted].password").
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of(
                "NOC1.auth", "authNOC1",
                "authNOC1.username", "NOC1",
                "authNOC1.password", "Zq8!canary",
                "REC1.auth", "Rk7Q2x9Wm")));
        Finding finding = Finding.of(Severity.NO_GO, "secrets.placeholder", "authNOC1.password")
                .message("authNOC1.password holds Zq8!canary; REC1.auth holds Rk7Q2x9Wm")
                .build();

        Finding clean = scrubber.scrub(finding);

        assertThat(clean.subject()).isEqualTo("authNOC1.password");
        assertThat(clean.message()).isEqualTo("authNOC1.password holds [redacted]; REC1.auth holds [redacted]");
    }

    @Test
    void scrubIdShouldReplaceASecretWithAWordThatKeepsTheIdValid() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("JWT_SECRET", "k7m3q9x2", "API_TOKEN",
                "a1-b2.c3")));

        assertThat(scrubber.scrubId("acme.k7m3q9x2.weak")).isEqualTo("acme.redacted.weak");
        assertThat(scrubber.scrubId("k7m3q9x2")).isEqualTo("redacted");
        assertThat(scrubber.scrubId("acme.a1-b2.c3")).isEqualTo("acme.redacted");
        assertThat(scrubber.scrubId("acme.carrier-urls")).isEqualTo("acme.carrier-urls");
        assertThat(scrubber.scrubId("acme.xk7m3q9x2")).isEqualTo("acme.xk7m3q9x2");
    }

    @Test
    void scrubTextShouldReplaceASecretInAGatesDescriptionAsInAMessage() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("JWT_SECRET", "Zq8!canary")));

        assertThat(scrubber.scrubText("Checks Zq8!canary and more")).isEqualTo("Checks [redacted] and more");
        assertThat(scrubber.scrubText("Checks carrier URLs")).isEqualTo("Checks carrier URLs");
        assertThat(FindingScrubber.of(Settings.of(Map.of())).scrubText("Zq8!canary")).isEqualTo("Zq8!canary");
    }

    @Test
    void scrubShouldDropADocumentationLinkThatHoldsASecretAndKeepAClean() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("API_TOKEN", "tok3nCanary")));
        Finding leaky = Finding.of(Severity.WARN, "acme.link", "API_TOKEN")
                .documentation(URI.create("https://example.com/check?t=tok3nCanary")).build();
        Finding fine = Finding.of(Severity.WARN, "acme.link", "API_TOKEN")
                .documentation(URI.create("https://example.com/docs")).build();

        assertThat(scrubber.scrub(leaky).documentation()).isEmpty();
        assertThat(scrubber.scrub(fine)).isSameAs(fine);
    }

    @Test
    void scrubShouldDropADocumentationLinkThatHoldsAUrlEncodedSecret() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("DB_PASSWORD", "p@ss word/1")));
        Finding leaky = Finding.of(Severity.WARN, "acme.link", "DB_PASSWORD")
                .documentation(URI.create("https://example.com/check?p=p%40ss+word%2F1")).build();

        assertThat(scrubber.scrub(leaky).documentation()).isEmpty();
    }

    @Test
    void scrubShouldNeverCarryAWaivedMarkSinceOnlyThePolicyWaives() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("DB_PASSWORD", "hunter2hunter2")));
        Finding waived = dev.readiness.TestFindings.waived(
                Finding.of(Severity.NO_GO, "acme.leak", "DB_PASSWORD").message("hunter2hunter2").build());

        assertThat(scrubber.scrub(waived).waived()).isFalse();
        assertThat(scrubber.scrub(waived).message()).isEqualTo("[redacted]");
    }

    @Test
    void scrubShouldReplaceTheLongestValueFirst() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("A_SECRET", "ab1d", "B_SECRET",
                "ab1defgh")));

        assertThat(scrubber.scrub(Finding.of(Severity.INFO, "x.y", "s").message("<ab1defgh>").build()).message())
                .isEqualTo("<[redacted]>");
    }

    @Test
    void scrubShouldKeepKeysPathsAndFixedTextThatContainAWeakValue() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("KEYCLOAK_SECRET", "secret",
                "DB_PASSWORD", "database", "RABBIT_PASSWORD", "rabbit", "JWT_TOKEN", "JWT_SECRET", "PWD",
                "/home/ci/work2")));
        Finding finding = Finding.of(Severity.NO_GO, "secrets.placeholder", "keycloak.credentials.secret")
                .origin(Origin.of("database/base.env:2"))
                .message("spring.rabbitmq.password is a secret; JWT_SECRET and /home/ci/work2 stay readable.")
                .build();

        assertThat(scrubber.scrub(finding)).isSameAs(finding);
    }

    @Test
    void scrubShouldReplaceAMixedValueOnlyAsAWholeWordAndNeverInsideAName() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("DB_PASSWORD", "app2024")));
        Finding finding = Finding.of(Severity.WARN, "x.y", "app2024x.password")
                .origin(Origin.of("conf/app2024/prod.env:3"))
                .message("postgres://u:app2024@db and myapp2024x")
                .build();

        Finding clean = scrubber.scrub(finding);

        assertThat(clean.subject()).isEqualTo("app2024x.password");
        assertThat(clean.origin().description()).isEqualTo("conf/app2024/prod.env:3");
        assertThat(clean.message()).isEqualTo("postgres://u:[redacted]@db and myapp2024x");
    }

    @Test
    void scrubShouldKeepAValueThatIsAWordOfTheSubjectInsideTheSubjectsNameButReplaceItElsewhere() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of(
                "spring.neo4j.authentication.username", "neo4j")));
        Finding finding = Finding.of(Severity.WARN, "database.loopback", "spring.neo4j.uri")
                .message("spring.neo4j.uri connects to localhost as neo4j")
                .remediation("waive database.loopback for spring.neo4j.uri")
                .build();

        Finding clean = scrubber.scrub(finding);

        assertThat(clean.message()).isEqualTo("spring.neo4j.uri connects to localhost as [redacted]");
        assertThat(clean.remediation()).isEqualTo("waive database.loopback for spring.neo4j.uri");
    }

    @Test
    void aRandomValueShouldBeReplacedEvenInsideTheSubjectsNameInAMessage() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("API_TOKEN", "Xk9#pQ2z")));
        Finding finding = Finding.of(Severity.WARN, "x.y", "app.Xk9#pQ2z.url")
                .message("app.Xk9#pQ2z.url is wrong")
                .build();

        assertThat(scrubber.scrub(finding).message()).isEqualTo("app.[redacted].url is wrong");
    }

    @Test
    void scrubShouldIgnoreShortValuesSwitchesAndOrdinaryKeys() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("AUTH_ENABLED", "true", "API_KEY", "abc",
                "DB_URL", "jdbc:postgresql://db/app")));
        Finding finding = Finding.of(Severity.WARN, "x.y", "DB_URL")
                .message("jdbc:postgresql://db/app is true, abc").build();

        assertThat(scrubber.isActive()).isFalse();
        assertThat(scrubber.scrub(finding)).isSameAs(finding);
    }

    @Test
    void scrubOfCleanFindingsShouldReturnTheSameList() {
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(Map.of("JWT_SECRET", "Zq8!canary")));
        List<Finding> findings = List.of(Finding.of(Severity.WARN, "x.y", "JWT_SECRET").message("too short").build());

        assertThat(scrubber.scrub(findings)).isSameAs(findings);
    }

    @Test
    @org.junit.jupiter.api.Timeout(300)
    void scrubShouldStayFastWhenHundredsOfThousandsOfKeysShareAFewValuesAndOthersAreDistinct() {
        long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            values.put("SERVICE_" + i + "_PASSWORD", i % 2 == 0 ? "Shared" + i / 2 % 10 + "!x" : "Own" + i + "!x");
        }
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(values));
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            findings.add(Finding.of(Severity.NO_GO, "acme.leak", "K" + i)
                    .message("Leaked Shared" + i % 10 + "!x and Own" + (2 * i + 1) + "!x here.").build());
        }

        List<Finding> clean = scrubber.scrub(findings);
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;

        assertThat(clean).allSatisfy(finding ->
                assertThat(finding.message()).isEqualTo("Leaked [redacted] and [redacted] here."));
        assertThat(java.time.Duration.ofNanos(cpu)).as("CPU time of this thread, which a loaded machine does not"
                + " stretch as it does the wall clock").isLessThan(java.time.Duration.ofSeconds(30));
    }
}

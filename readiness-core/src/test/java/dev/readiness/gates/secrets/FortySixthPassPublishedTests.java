package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-sixth pass, published secrets: what a file that serves the application's own site from the loopback host
 * ({@code APP_URL=http://localhost:8080}, the forty-fifth pass's local-site evidence) says about its other secrets.
 * <ul>
 *   <li>a committed file's literal (a Compose file's, a WARN on its own) of a secret the setup makes for itself is
 *       the setup's too: a NO-GO, as a literal of an uncommitted file beside the same site already was; a
 *       provider's key there keeps its WARN;</li>
 *   <li>the secrets a setup makes for itself include the application's own plain-purpose secrets:
 *       {@code SECRET_KEY}, {@code APP_KEY}, Parse's {@code masterKey}, {@code SESSION_SECRET}; a provider's
 *       ({@code STRIPE_SECRET_KEY}, {@code CLIENT_SECRET}, {@code API_KEY}) or a bare {@code APP_SECRET} (as often
 *       WeChat's or Facebook's application secret) stays clean;</li>
 *   <li>the site's or its session cookie's domain set to the loopback name ({@code DOMAIN=localhost},
 *       {@code session.domain=app.localhost}) is the same evidence as a loopback {@code APP_URL}; a real domain, a
 *       name that only starts so ({@code localhost.example.org}) or a called product's domain ({@code MAIL_DOMAIN})
 *       says nothing;</li>
 *   <li>a committed file's literal (a WARN on its own: the file ships) beside one placeholder under another secret
 *       is a NO-GO: the file is a template whose slot was never filled in, as two placeholders already showed of an
 *       uncommitted file; one placeholder in an uncommitted file, or a stand-in under a key that is no secret, says
 *       nothing;</li>
 *   <li>a committed file's literal beside a weak secret a person typed under another key (guessable or too weak)
 *       is a NO-GO for the same reason; a password hash there keeps its WARN (it stands for a password), and an
 *       uncommitted file's literal beside a weak password stays clean.</li>
 * </ul>
 * Every finding names the key and holds no four characters of the value. The values are made up in the shapes the
 * rules read.
 */
class FortySixthPassPublishedTests {

    /** 64 hex digits, as a JWT secret from {@code openssl rand -hex 32}. */
    private static final String HEX_64 = "3f9a1c7e5b2d4086af1e3c5b7d9f0a2c4e6b8d0f1a3c5e7092b4d6f8a0c2e4f6";
    /** 40 mixed letters and digits, as a master key a tutorial generated. */
    private static final String MIXED_40 = "Rt4Wq9Lm2Xv7Kp1Zs8Nb3Hd6Jf0Gc5Ya9Ue2Io7P";

    /** A NO-GO {@code secrets.likely-published} that names the evidence's key and no four characters of the value. */
    static void namesOnlyTheKey(Finding finding, String value, String site) {
        assertThat(finding.code()).isEqualTo("secrets.likely-published");
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains(site);
        for (int i = 0; i + 4 <= value.length(); i += 4) {
            assertThat(finding.message()).doesNotContain(value.substring(i, i + 4));
            assertThat(finding.remediation()).doesNotContain(value.substring(i, i + 4));
        }
    }

    @Test
    void aComposeFilesSigningSecretBesideALoopbackSiteIsANoGo() {
        assertThat(findingsIn("board-compose.env", "JWT_SECRET", "BASE_URL=http://localhost:4852",
                "JWT_SECRET=" + HEX_64)).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, HEX_64, "BASE_URL"));
    }

    @Test
    void aComposeFilesSigningSecretBesideARealSiteStaysAWarn() {
        assertThat(findingsIn("board-compose.env", "JWT_SECRET", "BASE_URL=https://board.example.org",
                "JWT_SECRET=" + HEX_64)).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void aComposeFilesProviderKeyBesideALoopbackSiteStaysAWarn() {
        assertThat(findingsIn("board-compose.env", "MAILER_API_KEY", "BASE_URL=http://localhost:4852",
                "MAILER_API_KEY=" + MIXED_40)).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"masterKey", "SECRET_KEY", "APP_KEY", "SESSION_SECRET", "cookie.secret", "SECRET_SALT"})
    void theApplicationsOwnSecretBesideALoopbackSiteIsANoGo(String key) {
        assertThat(findingsIn("parse-config.properties", key, "appId=notes-app", key + "=" + MIXED_40,
                "serverURL=http://localhost:1337/parse")).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, MIXED_40, "serverURL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRIPE_SECRET_KEY", "CLIENT_SECRET", "API_KEY", "APP_SECRET", "SECRET"})
    void aProvidersSecretOrABareAppSecretBesideALoopbackSiteStaysClean(String key) {
        assertThat(findingsIn("parse-config.properties", key, key + "=" + MIXED_40,
                "serverURL=http://localhost:1337/parse")).isEmpty();
    }

    @Test
    void theApplicationsOwnSecretBesideARealSiteStaysClean() {
        assertThat(findingsIn("parse-config.properties", "masterKey", "masterKey=" + MIXED_40,
                "serverURL=https://api.notes.example.org/parse")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOMAIN=localhost", "session.domain=app.localhost", "APP_DOMAIN=notes.localhost",
        "COOKIE_DOMAIN=localhost"})
    void aLoopbackSiteDomainMarksTheSetupsSecrets(String domain) {
        String site = domain.substring(0, domain.indexOf('='));
        assertThat(findingsIn("notes.env", "SESSION_SECRET", domain, "SESSION_SECRET=" + MIXED_40)).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, MIXED_40, site));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOMAIN=notes.example.org", "DOMAIN=localhost.example.org", "DOMAIN=mylocalhost",
        "MAIL_DOMAIN=localhost", "SMTP_DOMAIN=localhost"})
    void aRealDomainOrACalledProductsDomainSaysNothing(String domain) {
        assertThat(findingsIn("notes.env", "SESSION_SECRET", domain, "SESSION_SECRET=" + MIXED_40)).isEmpty();
    }

    @Test
    void loopbackNamesAreLocalhostAndTheNamesUnderIt() {
        assertThat(SampleEvidence.Declarations.isLoopbackName("localhost")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackName("app.localhost")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackName("mylocalhost")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackName("localhost.example.org")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackName("host")).isFalse();
    }

    @Test
    void aComposeFilesLiteralBesideOnePlaceholderIsANoGo() {
        assertThat(findingsIn("stack-compose.env", "JWT_SECRET", "JWT_SECRET=" + HEX_64,
                "SMTP_PASSWORD=your-smtp-password")).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, HEX_64, "SMTP_PASSWORD"));
    }

    @Test
    void aBaseConfigurationsLiteralBesideOnePlaceholderIsANoGo() {
        assertThat(findingsIn("application.properties", "spring.datasource.password",
                "spring.datasource.password=" + MIXED_40, "mail.api-key=${MAIL_API_KEY:changeme}"))
                .extracting(Finding::severity).containsExactly(Severity.NO_GO);
    }

    @Test
    void aComposeFilesLiteralBesideAStandInThatIsNoSecretStaysAWarn() {
        assertThat(findingsIn("stack-compose.env", "JWT_SECRET", "JWT_SECRET=" + HEX_64,
                "SMTP_HOST=your-smtp-host")).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void anUncommittedFilesLiteralBesideOnePlaceholderStaysClean() {
        assertThat(findingsIn("stack.env", "JWT_SECRET", "JWT_SECRET=" + HEX_64,
                "SMTP_PASSWORD=your-smtp-password")).isEmpty();
    }

    @Test
    void aComposeFilesLiteralBesideAWeakPasswordIsANoGo() {
        assertThat(findingsIn("radius-compose.env", "API_SECRET", "API_SECRET=" + MIXED_40,
                "MYSQL_ROOT_PASSWORD=radius123")).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, MIXED_40, "MYSQL_ROOT_PASSWORD"));
    }

    @Test
    void aComposeFilesPasswordHashBesideAWeakPasswordStaysAWarn() {
        String hash = "$2y$10$Qm7vXe2RkT9pLw4ZsN8yHuc3BdF6jGa1UoRt4Wq9Lm2Xv7Kp1Zs8N";
        assertThat(findingsIn("radius-compose.env", "UPDATER_SECRET", "UPDATER_SECRET=" + hash,
                "MYSQL_ROOT_PASSWORD=radius123")).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void anUncommittedFilesLiteralBesideAWeakPasswordStaysClean() {
        assertThat(findingsIn("radius.env", "API_SECRET", "API_SECRET=" + MIXED_40,
                "MYSQL_ROOT_PASSWORD=radius123")).isEmpty();
    }
}

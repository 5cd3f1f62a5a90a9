package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-second pass, published secrets. A connection URL that logs a database's built-in administrator in with a weak
 * password ({@code mysql+pymysql://root:toor@…}, {@code postgresql://postgres:secret@…}) or that logs any user in
 * with a stand-in word for a password ({@code postgres://user:pass@…}) is sample evidence for the file's other
 * literal secrets ({@link SampleEvidence#administratorLogin}, {@link SampleEvidence#standInLogin}), as the same login
 * written under two keys already was; a strong password for the administrator, a weak one for an ordinary user, a
 * password a reference supplies and a web URL's login are not. So is a stand-in password written beside its user
 * under two keys ({@code POSTGRES_USER=notification}, {@code POSTGRES_PASSWORD=changeme}), but not beside a
 * product's {@code admin} (a deployed server keeps a reporting tool's default login) nor without a user. An e-mail
 * address under a password key ({@code wgPasswordSender}, anonymous FTP's {@code user@host.com}) is no secret, so no
 * sample's secret either. Rocket's {@code secret_key} in a committed {@code Rocket.toml} is the framework's own
 * secret: a release profile's is {@code secrets.packaged} (NO-GO in production), a shared profile's
 * {@code secrets.shared-default} (WARN); a debug profile's key and the same key in another file are left alone. Random
 * values were generated for this test.
 */
class FortySecondPassPublishedTests {

    private static final String SIGNING_KEY = "9f2c7a41d8e35b06c1f4a9e27d3b58c0e6a1f47b2d9c83e05a7f1b4c6d2e8a93";

    private static Settings settingsOf(String file, String... lines) {
        return ApplicationConfig.builder().configText(file, String.join("\n", lines) + "\n").build().settings();
    }

    private static List<Finding> findings(Settings settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> on(List<Finding> findings, String key) {
        return findings.stream().filter(finding -> finding.subject().equals(key)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+pymysql://root:toor@192.168.8.13:3306/blog?charset=utf8",
            "postgresql://postgres:secret@postgres:5432/events", "postgresql://postgres:typebot@typebot-db:5432/typebot",
            "postgresql://postgres:password@db:5432/app"})
    void aConnectionUrlLoggingAnAdministratorInWithAWeakPasswordIsSampleEvidence(String url) {
        List<Finding> findings = findings(settingsOf("config.properties", "SQLALCHEMY_DATABASE_URI=" + url,
                "SECRET_KEY=" + SIGNING_KEY));

        assertThat(on(findings, "SECRET_KEY")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.likely-published");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("SQLALCHEMY_DATABASE_URI")
                    .doesNotContain(SIGNING_KEY.substring(20, 24));
            assertThat(finding.remediation()).doesNotContain(SIGNING_KEY.substring(20, 24));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://user:pass@postgres:5432/outline",
            "postgresql://ckan_default:pass@localhost/ckan_default", "mysql://app:changeme@db:3306/app"})
    void aConnectionUrlWithAStandInPasswordIsSampleEvidence(String url) {
        List<Finding> findings = findings(settingsOf("outline.env", "DATABASE_URL=" + url,
                "SECRET_KEY_BASE=" + SIGNING_KEY));

        assertThat(on(findings, "SECRET_KEY_BASE")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.likely-published");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("DATABASE_URL", "stand-in")
                    .doesNotContain(SIGNING_KEY.substring(30, 34));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://postgres:Xk29fLq81mZpQwT4@db:5432/app",
            "postgresql://blog:Summer2024@db:5432/blog", "postgresql://postgres:${DB_PASSWORD}@db:5432/app",
            "https://root:toor@admin.example.org/", "postgresql://postgres:@db:5432/app",
            "postgresql://postgres@db:5432/app"})
    void aStrongAdministratorPasswordAnOrdinaryUsersWeakOneAReferenceOrAWebLoginIsNoEvidence(String url) {
        List<Finding> findings = findings(settingsOf("config.properties", "app.database.url=" + url,
                "app.jwt.secret=" + SIGNING_KEY));

        assertThat(on(findings, "app.jwt.secret")).isEmpty();
    }

    @Test
    void aStandInPasswordInADevelopmentProfilesUrlIsNotProductionsEvidence() {
        List<Finding> findings = findings(settingsOf("application-dev.properties",
                "spring.datasource.url=postgresql://app:changeme@localhost:5432/app", "app.jwt.secret=" + SIGNING_KEY));

        assertThat(on(findings, "app.jwt.secret")).noneMatch(finding -> finding.severity() == Severity.NO_GO
                && finding.message().contains("stand-in"));
    }

    @Test
    void aStandInPasswordBesideItsUserIsSampleEvidence() {
        List<Finding> findings = findings(settingsOf("secret.env", "POSTGRES_PASSWORD=changeme",
                "POSTGRES_USER=notification", "TWILIO_AUTH_TOKEN=" + SIGNING_KEY.substring(0, 32)));

        assertThat(on(findings, "TWILIO_AUTH_TOKEN")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.likely-published");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("POSTGRES_PASSWORD", "stand-in")
                    .doesNotContain(SIGNING_KEY.substring(10, 14));
        });
    }

    @Test
    void aStandInPasswordBesideAProductsAdminOrWithoutAUserIsNoEvidence() {
        List<Finding> besideAdmin = findings(settingsOf("global.properties", "reporting.user=admin",
                "reporting.password=password", "store.signing-key=" + SIGNING_KEY));
        List<Finding> alone = findings(settingsOf("secret.env", "POSTGRES_PASSWORD=changeme",
                "TWILIO_AUTH_TOKEN=" + SIGNING_KEY.substring(0, 32)));

        assertThat(on(besideAdmin, "store.signing-key")).isEmpty();
        assertThat(on(alone, "TWILIO_AUTH_TOKEN")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"root@wiki.example.org", "user@host.com"})
    void anEmailAddressUnderAPasswordKeyIsNoSamplesSecret(String address) {
        List<Finding> findings = findings(settingsOf("LocalSettings.properties", "wgDBuser=wiki",
                "wgDBpassword=PASSWD", "wgPasswordSender=" + address, "wgSecretKey=" + SIGNING_KEY));

        assertThat(on(findings, "wgPasswordSender")).isEmpty();
        assertThat(on(findings, "wgSecretKey")).extracting(Finding::code).containsExactly("secrets.likely-published");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"production.secret_key, secrets.packaged, NO_GO",
            "release.secret_key, secrets.packaged, NO_GO", "default.secret_key, secrets.shared-default, WARN",
            "global.secret_key, secrets.shared-default, WARN"})
    void rocketsSecretKeyInACommittedRocketTomlIsTheFrameworksOwnSecret(String key, String code, Severity severity) {
        List<Finding> findings = findings(settingsOf("Rocket.toml.properties", "global.port=8000",
                key + "=" + SIGNING_KEY));

        assertThat(on(findings, key)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(code);
            assertThat(finding.severity()).isEqualTo(severity);
            assertThat(finding.message()).doesNotContain(SIGNING_KEY.substring(40, 44));
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Rocket.toml.properties, debug.secret_key",
            "Rocket.toml.properties, development.secret_key", "config.properties, production.secret_key"})
    void aDebugProfilesKeyOrTheKeyInAnotherFileIsNotRockets(String file, String key) {
        List<Finding> findings = findings(settingsOf(file, key + "=" + SIGNING_KEY));

        assertThat(on(findings, key)).isEmpty();
    }
}

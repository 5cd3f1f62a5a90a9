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
 * Fortieth pass, published secrets: a file whose connection URL logs in with a password that repeats its user
 * ({@code postgresql+psycopg2://airflow:airflow@airflowdb:5432/airflow}, {@code amqp://guest:guest@…}) holds the
 * pair database images and templates ship, typed once for everyone who runs the file, as a user and password written
 * under two keys that repeat each other already showed ({@link SampleEvidence#repeatedLogin}); its other literal
 * secrets are a sample's, {@code secrets.likely-published}. Beside the clean values that tempt it: a URL whose
 * password is its own random one, one a reference supplies, a quoted blank pair, a login of another file, and a
 * web URL. WordPress's
 * {@code WP_DEBUG=true} and Yii's {@code YII_DEBUG}/{@code YII_ENV=dev} are the framework's own debug switch and
 * environment, as {@code APP_DEBUG} and {@code DJANGO_DEBUG} are (a development setup's; {@code WP_DEBUG=false} and
 * {@code WP_DEBUG_LOG} are not). A RabbitMQ definitions user's {@code password_hash} beside
 * {@code hashing_algorithm=rabbit_password_hashing_sha256} is a committed password hash
 * ({@link RabbitDefinitionHashes}); without RabbitMQ's algorithm beside it, or not of a salt and a digest's length,
 * it is not. Random values were generated for this test.
 */
class FortiethPassPublishedTests {

    private static final String FERNET = "Q7HzFyjmbnDBntwV79BN7BuOPPPUprgsqjJwq9Qw7Ko=";
    private static final String HEX_64 = "d26bc867347439433145172653f709a9f93a6008940f588bc941768e1e39ef74";
    private static final String BASE64 = "Wku/7p7NZIFq7uFkWiLPQhVJmaH0y6a51mjEJbO/cLum";
    private static final String WP_KEY = "CKe9LhH7ZLEoJryxrPtyvYh11ZarZIR3wRXUb3dG03O~Z+^{AI__MchXMeFviD<Nj?_";
    private static final String RABBIT_SHA256 = "3rItvKyGJjbBua/qr7QuXixHxtR1WLzdlEJqIxKTUkEOocdn";
    private static final String BASE64_30 = "h+aSXhTkJexMFumc4nliQxrEtsKmQTPmh9Xl4mMb";

    private static Settings settingsOf(String file, String... lines) {
        return ApplicationConfig.builder().configText(file, String.join("\n", lines) + "\n").build().settings();
    }

    private static List<Finding> findings(Settings settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> likelyPublished(List<Finding> findings, String key) {
        return findings.stream()
                .filter(finding -> finding.subject().equals(key) && finding.code().equals("secrets.likely-published"))
                .toList();
    }

    @Test
    void aKeyBesideAConnectionUrlWhoseLoginRepeatsItsUserIsLikelyPublished() {
        List<Finding> findings = findings(settingsOf("airflow.env",
                "AIRFLOW__CORE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:airflow@airflowdb:5432/airflow",
                "AIRFLOW__CORE__EXECUTOR=LocalExecutor", "AIRFLOW__CORE__FERNET_KEY=" + FERNET));

        List<Finding> fernet = likelyPublished(findings, "AIRFLOW__CORE__FERNET_KEY");
        assertThat(fernet).hasSize(1);
        assertThat(fernet.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(fernet.get(0).message()).contains("AIRFLOW__CORE__SQL_ALCHEMY_CONN", "repeats its user")
                .doesNotContain(FERNET.substring(8, 12)).doesNotContain("airflow:airflow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amqp://guest:guest@172.19.0.1:18001", "mysql://tugboat:tugboat@civicrm:3306/tugboat",
            "postgres://postgres:postgres@plausible_db:5432/plausible_db", "mongodb://Mongo:mongo@mongo:27017/app"})
    void everyBrokerAndDatabaseUrlWithARepeatedLoginIsEvidence(String url) {
        List<Finding> findings = findings(settingsOf("conf.env", "SERVICE_URL=" + url, "JWT_SECRET=" + HEX_64));

        assertThat(likelyPublished(findings, "JWT_SECRET")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("SERVICE_URL")
                        .doesNotContain(HEX_64.substring(20, 24)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://airflow:" + "Xq8vRt2LmZ4pWk9s@airflowdb:5432/airflow",
            "postgresql://airflow:${POSTGRES_PASSWORD}@airflowdb:5432/airflow",
            "postgresql://airflow@airflowdb:5432/airflow", "https://admin:admin@grafana.example.org/api",
            "redis://\"\":\"\"@localhost:6379"})
    void aUrlWhosePasswordIsItsOwnOrSuppliedOrAWebUrlIsNoEvidence(String url) {
        List<Finding> findings = findings(settingsOf("airflow.env", "AIRFLOW__CORE__SQL_ALCHEMY_CONN=" + url,
                "AIRFLOW__CORE__FERNET_KEY=" + FERNET));

        assertThat(likelyPublished(findings, "AIRFLOW__CORE__FERNET_KEY")).isEmpty();
    }

    @Test
    void aRepeatedLoginInAnotherFileSaysNothingOfThisOne() {
        Settings settings = ApplicationConfig.builder()
                .configText("compose.env", "DATABASE_URL=postgres://app:app@db:5432/app\n")
                .configText("secrets.env", "SECRET_KEY_BASE=" + BASE64 + "\n").build().settings();

        assertThat(likelyPublished(findings(settings), "SECRET_KEY_BASE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WP_DEBUG=true", "YII_DEBUG=1", "YII_ENV=dev", "WP_ENV=development"})
    void aPhpFrameworksOwnDebugSwitchOrDevelopmentEnvironmentIsEvidence(String declaration) {
        List<Finding> findings = findings(settingsOf("wp-config.properties", "DB_NAME=wordpress",
                "AUTH_KEY=" + WP_KEY, declaration));

        assertThat(likelyPublished(findings, "AUTH_KEY")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains(declaration.substring(0, declaration.indexOf('=')))
                    .doesNotContain(WP_KEY.substring(6, 10));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"WP_DEBUG=false", "WP_DEBUG_LOG=true", "WP_ENV=production", "SENTRY_DEBUG=true"})
    void debugSwitchedOffALogSwitchAProductionEnvironmentOrAnotherProductsDebugIsNoEvidence(String declaration) {
        List<Finding> findings = findings(settingsOf("wp-config.properties", "DB_NAME=wordpress",
                "AUTH_KEY=" + WP_KEY, declaration));

        assertThat(likelyPublished(findings, "AUTH_KEY")).isEmpty();
    }

    @Test
    void aRabbitMqDefinitionsUsersPasswordHashIsACommittedHash() {
        List<Finding> findings = findings(settingsOf("definitions.properties", "users[0].name=provisioner",
                "users[0].password_hash=" + RABBIT_SHA256,
                "users[0].hashing_algorithm=rabbit_password_hashing_sha256", "users[0].tags[0]=administrator"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("users[0].password_hash");
            assertThat(finding.code()).isEqualTo("secrets.committed-hash");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.message()).doesNotContain(RABBIT_SHA256.substring(10, 14));
        });
    }

    @Test
    void aHashWithoutRabbitMqsAlgorithmBesideItOrOfAnotherLengthIsNotRead() {
        assertThat(findings(settingsOf("definitions.properties", "users[0].name=provisioner",
                "users[0].password_hash=" + RABBIT_SHA256))).isEmpty();
        assertThat(findings(settingsOf("definitions.properties", "users[0].name=provisioner",
                "users[0].password_hash=" + RABBIT_SHA256, "users[0].hashing_algorithm=bcrypt"))).isEmpty();
        assertThat(findings(settingsOf("definitions.properties", "users[0].name=provisioner",
                "users[0].password_hash=" + BASE64_30,
                "users[0].hashing_algorithm=rabbit_password_hashing_sha256"))).isEmpty();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thirty-first pass's precision rules for configurations written as code and flattened to keys: a setting that
 * reads its own name from the environment ({@code define('DB_PASSWORD', getenv('DB_PASSWORD'))} as
 * {@code DB_PASSWORD=getenv('DB_PASSWORD')}, Django's {@code SECRET_KEY = os.environ['SECRET_KEY']}) is the
 * environment's value, not the call text; PHP's short ternary {@code getenv('X') ?: 'default'} is "the variable, else
 * the default", so the default is judged.
 */
class ThirtyFirstPassPrecisionCodeConfigTests {

    private static List<String> codes(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.concat(new SecretsGate().check(context).findings().stream(),
                        new DatabaseGate().check(context).findings().stream())
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    @Test
    void aSettingReadingItsOwnNameFromTheEnvironmentShouldBeCleanInAPropertiesFile() {
        String php = """
                DB_NAME=getenv('DB_NAME')
                DB_USER=getenv('DB_USER')
                DB_PASSWORD=getenv('DB_PASSWORD')
                SMTP_PASSWORD=getenv('SMTP_PASSWORD')
                MAIL_PASSWORD=env('MAIL_PASSWORD')
                REDIS_PASSWORD=$_ENV['REDIS_PASSWORD']
                SECRET_KEY=os.environ['SECRET_KEY']
                DB_PASS=os.environ.get("DB_PASS")
                STRIPE_SECRET=process.env.STRIPE_SECRET
                """;
        for (String key : List.of("DB_PASSWORD", "SMTP_PASSWORD", "MAIL_PASSWORD", "REDIS_PASSWORD", "SECRET_KEY",
                "DB_PASS", "STRIPE_SECRET")) {
            assertThat(codes("wp-config-php.properties", php, key)).as(key).isEmpty();
        }
        // the default of the look-up is still judged, and an empty one is still a blank secret
        assertThat(codes("settings-py.properties", "SECRET_KEY=os.environ.get('SECRET_KEY', 'changeme')\n",
                "SECRET_KEY")).isNotEmpty();
        assertThat(codes("settings-py.properties", "JWT_SECRET=os.getenv(\"JWT_SECRET\", \"\")\n", "JWT_SECRET"))
                .containsExactly("secrets.blank");
    }

    @Test
    void aSettingReadingItsOwnNameFromTheEnvironmentShouldBeCleanInAnEnvFile() {
        String dotenv = "DB_PASSWORD=getenv('DB_PASSWORD')\nSECRET_KEY=os.environ['SECRET_KEY']\n";
        assertThat(codes("deploy/.env.production", dotenv, "DB_PASSWORD")).isEmpty();
        assertThat(codes("deploy/.env.production", dotenv, "SECRET_KEY")).isEmpty();
        assertThat(codes("deploy/.env.production", "SECRET_KEY=os.environ.get('SECRET_KEY', 'secret')\n",
                "SECRET_KEY")).isNotEmpty();
    }

    @Test
    void phpsShortTernaryShouldJudgeItsDefault() {
        String wpConfig = """
                DB_NAME=getenv('WORDPRESS_DB_NAME') ?: 'wordpress'
                DB_USER=getenv('WORDPRESS_DB_USER') ?: 'root'
                DB_PASSWORD=getenv('WORDPRESS_DB_PASSWORD') ?: 'password'
                DB_HOST=getenv('WORDPRESS_DB_HOST') ?: 'db.internal.acme-logistics.com'
                """;
        assertThat(codes("wp-config-php.properties", wpConfig, "DB_PASSWORD")).isNotEmpty();
        // the tempting clean side: a production host as the default, and a variable with no default
        assertThat(codes("wp-config-php.properties", wpConfig, "DB_HOST")).isEmpty();
        assertThat(codes("wp-config-php.properties", "DB_PASSWORD=getenv('WORDPRESS_DB_PASSWORD')\n", "DB_PASSWORD"))
                .isEmpty();
        // a full ternary is computed at run time: deferred, never the call text judged as a secret
        assertThat(codes("wp-config-php.properties",
                "DB_PASSWORD=getenv('WP_DB_PASSWORD') ? getenv('WP_DB_PASSWORD') : ''\n", "DB_PASSWORD")).isEmpty();
    }

    @Test
    void theWordPressImagesLookUpShouldJudgeItsDefaultAndDeferWithoutOne() {
        String wpConfigDocker = """
                DB_NAME=getenv_docker('WORDPRESS_DB_NAME', 'wordpress')
                DB_PASSWORD=getenv_docker('WORDPRESS_DB_PASSWORD', 'example password')
                DB_HOST=getenv_docker('WORDPRESS_DB_HOST', 'mysql')
                AUTH_KEY=getenv_docker('WORDPRESS_AUTH_KEY', 'put your unique phrase here')
                SECURE_AUTH_KEY=getenv_docker('WORDPRESS_SECURE_AUTH_KEY')
                """;
        assertThat(codes("wp-config-docker-php.properties", wpConfigDocker, "DB_PASSWORD")).isNotEmpty();
        assertThat(codes("wp-config-docker-php.properties", wpConfigDocker, "AUTH_KEY")).isNotEmpty();
        assertThat(codes("wp-config-docker-php.properties", wpConfigDocker, "SECURE_AUTH_KEY")).isEmpty();
        assertThat(codes("wp-config-docker-php.properties", wpConfigDocker, "DB_NAME")).isEmpty();
    }
}

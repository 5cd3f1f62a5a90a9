package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-ninth pass's precision rules seen through the secrets gate, each with its catch and a tempting clean
 * value: a template under a public-key key, whole values that are an installer's upper-case tokens, a Secret
 * object's name beside the data key a chart reads from it, and a key's name beside the file that holds the key.
 */
class TwentyNinthPassPrecisionSecretsTests {

    private static List<String> codesOf(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    private static List<String> envCodes(String text, String key) {
        return codesOf(Settings.builder().dotenv("deploy/.env.example", text).build(), key);
    }

    /** As the CLI reads a file: placeholders resolved, templates rendered elsewhere deferred. */
    private static List<String> propertiesCodes(String text, String key) {
        return codesOf(ApplicationConfig.builder().configText("postgres-datasource.properties", text).build()
                .settings(), key);
    }

    @Test
    void aTemplateUnderAPublicKeyBesideItsSecretHalfShouldStayCleanButThatHalfAndALonePublicKeyShouldNot() {
        String pair = "WOMPI_PUBLIC_KEY=your_wompi_public_key\nWOMPI_PRIVATE_KEY=your_wompi_private_key\n";
        assertThat(envCodes(pair, "WOMPI_PUBLIC_KEY")).isEmpty();
        assertThat(envCodes(pair, "WOMPI_PRIVATE_KEY")).containsExactly("secrets.placeholder");
        assertThat(propertiesCodes("braintree.publicKey=<public-key>\nbraintree.privateKey=<private-key>\n",
                "braintree.publicKey")).isEmpty();
        // with no secret half beside it, a public key's template is the only sign the pair was never configured
        assertThat(envCodes("ACME_PUBLIC_KEY=<public-key>\n", "ACME_PUBLIC_KEY")).isNotEmpty();
        // a bare key that is not public keeps its placeholder
        assertThat(envCodes("ACME_MAP_SIGN_KEY=your_sign_key_here\n", "ACME_MAP_SIGN_KEY")).isNotEmpty();
    }

    @Test
    void twoDifferentUpperCaseInstallerTokensShouldBeLeftToTheInstallerButAFillInMarkerShouldNot() {
        String rendered = """
                datasources[0].type=postgres
                datasources[0].database={{POSTGRES_DB}}
                datasources[0].user=admin
                datasources[0].secureJsonData.password={{POSTGRES_PW}}
                """;
        assertThat(propertiesCodes(rendered, "datasources[0].secureJsonData.password")).isEmpty();
        // one token alone is a fill-in marker, as a token that addresses the reader is, and the same token twice
        String alone = "datasources[0].database=metrics\ndatasources[0].secureJsonData.password={{POSTGRES_PW}}\n";
        assertThat(propertiesCodes(alone, "datasources[0].secureJsonData.password"))
                .containsExactly("secrets.placeholder");
        assertThat(propertiesCodes("square.sandbox.access-token={{YOUR_ACCESS_TOKEN}}\n"
                + "square.production.access-token={{YOUR_ACCESS_TOKEN}}\nsquare.location={{YOUR_LOCATION}}\n",
                "square.production.access-token")).containsExactly("secrets.placeholder");
        assertThat(propertiesCodes("api.token={{SERVICE_TOKEN}}\njwt.secret={{SERVICE_TOKEN}}\n", "jwt.secret"))
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aSecretObjectNamedBesideItsDataKeyShouldStayCleanButTheSameNameAloneOrAPlaceholderShouldNot() {
        assertThat(propertiesCodes("env.DB.URL_SECRET=prod-db-url\nenv.DB.URL_KEY=DATABASE_URL\n",
                "env.DB.URL_SECRET")).isEmpty();
        assertThat(propertiesCodes("env.DB.URL_SECRET=prod-db-url\n", "env.DB.URL_SECRET")).isNotEmpty();
        assertThat(envCodes("TWITTER_SECRET=your-twitter-secret\nTWITTER_KEY=TWITTER_CONSUMER\n", "TWITTER_SECRET"))
                .isNotEmpty();
        assertThat(envCodes("TWITTER_SECRET=prod-db-url\nTWITTER_KEY=kq7Vd9ZxP2mL4tR8\n", "TWITTER_SECRET"))
                .isNotEmpty();
    }

    @Test
    void aKeyNamedAfterTheFileBesideItShouldStayCleanButASecretBesideAnotherFileShouldNot() {
        assertThat(envCodes("PEPPER_KEY=pepper_master\nPEPPER_FILE=./secrets/pepper_master.encrypted\n",
                "PEPPER_KEY")).isEmpty();
        assertThat(propertiesCodes("app.pepperKey=pepper_master\napp.pepperFile=/etc/app/pepper_master.enc\n",
                "app.pepperKey")).isEmpty();
        assertThat(envCodes("PEPPER_KEY=pepper_master\n", "PEPPER_KEY")).isNotEmpty();
        assertThat(envCodes("PEPPER_KEY=pepper_master\nPEPPER_FILE=./secrets/pepper.encrypted\n", "PEPPER_KEY"))
                .isNotEmpty();
        assertThat(envCodes("JWT_SECRET=jwt_secret\nJWT_FILE=/run/secrets/jwt_secret\n", "JWT_SECRET"))
                .isNotEmpty();
    }
}

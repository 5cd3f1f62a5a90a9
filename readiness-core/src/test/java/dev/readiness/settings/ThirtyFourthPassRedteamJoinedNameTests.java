package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-fourth pass (left by the thirty-third): configuration written as code that joins a string
 * literal to a name the code evaluates ({@code SECRET_KEY = 'hun' + SECRET}) was judged as its own text, a false
 * NO-GO ({@code secrets.guessable}, 14 characters). The name is judged under its own key; the joined value is known
 * only when the code runs. Literals joined to literals, a lone literal with a comment and a dotenv password with a
 * {@code +} in it stay judged.
 */
class ThirtyFourthPassRedteamJoinedNameTests {

    private static List<String> blocking(String file, String text, String key) {
        Settings settings = ApplicationConfig.builder().configText(file, text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).map(f -> f.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'hun' + SECRET",
        "SECRET + '-v2'",
        "'hun' + SECRET  # appended per deploy",
        "'a' + 'b' + settings.SECRET",
        "'hun'+SECRET",
        "\"django-\" + get_random_secret_key()",
        "'prefix-' + os.environ['DJANGO_SECRET'] + '-suffix'",
    })
    void aLiteralJoinedToANameTheCodeEvaluatesShouldBeNoFalseNoGo(String expression) {
        String code = "SECRET = os.environ['DJANGO_SECRET']\nSECRET_KEY = " + expression + "\n";
        assertThat(blocking("settings.properties", code, "SECRET_KEY")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'hun' + 'ter2'",
        "'hunter2'  # rotate",
        "SECRET + word",
        "pass + word",
        "'hun' + SECRET + ",
    })
    void literalsAndPlainTextShouldStayJudged(String expression) {
        assertThat(blocking("settings.properties", "SECRET_KEY = " + expression + "\n", "SECRET_KEY")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD=pass + word\n", "DB_PASSWORD=hun+SECRET\n"})
    void aDotenvPasswordWithAPlusShouldStayJudged(String line) {
        assertThat(blocking("prod.env", line, "DB_PASSWORD")).isNotEmpty();
    }
}

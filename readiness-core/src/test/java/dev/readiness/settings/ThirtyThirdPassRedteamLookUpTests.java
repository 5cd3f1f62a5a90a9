package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-third pass: a literal secret in a code look-up the reader did not understand was judged as
 * the look-up's whole text, whose length and punctuation pass every strength rule: GO in production with
 * {@code hunter2} written in the file. A look-up whose default is another look-up (Django's
 * {@code os.environ.get('DJANGO_SECRET_KEY', os.environ.get('SECRET_KEY', 'insecure'))}), a look-up followed by a call
 * that only trims or encodes it ({@code .strip()}, {@code .encode()}, Elixir's {@code |> String.trim()}), Dotenvy's
 * {@code env!} with a conversion function instead of a type atom, and a conditional expression with a literal in one
 * branch and a look-up in the other (the last session's leftover {@code 'hunter2' if DEBUG else os.environ['X']}).
 */
class ThirtyThirdPassRedteamLookUpTests {

    private static final String STRONG = "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6";

    private static List<String> findings(Map<String, String> environment, String line) {
        Settings settings = ApplicationConfig.builder().environment(environment).configText("application.properties",
                line + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = os.environ.get('A', os.environ.get('B', 'hunter2'))",
        "SECRET_KEY = os.getenv('A', os.getenv('B', 'hunter2'))",
        "SECRET_KEY = os.environ.get('A', os.environ.get('B', os.environ.get('C', 'hunter2')))  # dev only",
        "SECRET_KEY = env('A', default=env('B', default='hunter2'))",
        "SECRET_KEY = str(os.environ.get('A', os.environ.get('B', 'hunter2')))",
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'hunter2').strip()",
        "SECRET_KEY = os.getenv('SECRET_KEY', 'hunter2').encode()",
        "SECRET_KEY = os.getenv('SECRET_KEY', 'hunter2').encode('utf-8')",
        "SECRET_KEY = process.env.SECRET_KEY || 'hunter2'.trim();",
        "SECRET_KEY = ENV.fetch('SECRET_KEY', 'hunter2').strip",
        "SECRET_KEY = env!(\"SECRET_KEY\", :string, \"hunter2\") |> String.trim()",
        "SECRET_KEY = env!(\"SECRET_KEY\", :string, System.get_env(\"B\", \"hunter2\"))",
        "SECRET_KEY = env!(\"SECRET_KEY\", fn v -> v end, \"hunter2\")",
        "SECRET_KEY = env!(\"SECRET_KEY\", &String.trim/1, \"hunter2\")",
        "SECRET_KEY = os.environ['SECRET_KEY'] if 'SECRET_KEY' in os.environ else 'hunter2'",
        "SECRET_KEY = 'hunter2' if DEBUG else os.environ['SECRET_KEY']",
        "SECRET_KEY = os.environ['SECRET_KEY'] if not DEBUG else 'hunter2'  # local runs",
        "SECRET_KEY = 'hunter2' if DEBUG else os.environ.get('SECRET_KEY')",
        "SECRET_KEY = process.env.NODE_ENV === 'production' ? process.env.SECRET_KEY : 'hunter2';",
        "SECRET_KEY = isDev ? 'hunter2' : process.env.SECRET_KEY,",
        "SECRET_KEY = process.env.NODE_ENV === 'production' ? 'hunter2' : process.env.SECRET_KEY",
        "SECRET_KEY = os.environ['SECRET_KEY'] if ENV == 'test' else 'hunter2'",
        "SECRET_KEY = process.env.NODE_ENV !== 'production' ? 'hunter2' : process.env.SECRET_KEY;",
        "SECRET_KEY = os.environ['SECRET_KEY'] if ENV == 'production' else 'hunter2'",
    })
    void aLiteralSecretInALookUpReadHereShouldBeJudged(String line) {
        assertThat(findings(Map.of(), line)).containsExactly("NO_GO SECRET_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = os.environ.get('SECRET_KEY', os.environ.get('B', 'hunter2'))",
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'hunter2').strip()",
        "SECRET_KEY = os.environ['SECRET_KEY'] if 'SECRET_KEY' in os.environ else 'hunter2'",
        "SECRET_KEY = 'hunter2' if DEBUG else os.environ['SECRET_KEY']",
        "SECRET_KEY = env!(\"SECRET_KEY\", fn v -> v end, \"hunter2\")",
    })
    void theVariableShouldStillWinWhereTheEnvironmentSetsIt(String line) {
        assertThat(findings(Map.of("SECRET_KEY", STRONG), line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = os.environ.get('A', os.environ.get('B'))",
        "SECRET_KEY = os.environ.get('A', os.environ['B'])",
        "SECRET_KEY = os.environ['SECRET_KEY'].strip()",
        "SECRET_KEY = env!(\"SECRET_KEY\", :string!) |> String.trim()",
        "SECRET_KEY = os.environ['A'] if DEBUG else os.environ['B']",
        "SECRET_KEY = process.env.A ? process.env.A : process.env.B",
        "SECRET_KEY = process.env.NODE_ENV === 'test' ? 'test-key' : process.env.SECRET_KEY",
        "SECRET_KEY = 'dev-key' if os.environ.get('ENV') == \"development\" else os.environ['SECRET_KEY']",
    })
    void aLookUpWithNoLiteralShouldStayKnownAtRunTime(String line) {
        assertThat(findings(Map.of(), line)).isEmpty();
    }
}

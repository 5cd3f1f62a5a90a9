package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile testing, thirty-fifth pass: values a rule must report although they are written oddly (upper-case schemes
 * and hosts, trailing blanks, a byte-order mark, letters beyond ASCII, full-width letters, a zero-width space,
 * percent-encoding). Written against main's behaviour while a performance branch puts a pre-test read from the
 * value's characters ({@code ValueMask}) before each family of rules: a pre-test that reads the odd form differently
 * from the rule's own first test drops one of these findings. Two rows failed on main itself and were fixed here
 * ({@link UrlPasswords}: a weak password in a web URL whose host holds a letter beyond ASCII or a zero-width space).
 */
class ThirtyFifthPassRedteamOddValuesTests {

    private static List<String> problems(String file, String key, String value) {
        var settings = ApplicationConfig.builder().configText(file, key + "=" + value + "\n").build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() == Severity.NO_GO)
                .map(f -> f.code()).toList();
    }

    /** Each weak password form in each odd spelling main reports, as (spelling, value). */
    static Stream<Arguments> weakPasswords() {
        List<Arguments> rows = new ArrayList<>();
        String[][] forms = {
            {"web", "https://admin:hunter2@hooks.acme-logistics.com/in"},
            {"hosts", "admin:hunter2@kafka1.acme-logistics.com:9092,kafka2.acme-logistics.com:9092"},
            {"jdbc", "jdbc:postgresql://db.acme-logistics.com:5432/shop?user=app&password=hunter2&ssl=true"},
            {"pairs", "Host=db.acme-logistics.com;Database=shop;Username=app;Password=hunter2"},
        };
        for (String[] form : forms) {
            String v = form[1];
            rows.add(Arguments.of(form[0] + " plain", v));
            rows.add(Arguments.of(form[0] + " upper-case scheme", v.replace("https://", "HTTPS://")
                    .replace("jdbc:postgresql", "JDBC:POSTGRESQL").replace("Host=", "HOST=")
                    .replace("Password=", "PASSWORD=")));
            rows.add(Arguments.of(form[0] + " trailing blanks", v + "   "));
            rows.add(Arguments.of(form[0] + " full-width user", v.replace("admin", "\uff41\uff44\uff4d\uff49\uff4e")
                    .replace("user=app", "user=\uff41\uff50\uff50").replace("Username=app", "Username=\uff41\uff50\uff50")));
            if (!form[0].equals("pairs")) {
                rows.add(Arguments.of(form[0] + " byte-order mark", "\ufeff" + v));
                rows.add(Arguments.of(form[0] + " percent-encoded", v.replace("hunter2", "hunt%65r2")));
            }
            if (!form[0].equals("hosts")) {
                rows.add(Arguments.of(form[0] + " host beyond ASCII", v.replace("acme-logistics", "acm\u00e9-logistics")));
                rows.add(Arguments.of(form[0] + " zero-width space", v.replace("acme-logistics", "acme\u200b-logistics")));
            }
        }
        rows.add(Arguments.of("jaas", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"admin\" password=\"admin-secret\";"));
        rows.add(Arguments.of("jaas trailing blanks", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"admin\" password=\"admin-secret\";   "));
        rows.add(Arguments.of("jaas byte-order mark", "\ufefforg.apache.kafka.common.security.plain.PlainLoginModule "
                + "required username=\"admin\" password=\"admin-secret\";"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakPasswords")
    void aWeakPasswordShouldBeReportedHoweverItsValueIsSpelled(String spelling, String value) {
        assertThat(problems("notify.properties", "app.notify.url", value)).as(spelling).isNotEmpty();
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("PAYPAL_URL", "HTTPS://API.SANDBOX.PAYPAL.COM/v1", "sandbox.provider-host"),
                Arguments.of("PAYPAL_URL", "https://api.sandbox.paypal.com/v1   ", "sandbox.provider-host"),
                Arguments.of("PAYPAL_URL", "https://api.sandbox.paypal.com/v1/\u00f6deme", "sandbox.provider-host"),
                Arguments.of("PAYPAL_URL", "https://api.sandbox.paypal.com/v1?x=%41", "sandbox.provider-host"),
                Arguments.of("API_URL", "https://api.example.com/v1   ", "sandbox.reserved-host"),
                Arguments.of("API_URL", "HTTPS://API.EXAMPLE.COM/V1", "sandbox.reserved-host"),
                Arguments.of("API_URL", "https://api.example.com/v1\u200b", "sandbox.reserved-host"),
                Arguments.of("STRIPE_KEY", "sk_test_51HqKZ2L9mXbQ7vT3pR8sW4yN6cJ1dF0gH5kM2nP7qS9tU3vW8xY1zA4bC6dE   ",
                        "sandbox.test-credential"),
                Arguments.of("DB_URL", "postgres://postgres:postgres@db.acm\u00e9-logistics.com:5432/app",
                        "database.default-credentials"),
                Arguments.of("DB_URL", "postgres://postgres:postgres@db.acme-logistics.com:5432/app\u200b",
                        "database.default-credentials"),
                Arguments.of("DB_URL", "POSTGRES://POSTGRES:POSTGRES@DB.ACME-LOGISTICS.COM:5432/APP",
                        "database.default-credentials"),
                Arguments.of("DB_URL", "jdbc:h2:mem:testdb   ", "database.embedded"),
                Arguments.of("DB_URL", "JDBC:H2:MEM:TESTDB", "database.embedded"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("addresses")
    void anAddressOrKeyShouldBeReportedHoweverItIsSpelled(String key, String value, String code) {
        assertThat(problems("prod.env", key, value)).contains(code);
    }
}

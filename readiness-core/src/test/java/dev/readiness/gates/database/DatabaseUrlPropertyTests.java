package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class DatabaseUrlPropertyTests {

    private static final List<String> PREFIXES = List.of(
            "jdbc:postgresql://", "jdbc:postgresql:", "jdbc:mysql://", "jdbc:mysql:replication://", "jdbc:mariadb://",
            "jdbc:sqlserver://", "jdbc:jtds:sqlserver://", "jdbc:oracle:thin:@", "jdbc:oracle:thin:@(DESCRIPTION=",
            "jdbc:oracle:thin:@//", "jdbc:h2:", "jdbc:h2:tcp://", "jdbc:hsqldb:hsql://", "jdbc:derby://", "jdbc:derby:",
            "jdbc:sqlite:", "jdbc:tc:postgresql:15:", "jdbc:aws-wrapper:", "jdbc:", "jdbc:db2://", "jdbc:snowflake://",
            "postgresql://", "postgres://", "mysql://", "mongodb://", "mongodb+srv://", "redis://", "rediss://",
            "r2dbc:postgresql://", "r2dbc:h2:", "r2dbcs:", "r2dbc:tc:", "sqlite:///", "file:", "host=", "Server=",
            "Data Source=(", "Host=", "");

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> urlish = Arbitraries.strings().withChars(":/@?&=;,()[]%.-_ $'\"\\{}<>#+")
                .withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(120);
        Arbitrary<String> prefixed = Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.oneOf(noise, urlish))
                .as(String::concat);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1)
                .ofMaxLength(8).map(s -> "jdbc:postgresql://h/" + s);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1)
                .ofMaxLength(5).map(s -> "postgresql://db" + s + "/x");
        Arbitrary<String> nonAscii = Arbitraries.strings().withCharRange('\u00a0', '\u9fff').ofMaxLength(40)
                .map(s -> "postgresql://" + s + ":5432/" + s);
        Arbitrary<String> references = Combinators.combine(Arbitraries.of(PREFIXES), urlish, urlish)
                .as((prefix, inside, after) -> prefix + "${" + inside + "}" + after);
        Arbitrary<String> services = Combinators.combine(Arbitraries.of("amqp://", "smtp+tls://", "memcached://"),
                Arbitraries.oneOf(noise, urlish)).as((scheme, rest) -> scheme + rest + "@" + rest);
        return Arbitraries.oneOf(noise, urlish, prefixed, surrogates, control, nonAscii, references, services);
    }

    @Property(tries = 1500)
    void parseNeverThrowsAndAlwaysGivesAUrlOrAnError(@ForAll("anyText") String text) {
        ParseResult result = DatabaseUrl.parse(text);

        assertThat(result.isValid()).isEqualTo(result.url().isPresent());
        assertThat(result.isValid()).isNotEqualTo(result.error().isPresent());
        assertThat(result.toString()).isNotNull();
        result.url().ifPresent(url -> assertThat(url.toString()).isNotNull());
        result.error().ifPresent(error -> assertThat(error).doesNotContain("Exception"));
    }

    @Property(tries = 500)
    void gateNeverThrowsOnAnyValueInAnyStage(@ForAll("anyText") String text,
            @ForAll("stages") Stage stage) {
        Map<String, String> settings = Map.ofEntries(Map.entry("DATABASE_URL", text), Map.entry("REDIS_HOST", text),
                Map.entry("OTHER", text), Map.entry("spring.datasource.username", text),
                Map.entry("spring.datasource.password", text), Map.entry("DB_SSLMODE", text),
                Map.entry("DB_CLIENT", text), Map.entry("CELERY_BROKER_URL", text), Map.entry("POSTGRES_PASSWORD", text));

        List<Finding> findings = new DatabaseGate().check(GateContext.of(stage, Settings.of(settings))).findings();

        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
    }

    @Provide
    Arbitrary<Stage> stages() {
        return Arbitraries.of(Stage.class);
    }

    @Example
    void parseAndGateHandleHugeValues() {
        for (String suffix : List.of("a".repeat(1_000_000), "%".repeat(1_000_000), "(".repeat(1_000_000),
                "\u00e9\ud83d\ude00".repeat(300_000))) {
            String huge = "jdbc:postgresql://db.internal/" + suffix;

            ParseResult result = DatabaseUrl.parse(huge);
            List<Finding> findings = new DatabaseGate()
                    .check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of("DATABASE_URL", huge, "X", huge))))
                    .findings();

            assertThat(result.error()).hasValueSatisfying(error -> assertThat(error).contains("longer than"));
            assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                    .containsExactlyInAnyOrder("database.unparseable DATABASE_URL", "database.unparseable X");
        }
    }

    @Example
    void parseStaysLinearWithThousandsOfReferencesAndTemplates() {
        String references = "postgresql://${U}:${P}@db.internal/" + "${DB:orders}".repeat(1_300);
        String unclosed = "postgresql://app@db.internal/" + "${".repeat(8_000);
        String nested = "jdbc:postgresql://db/" + "${A:".repeat(3_000) + "}".repeat(3_000);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(DatabaseUrl.parse(references).url()).hasValueSatisfying(url -> {
                assertThat(url.unresolved()).isTrue();
                assertThat(url.passwordReference()).isTrue();
            });
            assertThat(DatabaseUrl.parse(unclosed).isValid()).isTrue();
            assertThat(DatabaseUrl.parse(nested).error()).hasValueSatisfying(error -> assertThat(error)
                    .contains("nested"));
        });
    }

    @Property(tries = 300)
    void parseNeverEchoesTheValueInErrors(@ForAll @StringLength(min = 12, max = 40) String password) {
        String text = "postgresql://app:" + password + "@db host/x";

        DatabaseUrl.parse(text).error().ifPresent(error -> {
            if (password.length() >= 12 && password.chars().allMatch(Character::isLetterOrDigit)) {
                assertThat(error).doesNotContain(password.substring(0, 6));
            }
        });
    }
}

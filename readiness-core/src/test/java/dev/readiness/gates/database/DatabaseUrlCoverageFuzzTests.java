package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Locale;

/**
 * Coverage-guided fuzz targets (Jazzer) for the database URL parser. In a normal build they run once per seed in
 * {@code src/test/resources/dev/readiness/gates/database/DatabaseUrlCoverageFuzzTestsInputs/<method>/} (regression
 * mode); with {@code JAZZER_FUZZ=1} Jazzer mutates inputs guided by coverage (see docs/reference/fuzzing.md).
 * Invariants: no exception escapes {@link DatabaseUrl#parse(String)}, and no part of its result (description,
 * error, hosts, database name) holds the password planted in the URL.
 */
class DatabaseUrlCoverageFuzzTests {

    /** URL shapes: 1 scheme, 2 user, 3 password, 4 host, 5 the rest. */
    private static final String[] SHAPES = {
        "%1$s://%2$s:%3$s@%4$s/%5$s", "jdbc:%1$s://%2$s:%3$s@%4$s/%5$s", "jdbc:%1$s://%4$s/%5$s?user=%2$s&password=%3$s",
        "jdbc:oracle:thin:%2$s/%3$s@%4$s%5$s", "%1$s://%2$s:%3$s@%4$s?sslmode=require%5$s",
        "jdbc:%1$s://%4$s;user=%2$s;password=%3$s;%5$s", "host=%4$s user=%2$s password=%3$s %5$s",
        "r2dbc:%1$s://%2$s:%3$s@%4$s%5$s", "jdbc:%1$s://%4$s/%5$s?password=%3$s&user=%2$s",
        "%1$s://:%3$s@%4$s%5$s", "Server=%4$s;User Id=%2$s;Password=%3$s;%5$s",
    };

    /** Schemes under which the password slot of {@link #SHAPES} really is a password; one unknown vendor. */
    private static final String[] SCHEMES = {
        "postgresql", "postgres", "mysql", "mariadb", "sqlserver", "oracle", "mongodb", "mongodb+srv", "redis",
        "rediss", "db2", "cockroachdb", "acme",
    };

    @FuzzTest(maxDuration = "5m")
    void parseShouldNeverThrow(@NotNull String text) {
        ParseResult result = DatabaseUrl.parse(text);
        assertThat(result.isValid()).isNotEqualTo(result.error().isPresent());
        assertThat(result.toString()).isNotNull();
        result.url().ifPresent(url -> {
            assertThat(url.toString()).isNotNull();
            assertThat(url.hosts()).isNotNull();
            url.hosts().forEach(host -> assertThat(host.port()).isBetween(-1, 65535));
        });
    }

    @FuzzTest(maxDuration = "5m")
    void parseShouldNeverRevealThePassword(FuzzedDataProvider data) {
        String password = data.consumeString(40);
        String shape = data.pickValue(SHAPES);
        String scheme = data.pickValue(SCHEMES);
        // user and host without delimiters or quotes: with them the URL is ambiguous, no parser can know the password
        String user = plain(data.consumeString(16));
        String host = plain(data.consumeString(40));
        String rest = data.consumeRemainingAsString();
        String text = String.format(Locale.ROOT, shape, scheme, user, password, host, rest);
        if (password.length() < 4) {
            return;
        }
        String shown = shown(DatabaseUrl.parse(text));
        // differential: the same URL with another password of the same length; if what the parser shows then still
        // contains the password text, it comes from elsewhere (another slot, a fixed message) and proves nothing
        String other = String.valueOf(password.indexOf('\u00a7') < 0 ? '\u00a7' : '\u00b6').repeat(password.length());
        String shownForOther = shown(DatabaseUrl.parse(String.format(Locale.ROOT, shape, scheme, user, other, host, rest)));
        if (!shownForOther.contains(password)) {
            assertThat(shown).as("what the parser shows of %s", text).doesNotContain(password);
        }
    }

    private static String plain(String part) {
        return part.replaceAll("[@/:?#;&=%\\\\\\s\\[\\](),'\"]", "");
    }

    private static String shown(ParseResult result) {
        return result.toString() + result.error().orElse("")
                + result.url().map(url -> url.toString() + url.hosts() + url.database().orElse("")).orElse("");
    }
}

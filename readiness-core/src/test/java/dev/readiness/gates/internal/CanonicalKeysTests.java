package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CanonicalKeysTests {

    @Test
    void endsWithShouldReadEverySpellingOfTheKey() {
        assertThat(CanonicalKeys.endsWith("POSTGRES_HOST_AUTH_METHOD", "hostauthmethod")).isTrue();
        assertThat(CanonicalKeys.endsWith("postgres.host-auth-method", "hostauthmethod")).isTrue();
        assertThat(CanonicalKeys.endsWith("postgresHostAuthMethod", "hostauthmethod")).isTrue();
        assertThat(CanonicalKeys.endsWith("MYSQL_ALLOW_EMPTY_PASSWORD[0]", "allowemptypassword0")).isTrue();
    }

    @Test
    void endsWithShouldRefuseOtherEndingsAndShorterKeys() {
        assertThat(CanonicalKeys.endsWith("POSTGRES_HOST_AUTH_METHODS", "hostauthmethod")).isFalse();
        assertThat(CanonicalKeys.endsWith("AUTH_METHOD", "hostauthmethod")).isFalse();
        assertThat(CanonicalKeys.endsWith("", "hostauthmethod")).isFalse();
        assertThat(CanonicalKeys.endsWith("___", "")).isTrue();
    }

    @Property(tries = 3000)
    void endsWithShouldAlwaysAgreeWithTheCanonicalForm(@ForAll("keys") String key, @ForAll("suffixes") String suffix) {
        assertThat(CanonicalKeys.endsWith(key, suffix)).isEqualTo(RelaxedNames.canonical(key).endsWith(suffix));
    }

    @Test
    void endsWithAnyShouldFindEachSuffixInEverySpelling() {
        String[] ends = {"hostauthmethod", "allowemptypassword", "allowemptyrootpassword"};

        assertThat(CanonicalKeys.endsWithAny("POSTGRES_HOST_AUTH_METHOD", ends)).isTrue();
        assertThat(CanonicalKeys.endsWithAny("mysql.allow-empty-password.", ends)).isTrue();
        assertThat(CanonicalKeys.endsWithAny("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", ends)).isTrue();
        assertThat(CanonicalKeys.endsWithAny("DB_PASSWORD", ends)).isFalse();
        assertThat(CanonicalKeys.endsWithAny("___", ends)).isFalse();
    }

    @Property(tries = 3000)
    void endsWithAnyShouldAgreeWithEndsWithOfSomeSuffix(@ForAll("keys") String key,
            @ForAll("nonEmptySuffixes") List<String> suffixes) {
        boolean some = suffixes.stream().anyMatch(suffix -> CanonicalKeys.endsWith(key, suffix));

        assertThat(CanonicalKeys.endsWithAny(key, suffixes.toArray(String[]::new))).isEqualTo(some);
    }

    @Provide
    Arbitrary<List<String>> nonEmptySuffixes() {
        return Arbitraries.of("host", "st", "t", "hostauth", "u0", "authost", "k", "i", "s", "0").list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(14),
                Arbitraries.strings().withChars("hHoOsStTaAuU._-[]0\u0130\u0131\u212A\u00C5").ofMaxLength(14));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("host", "st", "t", "", "hostauth", "u0", "authost", "k", "i");
    }
}

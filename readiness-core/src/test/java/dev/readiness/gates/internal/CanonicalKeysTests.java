package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
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

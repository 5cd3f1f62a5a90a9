package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.ValueMask;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secrets gate's {@link ValueMask} pre-tests against the first tests of the rules they stand for: a value any of
 * those rules reads further must pass its pre-test.
 */
class SecretsPreTestsTests {

    @Property(tries = 3000)
    void theUrlAndConnectionBlockShouldRunWhereverOneOfItsRulesAskedBefore(@ForAll("values") String value) {
        boolean at = value.indexOf('@') >= 0;
        boolean asked = at || value.indexOf(';') >= 0 || value.indexOf('?') >= 0; // the union of its rules' tests
        assertThat(ValueMask.hasAny(ValueMask.of(value), SecretsGate.URL_OR_CONNECTION_PASSWORD)).isEqualTo(asked);
        assertThat(ValueMask.hasAny(ValueMask.of(value), ValueMask.AT)).isEqualTo(at);
        assertThat(ValueMask.hasAny(ValueMask.of(value), ValueMask.AT | ValueMask.QUESTION))
                .isEqualTo(at || value.indexOf('?') >= 0);
    }

    @Property(tries = 3000)
    void theConnectionStringPreTestShouldBeItsFormsFirstTest(@ForAll("values") String value) {
        assertThat(ValueMask.hasAny(ValueMask.of(value), SecretsGate.CONNECTION_STRING)).isEqualTo(
                value.indexOf(';') >= 0 || value.indexOf(',') >= 0 || value.indexOf('@') >= 0);
        assertThat(ValueMask.hasAny(ValueMask.of(value), ValueMask.SEMICOLON)).isEqualTo(value.indexOf(';') >= 0);
    }

    @Property(tries = 1000)
    void everyJaasLineShouldPassTheJaasPreTest(@ForAll("values") String before, @ForAll("values") String after) {
        String line = before + "LoginModule" + after;
        assertThat(ValueMask.hasAll(ValueMask.of(line), SecretsGate.JAAS_OPTIONS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"admin-secret\";",
        "postgres://user:password@db:5432/app", "Server=db;Database=app;User Id=sa;Password=Passw0rd!;",
        "redis://:changeme@cache:6379", "mongodb://db:27017/app?password=secret", "host1:9092,host2:9092",
        "MYSQL_USER='root'; MYSQL_PASS='password'"})
    void valuesTheBlocksReadShouldPassTheirPreTests(String value) {
        int mask = ValueMask.of(value);
        assertThat(ValueMask.hasAny(mask, SecretsGate.URL_OR_CONNECTION_PASSWORD | SecretsGate.CONNECTION_STRING)
                || ValueMask.hasAll(mask, SecretsGate.JAAS_OPTIONS)).isTrue();
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("@;,?=:/.$aZ9").ofMaxLength(16));
    }
}

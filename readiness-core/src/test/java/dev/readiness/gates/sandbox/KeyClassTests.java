package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.settings.RelaxedNames;
import java.util.EnumSet;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyClassTests {

    private static final Map<String, EnumSet<KeyClass>> INDEX = KeyClass.index(DatabaseWords.STORES);

    @Property(tries = 3000)
    void ofShouldBeWhatTheSandboxGateRemembersForEveryKey(@ForAll("keys") String key) {
        assertThat(SandboxGate.keyClasses(key)).isEqualTo(KeyClass.of(key, RelaxedNames.words(key), INDEX));
        assertThat(SandboxGate.keyClasses(new String(key))).isEqualTo(KeyClass.of(key, RelaxedNames.words(key), INDEX));
    }

    @Test
    void keyClassesShouldGiveACopyThatAReaderMayAddTo() {
        EnumSet<KeyClass> first = SandboxGate.keyClasses("PAYMENT_WEBHOOK_URL");
        first.add(KeyClass.DATABASE);

        assertThat(SandboxGate.keyClasses("PAYMENT_WEBHOOK_URL")).doesNotContain(KeyClass.DATABASE)
                .contains(KeyClass.PUBLIC);
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("api", "URL", "webhook", "payment", "cors", "origins",
                "otel", "exporter", "endpoint", "internal", "token", "uri", "user", "info", "jwks", "VITE", "REACT",
                "APP", "redis", "host", "db", "notify", "stripe", "callback", "public", "local"),
                Arbitraries.strings().alpha().ofMaxLength(5));
        return word.list().ofMinSize(1).ofMaxSize(5).map(words -> String.join("_", words));
    }
}

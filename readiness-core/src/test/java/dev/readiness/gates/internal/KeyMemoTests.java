package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KeyMemoTests {

    private static final Function<String, String> DEFINITION = key -> key.toLowerCase(Locale.ROOT) + "#" + key.length();

    @Property(tries = 200)
    void getShouldAlwaysGiveWhatTheFunctionGives(@ForAll @Size(max = 400) List<@From("keys") String> keys) {
        KeyMemo<String> memo = KeyMemo.of(DEFINITION);

        for (String key : keys) {
            assertThat(memo.get(key)).isEqualTo(DEFINITION.apply(key));
            assertThat(memo.get(new String(key))).isEqualTo(DEFINITION.apply(key));
        }
    }

    @Test
    void getShouldDeriveEachKeyOnceWhileTheTableHoldsThem() {
        AtomicInteger derived = new AtomicInteger();
        KeyMemo<String> memo = counting(derived);
        int keys = KeyMemo.CAPACITY / 2;

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < keys; i++) {
                assertThat(memo.get("SVC" + i + "_DATABASE_URL")).isEqualTo(DEFINITION.apply("SVC" + i + "_DATABASE_URL"));
            }
        }

        assertThat(derived).hasValue(keys);
    }

    @Test
    void getWhenAskedWithANewCopyOfAKeyEachTimeShouldGiveTheFactDerivedOnce() {
        AtomicInteger derived = new AtomicInteger();
        KeyMemo<String> memo = counting(derived);
        String first = memo.get("SVC1_DATABASE_URL");

        for (int snapshot = 0; snapshot < 3; snapshot++) {
            String copy = new String("SVC1_DATABASE_URL"); // a new snapshot's key: equal, another instance
            assertThat(memo.get(copy)).isSameAs(first);
            assertThat(memo.get(copy)).isSameAs(first);
            assertThat(memo.get("SVC1_DATABASE_URL")).isSameAs(first);
        }

        assertThat(derived).hasValue(1);
    }

    @Test
    void getShouldTellApartKeysOfEqualHash() {
        KeyMemo<String> memo = KeyMemo.of(DEFINITION);

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(memo.get("Aa")).isEqualTo("aa#2");
        assertThat(memo.get("BB")).isEqualTo("bb#2");
        assertThat(memo.get("Aa")).isEqualTo("aa#2");
    }

    @Test
    void getShouldStayRightPastItsCapacityByStartingAgain() {
        KeyMemo<String> memo = KeyMemo.of(DEFINITION);

        for (int i = 0; i < KeyMemo.CAPACITY * 3; i++) {
            assertThat(memo.get("key" + i)).isEqualTo("key" + i + "#" + ("key" + i).length());
        }
        assertThat(memo.get("key1")).isEqualTo("key1#4");
    }

    @Test
    void getShouldGiveWhatTheFunctionGivesToThreadsRacingOverOneTable() throws Exception {
        KeyMemo<List<String>> memo = KeyMemo.of(key -> List.of(key, key.toUpperCase(Locale.ROOT)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        ConcurrentHashMap<String, Boolean> wrong = new ConcurrentHashMap<>();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < KeyMemo.CAPACITY * 2; i++) {
                        String key = "k" + ((i * 7 + offset) % (KeyMemo.CAPACITY));
                        if (!memo.get(key).equals(List.of(key, key.toUpperCase(Locale.ROOT)))) {
                            wrong.put(key, true);
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void ofShouldRejectAMissingFunction() {
        assertThatNullPointerException().isThrownBy(() -> KeyMemo.of(null)).withMessageContaining("derive");
    }

    /** A memo of {@link #DEFINITION} that counts how often it derives. */
    private static KeyMemo<String> counting(AtomicInteger derived) {
        return KeyMemo.of(key -> {
            derived.incrementAndGet();
            return DEFINITION.apply(key);
        });
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("aAbB_.-09").ofMaxLength(6),
                Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "JWT_SECRET", "jwt.secret", ""));
    }
}

package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.readiness.settings.Settings;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SnapshotMemoTests {

    private static final Object UPPER = new Object();
    private static final Object LENGTH = new Object();

    @Test
    void ofShouldGiveOneMemoPerSnapshotAndAnotherForAnEqualSnapshot() {
        Settings snapshot = Settings.of(Map.of("DATABASE_URL", "postgresql://db.internal:5432/orders"));
        Settings equal = Settings.of(Map.of("DATABASE_URL", "postgresql://db.internal:5432/orders"));

        assertThat(SnapshotMemo.of(snapshot)).isSameAs(SnapshotMemo.of(snapshot));
        assertThat(SnapshotMemo.of(equal)).isNotSameAs(SnapshotMemo.of(snapshot));
    }

    @Test
    void ofShouldNeverShareTheMemoOfNoSettings() {
        assertThat(SnapshotMemo.of(Settings.empty())).isNotSameAs(SnapshotMemo.of(Settings.empty()));
        assertThat(SnapshotMemo.unshared()).isNotSameAs(SnapshotMemo.unshared());
    }

    @Test
    void valuesShouldReadEachValueOnceAndGiveWhatTheReadingGives() {
        SnapshotMemo memo = SnapshotMemo.unshared();
        AtomicInteger reads = new AtomicInteger();
        Function<String, String> upper = value -> {
            reads.incrementAndGet();
            return value.toUpperCase(Locale.ROOT);
        };

        SnapshotMemo.Values<String> values = memo.values(UPPER, upper);
        assertThat(values.get("https://api.example.org")).isEqualTo("HTTPS://API.EXAMPLE.ORG");
        assertThat(values.get(new String("https://api.example.org"))).isEqualTo("HTTPS://API.EXAMPLE.ORG");
        assertThat(memo.values(UPPER, upper).get("https://api.example.org")).isEqualTo("HTTPS://API.EXAMPLE.ORG");
        assertThat(reads).hasValue(1);
    }

    @Test
    void valuesShouldKeepEachOwnersReadingApart() {
        SnapshotMemo memo = SnapshotMemo.unshared();

        memo.values(UPPER, value -> value.toUpperCase(Locale.ROOT)).get("abc");
        SnapshotMemo.Values<Integer> lengths = memo.values(LENGTH, String::length);

        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(memo.values(UPPER, value -> "another reading").get("abc")).isEqualTo("ABC");
    }

    @Test
    void valuesShouldStopRememberingAtTheLimitAndStillRead() {
        SnapshotMemo memo = SnapshotMemo.unshared();
        AtomicInteger reads = new AtomicInteger();
        SnapshotMemo.Values<Integer> values = memo.values(LENGTH, value -> {
            reads.incrementAndGet();
            return value.length();
        });
        for (int i = 0; i < SnapshotMemo.LIMIT; i++) {
            values.get("host-" + i);
        }

        assertThat(values.get("one-more.example.org")).isEqualTo(20);
        assertThat(values.get("one-more.example.org")).isEqualTo(20);
        assertThat(reads).hasValue(SnapshotMemo.LIMIT + 2);
    }

    @Test
    void wholeShouldBeMadeOncePerSnapshot() {
        SnapshotMemo memo = SnapshotMemo.unshared();
        AtomicInteger made = new AtomicInteger();

        Object first = memo.whole(UPPER, () -> "judge " + made.incrementAndGet());
        Object second = memo.whole(UPPER, () -> "judge " + made.incrementAndGet());

        assertThat(first).isEqualTo("judge 1").isSameAs(second);
        assertThat(SnapshotMemo.unshared().whole(UPPER, () -> "judge " + made.incrementAndGet())).isEqualTo("judge 2");
    }

    @Test
    void aReadingThatGivesNothingShouldBeRefused() {
        SnapshotMemo.Values<String> values = SnapshotMemo.unshared().values(UPPER, value -> null);

        assertThatNullPointerException().isThrownBy(() -> values.get("value"));
        assertThatNullPointerException().isThrownBy(() -> SnapshotMemo.of(null));
    }

    @Test
    void theMemoShouldGoWithItsSnapshot() throws Exception {
        Settings snapshot = Settings.of(Map.of("JWT_SECRET", "a value that must not outlive its snapshot"));
        WeakReference<SnapshotMemo> memo = new WeakReference<>(SnapshotMemo.of(snapshot));
        memo.get().values(UPPER, value -> value.toUpperCase(Locale.ROOT)).get(snapshot.value("JWT_SECRET").get());

        snapshot = null;
        for (int i = 0; i < 50 && memo.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
            SnapshotMemo.of(Settings.of(Map.of("PORT", "8080"))); // the weak map drops cleared snapshots on access
        }

        assertThat(snapshot).isNull();
        assertThat(memo.get()).isNull();
    }

    @Test
    void gatesOnSeveralThreadsShouldGetOneReadingPerValue() throws Exception {
        Settings snapshot = Settings.of(Map.of("ORDERS_URL", "http://orders.shop.svc.cluster.local:8080/api"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> lengths = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String value = "https://host-" + (i % 8) + ".example.org";
                lengths.add(pool.submit(() -> SnapshotMemo.of(snapshot).values(LENGTH, String::length).get(value)));
            }
            for (Future<Integer> length : lengths) {
                assertThat(length.get(10, TimeUnit.SECONDS)).isEqualTo("https://host-0.example.org".length());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(SnapshotMemo.of(snapshot).values(LENGTH, String::length).get("x")).isEqualTo(1);
    }
}

package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotKeysTests {

    private static Settings snapshot(String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(prefix + "_JWT_SECRET", "a");
        values.put(prefix + "_DATABASE_URL", "b");
        values.put(prefix + "_LOG_LEVEL", "c");
        return Settings.of(values);
    }

    @Test
    void getShouldGiveEachPositionTheFactOfItsOwnKey() {
        KeyMemo<String> lower = KeyMemo.of(key -> key.toLowerCase(Locale.ROOT));
        SnapshotKeys.Slot<String> slot = new SnapshotKeys.Slot<>(SnapshotKeys.SECRETS, lower);
        Settings settings = snapshot("KEYS1");
        SnapshotKeys keys = SnapshotKeys.of(settings);
        List<Setting> all = settings.list();

        for (int position = 0; position < all.size(); position++) {
            String key = all.get(position).key();
            assertThat(keys.get(position, key, slot)).isEqualTo(key.toLowerCase(Locale.ROOT));
        }
        assertThat(SnapshotKeys.of(settings)).isSameAs(keys);
    }

    @Test
    void getShouldAskTheMemoWhenThePositionHoldsAnotherKey() {
        KeyMemo<String> lower = KeyMemo.of(key -> key.toLowerCase(Locale.ROOT));
        SnapshotKeys.Slot<String> slot = new SnapshotKeys.Slot<>(SnapshotKeys.DATABASE, lower);
        Settings settings = snapshot("KEYS2");
        SnapshotKeys keys = SnapshotKeys.of(settings);

        assertThat(keys.get(0, "OTHER_KEY", slot)).isEqualTo("other_key");
        assertThat(keys.get(7, "KEYS2_LOG_LEVEL", slot)).isEqualTo("keys2_log_level");
        assertThat(keys.get(-1, "KEYS2_LOG_LEVEL", slot)).isEqualTo("keys2_log_level");
        assertThat(SnapshotKeys.of(Settings.empty()).get(0, "ANY", slot)).isEqualTo("any");
    }

    @Test
    void getShouldDeriveAKeysFactOnceAcrossSnapshotsOfTheSameKeys() {
        AtomicInteger derived = new AtomicInteger();
        KeyMemo<Integer> length = KeyMemo.of(key -> {
            derived.incrementAndGet();
            return key.length();
        });
        SnapshotKeys.Slot<Integer> slot = new SnapshotKeys.Slot<>(SnapshotKeys.SANDBOX, length);

        for (int snapshot = 0; snapshot < 3; snapshot++) {
            Settings settings = snapshot("KEYS3");
            SnapshotKeys keys = SnapshotKeys.of(settings);
            for (int position = 0; position < settings.size(); position++) {
                String key = settings.list().get(position).key();
                assertThat(keys.get(position, key, slot)).isEqualTo(key.length());
            }
        }
        assertThat(derived).hasValue(3);
    }

    @Test
    void getShouldNeverGiveOneSlotsFactForAnotherSlotOfTheSameKind() {
        SnapshotKeys.Slot<String> lower =
                new SnapshotKeys.Slot<>(SnapshotKeys.CONFIGURATION_WORDS, KeyMemo.of(key -> key.toLowerCase(Locale.ROOT)));
        SnapshotKeys.Slot<String> reversed = new SnapshotKeys.Slot<>(SnapshotKeys.CONFIGURATION_WORDS,
                KeyMemo.of(key -> new StringBuilder(key).reverse().toString()));
        Settings settings = snapshot("KEYS4");
        SnapshotKeys keys = SnapshotKeys.of(settings);
        String key = settings.list().get(0).key();

        assertThat(keys.get(0, key, lower)).isEqualTo("keys4_jwt_secret");
        assertThat(keys.get(0, key, reversed)).isEqualTo("TERCES_TWJ_4SYEK");
        assertThat(keys.get(0, key, lower)).isEqualTo("keys4_jwt_secret");
    }

    @Test
    void ofShouldKeepNoKeysOfASnapshotLargerThanTheLimitSoItsFactsAreNotHeldWithIt() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i <= SnapshotKeys.LIMIT; i++) {
            values.put("BIG" + i + "_TIMEOUT", "1");
        }
        Settings settings = Settings.of(values);
        SnapshotKeys.Slot<String> slot =
                new SnapshotKeys.Slot<>(SnapshotKeys.SANDBOX, KeyMemo.of(key -> key.toLowerCase(Locale.ROOT)));

        assertThat(SnapshotKeys.of(settings)).isSameAs(SnapshotKeys.of(Settings.empty()));
        assertThat(SnapshotKeys.of(settings).get(0, settings.list().get(0).key(), slot)).isEqualTo("big0_timeout");
    }

    @Test
    void slotShouldRejectAKindThatIsNone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SnapshotKeys.Slot<>(4, KeyMemo.of(key -> key)))
                .withMessage("kind must be between 0 and 3, but was 4");
    }
}

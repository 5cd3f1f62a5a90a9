package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WaiversTests {

    private static Setting line(String key, String value, int line) {
        return Setting.of(key, value, Origin.file("prod.env", line));
    }

    @Test
    void shownShouldScrubEverySecretValueAReasonQuotesAndKeepWhatTheWaiverCovers() {
        Settings settings = Settings.builder()
                .add(line("API_TOKEN", "G7K3M9P2Q4R8S5T6V2W9", 1))
                .add(line("readiness.waivers[0].code", "secrets.placeholder", 2))
                .add(line("readiness.waivers[0].subject", "JWT_SECRET", 3))
                .add(line("readiness.waivers[0].reason", "rotated with G7K3M9P2Q4R8S5T6V2W9 on deploy", 4))
                .add(line("readiness.waivers[0].expires", "2026-12-31", 5))
                .build();
        Waiver plain = Waiver.of("sandbox.endpoint", "card sandbox until go-live", LocalDate.of(2026, 12, 31));
        java.util.List<Waiver> waivers = new java.util.ArrayList<>(Waivers.fromSettings(settings));
        waivers.add(plain);

        assertThat(Waivers.shown(waivers, settings)).containsExactly(
                Waiver.of("secrets.placeholder", "JWT_SECRET", "rotated with [redacted] on deploy",
                        LocalDate.of(2026, 12, 31)),
                plain);
    }

    @Test
    void fromSettingsWhenWaiversAreWrittenInAnySpellingShouldReadThemInIndexOrder() {
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_1_CODE", "sandbox.endpoint", 1))
                .add(line("READINESS_WAIVERS_1_SUBJECT", "PAYMENT_URL", 2))
                .add(line("READINESS_WAIVERS_1_REASON", "card sandbox until go-live", 3))
                .add(line("READINESS_WAIVERS_1_EXPIRES", "2026-12-31", 4))
                .add(line("readiness.waivers[0].code", "secrets.placeholder", 5))
                .add(line("readiness.waivers[0].reason", "rotating next sprint", 6))
                .add(line("readiness.waivers[0].expires", " 2026-06-30 ", 7))
                .add(line("UNRELATED_KEY", "x", 8))
                .build();
        assertThat(Waivers.fromSettings(settings)).containsExactly(
                Waiver.of("secrets.placeholder", "rotating next sprint", LocalDate.of(2026, 6, 30)),
                Waiver.of("sandbox.endpoint", "PAYMENT_URL", "card sandbox until go-live", LocalDate.of(2026, 12, 31)));
    }

    @Test
    void fromSettingsWhenThereAreNoWaiversShouldReturnNone() {
        assertThat(Waivers.fromSettings(Settings.of(java.util.Map.of("A", "1")))).isEmpty();
    }

    @Test
    void fromSettingsWhenTheReasonIsMissingShouldNameTheKeyAndOrigin() {
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_0_CODE", "secrets.placeholder", 3))
                .add(line("READINESS_WAIVERS_0_EXPIRES", "2026-12-31", 4))
                .build();
        assertThatThrownBy(() -> Waivers.fromSettings(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waiver 0 (prod.env:3) needs readiness.waivers[0].reason:"
                        + " a reason saying why the exception is acceptable");
    }

    @Test
    void fromSettingsWhenTheExpiryIsNotADateShouldNameTheKeyAndOriginButNotTheValue() {
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_0_CODE", "secrets.placeholder", 3))
                .add(line("READINESS_WAIVERS_0_REASON", "because", 4))
                .add(line("READINESS_WAIVERS_0_EXPIRES", "Xq7pZ-never", 5))
                .build();
        assertThatThrownBy(() -> Waivers.fromSettings(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("READINESS_WAIVERS_0_EXPIRES (prod.env:5) is not an ISO date;"
                        + " write the waiver's last day as 2026-12-31")
                .message().doesNotContain("Xq7p");
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(4)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("", " ", "2026-12-31", " 2027-01-15 ", "2026-02-30",
                        "31/12/2026", "acme.carrier-urls")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("Q".repeat(1 << 20))));
    }

    @Property(tries = 300)
    void fromSettingsShouldEitherReadTheWaiverOrRefuseWithoutQuotingAValue(@ForAll("values") String code,
            @ForAll("values") String reason, @ForAll("values") String expires) {
        String marker = "Zx9Q";
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_0_CODE", code, 1))
                .add(line("READINESS_WAIVERS_0_REASON", marker + reason, 2))
                .add(line("READINESS_WAIVERS_0_EXPIRES", expires, 3))
                .build();
        try {
            assertThat(Waivers.fromSettings(settings)).singleElement()
                    .satisfies(waiver -> assertThat(waiver.expires()).hasToString(expires.strip()));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("prod.env:").doesNotContain(marker);
            if (expires.strip().length() >= 12) {
                assertThat(e.getMessage()).doesNotContain(expires.strip());
            }
        }
    }
}

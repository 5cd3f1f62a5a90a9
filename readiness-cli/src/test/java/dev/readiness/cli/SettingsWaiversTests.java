package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The CLI's side of reading waivers from files: core's {@code WaiversTests} cover the reading itself; here, that
 * readings pass through and refusals become input errors (exit status 2) with core's message.
 */
class SettingsWaiversTests {

    private static Setting line(String key, String value, int line) {
        return Setting.of(key, value, Origin.file("prod.env", line));
    }

    @Test
    void readShouldReturnTheWaiversCoreReads() {
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_0_CODE", "sandbox.endpoint", 1))
                .add(line("READINESS_WAIVERS_0_SUBJECT", "PAYMENT_URL", 2))
                .add(line("READINESS_WAIVERS_0_REASON", "card sandbox until go-live", 3))
                .add(line("READINESS_WAIVERS_0_EXPIRES", "2026-12-31", 4))
                .build();

        assertThat(SettingsWaivers.read(settings)).containsExactly(
                Waiver.of("sandbox.endpoint", "PAYMENT_URL", "card sandbox until go-live", LocalDate.of(2026, 12, 31)));
    }

    @Test
    void readWhenAWaiverIsInvalidShouldRefuseAsAnInputErrorNamingTheKeyButNotTheValue() {
        Settings settings = Settings.builder()
                .add(line("READINESS_WAIVERS_0_CODE", "secrets.placeholder", 3))
                .add(line("READINESS_WAIVERS_0_REASON", "because", 4))
                .add(line("READINESS_WAIVERS_0_EXPIRES", "Xq7pZ-never", 5))
                .build();

        assertThatThrownBy(() -> SettingsWaivers.read(settings))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.isUsage()).isFalse())
                .hasMessage("READINESS_WAIVERS_0_EXPIRES (prod.env:5) is not an ISO date;"
                        + " write the waiver's last day as 2026-12-31")
                .message().doesNotContain("Xq7p");
    }
}

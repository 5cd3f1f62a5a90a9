package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-sixth pass: reading Strapi's {@code password: config.password} as the code's object (a
 * thirty-fifth session rule) searched every sibling for each value that reads its own field, while the settings were
 * resolved, before any gate and outside every timeout. 20,000 lines {@code x.a1_password=c1.password} (under the
 * rule's cap) took 39 s of CPU, three and a half minutes on the loaded machine. The readers are now counted once.
 */
class ThirtySixthPassRedteamOwnFieldTests {

    @Test
    void manyValuesReadingTheirOwnFieldShouldResolveAtOnce() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) { // the old rule's cap: it skipped larger snapshots
            text.append("x.a").append(i).append("_password=c").append(i).append(".password\n");
        }
        Settings settings = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> ApplicationConfig.builder().configText("big.properties", text.toString()).build().settings());
        assertThat(settings.get("x.a7_password")).hasValueSatisfying(setting -> assertThat(setting.isDeferred())
                .isFalse());
    }

    @Test
    void aSiblingReadingItsOwnFieldOfTheSameObjectShouldStillDeferTheValue() {
        Settings settings = ApplicationConfig.builder().configText("database.properties", """
                connection.connection.host=config.host
                connection.connection.password=config.password
                other.password=config.password
                """).build().settings();
        assertThat(settings.get("connection.connection.password")).hasValueSatisfying(
                setting -> assertThat(setting.isDeferred()).isTrue());
        assertThat(settings.get("other.password")).hasValueSatisfying(
                setting -> assertThat(setting.isDeferred()).isFalse());
    }
}

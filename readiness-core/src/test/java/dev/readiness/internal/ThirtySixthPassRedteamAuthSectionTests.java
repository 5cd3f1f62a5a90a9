package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-sixth pass: the scrubber asked, for every {@code auth} setting with a secret-looking value,
 * whether another key names it as a credentials section (pjsip's {@code NOC1.auth=authNOC1}, thirty-fifth session)
 * by scanning every setting again. A properties file of 100,000 lines {@code S1.auth=Ab1x} (2 MB) kept the CLI busy
 * for more than ten minutes before any gate ran (the scrubber is made when the output starts, outside every gate
 * timeout). The sections are now read once per scrubber.
 */
class ThirtySixthPassRedteamAuthSectionTests {

    @Test
    void manyAuthSettingsShouldMakeAScrubberAtOnce() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 200_000; i++) {
            values.put("S" + i + ".auth", "Ab" + i + "x");
        }
        values.put("authNOC1.password", "Zq8!canary");
        Settings settings = Settings.of(values);
        FindingScrubber scrubber = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FindingScrubber.of(settings));
        assertThat(scrubber.scrub(Finding.of(Severity.NO_GO, "secrets.placeholder", "S7.auth")
                .message("S7.auth holds Ab7x, authNOC1.password holds Zq8!canary").build()).message())
                .isEqualTo("S7.auth holds [redacted], authNOC1.password holds [redacted]");
    }

    @Test
    void anAuthKeyNamingACredentialsSectionShouldStillKeepItsSectionReadable() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NOC1.auth", "authNOC1");
        values.put("trunk.outbound_auth", "trunk-auth");
        values.put("trunk-auth.username", "trunk");
        values.put("authNOC1.password", "Zq8!canary");
        values.put("REC1.auth", "Rk7Q2x9Wm");
        values.put("Rk7Q2x9Wm.note", "not a credential");
        FindingScrubber scrubber = FindingScrubber.of(Settings.of(values));
        assertThat(scrubber.scrub(Finding.of(Severity.NO_GO, "secrets.placeholder", "authNOC1.password")
                .message("authNOC1.password and trunk-auth.username; REC1.auth holds Rk7Q2x9Wm").build()).message())
                .isEqualTo("authNOC1.password and trunk-auth.username; REC1.auth holds [redacted]");
    }
}

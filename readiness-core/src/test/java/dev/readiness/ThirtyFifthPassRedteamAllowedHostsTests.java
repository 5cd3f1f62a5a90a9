package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-fifth pass: an allow-list of hosts could hide more than it names. {@code *} (or {@code *.*},
 * {@code **}) in {@code readiness.sandbox.allowed-hosts} allowed every host, so a PayPal sandbox URL in production was
 * GO with one INFO line. A pattern with no letter or digit is now not applied, and reported as a WARN
 * {@code exemption.refused}; a pattern that names hosts keeps working.
 */
class ThirtyFifthPassRedteamAllowedHostsTests {

    private static Report run(String envFile) {
        return Readiness.builder()
                .settings(Settings.builder().dotenv("prod.env", envFile).build())
                .stage(Stage.PRODUCTION)
                .gates(new SandboxGate())
                .build()
                .run();
    }

    private static List<String> codes(Report report) {
        return report.gates().stream().flatMap(g -> g.findings().stream()).map(f -> f.code() + " " + f.subject())
                .toList();
    }

    @Test
    void anAllowedHostPatternNamingNoHostShouldNotAllowEveryHost() {
        for (String pattern : List.of("*", "*.*", "**", " * ", "*,api.partner.test")) {
            Report report = run("READINESS_SANDBOX_ALLOWED_HOSTS=" + pattern
                    + "\nPAYPAL_URL=https://api.sandbox.paypal.com/v1\n");
            assertThat(codes(report)).as(pattern).contains("sandbox.provider-host PAYPAL_URL",
                    "exemption.refused READINESS_SANDBOX_ALLOWED_HOSTS");
            assertThat(report.verdict()).as(pattern).isEqualTo(Status.NO_GO);
        }
    }

    @Test
    void aPatternNamingHostsShouldStillAllowThem() {
        for (String pattern : List.of("api.sandbox.paypal.com", "*.sandbox.paypal.com", "api.sandbox.*.com")) {
            Report report = run("READINESS_SANDBOX_ALLOWED_HOSTS=" + pattern
                    + "\nPAYPAL_URL=https://api.sandbox.paypal.com/v1\n");
            assertThat(codes(report)).as(pattern).containsExactly("exemption.allowed READINESS_SANDBOX_ALLOWED_HOSTS");
        }
    }
}

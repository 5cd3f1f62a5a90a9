package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 48's newcomer bound the runbook's PayPal settings in {@code application.yml}
 * ({@code afrigest.paypal.base-url: ${PAYPAL_BASE_URL:…}}, {@code env: ${PAYPAL_ENV:live}}) and planted one mistake in
 * {@code api.env}: {@code PAYPAL_BASE_URL=https://api-m.sandbox.paypal.com} beside {@code PAYPAL_ENV=live}. The check
 * refused it twice, {@code sandbox.provider-host} on {@code PAYPAL_BASE_URL} and a second NO-GO
 * {@code sandbox.inconsistent} on {@code afrigest.paypal.base-url}, the key that only passes the same value on, whose
 * message read "afrigest.paypal.env is a live mode switch, PAYPAL_ENV is a live mode switch; but
 * afrigest.paypal.base-url is a sandbox endpoint, PAYPAL_BASE_URL is a sandbox endpoint", four settings for two
 * values. A key whose whole value comes from another of the provider's keys is now that key's value: refused with it,
 * and named once.
 */
class FortyEighthPassNewcomerReferencedProviderTests {

    private static Settings app(Path dir, String env) throws IOException {
        Files.writeString(dir.resolve("application.yml"), """
                afrigest:
                  paypal:
                    client-id: ${PAYPAL_CLIENT_ID}
                    env: ${PAYPAL_ENV:live}
                    base-url: ${PAYPAL_BASE_URL:https://api-m.paypal.com}
                """);
        Files.writeString(dir.resolve("api.env"), env);
        return ApplicationConfig.builder().application(dir).envFile(dir.resolve("api.env")).build().settings();
    }

    @Test
    void oneSandboxEndpointPassedOnByAKeyIsOneNoGo(@TempDir Path dir) throws IOException {
        Settings settings = app(dir, "PAYPAL_ENV=live\nPAYPAL_BASE_URL=https://api-m.sandbox.paypal.com\n"
                + "PAYPAL_CLIENT_ID=AYkq8Vd2LxN9pR4tW8zB3mK6cF1hJ5sG0yT2uE7aX4vQ9nP\n");
        List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SandboxGate()).run()
                .isNoGo()
                .hasFinding("sandbox.provider-host", "PAYPAL_BASE_URL")
                .report().gate("sandbox").orElseThrow().findings();
        assertThat(findings).filteredOn(finding -> finding.severity() == Severity.NO_GO).extracting(Finding::code)
                .containsExactly("sandbox.provider-host");
        assertThat(findings).filteredOn(finding -> finding.code().equals("sandbox.inconsistent")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.INFO);
                    assertThat(finding.message()).contains("PAYPAL_ENV is a live mode switch")
                            .contains("PAYPAL_BASE_URL is a sandbox endpoint")
                            .doesNotContain("afrigest.paypal.env").doesNotContain("afrigest.paypal.base-url");
                });
    }

    @Test
    void aKeyWrittenWithItsOwnSandboxValueIsStillTheInconsistency(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("application.yml"), """
                afrigest:
                  paypal:
                    env: ${PAYPAL_ENV:live}
                    base-url: https://api-m.sandbox.paypal.com
                """);
        Files.writeString(dir.resolve("api.env"), "PAYPAL_ENV=live\n");
        Settings settings = ApplicationConfig.builder().application(dir).envFile(dir.resolve("api.env")).build().settings();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SandboxGate()).run()
                .isNoGo().hasFinding("sandbox.provider-host", "afrigest.paypal.base-url");
    }

    @Test
    void aLiveConfigurationStaysClean(@TempDir Path dir) throws IOException {
        Settings settings = app(dir, "PAYPAL_ENV=live\nPAYPAL_BASE_URL=https://api-m.paypal.com\n"
                + "PAYPAL_CLIENT_ID=AYkq8Vd2LxN9pR4tW8zB3mK6cF1hJ5sG0yT2uE7aX4vQ9nP\n");
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SandboxGate()).run().hasNoFindings();
    }
}

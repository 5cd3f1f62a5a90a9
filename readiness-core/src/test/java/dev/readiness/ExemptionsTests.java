package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptionsTests {

    private static Gate gate(String id) {
        return Gate.of(id, "", context -> Outcome.of(Finding.of(Severity.NO_GO, id + ".found", "KEY").build()));
    }

    private static Report run(String envFile, Gate... gates) {
        return Readiness.builder()
                .settings(Settings.builder().dotenv("prod.env", envFile).build())
                .gates(gates)
                .build()
                .run();
    }

    private static List<Finding> exemptions(Report report) {
        return report.gate(Readiness.EXEMPTIONS_GATE_ID).map(GateResult::findings).orElse(List.of());
    }

    @Test
    void everyExcludedKeyAllowListAndDisabledCheckShouldBeReportedWithItsOrigin() {
        Report report = run("""
                READINESS_SANDBOX_EXCLUDE_KEYS=*
                readiness.secrets.exclude-keys=JWT_SECRET,API_TOKEN
                READINESS_SANDBOX_ALLOWED_HOSTS=*.example.test
                readiness.acme.tls.enabled=false
                readiness.secrets.extra-keys=MY_KEY
                readiness.tenant.global-types=Country
                """);

        assertThat(exemptions(report)).extracting(f -> f.code() + " " + f.subject() + " " + f.origin().description())
                .containsExactly(
                        "exemption.excluded READINESS_SANDBOX_EXCLUDE_KEYS prod.env:1",
                        "exemption.excluded readiness.secrets.exclude-keys prod.env:2",
                        "exemption.allowed READINESS_SANDBOX_ALLOWED_HOSTS prod.env:3",
                        "exemption.disabled readiness.acme.tls.enabled prod.env:4",
                        "exemption.excluded readiness.tenant.global-types prod.env:6");
        assertThat(exemptions(report).get(1).message()).contains("secrets gate").contains("JWT_SECRET, API_TOKEN");
        assertThat(exemptions(report)).allMatch(f -> f.severity() == Severity.INFO);
        assertThat(TextReportRenderer.summary(report)).startsWith("readiness GO").endsWith("5 exemptions");
        assertThat(JsonReportRenderer.compact().render(report)).contains("\"exemption.excluded\"");
    }

    @Test
    void aMisspeltExemptionShouldNotBeReportedAsInForce() {
        Report report = run("""
                readiness.sandbox.allowed-host=*.example.test
                READINESS_SECRETS_EXCLUDE_KEY=JWT_SECRET
                readiness.database.tls.enabled=false
                readiness.sandbox.allowed-hosts=pay.example.test
                """);

        assertThat(exemptions(report)).extracting(f -> f.code() + " " + f.subject())
                .containsExactly("exemption.allowed readiness.sandbox.allowed-hosts");
    }

    @Test
    void excludedGatesShouldNotRunAndBeReportedButTheStageCheckCannotBeExcluded() {
        Report report = run("READINESS_EXCLUDE_GATES=sandbox, stage,gate.provider.x\n",
                gate("sandbox"), gate("stage"), gate("secrets"));

        assertThat(report.gate("sandbox")).isEmpty();
        assertThat(report.gate("stage")).isPresent();
        assertThat(exemptions(report)).extracting(f -> f.code() + " " + f.subject() + " " + f.origin().description())
                .containsExactlyInAnyOrder(
                        "exemption.gate-excluded sandbox prod.env:1",
                        "exemption.refused stage prod.env:1",
                        "exemption.refused gate.provider.x prod.env:1");
        assertThat(report.gate(Readiness.EXEMPTIONS_GATE_ID).orElseThrow().status()).isEqualTo(Status.WARN);
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void anExcludedGateIdNoGateHasShouldBeAWarnNamingTheClosestId() {
        Report report = run("readiness.exclude-gates=sandboxx,acme.cors\n", gate("sandbox"), gate("acme.cors"));

        assertThat(exemptions(report)).extracting(f -> f.severity() + " " + f.code() + " " + f.subject() + " "
                + f.origin().description()).containsExactlyInAnyOrder(
                        "INFO exemption.gate-excluded acme.cors prod.env:1",
                        "WARN exemption.unknown-gate sandboxx prod.env:1");
        assertThat(exemptions(report)).filteredOn(f -> f.code().equals("exemption.unknown-gate")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("excluded nothing").contains("closest gate id is"
                        + " sandbox"));
        assertThat(report.gate("sandbox")).isPresent();
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    @Test
    void anExclusionMatchingAGateOfALaterPhaseShouldNotBeReportedUnknown() {
        Readiness early = Readiness.builder()
                .settings(Settings.builder().dotenv("prod.env", "readiness.exclude-gates=acme.beans\n").build())
                .gates(gate("sandbox"))
                .build();
        Readiness late = Readiness.builder()
                .settings(Settings.builder().dotenv("prod.env", "readiness.exclude-gates=acme.beans\n").build())
                .gates(gate("acme.beans"))
                .build();

        Report report = late.report(early.runPhase(), late.runPhase());

        assertThat(exemptions(report)).extracting(Finding::code).containsExactly("exemption.gate-excluded");
    }

    @Test
    void excludeGateGivenInCodeShouldBeReportedWithTheOriginGiven() {
        Report report = Readiness.builder().gate(gate("sandbox"))
                .excludeGate("sandbox", Origin.of("readiness.exclude-gates (application.yml)"))
                .build().run();

        assertThat(report.verdict()).isEqualTo(Status.GO);
        assertThat(exemptions(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("exemption.gate-excluded");
            assertThat(finding.origin().description()).isEqualTo("readiness.exclude-gates (application.yml)");
        });
    }

    @Test
    void ignoredSettingsShouldBeReportedAsIgnored() {
        Setting ignored = Setting.of("READINESS_SECRETS_EXCLUDE_KEYS", "JWT_SECRET", Origin.file("prod.env", 2));

        Report report = Readiness.builder().ignoredSettings(List.of(ignored), "--no-file-policy").build().run();

        assertThat(exemptions(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("exemption.policy-ignored");
            assertThat(finding.origin().description()).isEqualTo("prod.env:2");
            assertThat(finding.message()).contains("--no-file-policy");
        });
    }

    @Test
    void exemptionsShouldNotBeWaivable() {
        Report report = Readiness.builder()
                .settings(Settings.builder().dotenv("prod.env", "READINESS_EXCLUDE_GATES=stage\n").build())
                .policy(Policy.builder().waiver(Waiver.of("exemption.refused", "hide it",
                        java.time.LocalDate.now().plusDays(5))).build())
                .gate(gate("stage"))
                .build().run();

        assertThat(exemptions(report)).noneMatch(Finding::waived);
        assertThat(report.gate(Readiness.WAIVERS_GATE_ID).orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("waiver.not-allowed");
    }
}

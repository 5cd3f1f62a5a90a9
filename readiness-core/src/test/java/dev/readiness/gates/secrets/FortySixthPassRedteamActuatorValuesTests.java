package dev.readiness.gates.secrets;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, hostile tester: {@code management.endpoint.env.show-values=always} with the env endpoint exposed
 * over HTTP serves every secret of the service unmasked at {@code /actuator/env}, to callers signed in or not (the
 * forty-fifth pass's open item "the actuator env/configprops endpoints under each show-values"); a production
 * configuration saying so was GO without a word. Masked values, {@code when-authorized}, and an endpoint that is not
 * exposed, excluded or switched off stay clean.
 */
class FortySixthPassRedteamActuatorValuesTests {

    private static ReportAssert check(Stage stage, String properties) {
        return GateCheck.forStage(stage)
                .settings(Settings.builder().properties("application.properties", properties).build())
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    private static ReportAssert check(String properties) {
        return check(Stage.PRODUCTION, properties);
    }

    @Test
    void valuesShownAlwaysOnAnExposedEndpointAreNoGo() {
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoint.env.show-values=always\n")
                .hasFinding("secrets.shown-by-actuator", "management.endpoint.env.show-values").isNoGo();
        check("management.endpoints.web.exposure.include=health, configprops\n"
                + "management.endpoint.configprops.show-values=ALWAYS\n")
                .hasFinding("secrets.shown-by-actuator", "management.endpoint.configprops.show-values").isNoGo();
    }

    @Test
    void environmentVariableSpellingsAreReadAsSpringBootBindsThem() {
        check("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=env\nMANAGEMENT_ENDPOINT_ENV_SHOWVALUES=Always\n")
                .hasFinding("secrets.shown-by-actuator", "MANAGEMENT_ENDPOINT_ENV_SHOWVALUES").isNoGo();
    }

    @Test
    void outsideTheEnforcingStagesItIsAWarning() {
        check(Stage.DEVELOPMENT, "management.endpoints.web.exposure.include=*\nmanagement.endpoint.env.show-values=always\n")
                .hasFinding("secrets.shown-by-actuator", "management.endpoint.env.show-values").isWarn();
    }

    @Test
    void maskedAuthorizedHiddenOrSwitchedOffEndpointsAreClean() {
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoint.env.show-values=when-authorized\n")
                .hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoint.env.show-values=always\n").hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=health,info\nmanagement.endpoint.env.show-values=always\n")
                .hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoints.web.exposure.exclude=env\n"
                + "management.endpoint.env.show-values=always\n").hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoint.env.access=none\n"
                + "management.endpoint.env.show-values=always\n").hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoints.access.default=none\n"
                + "management.endpoint.env.show-values=always\n").hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=*\nmanagement.server.port=-1\n"
                + "management.endpoint.env.show-values=always\n").hasNoFinding("secrets.shown-by-actuator");
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoints.access.default=none\n"
                + "management.endpoint.env.access=read-only\nmanagement.endpoint.env.show-values=always\n")
                .hasFinding("secrets.shown-by-actuator", "management.endpoint.env.show-values");
        check("management.endpoints.web.exposure.include=*\nmanagement.endpoint.env.show-values=${SHOW_VALUES}\n")
                .hasNoFinding("secrets.shown-by-actuator");
    }
}

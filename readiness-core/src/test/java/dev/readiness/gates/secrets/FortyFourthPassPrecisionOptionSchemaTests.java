package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-fourth pass's precision reading of a Home Assistant add-on manifest's option schema (set 173):
 * {@code schema.mqtt_pass=password?} declares the option's type beside {@code schema.mqtt_user=str?}; it is no
 * password. A lone {@code schema.password=password}, the same value outside a schema, or a real password under a
 * schema key stays judged, and no message prints it.
 */
class FortyFourthPassPrecisionOptionSchemaTests {

    private static List<Finding> findings(String text, String key) {
        Settings settings = Settings.builder().properties("config.properties", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void aPasswordTypeInAnAddOnsOptionSchemaShouldNotBeJudgedAsAPassword() {
        String manifest = """
                name=OCPP Wallbox MQTT Server
                options.mqtt_user=wallbox
                options.mqtt_pass=Vq8#rT2!mZ6pL0wX
                schema.mqtt_broker=str
                schema.mqtt_user=str?
                schema.mqtt_pass=password?
                schema.ocpp_verbose=int(0,22)
                schema.limit_unit=list(W|A)
                """;
        assertThat(findings(manifest, "schema.mqtt_pass")).isEmpty();
        assertThat(findings(manifest.replace("password?", "password"), "schema.mqtt_pass")).isEmpty();
    }

    @Test
    void thePasswordWordOutsideASchemaOrAloneInOneShouldStayJudged() {
        assertThat(findings("schema.password=password\n", "schema.password")).isNotEmpty();
        assertThat(findings("mqtt.user=str?\nmqtt.pass=password?\n", "mqtt.pass")).isNotEmpty();
        List<Finding> real = findings("schema.mqtt_user=str?\nschema.mqtt_pass=hunter2\n", "schema.mqtt_pass");
        assertThat(real).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.message() + finding.remediation()).doesNotContain("hunter2"));
    }
}

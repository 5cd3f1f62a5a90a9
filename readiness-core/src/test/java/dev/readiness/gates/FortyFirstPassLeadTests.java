package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-first pass: rules for what the first contact with the blind sets 154 to 159 missed
 * or raised falsely, each beside the value that tempts it; every built-in gate runs.
 */
class FortyFirstPassLeadTests extends EveryGateOnOneFile {

    @Test
    void frigatesOwnEnvironmentReferencesShouldBeSuppliedAtRunTimeButOtherBracedNamesStayTemplateText()
            throws Exception {
        String frigate = """
                mqtt.host=mosquitto
                mqtt.user={FRIGATE_MQTT_USER}
                mqtt.password={FRIGATE_MQTT_PASSWORD}
                go2rtc.streams.entrance[0]=rtsp://{FRIGATE_CAM_USER}:{FRIGATE_CAM_PASSWORD}@{FRIGATE_CAM_HOST}:554/main
                """;
        assertThat(noGo(findings("frigate.properties", frigate), "mqtt.password")).isEmpty();
        assertThat(noGo(findings("frigate.properties", frigate), "go2rtc.streams.entrance[0]")).isEmpty();
        assertThat(about(findings("frigate.properties", frigate), "mqtt.password"))
                .containsExactly("INFO settings.deferred mqtt.password");
        assertThat(noGo(findings("app.properties", "spring.datasource.password={DB_PASSWORD}\n"),
                "spring.datasource.password")).isNotEmpty();
        assertThat(noGo(findings("frigate.properties", "mqtt.password={FRIGATE_mqtt}\n"), "mqtt.password"))
                .isNotEmpty();
        assertThat(about(findings("frigate.properties",
                "go2rtc.streams.door[0]=rtsp://admin:{FRIGATE_RTSP_PASSWORD}@frigate.local:554/main\n"),
                "go2rtc.streams.door[0]")).isNotEmpty();
    }
}

package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.SarifReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, twenty-eighth pass: a password in the user information of a host list written without a scheme
 * ({@code spring.kafka.bootstrap-servers=admin:PASSWORD@kafka1:9092}, {@code spring.rabbitmq.addresses}, which Spring
 * Boot reads as {@code user:password@host:port}) was not known to the scrubber, which looked for user information after
 * {@code ://} only: a user gate writing {@code "cannot reach " + brokers} printed it whole in text, JSON and SARIF.
 */
class TwentyEighthPassRedteamLeakTests {

    private static final String SECRET = "G7K3M9P2Q4R8S5T6";

    @Test
    void runWhenAUserGateQuotesAHostListWithUserInformationShouldPrintNoPartOfItsPassword() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("spring.kafka.bootstrap-servers", "admin:" + SECRET + "@kafka1.acme.io:9092,kafka2.acme.io:9092");
        values.put("KAFKA_BROKERS", "kafka1.acme.io:9092, svc:" + SECRET + "@kafka2.acme.io:9092");
        values.put("spring.rabbitmq.addresses", "mq:" + SECRET + "@rabbit1.acme.io:5672");
        values.put("app.events.kafka-brokers", "SASL_SSL://admin:" + SECRET + "@kafka1.acme.io:9092");
        Settings settings = Settings.builder().map(values, "app.properties").build();
        Report report = Readiness.builder()
                .settings(settings)
                .gate(Gate.of("acme.reach", "Checks connections", context -> Outcome.of(values.keySet().stream()
                        .map(key -> Finding.of(Severity.WARN, "acme.unreachable", key)
                                .message("cannot reach " + context.settings().value(key).orElseThrow()).build())
                        .toList())))
                .build()
                .run();

        String text = TextReportRenderer.full().render(report);
        assertThat(text).contains("cannot reach admin:[redacted]@kafka1.acme.io:9092,kafka2.acme.io:9092",
                "cannot reach mq:[redacted]@rabbit1.acme.io:5672");
        for (String output : List.of(text, JsonReportRenderer.pretty().render(report),
                SarifReportRenderer.create().render(report))) {
            for (int i = 0; i + 4 <= SECRET.length(); i++) {
                assertThat(output).doesNotContain(SECRET.substring(i, i + 4));
            }
        }
    }

    @Test
    void runWhenAUserGateQuotesAnEmailAddressOrATimeShouldPrintThemAsWritten() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("app.ops-contact", "ops@acme.io");
        values.put("app.window", "maintenance 02:00 @ UTC, ops@acme.io");
        Settings settings = Settings.builder().map(values, "app.properties").build();
        Report report = Readiness.builder()
                .settings(settings)
                .gate(Gate.of("acme.echo", "Echoes", context -> Outcome.of(values.keySet().stream()
                        .map(key -> Finding.of(Severity.WARN, "acme.echo", key)
                                .message("value " + context.settings().value(key).orElseThrow()).build())
                        .toList())))
                .build()
                .run();

        assertThat(TextReportRenderer.full().render(report))
                .contains("value ops@acme.io", "value maintenance 02:00 @ UTC, ops@acme.io");
    }
}

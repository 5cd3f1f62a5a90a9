package dev.readiness.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Readiness;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.settings.Origin;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportMaskingTests {

    private static String json(String message, String origin) {
        return JsonReportRenderer.compact().render(Readiness.builder().stage(Stage.PRODUCTION)
                .gate(Gate.of("database", "Database URLs", context -> Outcome.of(
                        Finding.of(Severity.NO_GO, "database.test-name", "spring.datasource.url")
                                .origin(Origin.of(origin)).message(message)
                                .remediation("Check spring.datasource.url at " + origin + ".").build())))
                .build().run());
    }

    private static JsonNode finding(String json) {
        return JsonMapper.builder().build().readTree(json).get("gates").get(0).get("findings").get(0);
    }

    @Test
    void hostsDatabaseNamesUrlsAndAddressesShouldBeMaskedButKeysKept() {
        assertThat(ReportMasking.text("spring.datasource.url uses PostgreSQL named 'orders_test', a name that reads as"
                + " a test database.")).isEqualTo("spring.datasource.url uses PostgreSQL named '******', a name that"
                        + " reads as a test database.");
        assertThat(ReportMasking.text("spring.datasource.url switches TLS off for PostgreSQL at db.prod.acme.com:5432"
                + " and 10.20.30.40")).isEqualTo("spring.datasource.url switches TLS off for PostgreSQL at ******"
                        + " and ******");
        assertThat(ReportMasking.text("PAYMENT_URL points at https://api-m.sandbox.paypal.com/v2/checkout"))
                .isEqualTo("PAYMENT_URL points at ******");
        assertThat(ReportMasking.text("spring.data.redis.host connects to orders.payments.svc.cluster.local"))
                .isEqualTo("spring.data.redis.host connects to ******");
        assertThat(ReportMasking.text("jwt.secret is too short")).isEqualTo("jwt.secret is too short");
    }

    @Test
    void pathsShouldKeepOnlyTheFileName() {
        assertThat(ReportMasking.text("file [/etc/orders/config/application-prod.yml] - 3:5"))
                .isEqualTo("file [******/application-prod.yml] - 3:5");
        assertThat(ReportMasking.text("class path resource [application-prod.yml] - 12:15"))
                .isEqualTo("class path resource [application-prod.yml] - 12:15");
    }

    @Test
    void aMaskedReportShouldKeepCodesSubjectsSeveritiesAndItsShape() {
        String json = json("spring.datasource.url uses the database 'orders_test' on db.prod.acme.com",
                "file [/srv/orders/application.yml] - 2:3");
        String masked = ReportMasking.mask(json);

        JsonNode finding = finding(masked);
        assertThat(finding.get("code").asString()).isEqualTo("database.test-name");
        assertThat(finding.get("subject").asString()).isEqualTo("spring.datasource.url");
        assertThat(finding.get("severity").asString()).isEqualTo("NO_GO");
        assertThat(finding.get("message").asString())
                .isEqualTo("spring.datasource.url uses the database '******' on ******");
        assertThat(finding.get("origin").asString()).isEqualTo("file [******/application.yml] - 2:3");
        assertThat(masked).doesNotContain("orders_test", "acme", "/srv/");
        assertThat(masked.replace("******", "")).startsWith("{\"verdict\":\"NO_GO\",\"stage\":\"production\"");
    }

    @Test
    void aReportWithNothingToMaskShouldStayByteForByte() {
        String json = json("jwt.secret is a placeholder", "environment variable JWT_SECRET");

        assertThat(ReportMasking.mask(json)).isEqualTo(json);
    }

    @Property(tries = 300)
    void anyMessageShouldStayValidJsonWithItsCodeAndSubject(@ForAll String message) {
        String masked = ReportMasking.mask(json(message, "file [/srv/" + message + "/application.yml] - 1:1"));

        JsonNode finding = finding(masked);
        assertThat(finding.get("code").asString()).isEqualTo("database.test-name");
        assertThat(finding.get("subject").asString()).isEqualTo("spring.datasource.url");
        assertThat(finding.get("message").asString()).isEqualTo(ReportMasking.text(
                finding(json(message, "x")).get("message").asString()));
    }
}

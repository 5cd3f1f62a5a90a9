package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.TestFindings;
import dev.readiness.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fortieth pass, hostile tester: the SARIF and JSON contracts told different stories of one waived finding. With an
 * expired waiver and a live one for the same code (a renewal written under the old one, as a policy file grows), the
 * JSON report named the waiver in force (the one expiring last, as the text report prints it) and SARIF the first
 * covering one: code scanning showed the finding accepted with the expired waiver's reason and a 2020 expiry.
 */
class FortiethPassRedteamSarifWaiverTests {

    private static final Path ROOT = Path.of("/work/project").toAbsolutePath();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Finding WAIVED = TestFindings.waived(Finding.of(Severity.NO_GO, "secrets.placeholder",
            "jwt.secret").message("holds filler text").remediation("Replace it.").build());

    private static final List<Waiver> WAIVERS = List.of(
            Waiver.of("secrets.placeholder", "old reason", LocalDate.of(2020, 1, 1)),
            Waiver.of("secrets.placeholder", "rotation ticket OPS-12", LocalDate.of(2099, 6, 1)),
            Waiver.of("secrets.placeholder", "an earlier renewal", LocalDate.of(2098, 1, 1)));

    private static Report report() {
        return new Report(Status.GO, Stage.PRODUCTION,
                List.of(GateResult.of("secrets", "Secrets", 0.4, List.of(WAIVED))), Status.GO);
    }

    @Test
    void aSuppressionCarriesTheWaiverInForceAsTheJsonReportDoes() {
        String sarif = SarifReportRenderer.builder().workingDirectory(ROOT).waivers(WAIVERS).build().render(report());
        JsonNode suppression = MAPPER.readTree(sarif).path("runs").get(0).path("results").get(0)
                .path("suppressions").get(0);
        JsonNode waiver = MAPPER.readTree(JsonReportRenderer.compact().withWaivers(WAIVERS).render(report()))
                .path("gates").get(0).path("findings").get(0).path("waiver");

        assertThat(suppression.path("justification").asString()).isEqualTo("rotation ticket OPS-12");
        assertThat(suppression.path("properties").path("expires").asString()).isEqualTo("2099-06-01");
        assertThat(waiver.path("reason").asString()).isEqualTo(suppression.path("justification").asString());
        assertThat(waiver.path("expires").asString())
                .isEqualTo(suppression.path("properties").path("expires").asString());
    }
}

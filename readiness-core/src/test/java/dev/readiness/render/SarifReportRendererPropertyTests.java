package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.TestFindings;
import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SarifReportRendererPropertyTests {

    private static final Schema SARIF_SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream schema = SarifReportRendererPropertyTests.class
                .getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void anyTextInFindingsAndFileNamesRendersAValidLog(@ForAll @StringLength(max = 60) String subject,
            @ForAll @StringLength(max = 200) String message, @ForAll @StringLength(max = 80) String remediation,
            @ForAll @StringLength(min = 1, max = 60) String fileName, @ForAll @IntRange(min = 1) int line,
            @ForAll @IntRange(min = 0, max = 500) int column, @ForAll Severity severity, @ForAll boolean waived) {
        Origin origin = column == 0 ? Origin.file(fileName, line) : Origin.file(fileName, line, column);
        Finding finding = Finding.of(severity, "any.code", subject).origin(origin).message(message)
                .remediation(remediation).build();
        Finding other = Finding.of(Severity.WARN, "any.code", subject).origin(Origin.of(fileName)).build();
        Report report = new Report(Status.NO_GO, Stage.PRODUCTION, List.of(
                GateResult.of("any", subject, 0, List.of(waived ? TestFindings.waived(finding) : finding, other))), Status.NO_GO);
        SarifReportRenderer renderer = SarifReportRenderer.builder()
                .waivers(List.of(Waiver.of("any.code", remediation.isBlank() ? "r" : remediation, LocalDate.MAX)))
                .build();

        String sarif = renderer.render(report);

        assertThat(SARIF_SCHEMA.validate(sarif, InputFormat.JSON)).isEmpty();
    }
}

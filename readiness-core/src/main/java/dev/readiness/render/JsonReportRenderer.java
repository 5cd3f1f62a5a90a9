package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders a {@link Report} as the JSON object of the readiness contract ({@code verdict}, {@code stage},
 * {@code gates[].id/status/durationMillis/findings[]}). Needs {@code tools.jackson.core:jackson-core} on the class
 * path, an optional dependency of readiness-core that the Spring adapter and the CLI bring along. Thread-safe.
 */
public final class JsonReportRenderer {

    static final JsonFactory FACTORY = new JsonFactory();
    static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final boolean pretty;

    private JsonReportRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * A renderer of indented JSON.
     *
     * @return the renderer
     */
    public static JsonReportRenderer pretty() {
        return new JsonReportRenderer(true);
    }

    /**
     * A renderer of JSON on one line.
     *
     * @return the renderer
     */
    public static JsonReportRenderer compact() {
        return new JsonReportRenderer(false);
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the JSON text
     */
    public String render(Report report) {
        StringWriter writer = new StringWriter();
        render(report, writer);
        return writer.toString();
    }

    /**
     * Renders the report to a writer, which is flushed but not closed.
     *
     * @param report the report
     * @param writer where to write
     */
    public void render(Report report, Writer writer) {
        ObjectWriteContext writeContext = pretty ? PRETTY : ObjectWriteContext.empty();
        try (JsonGenerator out = FACTORY.createGenerator(writeContext, writer)) {
            out.writeStartObject();
            out.writeStringProperty("verdict", report.verdict().name());
            out.writeStringProperty("stage", report.stage().id());
            out.writeArrayPropertyStart("gates");
            for (GateResult gate : report.gates()) {
                out.writeStartObject();
                out.writeStringProperty("id", gate.id());
                out.writeStringProperty("status", gate.status().name());
                out.writeNumberProperty("durationMillis",
                        BigDecimal.valueOf(gate.durationMillis()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
                out.writeArrayPropertyStart("findings");
                for (Finding finding : gate.findings()) {
                    out.writeStartObject();
                    out.writeStringProperty("code", finding.code());
                    out.writeStringProperty("severity", finding.severity().name());
                    out.writeStringProperty("subject", finding.subject());
                    out.writeStringProperty("origin", finding.origin().description());
                    out.writeStringProperty("message", finding.message());
                    out.writeStringProperty("remediation", finding.remediation());
                    if (finding.documentation().isPresent()) {
                        out.writeStringProperty("documentation", finding.documentation().get().toString());
                    }
                    out.writeBooleanProperty("waived", finding.waived());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }
}

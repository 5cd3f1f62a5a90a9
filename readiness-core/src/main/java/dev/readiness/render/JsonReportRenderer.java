package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Waiver;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders a {@link Report} as the JSON object of the readiness contract ({@code verdict}, {@code stage},
 * {@code gates[].id/status/durationMillis/findings[]}). Needs {@code tools.jackson.core:jackson-core} on the class
 * path, an optional dependency of readiness-core that the Spring adapter and the CLI bring along. Besides what JSON
 * requires, every DEL, C1 control, format character (bidi overrides and isolates such as U+202E and U+2066 to
 * U+2069, zero-width characters) and the separators U+2028 and U+2029 are written as {@code \}{@code uXXXX}, so the
 * JSON text itself carries no character that could reorder or break a line where it is shown. Immutable and
 * thread-safe.
 *
 * <p>Given the run's waivers ({@link #withWaivers(Iterable)}), a waived finding carries the waiver in force, the one
 * covering it that expires last, as {@code "waiver": {"expires": "2027-03-31", "reason": "…"}}, as the text report
 * prints it under the finding and SARIF writes it as a suppression.
 */
public final class JsonReportRenderer {

    static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new UnsafeEscapes()).build();
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
    private final List<Waiver> waivers;

    private JsonReportRenderer(boolean pretty, List<Waiver> waivers) {
        this.pretty = pretty;
        this.waivers = waivers;
    }

    /**
     * A renderer of indented JSON.
     *
     * @return the renderer
     */
    public static JsonReportRenderer pretty() {
        return new JsonReportRenderer(true, List.of());
    }

    /**
     * A renderer of JSON on one line.
     *
     * @return the renderer
     */
    public static JsonReportRenderer compact() {
        return new JsonReportRenderer(false, List.of());
    }

    /**
     * This renderer, also writing under each waived finding the waiver that covers it ({@code "waiver"} with its
     * {@code expires} date and {@code reason}). Without the waivers (the default) a waived finding has
     * {@code "waived": true} only.
     *
     * @param waivers the waivers the run applied (from the policy, the files and the command line)
     * @return a renderer with the waivers
     */
    public JsonReportRenderer withWaivers(Iterable<Waiver> waivers) {
        List<Waiver> all = new ArrayList<>(this.waivers);
        waivers.forEach(waiver -> all.add(Objects.requireNonNull(waiver, "waiver")));
        return new JsonReportRenderer(pretty, List.copyOf(all));
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
                    Waiver waiver = finding.waived() ? TextReportRenderer.inForce(waivers, finding) : null;
                    if (waiver != null) {
                        out.writeObjectPropertyStart("waiver");
                        out.writeStringProperty("expires", waiver.expires().toString());
                        out.writeStringProperty("reason", waiver.reason());
                        out.writeEndObject();
                    }
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static final class UnsafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        UnsafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
            // ##vso[ and ##teamcity[ anywhere in a line of a CI step's output are commands to its runner: a JSON
            // report printed there never holds a # (the parsed text is the same)
            ascii['#'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean unsafe = ch < 0x10000 && !Character.isSurrogate((char) ch) && Escaping.isUnsafe(ch);
            return unsafe ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}

package dev.readiness.render;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Renders a {@link Report} as a SARIF 2.1.0 log for code scanning (GitHub, GitLab, IDEs): one rule per finding
 * code, one result per finding with its level, its file, line and column when the value came from a file, the
 * setting key as a logical location, and waived findings as accepted suppressions with the waiver's reason. Carries
 * what the JSON report carries and never a value. Needs {@code tools.jackson.core:jackson-core} on the class path.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class SarifReportRenderer {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";

    /** The schema the log names in {@code $schema}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The base id that relative artifact URIs are resolved against: the working directory. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private static final String TOOL_NAME = "readiness";

    private final Path workingDirectory;
    private final List<Waiver> waivers;
    private final @Nullable Path fallbackArtifact;

    private SarifReportRenderer(Builder builder) {
        this.workingDirectory = builder.workingDirectory;
        this.waivers = List.copyOf(builder.waivers);
        this.fallbackArtifact = builder.fallbackArtifact;
    }

    /**
     * A renderer for the process's working directory and no waiver reasons.
     *
     * @return the renderer
     */
    public static SarifReportRenderer create() {
        return builder().build();
    }

    /**
     * Starts a renderer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the SARIF text
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
        Map<String, Rule> rules = rules(report);
        try (JsonGenerator out = JsonReportRenderer.FACTORY.createGenerator(JsonReportRenderer.PRETTY, writer)) {
            out.writeStartObject();
            out.writeStringProperty("$schema", SCHEMA_URI);
            out.writeStringProperty("version", SARIF_VERSION);
            out.writeArrayPropertyStart("runs");
            out.writeStartObject();
            writeTool(out, rules);
            out.writeObjectPropertyStart("originalUriBaseIds");
            out.writeObjectPropertyStart(SOURCE_ROOT);
            out.writeStringProperty("uri", directoryUri(workingDirectory));
            out.writeEndObject();
            out.writeEndObject();
            out.writeArrayPropertyStart("results");
            for (GateResult gate : report.gates()) {
                for (Finding finding : gate.findings()) {
                    writeResult(out, gate, finding, rules.get(finding.code()));
                }
            }
            out.writeEndArray();
            out.writeObjectPropertyStart("properties");
            out.writeStringProperty("verdict", report.verdict().name());
            out.writeStringProperty("stage", report.stage().id());
            out.writeEndObject();
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static Map<String, Rule> rules(Report report) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                rules.computeIfAbsent(finding.code(), code -> new Rule(rules.size(), gate, finding));
            }
        }
        return rules;
    }

    private static void writeTool(JsonGenerator out, Map<String, Rule> rules) {
        out.writeObjectPropertyStart("tool");
        out.writeObjectPropertyStart("driver");
        out.writeStringProperty("name", TOOL_NAME);
        out.writeArrayPropertyStart("rules");
        for (Rule rule : rules.values()) {
            Finding first = rule.first();
            out.writeStartObject();
            out.writeStringProperty("id", first.code());
            writeText(out, "shortDescription", rule.shortDescription());
            writeText(out, "fullDescription", first.message().isBlank() ? rule.shortDescription() : first.message());
            writeText(out, "help", first.remediation().isBlank() ? rule.shortDescription() : first.remediation());
            if (first.documentation().isPresent()) {
                out.writeStringProperty("helpUri", first.documentation().get().toString());
            }
            out.writeObjectPropertyStart("defaultConfiguration");
            out.writeStringProperty("level", level(first.severity()));
            out.writeEndObject();
            out.writeObjectPropertyStart("properties");
            out.writeArrayPropertyStart("tags");
            out.writeString(TOOL_NAME);
            out.writeString(rule.gate().id());
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    private void writeResult(JsonGenerator out, GateResult gate, Finding finding, Rule rule) {
        out.writeStartObject();
        out.writeStringProperty("ruleId", finding.code());
        out.writeNumberProperty("ruleIndex", rule.index());
        out.writeStringProperty("level", level(finding.severity()));
        String remediation = finding.remediation();
        boolean ownRemediation = !remediation.isBlank() && !remediation.equals(rule.first().remediation());
        writeText(out, "message", ownRemediation ? finding.message() + " " + remediation : messageOf(finding));
        out.writeArrayPropertyStart("locations");
        out.writeStartObject();
        Origin located = finding.origin().file().isPresent() ? finding.origin() : manifestEntry(finding.origin());
        Optional<String> uri = located == null ? Optional.empty() : located.file().flatMap(this::artifactUri);
        if (uri.isPresent()) {
            writePhysicalLocation(out, uri.get(), located);
        } else if (fallbackArtifact != null) {
            artifactUri(fallbackArtifact.toString())
                    .ifPresent(fallback -> writePhysicalLocation(out, fallback, Origin.unknown()));
        }
        out.writeArrayPropertyStart("logicalLocations");
        out.writeStartObject();
        out.writeStringProperty("name", finding.subject());
        out.writeStringProperty("fullyQualifiedName", finding.subject());
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndArray();
        writeDefiningLocation(out, finding.origin());
        out.writeObjectPropertyStart("partialFingerprints");
        out.writeStringProperty("readinessFinding/v1", finding.code() + ":" + finding.subject());
        out.writeEndObject();
        if (finding.waived()) {
            writeSuppression(out, finding);
        }
        out.writeObjectPropertyStart("properties");
        out.writeStringProperty("gate", gate.id());
        out.writeStringProperty("severity", finding.severity().name());
        out.writeStringProperty("origin", finding.origin().description());
        out.writeEndObject();
        out.writeEndObject();
    }

    /**
     * The file and line of a value read from an object of a manifest, whose origin is written
     * {@code deploy/k8s/production.yaml:12 (ConfigMap api-config, envFrom at deploy/k8s/production.yaml:58)}: the
     * Kubernetes reader keeps the route in the description, so the origin names no file of its own, and such findings
     * were placed on the fallback artifact ({@code pom.xml}) without a line (session 33: six alerts of a newcomer's
     * manifest on {@code pom.xml}). Read only when the text before the first {@code " ("} ends in {@code :line} and
     * names a file that exists; {@code null} otherwise.
     */
    static @Nullable Origin manifestEntry(Origin origin) {
        String description = origin.description();
        int route = description.indexOf(" (");
        int colon = route > 0 ? description.lastIndexOf(':', route - 1) : -1;
        if (colon <= 0 || route - colon - 1 < 1 || route - colon - 1 > 9) {
            return null;
        }
        return existingFileLine(description.substring(0, colon), description.substring(colon + 1, route));
    }

    /** The file and line when the digits are a line number and the file exists; {@code null} otherwise. */
    private static @Nullable Origin existingFileLine(String file, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        int line = Integer.parseInt(digits);
        try {
            return line >= 1 && java.nio.file.Files.isRegularFile(Path.of(file)) ? Origin.file(file, line) : null;
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }

    private static final String VIA_VARIABLE = " via environment variable ";

    /**
     * Where a variable that a key references is set, as a related location: a finding of a gate of one's own on
     * {@code app.shopify.verify-webhooks}, bound from {@code ${SHOPIFY_VERIFY_WEBHOOKS:true}}, is placed at the key's
     * line, {@code application.yml:23:22 via environment variable SHOPIFY_VERIFY_WEBHOOKS from
     * deploy/railway.production.env:9}, and code scanning showed only the line whose default is sound (session 40's
     * newcomer). The env file's line, where the value to change is written, is now a related location.
     */
    private void writeDefiningLocation(JsonGenerator out, Origin origin) {
        Origin defining = definingEntry(origin);
        Optional<String> uri = defining == null ? Optional.empty() : defining.file().flatMap(this::artifactUri);
        if (uri.isEmpty()) {
            return;
        }
        String description = origin.description();
        int via = description.indexOf(VIA_VARIABLE) + VIA_VARIABLE.length();
        String variable = description.substring(via, description.indexOf(' ', via));
        out.writeArrayPropertyStart("relatedLocations");
        out.writeStartObject();
        out.writeNumberProperty("id", 1);
        writePhysicalLocation(out, uri.get(), defining);
        writeText(out, "message", variable + " is set here");
        out.writeEndObject();
        out.writeEndArray();
    }

    /**
     * The file and line after {@code " via environment variable X from "} at the end of an origin, when it names a
     * file that exists; {@code null} otherwise. A manifest's entry keeps its route after the line,
     * {@code from deploy/k8s/production.yaml:12 (ConfigMap api-config, envFrom at deploy/k8s/production.yaml:60)}:
     * the line before the route is the one (session 41's newcomer: a ConfigMap's switch had no related location).
     */
    static @Nullable Origin definingEntry(Origin origin) {
        String description = origin.description();
        int via = description.indexOf(VIA_VARIABLE);
        int from = via < 0 ? -1 : description.indexOf(" from ", via + VIA_VARIABLE.length());
        if (from < 0 || description.indexOf(' ', via + VIA_VARIABLE.length()) != from) {
            return null;
        }
        int route = description.indexOf(" (", from + 6);
        int end = route < 0 ? description.length() : route;
        if (route >= 0 && !description.endsWith(")")) {
            return null;
        }
        int colon = description.lastIndexOf(':', end - 1);
        if (colon <= from + 6 || colon == end - 1 || end - colon - 1 > 9) {
            return null;
        }
        return existingFileLine(description.substring(from + 6, colon), description.substring(colon + 1, end));
    }

    private static String messageOf(Finding finding) {
        return finding.message().isBlank() ? finding.code() + " (" + finding.subject() + ")" : finding.message();
    }

    private static void writePhysicalLocation(JsonGenerator out, String uri, Origin origin) {
        out.writeObjectPropertyStart("physicalLocation");
        out.writeObjectPropertyStart("artifactLocation");
        out.writeStringProperty("uri", uri);
        if (!uri.startsWith("file:")) {
            out.writeStringProperty("uriBaseId", SOURCE_ROOT);
        }
        out.writeEndObject();
        if (origin.line().isPresent()) {
            out.writeObjectPropertyStart("region");
            out.writeNumberProperty("startLine", origin.line().getAsInt());
            if (origin.column().isPresent()) {
                out.writeNumberProperty("startColumn", origin.column().getAsInt());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void writeSuppression(JsonGenerator out, Finding finding) {
        out.writeArrayPropertyStart("suppressions");
        out.writeStartObject();
        out.writeStringProperty("kind", "external");
        out.writeStringProperty("status", "accepted");
        // the waiver in force, as the text and JSON reports name it (session 40: the first covering one, an expired
        // waiver written above its renewal, justified the suppression with its old reason and a past expiry)
        Waiver waiver = TextReportRenderer.inForce(waivers, finding);
        if (waiver != null) {
            out.writeStringProperty("justification", waiver.reason());
            out.writeObjectPropertyStart("properties");
            out.writeStringProperty("expires", waiver.expires().toString());
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndArray();
    }

    private static void writeText(JsonGenerator out, String property, String text) {
        out.writeObjectPropertyStart(property);
        out.writeStringProperty("text", text);
        out.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case NO_GO -> "error";
            case WARN -> "warning";
            case INFO -> "note";
        };
    }

    private Optional<String> artifactUri(String fileName) {
        Path file;
        try {
            file = Path.of(fileName).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.startsWith(workingDirectory)) {
            return Optional.of(file.toUri().toASCIIString());
        }
        StringBuilder relative = new StringBuilder();
        for (Path name : workingDirectory.relativize(file)) {
            if (relative.length() > 0) {
                relative.append('/');
            }
            appendEncoded(relative, name.toString());
        }
        return Optional.of(relative.toString());
    }

    private static void appendEncoded(StringBuilder uri, String name) {
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                uri.append(c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private record Rule(int index, GateResult gate, Finding first) {

        String shortDescription() {
            return gate.description().isBlank() ? "Finding " + first.code() + " of gate " + gate.id()
                    : gate.description();
        }
    }

    /**
     * Builds a {@link SarifReportRenderer}; mutable and not thread-safe.
     */
    public static final class Builder {

        private Path workingDirectory = Path.of("").toAbsolutePath();
        private final List<Waiver> waivers = new ArrayList<>();
        private @Nullable Path fallbackArtifact;

        private Builder() {
        }

        /**
         * Sets the directory that artifact URIs are relative to, usually the repository root so code scanning finds
         * the files; files outside it get absolute {@code file:} URIs. Default: the process's working directory.
         *
         * @param workingDirectory the directory
         * @return this builder
         */
        public Builder workingDirectory(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory")
                    .toAbsolutePath().normalize();
            return this;
        }

        /**
         * Adds the waivers the run applied, so a waived finding's suppression carries the waiver's reason.
         *
         * @param waivers the waivers
         * @return this builder
         */
        public Builder waivers(Iterable<Waiver> waivers) {
            waivers.forEach(waiver -> this.waivers.add(Objects.requireNonNull(waiver, "waiver")));
            return this;
        }

        /**
         * Sets the file a finding is placed on when its value came from no file (a missing required key, an unused
         * waiver, the environment), without a line: code scanning (GitHub's among them) shows only results with a
         * file. The Maven plugin passes the project's {@code pom.xml}. Default: none, such findings carry their key
         * as a logical location only.
         *
         * @param fallbackArtifact the file
         * @return this builder
         */
        public Builder fallbackArtifact(Path fallbackArtifact) {
            this.fallbackArtifact = Objects.requireNonNull(fallbackArtifact, "fallbackArtifact");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the renderer
         */
        public SarifReportRenderer build() {
            return new SarifReportRenderer(this);
        }
    }
}

package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.Gate;
import dev.readiness.Gates;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the real executable jar, built in the package phase, as a subprocess: {@code java -jar} for everything the
 * jar does alone, and {@code java -cp jar:test-classes dev.readiness.cli.Main} where a test needs a deterministic
 * verdict from {@link ScriptedGate}, a user gate found through {@link java.util.ServiceLoader} as documented.
 */
class CliJarIT {

    /** A secret planted in files; no four characters of it may appear in any output. */
    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";

    /** A waiver expiry within the one-year horizon. */
    private static final String SOON = java.time.LocalDate.now().plusMonths(6).toString();

    private static final Path JAR = Path.of(System.getProperty("readiness.cli.jar", "target/missing.jar"));
    private static final String TEST_GATES = System.getProperty("readiness.cli.test-gates", "target/test-classes");

    @TempDir
    Path directory;

    record Run(int status, String out, String err) {

        Map<String, Object> json() {
            return Json.object(Json.parse(out));
        }

        String output() {
            return out + err;
        }
    }

    private Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    private Run withScriptedGate(String... args) throws Exception {
        return withScriptedGate(List.of(), args);
    }

    private Run withScriptedGate(List<String> jvmOptions, String... args) throws Exception {
        return withScriptedGate(null, jvmOptions, args);
    }

    private Run withScriptedGate(@Nullable Path stdin, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", JAR + File.pathSeparator + TEST_GATES, Main.class.getName()));
        command.addAll(List.of(args));
        return exec(command, stdin);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Run exec(List<String> command) throws Exception {
        return exec(command, null);
    }

    private Run exec(List<String> command, @Nullable Path stdin) throws Exception {
        Path out = Files.createTempFile(directory, "stdout", ".txt");
        Path err = Files.createTempFile(directory, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        builder.environment().put("SCRIPTED_FROM_ENVIRONMENT", "NO_GO");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 60 s: " + command);
        }
        return new Run(process.exitValue(), read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertCannotRun(Run run, String... expected) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("readiness: ").contains(expected).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
    }

    private static void assertNoCanary(Run run) {
        for (int i = 0; i + 4 <= CANARY.length(); i++) {
            String fragment = CANARY.substring(i, i + 4);
            assertThat(run.output()).as("fragment %s of the canary", fragment).doesNotContain(fragment);
        }
    }

    // --- entities of a packaged application ---

    @Test
    void checkOfAPackagedJarShouldJudgeItsEntitiesWithTheClassFileReaderItShips() throws Exception {
        Path app = directory.resolve("orders.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(app))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/application.properties"));
            zip.write("readiness.tenant.attributes=organizationId\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/com/acme/Invoice.class"));
            org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
            writer.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, "com/acme/Invoice",
                    null, "java/lang/Object", null);
            writer.visitAnnotation("Ljakarta/persistence/Entity;", true).visitEnd();
            writer.visitField(0, "number", "Ljava/lang/String;", null, null).visitEnd();
            writer.visitEnd();
            zip.write(writer.toByteArray());
        }

        Run run = jar("check", "--app", "orders.jar", "--format", "json");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\" : \"tenant.missing-key\"", "com.acme.Invoice");
        assertThat(run.err()).isEmpty();
    }

    // --- exit status ---

    @Test
    void checkWhenTheFileIsCleanShouldExitZero() throws Exception {
        file("clean.env", "APP_NAME=orders\nSERVER_PORT=8080\nLOG_LEVEL=info\n");
        Run run = jar("check", "--env-file", "clean.env");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.out()).startsWith("readiness ").contains(" for production: ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkWhenTheVerdictIsWarnShouldExitOneOnlyWithFailOnWarn() throws Exception {
        String unused = "nothing.matches=" + SOON + ":kept for the test";
        file("other.env", "APP_NAME=orders\n");
        Run reported = jar("check", "--env-file", "other.env", "--waiver", unused);
        assertThat(reported.status()).as(reported.output()).isZero();
        assertThat(reported.out()).contains("waiver.unused");
        Run blocked = jar("check", "--env-file", "other.env", "--waiver", unused, "--fail-on", "warn");
        assertThat(blocked.status()).as(blocked.output()).isEqualTo(1);
        assertThat(blocked.out()).startsWith("readiness WARN for production").contains("blocking: fail-on WARN");
    }

    @Test
    void checkWhenAGateSaysNoGoShouldExitOneWhereTheStageEnforces() throws Exception {
        file("prod.env", "APP_NAME=orders\nSCRIPTED_BLOCKER=NO_GO\n");
        assertThat(withScriptedGate("check", "--env-file", "prod.env").status()).isEqualTo(1);
        assertThat(withScriptedGate("check", "--env-file", "prod.env", "--stage", "staging").status()).isEqualTo(1);
        assertThat(withScriptedGate("check", "--env-file", "prod.env", "--stage", "development").status()).isZero();
        assertThat(withScriptedGate("check", "--env-file", "prod.env", "--stage", "test").status()).isZero();
        assertThat(withScriptedGate("check", "--env-file", "prod.env", "--stage", "test", "--fail-on", "no-go")
                .status()).isEqualTo(1);
    }

    @Test
    void checkWhenTheNoGoIsWaivedShouldExitZeroAndReportItWaived() throws Exception {
        file("prod.env", "SCRIPTED_BLOCKER=NO_GO\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json",
                "--waiver", "scripted.finding:SCRIPTED_BLOCKER=" + SOON + ":accepted for the test");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(findings(run.json())).singleElement()
                .satisfies(finding -> assertThat(finding).containsEntry("waived", true));
    }

    @Test
    void checkWhenARequiredKeyIsMissingShouldExitOneThroughTheSettingsGate() throws Exception {
        assumeTrue(Gates.discover().stream().anyMatch(gate -> gate.id().equals("settings")),
                "the built-in settings gate is not on this branch yet");
        file("prod.env", "APP_NAME=orders\n");
        Run run = jar("check", "--env-file", "prod.env", "--require", "APP_NAME,READINESS_CLI_MISSING_KEY",
                "--format", "json");
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        Map<String, Object> gate = Json.array(run.json().get("gates")).stream().map(Json::object)
                .filter(g -> g.get("id").equals("settings")).findFirst().orElseThrow();
        assertThat(gate).containsEntry("status", "NO_GO");
        assertThat(Json.array(gate.get("findings")).stream().map(Json::object).map(f -> f.get("subject")))
                .containsExactly("READINESS_CLI_MISSING_KEY");
    }

    @Test
    void checkWhenTheFileHoldsAWaiverShouldApplyItAsBootWould() throws Exception {
        file("prod.env", """
                SCRIPTED_BLOCKER=NO_GO
                READINESS_WAIVERS_0_CODE=scripted.finding
                READINESS_WAIVERS_0_REASON=accepted for the test
                READINESS_WAIVERS_0_EXPIRES=%s
                """.formatted(SOON));
        Run run = withScriptedGate("check", "--env-file", "prod.env");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.out()).contains("waived");
    }

    @Test
    void checkShouldNotReadTheProcessEnvironmentUnlessAskedTo() throws Exception {
        Path other = Files.writeString(directory.resolve("other.env"), "OTHER=1\n");
        assertThat(withScriptedGate("check", "--env-file", other.toString()).status()).isZero();
        Run run = withScriptedGate("check", "--include-env");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("environment variable SCRIPTED_FROM_ENVIRONMENT");
    }

    // --- formats ---

    @Test
    void checkAsJsonShouldPrintTheContractObjectAndNothingElse() throws Exception {
        file("prod.env", "# comment\nSCRIPTED_BLOCKER=NO_GO\nSCRIPTED_NOTE=WARN\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        Map<String, Object> report = run.json();
        assertThat(report).containsEntry("verdict", "NO_GO").containsEntry("stage", "production");
        Map<String, Object> gate = Json.array(report.get("gates")).stream().map(Json::object)
                .filter(g -> g.get("id").equals("scripted")).findFirst().orElseThrow();
        assertThat(gate).containsEntry("status", "NO_GO");
        assertThat(gate.get("durationMillis")).isInstanceOf(BigDecimal.class);
        assertThat(((BigDecimal) gate.get("durationMillis")).signum()).isNotNegative();
        List<Map<String, Object>> findings = Json.array(gate.get("findings")).stream().map(Json::object).toList();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0))
                .containsEntry("code", "scripted.finding")
                .containsEntry("severity", "NO_GO")
                .containsEntry("subject", "SCRIPTED_BLOCKER")
                .containsEntry("origin", "prod.env:2")
                .containsEntry("message", "SCRIPTED_BLOCKER asks for a NO-GO finding.")
                .containsEntry("remediation", "Remove SCRIPTED_BLOCKER from the file.")
                .containsEntry("waived", false);
        assertThat(findings.get(1)).containsEntry("severity", "WARN").containsEntry("origin", "prod.env:3");
    }

    @Test
    void checkAsJsonShouldRunEveryBuiltInGateOfCore() throws Exception {
        Set<String> builtIn = Gates.discover().stream().map(Gate::id).filter(id -> !id.equals("scripted"))
                .collect(Collectors.toSet());
        file("other.env", "APP_NAME=orders\n");
        Run run = jar("check", "--env-file", "other.env", "--format", "json");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(Json.array(run.json().get("gates")).stream().map(Json::object).map(g -> (String) g.get("id")))
                .containsExactlyInAnyOrderElementsOf(builtIn);
    }

    @Test
    void checkAsTextShouldPutTheSummaryFirstAndTheRemediationUnderTheNoGo() throws Exception {
        file("prod.env", "SCRIPTED_BLOCKER=NO_GO\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env");
        assertThat(run.status()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches(
                "readiness NO-GO for production: \\d+ NO-GO, \\d+ WARN in \\d+ gates? \\(blocking: fail-on NO-GO\\)");
        int gateLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("NO-GO  scripted")).findFirst()
                .orElseThrow());
        assertThat(lines.get(gateLine + 1)).contains("scripted.finding", "SCRIPTED_BLOCKER", "prod.env:1");
        assertThat(lines.get(gateLine + 3).strip()).isEqualTo("-> Remove SCRIPTED_BLOCKER from the file.");
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void checkWhenAGateThrowsShouldLogOnStandardErrorAndKeepTheJsonClean() throws Exception {
        file("prod.env", "SCRIPTED_THROW=" + CANARY + "\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(findings(run.json())).singleElement()
                .satisfies(finding -> assertThat(finding).containsEntry("code", "gate.failed"));
        assertThat(run.err()).contains("scripted");
        assertNoCanary(run);
    }

    @Test
    void checkWhenAGateThreadKeepsPrintingAfterTheCheckShouldPrintNoPartOfTheValue() throws Exception {
        // session 24: once the capture of what gates print closed, a gate thread that outlived the check printed
        // through the streams given back, unscrubbed, until the child halted
        file("prod.env", "SCRIPTED_LINGER=API_TOKEN\nAPI_TOKEN=" + CANARY + "\nAPP_NAME=orders\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertNoCanary(run);
    }

    @Test
    void checkWhenAUserGatePrintsASettingsValueShouldScrubItOnStandardError() throws Exception {
        // session 24: a gate's own output was relayed unscrubbed; now it is scrubbed as findings are
        file("prod.env", "SCRIPTED_ECHO=API_TOKEN\nAPI_TOKEN=" + CANARY + "\nAPP_NAME=orders\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("value: [redacted]", "debug: [redacted]");
        assertNoCanary(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void checkWhenAUserGateWritesToTheFileDescriptorsShouldPrintNoPartOfTheValueAndKeepTheReportWhole(String format)
            throws Exception {
        // session 26: the child inherited the check's standard output and error, so a gate writing to
        // FileDescriptor.out or .err (past the capture of System.out and System.err) printed the value raw, and its
        // line stood before the JSON or SARIF on standard output
        file("prod.env", "SCRIPTED_RAW=API_TOKEN\nAPI_TOKEN=" + CANARY + "\nAPP_NAME=orders\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", format);
        assertThat(run.status()).as(run.err()).isZero();
        assertNoCanary(run);
        assertThat(run.out()).startsWith(format.equals("text") ? "readiness GO" : "{").doesNotContain("raw:");
        assertThat(run.err()).contains("not shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void checkWhenAUserGatePrintsShouldSendItToStandardErrorAndKeepTheReportClean(String format) throws Exception {
        file("prod.env", "SCRIPTED_PRINT=yes\nAPP_NAME=orders\n");
        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", format);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{").doesNotContain("a line a gate printed");
        assertThat(run.json()).isNotNull();
        assertThat(run.err()).contains("a line a gate printed");
    }

    @Test
    void checkWhenFilesRepeatAKeyShouldLetTheEnvironmentWinThenTheLaterFileAndKeepItsOrigin() throws Exception {
        file("base.properties", "SCRIPTED_LEVEL=NO_GO\n");
        file("override.properties", "SCRIPTED_LEVEL=WARN\n");
        file("prod.env", "APP_NAME=orders\nSCRIPTED_LEVEL=WARN\n");
        for (List<String> order : List.of(List.of("--properties", "base.properties", "--env-file", "prod.env"),
                List.of("--env-file", "prod.env", "--properties", "base.properties"))) {
            List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
            args.addAll(order);
            Run run = withScriptedGate(args.toArray(String[]::new));
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(findings(run.json())).singleElement().satisfies(finding -> assertThat(finding)
                    .containsEntry("severity", "WARN").containsEntry("origin", "prod.env:2"));
        }
        Run later = withScriptedGate("check", "--properties", "base.properties", "--properties", "override.properties",
                "--format", "json");
        assertThat(later.status()).isZero();
        assertThat(findings(later.json())).singleElement().satisfies(finding -> assertThat(finding)
                .containsEntry("origin", "override.properties:1"));
        Run reversed = withScriptedGate("check", "--properties", "override.properties", "--properties",
                "base.properties", "--format", "json");
        assertThat(reversed.status()).isEqualTo(1);
        assertThat(findings(reversed.json())).singleElement().satisfies(finding -> assertThat(finding)
                .containsEntry("severity", "NO_GO").containsEntry("origin", "base.properties:1"));
    }

    /** The findings of the scripted gate, whatever the built-in gates found. */
    private static List<Map<String, Object>> findings(Map<String, Object> report) {
        return Json.array(report.get("gates")).stream().map(Json::object)
                .filter(gate -> gate.get("id").equals("scripted"))
                .flatMap(gate -> Json.array(gate.get("findings")).stream().map(Json::object)).toList();
    }

    private static List<Map<String, Object>> allFindings(Map<String, Object> report) {
        return Json.array(report.get("gates")).stream().map(Json::object)
                .flatMap(gate -> Json.array(gate.get("findings")).stream().map(Json::object)).toList();
    }

    // --- the command cannot run ---

    @Test
    void checkWhenTheFileIsMissingShouldExitTwo() throws Exception {
        assertCannotRun(jar("check", "--env-file", "missing.env"), "missing.env");
    }

    @Test
    void checkWhenTheFileIsADirectoryShouldExitTwo() throws Exception {
        Files.createDirectory(directory.resolve("conf"));
        assertCannotRun(jar("check", "--properties", "conf"), "conf");
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("quote.env", ("A=1\nB=2\nPASSWORD=\"" + CANARY + "\nC=3\n").getBytes(StandardCharsets.UTF_8),
                        "quote.env:3"),
                Arguments.of("noequals.env", ("A=1\n" + CANARY + "\n").getBytes(StandardCharsets.UTF_8),
                        "noequals.env:2"),
                Arguments.of("latin1.env", concat(("A=1\nSECRET=" + CANARY).getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xE9, (byte) 0xFF, '\n'}), "latin1.env"),
                Arguments.of("escape.properties", ("a=1\nb=2\nsecret=" + CANARY + "\\uZZZZ\n")
                        .getBytes(StandardCharsets.UTF_8), "escape.properties:3"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void checkWhenTheFileIsMalformedShouldExitTwoNamingFileAndLineButNoValue(String name, byte[] content,
            String expected) throws Exception {
        Files.write(directory.resolve(name), content);
        String option = name.endsWith(".properties") ? "--properties" : "--env-file";
        Run run = jar("check", option, name);
        assertCannotRun(run, expected);
        assertNoCanary(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "--stage=moon", "--fail-on=go", "--format=xml", "--waiver=a.b"})
    void checkWhenAnOptionIsWrongShouldExitTwoNamingIt(String option) throws Exception {
        assertCannotRun(jar("check", option), option.split("=")[0]);
    }

    @Test
    void checkWhenTheFileHoldsAMalformedWaiverShouldExitTwoWithoutItsValue() throws Exception {
        file("prod.env", "READINESS_WAIVERS_0_CODE=scripted.finding\nREADINESS_WAIVERS_0_REASON=why\n"
                + "READINESS_WAIVERS_0_EXPIRES=" + CANARY + "\n");
        Run run = jar("check", "--env-file", "prod.env");
        assertCannotRun(run, "READINESS_WAIVERS_0_EXPIRES (prod.env:3)");
        assertNoCanary(run);
    }

    // --- help and version ---

    @Test
    void helpShouldPrintUsageAndExitZero() throws Exception {
        Run run = jar("check", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: readiness check", "--env-file FILE", "Exit status:");
        assertThat(jar("--help").status()).isZero();
    }

    @Test
    void versionShouldPrintTheProjectVersionAndExitZero() throws Exception {
        Run run = jar("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("readiness-cli " + System.getProperty("readiness.cli.version") + " ");
    }

    // --- no secret in any output ---

    static Stream<List<String>> everyMode() {
        return Stream.of(
                List.of("--format", "text"),
                List.of("--format", "json"),
                List.of("--format", "json", "--stage", "development"),
                List.of("--format", "text", "--fail-on", "warn", "--stage", "staging"),
                List.of("--format", "json", "--require", "JWT_SECRET,MISSING_KEY"));
    }

    @ParameterizedTest
    @MethodSource("everyMode")
    void checkShouldNeverPrintTheCanarySecret(List<String> mode) throws Exception {
        file("prod.env", "APP_NAME=orders\nJWT_SECRET=" + CANARY + "\nAPI_KEY=\"" + CANARY + "\"\n"
                + "DATABASE_URL=postgres://app:" + CANARY + "@db.internal:5432/orders\nSCRIPTED_X=NO_GO\n");
        file("app.properties", "spring.datasource.password=" + CANARY + "\nstripe.secret-key=sk_live_" + CANARY + "\n");
        List<String> args = new ArrayList<>(List.of("check", "--env-file", "prod.env", "--properties",
                "app.properties"));
        args.addAll(mode);
        assertNoCanary(jar(args.toArray(String[]::new)));
        assertNoCanary(withScriptedGate(args.toArray(String[]::new)));
    }

    // --- fail closed (issue 13) ---

    @ParameterizedTest
    @ValueSource(strings = {"SCRIPTED_EXIT=0", "SCRIPTED_HALT=0", "SCRIPTED_EXIT=1", "SCRIPTED_HALT=78"})
    void checkWhenAGateEndsTheJvmShouldExitTwoWithOneLineSayingNoVerdictWasReached(String ending) throws Exception {
        file("prod.env", ending + "\nSCRIPTED_OTHER=NO_GO\nJWT_SECRET=" + CANARY + "\n");
        String status = ending.substring(ending.indexOf('=') + 1);

        Run run = withScriptedGate("check", "--env-file", "prod.env");

        assertCannotRun(run, "the check process ended with status " + status + " without finishing its report",
                "Runtime.halt", "System.exit", "no verdict was reached");
        assertNoCanary(run);
    }

    @Test
    void checkWhenAGateForgesAReceiptWithoutTheKeyShouldStillExitTwo() throws Exception {
        file("prod.env", "SCRIPTED_FORGE=1\nSCRIPTED_OTHER=WARN\n");

        Run run = withScriptedGate("check", "--env-file", "prod.env");

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("scripted: key on disk false, property false",
                "readiness: the check process ended with status 0 without finishing its report (a gate ended the JVM"
                        + " with Runtime.halt or System.exit, or the process was killed); no verdict was reached");
    }

    @Test
    void checkWhenAUserGateSaysNoGoShouldPrintTheReportOfAnInProcessRunAndExitOne() throws Exception {
        file("prod.env", "SCRIPTED_BLOCKER=NO_GO\nSCRIPTED_NOTE=WARN\nPAYMENT_URL=https://api.sandbox.paypal.com\n");
        String[] args = {"check", "--env-file", "prod.env", "--include-env"};
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.put("SCRIPTED_FROM_ENVIRONMENT", "NO_GO");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String[] inProcessArgs = args.clone();
        inProcessArgs[2] = directory.resolve("prod.env").toString();

        Run forked = withScriptedGate(args);
        int inProcess = Cli.execute(inProcessArgs, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), environment);

        assertThat(forked.status()).as(forked.output()).isEqualTo(1).isEqualTo(inProcess);
        assertThat(withoutTimes(forked.out())).isEqualTo(withoutTimes(out.toString(StandardCharsets.UTF_8))
                .replace(directory.resolve("prod.env").toString(), "prod.env"));
        assertThat(forked.out()).contains("SCRIPTED_BLOCKER", "SCRIPTED_FROM_ENVIRONMENT", "sandbox");
        assertThat(forked.err()).isEqualTo(err.toString(StandardCharsets.UTF_8));
    }

    private static String withoutTimes(String report) {
        return report.replaceAll("\\(\\d+\\.\\d ms\\)", "(t ms)");
    }

    @Test
    void checkWithAUserGateShouldReadManifestsFromStandardInputThroughTheCheckProcess() throws Exception {
        Path manifests = file("deploy.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: api}
                spec:
                  containers:
                    - name: api
                      env: [{name: SCRIPTED_FROM_MANIFEST, value: NO_GO}]
                """);

        Run run = withScriptedGate(manifests, List.of(), "check", "--k8s", "-", "--format", "json");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(findings(run.json())).extracting(finding -> finding.get("origin")).containsExactly("<stdin>:7");
    }

    @Test
    void checkShouldStartACheckProcessOnlyWhenAGateOtherThanTheBuiltInOnesWouldRun() throws Exception {
        file("prod.env", "APP_NAME=orders\n");
        Path logs = Files.createDirectory(directory.resolve("jvm-logs"));
        String everyJvmLogs = "-Xlog:safepoint=off:file=" + logs.resolve("jvm-%p.log");

        Run builtIn = exec(List.of(java(), everyJvmLogs, "-jar", JAR.toString(), "check", "--env-file", "prod.env"));
        long builtInJvms;
        try (Stream<Path> files = Files.list(logs)) {
            builtInJvms = files.count();
        }
        Run withUserGate = withScriptedGate(List.of(everyJvmLogs), "check", "--env-file", "prod.env");
        long allJvms;
        try (Stream<Path> files = Files.list(logs)) {
            allJvms = files.count();
        }

        assertThat(builtIn.status()).as(builtIn.output()).isZero();
        assertThat(withUserGate.status()).as(withUserGate.output()).isZero();
        assertThat(builtInJvms).isEqualTo(1);
        assertThat(allJvms - builtInJvms).isEqualTo(2);
    }

    @Test
    void checkWhenTheCheckProcessNeverEndsShouldStopItAfterTheDeadlineAndMarginAndExitTwo() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "SIGSTOP is POSIX");
        file("prod.env", "SCRIPTED_STOP=1\nSCRIPTED_OTHER=WARN\n");
        long start = System.nanoTime();

        Run run = withScriptedGate(List.of("-D" + CheckProcess.MARGIN_PROPERTY + "=2s"), "check", "--env-file",
                "prod.env", "--deadline", "3s");

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(45);
        assertCannotRun(run, "the check process did not end within 5 s", "it was stopped");
    }

    @Test
    void checkWhenAGateConstructorBlocksShouldReportGateTimeoutByTheDeadline() throws Exception {
        file("prod.env", "APP_NAME=orders\n");
        long start = System.nanoTime();

        Run run = withScriptedGate(List.of("-Dscripted.block-constructor=600000"), "check", "--env-file", "prod.env",
                "--gate-timeout", "2s", "--deadline", "6s", "--format", "json");

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(allFindings(run.json())).filteredOn(finding -> "gate.timeout".equals(finding.get("code")))
                .filteredOn(finding -> ((String) finding.get("message")).contains(ScriptedGate.class.getName()))
                .singleElement().satisfies(finding -> assertThat((String) finding.get("message"))
                        .contains("its constructor"));
    }

    @Test
    void checkWithGateTimeoutShouldTurnASlowGateIntoGateTimeoutAndOtherwiseLetItFinish() throws Exception {
        file("prod.env", "SCRIPTED_SLEEP=1500\n");

        Run slow = withScriptedGate("check", "--env-file", "prod.env", "--gate-timeout", "300ms", "--format", "json");
        Run patient = withScriptedGate("check", "--env-file", "prod.env", "--gate-timeout", "10s", "--format", "json");

        assertThat(slow.status()).isEqualTo(1);
        assertThat(allFindings(slow.json())).extracting(finding -> finding.get("code")).contains("gate.timeout");
        assertThat(patient.status()).as(patient.output()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gate-timeout=0s", "--deadline=-5s", "--deadline=soon", "--gate-timeout=2h"})
    void checkWhenATimeLimitIsInvalidShouldExitTwoNamingTheOption(String option) throws Exception {
        file("prod.env", "APP_NAME=orders\n");

        assertCannotRun(jar("check", "--env-file", "prod.env", option), option.substring(0, option.indexOf('=')));
    }

    @Test
    void checkShouldShowEveryExemptionInTheJudgedFileWithItsLine() throws Exception {
        file("prod.env", "PAYMENT_URL=https://api.sandbox.paypal.com\nREADINESS_SANDBOX_EXCLUDE_KEYS=*\n"
                + "READINESS_SECRETS_EXCLUDE_KEYS=JWT_SECRET\nJWT_SECRET=changeme\n");

        Run text = jar("check", "--env-file", "prod.env");
        Run json = jar("check", "--env-file", "prod.env", "--format", "json");

        assertThat(text.out().lines().findFirst().orElseThrow()).contains("2 exemptions");
        assertThat(text.out()).contains("exemption.excluded").contains("READINESS_SANDBOX_EXCLUDE_KEYS")
                .contains("prod.env:2").contains("prod.env:3");
        assertThat(allFindings(json.json())).filteredOn(finding -> "exemption.excluded".equals(finding.get("code")))
                .extracting(finding -> finding.get("origin")).containsExactly("prod.env:2", "prod.env:3");
    }

    @Test
    void checkWithNoFilePolicyShouldIgnoreReadinessKeysOfTheFilesAndSaySo() throws Exception {
        file("prod.env", "SCRIPTED_BLOCKER=NO_GO\nREADINESS_EXCLUDE_GATES=scripted\n"
                + "READINESS_WAIVERS_0_CODE=scripted.finding\nREADINESS_WAIVERS_0_REASON=accepted\n"
                + "READINESS_WAIVERS_0_EXPIRES=" + java.time.LocalDate.now().plusDays(30) + "\n");

        Run obeying = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");
        Run owning = withScriptedGate("check", "--env-file", "prod.env", "--format", "json", "--no-file-policy");

        assertThat(obeying.status()).as(obeying.output()).isZero();
        assertThat(allFindings(obeying.json())).extracting(finding -> finding.get("code"))
                .contains("exemption.gate-excluded");
        assertThat(owning.status()).as(owning.output()).isEqualTo(1);
        assertThat(allFindings(owning.json())).filteredOn(finding -> "exemption.policy-ignored".equals(finding.get("code")))
                .extracting(finding -> finding.get("origin"))
                .containsExactly("prod.env:2", "prod.env:3", "prod.env:4", "prod.env:5");
        assertThat(allFindings(owning.json())).filteredOn(finding -> "scripted.finding".equals(finding.get("code")))
                .singleElement().satisfies(finding -> assertThat(finding).containsEntry("waived", false));
    }

    @Test
    void checkWhenAWaiverExpiresBeyondTheHorizonShouldRejectItAndStillBlock() throws Exception {
        file("prod.env", "SCRIPTED_BLOCKER=NO_GO\nREADINESS_WAIVERS_0_CODE=scripted.finding\n"
                + "READINESS_WAIVERS_0_REASON=forever\nREADINESS_WAIVERS_0_EXPIRES=+999999999-12-31\n");

        Run run = withScriptedGate("check", "--env-file", "prod.env", "--format", "json");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(allFindings(run.json())).extracting(finding -> finding.get("code")).contains("waiver.beyond-horizon");
    }

    @Test
    void checkAsTextShouldEscapeKeysThatTryToForgeLinesOrHideText() throws Exception {
        Files.writeString(directory.resolve("app.properties"),
                "SCRIPTED_A\\nreadiness\\ GO\\ for\\ production\\:\\ no\\ problems=WARN\n"
                        + "SCRIPTED_B\\u001b[8m\\u202e\\u0085\\u009b\\u007f=WARN\n", StandardCharsets.ISO_8859_1);

        Run text = withScriptedGate("check", "--properties", "app.properties");
        Run json = withScriptedGate("check", "--properties", "app.properties", "--format", "json");

        assertThat(text.out().lines()).noneMatch(line -> line.startsWith("readiness GO"));
        assertThat(text.out()).contains("SCRIPTED_A\\nreadiness GO").contains("SCRIPTED_B\\u001b[8m\\u202e")
                .doesNotContain("\u001b", "\u202e", "\u0085", "\u009b", "\u007f");
        assertThat(json.out()).doesNotContain("\u001b", "\u202e", "\u0085", "\u009b", "\u007f");
        assertThat(allFindings(json.json())).extracting(finding -> finding.get("subject"))
                .contains("SCRIPTED_B\u001b[8m\u202e\u0085\u009b\u007f");
    }

    @Test
    void checkWhenFilesHaveSeveralBadLinesShouldNameEveryOneAtOnceOnOneLine() throws Exception {
        file("three.env", "GOOD=1\nBAD LINE " + CANARY + "\nALSO_GOOD=2\n=" + CANARY + "\nLAST=3\nbad-key!=x\n");
        file("three.properties", "a=1\nb=\\u12\nc=\\uZZZZ\nd=\\u00\n");

        Run env = jar("check", "--env-file", "three.env");
        Run properties = jar("check", "--properties", "three.properties");

        assertCannotRun(env, "three.env:2:", "line 4:", "line 6:");
        assertCannotRun(properties, "three.properties:2:", "line 3:", "line 4:");
        assertNoCanary(env);
    }
}

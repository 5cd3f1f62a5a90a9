package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal's own logic, in process, on throwaway projects; the invoker builds in {@code src/it} run it inside Maven.
 */
class CheckMojoTests {

    private static final String WITHIN_HORIZON = java.time.LocalDate.now().plusMonths(6).toString();

    private static final String CANARY = "Qv7rT2mXk9" + "Lp4sWd8nZc";

    @TempDir
    Path project;

    private CheckMojo mojo(String... profiles) {
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = project.toFile();
        mojo.executionRootDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("target/readiness").toFile();
        mojo.profiles = new ArrayList<>(List.of(profiles));
        return mojo;
    }

    private void write(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private void badProductionProfile() throws Exception {
        write("src/main/resources/application.yml", "spring:\n  application:\n    name: orders\n");
        write("src/main/resources/application-prod.yml", "app:\n  jwt:\n    secret: " + CANARY.substring(0, 10) + "\n");
    }

    @Test
    void goodConfigurationPassesAndWritesTheRequestedReports() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=orders\n");
        CheckMojo mojo = mojo("prod");
        mojo.formats = List.of("text,json", "sarif");

        mojo.execute();

        assertThat(project.resolve("target/readiness/readiness.json")).content().contains("\"verdict\" : \"GO\"");
        assertThat(project.resolve("target/readiness/readiness.sarif")).content().contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void jsonReportShouldCarryUnderAWaivedFindingTheWaiversExpiryAndReason() throws Exception {
        // Session 24: a CI script turning readiness.json into a PR comment could not say until when nor why.
        write("src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://localhost:5432/orders\n");
        CheckMojo mojo = mojo("prod");
        mojo.formats = List.of("json");
        mojo.waivers = List.of(new Waiver("database.loopback", "spring.datasource.url", "Cloud SQL proxy (OPS-142)",
                WITHIN_HORIZON));

        mojo.execute();

        assertThat(project.resolve("target/readiness/readiness.json")).content().contains("\"waived\" : true",
                "\"waiver\" : {", "\"expires\" : \"" + WITHIN_HORIZON + "\"", "\"reason\" : \"Cloud SQL proxy (OPS-142)\"");
    }

    @Test
    void badProductionProfileFailsWithNumberedProblemsNamingFileAndLineAndNoValue() throws Exception {
        badProductionProfile();
        CheckMojo mojo = mojo("prod");
        mojo.formats = List.of("sarif");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness NO-GO for production")
                .hasMessageContaining("[1] ")
                .hasMessageContaining("app.jwt.secret")
                .hasMessageContaining("application-prod.yml:3:13")
                .hasMessageNotContaining(CANARY.substring(0, 4));
        assertThat(project.resolve("target/readiness/readiness.sarif")).content()
                .contains("\"uri\" : \"src/main/resources/application-prod.yml\"", "\"startLine\" : 3")
                .doesNotContain(CANARY.substring(0, 4));
    }

    /** The lines a goal logs, with their level. */
    private static final class RecordingLog extends SystemStreamLog {

        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        long count(String level, String text) {
            return lines.stream().filter(line -> line.startsWith(level) && line.contains(text)).count();
        }
    }

    @Test
    void failedBuildShouldListEachProblemOnceAndWaivedOrInfoFindingsNotAsErrors() throws Exception {
        badProductionProfile();
        write("src/main/resources/application-prod.properties",
                "spring.datasource.url=jdbc:postgresql://localhost:5432/orders\nmail.password=${MAIL_PASSWORD}\n");
        CheckMojo mojo = mojo("prod");
        mojo.waivers = List.of(new Waiver("database.loopback", "spring.datasource.url", "tunnel", WITHIN_HORIZON));
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("readiness NO-GO for production")
                        .contains("problem [1] is listed above")
                        .doesNotContain("app.jwt.secret"));
        String all = String.join("\n", log.lines);
        assertThat(log.count("[ERROR]", "[1] NO-GO")).as(all).isEqualTo(1);
        assertThat(all).doesNotContain("[2]").doesNotContain(CANARY.substring(0, 4));
        assertThat(log.count("[INFO]", "waived database.loopback")).as(all).isEqualTo(1);
        // the waiver's expiry and reason under the waived finding (left open by sessions 21 to 23)
        assertThat(log.count("[INFO]", "waived until " + WITHIN_HORIZON + ": tunnel")).as(all).isEqualTo(1);
        assertThat(log.count("[INFO]", "settings.deferred")).as(all).isEqualTo(1);
        assertThat(log.lines).filteredOn(line -> line.startsWith("[ERROR]"))
                .noneMatch(line -> line.contains("database.loopback") || line.contains("settings.deferred")
                        || line.contains("GO     "));
    }

    @Test
    void aWaiversReasonQuotingASecretShouldBeLoggedAndWrittenToSarifScrubbed() throws Exception {
        // session 24: a reason is free text; the log (under the waived finding) and SARIF's justification printed it
        write("src/main/resources/application.properties", "app.jwt.secret=changeme\napp.api-token=" + CANARY
                + "\n");
        CheckMojo mojo = mojo();
        mojo.formats = List.of("text", "sarif");
        // forty-sixth pass: the placeholder beside it makes the literal token secrets.shared-default, a NO-GO
        mojo.waivers = List.of(new Waiver("secrets.placeholder", "app.jwt.secret", "rotated with " + CANARY
                + " on deploy", WITHIN_HORIZON), new Waiver("secrets.shared-default", "app.api-token",
                "replaced by the deploy", WITHIN_HORIZON));
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        String all = String.join("\n", log.lines);
        assertThat(all).contains("waived until " + WITHIN_HORIZON + ": rotated with [redacted] on deploy")
                .doesNotContain(CANARY.substring(0, 6));
        assertThat(Files.readString(project.resolve("target/readiness/readiness.sarif")))
                .contains("\"justification\" : \"rotated with [redacted] on deploy\"")
                .doesNotContain(CANARY.substring(0, 6));
    }

    @Test
    void aSpringBootTwoProjectsLegacyProfilesKeyShouldBeReadAndWarnedAbout() throws Exception {
        write("src/main/resources/application.yml", "spring:\n  application:\n    name: orders\n---\nspring:\n"
                + "  profiles: prod\napp:\n  jwt:\n    secret: changeme\n");
        CheckMojo mojo = mojo("prod");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness NO-GO for production");
        assertThat(log.count("[WARNING]", "application.yml:6:13: spring.profiles is read as"
                + " spring.config.activate.on-profile")).as(String.join("\n", log.lines)).isEqualTo(1);
        assertThat(log.count("[ERROR]", "app.jwt.secret")).isEqualTo(1);
    }

    @Test
    void theCompiledEntitiesTenantScopingIsJudgedWithTheConfiguration() throws Exception {
        write("src/main/resources/application.properties", "readiness.tenant.attributes=organizationId\n");
        Path classes = Files.createDirectories(project.resolve("target/classes/com/acme/orders"));
        Files.write(classes.resolve("PurchaseOrder.class"), entity("com/acme/orders/PurchaseOrder", "organizationId"));
        Files.write(classes.resolve("Invoice.class"), entity("com/acme/orders/Invoice", "number"));
        RecordingLog log = new RecordingLog();
        CheckMojo mojo = mojo("prod");
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.count("[ERROR]", "tenant.missing-key")).as(String.join("\n", log.lines)).isEqualTo(1);
        assertThat(log.count("[ERROR]", "com.acme.orders.Invoice")).isPositive();
        assertThat(log.count("[ERROR]", "PurchaseOrder")).isZero();
    }

    @Test
    void aProjectWithSourcesButNoClassesSaysItsEntitiesAreNotJudged() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=orders\n");
        Files.createDirectories(project.resolve("src/main/java/com/acme"));
        RecordingLog log = new RecordingLog();
        CheckMojo mojo = mojo("prod");
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.count("[WARNING]", "no compiled classes in")).as(String.join("\n", log.lines)).isEqualTo(1);
    }

    /** A class file as javac writes an {@code @Entity} with an id and one {@code Long} field. */
    private static byte[] entity(String internalName, String field) {
        org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
        writer.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, internalName, null,
                "java/lang/Object", null);
        writer.visitAnnotation("Ljakarta/persistence/Entity;", true).visitEnd();
        writer.visitField(0, "id", "Ljava/lang/Long;", null, null)
                .visitAnnotation("Ljakarta/persistence/Id;", true).visitEnd();
        writer.visitField(0, field, "Ljava/lang/Long;", null, null).visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void withoutTheProfileTheProductionFileIsNotRead() throws Exception {
        badProductionProfile();

        mojo().execute();
    }

    @Test
    void developmentStageReportsButDoesNotFail() throws Exception {
        badProductionProfile();
        CheckMojo mojo = mojo("prod");
        mojo.stage = "development";

        mojo.execute();
    }

    @Test
    void failOnWarnFailsOnAWarning() throws Exception {
        // the shared file, not application-prod.properties: a loopback database in a file named for production is NO-GO
        write("src/main/resources/application.properties", "spring.application.name=orders\n"
                + "spring.datasource.url=jdbc:postgresql://localhost:5432/orders\n");
        write("src/main/resources/application-prod.properties", "server.port=8080\n");
        CheckMojo lenient = mojo("prod");
        lenient.execute();
        CheckMojo strict = mojo("prod");
        strict.failOn = "warn";

        RecordingLog log = new RecordingLog();
        strict.setLog(log);

        assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("problem [1] is listed above");
        assertThat(log.count("[WARNING]", "[1] WARN   database.loopback  spring.datasource.url")).isEqualTo(1);
    }

    @Test
    void waiverFromThePomCoversItsFinding() throws Exception {
        badProductionProfile();
        CheckMojo mojo = mojo("prod");
        mojo.waivers = List.of(new Waiver("secrets.too-weak", "app.jwt.secret", "rotated on Monday", WITHIN_HORIZON));

        mojo.execute();
    }

    @Test
    void findingWithoutAFileIsPlacedOnThePomInTheSarifLog() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=orders\n");
        CheckMojo mojo = mojo("prod");
        mojo.waivers = List.of(new Waiver("secrets.too-weak", null, "kept for the test", WITHIN_HORIZON));
        mojo.formats = List.of("sarif");

        mojo.execute();

        assertThat(project.resolve("target/readiness/readiness.sarif")).content()
                .contains("\"ruleId\" : \"waiver.unused\"", "\"uri\" : \"pom.xml\"");
    }

    @Test
    void envFileWinsOverTheApplicationsFiles() throws Exception {
        badProductionProfile();
        write("deploy/prod.env", "APP_JWT_SECRET=Dc6lORvBBtkDTF7GQ0X9tkYGXx6LcyxLNCbQDP2o2AcGp76S\n");
        CheckMojo mojo = mojo("prod");
        mojo.envFiles = List.of(new File("deploy/prod.env"));

        mojo.execute();
    }

    @Test
    void pomModuleWithoutApplicationFilesHasNothingToJudge() throws Exception {
        CheckMojo parent = mojo("prod");
        parent.packaging = "pom";

        parent.execute();
    }

    @Test
    void pomModuleWhoseEnvFilesHoldOnlyPolicyHasNothingToJudge() throws Exception {
        // Session 24: a parent declaring the goal with a waiver file shared by its modules judged the waivers alone,
        // WARN with every waiver unused, and wrote a target/readiness/readiness.sarif of those
        write(".readiness/waivers.env", """
                READINESS_WAIVERS_0_CODE=database.loopback
                READINESS_WAIVERS_0_SUBJECT=spring.datasource.url
                READINESS_WAIVERS_0_REASON=Cloud SQL Auth Proxy sidecar (OPS-142)
                READINESS_WAIVERS_0_EXPIRES=%s
                """.formatted(WITHIN_HORIZON));
        CheckMojo parent = mojo("prod");
        parent.packaging = "pom";
        parent.envFiles = List.of(new File(".readiness/waivers.env"));
        parent.formats = List.of("text", "sarif");
        RecordingLog log = new RecordingLog();
        parent.setLog(log);

        parent.execute();

        assertThat(String.join("\n", log.lines)).contains("nothing to judge in this pom module")
                .doesNotContain("waiver.unused");
        assertThat(project.resolve("target/readiness/readiness.sarif")).doesNotExist();

        // an env file with a setting of the deploy is still judged alone
        write(".readiness/waivers.env", "RABBITMQ_PASSWORD=guest\n");
        assertThatThrownBy(parent::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness NO-GO for production");
    }

    @Test
    void pomModuleWithManifestsOnlyJudgesTheManifestsAlone() throws Exception {
        // session 23: a parent (or deploy) pom module given a manifest failed with "cannot judge the configuration:
        // : has no application.properties", naming no directory; the CLI judges --k8s alone
        write("deploy/k8s.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: worker
                spec:
                  template:
                    spec:
                      containers:
                        - name: worker
                          image: acme/worker:1
                          env:
                            - name: RABBITMQ_PASSWORD
                              value: guest
                """);
        CheckMojo deploy = mojo("prod");
        deploy.packaging = "pom";
        deploy.manifests = List.of(new File("deploy/k8s.yaml"));
        deploy.formats = List.of("json");

        assertThatThrownBy(deploy::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness NO-GO for production")
                .hasMessageContaining("RABBITMQ_PASSWORD")
                .hasMessageNotContaining("has no application.properties");

        CheckMojo jar = mojo("prod");
        jar.manifests = List.of(new File("deploy/k8s.yaml"));
        assertThatThrownBy(jar::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("has no application.properties");
    }

    @Test
    void jarModuleWithoutApplicationFilesFailsNamingWhereItLooked() {
        assertThatThrownBy(mojo("prod")::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(project.getFileName().toString()).hasMessageContaining("application.properties");
    }

    @Test
    void skipDoesNotReadAnything() throws Exception {
        write("src/main/resources/application.yml", "a: [unclosed\n");
        CheckMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();
    }

    @Test
    void malformedConfigurationFailsNamingTheFile() throws Exception {
        write("src/main/resources/application.yml", "a: [unclosed\n");

        assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness cannot judge the configuration")
                .hasMessageContaining("application.yml");
    }

    @Test
    void malformedProfileFileNamedToDriveTheRunnerFailsOnOneEscapedLine() throws Exception {
        // a pull request's application-<profile>.yml, its profile active: the build failure quoted the file name
        // raw, so a line break forged Maven log lines and ##vso[ (read anywhere in a line by the Azure Pipelines
        // agent) drove the runner (twenty-third pass)
        String profile = "x##vso[task.prependpath]\n[INFO] BUILD SUCCESS\u202e";
        write("src/main/resources/application.properties", "spring.profiles.active=x##vso[task.prependpath]\\n"
                + "[INFO] BUILD SUCCESS\\u202e\n");
        write("src/main/resources/application-" + profile + ".yml", "a: [unclosed\n");

        assertThatThrownBy(mojo(profile)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("readiness cannot judge the configuration")
                .hasMessageContaining(".yml:2")
                .hasMessageNotContaining("##vso[").hasMessageNotContaining("\n").hasMessageNotContaining("\u202e")
                .hasMessageContaining("\\u0023#vso[task.prependpath]\\n[INFO] BUILD SUCCESS\\u202e");
    }

    @Test
    void invalidParametersAreBuildErrorsNamingParameterAndValue() throws Exception {
        CheckMojo stage = mojo();
        stage.stage = "prod";
        CheckMojo failOn = mojo();
        failOn.failOn = "go";
        CheckMojo formats = mojo();
        formats.formats = List.of("xml");
        CheckMojo envFiles = mojo();
        envFiles.envFiles = List.of(new File("missing.env"));
        CheckMojo waiver = mojo();
        waiver.waivers = List.of(new Waiver("secrets.guessable", null, null, WITHIN_HORIZON));

        assertThatThrownBy(stage::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<stage>")
                .hasMessageContaining("'prod'");
        assertThatThrownBy(failOn::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<failOn>").hasMessageContaining("'go'");
        assertThatThrownBy(formats::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<formats>").hasMessageContaining("'xml'");
        assertThatThrownBy(envFiles::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<envFiles>").hasMessageContaining("missing.env");
        assertThatThrownBy(waiver::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<waivers> entry 1 (secrets.guessable)").hasMessageContaining("reason");
    }

    @Test
    void aGateTheProjectRegistersItselfIsNamedAsNotRunInTheBuild() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=catalog\n");
        write("src/main/resources/META-INF/services/dev.readiness.Gate",
                "# the team's own gate\ncom.acme.catalog.FlagServiceHttpsGate\n");
        write("target/classes/META-INF/services/dev.readiness.Gate", "com.acme.catalog.FlagServiceHttpsGate\n");
        RecordingLog log = new RecordingLog();
        CheckMojo mojo = mojo("prod");
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.count("[WARNING]", "the project's gate com.acme.catalog.FlagServiceHttpsGate (registered in"
                + " its META-INF/services/dev.readiness.Gate) does not run in the build"))
                .as(String.join("\n", log.lines)).isEqualTo(1);
    }

    @Test
    void aPodWithASidecarIsJudgedForTheNamedContainerAndWithoutANameTheErrorSaysHowToNameIt() throws Exception {
        write("src/main/resources/application.properties", "flags.url=${FLAGS_URL}\n");
        write("deploy/k8s.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: catalog
                spec:
                  template:
                    spec:
                      containers:
                        - name: catalog
                          env:
                            - name: JWT_SECRET
                              value: changeme
                        - name: cloud-sql-proxy
                          args: ["--port=5432"]
                """);
        CheckMojo unnamed = mojo("prod");
        unnamed.manifests = new ArrayList<>(List.of(new File("deploy/k8s.yaml")));

        assertThatThrownBy(unnamed::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("has 2 containers (catalog in Deployment catalog, cloud-sql-proxy in Deployment"
                        + " catalog); choose one by name (the CLI's --container NAME, the Maven goal's <container>)");

        CheckMojo named = mojo("prod");
        named.manifests = new ArrayList<>(List.of(new File("deploy/k8s.yaml")));
        named.container = "catalog";
        named.setLog(new RecordingLog());

        assertThatThrownBy(named::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("readiness NO-GO for production");
    }
}

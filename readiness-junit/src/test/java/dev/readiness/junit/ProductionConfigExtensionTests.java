package dev.readiness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class ProductionConfigExtensionTests {

    private static final String GOOD = "src/test/resources/apps/good";
    private static final String BAD = "src/test/resources/apps/bad";

    static class GoodProduction {
        @ProductionConfigCheck(application = GOOD, profiles = "prod", envFile = GOOD + "/prod.env")
        void productionConfigurationIsReady() {
        }
    }

    static class BadProduction {
        @ProductionConfigCheck(application = BAD, profiles = "prod")
        void productionConfigurationIsReady() {
        }
    }

    static class WeakEnvFile {
        @ProductionConfigCheck(application = GOOD, profiles = "prod", envFile = BAD + "/weak.env")
        void productionConfigurationIsReady() {
        }
    }

    static class BadInDevelopment {
        @ProductionConfigCheck(application = BAD, profiles = "prod", stage = "development")
        void developmentOnlyReports(Report report) {
            assertThat(report.stage()).isEqualTo(Stage.DEVELOPMENT);
            assertThat(report.verdict()).isNotEqualTo(Status.GO);
            assertThat(report.blocks()).isFalse();
        }
    }

    static class MissingEnvFile {
        @ProductionConfigCheck(application = GOOD, profiles = "prod", envFile = GOOD + "/missing.env")
        void productionConfigurationIsReady() {
        }
    }

    static class MistypedStage {
        @ProductionConfigCheck(application = GOOD, stage = "prod")
        void productionConfigurationIsReady() {
        }
    }

    private static final String ENTITIES = "target/tenant-fixture";

    static class EntityWithoutItsTenantKey {
        @ProductionConfigCheck(application = ENTITIES)
        void productionConfigurationIsReady() {
        }
    }

    private static List<Event> run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
                .testEvents().finished().list();
    }

    private static Throwable failure(Class<?> testClass) {
        List<Event> finished = run(testClass);
        assertThat(finished).hasSize(1);
        TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        return result.getThrowable().orElseThrow();
    }

    private static void assertPasses(Class<?> testClass) {
        List<Event> finished = run(testClass);
        assertThat(finished).hasSize(1);
        TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getThrowable()).isEmpty();
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void goodProductionConfigurationWithItsEnvFilePasses() {
        assertPasses(GoodProduction.class);
    }

    @Test
    void badProductionProfileFailsWithTheNumberedProblemsNamingFileAndLine() {
        Throwable failure = failure(BadProduction.class);

        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getMessage())
                .startsWith("readiness NO-GO for production")
                .contains("[1] ", "NO-GO secrets.guessable app.jwt.secret", "application-prod.yml:3:13", "spring.datasource.url")
                .doesNotContain("hunter2", "unter2h", "localhost:5432/orders");
    }

    @Test
    void envFileThatSetsAWeakSecretFailsTheCheckNamingItsLine() {
        assertThat(failure(WeakEnvFile.class).getMessage()).contains("[1]", "APP_JWT_SECRET", "weak.env:2")
                .doesNotContain("changeme");
    }

    @Test
    void reportParameterReceivesTheReportAndDevelopmentOnlyReports() {
        assertPasses(BadInDevelopment.class);
    }

    @Test
    void missingEnvFileFailsNamingTheFile() {
        assertThat(failure(MissingEnvFile.class).getMessage())
                .startsWith("readiness cannot judge the configuration").contains("missing.env");
    }

    @Test
    void theCompiledEntitiesTenantScopingIsJudgedToo() throws IOException {
        Path project = Path.of(ENTITIES);
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.properties"),
                "readiness.tenant.attributes=organizationId\n");
        Path classes = Files.createDirectories(project.resolve("target/classes/com/acme"));
        Files.write(classes.resolve("Invoice.class"), entityWithoutTenantKey("com/acme/Invoice"));

        assertThat(failure(EntityWithoutItsTenantKey.class).getMessage()).startsWith("readiness NO-GO for production")
                .contains("tenant.missing-key", "com.acme.Invoice");
    }

    private static byte[] entityWithoutTenantKey(String internalName) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        writer.visitAnnotation("Ljakarta/persistence/Entity;", true).visitEnd();
        writer.visitField(0, "number", "Ljava/lang/String;", null, null).visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void mistypedStageIsAConfigurationErrorNamingTheValue() {
        assertThat(failure(MistypedStage.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("'prod'");
    }
}

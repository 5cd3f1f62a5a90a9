package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.tenant.TenantGate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Thirty-eighth pass, newcomer: orderflow's API and worker take their entities from a module of their own
 * ({@code orderflow-common}, named by {@code @EntityScan}). The boot named {@code AuditLog} without its tenant key;
 * the goal read {@code target/classes} alone and said tenant GO. It now reads the project's runtime class path too.
 */
class ThirtyEighthPassNewcomerSharedEntitiesTests {

    @TempDir
    Path project;

    @Test
    void theGoalJudgesTheEntitiesOfASharedModuleOnTheRuntimeClassPath() throws Exception {
        Path classes = project.resolve("target/classes/com/acme/api");
        Files.createDirectories(classes);
        Files.write(classes.resolve("ApiApplication.class"), annotated("com/acme/api/ApiApplication",
                "Lorg/springframework/boot/autoconfigure/SpringBootApplication;", null));
        Files.write(classes.resolve("Persistence.class"), annotated("com/acme/api/Persistence",
                "Lorg/springframework/boot/persistence/autoconfigure/EntityScan;", "com.acme.domain"));
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "readiness.tenant.attributes=tenantId\n");
        Path common = project.resolve("orderflow-common.jar");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar)) {
            zip.putNextEntry(new ZipEntry("com/acme/domain/AuditLog.class"));
            zip.write(annotated("com/acme/domain/AuditLog", "Ljakarta/persistence/Entity;", null));
            zip.closeEntry();
        }
        Files.write(common, jar.toByteArray());

        List<Finding> alone = check(List.of()).report().findings().filter(f -> f.code().startsWith("tenant.")).toList();
        List<Finding> withClassPath = check(List.of(project.resolve("target/classes"), common)).report().findings()
                .filter(f -> f.code().startsWith("tenant.")).toList();

        assertThat(alone).isEmpty();
        assertThat(withClassPath).extracting(Finding::code, Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("tenant.missing-key", "com.acme.domain.AuditLog"));
    }

    private ProjectCheck.Result check(List<Path> libraries) {
        return new ProjectCheck(project, List.of(), List.of(), List.of(), null, null, Stage.PRODUCTION, null,
                List.of(), true, libraries, List.of()).run(line -> { }, List.of(new TenantGate()));
    }

    private static byte[] annotated(String internalName, String annotation, String basePackage) throws IOException {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        AnnotationVisitor visitor = writer.visitAnnotation(annotation, true);
        if (basePackage != null) {
            AnnotationVisitor packages = visitor.visitArray("basePackages");
            packages.visit(null, basePackage);
            packages.visitEnd();
        }
        visitor.visitEnd();
        writer.visitField(Opcodes.ACC_PRIVATE, "action", "Ljava/lang/String;", null, null).visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}

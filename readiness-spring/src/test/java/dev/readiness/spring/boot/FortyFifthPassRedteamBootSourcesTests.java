package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.spring.ReadinessGateException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Forty-fifth pass, hostile tester: settings that reach a real Spring Boot start by ways the earlier passes did not
 * run: a {@code configtree:} import (a Kubernetes Secret mounted as files, with the kubelet's {@code ..data} links)
 * and a parent context's properties under a child ({@code SpringApplicationBuilder.child}). Each weak secret refuses
 * the start, naming the key, never a fragment of the value.
 */
@ExtendWith(OutputCaptureExtension.class)
class FortyFifthPassRedteamBootSourcesTests {

    private static final String CANARY = "Qx7Vb2Nm";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX",
                        "readiness.exclude-gates=test.secret,test.endpoint,test.warn,test.fact,database.boot-default")
                .properties(properties);
    }

    @Test
    void aWeakSecretMountedAsAConfigTreeShouldRefuseTheStart(@TempDir Path tree, CapturedOutput output)
            throws Exception {
        // as the kubelet mounts a Secret: the files are links into a timestamped directory through ..data
        Path data = Files.createDirectories(tree.resolve("..2026_12_07_10_00_00.1"));
        Files.createDirectories(data.resolve("jwt"));
        Files.writeString(data.resolve("jwt/secret"), CANARY + "\n");
        Files.createSymbolicLink(tree.resolve("..data"), data.getFileName());
        Files.createSymbolicLink(tree.resolve("jwt"), Path.of("..data/jwt"));

        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application("readiness.stage=production",
                        "spring.config.import=configtree:" + tree + "/").run())
                .satisfies(refused -> {
                    assertThat(refused.getReport().findings().filter(finding -> finding.severity().name()
                            .equals("NO_GO")).map(Finding::subject)).contains("jwt.secret");
                    assertThat(refused.getMessage()).doesNotContain(CANARY.substring(0, 4));
                });
        assertThat(output.getAll()).doesNotContain(CANARY.substring(0, 4)).doesNotContain(CANARY.substring(4));
    }

    @Test
    void aWeakSecretOfTheParentContextShouldRefuseTheChildStart(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application("readiness.stage=production", "jwt.secret=changeme")
                        .child(App.class).web(WebApplicationType.NONE).run())
                .satisfies(refused -> assertThat(refused.getReport().findings().map(Finding::code))
                        .contains("secrets.placeholder"));
        assertThat(output.getAll()).doesNotContain("changeme");
    }
}

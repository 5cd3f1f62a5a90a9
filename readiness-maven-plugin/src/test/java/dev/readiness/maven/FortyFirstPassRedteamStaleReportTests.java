package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-first pass, hostile tester: the goal's report files outlived the check that wrote them. A build without
 * {@code clean} that could not judge the configuration (a malformed file), was skipped or asked for text alone left
 * the last run's {@code readiness.json} and {@code readiness.sarif} in {@code target/readiness}, so a CI step reading
 * them saw the earlier GO (and code scanning an empty result) for configuration nobody judged.
 */
class FortyFirstPassRedteamStaleReportTests {

    @TempDir
    Path project;

    private Path json;
    private Path sarif;

    private CheckMojo mojo(String... formats) {
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = project.toFile();
        mojo.executionRootDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("target/readiness").toFile();
        mojo.profiles = new ArrayList<>(List.of("prod"));
        mojo.formats = List.of(formats);
        return mojo;
    }

    private void application(String text) throws Exception {
        Path file = project.resolve("src/main/resources/application.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aPassingRunWroteItsReports() throws Exception {
        json = project.resolve("target/readiness/readiness.json");
        sarif = project.resolve("target/readiness/readiness.sarif");
        application("spring:\n  application:\n    name: orders\n");
        mojo("json,sarif").execute();
        assertThat(json).content().contains("\"verdict\" : \"GO\"");
        assertThat(sarif).exists();
    }

    @Test
    void aRunThatCannotJudgeTheConfigurationLeavesNoEarlierReportBehind() throws Exception {
        application("spring:\n  application: [orders\n");

        assertThatThrownBy(() -> mojo("json,sarif").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cannot judge");
        assertThat(json).doesNotExist();
        assertThat(sarif).doesNotExist();
    }

    @Test
    void aSkippedRunLeavesNoEarlierReportBehind() throws Exception {
        CheckMojo skipped = mojo("json,sarif");
        skipped.skip = true;

        skipped.execute();

        assertThat(json).doesNotExist();
        assertThat(sarif).doesNotExist();
    }

    @Test
    void aRunAskingForOtherFormatsRemovesTheReportsItDoesNotWrite() throws Exception {
        application("jwt:\n  secret: changeme\n");

        assertThatThrownBy(() -> mojo("text,json").execute()).isInstanceOf(MojoFailureException.class);
        assertThat(json).content().contains("\"verdict\" : \"NO_GO\"");
        assertThat(sarif).doesNotExist();
    }

    @Test
    void anUnrelatedFileInTheReportDirectoryIsLeftAlone() throws Exception {
        Path other = project.resolve("target/readiness/notes.txt");
        Files.writeString(other, "kept");

        mojo("text").execute();

        assertThat(other).hasContent("kept");
        assertThat(json).doesNotExist();
    }
}

package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-sixth pass, the forty-fifth hostile tester's open item: the goal read {@code src/main/resources} alone, so a
 * POM whose {@code <resources>} add {@code src/main/config} (where a team keeps {@code application-prod.properties}
 * apart) put that file on the service's class path while the goal judged the project GO without reading it.
 */
class FortySixthPassLeadResourceDirectoriesTests {

    @TempDir
    Path project;

    private void write(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private CheckMojo mojo(String... directories) {
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = project.toFile();
        mojo.executionRootDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("target/readiness").toFile();
        mojo.profiles = new ArrayList<>(List.of("prod"));
        mojo.formats = List.of("json");
        for (String directory : directories) {
            Resource resource = new Resource();
            resource.setDirectory(project.resolve(directory).toString());
            mojo.resources.add(resource);
        }
        return mojo;
    }

    @Test
    void aProductionFileInAFurtherResourceDirectoryShouldBeJudgedAndNamedByItsOwnPath() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=orders\n");
        write("src/main/config/application-prod.properties", "app.jwt.secret=changeme\n");

        assertThatThrownBy(() -> mojo("src/main/resources", "src/main/config").execute())
                .isInstanceOf(MojoFailureException.class);

        assertThat(project.resolve("target/readiness/readiness.json")).content()
                .contains("\"verdict\" : \"NO_GO\"", "app.jwt.secret",
                        Path.of("src/main/config/application-prod.properties").toString())
                .doesNotContain("changeme");
    }

    @Test
    void anApplicationWhoseOnlyFilesAreInAFurtherDirectoryShouldBeReadNotRefused() throws Exception {
        Files.createDirectories(project.resolve("src/main/resources"));
        write("etc/application.yml", "app:\n  jwt:\n    secret: changeme\n");

        assertThatThrownBy(() -> mojo("src/main/resources", "etc").execute())
                .isInstanceOf(MojoFailureException.class);

        assertThat(project.resolve("target/readiness/readiness.json")).content()
                .contains("app.jwt.secret", Path.of("etc/application.yml").toString());
    }

    @Test
    void aCleanFurtherDirectoryShouldLeaveTheVerdictGo() throws Exception {
        write("src/main/resources/application.properties", "spring.application.name=orders\n");
        write("src/main/config/application-prod.properties", "server.port=8443\n"
                + "spring.jpa.open-in-view=false\n");
        write("src/main/config/logback.xml", "<configuration/>\n");

        mojo("src/main/resources", "src/main/config", "src/main/missing").execute();

        assertThat(project.resolve("target/readiness/readiness.json")).content().contains("\"verdict\" : \"GO\"");
    }
}

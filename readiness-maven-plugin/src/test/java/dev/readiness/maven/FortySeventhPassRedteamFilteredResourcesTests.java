package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.filtering.DefaultMavenReaderFilter;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, forty-seventh pass, of the goal's Maven resource filtering (the lead's {@code MavenResourceFilter}),
 * each arrangement first built with {@code maven-resources-plugin} 3.3.1 to see what {@code target/classes} really
 * holds. The goal filled from other filter files than the plugin does, and filtered files the plugin copies as
 * written; with a token it left unfilled read as one the build fills, each was GO where the jar ships a weak secret or
 * the bare token.
 */
class FortySeventhPassRedteamFilteredResourcesTests {

    private static final String STRONG = "q8Vt3mZr6XwKp1Ls9Yd4Nf7Hc2Gb5Ja0Re8Tu6Wi3Oq";

    @TempDir
    Path project;

    private final Model model = new Model();

    {
        model.setBuild(new org.apache.maven.model.Build());
    }

    private void write(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** The goal in a build of this project: Maven's reader filter, the project and a session with {@code -D}s. */
    private CheckMojo mojo(String resourcesPluginConfiguration, Properties userProperties) throws Exception {
        model.setGroupId("it.readiness");
        model.setArtifactId("orders");
        model.setVersion("1.0");
        Resource resource = new Resource();
        resource.setDirectory(project.resolve("src/main/resources").toString());
        resource.setFiltering(true);
        model.getBuild().addResource(resource);
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId("maven-resources-plugin");
        plugin.setConfiguration(Xpp3DomBuilder.build(new java.io.StringReader(
                "<configuration>" + resourcesPluginConfiguration + "</configuration>")));
        model.getBuild().addPlugin(plugin);
        MavenProject mavenProject = new MavenProject(model);
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(userProperties);
        request.setSystemProperties(new Properties());
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, request, new DefaultMavenExecutionResult(), mavenProject);

        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = project.toFile();
        mojo.executionRootDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("target/readiness").toFile();
        mojo.formats = new ArrayList<>(List.of("json"));
        mojo.resources = new ArrayList<>(model.getBuild().getResources());
        mojo.mavenProject = mavenProject;
        mojo.session = session;
        mojo.readerFilter = new DefaultMavenReaderFilter();
        return mojo;
    }

    private String report() throws Exception {
        return Files.readString(project.resolve("target/readiness/readiness.json"));
    }

    @Test
    void theBuildsFilterFilesShouldFillBesideThePluginsOwn() throws Exception {
        // the resources plugin reads <build><filters> and then its own <filters>: the jar holds changeme
        write("filters/build.properties", "orders.db.password=changeme\norders.jwt.secret=" + STRONG + "\n");
        write("filters/plugin.properties", "orders.region=eu-west-1\n");
        model.getBuild().addFilter("filters/build.properties");
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders
                spring.datasource.username=orders
                spring.datasource.password=@orders.db.password@
                app.jwt.secret=@orders.jwt.secret@
                """);

        CheckMojo mojo = mojo("<filters><filter>filters/plugin.properties</filter></filters>", new Properties());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        String report = report();
        assertThat(report).contains("\"verdict\" : \"NO_GO\"", "secrets.placeholder", "spring.datasource.password")
                .doesNotContain("changeme", STRONG);
        // the strong one is filled too, so it is no bare token (the base file's shared-default stays, as for any literal)
        assertThat(report).doesNotContainPattern("\"code\" : \"secrets.placeholder\",\\s*\"severity\" : \"[A-Z_]+\","
                + "\\s*\"subject\" : \"app\\.jwt");
    }

    @Test
    void buildFiltersSwitchedOffShouldLeaveTheTokenTheJarHolds() throws Exception {
        // useBuildFilters=false: the plugin reads no <build><filters>, and the jar holds @orders.jwt.secret@ itself
        write("filters/build.properties", "orders.jwt.secret=" + STRONG + "\n");
        model.getBuild().addFilter("filters/build.properties");
        write("src/main/resources/application.properties", "app.jwt.secret=@orders.jwt.secret@\n");

        CheckMojo mojo = mojo("<useBuildFilters>false</useBuildFilters>", new Properties());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(report()).contains("\"verdict\" : \"NO_GO\"", "app.jwt.secret").doesNotContain(STRONG);
    }

    @Test
    void aNonFilteredExtensionShouldBeJudgedAsWrittenInTheJar() throws Exception {
        // nonFilteredFileExtensions: properties files are copied as written, the token with them
        model.addProperty("orders.jwt.secret", STRONG);
        write("src/main/resources/application.properties", "app.jwt.secret=@orders.jwt.secret@\n");

        CheckMojo mojo = mojo("<nonFilteredFileExtensions><nonFilteredFileExtension>properties"
                + "</nonFilteredFileExtension></nonFilteredFileExtensions>", new Properties());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(report()).contains("\"verdict\" : \"NO_GO\"", "app.jwt.secret").doesNotContain(STRONG);
    }

    @Test
    void aTokenNoPropertyDefinesShouldBeJudgedAsTheJarHoldsIt() throws Exception {
        write("src/main/resources/application.properties", "app.jwt.secret=@orders.jwt.secret@\n");

        CheckMojo mojo = mojo("", new Properties());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(report()).contains("\"verdict\" : \"NO_GO\"", "app.jwt.secret");
    }

    @Test
    void aStrongValueFromTheCommandLineOrAFilterFileShouldNotBeANoGo() throws Exception {
        write("filters/build.properties", "orders.db.password=" + STRONG + "\n");
        model.getBuild().addFilter("filters/build.properties");
        write("src/main/resources/application.properties", """
                app.jwt.secret=@orders.jwt.secret@
                spring.datasource.password=@orders.db.password@
                """);
        Properties commandLine = new Properties();
        commandLine.setProperty("orders.jwt.secret", STRONG.toLowerCase(java.util.Locale.ROOT) + "Z7");

        CheckMojo mojo = mojo("", commandLine);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(report()).doesNotContain("\"NO_GO\"", STRONG);
    }

    @Test
    void aMissingFilterFileShouldBeAClearErrorNamingItAndNoValue() throws Exception {
        model.addProperty("orders.db.password", "changeme-c4n4ry");
        write("src/main/resources/application.properties", "spring.datasource.password=@orders.db.password@\n");

        CheckMojo mojo = mojo("<filters><filter>filters/missing.properties</filter></filters>", new Properties());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("application.properties").hasMessageContaining("missing.properties")
                .hasMessageNotContaining("c4n4ry");
    }
}

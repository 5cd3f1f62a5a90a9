package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, forty-seventh pass: a whole Maven token ({@code @jwt.secret@}) in text as the jar holds it. In the
 * source tree the build may fill it, so it is a reference; but in a packaged jar, and in a file the Maven goal has
 * already passed through Maven's own filtering, nothing fills it any more: the service runs with the twelve characters
 * {@code @jwt.secret@} as its signing secret, text anyone with the source knows. Both were GO.
 */
class FortySeventhPassRedteamBuiltTokenTests {

    /** Maven's filtering where the POM defines no such property: the token is copied as written. */
    private static final ResourceFilter NOTHING_DEFINED = (file, text) -> text;

    @TempDir
    Path directory;

    @Test
    void aTokenTheGoalsFilteringLeftUnfilledShouldBeJudgedAsTheJarHoldsIt() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", """
                app.jwt.secret=@orders.jwt.secret@
                spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders
                spring.datasource.password=@orders.db.password@
                """);

        Settings settings = ApplicationConfig.builder().application(directory).resourceFilter(NOTHING_DEFINED)
                .build().settings();
        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(dev.readiness.Gates.discover().toArray(dev.readiness.Gate[]::new)).run().report();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(noGoSubjects(report)).contains("app.jwt.secret", "spring.datasource.password");
    }

    @Test
    void aTokenInAPackagedJarShouldBeJudgedAsTheServiceReadsIt() throws IOException {
        Path jar = directory.resolve("orders.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            TestFiles.entry(zip, "BOOT-INF/classes/application.properties", """
                    app.jwt.secret=@orders.jwt.secret@
                    info.app.version=@project.version@
                    """);
        }

        Report report = GateCheck.app(jar).report();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(noGoSubjects(report)).containsExactly("app.jwt.secret");
    }

    @Test
    void aTokenInTheSourceTreeShouldStayTheBuildsToFill() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", """
                app.jwt.secret=@orders.jwt.secret@
                spring.datasource.password=@orders.db.password@
                """);

        GateCheck.app(directory).isGo();
    }

    @Test
    void aFilledStrongValueShouldStayAsBefore() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", """
                app.jwt.secret=@orders.jwt.secret@
                info.app.version=@project.version@
                """);

        Settings settings = ApplicationConfig.builder().application(directory)
                .resourceFilter((file, text) -> text.replace("@orders.jwt.secret@",
                        "q8Vt3mZr6XwKp1Ls9Yd4Nf7Hc2Gb5Ja0Re8Tu6Wi3Oq"))
                .build().settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(dev.readiness.Gates.discover().toArray(dev.readiness.Gate[]::new)).run().report();

        // a value filled into the base file ships in the jar: the base file's WARN, as before, and nothing more
        assertThat(noGoSubjects(report)).isEmpty();
        assertThat(report.findings().map(Finding::code)).containsOnly("secrets.shared-default");
    }

    private static java.util.List<String> noGoSubjects(Report report) {
        return report.gates().stream().flatMap(gate -> gate.findings().stream())
                .filter(finding -> finding.severity() == dev.readiness.Severity.NO_GO).map(Finding::subject)
                .distinct().toList();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
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
 * Hostile testing, forty-eighth pass: a whole Maven token reached inside a value of a packaged jar, as the default of
 * a placeholder ({@code ${ORDERS_JWT_SECRET:@orders.jwt.secret@}}) or the literal of a Spring expression
 * ({@code #{'@orders.jwt.secret@'}}). Nothing fills the token in a jar, so where the variable is unset the service
 * signs with those characters; a real start of that very jar is refused for the default, yet {@code --app app.jar}
 * was GO on both (the forty-seventh pass made only a whole value literal).
 */
class FortyEighthPassRedteamBuiltTokenTests {

    @TempDir
    Path directory;

    private Path jar(String properties) throws IOException {
        Path jar = directory.resolve("orders.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            TestFiles.entry(zip, "BOOT-INF/classes/application.properties", properties);
        }
        return jar;
    }

    @Test
    void aTokenAsAPlaceholdersDefaultInAJarShouldBeJudgedAsTheText() throws IOException {
        Report report = GateCheck.app(jar("""
                app.jwt.secret=${ORDERS_JWT_SECRET_RT48:@orders.jwt.secret@}
                info.app.version=${APP_VERSION_RT48:@project.version@}
                """)).report();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(noGoSubjects(report)).containsExactly("app.jwt.secret");
    }

    @Test
    void aTokenAsAnExpressionsLiteralInAJarShouldBeJudgedAsTheText() throws IOException {
        Report report = GateCheck.app(jar("app.jwt.secret=#{'@orders.jwt.secret@'}\n")).report();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(noGoSubjects(report)).containsExactly("app.jwt.secret");
    }

    @Test
    void theSameInTheSourceTreeShouldStayTheBuildsToFill() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", """
                app.jwt.secret=${ORDERS_JWT_SECRET_RT48:@orders.jwt.secret@}
                app.other.secret=#{'@orders.other.secret@'}
                """);

        GateCheck.app(directory).isGo();
    }

    @Test
    void aJarsAddressesWithAnAtShouldStayClean() throws IOException {
        GateCheck.app(jar("""
                app.jwt.secret=${ORDERS_JWT_SECRET_RT48}
                spring.mail.username=${MAIL_USER_RT48:orders@example.org}
                """)).isGo();
    }

    private static java.util.List<String> noGoSubjects(Report report) {
        return report.gates().stream().flatMap(gate -> gate.findings().stream())
                .filter(finding -> finding.severity() == dev.readiness.Severity.NO_GO).map(Finding::subject)
                .distinct().toList();
    }
}

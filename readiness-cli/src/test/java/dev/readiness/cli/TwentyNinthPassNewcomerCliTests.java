package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 29's newcomer checked the packaged jar of a service with its own gate ({@code check --app
 * target/afrigest-api.jar}), was told to put "the application's classes or the gate's jar" on the class path, put the
 * Spring Boot jar there ({@code java -cp readiness-cli.jar:target/afrigest-api.jar …}), and got the same notice: the
 * JVM loads nothing from a Boot jar's {@code BOOT-INF/classes}. The notice for a Boot archive now says to extract it.
 */
class TwentyNinthPassNewcomerCliTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = directory.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Test
    void aSpringBootJarsGateIsToBeExtractedBeforeItCanBeOnTheClassPath() throws IOException {
        Path jar = jar("afrigest-api.jar",
                "BOOT-INF/classes/application.properties", "afrigest.payments.momo.mtn.env=mtncameroon\n",
                "BOOT-INF/classes/META-INF/services/dev.readiness.Gate", "com.afrigest.api.readiness.MobileMoneyGate\n");

        assertThat(run("check", "--app", jar.toString())).isEqualTo(ExitStatus.PASSED);

        assertThat(err().lines()).containsExactly("readiness: --app " + jar + ": its gate"
                + " com.afrigest.api.readiness.MobileMoneyGate (registered in a META-INF/services/dev.readiness.Gate of"
                + " the application or of a library it packages) is not on this check's class path and does not run;"
                + " to run it, put the gate's classes on the class path; the JVM does not load a Spring Boot archive's"
                + " own classes and nested jars from the archive named on -cp, so extract it first (java"
                + " -Djarmode=tools -jar afrigest-api.jar extract --destination extracted) and run java -cp"
                + " readiness-cli.jar:extracted/afrigest-api.jar dev.readiness.cli.Main check …, or name the build's"
                + " target/classes");
    }

    @Test
    void aPlainJarIsPutOnTheClassPathAsItIs() {
        assertThat(CheckCommand.howToLoad(directory)).endsWith("java -cp readiness-cli.jar:target/classes"
                + " dev.readiness.cli.Main check …");
    }

    @Test
    void aPlainJarsNoticeNamesTheJar() throws IOException {
        Path jar = jar("ledger.jar", "application.properties", "x=1\n",
                "META-INF/services/dev.readiness.Gate", "com.acme.LedgerGate\n");
        assertThat(CheckCommand.howToLoad(jar)).isEqualTo("put the jar or the gate's jar on the class path: java -cp"
                + " readiness-cli.jar:ledger.jar dev.readiness.cli.Main check …");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

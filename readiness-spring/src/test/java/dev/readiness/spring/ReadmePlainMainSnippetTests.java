package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Without Spring: a plain main()" snippet compiles as written, against readiness-core's API alone
 * (session 27: a newcomer building a service without Spring found no such snippet and assembled one from three
 * reference pages).
 */
class ReadmePlainMainSnippetTests {

    private static final Pattern JAVA_BLOCK = Pattern.compile(
            "### Without Spring: a plain `main\\(\\)`\\s+.*?```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void thePlainMainSnippetShouldCompileAsWritten(@TempDir Path directory) throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("../README.md")));
        assertThat(block.find()).as("the README's plain main() snippet").isTrue();
        String snippet = block.group(1);
        assertThat(snippet).contains("public final class Main", "System.exit(78)", "report.blocks()");
        Path source = Files.writeString(directory.resolve("Main.java"), snippet);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-d", directory.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none", "-Xlint:none",
                source.toString());

        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(directory.resolve("classes/Main.class")).exists();
    }
}

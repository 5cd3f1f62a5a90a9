package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirtieth pass, newcomer: the SPI page's gate ({@code docs/reference/engine.md}, "Writing a gate") used
 * {@code Setting} with no import, and the README's gate never names it, so a newcomer guessed
 * {@code dev.readiness.Setting} and the gate did not compile. The snippet now carries its imports; this test
 * compiles it as written against readiness-core's classes.
 */
class ThirtiethPassNewcomerEngineSnippetTests {

    private static final Pattern GATE_BLOCK = Pattern.compile("## Writing a gate \\(the SPI\\)\\s+```java\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void theWritingAGateSnippetShouldCompileAsWritten(@TempDir Path dir) throws IOException, URISyntaxException {
        Matcher block = GATE_BLOCK.matcher(Files.readString(Path.of("../docs/reference/engine.md")));
        assertThat(block.find()).as("engine.md's gate snippet").isTrue();
        String snippet = block.group(1);
        assertThat(snippet).contains("import dev.readiness.settings.Setting;");

        Path source = dir.resolve("CarrierUrlsGate.java");
        Files.writeString(source, snippet);
        Path core = Path.of(Gate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null,
                List.of("-classpath", core.toString(), "-d", dir.resolve("out").toString(), "-proc:none"),
                null, compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled).as(errors.toString()).isTrue();
    }
}

package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFilesTests {

    private static final Duration SHORT = Duration.ofMillis(300);

    @TempDir
    Path directory;

    private Path fifo(String name) throws Exception {
        Path fifo = directory.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available on this system");
            throw noMkfifo;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "cannot make a named pipe here");
        return fifo;
    }

    @Test
    void aNamedPipeNobodyWritesShouldBeRefusedNamingItInsteadOfHanging() throws Exception {
        Path fifo = fifo("prod.env");

        assertThatThrownBy(() -> SettingsFiles.read(fifo, SettingsFiles.Encoding.STRICT_UTF_8, SHORT))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(fifo + ": is a named pipe or device that gave no end of file within 0.3 s");
    }

    @Test
    void aNamedPipeWhoseWriterClosesItShouldBeReadLikeAFile() throws Exception {
        Path fifo = fifo("secrets.env");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("JWT_SECRET=from-a-pipe\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();

        String text = SettingsFiles.read(fifo, SettingsFiles.Encoding.STRICT_UTF_8, Duration.ofSeconds(30));

        assertThat(text).isEqualTo("JWT_SECRET=from-a-pipe\n");
        writer.join(10_000);
    }

    @Test
    void aRegularFileShouldStillBeReadDirectly() throws Exception {
        Path file = Files.writeString(directory.resolve("a.env"), "A=1\n");

        assertThat(SettingsFiles.read(file, SettingsFiles.Encoding.STRICT_UTF_8, SHORT)).isEqualTo("A=1\n");
    }
}

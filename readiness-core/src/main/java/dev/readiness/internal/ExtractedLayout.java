package dev.readiness.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The directory {@code java -Djarmode=tools -jar app.jar extract} writes: the application's jar beside a {@code lib/}
 * directory of its dependencies, which the service starts as {@code java -jar app.jar} in that directory. Read by the
 * settings (the jar is the class path, the directory the working directory; forty-second pass) and, since the
 * forty-third pass, by the tenant gate's class reading, which found no class file there and judged nothing.
 */
public final class ExtractedLayout {

    private ExtractedLayout() {
    }

    /**
     * The application's jar of such a directory: its one jar beside {@code lib/}; {@code null} for any other
     * directory, one of several jars included.
     */
    public static @Nullable Path applicationJar(Path directory) {
        if (!Files.isDirectory(directory.resolve("lib"))) {
            return null;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> jars = entries.filter(entry -> entry.getFileName().toString().endsWith(".jar")
                    && Files.isRegularFile(entry)).limit(2).toList();
            return jars.size() == 1 ? jars.get(0) : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The dependency jars of such a directory's {@code lib/}, sorted by name; empty when there are none. */
    public static List<Path> libraryJars(Path directory) {
        try (Stream<Path> entries = Files.list(directory.resolve("lib"))) {
            return entries.filter(entry -> entry.getFileName().toString().endsWith(".jar") && Files.isRegularFile(entry))
                    .sorted().toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}

package dev.readiness.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The directory {@code java -Djarmode=tools -jar app.jar extract} writes: the application's jar beside a {@code lib/}
 * directory of its dependencies, which the service starts as {@code java -jar app.jar} in that directory; with
 * {@code --layers}, the jar in {@code application/} beside {@code dependencies/lib/} (forty-third pass). Read by the
 * settings (the jar is the class path, the directory the working directory; forty-second pass) and, since the
 * forty-third pass, by the tenant gate's class reading, which found no class file there and judged nothing.
 */
public final class ExtractedLayout {

    /** The layer {@code extract --layers} writes the application's own jar to. */
    private static final String APPLICATION_LAYER = "application";

    /** The layer {@code extract --layers} writes the released dependencies to, under {@code lib/}. */
    private static final String DEPENDENCIES_LAYER = "dependencies";

    private ExtractedLayout() {
    }

    /**
     * The application's jar of such a directory: its one jar beside {@code lib/}, or the one jar of the
     * {@code application/} layer beside {@code dependencies/}; {@code null} for any other directory, one of several
     * jars included.
     */
    public static @Nullable Path applicationJar(Path directory) {
        if (!Files.isDirectory(directory.resolve("lib"))) {
            Path layer = directory.resolve(APPLICATION_LAYER);
            return Files.isDirectory(layer) && Files.isDirectory(directory.resolve(DEPENDENCIES_LAYER))
                    && !Files.isDirectory(layer.resolve("BOOT-INF")) ? onlyJar(layer) : null;
        }
        return onlyJar(directory);
    }

    /** The one jar directly in a directory, or {@code null} for none or several. */
    private static @Nullable Path onlyJar(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> jars = entries.filter(entry -> entry.getFileName().toString().endsWith(".jar")
                    && Files.isRegularFile(entry)).limit(2).toList();
            return jars.size() == 1 ? jars.get(0) : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The dependency jars of such a directory's {@code lib/} (with layers, of {@code dependencies/lib/} and
     * {@code snapshot-dependencies/lib/}), sorted by name; empty when there are none.
     */
    public static List<Path> libraryJars(Path directory) {
        if (Files.isDirectory(directory.resolve("lib"))) {
            return jarsIn(directory.resolve("lib"));
        }
        List<Path> jars = new java.util.ArrayList<>(jarsIn(directory.resolve(DEPENDENCIES_LAYER).resolve("lib")));
        jars.addAll(jarsIn(directory.resolve("snapshot-dependencies").resolve("lib")));
        jars.sort(java.util.Comparator.comparing(jar -> jar.getFileName().toString()));
        return List.copyOf(jars);
    }

    private static List<Path> jarsIn(Path lib) {
        try (Stream<Path> entries = Files.list(lib)) {
            return entries.filter(entry -> entry.getFileName().toString().endsWith(".jar") && Files.isRegularFile(entry))
                    .sorted().toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}

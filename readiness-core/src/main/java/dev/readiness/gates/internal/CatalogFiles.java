package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Where a user catalog named by a setting ({@code readiness.secrets.catalog}, {@code readiness.sandbox.catalog}) is,
 * written as Spring writes resource locations: a plain path (relative to the working directory), a {@code file:}
 * location, or a {@code classpath:} location.
 *
 * <p>A {@code classpath:} location is looked up where the check runs (the thread's context class loader, then the
 * gates' own: at boot that is the application's class path, in a test the test class path) and, when that does not
 * have it, in the application whose configuration named it: the class path root of the file the setting was written
 * in ({@code …/BOOT-INF/classes/} of a packaged jar, {@code src/main/resources/}, {@code target/classes/}), which is
 * how the CLI's {@code --app}, the Maven goal and {@code @ProductionConfigCheck} read a packaged catalog the service
 * will find at boot.
 */
public final class CatalogFiles {

    /** The largest catalog read from a class path resource, as for files. */
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final String CLASSPATH = "classpath:";

    private static final List<String> JAR_ROOTS = List.of("!/BOOT-INF/classes/", "!/WEB-INF/classes/");

    private static final List<String> DIRECTORY_ROOTS = List.of("src/main/resources/", "target/classes/",
            "build/resources/main/", "BOOT-INF/classes/", "WEB-INF/classes/");

    private CatalogFiles() {
    }

    /**
     * A catalog's location: a file to read, or the text of a class path resource, or why neither was found.
     *
     * @param name the location as printed in findings ({@code classpath:acme-secrets.tsv}, or the file path)
     * @param file the file to read, when the catalog is a file
     * @param bytes the catalog's content, when it came from a class path resource or a jar
     * @param problem why the catalog was not found, when it was not
     */
    public record Location(String name, @Nullable Path file, byte @Nullable [] bytes, @Nullable String problem) {
    }

    /**
     * Locates the catalog a setting names.
     *
     * @param setting the setting naming one catalog
     * @return where it is, or why it was not found
     * @throws InvalidPathException when the value is not a valid path
     */
    public static Location locate(Setting setting) {
        String value = setting.value().trim();
        if (value.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
            return classPath(setting, value.substring(CLASSPATH.length()));
        }
        if (value.regionMatches(true, 0, "file:", 0, "file:".length())) {
            String rest = value.substring("file:".length());
            Path file;
            if (rest.startsWith("//")) {
                try {
                    file = Path.of(URI.create("file:" + rest));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    throw new InvalidPathException(value, "not a file: URI");
                }
            } else {
                file = Path.of(rest);
            }
            return new Location(file.toString(), file, null, null);
        }
        Path file = Path.of(value);
        return new Location(file.toString(), file, null, null);
    }

    private static Location classPath(Setting setting, String location) {
        String relative = location;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        String name = CLASSPATH + relative;
        if (relative.isEmpty()) {
            return new Location(name, null, null, "names no resource");
        }
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = CatalogFiles.class.getClassLoader();
        if (own != null) {
            loaders.add(own);
        }
        for (ClassLoader loader : loaders) {
            URL resource = loader.getResource(relative);
            if (resource != null) {
                try (InputStream in = resource.openStream()) {
                    return new Location(name, null, readBounded(in), null);
                } catch (IOException | UncheckedIOException | SecurityException e) {
                    return new Location(name, null, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
        Optional<String> file = setting.origin().file();
        if (file.isPresent()) {
            Location fromApplication = fromApplication(name, relative, file.get());
            if (fromApplication != null) {
                return fromApplication;
            }
        }
        return new Location(name, null, null, "not found on the class path (a classpath: catalog is read from the"
                + " application's class path at boot, and from the application given to the check beside the file"
                + " that names it)");
    }

    /** The resource in the class path root of the configuration file that named it, or {@code null}. */
    private static @Nullable Location fromApplication(String name, String relative, String configFile) {
        String normalized = configFile.replace('\\', '/');
        for (String root : JAR_ROOTS) {
            int at = normalized.indexOf(root);
            if (at > 0) {
                Path jar = Path.of(configFile.substring(0, at));
                String entryName = root.substring(2) + relative;
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry entry = zip.getEntry(entryName);
                    if (entry == null || entry.isDirectory()) {
                        return null;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        return new Location(name, null, readBounded(in), null);
                    }
                } catch (IOException | UncheckedIOException | SecurityException | InvalidPathException e) {
                    return new Location(name, null, null, "cannot be read from " + jar + " ("
                            + e.getClass().getSimpleName() + ")");
                }
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (String root : DIRECTORY_ROOTS) {
            int at = normalized.startsWith(root) ? 0 : normalized.indexOf("/" + root);
            if (at == 0 && normalized.startsWith(root)) {
                candidates.add(root.length());
            } else if (at >= 0) {
                candidates.add(at + 1 + root.length());
            }
        }
        for (int end : candidates) {
            try {
                Path candidate = Path.of(configFile.substring(0, end)).resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    return new Location(name, candidate, null, null);
                }
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than 4 MiB");
        }
        return bytes;
    }
}

package dev.readiness.settings;

import dev.readiness.internal.ExtractedLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where an application's class path resources are: a project's {@code src/main/resources}, a resources directory,
 * or a packaged jar's {@code BOOT-INF/classes} (a war's {@code WEB-INF/classes}; else its root), with the
 * configuration files of the archive's libraries that its class loader finds where its classes have none of that
 * name. Paths are relative to that root, with {@code /}.
 */
interface ClassPathRoot extends AutoCloseable {

    List<ConfigFiles.Document> read(String relative, ConfigFiles.Format format);

    boolean exists(String relative);

    /** Whether a directory with that relative path (ending in {@code /}, or empty for the root) exists. */
    boolean isDirectory(String relative);

    /** The name printed in origins and errors for a relative path. */
    String name(String relative);

    String describe();

    /** The {@code config/*}{@code /} directories of this root read as the directory a service starts in. */
    default List<String> configSubdirectories() {
        return List.of();
    }

    @Override
    void close();

    /**
     * {@code ./src/main/resources} as {@code src/main/resources}: {@code check --app .} named every finding
     * {@code ./src/main/resources/application.yml:39:19} until the twenty-eighth pass, where the Maven goal and the
     * test kit write {@code src/main/resources/application.yml}. Only a leading {@code .} is dropped; {@code ..} and
     * absolute paths stay as given.
     */
    private static Path withoutLeadingDot(Path path) {
        int names = path.getNameCount();
        return !path.isAbsolute() && names > 1 && path.getName(0).toString().equals(".")
                ? withoutLeadingDot(path.subpath(1, names)) : path;
    }

    static ClassPathRoot of(Path path) {
        return of(path, null);
    }

    /**
     * The root of a project directory, resources directory or jar; a project's {@code src/main/resources} and a
     * resources directory given as such are read through the build's filter, where one is given.
     */
    static ClassPathRoot of(Path path, @org.jspecify.annotations.Nullable ResourceFilter filter) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            Path resources = withoutLeadingDot(path.resolve("src").resolve("main").resolve("resources"));
            if (Files.isDirectory(resources)) {
                return directory(resources, filter);
            }
            Path extracted = extractedJar(path);
            if (extracted != null) {
                return of(extracted);
            }
            Path classes = unpackedClasses(path);
            // unpacked classes hold the built text: read as a jar's entries are, never filtered again
            return classes != null ? directory(classes, (file, text) -> text) : directory(path, filter);
        }
        String broken = SettingsFiles.brokenLink(path);
        if (broken != null) {
            throw new SettingsFileException(name, 0, broken);
        }
        if (!Files.isRegularFile(path)) {
            throw new SettingsFileException(name, 0, "no such application: expected a project directory, a"
                    + " resources directory or a packaged jar");
        }
        ZipFile jar;
        try {
            jar = new ZipFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new SettingsFileException(name, 0, "is neither a directory nor a readable jar ("
                    + e.getClass().getSimpleName() + ")");
        }
        return jar(name, jar);
    }

    /**
     * The directories Spring Boot reads as {@code file:./config/*}{@code /} when the service starts in this directory:
     * each directory under {@code config/} whose name does not start with {@code ..} (Kubernetes' {@code ..data}
     * links of a mounted ConfigMap), sorted by name, as relative paths ending in {@code /}; empty for a jar or a
     * directory without {@code config/}. Symbolic links are followed one level, as Spring Boot lists them.
     */
    static List<String> subdirectoriesOfConfig(Path path) {
        Path config = path.resolve("config");
        if (!Files.isDirectory(path) || !Files.isDirectory(config)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> entries = Files.list(config)) {
            return entries.filter(Files::isDirectory)
                    .map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.startsWith(".."))
                    .sorted()
                    .map(name -> "config/" + name + "/")
                    .toList();
        } catch (IOException | RuntimeException unreadable) {
            throw new SettingsFileException(config.toString(), 0, "cannot be listed ("
                    + unreadable.getClass().getSimpleName() + "), so its config/*/ directories cannot be read");
        }
    }

    /**
     * The directory a project is started in, read as Spring Boot reads {@code file:./} and {@code file:./config/}
     * beside the class path: a project directory with a {@code src/main/resources}; {@code null} for a resources
     * directory (its root is the class path root already) or a jar.
     */
    static @org.jspecify.annotations.Nullable ClassPathRoot workingDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return null;
        }
        if (Files.isDirectory(path.resolve("src").resolve("main").resolve("resources"))) {
            return directory(path);
        }
        Path extracted = extractedJar(path);
        return extracted != null ? directory(extracted.getParent()) : null;
    }

    /** The application's jar of an extracted directory ({@link ExtractedLayout}); {@code null} for any other. */
    private static @org.jspecify.annotations.Nullable Path extractedJar(Path directory) {
        return ExtractedLayout.applicationJar(directory);
    }

    /**
     * The application's classes of an unpacked Spring Boot jar or war: {@code BOOT-INF/classes/} (or
     * {@code WEB-INF/classes/}) at the root, as {@code unzip app.jar} writes it for {@code java -cp . JarLauncher}, or
     * in {@code application/}, the layer the older {@code java -Djarmode=layertools -jar app.jar extract} writes beside
     * {@code dependencies/}; {@code null} for any other directory (forty-third pass: both were exit 2 "not a Spring
     * Boot application's configuration"). The libraries' own configuration files are not read there.
     */
    private static @org.jspecify.annotations.Nullable Path unpackedClasses(Path directory) {
        for (Path base : List.of(directory, directory.resolve("application"))) {
            for (String inf : List.of("BOOT-INF", "WEB-INF")) {
                Path classes = base.resolve(inf).resolve("classes");
                if (Files.isDirectory(classes) && (base.equals(directory)
                        || Files.isDirectory(directory.resolve("dependencies")))) {
                    return classes;
                }
            }
        }
        return null;
    }

    /**
     * An application's root with further resource directories of its build (a Maven {@code <resource>} beyond
     * {@code src/main/resources}), which the build copies beside it onto one class path: a relative path is read
     * from every root that has it, in order, so a later directory's file overrides an earlier one's settings as the
     * later copy would; a name is the first root's that has the file.
     */
    static ClassPathRoot withResources(ClassPathRoot application, List<Path> resources,
            @org.jspecify.annotations.Nullable ResourceFilter filter) {
        if (resources.isEmpty()) {
            return application;
        }
        List<ClassPathRoot> roots = new java.util.ArrayList<>(resources.size() + 1);
        roots.add(application);
        resources.forEach(directory -> roots.add(directory(withoutLeadingDot(directory), filter)));
        return new ClassPathRoot() {
            @Override
            public List<ConfigFiles.Document> read(String relative, ConfigFiles.Format format) {
                List<ConfigFiles.Document> documents = new java.util.ArrayList<>();
                for (ClassPathRoot root : roots) {
                    documents.addAll(root.read(relative, format));
                }
                return documents;
            }

            @Override
            public boolean exists(String relative) {
                return holding(relative) != null;
            }

            @Override
            public boolean isDirectory(String relative) {
                return roots.stream().anyMatch(root -> root.isDirectory(relative));
            }

            @Override
            public String name(String relative) {
                ClassPathRoot root = holding(relative);
                return (root != null ? root : application).name(relative);
            }

            @Override
            public String describe() {
                return application.describe();
            }

            @Override
            public List<String> configSubdirectories() {
                java.util.Set<String> directories = new java.util.LinkedHashSet<>();
                roots.forEach(root -> directories.addAll(root.configSubdirectories()));
                return List.copyOf(directories);
            }

            @Override
            public void close() {
                roots.forEach(ClassPathRoot::close);
            }

            private @org.jspecify.annotations.Nullable ClassPathRoot holding(String relative) {
                for (ClassPathRoot root : roots) {
                    if (root.exists(relative)) {
                        return root;
                    }
                }
                return null;
            }
        };
    }

    private static ClassPathRoot directory(Path root) {
        return directory(root, null);
    }

    private static ClassPathRoot directory(Path root, @org.jspecify.annotations.Nullable ResourceFilter filter) {
        return new ClassPathRoot() {
            @Override
            public List<ConfigFiles.Document> read(String relative, ConfigFiles.Format format) {
                Path file = root.resolve(relative);
                if (!exists(relative)) {
                    return List.of();
                }
                return filter == null ? ConfigFiles.read(file, format) : ConfigFiles.read(file, format, filter);
            }

            /**
             * Whether the file is there; a configuration file that is a broken symbolic link, a directory or a
             * device is an error, never skipped: the service would try to read it.
             */
            @Override
            public boolean exists(String relative) {
                Path file = root.resolve(relative);
                String broken = SettingsFiles.brokenLink(file);
                if (broken != null) {
                    throw new SettingsFileException(file.toString(), 0, broken);
                }
                if (Files.isDirectory(file)) {
                    throw new SettingsFileException(file.toString(), 0, "is a directory, not a file");
                }
                if (Files.exists(file) && !Files.isRegularFile(file)) {
                    throw new SettingsFileException(file.toString(), 0, "is not a regular file (a device, pipe or"
                            + " socket), so it cannot be judged");
                }
                return Files.isRegularFile(file);
            }

            @Override
            public boolean isDirectory(String relative) {
                return Files.isDirectory(root.resolve(relative));
            }

            @Override
            public String name(String relative) {
                return root.resolve(relative).toString();
            }

            @Override
            public String describe() {
                String shown = root.toString();
                return shown.isEmpty() ? "." : shown; // the working directory, as the Maven goal names a root module
            }

            @Override
            public List<String> configSubdirectories() {
                return subdirectoriesOfConfig(root);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * For a jar whose manifest says {@code Multi-Release: true}, each entry name that also stands under
     * {@code META-INF/versions/N/}, mapped to one such copy; empty for any other jar (forty-third pass: the class
     * loader of Java 9 and later reads {@code META-INF/versions/17/application.properties} in place of the root one,
     * and the check judged the root one alone).
     */
    private static java.util.Map<String, String> versionedEntries(ZipFile jar) {
        ZipEntry manifest = jar.getEntry("META-INF/MANIFEST.MF");
        if (manifest == null) {
            return java.util.Map.of();
        }
        try (InputStream in = jar.getInputStream(manifest)) {
            String value = new java.util.jar.Manifest(in).getMainAttributes().getValue("Multi-Release");
            if (value == null || !value.strip().equalsIgnoreCase("true")) {
                return java.util.Map.of();
            }
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> copies = new java.util.HashMap<>();
        jar.stream().map(ZipEntry::getName).filter(entry -> entry.startsWith("META-INF/versions/")).forEach(entry -> {
            int slash = entry.indexOf('/', "META-INF/versions/".length());
            if (slash > 0 && slash < entry.length() - 1 && !entry.endsWith("/")) {
                copies.putIfAbsent(entry.substring(slash + 1), entry);
            }
        });
        return copies;
    }

    /** The names of the entries that appear more than once in a jar (a jar built by appending, or forged). */
    private static java.util.Set<String> duplicateEntries(ZipFile jar) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> duplicates = new java.util.HashSet<>();
        jar.stream().forEach(entry -> {
            if (!seen.add(entry.getName())) {
                duplicates.add(entry.getName());
            }
        });
        return duplicates;
    }

    /**
     * The configuration files of a Spring Boot jar's libraries ({@code BOOT-INF/lib/*.jar}; a war's
     * {@code WEB-INF/lib/*.jar} and {@code WEB-INF/lib-provided/*.jar}) that its class loader finds
     * when {@code BOOT-INF/classes} has no file of that name: {@code classpath:application.yml} is the first such
     * resource on the class path, the application's classes first, then the libraries in {@code classpath.idx} order
     * (else the order of the entries). Maps a path ({@code application.yml}, {@code config/application.yml}) to the
     * library entry holding it; only names of files at the root or in {@code config/}.
     */
    static java.util.Map<String, Located> libraryConfigFiles(ZipFile jar, String inf, LibraryJars reader) {
        List<String> libraries = new java.util.ArrayList<>();
        // a war's launcher puts WEB-INF/lib-provided (the servlet container's jars) on the class path too
        List<String> roots = inf.equals("WEB-INF/") ? List.of("WEB-INF/lib/", "WEB-INF/lib-provided/")
                : List.of(inf + "lib/");
        ZipEntry index = jar.getEntry(inf + "classpath.idx");
        java.util.Set<String> indexed = new java.util.HashSet<>();
        if (index != null) {
            try (InputStream in = jar.getInputStream(index)) {
                for (String line : new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n")) {
                    String library = line.strip().replaceFirst("^- ", "").replace("\"", "");
                    if (roots.stream().anyMatch(library::startsWith) && jar.getEntry(library) != null
                            && indexed.add(library)) {
                        libraries.add(library);
                    }
                }
            } catch (IOException unreadable) {
                libraries.clear();
                indexed.clear();
            }
        }
        jar.stream().map(ZipEntry::getName)
                .filter(entry -> roots.stream().anyMatch(entry::startsWith) && entry.endsWith(".jar")
                        && !indexed.contains(entry))
                .forEach(libraries::add);
        java.util.Map<String, Located> found = new java.util.HashMap<>();
        for (String library : libraries) {
            reader.list(jar.getEntry(library), ClassPathRoot::isConfigFileName)
                    .forEach((path, offset) -> found.putIfAbsent(path, new Located(library, offset)));
        }
        return found;
    }

    /** A library's entry the class loader could find as a configuration file: at the root or in {@code config/}. */
    private static boolean isConfigFileName(String path) {
        String file = path.startsWith("config/") ? path.substring("config/".length()) : path;
        return !file.isEmpty() && file.indexOf('/') < 0 && (file.endsWith(".properties") || file.endsWith(".yml")
                || file.endsWith(".yaml"));
    }

    /** Where a library's configuration file is: the library's entry, and its local header's offset or -1. */
    record Located(String library, long offset) {
    }

    /** Whether the archive has entries under that directory (a directory entry need not be written). */
    private static boolean hasDirectory(ZipFile jar, String directory) {
        return jar.getEntry(directory) != null || jar.stream().anyMatch(entry -> entry.getName().startsWith(directory));
    }

    private static ClassPathRoot jar(String name, ZipFile jar) {
        // an executable jar keeps the application in BOOT-INF, an executable (or deployable) war in WEB-INF
        String inf = hasDirectory(jar, "BOOT-INF/classes/") ? "BOOT-INF/"
                : hasDirectory(jar, "WEB-INF/classes/") ? "WEB-INF/" : "";
        String prefix = inf.isEmpty() ? "" : inf + "classes/";
        java.util.Set<String> duplicates = duplicateEntries(jar);
        java.util.Map<String, String> versioned = versionedEntries(jar);
        return new ClassPathRoot() {

            /**
             * Refuses a configuration file a multi-release jar also holds under {@code META-INF/versions/N/}: the
             * class loader gives the copy of the Java version the service runs on, which the check does not know.
             */
            private void refuseVersioned(String relative) {
                String copy = versioned.get(prefix + relative);
                if (copy != null) {
                    throw new SettingsFileException(name + "!/" + copy, 0, "is a Java-version-specific copy of "
                            + prefix + relative + " in a multi-release jar; the service reads the copy of the Java"
                            + " version it runs on, so the jar cannot be judged: keep configuration files out of"
                            + " META-INF/versions/");
                }
            }

            private java.util.@org.jspecify.annotations.Nullable Map<String, Located> libraries;

            /** The library holding a file the application's classes lack, or {@code null}. */
            private @org.jspecify.annotations.Nullable Located library(String relative) {
                if (prefix.isEmpty() || jar.getEntry(prefix + relative) != null) {
                    return null;
                }
                if (libraries == null) {
                    libraries = libraryConfigFiles(jar, inf, new LibraryJars(jar, name));
                }
                return libraries.get(relative);
            }

            private List<ConfigFiles.Document> readLibrary(String relative, Located library,
                    ConfigFiles.Format format) {
                String entryName = name(relative);
                try (java.util.zip.ZipInputStream in = new LibraryJars(jar, name)
                        .open(jar.getEntry(library.library()), relative, library.offset())) {
                    if (in == null) {
                        return List.of();
                    }
                    String text = SettingsFiles.read(entryName, in, format.encoding());
                    return ConfigFiles.asBuilt(ConfigFiles.read(entryName, text, format));
                } catch (IOException e) {
                    throw new SettingsFileException(entryName, 0, "cannot be read (" + e.getClass().getSimpleName()
                            + ")");
                }
            }

            @Override
            public List<ConfigFiles.Document> read(String relative, ConfigFiles.Format format) {
                refuseVersioned(relative);
                Located library = library(relative);
                if (library != null) {
                    return readLibrary(relative, library, format);
                }
                ZipEntry entry = jar.getEntry(prefix + relative);
                if (entry == null || entry.isDirectory()) {
                    return List.of();
                }
                String entryName = name(relative);
                if (duplicates.contains(prefix + relative)) {
                    throw new SettingsFileException(entryName, 0, "appears more than once in the jar; tools"
                            + " disagree on which copy the service reads, so the jar cannot be judged: rebuild it"
                            + " with one entry of each name");
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    String text = SettingsFiles.read(entryName, in, format.encoding());
                    return ConfigFiles.asBuilt(ConfigFiles.read(entryName, text, format));
                } catch (IOException e) {
                    throw new SettingsFileException(entryName, 0, "cannot be read (" + e.getClass().getSimpleName()
                            + ")");
                }
            }

            @Override
            public boolean exists(String relative) {
                refuseVersioned(relative);
                ZipEntry entry = jar.getEntry(prefix + relative);
                return entry != null && !entry.isDirectory() || library(relative) != null;
            }

            @Override
            public boolean isDirectory(String relative) {
                String directory = prefix + relative;
                return directory.isEmpty() || jar.stream().anyMatch(entry -> entry.getName().startsWith(directory));
            }

            @Override
            public String name(String relative) {
                Located library = library(relative);
                return library != null ? name + "!/" + library.library() + "!/" + relative
                        : name + "!/" + prefix + relative;
            }

            @Override
            public String describe() {
                return name + (prefix.isEmpty() ? "" : "!/" + prefix);
            }

            @Override
            public void close() {
                try {
                    jar.close();
                } catch (IOException ignored) {
                    // read-only; nothing was written
                }
            }
        };
    }
}

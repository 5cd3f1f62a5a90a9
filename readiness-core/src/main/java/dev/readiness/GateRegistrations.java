package dev.readiness;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an application's gate registrations from its files ({@link Gates#notLoadable}), as the CLI and the Maven goal
 * do: a class of its own, so that a service's start, which discovers its gates through {@link java.util.ServiceLoader},
 * neither loads nor verifies this code. Stateless and thread-safe.
 */
final class GateRegistrations {

    /** Where an application's own gate registration may be: compiled classes, resources, an archive's classes. */
    private static final List<String> REGISTRATION_ROOTS = List.of("target/classes/", "build/classes/java/main/",
            "build/classes/kotlin/main/", "build/resources/main/", "src/main/resources/", "BOOT-INF/classes/",
            "WEB-INF/classes/", "");

    private static final String REGISTRATION = "META-INF/services/" + Gate.class.getName();

    private GateRegistrations() {
    }

    static List<String> notLoadable(java.nio.file.Path application, ClassLoader classLoader) {
        java.util.Set<String> registered = new java.util.LinkedHashSet<>();
        java.nio.file.Path absolute = application.toAbsolutePath().normalize();
        try {
            if (java.nio.file.Files.isDirectory(absolute)) {
                List<java.nio.file.Path> projects = new ArrayList<>(List.of(absolute));
                if (absolute.endsWith(java.nio.file.Path.of("src", "main", "resources"))
                        && absolute.getNameCount() >= 3) {
                    projects.add(absolute.getParent().getParent().getParent());
                }
                for (java.nio.file.Path project : projects) {
                    for (String root : REGISTRATION_ROOTS) {
                        java.nio.file.Path file = project.resolve(root + REGISTRATION);
                        if (java.nio.file.Files.isRegularFile(file)) {
                            registered.addAll(providerNames(java.nio.file.Files.readString(file,
                                    java.nio.charset.StandardCharsets.UTF_8)));
                        }
                    }
                }
            } else if (java.nio.file.Files.isRegularFile(absolute)) {
                try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(absolute.toFile())) {
                    for (String root : REGISTRATION_ROOTS) {
                        java.util.zip.ZipEntry entry = archive.getEntry(root + REGISTRATION);
                        if (entry != null && entry.getSize() <= 1024 * 1024) {
                            try (java.io.InputStream in = archive.getInputStream(entry)) {
                                registered.addAll(providerNames(new String(in.readNBytes(1024 * 1024),
                                        java.nio.charset.StandardCharsets.UTF_8)));
                            }
                        }
                    }
                    registered.addAll(libraryRegistrations(archive));
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String name : registered) {
            if (classLoader.getResource(name.replace('.', '/') + ".class") == null) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Where a packaged application keeps its libraries. */
    private static final List<String> LIBRARY_ROOTS = List.of("BOOT-INF/lib/", "WEB-INF/lib/", "WEB-INF/lib-provided/");

    /**
     * The gates registered by the libraries a packaged jar or war carries ({@code BOOT-INF/lib/acme-gates.jar}): a
     * company's gates shipped as a library run at the service's start, so a check of the jar that cannot load them
     * must say so (session 23). Reads each nested jar's entries as a stream, and only its registration file.
     */
    private static List<String> libraryRegistrations(java.util.zip.ZipFile archive) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            java.util.zip.ZipEntry library = entries.nextElement();
            String name = library.getName();
            if (library.isDirectory() || !name.endsWith(".jar")
                    || LIBRARY_ROOTS.stream().noneMatch(root -> name.startsWith(root) && name.indexOf('/',
                            root.length()) < 0)) {
                continue;
            }
            String text = library.getMethod() == java.util.zip.ZipEntry.STORED
                    ? StoredJar.registration(archive, library) : null;
            if (text == null && library.getMethod() != java.util.zip.ZipEntry.STORED) {
                text = streamedRegistration(archive, library);
            }
            if (text != null) {
                names.addAll(providerNames(text));
            }
        }
        return names;
    }

    /** A compressed nested jar's registration, read by streaming through its entries (rare: Boot stores them). */
    private static @Nullable String streamedRegistration(java.util.zip.ZipFile archive, java.util.zip.ZipEntry library)
            throws java.io.IOException {
        try (java.util.zip.ZipInputStream nested = new java.util.zip.ZipInputStream(archive.getInputStream(library))) {
            for (java.util.zip.ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (entry.getName().equals(REGISTRATION)) {
                    return new String(nested.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /**
     * Reads one file of a jar stored uncompressed inside another (as Spring Boot stores {@code BOOT-INF/lib/*.jar})
     * through its central directory, skipping to the few bytes it needs: streaming through every entry of every
     * library took about 3 s on a 59 MB service jar, this takes milliseconds.
     */
    private static final class StoredJar {

        private static final int END_SIZE = 22;
        private static final int MAX_COMMENT = 0xFFFF;

        private StoredJar() {
        }

        static @Nullable String registration(java.util.zip.ZipFile archive, java.util.zip.ZipEntry library)
                throws java.io.IOException {
            long size = library.getSize();
            if (size < END_SIZE) {
                return null;
            }
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            byte[] tail = read(archive, library, size - tailLength, tailLength);
            int end = -1;
            for (int i = tail.length - END_SIZE; i >= 0; i--) {
                if (int32(tail, i) == 0x06054b50) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            long directorySize = uint32(tail, end + 12);
            long directoryOffset = uint32(tail, end + 16);
            if (directorySize <= 0 || directorySize > 64L * 1024 * 1024 || directoryOffset + directorySize > size) {
                return null;
            }
            byte[] directory = read(archive, library, directoryOffset, (int) directorySize);
            byte[] wanted = REGISTRATION.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int at = 0; at + 46 <= directory.length && int32(directory, at) == 0x02014b50; ) {
                int method = uint16(directory, at + 10);
                long compressed = uint32(directory, at + 20);
                int nameLength = uint16(directory, at + 28);
                int extraLength = uint16(directory, at + 30);
                int commentLength = uint16(directory, at + 32);
                long localOffset = uint32(directory, at + 42);
                if (nameLength == wanted.length && at + 46 + nameLength <= directory.length
                        && java.util.Arrays.equals(directory, at + 46, at + 46 + nameLength, wanted, 0, wanted.length)) {
                    return content(archive, library, localOffset, method, compressed);
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
            return null;
        }

        private static @Nullable String content(java.util.zip.ZipFile archive, java.util.zip.ZipEntry library,
                long localOffset, int method, long compressed) throws java.io.IOException {
            if (compressed > 1024 * 1024 || localOffset + 30 > library.getSize()) {
                return null;
            }
            byte[] header = read(archive, library, localOffset, 30);
            if (int32(header, 0) != 0x04034b50) {
                return null;
            }
            long dataOffset = localOffset + 30 + uint16(header, 26) + uint16(header, 28);
            if (dataOffset + compressed > library.getSize()) {
                return null;
            }
            byte[] data = read(archive, library, dataOffset, (int) compressed);
            if (method == java.util.zip.ZipEntry.STORED) {
                return new String(data, java.nio.charset.StandardCharsets.UTF_8);
            }
            if (method != java.util.zip.ZipEntry.DEFLATED) {
                return null;
            }
            try (java.io.InputStream inflated = new java.util.zip.InflaterInputStream(
                    new java.io.ByteArrayInputStream(data), new java.util.zip.Inflater(true))) {
                return new String(inflated.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            }
        }

        private static byte[] read(java.util.zip.ZipFile archive, java.util.zip.ZipEntry library, long offset,
                int length) throws java.io.IOException {
            try (java.io.InputStream in = archive.getInputStream(library)) {
                long skipped = 0;
                while (skipped < offset) {
                    long step = in.skip(offset - skipped);
                    if (step <= 0) {
                        throw new java.io.EOFException();
                    }
                    skipped += step;
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) {
                    throw new java.io.EOFException();
                }
                return bytes;
            }
        }

        private static int uint16(byte[] bytes, int at) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }

        private static int int32(byte[] bytes, int at) {
            return uint16(bytes, at) | uint16(bytes, at + 2) << 16;
        }

        private static long uint32(byte[] bytes, int at) {
            return int32(bytes, at) & 0xFFFFFFFFL;
        }
    }

    /** The provider class names of a service registration file: one a line, {@code #} comments and blanks left out. */
    private static List<String> providerNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String name = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!name.isEmpty() && name.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.')) {
                names.add(name);
            }
        }
        return names;
    }
}

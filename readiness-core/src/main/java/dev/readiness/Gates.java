package dev.readiness;

import dev.readiness.internal.BoundedExecutor;
import dev.readiness.internal.BoundedExecutor.Call;
import dev.readiness.internal.BoundedExecutor.State;
import dev.readiness.internal.BrokenProviderGate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds gates: the ones on the class path through {@link ServiceLoader}.
 * Stateless and thread-safe: static methods only.
 */
public final class Gates {


    private static final Logger log = LoggerFactory.getLogger(Gates.class);

    /** Stops discovery when the service loader fails this often in a row without progress. */
    private static final int MAX_CONSECUTIVE_ERRORS = 100;

    private Gates() {
    }

    /**
     * Every gate registered in {@code META-INF/services/dev.readiness.Gate} visible to the class loader, built-in
     * gates included. Each gate is constructed, and its {@link Gate#id()} read, on a daemon thread under
     * {@link Readiness#DEFAULT_GATE_TIMEOUT} and all within {@link Readiness#DEFAULT_DEADLINE}. A registration that
     * cannot be loaded (class missing, not a gate), whose constructor throws or hangs, or whose id throws, hangs or
     * is invalid does not stop discovery: it becomes a gate that reports a NO-GO {@code gate.failed} naming the
     * provider class, and the other gates still load. {@link Readiness.Builder#discoveredGates(ClassLoader)}
     * constructs the gates during the run instead, under its deadline.
     *
     * @param classLoader the class loader to search
     * @return the gates, in discovery order
     */
    public static List<Gate> discover(ClassLoader classLoader) {
        List<Readiness.Source<Gate>> sources = sources(Gate.class, classLoader);
        List<Callable<Gate>> calls = new ArrayList<>(sources.size());
        for (Readiness.Source<Gate> source : sources) {
            calls.add(() -> {
                Gate gate = source.create();
                String id = gate.id();
                if (id == null || !isDottedId(id)) {
                    throw new IllegalArgumentException("invalid id");
                }
                return gate;
            });
        }
        List<Call<Gate>> made = new BoundedExecutor(4, Readiness.DEFAULT_GATE_TIMEOUT)
                .run(calls, System.nanoTime() + Readiness.DEFAULT_DEADLINE.toNanos(), "discovery");
        List<Gate> gates = new ArrayList<>(sources.size());
        Map<String, Integer> broken = new HashMap<>();
        for (int i = 0; i < made.size(); i++) {
            Call<Gate> call = made.get(i);
            Readiness.Source<Gate> source = sources.get(i);
            if (call.state() == State.DONE && call.value() != null) {
                gates.add(call.value());
                continue;
            }
            int number = broken.merge(source.className(), 1, Integer::sum);
            log.warn("Gate provider {} could not be loaded; it reports gate.failed", source.className());
            if (call.failure() instanceof ServiceConfigurationError error) {
                gates.add(BrokenProviderGate.of(error, number));
                continue;
            }
            String problem = switch (call.state()) {
                case FAILED -> call.failure() instanceof IllegalArgumentException
                        && "invalid id".equals(call.failure().getMessage())
                        ? "its id() is not a valid gate id (lower-case words joined by '.' or '-', such as acme.carrier-urls)"
                        : "its id() threw " + call.failure().getClass().getName();
                default -> "its constructor or id() did not finish within " + Readiness.DEFAULT_GATE_TIMEOUT.toMillis()
                        + " ms";
            };
            gates.add(BrokenProviderGate.named(source.className(), number, problem));
        }
        return gates;
    }

    /** Where an application's own gate registration may be: compiled classes, resources, an archive's classes. */
    private static final List<String> REGISTRATION_ROOTS = List.of("target/classes/", "build/classes/java/main/",
            "build/classes/kotlin/main/", "build/resources/main/", "src/main/resources/", "BOOT-INF/classes/",
            "WEB-INF/classes/", "");

    private static final String REGISTRATION = "META-INF/services/" + Gate.class.getName();

    /**
     * The gates an application registers in its own {@code META-INF/services/dev.readiness.Gate} (in its compiled
     * classes, its resources directory or its packaged jar, and in the libraries a packaged jar or war carries) that
     * a class loader cannot load: the gates a check of the
     * application's files from outside it (the CLI's {@code --app}, the Maven goal) would otherwise leave out without
     * a word, judging GO where the service's own start is refused. Reads the registration files only; loads no class.
     *
     * @param application a project directory, resources directory, classes directory, or packaged jar or war
     * @param classLoader the class loader the check discovers gates with
     * @return the registered class names that loader cannot find, in the order registered, each once; empty when the
     *         application registers no gate, all are loadable, or nothing can be read
     */
    public static List<String> notLoadable(java.nio.file.Path application, ClassLoader classLoader) {
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

    /**
     * Every gate registered through {@link ServiceLoader} visible to this class's loader.
     *
     * @return the gates, in discovery order
     */
    public static List<Gate> discover() {
        return discover(Gates.class.getClassLoader());
    }

    /**
     * The registrations of a service, not yet constructed: listing them loads no class initializer and runs no
     * user code. A registration that cannot be listed becomes a stand-in that reports {@code gate.failed} (for a
     * fact contributor: one whose construction fails, so it reports {@code facts.failed}).
     */
    static <T> List<Readiness.Source<T>> sources(Class<T> service, ClassLoader classLoader) {
        List<Readiness.Source<T>> sources = new ArrayList<>();
        Map<String, Integer> broken = new HashMap<>();
        Iterator<ServiceLoader.Provider<T>> providers = ServiceLoader.load(service, classLoader).stream().iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<T> provider = providers.next();
                consecutiveErrors = 0;
                String className = provider.type().getName();
                sources.add(new Readiness.Source<>(new Construct<>(provider), null, "ServiceLoader provider "
                        + className, className, null));
            } catch (ServiceConfigurationError error) {
                consecutiveErrors++;
                BrokenProviderGate stand = BrokenProviderGate.of(error, 1);
                int number = broken.merge(stand.provider(), 1, Integer::sum);
                log.warn("{} provider {} could not be loaded", service.getSimpleName(), stand.provider());
                sources.add(brokenSource(service, number == 1 ? stand : BrokenProviderGate.of(error, number)));
            }
        }
        return sources;
    }

    /** Constructs a provider: a named class, not a method reference, whose first use a boot would pay to link. */
    private record Construct<T>(ServiceLoader.Provider<T> provider) implements Callable<T> {

        @Override
        public T call() {
            return provider.get();
        }
    }

    private static <T> Readiness.Source<T> brokenSource(Class<T> service, BrokenProviderGate stand) {
        String description = "ServiceLoader provider " + stand.provider();
        if (service == Gate.class) {
            return new Readiness.Source<>(() -> service.cast(stand), null, description, stand.provider(), stand.id());
        }
        return new Readiness.Source<>(() -> {
            throw new IllegalStateException("cannot be loaded");
        }, null, description, stand.provider(), stand.id());
    }

    /** The id a gate is reported under when its own is unknown: {@code gate.provider.<class>}. */
    static String fallbackId(String className) {
        String part = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.+", ".").replaceAll("(^[.-]+)|([.-]+$)", "").replaceAll("-?\\.-?", ".");
        return "gate.provider." + (part.isEmpty() ? "unknown" : part);
    }

    /**
     * Whether the text is lower-case words of ASCII letters and digits joined by single {@code .} or {@code -}
     * ({@code secrets}, {@code acme.carrier-urls}), as gate ids and finding codes must be. Checked character by
     * character: every gate id and finding code of a boot passes here, and a regular expression would be compiled
     * and interpreted on the boot's threads for it.
     */
    static boolean isDottedId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean afterWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterWord = true;
            }
            else if ((c == '.' || c == '-') && afterWord) {
                afterWord = false;
            }
            else {
                return false;
            }
        }
        return afterWord;
    }

    static String requireValidId(String id) {
        if (!isDottedId(id)) {
            throw new IllegalArgumentException(
                    "gate id must be lower-case words joined by '.' or '-', such as secrets or acme.carrier-urls, but was '"
                            + id + "'");
        }
        return id;
    }
}

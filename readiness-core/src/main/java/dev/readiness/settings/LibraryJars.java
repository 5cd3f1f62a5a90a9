package dev.readiness.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The entries of the libraries an application's jar nests ({@code BOOT-INF/lib/*.jar}), listed as Spring Boot's
 * class loader lists them: from each library's central directory, without inflating a single entry. A library is
 * stored in the jar without compression (Spring Boot's loader refuses a compressed one), so its central directory is
 * reached by skipping to it; a library that is compressed, or whose directory this reading does not know (ZIP64), is
 * streamed entry by entry instead. Streaming every library of a hostile jar (200 libraries of 20,000 entries each) took
 * 40 to 104 seconds; the same jar is now refused in about two, its directories' counts read. A jar whose
 * libraries hold more than {@link #MAX_ENTRIES} entries in all, far more than any service's, is refused as soon as
 * their directories' counts pass it, naming the jar and the library. Not thread-safe: one per jar read.
 */
final class LibraryJars {

    /** The most entries all libraries of one jar may hold: a large service's jar holds a few hundred thousand. */
    static final int MAX_ENTRIES = 2_000_000;

    private static final int END_SIGNATURE = 0x06054b50;

    private static final int DIRECTORY_SIGNATURE = 0x02014b50;

    private static final int END_LENGTH = 22;

    private static final int MAX_DIRECTORY_BYTES = 256 << 20;

    private final ZipFile jar;

    private final String name;

    private final int maxEntries;

    private long entries;

    LibraryJars(ZipFile jar, String name) {
        this(jar, name, MAX_ENTRIES);
    }

    LibraryJars(ZipFile jar, String name, int maxEntries) {
        this.jar = jar;
        this.name = name;
        this.maxEntries = maxEntries;
    }

    /**
     * The names of a library's entries that pass the filter, each with the offset of its local header in the
     * library when the central directory was read (else {@code -1}), in the directory's order.
     *
     * @param library the library's entry in the jar
     * @param wanted which names to keep
     * @return the names kept and their offsets; empty for a library that is not a readable jar
     * @throws SettingsFileException when the libraries read so far hold more than the most entries allowed
     */
    Map<String, Long> list(ZipEntry library, Predicate<String> wanted) {
        try {
            Map<String, Long> listed = fromDirectory(library, wanted);
            return listed != null ? listed : streamed(library, wanted);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof SettingsFileException refused) {
                throw refused;
            }
            // a library that is not a readable jar holds nothing the class loader could find either
            return Map.of();
        }
    }

    /**
     * A stream of one entry's content, positioned by its local header's offset when known, else found by streaming
     * the library; {@code null} when the library has no such entry.
     */
    @Nullable ZipInputStream open(ZipEntry library, String entryName, long offset) throws IOException {
        if (offset >= 0 && library.getMethod() == ZipEntry.STORED) {
            InputStream raw = jar.getInputStream(library);
            raw.skipNBytes(offset);
            ZipInputStream at = new ZipInputStream(raw);
            ZipEntry entry = at.getNextEntry();
            if (entry != null && entry.getName().equals(entryName)) {
                return at;
            }
            at.close(); // the directory's offset did not lead to the entry: streamed from the start
        }
        ZipInputStream in = new ZipInputStream(jar.getInputStream(library));
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (entry.getName().equals(entryName)) {
                return in;
            }
        }
        in.close();
        return null;
    }

    private @Nullable Map<String, Long> fromDirectory(ZipEntry library, Predicate<String> wanted) throws IOException {
        long size = library.getSize();
        if (library.getMethod() != ZipEntry.STORED || size < END_LENGTH) {
            return null;
        }
        int tailLength = (int) Math.min(size, END_LENGTH + 0xFFFF);
        byte[] tail;
        try (InputStream in = jar.getInputStream(library)) {
            in.skipNBytes(size - tailLength);
            tail = in.readNBytes(tailLength);
        }
        int end = -1;
        for (int at = tail.length - END_LENGTH; at >= 0; at--) {
            if (int32(tail, at) == END_SIGNATURE && at + END_LENGTH + uint16(tail, at + 20) == tail.length) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = uint16(tail, end + 10);
        long directorySize = uint32(tail, end + 12);
        long directoryOffset = uint32(tail, end + 16);
        long endOffset = size - tailLength + end;
        if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL
                || directoryOffset + directorySize > endOffset || directorySize > MAX_DIRECTORY_BYTES) {
            return null; // ZIP64 or not what it claims: streamed, as before
        }
        count(library, count);
        byte[] directory;
        try (InputStream in = jar.getInputStream(library)) {
            in.skipNBytes(directoryOffset);
            directory = in.readNBytes((int) directorySize);
        }
        Map<String, Long> listed = new LinkedHashMap<>();
        int at = 0;
        for (int read = 0; read < count; read++) {
            if (at + 46 > directory.length || int32(directory, at) != DIRECTORY_SIGNATURE) {
                return null;
            }
            int nameLength = uint16(directory, at + 28);
            int next = at + 46 + nameLength + uint16(directory, at + 30) + uint16(directory, at + 32);
            if (next > directory.length) {
                return null;
            }
            String entryName = new String(directory, at + 46, nameLength, StandardCharsets.UTF_8);
            if (wanted.test(entryName)) {
                listed.putIfAbsent(entryName, uint32(directory, at + 42));
            }
            at = next;
        }
        return listed;
    }

    private Map<String, Long> streamed(ZipEntry library, Predicate<String> wanted) throws IOException {
        Map<String, Long> listed = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(jar.getInputStream(library))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                count(library, 1);
                if (wanted.test(entry.getName())) {
                    listed.putIfAbsent(entry.getName(), -1L);
                }
            }
        }
        return listed;
    }

    private void count(ZipEntry library, int more) {
        entries += more;
        if (entries > maxEntries) {
            throw new SettingsFileException(name, 0, "its libraries hold more than " + String.format(
                    java.util.Locale.ROOT, "%,d", maxEntries) + " entries (counted up to " + library.getName()
                    + "), far more than a service's jar: refused unread, as a hostile archive may be");
        }
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] bytes, int at) {
        return int32(bytes, at) & 0xFFFFFFFFL;
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }
}

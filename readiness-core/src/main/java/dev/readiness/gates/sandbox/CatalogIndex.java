package dev.readiness.gates.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The built-in provider catalog, read once at build time and written next to it as a compact index
 * ({@code providers.properties.index}), so a boot reads providers without parsing and validating the text: the
 * index holds the checksum of the text it was made from, a {@link CatalogSketch} of what the providers could match,
 * and every {@link Provider} component in declaration order, and is used only when the checksum matches the text on
 * the class path (otherwise the text is parsed, as for any other catalog). The text file stays the one source of
 * truth. {@link CatalogIndexWriter} writes it at build time.
 */
final class CatalogIndex {

    /** The suffix of the index next to a catalog. */
    static final String SUFFIX = ".index";

    /** The index's format, written first. */
    static final int FORMAT = 3;

    /** The bytes before the sketch: the format, the checksum of the text and the sketch's length. */
    private static final int HEADER_BYTES = 4 + 8 + 4;

    /** A sketch longer than this is no sketch of a catalog (the built-in one's is about 6 KB). */
    private static final int MAX_SKETCH_BYTES = 1 << 24;

    private CatalogIndex() {
    }

    static long checksum(byte[] text) {
        CRC32 crc = new CRC32();
        crc.update(text);
        return crc.getValue();
    }

    /**
     * The providers of the catalog at a URL, from its index when there is one made from exactly that text.
     *
     * @param catalog the catalog text's location
     * @param text the catalog text's bytes
     * @return the providers, or {@code null} when there is no matching index
     */
    static @Nullable List<Provider> read(URL catalog, byte[] text) {
        byte[] index = indexOf(catalog);
        return index == null ? null : read(index, checksum(text));
    }

    /**
     * The providers of a catalog packaged in a jar, from its index when the jar entry's CRC-32 (the same checksum
     * the index holds, kept in the jar's directory) says the index was made from exactly that text: the text itself
     * is not read.
     *
     * @param catalog the catalog text's location
     * @return the providers, or {@code null} when the catalog is not a jar entry or has no matching index
     */
    static @Nullable List<Provider> readPackaged(URL catalog) {
        long crc = packagedChecksum(catalog);
        byte[] index = crc < 0 ? null : indexOf(catalog);
        return index == null ? null : read(index, crc);
    }

    /** The CRC-32 of a catalog packaged in a jar, from the jar's directory; -1 when it is not a readable jar entry. */
    private static long packagedChecksum(URL catalog) {
        if (!"jar".equals(catalog.getProtocol())) {
            return -1;
        }
        try {
            URLConnection connection = catalog.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return -1;
            }
            JarEntry entry = jar.getJarEntry();
            return entry == null ? -1 : entry.getCrc();
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /**
     * The sketch of the catalog at a URL, from its index when there is one made from exactly that text (for a jar
     * entry, by the CRC-32 of the jar's directory; otherwise the text is read and checksummed): no provider is
     * decoded.
     *
     * @param catalog the catalog text's location
     * @return the sketch, or {@code null} when there is no matching index
     */
    static @Nullable CatalogSketch sketch(URL catalog) {
        long checksum = packagedChecksum(catalog);
        if (checksum < 0) {
            try (InputStream in = catalog.openStream()) {
                checksum = checksum(in.readAllBytes());
            } catch (IOException | RuntimeException unreadable) {
                return null;
            }
        }
        byte[] head = headOf(catalog);
        return head == null ? null : sketch(head, checksum);
    }

    /**
     * The start of a catalog's index up to the end of its sketch (its format, checksum, sketch length and sketch:
     * about 6 KB of the index's 77), so a boot that needs only the sketch neither inflates nor copies the providers
     * after it; {@code null} when there is no index or it ends early.
     */
    private static byte @Nullable [] headOf(URL catalog) {
        try (InputStream in = new URL(catalog.toString() + SUFFIX).openStream()) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (header.length < HEADER_BYTES) {
                return null;
            }
            int length = (header[12] & 0xFF) << 24 | (header[13] & 0xFF) << 16 | (header[14] & 0xFF) << 8
                    | header[15] & 0xFF;
            if (length < 0 || length > MAX_SKETCH_BYTES) {
                return null;
            }
            byte[] sketch = in.readNBytes(length);
            byte[] head = Arrays.copyOf(header, HEADER_BYTES + sketch.length);
            System.arraycopy(sketch, 0, head, HEADER_BYTES, sketch.length);
            return head;
        } catch (IOException | RuntimeException noIndex) {
            return null;
        }
    }

    static @Nullable CatalogSketch sketch(byte[] index, long checksum) {
        try {
            Cursor in = new Cursor(index);
            if (in.readInt() != FORMAT || in.readLong() != checksum) {
                return null;
            }
            int length = in.readInt();
            int end = in.position + length;
            CatalogSketch sketch = CatalogSketch.read(in);
            return in.position == end ? sketch : null;
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
    }

    private static byte @Nullable [] indexOf(URL catalog) {
        try (InputStream in = new URL(catalog.toString() + SUFFIX).openStream()) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException noIndex) {
            return null;
        }
    }

    static @Nullable List<Provider> read(byte[] index, long checksum) {
        try {
            Cursor in = new Cursor(index);
            RecordComponent[] components = Provider.class.getRecordComponents();
            if (in.readInt() != FORMAT || in.readLong() != checksum) {
                return null;
            }
            in.skip(in.readInt());
            if (in.readInt() != components.length) {
                return null;
            }
            int count = in.readInt();
            List<Provider> providers = new ArrayList<>(count);
            Object[] values = new Object[components.length];
            for (int p = 0; p < count; p++) {
                for (int i = 0; i < components.length; i++) {
                    values[i] = in.readValue();
                }
                providers.add(provider(values));
            }
            return in.atEnd() ? providers : null;
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
    }

    /**
     * A provider from its components in declaration order, by a plain constructor call: a reflective one is turned
     * into generated bytecode after a few calls, which costs a cold boot more than reading the whole index. A
     * component of another type than the record's (an index written for another shape) throws
     * {@link ClassCastException}, and the text is parsed instead.
     */
    @SuppressWarnings("unchecked")
    private static Provider provider(Object[] values) {
        return new Provider((String) values[0], (String) values[1], (String) values[2], (List<String>) values[3],
                (List<List<String>>) values[4], (List<String>) values[5], (List<String>) values[6],
                (List<String>) values[7], (List<String>) values[8], (List<String>) values[9],
                (List<String>) values[10], (List<String>) values[11], (Map<String, Set<String>>) values[12],
                (List<String>) values[13]);
    }

    /**
     * Reads an index in place: a position in its bytes rather than a stream (whose reads are synchronized, one call
     * per byte), ASCII strings copied as Latin-1 bytes rather than decoded character by character, and collections
     * made immutable as they are read so that {@link Provider}'s defensive copies return them as they are. Cold
     * boots read the index in interpreted code, where each of these calls counts.
     */
    static final class Cursor {

        private final byte[] bytes;

        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean atEnd() {
            return position == bytes.length;
        }

        void skip(int count) throws IOException {
            if (count < 0 || position + count > bytes.length) {
                throw new EOFException();
            }
            position += count;
        }

        int[] readInts() throws IOException {
            int count = readInt();
            if (count < 0 || position + 4L * count > bytes.length) {
                throw new EOFException();
            }
            int[] values = new int[count];
            byte[] in = bytes;
            int at = position;
            for (int i = 0; i < count; i++, at += 4) {
                values[i] = (in[at] & 0xFF) << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8
                        | in[at + 3] & 0xFF;
            }
            position = at;
            return values;
        }

        String readUtf() throws IOException {
            int length = readUnsignedShort();
            if (position + length > bytes.length) {
                throw new EOFException();
            }
            DataInputStream utf = new DataInputStream(new ByteArrayInputStream(bytes, position - 2, length + 2));
            String text = utf.readUTF();
            position += length;
            return text;
        }

        private int readByte() throws IOException {
            if (position >= bytes.length) {
                throw new EOFException();
            }
            return bytes[position++];
        }

        private int readUnsignedShort() throws IOException {
            return (readByte() & 0xFF) << 8 | (readByte() & 0xFF);
        }

        int readInt() throws IOException {
            return readUnsignedShort() << 16 | readUnsignedShort();
        }

        long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
        }

        Object readValue() throws IOException {
            int tag = readByte();
            switch (tag) {
                case 'a': {
                    int length = readUnsignedShort();
                    if (position + length > bytes.length) {
                        throw new EOFException();
                    }
                    String text = new String(bytes, position, length, StandardCharsets.ISO_8859_1);
                    position += length;
                    return text;
                }
                case 's':
                    return readUtf();
                case 'l': {
                    int size = readInt();
                    if (size == 0) {
                        return List.of();
                    }
                    Object[] items = new Object[size];
                    for (int i = 0; i < size; i++) {
                        items[i] = readValue();
                    }
                    return List.of(items);
                }
                case 'e': {
                    int size = readInt();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < size; i++) {
                        set.add(readValue());
                    }
                    return set;
                }
                case 'm': {
                    int size = readInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < size; i++) {
                        map.put(readValue(), readValue());
                    }
                    return map;
                }
                default:
                    throw new UncheckedIOException(new IOException("unknown tag " + tag));
            }
        }
    }
}

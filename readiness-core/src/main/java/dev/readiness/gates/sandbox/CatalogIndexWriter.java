package dev.readiness.gates.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the built-in provider catalog's {@link CatalogIndex} at build time: a class of its own, so that a boot,
 * which only reads the index, neither loads nor verifies the writer. The same catalog gives the same bytes in every
 * build.
 */
final class CatalogIndexWriter {

    private CatalogIndexWriter() {
    }

    /**
     * Writes the index of the built-in catalog into a class-path directory (build time).
     *
     * @param args the class-path directory holding the built-in catalog, e.g. {@code target/classes}
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path text = Path.of(args[0]).resolve(ProviderCatalog.BUILT_IN_RESOURCE);
        byte[] bytes = Files.readAllBytes(text);
        CatalogReader.Read read = CatalogReader.parse(text.toString(), CatalogReader.decode(bytes));
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("the built-in provider catalog has problems: " + read.problems());
        }
        Files.write(text.resolveSibling(text.getFileName() + CatalogIndex.SUFFIX),
                write(read.providers(), CatalogIndex.checksum(bytes)));
    }

    static byte[] write(List<Provider> providers, long checksum) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(CatalogIndex.FORMAT);
            out.writeLong(checksum);
            ByteArrayOutputStream sketch = new ByteArrayOutputStream();
            try (DataOutputStream sketchOut = new DataOutputStream(sketch)) {
                writeSketch(sketchOut, providers);
            }
            out.writeInt(sketch.size());
            sketch.writeTo(out);
            RecordComponent[] components = Provider.class.getRecordComponents();
            out.writeInt(components.length);
            out.writeInt(providers.size());
            for (Provider provider : providers) {
                for (RecordComponent component : components) {
                    writeValue(out, component.getAccessor().invoke(provider));
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot write the provider catalog index", e);
        }
        return bytes.toByteArray();
    }

    private static void writeValue(DataOutputStream out, @Nullable Object value) throws IOException {
        if (value instanceof String text && isAscii(text)) {
            out.writeByte('a');
            out.writeShort(text.length());
            out.writeBytes(text);
        } else if (value instanceof String text) {
            out.writeByte('s');
            out.writeUTF(text);
        } else if (value instanceof List<?> list) {
            out.writeByte('l');
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof Set<?> set) {
            out.writeByte('e');
            out.writeInt(set.size());
            for (Object item : set) {
                writeValue(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('m');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : byKey(map)) {
                writeValue(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
        } else {
            throw new IllegalStateException("a provider component of type "
                    + (value == null ? "null" : value.getClass().getName()) + " cannot be indexed");
        }
    }

    /**
     * A map's entries in the order of their keys: a provider's maps are {@link Map#copyOf} copies, whose iteration
     * order changes from one JVM to the next, and written as they came the index differed between two builds of the
     * same catalog. (A set keeps its order: the reader's sets are insertion-ordered.)
     */
    private static List<Map.Entry<?, ?>> byKey(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparing(entry -> String.valueOf(entry.getKey())));
        return entries;
    }

    private static boolean isAscii(String text) {
        if (text.length() > 0xFFFF) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the {@link CatalogSketch} of a catalog's providers. Mirrors how {@link ProviderCatalog} indexes them: a
     * change there must be made here too, which {@code CatalogSketchTests} checks against every lookup.
     */
    static void writeSketch(DataOutputStream out, List<Provider> providers) throws IOException {
        TreeSet<Integer> hosts = new TreeSet<>();
        List<String> globs = new ArrayList<>();
        TreeSet<Integer> words = new TreeSet<>();
        TreeSet<Integer> prefixes = new TreeSet<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        TreeSet<Integer> modeKeys = new TreeSet<>();
        TreeSet<Integer> modeValues = new TreeSet<>();
        TreeSet<Integer> testValues = new TreeSet<>();
        for (Provider provider : providers) {
            for (List<String> patterns : List.of(provider.testHosts(), provider.liveHosts(), provider.sharedHosts())) {
                for (String pattern : patterns) {
                    if (pattern.indexOf('*') < 0) {
                        hosts.add(pattern.hashCode());
                    } else if (pattern.startsWith("*.") && pattern.indexOf('*', 1) < 0) {
                        hosts.add(pattern.substring(1).hashCode());
                    } else if (!globs.contains(pattern)) {
                        globs.add(pattern);
                    }
                }
            }
            for (String path : provider.testPaths()) {
                hosts.add(path.substring(0, path.indexOf('/')).hashCode());
            }
            for (List<String> keyWords : provider.keyWords()) {
                words.add(keyWords.get(0).hashCode());
            }
            for (List<String> credentialPrefixes : List.of(provider.testCredentialPrefixes(),
                    provider.liveCredentialPrefixes())) {
                for (String prefix : credentialPrefixes) {
                    prefixes.add(prefix.hashCode());
                    lengths.add(prefix.length());
                }
            }
            for (Map.Entry<String, Set<String>> modeSwitch : provider.modeSwitches().entrySet()) {
                modeKeys.add(modeSwitch.getKey().hashCode());
                for (String value : modeSwitch.getValue()) {
                    modeValues.add(value.hashCode());
                }
            }
            for (String value : provider.testValues()) {
                testValues.add(value.hashCode());
            }
        }
        out.writeInt(providers.size());
        for (TreeSet<Integer> hashes : List.of(hosts, words, prefixes, lengths, modeKeys, modeValues, testValues)) {
            out.writeInt(hashes.size());
            for (int hash : hashes) {
                out.writeInt(hash);
            }
        }
        out.writeInt(globs.size());
        for (String glob : globs) {
            out.writeUTF(glob);
        }
    }
}

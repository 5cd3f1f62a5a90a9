package dev.readiness.settings.yaml;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Read-only views that take over a collection only {@link YamlDocuments} holds, so a node of a 10 MB document is
 * not copied once more when it is made: {@link YamlNode.Mapping} and {@link YamlNode.Sequence} copy any other map or
 * list they are given.
 */
final class Frozen {

    private Frozen() {
    }

    /**
     * The entries of a mapping, in document order. Most mappings of a large file have a few keys
     * ({@code url}, {@code timeout}): those are kept as two arrays and found by a scan, the rest in the map they were
     * read into.
     */
    static final class Entries extends AbstractMap<String, YamlNode> {

        private static final int SMALL = 8;

        private final @Nullable Map<String, YamlNode> entries;
        private final String @Nullable [] keys;
        private final YamlNode @Nullable [] values;

        Entries(LinkedHashMap<String, YamlNode> owned) {
            if (owned.size() <= SMALL) {
                this.entries = null;
                this.keys = owned.keySet().toArray(new String[0]);
                this.values = owned.values().toArray(new YamlNode[0]);
            } else {
                this.entries = Collections.unmodifiableMap(owned);
                this.keys = null;
                this.values = null;
            }
        }

        @Override
        public Set<Entry<String, YamlNode>> entrySet() {
            if (entries != null) {
                return entries.entrySet();
            }
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, YamlNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, YamlNode> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(keys[index], values[index]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @Override
        public @Nullable YamlNode get(Object key) {
            if (entries != null) {
                return entries.get(key);
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return entries != null ? entries.containsKey(key) : get(key) != null;
        }

        @Override
        public int size() {
            return entries != null ? entries.size() : keys.length;
        }
    }

    /** The items of a sequence, in order. */
    static final class Items extends AbstractList<YamlNode> {

        private final List<YamlNode> items;

        Items(List<YamlNode> owned) {
            this.items = owned;
        }

        @Override
        public YamlNode get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}

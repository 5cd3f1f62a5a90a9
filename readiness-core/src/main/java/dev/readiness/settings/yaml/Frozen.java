package dev.readiness.settings.yaml;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The entries of a mapping, in document order. */
    static final class Entries extends AbstractMap<String, YamlNode> {

        private final Map<String, YamlNode> entries;

        Entries(LinkedHashMap<String, YamlNode> owned) {
            this.entries = Collections.unmodifiableMap(owned);
        }

        @Override
        public Set<Entry<String, YamlNode>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public @Nullable YamlNode get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
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

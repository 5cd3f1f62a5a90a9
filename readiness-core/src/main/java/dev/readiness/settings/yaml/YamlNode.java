package dev.readiness.settings.yaml;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One node of a YAML document with the 1-based line and column where it starts. Immutable and thread-safe.
 */
public sealed interface YamlNode {

    /**
     * The 1-based line where the node starts.
     *
     * @return the line
     */
    int line();

    /**
     * The 1-based column where the node starts.
     *
     * @return the column
     */
    int column();

    /**
     * A mapping, keys in document order; merge keys ({@code <<}) are already applied.
     *
     * @param entries the entries; keys are scalars as text
     * @param line the line
     * @param column the column
     */
    record Mapping(Map<String, YamlNode> entries, int line, int column) implements YamlNode {

        /**
         * Creates a mapping.
         *
         * @param entries the entries, copied
         * @param line the line
         * @param column the column
         */
        public Mapping {
            entries = entries instanceof Frozen.Entries ? entries
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        /**
         * The node under a key.
         *
         * @param key the key
         * @return the node, or {@code null}
         */
        public @Nullable YamlNode get(String key) {
            return entries.get(key);
        }

        /**
         * The text of a scalar under a key.
         *
         * @param key the key
         * @return the text, or {@code null} when absent, null or not a scalar
         */
        public @Nullable String text(String key) {
            return entries.get(key) instanceof Scalar scalar ? scalar.value() : null;
        }
    }

    /**
     * A sequence.
     *
     * @param items the items, in order
     * @param line the line
     * @param column the column
     */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {

        /**
         * Creates a sequence.
         *
         * @param items the items, copied
         * @param line the line
         * @param column the column
         */
        public Sequence {
            items = items instanceof Frozen.Items ? items : List.copyOf(items);
        }
    }

    /**
     * A scalar, as text the way Spring Boot binds it: YAML 1.1 booleans ({@code yes}, {@code on}) as
     * {@code true}/{@code false}, integers in decimal ({@code 0x1F} is {@code 31}), dates kept as written.
     *
     * @param value the text; {@code null} for a YAML null ({@code ~}, {@code null} or nothing)
     * @param line the line
     * @param column the column
     */
    record Scalar(@Nullable String value, int line, int column) implements YamlNode {
    }
}

package dev.readiness.settings.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads YAML text into {@link YamlNode} trees, one per document, with SnakeYAML configured as Spring Boot's
 * {@code OriginTrackedYamlLoader} configures it: duplicate keys refused, dates kept as text, merge keys applied,
 * aliases bounded. Stateless and thread-safe.
 */
public final class YamlDocuments {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 100;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|`[^`]*`");

    private YamlDocuments() {
    }

    /**
     * Reads every document of the text; an empty document ({@code ---} followed by nothing) is left out.
     *
     * @param text the text
     * @param maxCodePoints the largest text accepted
     * @return the documents' root nodes, in order
     * @throws YamlSyntaxException naming the line and column when the text is not valid YAML; never quoting it
     */
    public static List<YamlNode> read(String text, int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(maxCodePoints, 1));
        options.setMergeOnCompose(true);
        Scalars scalars = new Scalars(options);
        Yaml yaml = new Yaml(scalars, new Representer(new DumperOptions()), new DumperOptions(), options,
                new NoTimestampResolver());
        List<YamlNode> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (node != null) {
                    documents.add(convert(node, scalars, 0));
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlSyntaxException(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    describe(e.getProblem() != null ? e.getProblem() : e.getContext()));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
            throw new YamlSyntaxException(0, 0, describe(e instanceof StackOverflowError ? "nested too deeply"
                    : e.getMessage()));
        }
        return documents;
    }

    private static String describe(@Nullable String problem) {
        if (problem == null || problem.isBlank()) {
            return "not valid YAML";
        }
        String safe = QUOTED.matcher(problem).replaceAll("…");
        int newline = safe.indexOf('\n');
        if (newline >= 0) {
            safe = safe.substring(0, newline);
        }
        if (safe.length() > 120) {
            safe = safe.substring(0, 120) + "…";
        }
        return safe.strip().toLowerCase(Locale.ROOT).startsWith("found duplicate key")
                ? "duplicate key in one mapping (Spring Boot refuses it)" : safe.strip();
    }

    private static YamlNode convert(Node node, Scalars scalars, int depth) {
        if (depth > MAX_DEPTH) {
            throw new YamlSyntaxException(line(node), column(node), "nested more than " + MAX_DEPTH + " levels");
        }
        if (node instanceof ScalarNode scalar) {
            Object value = scalars.construct(scalar);
            return new YamlNode.Scalar(value == null ? null : text(value), line(node), column(node));
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(convert(item, scalars, depth + 1));
            }
            return new YamlNode.Sequence(items, line(node), column(node));
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        java.util.Set<String> explicit = new java.util.HashSet<>();
        int start = mapping.getStartMark() == null ? 0 : mapping.getStartMark().getIndex();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalarKey)) {
                throw new YamlSyntaxException(line(key), column(key),
                        "a mapping key is a sequence or mapping; Spring Boot reads only scalar keys");
            }
            Object keyValue = scalars.construct(scalarKey);
            String name = keyValue == null ? "" : text(keyValue);
            boolean own = key.getStartMark() == null || key.getStartMark().getIndex() >= start;
            if (own && !explicit.add(name)) {
                throw new YamlSyntaxException(line(key), column(key),
                        "duplicate key in one mapping (Spring Boot refuses it)");
            }
            if (own || !entries.containsKey(name)) {
                entries.put(name, convert(tuple.getValueNode(), scalars, depth + 1));
            }
        }
        return new YamlNode.Mapping(entries, line(node), column(node));
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getColumn() + 1;
    }

    /** Constructs single scalars to the Java values Spring Boot's loader would bind, without building trees. */
    private static final class Scalars extends SafeConstructor {

        Scalars(LoaderOptions options) {
            super(options);
        }

        @Nullable Object construct(ScalarNode node) {
            if (!node.getTag().isSecondary() && !Tag.STR.equals(node.getTag())
                    && !Tag.BOOL.equals(node.getTag()) && !Tag.INT.equals(node.getTag())
                    && !Tag.FLOAT.equals(node.getTag()) && !Tag.NULL.equals(node.getTag())
                    && !Tag.BINARY.equals(node.getTag()) && !Tag.TIMESTAMP.equals(node.getTag())) {
                return node.getValue();
            }
            return constructObject(node);
        }
    }

    /** Spring Boot keeps dates and times as written. */
    private static final class NoTimestampResolver extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (tag != Tag.TIMESTAMP) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}

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
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads YAML text into {@link YamlNode} trees, one per document, with SnakeYAML configured as Spring Boot's
 * {@code OriginTrackedYamlLoader} configures it: duplicate keys refused, dates kept as text, merge keys applied,
 * aliases bounded by what they expand to (at most 1,000,000 values in all, as many as the settings of a large file;
 * any number of aliases below that, as Spring Boot accepts), nesting bounded (100 levels). Stateless and
 * thread-safe.
 */
public final class YamlDocuments {

    /**
     * Values that aliases of collections may expand to in one text: an alias bomb (nine levels of nine aliases, 387
     * million values) passes it within a few levels, while any number of {@code <<: *defaults} merges of a real file
     * stays far below. Spring Boot sets no limit on aliases at all.
     */
    private static final long MAX_EXPANDED = 1_000_000;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_LINE = 1 << 20;
    private static final int SHARED_KEYS = 4096;
    /**
     * Local tags of Home Assistant's and ESPHome's loaders whose scalar names another file's entry
     * ({@code !secret mqtt_password}): the tag is kept in front of the name, as Zigbee2MQTT quotes the same look-up,
     * so that the settings read it as a look-up rather than as the name's own text.
     */
    private static final java.util.Set<String> LOOK_UP_TAGS = java.util.Set.of("!secret", "!env_var", "!include");
    private static final String RESOLVED_FIRST_CHARACTERS = "yYnNtTfFoO0123456789+-.<~!&*";
    private static final java.util.Set<String> TYPED_WORDS = java.util.Set.of("yes", "Yes", "YES", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null",
            "NULL");
    private static final String NUMBER_CHARACTERS = "0123456789_:.+-xbabcdefABCDEFeEinINtTZ \t";
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|`[^`]*`");

    /**
     * The text SnakeYAML quotes unquoted after {@code but found}, the characters of the value it read
     * ({@code expected escape sequence of 8 hexadecimal numbers, but found: Qz8XwKp3}, of a secret holding {@code \}U).
     */
    private static final Pattern FOUND = Pattern.compile("(but found:?)[^\n]*");

    private YamlDocuments() {
    }

    /**
     * Reads every document of the text; an empty document ({@code ---} followed by nothing) is left out. The tree
     * is built from SnakeYAML's parser events, not its node graph, so memory stays a small multiple of the text.
     *
     * @param text the text
     * @param maxCodePoints the largest text accepted
     * @return the documents' root nodes, in order
     * @throws YamlSyntaxException naming the line and column when the text is not valid YAML; never quoting it
     */
    public static List<YamlNode> read(String text, int maxCodePoints) {
        refuseOverlongLine(text);
        Loader loader = Loader.of(maxCodePoints);
        try {
            return parse(loader, text, 0);
        } catch (YamlSyntaxException first) {
            throw everyBrokenDocument(loader, text, first);
        }
    }

    /**
     * After the first error, reads on from the next document separator ({@code ---} at the start of a line) after
     * the error, as often as needed, so that the first error of every broken document is reported at once.
     */
    private static YamlSyntaxException everyBrokenDocument(Loader loader, String text, YamlSyntaxException first) {
        List<YamlSyntaxException.Problem> problems = new ArrayList<>();
        problems.add(new YamlSyntaxException.Problem(first.line(), first.column(), first.getMessage()));
        int total = 1;
        int chunkLine = 1;
        int errorLine = first.line();
        int offset = 0;
        int line = 1;
        while (offset < text.length()) {
            int end = text.indexOf('\n', offset);
            int next = end < 0 ? text.length() : end + 1;
            boolean separator = line > chunkLine && line >= errorLine && text.startsWith("---", offset)
                    && (offset + 3 >= text.length() || " \t\r\n".indexOf(text.charAt(offset + 3)) >= 0);
            if (separator) {
                try {
                    parse(loader, text, offset);
                    break;
                } catch (YamlSyntaxException broken) {
                    total++;
                    int brokenLine = broken.line() > 0 ? broken.line() + line - 1 : 0;
                    if (problems.size() < YamlSyntaxException.MAX_PROBLEMS) {
                        problems.add(new YamlSyntaxException.Problem(brokenLine, broken.column(), broken.getMessage()));
                    }
                    chunkLine = line;
                    errorLine = brokenLine;
                }
            }
            offset = next;
            line++;
        }
        return new YamlSyntaxException(problems, total);
    }

    /**
     * Refuses a line longer than {@link #MAX_LINE} characters before SnakeYAML reads it. Hostile testing, thirty-fourth
     * pass: SnakeYAML's reader copies its whole window for every kilobyte of a token it has not finished, so one long
     * plain scalar costs the square of its length: a Kubernetes Secret with a 10 MB value on one line (under the 16 MB
     * file limit) kept the check busy for minutes. No configuration line is that long, and Kubernetes refuses any
     * Secret or ConfigMap over 1 MiB.
     */
    private static void refuseOverlongLine(String text) {
        if (text.length() <= MAX_LINE) {
            return;
        }
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > MAX_LINE) {
                throw new YamlSyntaxException(line, 1, String.format(java.util.Locale.ROOT,
                        "a line of %,d characters, longer than the %,d any configuration needs (Kubernetes refuses a"
                                + " Secret or ConfigMap over 1 MiB); keep large data out of the file",
                        stop - start, MAX_LINE));
            }
            if (end < 0) {
                return;
            }
            start = end + 1;
            line++;
        }
    }

    /** SnakeYAML set up once per text, reused when reading resumes after an error. */
    private record Loader(Yaml yaml, Scalars scalars, Resolver resolver) {

        static Loader of(int maxCodePoints) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(Integer.MAX_VALUE);
            options.setAllowRecursiveKeys(false);
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(Math.max(maxCodePoints, 1));
            Scalars scalars = new Scalars(options);
            Resolver resolver = new NoTimestampResolver();
            return new Loader(new Yaml(scalars, new Representer(new DumperOptions()), new DumperOptions(), options,
                    resolver), scalars, resolver);
        }
    }

    /** Parses the text from an offset (the start of a line); lines are counted from there. */
    private static List<YamlNode> parse(Loader loader, String text, int offset) {
        StringReader reader = new StringReader(text);
        try {
            reader.skip(offset);
            return new Builder(loader.scalars(), loader.resolver()).build(loader.yaml().parse(reader));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlSyntaxException(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    describe(e.getProblem() != null ? e.getProblem() : e.getContext()));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException | ClassCastException
                | java.io.IOException e) {
            throw new YamlSyntaxException(0, 0, describe(e.getMessage()));
        }
    }

    private static String describe(@Nullable String problem) {
        if (problem == null || problem.isBlank()) {
            return "not valid YAML";
        }
        String safe = FOUND.matcher(QUOTED.matcher(problem).replaceAll("…")).replaceAll("$1 …");
        int newline = safe.indexOf('\n');
        if (newline >= 0) {
            safe = safe.substring(0, newline);
        }
        if (safe.length() > 120) {
            safe = safe.substring(0, 120) + "…";
        }
        return safe.strip();
    }

    /**
     * Whether a plain scalar is certainly a string, so the resolver's patterns (booleans, null, numbers, merge)
     * need not run: two or more characters starting with a character no pattern starts with ({@code url},
     * {@code https://…}: the resolver would only try its null patterns, which match one character or none), a
     * word starting like {@code yes}/{@code null} that is none of the boolean and null words ({@code name}), or a
     * value starting like a number that holds a character no number pattern allows ({@code 30s}). Anything else
     * goes to the resolver, so the result is the resolver's.
     */
    static boolean cannotBeTyped(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (value.length() > 1 && RESOLVED_FIRST_CHARACTERS.indexOf(first) < 0) {
            return true;
        }
        if ("yYnNtTfFoO".indexOf(first) >= 0) {
            return !TYPED_WORDS.contains(value);
        }
        if (first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.') {
            for (int i = 1; i < value.length(); i++) {
                if (NUMBER_CHARACTERS.indexOf(value.charAt(i)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    /** Builds the trees from parser events with an explicit stack: no recursion, bounded depth and aliases. */
    private static final class Builder {

        private final Scalars scalars;
        private final Resolver resolver;
        private final Map<String, YamlNode> anchors = new java.util.HashMap<>();
        private final java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        private final List<YamlNode> documents = new ArrayList<>();
        private final Map<String, String> keys = new java.util.HashMap<>();
        private final Map<String, Long> anchorSizes = new java.util.HashMap<>();
        private long expanded;

        Builder(Scalars scalars, Resolver resolver) {
            this.scalars = scalars;
            this.resolver = resolver;
        }

        private abstract static class Frame {
            final int line;
            final int column;
            final @Nullable String anchor;
            /** The values under this collection so far, aliases expanded. */
            long size;

            Frame(Mark mark, @Nullable String anchor) {
                this.line = mark.getLine() + 1;
                this.column = mark.getColumn() + 1;
                this.anchor = anchor;
            }
        }

        private static final class SequenceFrame extends Frame {
            final List<YamlNode> items = new ArrayList<>();

            SequenceFrame(Mark mark, @Nullable String anchor) {
                super(mark, anchor);
            }
        }

        private static final class MappingFrame extends Frame {
            final LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            final List<YamlNode.Mapping> merges = new ArrayList<>();
            @Nullable String key;
            boolean merge;

            MappingFrame(Mark mark, @Nullable String anchor) {
                super(mark, anchor);
            }
        }

        List<YamlNode> build(Iterable<Event> events) {
            for (Event event : events) {
                if (event instanceof DocumentStartEvent) {
                    anchors.clear();
                    anchorSizes.clear();
                } else if (event instanceof ScalarEvent scalar) {
                    scalar(scalar);
                } else if (event instanceof AliasEvent alias) {
                    YamlNode target = anchors.get(alias.getAnchor());
                    if (target == null) {
                        throw new YamlSyntaxException(line(alias), column(alias), "an alias refers to an anchor"
                                + " that is not defined before it");
                    }
                    long size = target instanceof YamlNode.Scalar ? 1 : anchorSizes.getOrDefault(alias.getAnchor(), 1L);
                    expanded = Math.min(Long.MAX_VALUE / 2, expanded + size);
                    if (expanded > MAX_EXPANDED) {
                        throw new YamlSyntaxException(line(alias), column(alias), "aliases expand to more than "
                                + String.format(java.util.Locale.ROOT, "%,d", MAX_EXPANDED) + " values (an alias"
                                + " bomb?)");
                    }
                    deliver(target, false, line(alias), column(alias), size);
                } else if (event instanceof MappingStartEvent start) {
                    open(new MappingFrame(start.getStartMark(), start.getAnchor()));
                } else if (event instanceof SequenceStartEvent start) {
                    open(new SequenceFrame(start.getStartMark(), start.getAnchor()));
                } else if (event instanceof MappingEndEvent || event instanceof SequenceEndEvent) {
                    close();
                }
            }
            return documents;
        }

        private void open(Frame frame) {
            if (stack.peek() instanceof MappingFrame mapping && mapping.key == null) {
                throw new YamlSyntaxException(frame.line, frame.column,
                        "a mapping key is a sequence or mapping; Spring Boot reads only scalar keys");
            }
            if (stack.size() >= MAX_DEPTH) {
                throw new YamlSyntaxException(frame.line, frame.column, "nested more than " + MAX_DEPTH + " levels");
            }
            stack.push(frame);
        }

        private void close() {
            Frame frame = stack.pop();
            YamlNode node;
            if (frame instanceof MappingFrame mapping) {
                LinkedHashMap<String, YamlNode> entries = mapping.entries;
                if (!mapping.merges.isEmpty()) {
                    entries = new LinkedHashMap<>();
                    for (YamlNode.Mapping merged : mapping.merges) {
                        merged.entries().forEach(entries::putIfAbsent);
                    }
                    entries.putAll(mapping.entries);
                }
                node = new YamlNode.Mapping(new Frozen.Entries(entries), frame.line, frame.column);
            } else {
                node = new YamlNode.Sequence(new Frozen.Items(((SequenceFrame) frame).items), frame.line,
                        frame.column);
            }
            if (frame.anchor != null) {
                anchors.put(frame.anchor, node);
                anchorSizes.put(frame.anchor, Math.max(1, frame.size));
            }
            deliver(node, false, frame.line, frame.column, Math.max(1, frame.size));
        }

        private void scalar(ScalarEvent event) {
            String explicit = event.getTag();
            Tag tag;
            if (explicit != null && !"!".equals(explicit)) {
                tag = new Tag(explicit);
            } else if (explicit == null && event.getImplicit().canOmitTagInPlainScalar()) {
                tag = cannotBeTyped(event.getValue()) ? Tag.STR : resolver.resolve(NodeId.scalar, event.getValue(), true);
            } else {
                tag = Tag.STR;
            }
            boolean mergeKey = Tag.MERGE.equals(tag);
            String value;
            if (mergeKey) {
                value = "<<";
            } else if (Tag.STR.equals(tag)) {
                value = event.getValue();
            } else {
                Object constructed;
                try {
                    constructed = scalars.construct(new ScalarNode(tag, event.getValue(), event.getStartMark(),
                            event.getEndMark(), event.getScalarStyle()));
                } catch (RuntimeException notOfItsType) {
                    // SnakeYAML's message quotes the value ("Unexpected timestamp: …"): only the tag is named
                    throw new YamlSyntaxException(line(event), column(event), "the value is not a valid "
                            + shortTag(tag) + " (its explicit type tag); Spring Boot refuses it too");
                }
                value = constructed == null ? null : text(constructed);
                if (value != null && explicit != null && LOOK_UP_TAGS.contains(explicit)) {
                    value = explicit + " " + value; // !secret mqtt_password: a look-up, read as its quoted form
                }
            }
            YamlNode.Scalar scalar = new YamlNode.Scalar(value, line(event), column(event));
            if (event.getAnchor() != null) {
                anchors.put(event.getAnchor(), scalar);
            }
            deliver(scalar, mergeKey, scalar.line(), scalar.column(), 1);
        }

        private void deliver(YamlNode node, boolean mergeKey, int line, int column, long size) {
            Frame top = stack.peek();
            if (top != null) {
                top.size = Math.min(Long.MAX_VALUE / 2, top.size + size);
            }
            if (top == null) {
                documents.add(node);
            } else if (top instanceof SequenceFrame sequence) {
                sequence.items.add(node);
            } else {
                MappingFrame mapping = (MappingFrame) top;
                if (mapping.key == null) {
                    if (!(node instanceof YamlNode.Scalar key)) {
                        throw new YamlSyntaxException(line, column,
                                "a mapping key is a sequence or mapping; Spring Boot reads only scalar keys");
                    }
                    mapping.merge = mergeKey;
                    mapping.key = key.value() == null ? "" : shared(key.value());
                    if (!mergeKey && mapping.entries.containsKey(mapping.key)) {
                        throw new YamlSyntaxException(line, column,
                                "duplicate key in one mapping (Spring Boot refuses it)");
                    }
                } else if (mapping.merge) {
                    merge(mapping, node, line, column);
                    mapping.key = null;
                } else {
                    mapping.entries.put(mapping.key, node);
                    mapping.key = null;
                }
            }
        }

        /**
         * One string for each key text, so the thousands of {@code url:} and {@code name:} of a large file share
         * one; only the first 4,096 distinct keys are remembered, so a file of unique keys costs no
         * more than before.
         */
        private String shared(String key) {
            String known = keys.get(key);
            if (known != null) {
                return known;
            }
            if (keys.size() < SHARED_KEYS) {
                keys.put(key, key);
            }
            return key;
        }

        private static void merge(MappingFrame mapping, YamlNode node, int line, int column) {
            if (node instanceof YamlNode.Mapping merged) {
                mapping.merges.add(merged);
            } else if (node instanceof YamlNode.Sequence list
                    && list.items().stream().allMatch(item -> item instanceof YamlNode.Mapping)) {
                list.items().forEach(item -> mapping.merges.add((YamlNode.Mapping) item));
            } else {
                throw new YamlSyntaxException(line, column, "a merge key (<<) takes a mapping or a list of mappings");
            }
        }

        /** {@code !!int} for YAML's own tags; a local or unknown tag only as {@code a tag}, never its text. */
        private static String shortTag(Tag tag) {
            String value = tag.getValue();
            return value.startsWith(Tag.PREFIX) && value.substring(Tag.PREFIX.length()).matches("[a-z]{1,12}")
                    ? "!!" + value.substring(Tag.PREFIX.length()) : "value of its tag";
        }

        private static int line(Event event) {
            return event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
        }

        private static int column(Event event) {
            return event.getStartMark() == null ? 1 : event.getStartMark().getColumn() + 1;
        }
    }

    /** Constructs single scalars to the Java values Spring Boot's loader would bind, without building trees. */
    private static final class Scalars extends SafeConstructor {

        Scalars(LoaderOptions options) {
            super(options);
        }

        @Nullable Object construct(ScalarNode node) {
            if (!node.getTag().getValue().startsWith(Tag.PREFIX)) {
                return node.getValue();
            }
            return getConstructor(node).construct(node);
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

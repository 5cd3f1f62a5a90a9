package dev.readiness.gates.sandbox;

import dev.readiness.settings.RelaxedNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates provider catalog files: file and class-path IO, the line format, and the checks on each
 * entry. What it reads becomes a {@link ProviderCatalog}; what it cannot read becomes a problem naming file and
 * line. Never throws.
 */
final class CatalogReader {

    static final Set<String> ATTRIBUTES = Set.of("name", "category", "source", "key-words", "test-hosts",
            "live-hosts", "shared-hosts", "test-paths", "test-credential-prefixes", "live-credential-prefixes",
            "public-prefixes", "mode-switches", "test-values");
    private static final Set<String> CATEGORIES = Set.of("payment", "shipping", "commerce", "messaging", "identity",
            "other");
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private CatalogReader() {
    }

    /** The result of reading: the entries that passed validation and the problems of the others. */
    record Read(List<Provider> providers, List<String> problems) {

        Read {
            providers = List.copyOf(providers);
            problems = List.copyOf(problems);
        }

        static Read problem(String problem) {
            return new Read(List.of(), List.of(problem));
        }
    }

    static List<Read> fromResources(List<@Nullable URL> resources, String missingName) {
        List<Read> reads = new ArrayList<>();
        for (URL resource : resources) {
            if (resource == null) {
                reads.add(Read.problem(missingName + ": missing from the class path"));
                continue;
            }
            String name = resource.toString();
            List<Provider> packaged = CatalogIndex.readPackaged(resource);
            if (packaged != null) {
                reads.add(new Read(packaged, List.of()));
                continue;
            }
            try (InputStream in = resource.openStream()) {
                byte[] bytes = in.readAllBytes();
                List<Provider> indexed = CatalogIndex.read(resource, bytes);
                reads.add(indexed != null ? new Read(indexed, List.of()) : parse(name, decode(bytes)));
            } catch (IOException | UncheckedIOException unreadable) {
                reads.add(Read.problem(name + ": cannot be read"));
            }
        }
        return reads;
    }

    static Read read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Read.problem(name + ": no such file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Read.problem(name + ": larger than 4 MiB");
            }
            return parse(name, decode(Files.readAllBytes(file)));
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            return Read.problem(name + ": cannot be read");
        }
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static Read parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int number = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = endOfLine(text, start);
            String line = text.substring(start, end).strip();
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            number++;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            String key = separator < 0 ? "" : line.substring(0, separator).strip();
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                problems.add(name + ":" + number + ": expected provider-id.attribute = value");
                continue;
            }
            String id = key.substring(0, dot).toLowerCase(Locale.ROOT);
            String attribute = key.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!isProviderId(id)) {
                problems.add(name + ":" + number + ": provider id must be lower-case letters, digits and dashes");
                continue;
            }
            if (!ATTRIBUTES.contains(attribute)) {
                problems.add(name + ":" + number + ": unknown attribute '" + printable(attribute) + "' (known: "
                        + String.join(", ", new TreeSet<>(ATTRIBUTES)) + ")");
                continue;
            }
            firstLine.putIfAbsent(id, number);
            attributes.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(attribute,
                    line.substring(separator + 1).strip());
        }
        List<Provider> providers = new ArrayList<>();
        attributes.forEach((id, values) -> {
            Provider provider = toProvider(id, values, name + ":" + firstLine.get(id) + ": provider '" + id + "'",
                    problems);
            if (provider != null) {
                providers.add(provider);
            }
        });
        return new Read(providers, problems);
    }

    private static int endOfLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Lower-case letters and digits in words joined by single dashes. */
    private static boolean isProviderId(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? id.charAt(i - 1) == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** One or more of lower-case letters, digits, {@code _ . -}, and {@code *} when wildcards are allowed. */
    private static boolean isHost(String host, boolean wildcards) {
        if (host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
                    || wildcards && c == '*')) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? '?' : c));
        return out.toString();
    }

    private static @Nullable Provider toProvider(String id, Map<String, String> values, String where,
            List<String> problems) {
        List<String> sources = list(values.get("source"));
        if (sources.isEmpty()) {
            problems.add(where + ": needs a source (the public documentation it comes from)");
            return null;
        }
        String category = values.getOrDefault("category", "other").toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            problems.add(where + ": category must be one of payment, shipping, commerce, messaging, identity, other");
            return null;
        }
        String hostProblem = hostProblem(values);
        if (hostProblem != null) {
            problems.add(where + ": " + hostProblem);
            return null;
        }
        List<String> paths = lower(list(values.get("test-paths")));
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash <= 0 || slash == path.length() - 1 || !isHost(path.substring(0, slash), false)) {
                problems.add(where + ": test-paths entries must read host/path, e.g. express.api.dhl.com/mydhlapi/test");
                return null;
            }
        }
        List<String> testPrefixes = list(values.get("test-credential-prefixes"));
        List<String> livePrefixes = list(values.get("live-credential-prefixes"));
        List<String> publicPrefixes = list(values.get("public-prefixes"));
        for (List<String> prefixes : List.of(testPrefixes, livePrefixes, publicPrefixes)) {
            for (String prefix : prefixes) {
                if (prefix.length() < 3 || prefix.length() > 32) {
                    problems.add(where + ": credential prefixes must be 3 to 32 characters long");
                    return null;
                }
            }
        }
        Map<String, Set<String>> modeSwitches = modeSwitches(list(values.get("mode-switches")));
        if (modeSwitches == null) {
            problems.add(where + ": mode-switches entries must read KEY=value|value");
            return null;
        }
        List<List<String>> keyWords = new ArrayList<>();
        for (String keyWord : list(values.get("key-words"))) {
            List<String> words = RelaxedNames.words(keyWord);
            if (!words.isEmpty()) {
                keyWords.add(words);
            }
        }
        return new Provider(id, values.getOrDefault("name", id), category, sources, keyWords,
                lower(list(values.get("test-hosts"))), lower(list(values.get("live-hosts"))),
                lower(list(values.get("shared-hosts"))), paths, testPrefixes, livePrefixes, publicPrefixes,
                modeSwitches, list(values.get("test-values")));
    }

    private static @Nullable String hostProblem(Map<String, String> values) {
        for (String attribute : List.of("test-hosts", "live-hosts", "shared-hosts")) {
            for (String pattern : list(values.get(attribute))) {
                if (!isHost(pattern.toLowerCase(Locale.ROOT), true) || pattern.equals("*")) {
                    return attribute + " has an entry that is not a host pattern";
                }
            }
        }
        return null;
    }

    private static @Nullable Map<String, Set<String>> modeSwitches(List<String> entries) {
        Map<String, Set<String>> modeSwitches = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                return null;
            }
            Set<String> switchValues = new LinkedHashSet<>();
            for (String value : entry.substring(equals + 1).split("\\|")) {
                if (!value.isBlank()) {
                    switchValues.add(value.strip().toLowerCase(Locale.ROOT));
                }
            }
            modeSwitches.computeIfAbsent(RelaxedNames.canonical(entry.substring(0, equals).strip()),
                    k -> new LinkedHashSet<>()).addAll(switchValues);
        }
        return modeSwitches;
    }

    private static List<String> list(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static List<String> lower(List<String> items) {
        return items.stream().map(item -> item.toLowerCase(Locale.ROOT)).toList();
    }
}

package dev.readiness.gates.sandbox;

import dev.readiness.settings.RelaxedNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The providers whose sandbox hosts, test paths, test-mode credential formats and mode switches the
 * {@code sandbox} gate knows, read from a data file users can extend. Immutable and thread-safe.
 *
 * <p>The file format is a strict subset of Java properties, one {@code provider-id.attribute = value} per line
 * ({@code #} and {@code !} start comments; no line continuations), lists separated by commas:
 *
 * <pre>
 * paypal.name = PayPal
 * paypal.category = payment
 * paypal.source = https://developer.paypal.com/api/rest/
 * paypal.key-words = paypal
 * paypal.test-hosts = api-m.sandbox.paypal.com, api.sandbox.paypal.com
 * paypal.live-hosts = api-m.paypal.com, api.paypal.com
 * paypal.mode-switches = PAYPAL_MODE=sandbox, PAYPAL_ENV=sandbox
 * </pre>
 *
 * Attributes: {@code name}, {@code category}, {@code source} (required), {@code key-words} (words joined by
 * {@code -} must appear consecutively in a key), {@code test-hosts}, {@code live-hosts}, {@code shared-hosts}
 * (host patterns: exact names, {@code *.suffix} for any subdomain, or {@code *} anywhere as a wildcard),
 * {@code test-paths} ({@code host/path-prefix}), {@code test-credential-prefixes},
 * {@code live-credential-prefixes} (case-sensitive) and {@code mode-switches} ({@code KEY=value|value}, keys
 * matched by relaxed names, values without case).
 *
 * <p>Reading never throws: a line that cannot be read, an unknown attribute or an entry without a source is
 * skipped and listed in {@link #problems()} with file and line, which the gate reports as
 * {@code sandbox.catalog-invalid}.
 */
public final class ProviderCatalog {

    /** The bundled catalog, a class-path resource. */
    public static final String BUILT_IN_RESOURCE = "dev/readiness/gates/sandbox/providers.properties";

    /** Class-path resources with this name, in any jar, extend the built-in catalog (later entries win). */
    public static final String EXTENSION_RESOURCE = "META-INF/readiness/sandbox-providers.properties";

    private static final Set<String> ATTRIBUTES = Set.of("name", "category", "source", "key-words", "test-hosts",
            "live-hosts", "shared-hosts", "test-paths", "test-credential-prefixes", "live-credential-prefixes",
            "mode-switches");
    private static final Set<String> CATEGORIES = Set.of("payment", "shipping", "commerce", "messaging", "identity",
            "other");
    /** Values the generic mode-switch rules of the gate react to (sandbox, test, live, booleans, …). */
    static final Set<String> GENERIC_MODE_VALUES = Set.of("sandbox", "sbx", "test", "testing", "tst", "development",
            "dev", "staging", "stage", "stg", "demo", "playground", "uat", "qa", "preprod", "preview", "cert", "live",
            "production", "prod", "prd", "true", "yes", "on", "1", "y", "false", "no", "off", "0", "n");
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HOST_PATTERN = Pattern.compile("[a-z0-9*_.-]+");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_.-]+");

    private static volatile @Nullable ProviderCatalog defaults;

    private final List<Provider> providers;
    private final List<String> problems;
    private final Map<String, HostRule> exactHosts = new HashMap<>();
    private final Map<String, HostRule> suffixHosts = new HashMap<>();
    private final List<HostRule> globHosts = new ArrayList<>();
    private final Map<String, List<PathRule>> testPaths = new HashMap<>();
    private final Map<Character, List<PrefixRule>> prefixes = new HashMap<>();
    private final Map<String, List<KeyWordRule>> keyWords = new HashMap<>();
    private final Map<String, List<ModeRule>> modeSwitches = new HashMap<>();
    private final Set<String> modeValues = new HashSet<>(GENERIC_MODE_VALUES);

    private ProviderCatalog(List<Provider> providers, List<String> problems) {
        this.providers = List.copyOf(providers);
        this.problems = List.copyOf(problems);
        for (Provider provider : this.providers) {
            index(provider);
        }
        prefixes.values().forEach(rules -> rules.sort((a, b) -> b.prefix().length() - a.prefix().length()));
    }

    /**
     * The catalog bundled with readiness.
     *
     * @return the built-in catalog
     */
    public static ProviderCatalog builtIn() {
        return fromResources(List.of(ProviderCatalog.class.getClassLoader().getResource(BUILT_IN_RESOURCE)));
    }

    /**
     * The built-in catalog extended by every {@value #EXTENSION_RESOURCE} on the class path; read once.
     *
     * @return the default catalog
     */
    public static ProviderCatalog defaults() {
        ProviderCatalog catalog = defaults;
        if (catalog == null) {
            List<@Nullable URL> resources = new ArrayList<>();
            ClassLoader loader = ProviderCatalog.class.getClassLoader();
            resources.add(loader.getResource(BUILT_IN_RESOURCE));
            try {
                Enumeration<URL> extensions = loader.getResources(EXTENSION_RESOURCE);
                resources.addAll(Collections.list(extensions));
            } catch (IOException unreadable) {
                // the built-in catalog alone still applies
            }
            catalog = fromResources(resources);
            defaults = catalog;
        }
        return catalog;
    }

    private static ProviderCatalog fromResources(List<@Nullable URL> resources) {
        ProviderCatalog catalog = new ProviderCatalog(List.of(), List.of());
        for (URL resource : resources) {
            if (resource == null) {
                catalog = catalog.with(new ProviderCatalog(List.of(),
                        List.of(BUILT_IN_RESOURCE + ": missing from the class path")));
                continue;
            }
            String name = resource.toString();
            try (InputStream in = resource.openStream()) {
                catalog = catalog.with(parse(name, decode(in.readAllBytes())));
            } catch (IOException | UncheckedIOException unreadable) {
                catalog = catalog.with(new ProviderCatalog(List.of(), List.of(name + ": cannot be read")));
            }
        }
        return catalog;
    }

    /**
     * Reads a catalog file.
     *
     * @param file the file
     * @return the catalog; {@link #problems()} names the file when it is missing, unreadable or malformed
     */
    public static ProviderCatalog read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return new ProviderCatalog(List.of(), List.of(name + ": no such file"));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new ProviderCatalog(List.of(), List.of(name + ": larger than 4 MiB"));
            }
            return parse(name, decode(Files.readAllBytes(file)));
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            return new ProviderCatalog(List.of(), List.of(name + ": cannot be read"));
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Reads catalog text.
     *
     * @param name the file name used in {@link #problems()}
     * @param text the catalog text
     * @return the catalog, possibly with problems
     */
    public static ProviderCatalog parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator < 0) {
                problems.add(name + ":" + number + ": expected provider-id.attribute = value");
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                problems.add(name + ":" + number + ": expected provider-id.attribute = value");
                continue;
            }
            String id = key.substring(0, dot).toLowerCase(Locale.ROOT);
            String attribute = key.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!PROVIDER_ID.matcher(id).matches()) {
                problems.add(name + ":" + number + ": provider id must be lower-case letters, digits and dashes");
                continue;
            }
            if (!ATTRIBUTES.contains(attribute)) {
                problems.add(name + ":" + number + ": unknown attribute '" + printable(attribute) + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(ATTRIBUTES)) + ")");
                continue;
            }
            firstLine.putIfAbsent(id, number);
            attributes.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(attribute, value);
        }
        List<Provider> providers = new ArrayList<>();
        attributes.forEach((id, values) -> {
            String where = name + ":" + firstLine.get(id) + ": provider '" + id + "'";
            Provider provider = toProvider(id, values, where, problems);
            if (provider != null) {
                providers.add(provider);
            }
        });
        return new ProviderCatalog(providers, problems);
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
        List<String> hosts = new ArrayList<>();
        for (String attribute : List.of("test-hosts", "live-hosts", "shared-hosts")) {
            for (String pattern : list(values.get(attribute))) {
                if (!HOST_PATTERN.matcher(pattern.toLowerCase(Locale.ROOT)).matches() || pattern.equals("*")) {
                    problems.add(where + ": " + attribute + " has an entry that is not a host pattern");
                    return null;
                }
                hosts.add(pattern);
            }
        }
        List<String> paths = lower(list(values.get("test-paths")));
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash <= 0 || slash == path.length() - 1 || !HOST_NAME.matcher(path.substring(0, slash)).matches()) {
                problems.add(where + ": test-paths entries must read host/path, e.g. express.api.dhl.com/mydhlapi/test");
                return null;
            }
        }
        List<String> testPrefixes = list(values.get("test-credential-prefixes"));
        List<String> livePrefixes = list(values.get("live-credential-prefixes"));
        for (String prefix : concat(testPrefixes, livePrefixes)) {
            if (prefix.length() < 3 || prefix.length() > 32) {
                problems.add(where + ": credential prefixes must be 3 to 32 characters long");
                return null;
            }
        }
        List<List<String>> keyWords = new ArrayList<>();
        for (String keyWord : list(values.get("key-words"))) {
            List<String> words = RelaxedNames.words(keyWord);
            if (!words.isEmpty()) {
                keyWords.add(words);
            }
        }
        Map<String, Set<String>> modeSwitches = new LinkedHashMap<>();
        for (String entry : list(values.get("mode-switches"))) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                problems.add(where + ": mode-switches entries must read KEY=value|value");
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
        return new Provider(id, values.getOrDefault("name", id), category, sources, keyWords,
                lower(list(values.get("test-hosts"))), lower(list(values.get("live-hosts"))),
                lower(list(values.get("shared-hosts"))), paths, testPrefixes, livePrefixes, modeSwitches);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
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

    /**
     * This catalog extended by another: providers of the other catalog replace those with the same id here, new
     * ones are added; problems of both are kept.
     *
     * @param other the catalog that takes precedence
     * @return the merged catalog
     */
    public ProviderCatalog with(ProviderCatalog other) {
        Map<String, Provider> merged = new LinkedHashMap<>();
        providers.forEach(provider -> merged.put(provider.id(), provider));
        other.providers.forEach(provider -> merged.put(provider.id(), provider));
        return new ProviderCatalog(new ArrayList<>(merged.values()), concat(problems, other.problems));
    }

    /**
     * Every provider, in file order.
     *
     * @return the providers
     */
    public List<Provider> providers() {
        return providers;
    }

    /**
     * The provider with an id.
     *
     * @param id the id, e.g. {@code stripe}
     * @return the provider, or empty
     */
    public Optional<Provider> provider(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    /**
     * What could not be read, each naming the file and line; never a value from a setting.
     *
     * @return the problems, empty when the catalog was read completely
     */
    public List<String> problems() {
        return problems;
    }

    private void index(Provider provider) {
        indexHosts(provider, provider.testHosts(), HostUse.TEST);
        indexHosts(provider, provider.liveHosts(), HostUse.LIVE);
        indexHosts(provider, provider.sharedHosts(), HostUse.SHARED);
        for (String path : provider.testPaths()) {
            int slash = path.indexOf('/');
            String prefix = path.substring(slash);
            testPaths.computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>())
                    .add(new PathRule(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix,
                            provider));
        }
        for (String prefix : provider.testCredentialPrefixes()) {
            prefixes.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>()).add(new PrefixRule(prefix, provider, true));
        }
        for (String prefix : provider.liveCredentialPrefixes()) {
            prefixes.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>()).add(new PrefixRule(prefix, provider, false));
        }
        for (List<String> words : provider.keyWords()) {
            keyWords.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new KeyWordRule(words, provider));
        }
        provider.modeSwitches().forEach((key, values) -> {
            modeSwitches.computeIfAbsent(key, k -> new ArrayList<>()).add(new ModeRule(values, provider));
            modeValues.addAll(values);
        });
    }

    private void indexHosts(Provider provider, List<String> patterns, HostUse use) {
        for (String pattern : patterns) {
            HostRule rule = new HostRule(pattern, provider, use);
            if (pattern.indexOf('*') < 0) {
                exactHosts.putIfAbsent(pattern, rule);
            } else if (pattern.startsWith("*.") && pattern.indexOf('*', 1) < 0) {
                suffixHosts.putIfAbsent(pattern.substring(1), rule);
            } else {
                globHosts.add(rule);
            }
        }
    }

    /** How a provider uses a host. */
    enum HostUse {
        /** Only the sandbox or test environment. */
        TEST,
        /** Only the live environment. */
        LIVE,
        /** Both environments. */
        SHARED
    }

    /** A host pattern of a provider. */
    record HostRule(String pattern, Provider provider, HostUse use) {
    }

    /** A test path prefix on a host. */
    record PathRule(String prefix, Provider provider) {
    }

    /** A credential prefix. */
    record PrefixRule(String prefix, Provider provider, boolean test) {
    }

    /** Consecutive key words naming a provider. */
    record KeyWordRule(List<String> words, Provider provider) {
    }

    /** Values of a mode switch that select a provider's sandbox. */
    record ModeRule(Set<String> values, Provider provider) {
    }

    /**
     * The provider host pattern a host matches: exact names first, then the closest {@code *.suffix}, then other
     * wildcards.
     */
    @Nullable HostRule host(String host) {
        HostRule exact = exactHosts.get(host);
        if (exact != null) {
            return exact;
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            HostRule suffix = suffixHosts.get(host.substring(dot));
            if (suffix != null) {
                return suffix;
            }
        }
        for (HostRule rule : globHosts) {
            if (glob(rule.pattern(), host)) {
                return rule;
            }
        }
        return null;
    }

    /** The test path the endpoint's path falls under, if its host has any. */
    @Nullable PathRule testPath(String host, String path) {
        List<PathRule> rules = testPaths.get(host);
        if (rules == null || path.isEmpty()) {
            return null;
        }
        String lowerPath = path.toLowerCase(Locale.ROOT);
        for (PathRule rule : rules) {
            if (lowerPath.startsWith(rule.prefix())
                    && (lowerPath.length() == rule.prefix().length() || lowerPath.charAt(rule.prefix().length()) == '/')) {
                return rule;
            }
        }
        return null;
    }

    /** The providers a key's words name, in the order their words appear. */
    List<Provider> providersNamedBy(List<String> words) {
        List<Provider> named = new ArrayList<>(1);
        for (int i = 0; i < words.size(); i++) {
            List<KeyWordRule> rules = keyWords.get(words.get(i));
            if (rules == null) {
                continue;
            }
            for (KeyWordRule rule : rules) {
                if (i + rule.words().size() <= words.size()
                        && words.subList(i, i + rule.words().size()).equals(rule.words())
                        && !named.contains(rule.provider())) {
                    named.add(rule.provider());
                }
            }
        }
        return named;
    }

    /** The credential prefixes a value starts with, longest first. */
    List<PrefixRule> credentialPrefixes(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<PrefixRule> rules = prefixes.get(value.charAt(0));
        if (rules == null) {
            return List.of();
        }
        List<PrefixRule> matching = new ArrayList<>(2);
        for (PrefixRule rule : rules) {
            if (value.startsWith(rule.prefix())) {
                matching.add(rule);
            }
        }
        return matching;
    }

    /** Whether a value starts with any credential prefix of the catalog. */
    boolean hasCredentialPrefix(String value) {
        if (value.isEmpty()) {
            return false;
        }
        List<PrefixRule> rules = prefixes.get(value.charAt(0));
        if (rules != null) {
            for (PrefixRule rule : rules) {
                if (value.startsWith(rule.prefix())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a lower-case value is one that a mode switch of this catalog, or the generic rules, reacts to. */
    boolean isModeValue(String lowerCaseValue) {
        return modeValues.contains(lowerCaseValue);
    }

    /** The mode-switch rules of a canonical key. */
    List<ModeRule> modeSwitches(String canonicalKey) {
        return modeSwitches.getOrDefault(canonicalKey, List.of());
    }

    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return "ProviderCatalog[" + providers.size() + " providers" + (problems.isEmpty() ? "" : ", "
                + problems.size() + " problems") + "]";
    }
}

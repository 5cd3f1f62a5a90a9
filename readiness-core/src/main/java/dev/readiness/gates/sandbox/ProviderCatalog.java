package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.FirstLetters;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * {@code live-credential-prefixes}, {@code public-prefixes} (documented prefixes that carry no mode, such as GitHub's
 * {@code ghp_}: printed in findings, never judged; all prefixes case-sensitive), {@code mode-switches}
 * ({@code KEY=value|value}, keys matched by relaxed names, values without case) and {@code test-values} (values the
 * provider documents for tests only, matched exactly: reCAPTCHA's test keys, Twilio's magic numbers).
 *
 * <p>Reading never throws: a line that cannot be read, an unknown attribute or an entry without a source is
 * skipped and listed in {@link #problems()} with file and line, which the gate reports as
 * {@code sandbox.catalog-invalid}. Reading and validation are {@code CatalogReader}'s; this class is the index.
 */
public final class ProviderCatalog {

    /** The bundled catalog, a class-path resource. */
    public static final String BUILT_IN_RESOURCE = "dev/readiness/gates/sandbox/providers.properties";

    /** Class-path resources with this name, in any jar, extend the built-in catalog (later entries win). */
    public static final String EXTENSION_RESOURCE = "META-INF/readiness/sandbox-providers.properties";

    private static volatile @Nullable ProviderCatalog defaults;

    private final List<String> problems;

    /** What the built-in catalog could match, when it is read only once a lookup needs it; {@code null} otherwise. */
    private final @Nullable CatalogSketch sketch;

    /** Where the built-in catalog is read from once a lookup needs it. */
    private final @Nullable URL source;

    private volatile @Nullable Rules rules;

    private ProviderCatalog(List<Provider> providers, List<String> problems) {
        this.problems = List.copyOf(problems);
        this.sketch = null;
        this.source = null;
        this.rules = new Rules(providers);
    }

    /** The built-in catalog, its providers read on the first lookup its sketch cannot answer. */
    private ProviderCatalog(CatalogSketch sketch, URL source) {
        this.problems = List.of();
        this.sketch = sketch;
        this.source = source;
    }

    /**
     * The built-in catalog at a URL: read on the first lookup that could concern a provider when its index holds a
     * sketch made from exactly that text (a boot whose settings name no provider decodes none), else read now.
     */
    private static ProviderCatalog lazily(@Nullable URL builtIn) {
        CatalogSketch sketch = builtIn == null ? null : CatalogIndex.sketch(builtIn);
        if (sketch != null) {
            return new ProviderCatalog(sketch, builtIn);
        }
        return of(CatalogReader.fromResources(Collections.singletonList(builtIn), BUILT_IN_RESOURCE));
    }

    private Rules rules() {
        Rules read = rules;
        if (read == null) {
            synchronized (this) {
                read = rules;
                if (read == null) {
                    List<Provider> providers = new ArrayList<>();
                    for (CatalogReader.Read part : CatalogReader.fromResources(Collections.singletonList(source),
                            BUILT_IN_RESOURCE)) {
                        providers.addAll(part.providers());
                    }
                    read = new Rules(merge(providers));
                    rules = read;
                }
            }
        }
        return read;
    }

    /** Whether the providers have been read: always for a catalog read eagerly, after a first hit for the built-in one. */
    boolean providersRead() {
        return rules != null;
    }

    /**
     * The rules when a lookup could find something: {@code null} when the sketch says nothing can match. The value
     * lookups (credential prefixes, mode values, test values) read {@link #rules} first and ask the sketch only while
     * the providers are unread: once they are, the sketch's "maybe" is answered by the rules anyway, and the rules'
     * own first test (a value's first two characters, a hash lookup) is cheaper than the sketch's walk over every
     * prefix length of the value.
     */
    private @Nullable Rules rulesIf(boolean mayMatch) {
        Rules read = rules;
        if (read != null) {
            return read;
        }
        return mayMatch ? rules() : null;
    }

    /** The list a key maps to, made on first use; a loop rather than a lambda, as the catalog is built in every boot. */
    private static <K, V> List<V> listOf(Map<K, List<V>> map, K key) {
        List<V> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    private static ProviderCatalog of(List<CatalogReader.Read> reads) {
        List<Provider> providers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CatalogReader.Read read : reads) {
            providers.addAll(read.providers());
            problems.addAll(read.problems());
        }
        return new ProviderCatalog(merge(providers), problems);
    }

    private static List<Provider> merge(List<Provider> providers) {
        Map<String, Provider> merged = new LinkedHashMap<>();
        for (Provider provider : providers) {
            merged.put(provider.id(), provider);
        }
        return new ArrayList<>(merged.values());
    }

    /**
     * The catalog bundled with readiness.
     *
     * @return the built-in catalog
     */
    public static ProviderCatalog builtIn() {
        return lazily(ProviderCatalog.class.getResource("/" + BUILT_IN_RESOURCE));
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
            resources.add(ProviderCatalog.class.getResource("/" + BUILT_IN_RESOURCE));
            try {
                resources.addAll(Collections.list(loader.getResources(EXTENSION_RESOURCE)));
            } catch (IOException unreadable) {
                // the built-in catalog alone still applies
            }
            catalog = resources.size() == 1 ? lazily(resources.get(0))
                    : of(CatalogReader.fromResources(resources, BUILT_IN_RESOURCE));
            defaults = catalog;
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
        return of(List.of(CatalogReader.read(file)));
    }

    /**
     * Reads catalog text.
     *
     * @param name the file name used in {@link #problems()}
     * @param text the catalog text
     * @return the catalog, possibly with problems
     */
    public static ProviderCatalog parse(String name, String text) {
        return of(List.of(CatalogReader.parse(name, text)));
    }

    /**
     * This catalog extended by another: providers of the other catalog replace those with the same id here, new
     * ones are added; problems of both are kept.
     *
     * @param other the catalog that takes precedence
     * @return the merged catalog
     */
    public ProviderCatalog with(ProviderCatalog other) {
        List<Provider> all = new ArrayList<>(providers());
        all.addAll(other.providers());
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new ProviderCatalog(merge(all), allProblems);
    }

    /**
     * Every provider, in file order.
     *
     * @return the providers
     */
    public List<Provider> providers() {
        return rules().providers;
    }

    /**
     * The provider with an id.
     *
     * @param id the id, e.g. {@code stripe}
     * @return the provider, or empty
     */
    public Optional<Provider> provider(String id) {
        return providers().stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    /**
     * What could not be read, each naming the file and line; never a value from a setting.
     *
     * @return the problems, empty when the catalog was read completely
     */
    public List<String> problems() {
        return problems;
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
        Rules read = rulesIf(sketch == null || sketch.mayMatchHost(host));
        return read == null ? null : read.host(host);
    }

    /** The test path the endpoint's path falls under, if its host has any. */
    @Nullable PathRule testPath(String host, String path) {
        Rules read = rulesIf(sketch == null || sketch.mayHaveTestPaths(host));
        return read == null ? null : read.testPath(host, path);
    }

    /**
     * Key words that name a catalog provider's product but that other products of its kind use too: MoMo is MTN's
     * mobile money, and keys also write it for Orange Money's ({@code ORANGE_MOMO_ENV}, {@code momo.orange.env}).
     * A key naming another provider besides is that provider's.
     */
    static final Set<String> GENERIC_KEY_WORDS = Set.of("momo");

    /**
     * The providers a key's words name, in the order their words appear (a provider named only by a
     * {@link #GENERIC_KEY_WORDS generic word} after the others).
     */
    List<Provider> providersNamedBy(List<String> words) {
        Rules read = rulesIf(sketch == null || sketch.mayNameProvider(words));
        return read == null ? List.of() : read.providersNamedBy(words);
    }

    /** The credential prefixes a value starts with, longest first. */
    List<PrefixRule> credentialPrefixes(String value) {
        Rules read = rules;
        if (read == null) {
            read = rulesIf(sketch == null || sketch.mayHaveCredentialPrefix(value));
        }
        return read == null ? List.of() : read.credentialPrefixes(value);
    }

    /** Whether a value starts with any credential prefix of the catalog. */
    boolean hasCredentialPrefix(String value) {
        Rules read = rules;
        if (read == null) {
            read = rulesIf(sketch == null || sketch.mayHaveCredentialPrefix(value));
        }
        return read != null && read.hasCredentialPrefix(value);
    }

    /**
     * {@code isModeValue(value.toLowerCase(Locale.ROOT))}, without the lower-case copy when the providers are read and
     * no mode value starts with the value's first character: every short value of a check is asked.
     */
    boolean isModeValueIgnoringCase(String value) {
        Rules read = rules;
        if (read != null && !value.isEmpty() && !read.modeValueFirstLetters.mayStartAt(value, 0)) {
            return false;
        }
        return isModeValue(value.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case value is one that a mode switch of this catalog, or the generic rules, reacts to. */
    boolean isModeValue(String lowerCaseValue) {
        if (ModeWords.GENERIC_MODE_VALUES.contains(lowerCaseValue)) {
            return true;
        }
        Rules read = rules;
        if (read == null) {
            read = rulesIf(sketch == null || sketch.mayBeModeValue(lowerCaseValue));
        }
        return read != null && read.isModeValue(lowerCaseValue);
    }

    /** The provider that documents a stripped value as a test-only value, or {@code null}. */
    @Nullable Provider testValue(String value) {
        Rules read = rules;
        if (read == null) {
            read = rulesIf(sketch == null || sketch.mayBeTestValue(value));
        }
        return read == null ? null : read.testValue(value);
    }

    /** The mode-switch rules of a canonical key. */
    List<ModeRule> modeSwitches(String canonicalKey) {
        Rules read = rulesIf(sketch == null || sketch.mayBeModeKey(canonicalKey));
        return read == null ? List.of() : read.modeSwitches(canonicalKey);
    }

    @Override
    public String toString() {
        CatalogSketch lazy = sketch;
        int count = rules == null && lazy != null ? lazy.providerCount() : rules().providers.size();
        return "ProviderCatalog[" + count + " providers" + (problems.isEmpty() ? "" : ", "
                + problems.size() + " problems") + "]";
    }

    /** The providers and their lookups by host, path, prefix, key word, mode switch and test value. */
    private static final class Rules {

        private static final Comparator<PrefixRule> LONGEST_PREFIX_FIRST = new Comparator<>() {
            @Override
            public int compare(PrefixRule a, PrefixRule b) {
                return b.prefix().length() - a.prefix().length();
            }
        };

        private final List<Provider> providers;
        private final Map<String, HostRule> exactHosts = new HashMap<>();
        private final Map<String, HostRule> suffixHosts = new HashMap<>();
        private final List<HostRule> globHosts = new ArrayList<>();
        private final Map<String, List<PathRule>> testPaths = new HashMap<>();
        private final Map<Character, List<PrefixRule>> prefixes = new HashMap<>();
        /** {@link #prefixes} of the ASCII first characters, by character: every value is looked up here. */
        private final PrefixRule[][] asciiPrefixes = new PrefixRule[128][];
        /**
         * Per ASCII first character, the ASCII second characters its prefixes go on with (two 64-bit words), so a
         * value whose first two characters start no prefix is answered without comparing it with each; a first
         * character with a one-character prefix or a non-ASCII second character is marked open and always compared.
         */
        private final long[] secondCharacters = new long[256];
        private final boolean[] openAfterFirst = new boolean[128];
        /**
         * {@link #asciiPrefixes} split by the ASCII second character as well ({@code first * 128 + second}), in the
         * same order, for a first character that is not {@link #openAfterFirst open}: a value is then compared only
         * with the prefixes of its first two characters (every {@code sk_…} of a catalog shares the first).
         */
        private final PrefixRule[][] asciiPairPrefixes = new PrefixRule[128 * 128][];
        private final Map<String, List<KeyWordRule>> keyWords = new HashMap<>();
        private final Map<String, List<ModeRule>> modeSwitches = new HashMap<>();
        private final Set<String> modeValues = new HashSet<>(ModeWords.GENERIC_MODE_VALUES);
        /** The first letters of {@link #modeValues}, in either case. */
        private final FirstLetters modeValueFirstLetters;
        private final Map<String, Provider> testValues = new HashMap<>();
        private final java.util.BitSet testValueLengths = new java.util.BitSet();

        Rules(List<Provider> providers) {
            this.providers = List.copyOf(providers);
            for (Provider provider : this.providers) {
                index(provider);
            }
            this.modeValueFirstLetters = FirstLetters.of(modeValues);
            for (Map.Entry<Character, List<PrefixRule>> rules : prefixes.entrySet()) {
                rules.getValue().sort(LONGEST_PREFIX_FIRST);
                char first = rules.getKey();
                if (first < asciiPrefixes.length) {
                    asciiPrefixes[first] = rules.getValue().toArray(PrefixRule[]::new);
                    for (PrefixRule rule : rules.getValue()) {
                        String prefix = rule.prefix();
                        char second = prefix.length() < 2 ? 0x80 : prefix.charAt(1);
                        if (second >= 0x80) {
                            openAfterFirst[first] = true;
                        } else {
                            secondCharacters[(first << 1) + (second >>> 6)] |= 1L << second;
                        }
                    }
                    if (!openAfterFirst[first]) {
                        indexPairs(first, asciiPrefixes[first]);
                    }
                }
            }
        }

        private void indexPairs(char first, PrefixRule[] rules) {
            Map<Character, List<PrefixRule>> bySecond = new HashMap<>();
            for (PrefixRule rule : rules) {
                bySecond.computeIfAbsent(rule.prefix().charAt(1), second -> new ArrayList<>()).add(rule);
            }
            for (Map.Entry<Character, List<PrefixRule>> pair : bySecond.entrySet()) {
                asciiPairPrefixes[first * 128 + pair.getKey()] = pair.getValue().toArray(PrefixRule[]::new);
            }
        }

        /**
         * The prefix rules of a non-empty value's first character, longest first; {@code null} when none, or when its
         * first two characters start none of them.
         */
        private PrefixRule @Nullable [] prefixRules(String value) {
            char first = value.charAt(0);
            if (first < asciiPrefixes.length) {
                if (!openAfterFirst[first]) {
                    if (value.length() < 2) {
                        return null;
                    }
                    char second = value.charAt(1);
                    if (second < 0x80) {
                        return (secondCharacters[(first << 1) + (second >>> 6)] & 1L << second) == 0 ? null
                                : asciiPairPrefixes[first * 128 + second];
                    }
                }
                return asciiPrefixes[first];
            }
            List<PrefixRule> rules = prefixes.get(first);
            return rules == null ? null : rules.toArray(PrefixRule[]::new);
        }

        private void index(Provider provider) {
            indexHosts(provider, provider.testHosts(), HostUse.TEST);
            indexHosts(provider, provider.liveHosts(), HostUse.LIVE);
            indexHosts(provider, provider.sharedHosts(), HostUse.SHARED);
            for (String path : provider.testPaths()) {
                int slash = path.indexOf('/');
                String prefix = path.substring(slash);
                listOf(testPaths, path.substring(0, slash))
                        .add(new PathRule(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix,
                                provider));
            }
            for (String prefix : provider.testCredentialPrefixes()) {
                listOf(prefixes, prefix.charAt(0)).add(new PrefixRule(prefix, provider, true));
            }
            for (String prefix : provider.liveCredentialPrefixes()) {
                listOf(prefixes, prefix.charAt(0)).add(new PrefixRule(prefix, provider, false));
            }
            for (List<String> words : provider.keyWords()) {
                listOf(keyWords, words.get(0)).add(new KeyWordRule(words, provider));
            }
            for (String value : provider.testValues()) {
                testValues.putIfAbsent(value, provider);
                testValueLengths.set(value.length());
            }
            for (Map.Entry<String, Set<String>> modeSwitch : provider.modeSwitches().entrySet()) {
                listOf(modeSwitches, modeSwitch.getKey()).add(new ModeRule(modeSwitch.getValue(), provider));
                modeValues.addAll(modeSwitch.getValue());
            }
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

        /**
         * The provider host pattern a host matches: exact names first, then the closest {@code *.suffix}, then other
         * wildcards. A wildcard of a test or live host is narrower than a shared {@code *.suffix} and wins over it
         * ({@code dev-*.okta.com}, an Okta developer org, under the shared {@code *.okta.com}).
         */
        @Nullable HostRule host(String host) {
            HostRule exact = exactHosts.get(host);
            if (exact != null) {
                return exact;
            }
            for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
                HostRule suffix = suffixHosts.get(host.substring(dot));
                if (suffix != null) {
                    if (suffix.use() == HostUse.SHARED) {
                        for (HostRule rule : globHosts) {
                            if (rule.use() != HostUse.SHARED && Glob.matches(rule.pattern(), host)) {
                                return rule;
                            }
                        }
                    }
                    return suffix;
                }
            }
            for (HostRule rule : globHosts) {
                if (Glob.matches(rule.pattern(), host)) {
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

        /**
         * The providers a key's words name, in the order their words appear, except that a provider named only by a
         * word other products use for their kind of product too ({@link ProviderCatalog#GENERIC_KEY_WORDS}: {@code momo}) comes after
         * a provider the key names by its own word: {@code payments.momo.orange.env} is Orange Money's switch, as
         * {@code ORANGE_MOMO_ENV} is, and {@code payments.momo.mtn.env} MTN MoMo's.
         */
        List<Provider> providersNamedBy(List<String> words) {
            List<Provider> named = null;
            List<Provider> generic = null;
            for (int i = 0; i < words.size(); i++) {
                List<KeyWordRule> rules = keyWords.get(words.get(i));
                if (rules == null) {
                    continue;
                }
                for (int r = 0; r < rules.size(); r++) {
                    KeyWordRule rule = rules.get(r);
                    if (!wordsAt(words, i, rule.words())) {
                        continue;
                    }
                    boolean byGenericWord = rule.words().size() == 1 && GENERIC_KEY_WORDS.contains(rule.words().get(0));
                    if (named == null) {
                        named = new ArrayList<>(1);
                    }
                    if (!named.contains(rule.provider())) {
                        named.add(rule.provider());
                        if (byGenericWord) {
                            if (generic == null) {
                                generic = new ArrayList<>(1);
                            }
                            generic.add(rule.provider());
                        }
                    } else if (!byGenericWord && generic != null) {
                        generic.remove(rule.provider());
                    }
                }
            }
            if (named == null) {
                return List.of();
            }
            if (generic != null && !generic.isEmpty() && named.size() > generic.size()) {
                named.removeAll(generic);
                named.addAll(generic);
            }
            return named;
        }

        /** {@code words.subList(at, at + ruleWords.size()).equals(ruleWords)}, without the view. */
        private static boolean wordsAt(List<String> words, int at, List<String> ruleWords) {
            if (at + ruleWords.size() > words.size()) {
                return false;
            }
            for (int k = 0; k < ruleWords.size(); k++) {
                if (!words.get(at + k).equals(ruleWords.get(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The credential prefixes a value starts with, longest first. */
        List<PrefixRule> credentialPrefixes(String value) {
            if (value.isEmpty()) {
                return List.of();
            }
            PrefixRule[] rules = prefixRules(value);
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
            PrefixRule[] rules = prefixRules(value);
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

        /** The provider that documents a stripped value as a test-only value, or {@code null}. */
        @Nullable Provider testValue(String value) {
            return testValueLengths.get(value.length()) ? testValues.get(value) : null;
        }

        /** The mode-switch rules of a canonical key. */
        List<ModeRule> modeSwitches(String canonicalKey) {
            return modeSwitches.getOrDefault(canonicalKey, List.of());
        }
    }
}

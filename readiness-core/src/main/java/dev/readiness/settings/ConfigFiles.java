package dev.readiness.settings;

import dev.readiness.internal.MavenTokens;
import dev.readiness.settings.yaml.YamlDocuments;
import dev.readiness.settings.yaml.YamlNode;
import dev.readiness.settings.yaml.YamlSyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads configuration files into documents as Spring Boot does: YAML (nested keys joined with {@code .}, list items
 * as {@code key[i]}, {@code ---} documents, origins {@code file:line:column}), Java properties ({@code #---} and
 * {@code !---} documents) and dotenv files (one document), each document with its
 * {@code spring.config.activate.on-profile} condition (or the legacy {@code spring.profiles} one, read alike).
 */
final class ConfigFiles {

    static final String ON_PROFILE = "spring.config.activate.on-profile";
    static final String ON_CLOUD_PLATFORM = "spring.config.activate.on-cloud-platform";
    private static final String ON_PROFILE_CANONICAL = RelaxedNames.canonical(ON_PROFILE);
    private static final String ON_CLOUD_PLATFORM_CANONICAL = RelaxedNames.canonical(ON_CLOUD_PLATFORM);
    private static final String SPRING_PROFILES_CANONICAL = RelaxedNames.canonical("spring.profiles");
    private static final List<String> ON_PROFILE_ELEMENTS = List.of("spring", "config", "activate", "onprofile");
    private static final List<String> ON_CLOUD_PLATFORM_ELEMENTS =
            List.of("spring", "config", "activate", "oncloudplatform");
    private static final List<String> SPRING_PROFILES_ELEMENTS = List.of("spring", "profiles");

    /** The formats, chosen by file name. */
    enum Format {
        /** Java properties. */
        PROPERTIES("Java properties"),
        /** YAML. */
        YAML("YAML"),
        /** Dotenv {@code KEY=value} lines. */
        DOTENV("dotenv"),
        /**
         * Java XML properties, which Spring Boot loads from its locations ({@code application.xml}) and imports; not
         * a format of {@code --config}, whose files are named by {@link #of(String)}.
         */
        XML("Java XML properties");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /**
         * How a file of this format is decoded: properties files as {@code java.util.Properties} and Spring Boot
         * read them (UTF-8, else ISO-8859-1), every other format as strict UTF-8.
         */
        SettingsFiles.Encoding encoding() {
            return this == PROPERTIES ? SettingsFiles.Encoding.UTF_8_ELSE_ISO_8859_1 : SettingsFiles.Encoding.STRICT_UTF_8;
        }

        /**
         * The format of a file Spring Boot loads from its locations or an import, by its extension without the dot:
         * {@code properties}, {@code xml}, {@code yml} or {@code yaml}, as its property source loaders name them.
         *
         * @param extension the extension
         * @return the format
         */
        static Format ofSpringBoot(String extension) {
            return extension.equalsIgnoreCase("xml") ? XML : of("x." + extension);
        }

        /**
         * The format a file name says: {@code .yml}/{@code .yaml}, {@code .properties}, {@code .env} (also
         * {@code .env.production}).
         *
         * @param fileName the file name
         * @return the format
         * @throws SettingsFileException when the extension is none of these
         */
        static Format of(String fileName) {
            String name = fileName.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                return YAML;
            }
            if (name.endsWith(".properties")) {
                return PROPERTIES;
            }
            if (name.endsWith(".env") || name.startsWith(".env")) {
                return DOTENV;
            }
            throw new SettingsFileException(fileName, 0, "unknown kind of configuration file: name it .yml, .yaml,"
                    + " .properties or .env");
        }
    }

    /**
     * One document of a file.
     *
     * @param settings its settings in file order
     * @param onProfile its profile condition, or {@code null} when it always applies
     * @param condition the setting that states the profile condition (its first {@code on-profile} key, or the
     *        legacy {@code spring.profiles} of Spring Boot 2.3 and earlier, read the same way), or {@code null} when
     *        it always applies
     * @param onCloudPlatform the cloud platform it applies on only ({@code kubernetes}), or {@code null}
     */
    record Document(List<Setting> settings, @Nullable Profiles onProfile, @Nullable Setting condition,
            @Nullable String onCloudPlatform) {

        /** Whether the profile condition is the legacy {@code spring.profiles} key, which Spring Boot 2.4+ refuses. */
        boolean legacyCondition() {
            return condition != null && !condition.canonicalKey().startsWith(ON_PROFILE_CANONICAL);
        }

        boolean activeFor(List<String> profiles, @Nullable String platform) {
            return isOn(platform) && (onProfile == null || onProfile.matches(profiles));
        }

        /**
         * Whether the document's platform condition holds on a platform, matched as Spring Boot binds its
         * {@code CloudPlatform} ({@code kubernetes}, {@code KUBERNETES}, {@code cloud-foundry}).
         *
         * @param platform the platform the service runs on, or {@code null} when none is known
         */
        boolean isOn(@Nullable String platform) {
            return onCloudPlatform == null
                    || platform != null && RelaxedNames.canonical(onCloudPlatform.strip()).equals(RelaxedNames.canonical(platform));
        }
    }

    private ConfigFiles() {
    }

    static List<Document> read(Path file, Format format) {
        return read(file.toString(), text(file, format), format);
    }

    private static String text(Path file, Format format) {
        return SettingsFiles.read(file, format.encoding());
    }

    /**
     * Reads a resource file as the build writes it: its text passed through the build's filter first, its settings
     * named by the source file. A filter that fails is an error naming the file, as the build's would be.
     */
    static List<Document> read(Path file, Format format, ResourceFilter filter) {
        String text = text(file, format);
        String filtered;
        try {
            filtered = filter.filter(file, text);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SettingsFileException(file.toString(), 0, "the build's resource filtering of this file fails: "
                    + (e instanceof java.io.IOException && e.getMessage() != null ? e.getMessage()
                            : e.getClass().getSimpleName()));
        }
        return asBuilt(read(file.toString(), filtered, format));
    }

    /**
     * Documents read from text as the build wrote it (a packaged jar's entry, or a resource file the Maven goal has
     * passed through Maven's own filtering): a whole {@code @name@} token left in a value is no longer one the build
     * fills, but the very text the service runs with ({@code jwt.secret=@jwt.secret@} signs with those twelve
     * characters), so it is made {@linkplain Setting#isLiteral() literal} and judged as written (forty-seventh pass).
     * Any other value holding an {@code @} is {@linkplain Setting#isAsBuilt() as built}, so a token reached inside it
     * (the default of {@code ${X:@jwt.secret@}}, a Spring expression's literal) is judged as text too (forty-eighth
     * pass).
     */
    static List<Document> asBuilt(List<Document> documents) {
        List<Document> result = null;
        for (int d = 0; d < documents.size(); d++) {
            Document document = documents.get(d);
            List<Setting> settings = null;
            for (int i = 0; i < document.settings().size(); i++) {
                Setting setting = document.settings().get(i);
                if (setting.value().indexOf('@') >= 0 && !setting.isDeferred() && !setting.isLiteral()) {
                    if (settings == null) {
                        settings = new ArrayList<>(document.settings());
                    }
                    settings.set(i, MavenTokens.hasTokenShape(setting.value().strip()) ? setting.asLiteral()
                            : setting.asBuilt());
                }
            }
            if (settings != null) {
                if (result == null) {
                    result = new ArrayList<>(documents);
                }
                result.set(d, new Document(List.copyOf(settings), document.onProfile(), document.condition(),
                        document.onCloudPlatform()));
            }
        }
        return result == null ? documents : List.copyOf(result);
    }

    static List<Document> read(String name, String text, Format format) {
        TextContent.checkText(name, text);
        List<List<Setting>> documents = switch (format) {
            case PROPERTIES -> {
                TextContent.checkNotYaml(name, text, format.label());
                yield PropertiesParser.documents(name, text);
            }
            case DOTENV -> {
                TextContent.checkNotYaml(name, text, "a dotenv file of KEY=value lines");
                yield List.of(DotenvParser.parse(name, text));
            }
            case YAML -> yaml(name, text);
            case XML -> List.of(XmlPropertiesParser.parse(name, text));
        };
        List<Document> result = new ArrayList<>(documents.size());
        for (List<Setting> settings : documents) {
            result.add(document(name, settings, format));
        }
        return result;
    }

    private static Document document(String name, List<Setting> written, Format format) {
        if (format == Format.DOTENV) {
            return new Document(List.copyOf(written), null, null, null);
        }
        List<Setting> settings = SourceSpellings.inReadingOrder(written);
        List<String> expressions = new ArrayList<>();
        Setting first = null;
        String cloud = null;
        for (Setting setting : settings) {
            if (!startsWithSpring(setting.key())) {
                continue;
            }
            String canonical = setting.canonicalKey();
            if (canonical.startsWith(ON_PROFILE_CANONICAL)
                    && canonical.substring(ON_PROFILE_CANONICAL.length()).chars().allMatch(Character::isDigit)
                    && namesProperty(setting.key(), ON_PROFILE_ELEMENTS)) {
                expressions.add(setting.value());
                first = first == null ? setting : first;
            } else if (canonical.equals(ON_CLOUD_PLATFORM_CANONICAL)
                    && namesProperty(setting.key(), ON_CLOUD_PLATFORM_ELEMENTS)) {
                cloud = setting.value();
            } else if (canonical.startsWith(SPRING_PROFILES_CANONICAL)
                    && canonical.substring(SPRING_PROFILES_CANONICAL.length()).chars().allMatch(Character::isDigit)
                    && namesProperty(setting.key(), SPRING_PROFILES_ELEMENTS)) {
                expressions.add(setting.value());
                first = first == null ? setting : first;
            }
        }
        Profiles profiles = null;
        if (first != null) {
            try {
                profiles = Profiles.of(expressions);
            } catch (IllegalArgumentException malformed) {
                throw new SettingsFileException(name, line(name, first.origin()), ON_PROFILE + ": " + malformed.getMessage());
            }
        }
        return new Document(List.copyOf(settings), profiles, first, cloud);
    }

    /**
     * Whether a key names a property as Spring Boot's binder matches names: element by element, each element in any
     * case and with or without dashes ({@code spring.config.activate.onProfile}, {@code Spring.Profiles}), then at
     * most one index ({@code spring.profiles[0]}). A key whose single element only spells the same letters
     * ({@code springProfiles}, {@code SPRING_PROFILES}, {@code spring-profiles}: a Helm chart's own
     * {@code springProfiles: prod}) is another property to Spring Boot, which never reads it as a document's
     * condition (session 32's newcomer: a values file was judged as a profile document and left out).
     *
     * @param key a key as written
     * @param elements the property's elements in canonical form
     */
    static boolean namesProperty(String key, List<String> elements) {
        int element = 0;
        int start = 0;
        int length = key.length();
        while (start <= length) {
            int end = start;
            while (end < length && key.charAt(end) != '.' && key.charAt(end) != '[' && key.charAt(end) != ']') {
                end++;
            }
            if (end > start) {
                String part = key.substring(start, end);
                if (element < elements.size()) {
                    if (!RelaxedNames.canonical(part).equals(elements.get(element))) {
                        return false;
                    }
                } else if (element > elements.size() || !part.chars().allMatch(Character::isDigit)) {
                    return false;
                }
                element++;
            }
            start = end + 1;
        }
        return element == elements.size() || element == elements.size() + 1;
    }

    /**
     * Whether a key's canonical form starts with {@code spring}, without making the canonical form: most keys of a
     * large file do not, and only those that do can be a document condition.
     */
    static boolean startsWithSpring(String key) {
        return canonicalStartsWith(key, "spring");
    }

    /** Whether {@code RelaxedNames.canonical(key).startsWith(prefix)} for a lower-case ASCII prefix. */
    static boolean canonicalStartsWith(String key, String prefix) {
        int matched = 0;
        for (int i = 0; i < key.length() && matched < prefix.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            if (c >= 0x80) {
                return RelaxedNames.canonical(key).startsWith(prefix);
            }
            if (Character.toLowerCase(c) != prefix.charAt(matched++)) {
                return false;
            }
        }
        return matched == prefix.length();
    }

    /** The line of an origin {@code name:line} or {@code name:line:column} of the named file, else 0. */
    static int line(String name, Origin origin) {
        String description = origin.description();
        if (!description.startsWith(name + ":")) {
            return 0;
        }
        String rest = description.substring(name.length() + 1);
        int colon = rest.indexOf(':');
        String digits = colon < 0 ? rest : rest.substring(0, colon);
        return !digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(digits) : 0;
    }

    /**
     * Reads YAML text into its documents' nodes, turning every failure into a {@link SettingsFileException} naming
     * the file and line and quoting nothing.
     *
     * @param name the file name
     * @param text the text, already checked for control characters
     * @param what what the file should be, e.g. {@code YAML} or {@code a YAML manifest}
     * @return the documents' root nodes
     */
    static List<YamlNode> yamlDocuments(String name, String text, String what) {
        try {
            return YamlDocuments.read(text, SettingsFiles.MAX_BYTES);
        } catch (YamlSyntaxException invalid) {
            List<SettingsFileException.Problem> problems = new ArrayList<>();
            for (YamlSyntaxException.Problem problem : invalid.problems()) {
                problems.add(new SettingsFileException.Problem(problem.line(), "is not valid " + what
                        + (problem.column() > 0 ? " (column " + problem.column() + ")" : "") + ": "
                        + problem.reason()));
            }
            throw new SettingsFileException(name, problems, invalid.total());
        } catch (NoClassDefFoundError missing) {
            throw new SettingsFileException(name, 0, "reading YAML needs SnakeYAML (org.yaml:snakeyaml) on the class"
                    + " path");
        }
    }

    private static List<List<Setting>> yaml(String name, String text) {
        List<YamlNode> roots = yamlDocuments(name, text, "YAML");
        List<List<Setting>> documents = new ArrayList<>(roots.size());
        int index = 0;
        for (YamlNode root : roots) {
            index++;
            if (root instanceof YamlNode.Scalar scalar && scalar.value() == null) {
                continue;
            }
            if (!(root instanceof YamlNode.Mapping mapping)) {
                throw new SettingsFileException(name, root.line(), String.format(Locale.ROOT,
                        "document %d is %s, not a mapping of keys; Java properties or dotenv text belongs in a"
                                + " .properties or .env file", index,
                        root instanceof YamlNode.Sequence ? "a list" : "a single value"));
            }
            List<Setting> settings = new ArrayList<>();
            flatten(name, mapping, null, settings);
            if (!settings.isEmpty()) {
                documents.add(settings);
            }
        }
        return documents;
    }

    /** Spring's {@code YamlProcessor.buildFlattenedMap}: {@code a.b}, {@code a[0]}, empty list as {@code ""}. */
    static void flatten(String name, YamlNode.Mapping mapping, @Nullable String path, List<Setting> into) {
        for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
            String key = path == null || path.isEmpty() ? entry.getKey()
                    : entry.getKey().startsWith("[") ? path + entry.getKey() : path + "." + entry.getKey();
            value(name, key, entry.getValue(), into);
        }
    }

    private static void value(String name, String key, YamlNode node, List<Setting> into) {
        if (node instanceof YamlNode.Mapping child) {
            flatten(name, child, key, into);
        } else if (node instanceof YamlNode.Sequence sequence) {
            if (sequence.items().isEmpty()) {
                into.add(Setting.inFile(key, "", name, node.line(), node.column()));
            }
            for (int i = 0; i < sequence.items().size(); i++) {
                value(name, key + "[" + i + "]", sequence.items().get(i), into);
            }
        } else {
            String value = ((YamlNode.Scalar) node).value();
            into.add(Setting.inFile(key, value == null ? "" : value, name, node.line(), node.column()));
        }
    }
}

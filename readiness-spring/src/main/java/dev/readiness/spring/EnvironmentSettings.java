package dev.readiness.spring;

import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The Spring {@link ConfigurableEnvironment} as readiness {@link Settings}: every property of every
 * {@link EnumerablePropertySource}, higher-precedence sources winning over lower ones for the same relaxed name
 * (so {@code JWT_SECRET} in the environment overrides {@code jwt.secret} in {@code application.yml}, as Spring's
 * binding does), each with its origin as Spring knows it: {@code class path resource [application-prod.yml] -
 * 12:15}, {@code "jwt.secret" from property source "commandLineArgs"}; an environment variable is described as
 * {@code environment variable JWT_SECRET}, as everywhere in readiness.
 *
 * <p><b>Placeholders.</b> A value that references other properties ({@code ${DB_PASSWORD}}) is resolved against
 * the environment, so gates judge what the application will really use; a placeholder that cannot be resolved
 * stays as written ({@code ${DB_PASSWORD}}), so gates can report it as unresolved. A default in a placeholder
 * ({@code ${JWT_SECRET:changeme}}) is applied when the referenced property is missing, exactly as the application
 * would. A value whose resolution fails (a circular reference) is kept raw. A resolved value's origin names where it
 * came through ({@code class path resource [application.yml] - 3:13 via environment variable JWT_SECRET}), as the
 * CLI's does, so a secret supplied by the environment through {@code ${JWT_SECRET}} is judged once, where it is
 * defined, and is neither a second use of the same secret nor a literal packaged in the file. A {@code ${X}} without
 * a default that nothing defines is {@linkplain Setting#unresolved(String, String, Origin, String) unresolved}: at
 * boot nothing will supply it later, so the {@code settings} gate reports it.
 *
 * <p><b>What is left out.</b> The JVM's own system properties and Spring Boot's logging ones
 * ({@link #describesTheRuntime}), Spring Boot's {@code applicationInfo} source, and the platform's own variables with
 * a value of the platform's shape (the shell's, {@code PATH=/usr/bin:/bin}, {@code HOME=/home/app},
 * {@code LANG=C.UTF-8}: see {@link ShellVariables}; Kubernetes' service links, {@code REDIS_SERVICE_HOST=10.0.0.11}:
 * see {@link ServiceLinks}) are not judged, unless a {@code readiness.*.extra-keys} or
 * {@code readiness.settings.required} list is set (it may name one); they still resolve placeholders and name the
 * routes of values that use them.
 *
 * <p><b>Spring Boot's defaults.</b> When {@code spring.datasource.url} names an embedded database (H2, HSQLDB,
 * Derby) and {@code spring.datasource.username} or {@code .password} is not set, the settings hold what Spring Boot
 * will connect with ({@code sa} and an empty password), so the database gate judges the real credentials.
 * Thread-safe.
 */
public final class EnvironmentSettings {

    private static final String ATTACHED_SOURCE_NAME = "configurationProperties";

    /** Spring Boot's own source of the process id and the application's version ({@code spring.application.pid}). */
    private static final String APPLICATION_INFO_SOURCE_NAME = "applicationInfo";

    /** The prefix of the system properties Spring Boot's Logback support sets from {@code logging.logback.*}. */
    private static final String LOGBACK_ROLLING_POLICY = "LOGBACK_ROLLINGPOLICY_";

    private static final String DATASOURCE_URL = "spring.datasource.url";

    private static final String DATASOURCE_USERNAME = "spring.datasource.username";

    private static final String DATASOURCE_PASSWORD = "spring.datasource.password";

    /** What follows {@code jdbc:} in the URL of an embedded database Spring Boot gives default credentials. */
    private static final String[] EMBEDDED_ENGINES = {"h2:", "hsqldb:", "derby:"};

    /** The standard system properties outside the {@code java.}, {@code jdk.} and {@code sun.} namespaces. */
    private static final Set<String> RUNTIME_PROPERTIES = Set.of("os.name", "os.arch", "os.version",
            "file.separator", "path.separator", "line.separator", "file.encoding", "native.encoding",
            "stdout.encoding", "stderr.encoding", "user.name", "user.home", "user.dir", "user.language",
            "user.country", "user.region", "user.variant", "user.script", "user.timezone");

    private EnvironmentSettings() {
    }

    /**
     * Reads the environment.
     *
     * @param environment the environment
     * @return its settings
     */
    public static Settings from(ConfigurableEnvironment environment) {
        List<PropertySource<?>> sources = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            sources.add(source);
        }
        List<Property> properties = new ArrayList<>();
        Map<String, Property> winners = new HashMap<>();
        boolean namingLists = false;
        for (int i = sources.size() - 1; i >= 0; i--) {
            PropertySource<?> source = sources.get(i);
            if (ATTACHED_SOURCE_NAME.equals(source.getName())
                    || !(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            boolean systemProperties = StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(
                    source.getName());
            boolean applicationInfo = APPLICATION_INFO_SOURCE_NAME.equals(source.getName());
            // of two spellings of one name in a source (jwt.secret, then JWT_SECRET) the one Spring Boot reads last
            for (String name : RelaxedNames.inReadingOrder(java.util.Arrays.asList(enumerable.getPropertyNames()),
                    java.util.function.Function.identity())) {
                Object raw = enumerable.getProperty(name);
                String value = text(environment, raw);
                if (value != null) {
                    boolean environmentVariable = source instanceof SystemEnvironmentPropertySource;
                    Property property = new Property(name, value, String.valueOf(raw), enumerable,
                            environmentVariable,
                            environmentVariable ? null : undefinedReferences(value),
                            environmentVariable && platformsOwn(name, value));
                    if (!applicationInfo && (!systemProperties || !describesTheRuntime(name))) {
                        properties.add(property);
                    }
                    String canonical = RelaxedNames.canonical(name);
                    namingLists |= canonical.startsWith("readiness") && (canonical.contains("extrakeys")
                            || canonical.startsWith("readinesssettingsrequired"));
                    winners.put(canonical, property);
                }
            }
        }
        SettingsBuilder settings = Settings.builder();
        for (Property property : properties) {
            if (property.shells() && !namingLists) {
                continue; // PATH=/usr/bin, REDIS_SERVICE_HOST=10.0.0.11 (platformsOwn): judged when a list names it
            }
            if (property.isLiteral()) {
                settings.add(Setting.literal(property.name(), property.value(), property.origin(winners)));
            }
            else if (property.undefined() != null) {
                settings.add(Setting.unresolved(property.name(), property.value(), property.origin(winners),
                        property.undefined()));
            }
            else {
                settings.add(Setting.ofReceived(property.name(), property.value(), property.origin(winners)));
            }
        }
        embeddedDataSourceDefaults(environment, settings);
        return settings.build();
    }

    /**
     * Whether a system property is one the JVM sets to describe itself and its host ({@code java.home},
     * {@code os.arch}, {@code user.dir}, {@code sun.java.command}, …): the names of the JDK's own namespaces and of
     * the standard properties of {@link System#getProperties()}; or one Spring Boot's logging system sets from the
     * process and from {@code logging.*} before the environment is prepared ({@code PID}, {@code CONSOLE_LOG_CHARSET},
     * {@code LOG_FILE}, {@code LOGBACK_ROLLINGPOLICY_MAX_FILE_SIZE}: the {@code logging.*} properties they copy are
     * judged where they are written). They are no configuration of the service, so the gates do not judge them (a
     * boot spent about half of the gates' first checks on them; a cold gate's first look at a setting of a new
     * shape costs 1 to 3 ms of CPU); they still resolve placeholders and name the routes of values that use them.
     * The properties of Spring Boot's {@code applicationInfo} source ({@code spring.application.pid}) are left out
     * the same way. Any other system property ({@code -Djwt.secret=…}, {@code javax.net.ssl.keyStorePassword}) is
     * judged as before.
     */
    static boolean describesTheRuntime(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || RUNTIME_PROPERTIES.contains(name) || LoggingProperties.NAMES.contains(name)
                || name.startsWith(LOGBACK_ROLLING_POLICY);
    }

    /**
     * Whether an environment variable is the platform's own with a value of the platform's shape: a shell's
     * ({@link ShellVariables}: {@code PATH=/usr/bin:/bin}, {@code HOME=/home/app}) or a Kubernetes service link
     * ({@link ServiceLinks}: {@code REDIS_SERVICE_HOST=10.0.0.11}, {@code REDIS_PORT=tcp://10.0.0.11:6379}), which
     * the gates leave out. A name without {@code _SERVICE_} or {@code _PORT} loads nothing of the latter.
     */
    static boolean platformsOwn(String name, String value) {
        return ShellVariables.isShellsOwn(name, value)
                || (name.indexOf("_SERVICE_") > 0 || name.indexOf("_PORT") > 0)
                        && ServiceLinks.isServiceLink(name, value);
    }

    /**
     * The system properties Spring Boot's logging system sets before the environment is prepared ({@code PID},
     * {@code CONSOLE_LOG_CHARSET}, {@code LOG_FILE}, …), by their names in Spring Boot's own list; a holder, so the
     * preload thread that initializes {@link EnvironmentSettings} initializes no Spring class.
     */
    private static final class LoggingProperties {

        static final Set<String> NAMES = names();

        private LoggingProperties() {
        }

        private static Set<String> names() {
            Set<String> names = new HashSet<>();
            for (LoggingSystemProperty property : LoggingSystemProperty.values()) {
                names.add(property.getEnvironmentVariableName());
            }
            return Set.copyOf(names);
        }
    }

    /**
     * The names of the {@code ${X}} references without a default that are still in a value once Spring resolved it
     * ({@code JWT_SECRET}, {@code DB_HOST, DB_PORT}), or {@code null}: nothing where the service runs defines them, so the
     * service would run with that text or fail when a bean reads it. Values of environment variables are not read
     * this way: a {@code ${…}} there is shell text more often than a reference ({@code PS1},
     * {@code PROMPT_COMMAND}), and Spring resolves it only if a bean asks for that variable. System properties are
     * ({@code "-Djwt.secret=${JWT_SECRET}"} in an exec-form {@code ENTRYPOINT}, which no shell expands).
     */
    static @Nullable String undefinedReferences(String resolved) {
        if (!resolved.contains("${")) {
            return null;
        }
        List<String> undefined = new ArrayList<>(1);
        for (Placeholder placeholder : Placeholder.in(resolved)) {
            if (!placeholder.hasDefault() && !undefined.contains(placeholder.name())) {
                undefined.add(placeholder.name());
            }
        }
        return undefined.isEmpty() ? null : String.join(", ", undefined);
    }

    /**
     * One property as read from its source: its value with placeholders resolved, the text as written, and the source
     * that says where it is written ({@link #writtenAt()}, asked only of the properties the gates judge and of those a
     * placeholder routes through: the JVM's own system properties, most of any environment, never need it).
     */
    private record Property(String name, String value, String written, PropertySource<?> source,
            boolean environment, @Nullable String undefined, boolean shells) {

        /** Where the property is written. */
        Origin writtenAt() {
            return EnvironmentSettings.origin(source, name);
        }

        /**
         * Whether a {@code ${…}} in the value is text, not a reference: Spring resolves an escaped placeholder
         * ({@code \${JWT_SECRET}}) to the text {@code ${JWT_SECRET}}, which is what the service receives.
         */
        boolean isLiteral() {
            return written.contains("\\${") && value.contains("${");
        }

        /**
         * Where the value comes from: a value resolved from placeholders ({@code secret: ${JWT_SECRET}}) names the
         * properties it came through ({@code application.yml - 3:13 via environment variable JWT_SECRET}), so the
         * gates judge it once, where it is defined, and do not take the alias for a second secret or a literal in
         * the file.
         */
        Origin origin(Map<String, Property> winners) {
            Origin writtenAt = writtenAt();
            if (value.equals(written)) {
                return writtenAt;
            }
            List<String> routes = new ArrayList<>(1);
            for (Placeholder placeholder : Placeholder.in(written)) {
                Property target = winners.get(RelaxedNames.canonical(placeholder.name()));
                if (target != null && target != this && target.answers(placeholder.name())) {
                    routes.add(target.writtenAt().description());
                } else if (placeholder.hasDefault()) {
                    routes.add("the default of ${" + placeholder.name() + "}");
                }
            }
            return routes.isEmpty() ? writtenAt : writtenAt.via(String.join(", ", routes));
        }

        /**
         * Whether Spring resolves a placeholder name to this property: an environment variable by its relaxed name
         * ({@code ${jwt.secret}} finds {@code JWT_SECRET}), any other property by its exact name or, for a name in
         * Spring's canonical form, by relaxed name.
         */
        private boolean answers(String placeholderName) {
            return environment || name.equals(placeholderName) || placeholderName.equals(
                    placeholderName.toLowerCase(Locale.ROOT)) && placeholderName.indexOf('_') < 0;
        }
    }

    /** A top-level {@code ${name}} or {@code ${name:default}} in a written value. */
    private record Placeholder(String name, boolean hasDefault) {

        static List<Placeholder> in(String text) {
            List<Placeholder> found = new ArrayList<>(1);
            int start = text.indexOf("${");
            while (start >= 0) {
                int end = closing(text, start + 2);
                if (end < 0) {
                    break;
                }
                String inner = text.substring(start + 2, end);
                int separator = inner.indexOf(':');
                String name = separator < 0 ? inner : inner.substring(0, separator);
                if (!name.isBlank() && !name.contains("${") && (start == 0 || text.charAt(start - 1) != '\\')) {
                    found.add(new Placeholder(name.strip(), separator >= 0));
                }
                start = text.indexOf("${", end + 1);
            }
            return found;
        }

        private static int closing(String text, int from) {
            int depth = 1;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Whether a URL starts with an embedded database's prefix ({@code jdbc:h2:}, {@code jdbc:hsqldb:},
     * {@code jdbc:derby:}, in any case): compared in place, where a regular expression would be compiled by the preload
     * that initializes this class in every boot.
     */
    static boolean namesEmbeddedDatabase(String url) {
        String jdbc = "jdbc:";
        if (!url.regionMatches(true, 0, jdbc, 0, jdbc.length())) {
            return false;
        }
        for (String engine : EMBEDDED_ENGINES) {
            if (url.regionMatches(true, jdbc.length(), engine, 0, engine.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spring Boot connects to an embedded database (H2, HSQLDB, Derby) as {@code sa} with an empty password when
     * {@code spring.datasource.username} and {@code .password} are not set; those are the credentials the service
     * really uses, so the gates judge them too, with an origin that says where they come from.
     */
    private static void embeddedDataSourceDefaults(ConfigurableEnvironment environment, SettingsBuilder settings) {
        String url;
        try {
            url = environment.getProperty(DATASOURCE_URL);
        }
        catch (RuntimeException unresolvable) {
            return; // ${DB_URL} that nothing defines: reported as settings.unresolved, not a crash of the check
        }
        if (url == null || !namesEmbeddedDatabase(url.strip())) {
            return;
        }
        Origin origin = Origin.of("Spring Boot's default for an embedded database (" + DATASOURCE_URL + " is "
                + "embedded and the property is not set)");
        if (!environment.containsProperty(DATASOURCE_USERNAME)) {
            settings.add(Setting.of(DATASOURCE_USERNAME, "sa", origin));
        }
        if (!environment.containsProperty(DATASOURCE_PASSWORD)) {
            settings.add(Setting.of(DATASOURCE_PASSWORD, "", origin));
        }
    }

    private static @Nullable String text(ConfigurableEnvironment environment, @Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.toString();
        if (!text.contains("${")) {
            return text;
        }
        try {
            return environment.resolvePlaceholders(text);
        }
        catch (RuntimeException circularOrMalformed) {
            return text;
        }
    }

    private static Origin origin(PropertySource<?> source, String name) {
        try {
            if (source instanceof SystemEnvironmentPropertySource) {
                return Origin.environmentVariable(name);
            }
            return Origin.of(PropertySourceOrigin.get(source, name).toString());
        }
        catch (RuntimeException unknown) {
            return Origin.of("property source \"" + source.getName() + "\"");
        }
    }
}

package dev.readiness.spring;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
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
 * would. A value whose resolution fails (a circular reference) is kept raw.
 *
 * <p><b>Spring Boot's defaults.</b> When {@code spring.datasource.url} names an embedded database (H2, HSQLDB,
 * Derby) and {@code spring.datasource.username} or {@code .password} is not set, the settings hold what Spring Boot
 * will connect with ({@code sa} and an empty password), so the database gate judges the real credentials.
 * Thread-safe.
 */
public final class EnvironmentSettings {

    private static final String ATTACHED_SOURCE_NAME = "configurationProperties";

    private static final String DATASOURCE_URL = "spring.datasource.url";

    private static final String DATASOURCE_USERNAME = "spring.datasource.username";

    private static final String DATASOURCE_PASSWORD = "spring.datasource.password";

    private static final Pattern EMBEDDED_URL = Pattern.compile("jdbc:(?:h2|hsqldb|derby):",
            Pattern.CASE_INSENSITIVE);

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
        SettingsBuilder settings = Settings.builder();
        for (int i = sources.size() - 1; i >= 0; i--) {
            PropertySource<?> source = sources.get(i);
            if (ATTACHED_SOURCE_NAME.equals(source.getName())
                    || !(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String name : enumerable.getPropertyNames()) {
                String value = text(environment, enumerable.getProperty(name));
                if (value != null) {
                    settings.add(Setting.of(name, value, origin(enumerable, name)));
                }
            }
        }
        embeddedDataSourceDefaults(environment, settings);
        return settings.build();
    }

    /**
     * Spring Boot connects to an embedded database (H2, HSQLDB, Derby) as {@code sa} with an empty password when
     * {@code spring.datasource.username} and {@code .password} are not set; those are the credentials the service
     * really uses, so the gates judge them too, with an origin that says where they come from.
     */
    private static void embeddedDataSourceDefaults(ConfigurableEnvironment environment, SettingsBuilder settings) {
        String url = environment.getProperty(DATASOURCE_URL);
        if (url == null || !EMBEDDED_URL.matcher(url.strip()).lookingAt()) {
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

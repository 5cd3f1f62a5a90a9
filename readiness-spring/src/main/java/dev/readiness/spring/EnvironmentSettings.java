package dev.readiness.spring;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.util.ArrayList;
import java.util.List;
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
 * would. A value whose resolution fails (a circular reference) is kept raw. Thread-safe.
 */
public final class EnvironmentSettings {

    private static final String ATTACHED_SOURCE_NAME = "configurationProperties";

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
        environment.getPropertySources().forEach(sources::add);
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
        return settings.build();
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

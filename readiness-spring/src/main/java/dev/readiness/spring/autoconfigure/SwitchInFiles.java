package dev.readiness.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Whether a configuration file Spring Boot is about to read may switch readiness off, read on the preloading thread
 * before Spring Boot reads the files, so that a start switched off in {@code application.properties} or
 * {@code application.yml} does not link the gates' classes in advance. The files are those of Spring Boot's default
 * locations ({@code classpath:/}, {@code classpath:/config/}, {@code ./}, {@code ./config/}) and of the locations the
 * launch names ({@code spring.config.location}, {@code spring.config.additional-location}), with the configuration
 * name the launch names ({@code spring.config.name}), for no profile and for the profiles the launch or those files
 * activate ({@code spring.profiles.active}, {@code spring.profiles.include}), in every format Spring Boot reads.
 *
 * <p>A guess that can only hold linking back, never decide: a file that mentions {@code readiness.enabled} with any
 * value but {@code true} (or a {@code readiness:} block with an {@code enabled:} key, or
 * {@code SPRING_APPLICATION_JSON} that mentions readiness) makes the preload wait until the prepared environment says
 * whether readiness is on; a file it does not find (a profile activated elsewhere, a config import, a config server)
 * leaves the start as it was, linking ahead. Stateless.
 */
final class SwitchInFiles {

    private static final String KEY = "readiness.enabled";

    private static final String[] EXTENSIONS = {".properties", ".xml", ".yml", ".yaml"};

    private static final String[] DEFAULT_LOCATIONS = {"classpath:/", "classpath:/config/", "file:./",
        "file:./config/"};

    private final ClassLoader classLoader;

    private final String[] args;

    private final Properties systemProperties;

    private final Map<String, String> environment;

    private SwitchInFiles(ClassLoader classLoader, String[] args, Properties systemProperties,
            Map<String, String> environment) {
        this.classLoader = classLoader;
        this.args = args;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /**
     * Whether the files this launch makes Spring Boot read may switch readiness off.
     *
     * @param classLoader the application's class loader
     * @param args the application's arguments
     * @param systemProperties the system properties
     * @param environment the process environment
     * @return {@code true} when a file mentions the switch with a value other than {@code true}
     */
    static boolean mayBeOff(ClassLoader classLoader, String[] args, Properties systemProperties,
            Map<String, String> environment) {
        return new SwitchInFiles(classLoader, args, systemProperties, environment).mayBeOff();
    }

    private boolean mayBeOff() {
        String json = launchValue("spring.application.json", "SPRING_APPLICATION_JSON");
        if (json != null && json.toLowerCase(Locale.ROOT).contains("readiness")) {
            return true;
        }
        List<String> locations = new ArrayList<>(List.of(DEFAULT_LOCATIONS));
        addAll(locations, launchValue("spring.config.location", "SPRING_CONFIG_LOCATION"));
        addAll(locations, launchValue("spring.config.additional-location", "SPRING_CONFIG_ADDITIONAL_LOCATION"));
        List<String> names = new ArrayList<>();
        addAll(names, launchValue("spring.config.name", "SPRING_CONFIG_NAME"));
        if (names.isEmpty()) {
            names.add("application");
        }
        List<String> profiles = new ArrayList<>();
        addAll(profiles, launchValue("spring.profiles.active", "SPRING_PROFILES_ACTIVE"));
        addAll(profiles, launchValue("spring.profiles.include", "SPRING_PROFILES_INCLUDE"));
        for (String location : locations) {
            for (String name : names) {
                if (read(location, name, profiles, true)) {
                    return true;
                }
            }
        }
        for (int i = 0; i < profiles.size(); i++) { // profiles a file activated are added while reading
            for (String location : locations) {
                for (String name : names) {
                    if (read(location, name + "-" + profiles.get(i), profiles, false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Reads the files of one location and base name (a location that names a file is read for no profile only); adds
     * the profiles they activate.
     */
    private boolean read(String location, String baseName, List<String> profiles, boolean noProfile) {
        String place = location.startsWith("optional:") ? location.substring("optional:".length()) : location;
        boolean directory = place.endsWith("/") || place.endsWith("\\");
        if (!directory && !noProfile) {
            return false;
        }
        for (String extension : EXTENSIONS) {
            if (!directory && !place.endsWith(extension)) {
                continue;
            }
            String text = text(directory ? place + baseName + extension : place);
            if (text != null && mentionsOff(text, profiles)) {
                return true;
            }
            if (!directory) {
                return false;
            }
        }
        return false;
    }

    private @Nullable String text(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                while (resource.startsWith("/")) {
                    resource = resource.substring(1);
                }
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (location.indexOf(':') > 1 && !location.startsWith("file:")) {
                return null; // configtree:, a URL: not read ahead
            }
            Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        }
        catch (IOException | RuntimeException ex) {
            return null; // unreadable here: Spring Boot reports it when it reads the file
        }
    }

    /**
     * Whether the text of a configuration file mentions the switch with a value other than {@code true}; adds the
     * profiles it activates in {@code key=value} or {@code key: value} form.
     */
    static boolean mentionsOff(String text, List<String> profiles) {
        boolean inBlock = false;
        int childIndent = -1;
        for (String raw : text.split("\n")) {
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            String line = trimmed.toLowerCase(Locale.ROOT);
            int indent = raw.indexOf(trimmed.charAt(0));
            int key = line.indexOf(KEY);
            if (key >= 0 && !saysTrue(line, key + KEY.length())) {
                return true;
            }
            if (indent == 0) {
                inBlock = line.startsWith("readiness:");
                childIndent = -1;
                if (inBlock && line.contains("enabled")) {
                    return true; // a flow mapping, readiness: {enabled: false}
                }
                if (line.startsWith("spring.profiles.active") || line.startsWith("spring.profiles.include")) {
                    int separator = separator(line);
                    addAll(profiles, separator < 0 ? null : trimmed.substring(separator + 1));
                }
            }
            else if (inBlock) {
                childIndent = childIndent < 0 ? indent : childIndent;
                if (indent == childIndent && line.startsWith("enabled") && !saysTrue(line, "enabled".length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int separator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
    }

    /** Whether what follows the key at {@code from} is the value {@code true}. */
    private static boolean saysTrue(String line, int from) {
        int at = from;
        while (at < line.length() && "\"'=: \t>".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        return line.startsWith("true", at)
                && (at + 4 == line.length() || !Character.isLetterOrDigit(line.charAt(at + 4)));
    }

    /** The launch's value of a property: an argument, else the system property, else the environment variable. */
    private @Nullable String launchValue(String property, String variable) {
        String prefix = "--" + property + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        String value = systemProperties.getProperty(property);
        return value != null ? value : environment.get(variable);
    }

    private static void addAll(List<String> into, @Nullable String commaSeparated) {
        if (commaSeparated == null) {
            return;
        }
        for (String item : commaSeparated.split(",")) {
            String value = item.strip();
            if (!value.isEmpty() && !into.contains(value)) {
                into.add(value);
            }
        }
    }
}

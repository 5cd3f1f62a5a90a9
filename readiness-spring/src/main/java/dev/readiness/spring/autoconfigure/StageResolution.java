package dev.readiness.spring.autoconfigure;

import dev.readiness.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The stage to judge for and where it came from. Derivation order: {@code readiness.stage}; the active profiles
 * (when several name a stage, the most enforcing wins: production over staging over test over development); the
 * variables {@link #STAGE_VARIABLES}, first one set with a recognized value; test inside a Spring Boot test
 * ({@code @SpringBootTest}); then where the service runs from ({@link Launch}): development from build output
 * (an IDE, {@code spring-boot:run}), production from a packaged archive; otherwise production, because a service
 * started with no stage signal at all may well be a production service, and safety must never be switched off
 * silently.
 *
 * @param stage the stage
 * @param source how it was found, for messages, e.g. {@code active profile 'prod'}
 * @param declared whether someone chose it ({@code readiness.stage}, a profile or a variable) rather than the
 *     default
 */
record StageResolution(Stage stage, String source, boolean declared) {

    /** Environment variables that commonly name the stage, read in this order. */
    static final List<String> STAGE_VARIABLES = List.of("APP_ENV", "APPLICATION_ENV", "ENVIRONMENT", "ENV",
            "DEPLOY_ENV", "DEPLOYMENT_ENVIRONMENT");

    /** The property Spring Boot's test support adds to every {@code @SpringBootTest} environment. */
    static final String SPRING_BOOT_TEST_MARKER = "org.springframework.boot.test.context.SpringBootTestContextBootstrapper";

    static StageResolution resolve(@Nullable Stage explicit, Environment environment) {
        return resolve(explicit, environment, Launch.UNKNOWN);
    }

    static StageResolution resolve(@Nullable Stage explicit, Environment environment, Launch launch) {
        if (explicit != null) {
            return new StageResolution(explicit, "readiness.stage", true);
        }
        Optional<StageResolution> fromProfiles = fromProfiles(activeProfiles(environment));
        if (fromProfiles.isPresent()) {
            return fromProfiles.get();
        }
        for (String variable : STAGE_VARIABLES) {
            String value = environment.getProperty(variable);
            if (value != null) {
                Optional<Stage> stage = Stage.fromAlias(value);
                if (stage.isPresent()) {
                    return new StageResolution(stage.get(), "variable " + variable, true);
                }
            }
        }
        if (environment.containsProperty(SPRING_BOOT_TEST_MARKER)) {
            return new StageResolution(Stage.TEST, "Spring Boot test context", true);
        }
        return switch (launch.kind()) {
            case BUILD_OUTPUT -> new StageResolution(Stage.DEVELOPMENT,
                    "no stage set: judged as development because the service runs from " + launch.describe(), false);
            case PACKAGED -> new StageResolution(Stage.PRODUCTION,
                    "no stage set: judged as production because the service runs from " + launch.describe(), false);
            case UNKNOWN -> new StageResolution(Stage.PRODUCTION, "no stage set: judged as production (fail safe),"
                    + " since no readiness.stage, stage profile or APP_ENV-style variable is set and the service does"
                    + " not run from build output", false);
        };
    }

    static Set<String> activeProfiles(Environment environment) {
        Set<String> profiles = new LinkedHashSet<>(Arrays.asList(environment.getActiveProfiles()));
        if (profiles.isEmpty()) {
            String property = environment.getProperty("spring.profiles.active");
            if (property != null) {
                profiles.addAll(StringUtils.commaDelimitedListToSet(property));
            }
        }
        if (profiles.isEmpty()) {
            // no profile active: Spring applies the default profiles (spring.profiles.default=prod loads
            // application-prod.properties), so they are the profiles in effect
            profiles.addAll(Arrays.asList(environment.getDefaultProfiles()));
            String property = environment.getProperty("spring.profiles.default");
            if (property != null && profiles.equals(Set.of("default"))) {
                profiles.clear();
                profiles.addAll(StringUtils.commaDelimitedListToSet(property));
            }
        }
        for (Iterator<String> names = profiles.iterator(); names.hasNext(); ) {
            if (names.next().isBlank()) {
                names.remove();
            }
        }
        return profiles;
    }

    static Optional<StageResolution> fromProfiles(Set<String> profiles) {
        Stage best = null;
        String bestProfile = null;
        for (String profile : profiles) {
            Optional<Stage> stage = stageOfProfile(profile);
            if (stage.isPresent() && (best == null || stage.get().compareTo(best) > 0)) {
                best = stage.get();
                bestProfile = profile.trim();
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new StageResolution(best, "active profile '" + bestProfile + "'", true));
    }

    /**
     * The stage a profile names: the whole name as an alias ({@code prod}, {@code live}), else the most enforcing
     * alias among its words ({@code prod-eu}, {@code k8s_staging}).
     */
    static Optional<Stage> stageOfProfile(String profile) {
        Optional<Stage> whole = Stage.fromAlias(profile);
        if (whole.isPresent()) {
            return whole;
        }
        Stage most = null;
        for (String word : profile.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            Optional<Stage> stage = word.isEmpty() ? Optional.empty() : Stage.fromAlias(word);
            if (stage.isPresent() && (most == null || stage.get().compareTo(most) > 0)) {
                most = stage.get();
            }
        }
        return Optional.ofNullable(most);
    }
}

package dev.readiness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that judges the application's own configuration with every readiness gate, without starting Spring, and
 * fails with the numbered problems when the verdict blocks:
 *
 * <pre>{@code
 * class ProductionConfigTests {
 *
 *     @ProductionConfigCheck(profiles = "prod", envFile = "deploy/prod.env")
 *     void productionConfigurationIsReady() {
 *     }
 * }
 * }</pre>
 *
 * The application's {@code application*.properties/yml} are read from {@code src/main/resources} of the project
 * the test runs in (or from {@link #application()}) with Spring Boot's locations, precedence, profiles and
 * placeholders; env files act as the process environment. A test method may declare a
 * {@link dev.readiness.Report} parameter to assert more, e.g. that nothing is even WARN.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(ProductionConfigExtension.class)
public @interface ProductionConfigCheck {

    /**
     * The active Spring profiles, later ones winning; none reads {@code SPRING_PROFILES_ACTIVE} of the env files,
     * else {@code spring.profiles.active} of the application's files.
     *
     * @return the profiles
     */
    String[] profiles() default {};

    /**
     * Dotenv files a deploy injects as the process environment, relative to the working directory (the project
     * directory under Maven and Gradle).
     *
     * @return the env files
     */
    String[] envFile() default {};

    /**
     * The application: a project directory, a resources directory or a packaged jar, relative to the working
     * directory. Empty: the working directory, i.e. the project whose tests run.
     *
     * @return the application's path
     */
    String application() default "";

    /**
     * The stage to judge for: {@code development}, {@code test}, {@code staging} or {@code production}.
     *
     * @return the stage
     */
    String stage() default "production";

    /**
     * {@code no-go} or {@code warn}: the lowest verdict that fails the test. Empty: {@code no-go} in staging and
     * production, as the CLI and the Maven plugin decide.
     *
     * @return the threshold
     */
    String failOn() default "";
}

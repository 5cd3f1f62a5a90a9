package dev.readiness.examples.rappit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The rappit order and shipping API. Run it from the repository root after a build:
 * {@code java -jar readiness-examples/target/rappit-demo.jar}. Its embedded {@code application.properties} is a
 * developer's configuration (sandbox carriers, an in-memory database, {@code jwt.secret=changeme}) while
 * {@code readiness.stage=production}, so the readiness gates refuse to start it and print every problem; adding
 * {@code --spring.config.additional-location=file:readiness-examples/rappit-production.properties} supplies a
 * production configuration and it starts.
 *
 * <p>Its configuration file is {@code rappit.properties} ({@code spring.config.name=rappit}), so that the other
 * example in this module keeps its own defaults.
 */
@SpringBootApplication
public class RappitApplication {

    /**
     * Starts the service.
     *
     * @param args command-line arguments, e.g. {@code --readiness.stage=development}
     */
    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application as {@link #main(String[])} starts it, for tests that start it for real.
     *
     * @return a builder reading {@code rappit.properties}
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RappitApplication.class).properties("spring.config.name=rappit");
    }
}

package dev.readiness.testfixtures.jpa;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal Spring Boot application whose entities are the fixtures in this package. Kept outside
 * {@code dev.readiness.spring} so that other test applications there do not scan these entities.
 */
@SpringBootApplication
public class FixturesApplication {
}

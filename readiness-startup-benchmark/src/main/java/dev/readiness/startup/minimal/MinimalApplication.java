package dev.readiness.startup.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest useful web service: one endpoint, on a class path of Spring Boot's web starter and readiness-spring
 * alone, as a user adds the dependency (no example gates, no JPA). The start-up benchmark runs it with and without
 * readiness on the class path to measure what the gates add to start-up.
 */
@SpringBootApplication
@RestController
public class MinimalApplication {

    /**
     * Answers the one endpoint.
     *
     * @return a greeting
     */
    @GetMapping("/")
    String hello() {
        return "hello";
    }

    /**
     * Starts the service.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }
}

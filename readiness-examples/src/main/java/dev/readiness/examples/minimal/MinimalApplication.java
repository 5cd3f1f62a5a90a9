package dev.readiness.examples.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest useful web service: one endpoint. The start-up benchmark runs it with readiness enabled and disabled
 * to measure what the gates add to start-up.
 */
@SpringBootApplication(excludeName = {
        // The module also holds the JPA example (rappit); keep the benchmark baseline a plain web service.
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
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

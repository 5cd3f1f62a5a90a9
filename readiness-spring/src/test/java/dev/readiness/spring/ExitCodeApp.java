package dev.readiness.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A tiny application started in a separate process by {@link ReadinessExitCodeTests} to observe the real exit code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ExitCodeApp {

    public static void main(String[] args) {
        SpringApplication.run(ExitCodeApp.class, args);
    }
}

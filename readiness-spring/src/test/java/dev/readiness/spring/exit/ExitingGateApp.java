package dev.readiness.spring.exit;

import dev.readiness.Gate;
import dev.readiness.Outcome;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A tiny application started in its own JVM by {@link FortyFifthPassRedteamExitingGateTests}: its gate bean ends the
 * JVM as {@code test.exit} says ({@code exit} calls {@code System.exit(0)}, {@code thread-exit} calls it on a
 * thread the gate starts, {@code halt} {@code Runtime.halt(0)},
 * anything else returns GO).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ExitingGateApp {

    @Bean
    Gate exitingGate() {
        return Gate.of("test.exiting", "A gate that ends the JVM", context -> {
            String how = System.getProperty("test.exit", "");
            if (how.equals("exit")) {
                System.exit(0);
            }
            if (how.equals("thread-exit")) {
                Thread own = new Thread(() -> System.exit(0), "acme-client");
                own.start();
                try {
                    own.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (how.equals("halt")) {
                Runtime.getRuntime().halt(0);
            }
            return Outcome.go();
        });
    }

    public static void main(String[] args) {
        var context = SpringApplication.run(ExitingGateApp.class, args);
        String after = context.getEnvironment().getProperty("test.exit-after-start");
        if (after != null) {
            System.exit(Integer.parseInt(after));
        }
    }
}

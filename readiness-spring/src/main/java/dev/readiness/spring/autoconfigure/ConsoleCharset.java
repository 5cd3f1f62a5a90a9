package dev.readiness.spring.autoconfigure;

import dev.readiness.render.ProblemList;
import java.io.Console;
import java.nio.charset.Charset;

/**
 * The charset Spring Boot's console log writes with, so that a report logged at boot loses no character to a
 * question mark: the {@code CONSOLE_LOG_CHARSET} system property Spring Boot's logging system sets from
 * {@code logging.charset.console}, else what Spring Boot defaults to (the console's charset, else the JVM's
 * default). Under the C locale that is ASCII, and {@link ProblemList#forCharset} spells the report's ellipses and
 * dashes in ASCII.
 */
final class ConsoleCharset {

    static final String PROPERTY = "CONSOLE_LOG_CHARSET";

    private ConsoleCharset() {
    }

    static String fit(String text) {
        return ProblemList.forCharset(text, current());
    }

    static Charset current() {
        String name = System.getProperty(PROPERTY);
        if (name != null && !name.isBlank()) {
            try {
                return Charset.forName(name.strip());
            }
            catch (IllegalArgumentException unknown) {
                // Spring Boot rejects an unknown logging.charset.console itself; the JVM's default is the fallback
            }
        }
        Console console = System.console();
        return console != null ? console.charset() : Charset.defaultCharset();
    }
}

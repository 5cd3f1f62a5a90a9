package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.spring.ReadinessGateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A service started without a locale (a systemd unit or {@code env -i}: the console writes ASCII) printed the
 * refused start's {@code sk_test_…} as {@code sk_test_?}: the failure banner now spells it in what Spring Boot's
 * console charset can show. Started as a real Spring Boot application with {@code logging.charset.console=US-ASCII},
 * the charset such a JVM's console has.
 */
@ExtendWith(OutputCaptureExtension.class)
class FortyFifthPassConsoleCharsetTests {

    private String before;

    @BeforeEach
    void forgetTheCharsetAnEarlierStartChose() {
        before = System.clearProperty(ConsoleCharset.PROPERTY);
    }

    @AfterEach
    void restoreIt() {
        if (before == null) {
            System.clearProperty(ConsoleCharset.PROPERTY);
        }
        else {
            System.setProperty(ConsoleCharset.PROPERTY, before);
        }
    }

    @Test
    void refusedStartOnAnAsciiConsoleShouldSpellTheEllipsisInAscii(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class).isThrownBy(() -> start("US-ASCII"));

        assertThat(output).contains("APPLICATION FAILED TO START", "sk_test_...").doesNotContain("sk_test_?",
                "sk_test_\u2026");
    }

    @Test
    void refusedStartOnAUnicodeConsoleShouldKeepTheEllipsis(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class).isThrownBy(() -> start("UTF-8"));

        assertThat(output).contains("APPLICATION FAILED TO START", "sk_test_\u2026").doesNotContain("sk_test_...");
    }

    private static void start(String charset) {
        new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).run("--logging.charset.console=" + charset,
                "--readiness.stage=production", "--spring.main.banner-mode=off",
                "--payments.stripe.secret-key=sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc", "--spring.autoconfigure.exclude="
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
                        + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration")
                .close();
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }
}

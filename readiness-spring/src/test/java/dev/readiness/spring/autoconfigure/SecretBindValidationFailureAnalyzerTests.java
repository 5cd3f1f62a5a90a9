package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.readiness.validation.NoSandbox;
import dev.readiness.validation.Secret;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.validation.annotation.Validated;

/**
 * Spring Boot's banner for {@code @ConfigurationProperties} that fail validation prints every rejected value; a
 * secret rejected by {@code @Secret} (or a key rejected by {@code @NoSandbox}) must not be printed. Found by the leak
 * suite ({@code LeakTests}).
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretBindValidationFailureAnalyzerTests {

    @Test
    void bannerWhenASecretFailsValidationShouldHideItsValueAndKeepTheRest(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.jwt-secret=Zq8wX3vRk2Pm",
                "--app.payment-key=sk_test_Hy7Tn3Vb9Lq2", "--app.pool-size=500"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Binding to target app failed",
                "Property: app.jwtSecret", "Value: (hidden, 12 characters)", "Property: app.paymentKey",
                "Value: (hidden, 20 characters)", "Property: app.poolSize", "Value: \"500\"",
                "\"app.jwt-secret\" from property source \"commandLineArgs\"", "[secrets.too-weak]",
                "Update your application's configuration");
        assertThat(output).doesNotContain("Zq8w", "X3vR", "k2Pm", "Hy7T", "Lq2");
    }

    @Test
    void bannerWhenNoSecretFailsValidationShouldStaySpringBootsOwn(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.jwt-secret=x7Gk2Qw9Lp4Zr8Vt3Nb6Hm1Yc5Jd0Fs7Ke2",
                "--app.pool-size=500"));

        assertThat(output).contains("Property: app.poolSize", "Value: \"500\"").doesNotContain("hidden");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--readiness.enabled=false";
        System.arraycopy(args, 0, all, 1, args.length);
        new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).run(all).close();
    }

    @ConfigurationProperties("app")
    @Validated
    public static class AppProperties {

        @Secret
        private String jwtSecret = "";

        @NoSandbox
        private String paymentKey = "";

        @Max(100)
        private int poolSize = 10;

        public String getJwtSecret() {
            return jwtSecret;
        }

        public void setJwtSecret(String jwtSecret) {
            this.jwtSecret = jwtSecret;
        }

        public String getPaymentKey() {
            return paymentKey;
        }

        public void setPaymentKey(String paymentKey) {
            this.paymentKey = paymentKey;
        }

        public int getPoolSize() {
            return poolSize;
        }

        public void setPoolSize(int poolSize) {
            this.poolSize = poolSize;
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AppProperties.class)
    static class App {
    }
}

package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.readiness.validation.Secret;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * Thirty-ninth pass, hostile tester: the banner for {@code @ConfigurationProperties} that failed validation still
 * printed secrets in two places. A rejected property whose name says nothing of a secret but whose value carries one
 * ({@code app.database=postgres://orders:PASSWORD@db/orders} rejected by a {@code @Pattern}) was printed whole, by
 * readiness's banner beside a hidden secret and by Spring Boot's own banner alone; and a constraint message quoting
 * the value ({@code message = "… ${validatedValue} …"}, which Hibernate Validator interpolates) printed a secret
 * whose {@code Value:} line was hidden.
 */
@ExtendWith(OutputCaptureExtension.class)
class ThirtyNinthPassRedteamBindBannerTests {

    private static final String CANARY = "Qx7Vb2Nm" + "9Lp4Wz";

    @Test
    void aValueCarryingAPasswordInAPropertyNotNamedSecretIsHidden(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.database=postgres://orders:" + CANARY + "@db/orders",
                "--app.jwt-secret=Zq8wX3vRk2Pm"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: app.database",
                "Value: (hidden, 42 characters)");
        assertThat(output).doesNotContain(CANARY.substring(0, 4), CANARY.substring(5, 9), CANARY.substring(10));
    }

    @Test
    void aValueCarryingAPasswordAloneIsHiddenToo(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.database=postgres://orders:" + CANARY + "@db/orders"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: app.database", "Value: (hidden");
        assertThat(output).doesNotContain(CANARY.substring(0, 4), CANARY.substring(5, 9), CANARY.substring(10));
    }

    @Test
    void aConstraintMessageQuotingASecretIsNotShown(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.api-key=" + CANARY));

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: app.apiKey",
                "Value: (hidden, 14 characters)", "Reason: (rejected by Size; its message quotes the value, so it is"
                        + " not shown)");
        assertThat(output).doesNotContain(CANARY.substring(0, 4), CANARY.substring(5, 9), CANARY.substring(10));
    }

    @Test
    void aPlainValueAndAMessageWithoutTheValueStayAsTheyWere(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--app.database=orders", "--app.jwt-secret=Zq8wX3vRk2Pm"));

        assertThat(output).contains("Property: app.database", "Value: \"orders\"", "Reason: must match \"jdbc:.*\"");
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

        @Pattern(regexp = "jdbc:.*")
        private String database = "jdbc:postgresql://db/orders";

        @Secret
        private String jwtSecret = "x7Gk2Qw9Lp4Zr8Vt3Nb6Hm1Yc5Jd0Fs7Ke2";

        @Size(min = 32, message = "the API key ${validatedValue} is shorter than {min} characters")
        private String apiKey = "x7Gk2Qw9Lp4Zr8Vt3Nb6Hm1Yc5Jd0Fs7Ke2";

        public String getDatabase() {
            return database;
        }

        public void setDatabase(String database) {
            this.database = database;
        }

        public String getJwtSecret() {
            return jwtSecret;
        }

        public void setJwtSecret(String jwtSecret) {
            this.jwtSecret = jwtSecret;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AppProperties.class)
    static class App {
    }
}

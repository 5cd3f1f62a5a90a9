package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Spring Boot quotes a configuration data location it cannot load, credentials and all (hostile testing, session
 * 24): {@code spring.config.import=vault://secret/app?token=…} without Spring Cloud Vault printed the token in the
 * stack trace of the boot log, before any gate ran.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigDataLocationFailureAnalyzerTests {

    private static final String TOKEN = "G7K3M9P2Q4R8S5T6";

    @Test
    void aLocationNoLoaderReadsShouldBeReportedWithoutItsToken(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--spring.config.import=vault://secret/app?token=" + TOKEN));

        assertThat(output).contains("APPLICATION FAILED TO START",
                "Unable to load config data from 'vault://secret/app?token=[redacted]'", "Spring Cloud Vault");
        for (int i = 0; i + 4 <= TOKEN.length(); i++) {
            assertThat(output.toString()).doesNotContain(TOKEN.substring(i, i + 4));
        }
    }

    @Test
    void aConfigServerWithAPasswordInItsUserInformationShouldBeReportedWithoutIt(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start(
                "--spring.config.import=configserver:http://cfg:" + TOKEN + "@config.acme.io:8888"));

        assertThat(output).contains("APPLICATION FAILED TO START",
                "configserver:http://[redacted]@config.acme.io:8888");
        for (int i = 0; i + 4 <= TOKEN.length(); i++) {
            assertThat(output.toString()).doesNotContain(TOKEN.substring(i, i + 4));
        }
    }

    @Test
    void aFileLocationWithUserInformationShouldBeReportedWithoutItWhereBootQuotesTheResourceToo(
            CapturedOutput output) {
        // session 26: file://admin:<password>@nas/etc/app.yml is a file Spring Boot names "file
        // [/admin:<password>@nas/etc/app.yml]" in its banner; the user information, found only after "//", stayed in
        // that resource name
        assertThatException().isThrownBy(() -> start("--spring.config.import=file://admin:" + TOKEN
                + "@nas.internal/etc/app.yml"));

        assertThat(output).contains("APPLICATION FAILED TO START", "file://[redacted]@nas.internal/etc/app.yml",
                "[redacted]@nas.internal/etc/app.yml]");
        for (int i = 0; i + 4 <= TOKEN.length(); i++) {
            assertThat(output.toString()).doesNotContain(TOKEN.substring(i, i + 4));
        }
    }

    @Test
    void aLocationWithoutCredentialsShouldBeLeftToSpringBoot() {
        Exception failure = new IllegalStateException("Unable to load config data from 'vault://secret/app'");

        assertThat(new ConfigDataLocationFailureAnalyzer().analyze(failure)).isNull();
        assertThat(new ConfigDataLocationFailureAnalyzer().analyze(new IllegalStateException("token=" + TOKEN)))
                .isNull();
    }

    @Test
    void scrubShouldHideUserInformationAndCredentialParametersOnly() {
        assertThat(ConfigDataLocationFailureAnalyzer.scrub("configserver:http://u:" + TOKEN + "@cfg:8888/?x=1"
                + "&access_token=" + TOKEN + ";Password=" + TOKEN + " 'optional:file:./x.yml'"))
                .isEqualTo("configserver:http://[redacted]@cfg:8888/?x=1&access_token=[redacted];Password=[redacted]"
                        + " 'optional:file:./x.yml'");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).run(args).close();
    }

    @SpringBootConfiguration
    static class App {
    }
}

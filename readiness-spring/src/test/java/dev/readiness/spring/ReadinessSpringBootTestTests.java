package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A user's {@code @SpringBootTest} without any stage configuration is judged for the test stage: the gates report
 * and the test context starts.
 */
@SpringBootTest(classes = ExitCodeApp.class, properties = { "spring.config.location=classpath:apps/bad/",
        "test.jwt-secret=short", "spring.main.web-application-type=none" })
class ReadinessSpringBootTestTests {

    @Autowired
    private ReadinessReport readinessReport;

    @Test
    void springBootTestWithoutStageShouldBeJudgedForTestAndStart() {
        Report report = readinessReport.report().orElseThrow();
        assertThat(report.stage()).isEqualTo(Stage.TEST);
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.blocks()).isFalse();
    }
}

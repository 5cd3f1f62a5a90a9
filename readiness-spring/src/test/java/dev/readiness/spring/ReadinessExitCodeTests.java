package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.spring.testgates.TestGates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link ExitCodeApp} in its own JVM and observes what an orchestrator would see: the exit status and the
 * console output.
 */
class ReadinessExitCodeTests {

    private static final String CANARY = "canary-Zq8wX3vR";

    @Test
    void springProfilesActiveProdAloneShouldExitWith78AndPrintTheBanner() throws Exception {
        ChildJvm.Result result = start(List.of(), "SPRING_PROFILES_ACTIVE", "prod");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).contains("APPLICATION FAILED TO START", "Description:", "Action:",
                "readiness NO-GO for production",
                "[1] NO-GO test.endpoint.sandbox: test.payment-url",
                "[2] NO-GO test.secret.too-short: test.jwt-secret",
                "[3] WARN test.warn.legacy: test.legacy-mode",
                "class path resource [apps/bad/application-prod.yml] - 2:15",
                "[2] test.secret.too-short (test.jwt-secret): Generate a random secret of at least 32 characters.");
        assertThat(result.output()).doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 4))
                .doesNotContain("sandbox.pay.example");
        assertThat(result.output()).as("no stack trace, only the banner").doesNotContain("\tat ")
                .doesNotContain("Exception in thread");
    }

    @Test
    void aReadinessPropertyThatDoesNotBindShouldBeRefusedLikeABadConfigurationNamingTheKeyNeverTheValue()
            throws Exception {
        ChildJvm.Result result = start(List.of("--readiness.stage=" + CANARY), "SPRING_PROFILES_ACTIVE", "prod");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).contains("APPLICATION FAILED TO START", "The readiness properties are invalid",
                "readiness.stage cannot be read: it must be one of development, test, staging, production, set in"
                        + " \"readiness.stage\" from property source \"commandLineArgs\"");
        assertThat(result.output()).doesNotContain(CANARY.substring(7)).doesNotContain("\tat ")
                .doesNotContain("Exception in thread");
    }

    @Test
    void anInvalidReadinessPropertyShouldExitWithTheRefusalCode() throws Exception {
        ChildJvm.Result result = start(List.of("--readiness.gate-timeout=-5s", "--readiness.exit-code=3"),
                "SPRING_PROFILES_ACTIVE", "prod");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("readiness.gate-timeout must be a positive duration")
                .doesNotContain("\tat ");
    }

    @Test
    void aTimeLimitTooLargeForTheClockShouldBeRefusedNamingThePropertyNotEndInAStackTrace() throws Exception {
        // session 26: readiness.deadline=9999999999d overflowed Duration.toNanos at the barrier: an
        // ArithmeticException's stack trace and exit status 1 instead of the refused property
        ChildJvm.Result result = start(List.of("--readiness.deadline=9999999999d", "--readiness.gate-timeout=106751991167d"),
                "SPRING_PROFILES_ACTIVE", "prod");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).contains("The readiness properties are invalid",
                "readiness.deadline must be a positive duration of at most 1h",
                "readiness.gate-timeout must be a positive duration of at most 1h").doesNotContain("\tat ")
                .doesNotContain("ArithmeticException");
    }

    @Test
    void exitCodeShouldFollowReadinessExitCode() throws Exception {
        ChildJvm.Result result = start(List.of("--readiness.exit-code=3"), "SPRING_PROFILES_ACTIVE", "prod");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    }

    @Test
    void withoutEnforcingStageTheApplicationShouldExitNormally() throws Exception {
        ChildJvm.Result result = start(List.of("--test.jwt-secret=" + CANARY), "SPRING_PROFILES_ACTIVE", "dev");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("readiness NO-GO for development")
                .contains("report only in development")
                .containsPattern("NO-GO  test\\.secret\\.too-short +test\\.jwt-secret +\"test\\.jwt-secret\" from"
                        + " property source \"commandLineArgs\"")
                .contains("Started ExitCodeApp").doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void classDataSharingTrainingRunShouldLogTheRefusalAndExitNormally() throws Exception {
        ChildJvm.Result result = start(List.of("-Dspring.context.exit=onRefresh"), List.of(), "SPRING_PROFILES_ACTIVE", "prod");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("readiness NO-GO for production",
                        "test.secret.too-short", "Not enforced: this is a class data sharing training run")
                .doesNotContain("APPLICATION FAILED TO START").doesNotContain(CANARY)
                .doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void anotherExitValueIsNoTrainingRunAndShouldStillBeRefused() throws Exception {
        ChildJvm.Result result = start(List.of("-Dspring.context.exit=later"), List.of(), "SPRING_PROFILES_ACTIVE", "prod");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).doesNotContain("Not enforced");
    }

    private static ChildJvm.Result start(List<String> extraArgs, String envName, String envValue)
            throws IOException, InterruptedException {
        return start(List.of(), extraArgs, envName, envValue);
    }

    private static ChildJvm.Result start(List<String> jvmOptions, List<String> extraArgs, String envName,
            String envValue) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--spring.config.location=classpath:apps/bad/",
                "--spring.main.web-application-type=none",
                "--readiness.exclude-gates=" + TestGates.foreignGateIds() + ",database.boot-default"));
        args.addAll(extraArgs);
        return ChildJvm.run(null, jvmOptions, ExitCodeApp.class, args, environment -> {
            environment.remove("SPRING_PROFILES_ACTIVE");
            environment.put(envName, envValue);
        });
    }
}

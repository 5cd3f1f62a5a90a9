package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

class StageResolutionTests {

    @Test
    void explicitStageShouldWinOverProfilesAndVariables() {
        MockEnvironment environment = new MockEnvironment().withProperty("APP_ENV", "production");
        environment.setActiveProfiles("prod");

        StageResolution resolution = StageResolution.resolve(Stage.DEVELOPMENT, environment);

        assertThat(resolution.stage()).isEqualTo(Stage.DEVELOPMENT);
        assertThat(resolution.source()).isEqualTo("readiness.stage");
        assertThat(resolution.declared()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            prod                 | PRODUCTION
            production           | PRODUCTION
            live                 | PRODUCTION
            prod-eu              | PRODUCTION
            staging              | STAGING
            stage                | STAGING
            uat                  | STAGING
            dev                  | DEVELOPMENT
            local                | DEVELOPMENT
            test                 | TEST
            ci                   | TEST
            local,prod           | PRODUCTION
            dev,staging          | STAGING
            mysql,dev            | DEVELOPMENT
            """)
    void activeProfilesShouldNameTheStageMostEnforcingFirst(String profiles, Stage expected) {
        MockEnvironment environment = new MockEnvironment().withProperty("APP_ENV", "development");
        environment.setActiveProfiles(profiles.split(","));

        StageResolution resolution = StageResolution.resolve(null, environment);

        assertThat(resolution.stage()).isEqualTo(expected);
        assertThat(resolution.source()).startsWith("active profile '");
    }

    @Test
    void defaultProfilesShouldCountWhenNoProfileIsActiveAsSpringAppliesThem() {
        // --spring.profiles.default=prod with no active profile loads application-prod.properties: the profile is in
        // effect, so readiness.stage=development beside it is a mismatch; it was not seen (twenty-third pass)
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("prod");
        MockEnvironment notYet = new MockEnvironment().withProperty("spring.profiles.default", "web, live");

        assertThat(StageResolution.activeProfiles(environment)).containsExactly("prod");
        assertThat(StageResolution.resolve(null, environment).stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(StageResolution.resolve(null, notYet).stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(new StageConsistencyGate(StageResolution.resolve(Stage.DEVELOPMENT, environment),
                StageResolution.activeProfiles(environment))
                .check(dev.readiness.GateContext.of(Stage.DEVELOPMENT, dev.readiness.settings.Settings.empty()))
                .findings()).extracting(dev.readiness.Finding::code).containsExactly(StageConsistencyGate.CODE);
        MockEnvironment active = new MockEnvironment();
        active.setDefaultProfiles("prod");
        active.setActiveProfiles("dev");
        assertThat(StageResolution.activeProfiles(active)).containsExactly("dev");
    }

    @Test
    void springProfilesActivePropertyShouldCountWhenNoProfileIsActivatedYet() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.profiles.active", "web, prod");

        assertThat(StageResolution.resolve(null, environment).stage()).isEqualTo(Stage.PRODUCTION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            APP_ENV                | staging     | STAGING
            APPLICATION_ENV        | dev         | DEVELOPMENT
            ENVIRONMENT            | test        | TEST
            ENV                    | prod        | PRODUCTION
            DEPLOY_ENV             | uat         | STAGING
            DEPLOYMENT_ENVIRONMENT | live        | PRODUCTION
            """)
    void stageVariablesShouldNameTheStageWithoutProfiles(String variable, String value, Stage expected) {
        MockEnvironment environment = new MockEnvironment().withProperty(variable, value);
        environment.setActiveProfiles("mysql");

        StageResolution resolution = StageResolution.resolve(null, environment);

        assertThat(resolution.stage()).isEqualTo(expected);
        assertThat(resolution.source()).isEqualTo("variable " + variable);
    }

    @Test
    void unrecognizedVariableShouldFallThroughToTheNext() {
        MockEnvironment environment = new MockEnvironment().withProperty("APP_ENV", "blue").withProperty("ENV", "dev");

        assertThat(StageResolution.resolve(null, environment).stage()).isEqualTo(Stage.DEVELOPMENT);
    }

    @Test
    void nothingSetShouldDefaultToProductionAndSaySo() {
        StageResolution resolution = StageResolution.resolve(null, new MockEnvironment());

        assertThat(resolution.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(resolution.declared()).isFalse();
        assertThat(resolution.source()).isEqualTo("no stage set: judged as production (fail safe), since no"
                + " readiness.stage, stage profile or APP_ENV-style variable is set and the service does not run from"
                + " build output");
    }

    @Test
    void nothingSetInAPackagedJarShouldBeProductionAndSayWhy() {
        StageResolution resolution = StageResolution.resolve(null, new StandardEnvironment(),
                Launch.of("jar:nested:/srv/orders/orders-service.jar/!BOOT-INF/classes/!/"));

        assertThat(resolution.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(resolution.declared()).isFalse();
        assertThat(resolution.source()).isEqualTo(
                "no stage set: judged as production because the service runs from a packaged jar (orders-service.jar)");
    }

    @Test
    void nothingSetInBuildOutputShouldBeDevelopmentAndSayWhy() {
        StageResolution resolution = StageResolution.resolve(null, new StandardEnvironment(),
                Launch.of("file:/home/dev/orders/target/classes/"));

        assertThat(resolution.stage()).isEqualTo(Stage.DEVELOPMENT);
        assertThat(resolution.declared()).isFalse();
        assertThat(resolution.source()).isEqualTo(
                "no stage set: judged as development because the service runs from build output (target/classes)");
    }

    @Test
    void profilesAndVariablesShouldKeepPriorityOverTheLaunchLocation() {
        Launch buildOutput = Launch.of("file:/home/dev/orders/target/classes/");
        StandardEnvironment prodProfile = new StandardEnvironment();
        prodProfile.setActiveProfiles("prod");
        StandardEnvironment appEnv = new StandardEnvironment();
        appEnv.getPropertySources().addFirst(new MapPropertySource("env", Map.of("APP_ENV", "staging")));

        assertThat(StageResolution.resolve(null, prodProfile, buildOutput).stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(StageResolution.resolve(null, appEnv, buildOutput).stage()).isEqualTo(Stage.STAGING);
        assertThat(StageResolution.resolve(Stage.STAGING, new StandardEnvironment(), buildOutput).stage())
                .isEqualTo(Stage.STAGING);
    }
}

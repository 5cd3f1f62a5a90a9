package dev.readiness.gates.secrets;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-fourth pass (newcomer): a staging Compose file writes {@code JWT_ACCESS_SECRET: ${STAGING_JWT_ACCESS_SECRET}},
 * and {@code check --env-file staging.env --compose compose.staging.yml} (the README's {@code docker compose
 * --env-file}) judges the variable and the key it fills. The two hold one value because one is passed on to the
 * other: that was a NO-GO {@code secrets.reused} "one secret serves two purposes". Two keys filled from one variable
 * are still a reuse.
 */
class FortyFourthPassNewcomerComposeVariableReuseTests {

    private static final String ACCESS = "+NVqdrVqq47XxzhZaJpvySu2/8qOo8FYVjubMda1rk8=";
    private static final String REFRESH = "ZWDd8d4DPnLa37N3KxiBx2KZk0ArL/pasvL6HG/wkSE=";

    private static ReportAssert check(Path dir, String environment) throws IOException {
        Files.writeString(dir.resolve("staging.env"), "STAGING_JWT_ACCESS_SECRET=" + ACCESS + "\n"
                + "STAGING_JWT_REFRESH_SECRET=" + REFRESH + "\n");
        Files.writeString(dir.resolve("compose.staging.yml"), """
                services:
                  api:
                    image: afrigest/api:1
                    environment:
                """ + environment);
        Settings settings = ApplicationConfig.builder().envFile(dir.resolve("staging.env"))
                .composeFile(dir.resolve("compose.staging.yml"), "api").build().settings();
        return GateCheck.forStage(Stage.STAGING).settings(settings).gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void aKeyFilledFromAVariableIsNoReuseOfIt(@TempDir Path dir) throws IOException {
        check(dir, """
                      JWT_ACCESS_SECRET: ${STAGING_JWT_ACCESS_SECRET}
                      JWT_REFRESH_SECRET: ${STAGING_JWT_REFRESH_SECRET}
                """).hasNoFinding("secrets.reused");
    }

    @Test
    void twoKeysFilledFromOneVariableAreStillAReuse(@TempDir Path dir) throws IOException {
        check(dir, """
                      JWT_ACCESS_SECRET: ${STAGING_JWT_ACCESS_SECRET}
                      JWT_REFRESH_SECRET: ${STAGING_JWT_ACCESS_SECRET}
                """).isNoGo().hasFinding("secrets.reused", "JWT_REFRESH_SECRET");
    }

    @Test
    void aLiteralEqualToAVariableIsStillAReuse(@TempDir Path dir) throws IOException {
        check(dir, """
                      JWT_ACCESS_SECRET: ${STAGING_JWT_ACCESS_SECRET}
                      JWT_REFRESH_SECRET: "%s"
                """.formatted(ACCESS)).isNoGo().hasFinding("secrets.reused");
    }
}

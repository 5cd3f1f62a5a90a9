package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Left by session 31's newcomer and met again by session 32's: {@code database.password-in-url} on a Redis URL
 * ({@code REDIS_URL=rediss://:…@….cache.amazonaws.com:6379}) said it "contains the database password" and that
 * "managed databases deliver URLs this way". The INFO now names whose password it is, as the URL's scheme says; the
 * severity and every other finding are unchanged.
 */
class ThirtySecondPassNewcomerRedisPasswordWordingTests {

    private static final String PASSWORD = "2OHQry7vfPMmoHjQSaz3pc6Y";

    @Test
    void aRedisUrlsPasswordIsCalledTheRedisPassword() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of(
                        "REDIS_URL", "rediss://:" + PASSWORD + "@rappit-prod.x1y2z3.ng.0001.euc1.cache.amazonaws.com:6379",
                        "spring.data.redis.url", "rediss://default:" + PASSWORD
                                + "@rappit-prod.x1y2z3.ng.0001.euc1.cache.amazonaws.com:6379"),
                        new DatabaseGate())
                .hasFinding("database.password-in-url", "REDIS_URL")
                .hasFinding("database.password-in-url", "spring.data.redis.url")
                .report();

        for (String key : new String[] {"REDIS_URL", "spring.data.redis.url"}) {
            assertThat(message(report, key))
                    .contains(key + " contains the Redis password inside the URL; managed Redis services deliver")
                    .doesNotContain("database password")
                    .doesNotContain(PASSWORD);
        }
    }

    @Test
    void aDatabaseUrlsPasswordNamesItsEngine() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of(
                        "DATABASE_URL", "postgresql://rappit:" + PASSWORD
                                + "@rappit-prod.c7x2kqmz9w1e.eu-central-1.rds.amazonaws.com:5432/rappit?sslmode=verify-full",
                        "MONGODB_URI", "mongodb+srv://rappit:" + PASSWORD + "@cluster0.ab1cd.mongodb.net/rappit"),
                        new DatabaseGate())
                .report();

        assertThat(message(report, "DATABASE_URL")).contains("contains the PostgreSQL database password inside the URL;"
                + " managed databases deliver URLs this way");
        assertThat(message(report, "MONGODB_URI")).contains("contains the MongoDB database password inside the URL");
    }

    private static String message(Report report, String key) {
        return report.gate("database").orElseThrow().findings().stream()
                .filter(finding -> finding.code().equals("database.password-in-url") && finding.subject().equals(key))
                .map(Finding::message).findFirst().orElseThrow();
    }
}

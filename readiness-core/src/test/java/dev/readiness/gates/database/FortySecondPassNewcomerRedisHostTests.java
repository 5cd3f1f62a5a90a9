package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 42's newcomer: seed 002's checklist configures Redis as {@code REDIS_HOST}/{@code REDIS_PORT}. A public
 * Redis host with no password anywhere was {@code database.redis-insecure} written as a URL
 * ({@code REDIS_URL=redis://redis.prod.acme.io:6379}) and nothing written as a host.
 */
class FortySecondPassNewcomerRedisHostTests {

    @Test
    void aPublicRedisHostWithoutAPasswordIsNamedOnce() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "redis.prod.acme.io", "REDIS_PORT", "6379"),
                new DatabaseGate()).isWarn().hasFinding("database.redis-insecure", "REDIS_HOST").report();
        assertThat(report.findings().toList()).hasSize(1);
        assertThat(report.findings().toList().get(0).message()).contains("without a password")
                .doesNotContain("6379");
        GateCheck.run(Stage.PRODUCTION, Map.of("spring.data.redis.host", "203.0.113.7"), new DatabaseGate())
                .isWarn().hasFinding("database.redis-insecure", "spring.data.redis.host");
    }

    @Test
    void aPasswordAPrivateHostOrAUrlLeaveTheHostAlone() {
        GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "redis.prod.acme.io",
                "REDIS_PASSWORD", "Xq7vN2pL9mK4rT8wZ3bC6dF1"), new DatabaseGate()).hasNoFinding("database.redis-insecure");
        GateCheck.run(Stage.PRODUCTION, Map.of("spring.data.redis.host", "redis.prod.acme.io",
                "spring.data.redis.password", ""), new DatabaseGate()).hasNoFinding("database.redis-insecure");
        GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "production-redis", "REDIS_PORT", "6379"),
                new DatabaseGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "redis.shipping.svc.cluster.local"), new DatabaseGate())
                .hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "10.0.3.12"), new DatabaseGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "redis.prod.acme.io",
                "REDIS_URL", "rediss://:Xq7vN2pL9mK4rT8wZ3bC6dF1@redis.prod.acme.io:6380"), new DatabaseGate())
                .hasNoFinding("database.redis-insecure");
    }

    @Test
    void otherHostsAndStagesStayClean() {
        GateCheck.run(Stage.PRODUCTION, Map.of("MEMCACHED_HOST", "cache.prod.acme.io", "DB_HOST", "db.prod.acme.io"),
                new DatabaseGate()).hasNoFinding("database.redis-insecure");
        GateCheck.run(Stage.STAGING, Map.of("REDIS_HOST", "redis.prod.acme.io"), new DatabaseGate()).hasNoFindings();
    }
}

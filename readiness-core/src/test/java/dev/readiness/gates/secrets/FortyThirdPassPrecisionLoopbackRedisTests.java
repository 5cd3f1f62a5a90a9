package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forty-third pass's precision reading of a blank Redis password beside a Redis on the loopback host
 * ({@code spring.data.redis.host=localhost} with {@code spring.data.redis.password=}, set 169): a Redis on the same
 * machine or pod is a sidecar only that machine reaches, as the corpus policy reads back-end services on localhost,
 * and asks for no password by default, as a Compose service's does ({@link ServiceHostRedis}). Every labelled blank of
 * the kind in the open sets is clean. A Redis on a public or private-address host, on the unspecified address, or a
 * blank that is not Redis's, stays reported.
 */
class FortyThirdPassPrecisionLoopbackRedisTests {

    @ParameterizedTest(name = "{0}={1} beside {2} -> reported {3}")
    @CsvSource({
            "spring.data.redis.host, localhost, spring.data.redis.password, false",
            "REDIS_HOST, 127.0.0.1, REDIS_PASSWORD, false",
            "REDIS_ADDR, localhost:6379, REDIS_PASSWORD, false",
            "redis.addr, 127.0.0.1:6379, redis.password, false",
            "REDIS_URL, redis://localhost:6379/0, REDIS_PASSWORD, false",
            "spring.data.redis.host, 10.0.4.12, spring.data.redis.password, true",
            "REDIS_HOST, redis.prod.example-shop.com, REDIS_PASSWORD, true",
            "REDIS_HOST, 0.0.0.0, REDIS_PASSWORD, true",
            "REDIS_URL, redis://:hunter2@localhost:6379/0, REDIS_PASSWORD, true",
            "DB_HOST, localhost, DB_PASSWORD, true"})
    void aBlankPasswordShouldBeCleanOnlyForARedisOnLoopbackOrAServiceHost(String hostKey, String host,
            String passwordKey, boolean reported) {
        FortyThirdPassBlankChecks.assertBlankReported(hostKey, host, passwordKey, reported);
    }

    @Test
    void aWeakPasswordOfARedisOnLoopbackShouldStayReported() {
        assertThat(GateCheck.run(Stage.PRODUCTION, Map.of("REDIS_HOST", "localhost", "REDIS_PASSWORD", "123456"),
                new SecretsGate()).isNoGo().report().findings()
                .filter(finding -> finding.subject().equals("REDIS_PASSWORD"))).isNotEmpty();
    }
}

package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceHostRedisTests {

    @ParameterizedTest(name = "{0}={1} beside {2}")
    @CsvSource({
            "spring.data.redis.host, redis, spring.data.redis.password, true",
            "REDIS_HOST, cache, REDIS_PASSWORD, true",
            "REDIS_HOST, campus-redis, REDIS_PASSWORD, true",
            "REDIS_HOST, 127.0.0.1, REDIS_PASSWORD, true",
            "REDIS_HOST, localhost, REDIS_PASSWORD, true",
            "REDIS_HOST, 0.0.0.0, REDIS_PASSWORD, false",
            "REDIS_HOST, 192.168.186.129, REDIS_PASSWORD, false",
            "REDIS_HOST, redis.prod.example-shop.com, REDIS_PASSWORD, false",
            "REDIS_HOST, your-redis-host, REDIS_PASSWORD, false",
            "DB_HOST, postgres, DB_PASSWORD, false",
            "CACHE_HOST, redis, REDIS_PASSWORD, false"
    })
    void isPasswordlessShouldHoldOnlyForARedisOnAServiceOrLoopbackHost(String hostKey, String host, String passwordKey,
            boolean expected) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(hostKey, host);
        values.put(passwordKey, "");

        assertThat(ServiceHostRedis.isPasswordless(Settings.of(values), passwordKey)).isEqualTo(expected);
    }
}

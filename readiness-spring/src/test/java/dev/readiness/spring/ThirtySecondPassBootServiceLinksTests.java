package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The variables Kubernetes gives every container for each Service of its namespace, with the kubelet's values, are
 * the platform's own, as the shell's are: the environment's settings leave them out (42 of them cost a cold boot's
 * gates about 15 ms, for no finding); a variable of that name with another value, or one a placeholder uses, is judged.
 */
class ThirtySecondPassBootServiceLinksTests {

    @Test
    void theKubeletsVariablesShouldBeThePlatformsOwn() {
        Map<String, String> links = Map.of("REDIS_PRIMARY_SERVICE_HOST", "10.0.0.11",
                "REDIS_PRIMARY_SERVICE_PORT", "6379", "KUBERNETES_SERVICE_PORT_HTTPS", "443",
                "REDIS_PRIMARY_PORT", "tcp://10.0.0.11:6379", "REDIS_PRIMARY_PORT_6379_TCP", "tcp://10.0.0.11:6379",
                "REDIS_PRIMARY_PORT_6379_TCP_PROTO", "tcp", "REDIS_PRIMARY_PORT_6379_TCP_PORT", "6379",
                "REDIS_PRIMARY_PORT_6379_TCP_ADDR", "10.0.0.11", "DNS_PORT_53_UDP", "udp://[fd00::a]:53",
                "DNS_SERVICE_HOST", "fd00:10:96::a");
        links.forEach((name, value) -> assertThat(EnvironmentSettings.platformsOwn(name, value))
                .as(name + "=" + value).isTrue());
    }

    @Test
    void anotherValueUnderTheSameNameShouldBeJudged() {
        Map<String, String> judged = new LinkedHashMap<>();
        judged.put("PAYMENTS_SERVICE_HOST", "api.sandbox.paypal.com");
        judged.put("CACHE_PORT", "http://10.0.0.1:80");
        judged.put("REDIS_PORT_6379_TCP", "tcp://10.0.0.11:6380");
        judged.put("REDIS_PORT_6379_TCP_PROTO", "udp");
        judged.put("REDIS_PORT_6379_TCP_ADDR", "localhost");
        judged.put("REDIS_PORT", "tcp://127.0.0.1:6379");
        judged.put("API_SERVICE_HOST", "::1");
        judged.put("DOCKER_SERVICE_HOST", "172.17.0.1");
        judged.put("EMULATOR_PORT_80_TCP_ADDR", "10.0.2.2");
        judged.put("SERVER_PORT", "8080");
        judged.put("REDIS_SERVICE_PORT", "06379");
        judged.put("APP_SERVICE_PORTAL_URL", "8080");
        judged.put("db_service_host", "10.0.0.1");
        judged.forEach((name, value) -> assertThat(EnvironmentSettings.platformsOwn(name, value))
                .as(name + "=" + value).isFalse());
    }

    @Test
    void theSettingsOfAPodShouldLeaveTheServiceLinksOutAndJudgeWhatUsesThem() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        variables.put("KUBERNETES_SERVICE_PORT", "443");
        variables.put("KUBERNETES_PORT", "tcp://10.96.0.1:443");
        variables.put("KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443");
        variables.put("KUBERNETES_PORT_443_TCP_PROTO", "tcp");
        variables.put("KUBERNETES_PORT_443_TCP_PORT", "443");
        variables.put("KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1");
        variables.put("REDIS_SERVICE_HOST", "10.96.3.3");
        variables.put("REDIS_PORT", "tcp://127.0.0.1:6379");
        variables.put("JWT_SECRET", "changeme");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.data.redis.host", "${REDIS_SERVICE_HOST}")));

        List<String> keys = EnvironmentSettings.from(environment).stream().map(Setting::key).toList();

        assertThat(keys).contains("REDIS_PORT", "JWT_SECRET", "spring.data.redis.host")
                .doesNotContain("KUBERNETES_SERVICE_HOST", "KUBERNETES_PORT_443_TCP", "REDIS_SERVICE_HOST");
        assertThat(EnvironmentSettings.from(environment).value("spring.data.redis.host")).contains("10.96.3.3");
    }

    @Test
    void aListThatMayNameOneShouldHaveThemJudged() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        variables.put("READINESS_SANDBOX_EXTRA_KEYS", "KUBERNETES_SERVICE_HOST");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));

        assertThat(EnvironmentSettings.from(environment).value("KUBERNETES_SERVICE_HOST")).contains("10.96.0.1");
    }
}

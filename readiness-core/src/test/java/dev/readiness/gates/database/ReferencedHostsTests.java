package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host setting whose host comes from another setting it references
 * ({@code redisson.lock.server.address=${spring.redis.host}:${spring.redis.port}}) has its problem reported once,
 * where the host is written, as a URL's is; a host written in place stays on its own key.
 */
class ReferencedHostsTests {

    /** Read as an application's configuration, with placeholders resolved as the CLI and the adapter resolve them. */
    private static List<Finding> application(String text) {
        Settings settings = ApplicationConfig.builder().configText("application-prod.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aHostTakenFromAnotherSettingIsReportedWhereItIsWritten() {
        List<Finding> findings = application("spring.redis.host=127.0.0.1\n"
                + "spring.redis.port=6379\n"
                + "redisson.lock.server.address=${spring.redis.host}:${spring.redis.port}\n");
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("database.loopback spring.redis.host");
        assertThat(findings.get(0).message()).contains("redisson.lock.server.address references; fix it there.");
    }

    @Test
    void aHostWrittenInPlaceStaysOnItsOwnKey() {
        List<Finding> findings = application("spring.redis.host=cache.internal\n"
                + "redisson.lock.server.address=127.0.0.1:6379\n");
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("database.loopback redisson.lock.server.address");
    }

    @Test
    void aTemplateHostTakenFromAnotherSettingIsReportedWhereItIsWritten() {
        List<Finding> findings = application("cache.host=your_redis_host\n"
                + "spring.redis.host=${cache.host}\n");
        assertThat(findings).extracting(Finding::subject).containsOnly("cache.host");
    }
}

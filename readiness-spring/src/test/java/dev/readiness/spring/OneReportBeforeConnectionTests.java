package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.testfixtures.jpa.FixedTenantResolver;
import dev.readiness.testfixtures.jpa.FixturesApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts a real JPA application whose datasource points at a local socket that counts connection attempts, and
 * proves that a refused start lists every settings and tenant problem in one report and never connects: no pool,
 * no JPA bootstrap.
 */
class OneReportBeforeConnectionTests {

    private final AtomicInteger attempts = new AtomicInteger();

    private ServerSocket server;

    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    attempts.incrementAndGet();
                }
                catch (SocketException closed) {
                    return;
                }
                catch (IOException ignored) {
                    // the next attempt is counted again
                }
            }
        }, "connection-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }

    private SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(FixturesApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off",
                        "spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + server.getLocalPort() + "/mem:orders",
                        "spring.datasource.hikari.initialization-fail-timeout=1",
                        "spring.jpa.properties.hibernate.tenant_identifier_resolver="
                                + FixedTenantResolver.class.getName(),
                        "readiness.exclude-gates=test.secret,test.endpoint,test.warn,test.fact",
                        "readiness.tenant.attributes=organizationId", "readiness.tenant.global-types=Plan")
                .properties(properties);
    }

    @Test
    void aRefusedStartShouldListEverySettingsAndTenantProblemAtOnceWithoutAnyConnectionAttempt() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application("readiness.stage=production", "jwt.secret=changeme").run().close())
                .satisfies(refused -> {
                    Report report = refused.getReport();
                    assertThat(report.findings().map(Finding::code)).contains("secrets.placeholder",
                            "tenant.missing-key");
                    assertThat(report.findings().filter(finding -> finding.code().equals("tenant.missing-key"))
                            .map(Finding::subject)).containsExactly(FixturesApplication.class.getPackageName()
                                    + ".Product");
                    assertThat(refused.getMessage()).contains("jwt.secret", "Product");
                });
        assertThat(attempts).as("connection attempts on a refused start").hasValue(0);
    }

    @Test
    void aTenantProblemAloneShouldAlsoBeRefusedBeforeAnyConnectionAttempt() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application("readiness.stage=production").run().close())
                .satisfies(refused -> assertThat(refused.getReport().findings().map(Finding::code))
                        .contains("tenant.missing-key").doesNotContain("secrets.placeholder"));
        assertThat(attempts).hasValue(0);
    }

    @Test
    void aDatasourceUrlWhosePlaceholderNothingDefinesShouldBeReportedWithTheTenantProblemNotCrashTheCheck() {
        // application-prod.yml's `url: ${DB_URL}` on a machine where DB_URL is not set: Spring's own resolution of
        // the URL throws, which once ended start-up with a stack trace before the gates ran (exit 1, no report)
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application("readiness.stage=production",
                        "spring.datasource.url=${READINESS_TEST_UNDEFINED_DB_URL}").run().close())
                .satisfies(refused -> {
                    Report report = refused.getReport();
                    assertThat(report.findings().filter(finding -> finding.code().equals("settings.unresolved"))
                            .map(Finding::subject)).contains("spring.datasource.url");
                    assertThat(report.findings().map(Finding::code)).contains("tenant.missing-key");
                    assertThat(refused.getMessage()).contains("READINESS_TEST_UNDEFINED_DB_URL");
                });
        assertThat(attempts).hasValue(0);
    }

    @Test
    void withoutReadinessTheSameStartShouldConnectSoTheCounterCanTellTheDifference() {
        try {
            application("readiness.enabled=false", "jwt.secret=changeme").run().close();
        }
        catch (RuntimeException cannotConnect) {
            assertThat(cannotConnect).isNotInstanceOf(ReadinessGateException.class);
        }
        assertThat(attempts.get()).as("connection attempts without readiness").isPositive();
    }
}

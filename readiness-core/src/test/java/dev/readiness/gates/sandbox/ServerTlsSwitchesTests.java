package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.api.Test;

class ServerTlsSwitchesTests {

    @Test
    void theServersOwnTlsOffWithNothingInFrontIsAWarning() {
        assertThat(SandboxRuleChecks.production("server.ssl.enabled=false\nserver.port=8443\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("server.ssl.enabled", "sandbox.tls-off",
                        Severity.WARN));
        assertThat(SandboxRuleChecks.production("TLS_ENABLED=false\nTLS_CERT_PATH=/app/certs/server.crt\n"))
                .extracting(Finding::subject).containsExactly("TLS_ENABLED");
    }

    @Test
    void anIngressOrForwardedHeadersInTheFileMeanTlsEndsInFront() {
        assertThat(SandboxRuleChecks.production("server.ssl.enabled=false\nserver.forward-headers-strategy=native\n"))
                .isEmpty();
        assertThat(SandboxRuleChecks.production("edgequota.server.tls.enabled=false\ningress.enabled=true\n"))
                .isEmpty();
        assertThat(SandboxRuleChecks.production("TLS_ENABLED=false\nKC_PROXY_HEADERS=xforwarded\n")).isEmpty();
    }

    @Test
    void theServersRequirementOfTlsTurnedOffIsAWarningUnlessTlsEndsInFront() {
        assertThat(SandboxRuleChecks.production("security.require-ssl=false\nserver.port=8080\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("security.require-ssl", "sandbox.tls-off"));
        assertThat(SandboxRuleChecks.production("security.require-ssl=true\nREQUIRE_SSL=1\n")).isEmpty();
        assertThat(SandboxRuleChecks.production("security.require-ssl=false\n"
                + "server.forward-headers-strategy=framework\n")).isEmpty();
        assertThat(SandboxRuleChecks.production("database.require_ssl=false\n"
                + "spring.mail.properties.mail.smtp.starttls.required=false\n")).isEmpty();
    }

    @Test
    void tlsOnAndOtherSwitchesStayClean() {
        assertThat(SandboxRuleChecks.production("server.ssl.enabled=true\nclient.ssl.enabled=false\n"
                + "kafka.ssl.enabled=false\nspring.rabbitmq.ssl.enabled=false\nserver.http2.enabled=false\n"
                + "SMTP_TLS_ENABLED=false\nserver.compression.enabled=false\n"))
                .isEmpty();
    }
}

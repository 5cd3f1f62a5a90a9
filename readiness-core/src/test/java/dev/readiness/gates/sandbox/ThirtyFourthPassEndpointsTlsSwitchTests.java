package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Plain HTTP chosen by a scheme, protocol or force-HTTPS switch; an object store's client with TLS off. */
class ThirtyFourthPassEndpointsTlsSwitchTests {

    private static List<Tuple> onKey(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subject().equals(key))
                .map(f -> Tuple.tuple(f.code(), f.severity())).toList();
    }

    @Test
    void aSchemeOfHandedOutUrlsOnPlainHttpIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.production("CONFIG.overwriteprotocol=http\n"
                + "PREFERRED_URL_SCHEME=http\n"
                + "apiServer.publicScheme=http\n");
        for (String key : List.of("CONFIG.overwriteprotocol", "PREFERRED_URL_SCHEME", "apiServer.publicScheme")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        }
    }

    @Test
    void aServiceOrPeerSchemeOnPlainHttpIsAWarn() {
        List<Finding> findings = SandboxRuleChecks.production("DRONE_SERVER_PROTO=http\n"
                + "Signal.Proto=http\n"
                + "SLURM_PROTOCOL=\"http\"\n"
                + "stomp.protocol=ws\n"
                + "appSettings.ServerProtocol=http://\n");
        for (String key : List.of("DRONE_SERVER_PROTO", "Signal.Proto", "SLURM_PROTOCOL", "stomp.protocol",
                "appSettings.ServerProtocol")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        }
    }

    @Test
    void tlsSchemesTelemetryTransportsProbesAndInternalProtocolsStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("DRONE_SERVER_PROTO=https\n"
                + "stomp.protocol=wss\n"
                + "REDIS_SCHEME=tls\n"
                + "OTEL_EXPORTER_OTLP_PROTOCOL=http\n"
                + "livenessProbe.httpGet.scheme=HTTP\n"
                + "alb.backend-protocol=HTTP\n"
                + "DOCKER_SERVICE_PROTOCOL=http\n"
                + "scrape_configs[0].scheme=http\n"
                + "spring.mail.protocol=smtp\n"
                + "protocol=websockets\n"
                + "tunnel_options.protocol=http2\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void aForceHttpsSwitchTurnedOffIsAWarnBesideAFrontAndTurnedOnIsClean() {
        // with no TLS-terminating front declared these are NO-GO since the forty-eighth pass (UnforcedHttps)
        List<Finding> findings = SandboxRuleChecks.production("server.forward-headers-strategy=native\n"
                + "FORCE_HTTPS=false\n"
                + "TALISMAN_CONFIG.force_https=False\n"
                + "translatr.forceSSL=0\n"
                + "SECURE_SSL_REDIRECT=False\n");
        for (String key : List.of("FORCE_HTTPS", "TALISMAN_CONFIG.force_https", "translatr.forceSSL",
                "SECURE_SSL_REDIRECT")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        }
        List<Finding> clean = SandboxRuleChecks.production("FORCE_HTTPS=true\n"
                + "General.force_ssl=1\n"
                + "USE_HTTPS_FOR_DEV=false\n"
                + "DEV_FORCE_HTTPS=false\n"
                + "FORCE_SSL_ADMIN=false\n"
                + "AuthServer.RequireHttpsMetadata=true\n");
        assertThat(clean).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void anObjectStoreClientWithTlsOffIsANoGoAndOtherSwitchesStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("fs.s3a.connection.ssl.enabled=false\n"
                + "hive.s3.ssl.enabled=false\n"
                + "STORAGE_USE_SSL=false\n");
        for (String key : List.of("fs.s3a.connection.ssl.enabled", "hive.s3.ssl.enabled", "STORAGE_USE_SSL")) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        }
        List<Finding> clean = SandboxRuleChecks.production("fs.s3a.connection.ssl.enabled=true\n"
                + "MINIO_USE_SSL=true\n"
                + "S3_VERIFY_SSL=false\n"
                + "enable.native.openssl=false\n");
        assertThat(clean).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void goInsecureSkipVerifyAndANoTlsFlavourAreCaughtTheirSafeValuesAreNot() {
        List<Finding> findings = SandboxRuleChecks.production("serversTransport.insecureSkipVerify=true\n"
                + "TLS_FLAVOR=notls\n");
        assertThat(onKey(findings, "serversTransport.insecureSkipVerify")).isNotEmpty();
        assertThat(onKey(findings, "TLS_FLAVOR")).containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        List<Finding> clean = SandboxRuleChecks.production("serversTransport.insecureSkipVerify=false\n"
                + "TLS_FLAVOR=letsencrypt\n"
                + "cache.skip.verify=true\n"
                + "ICE_FLAVOR=none\n");
        assertThat(clean).isEmpty();
    }

    @Test
    void aSchemeWhoseClientIsOnLoopbackAndARequirementOfSslAreLeftToTheirOwnRules() {
        assertThat(SandboxRuleChecks.production("spring.cloud.vault.host=localhost\n"
                + "spring.cloud.vault.scheme=http\n")).isEmpty();
        assertThat(onKey(SandboxRuleChecks.production("spring.cloud.vault.host=vault.acme.io\n"
                + "spring.cloud.vault.scheme=http\n"), "spring.cloud.vault.scheme"))
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.WARN));
        assertThat(SandboxRuleChecks.production("security.require-ssl=false\ningress.enabled=true\n")).isEmpty();
    }
}

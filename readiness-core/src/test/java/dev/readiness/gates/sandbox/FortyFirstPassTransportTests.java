package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-first pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A Helm
 * chart's enabled ingress with an empty TLS list is a WARN {@code sandbox.tls-off} also when its rule names no host
 * (a catch-all: {@code ingress.hosts[0].host=}, {@code ingress.hosts[0]=}, a rule of paths alone) or the chart's
 * example host ({@code chart-example.local}); an ingress that is off, one with no rule at all, an internal host and
 * annotations that hand TLS to the load balancer stay clean. An object store's client TLS switched off is a WARN, no
 * longer the NO-GO, when the endpoint beside it names a Compose or cluster service or this machine
 * ({@code MINIO_ENDPOINT=minio}, {@code hive.s3.endpoint=http://radosgw:7480}); a public, private-address or unknown
 * endpoint keeps the NO-GO. A list of allowed browser origins whose public ones are plain {@code http://} only
 * ({@code play.filters.cors.allowedOrigins[0]=http://explorer.acme-corp.com}) is a WARN: browsers send such an origin
 * only from pages loaded without TLS; a list with an {@code https://} origin (in its value or a sibling item), local,
 * private and template hosts, and names under a TLD the HSTS preload list holds whole ({@code web.app}) stay clean.
 * The address of the product a file configures ({@code PAPERLESS_URL}, {@code DRONE_HOST}, where that product's name
 * starts a third of the file's keys) in plain {@code http://} on a public name is a WARN; a client's setting for
 * another service, whose name does not dominate the file, and an https, local or template address stay clean.
 */
class FortyFirstPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.hosts[0].host=\ningress.hosts[0].paths=\n", "ingress.hosts[0]=\n",
            "ingress.hosts[0].paths[0].path=/api/auth\ningress.hosts[0].paths[0].pathType=Prefix\n",
            "ingress.hosts[0].host=chart-example.local\ningress.hosts[0].paths[0]=/\n",
            "ingress.hosts[0].host=projects.example.com\n"})
    void anEnabledIngressForEveryHostOrTheChartsExampleWithNoTlsIsAWarn(String rule) {
        List<Finding> findings = on("ingress.enabled=true\ningress.className=nginx\n" + rule + "ingress.tls=\n",
                "ingress.tls");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith("ingress.tls is empty while the ingress is enabled")
                .doesNotContain("chart-example").doesNotContain("/api");
    }

    @Test
    void aNestedChartsCatchAllIngressIsReadUnderItsSection() {
        assertThat(on("djangoServer.ingress.enabled=true\ndjangoServer.ingress.hosts[0].host=chart-example.local\n"
                + "djangoServer.ingress.tls=\ncelery.ingress.enabled=false\ncelery.ingress.hosts[0].host=\n"
                + "celery.ingress.tls=\n", "djangoServer.ingress.tls"))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=false\ningress.hosts[0].host=\ningress.tls=\n",
            "ingress.enabled=false\ningress.hosts[0].host=chart-example.local\ningress.tls=\n",
            "ingress.enabled=true\ningress.tls=\n",
            "ingress.enabled=true\ningress.hosts[0]=mattermost.acme-corp.lan\ningress.tls=\n",
            "ingress.enabled=true\ningress.hosts[0].host=wiki\ningress.tls=\n",
            "ingress.enabled=true\ningress.hosts[0].host=\ningress.tls=\n"
                    + "ingress.annotations.alb.ingress.kubernetes.io.certificate-arn=arn:aws:acm:eu-west-1:1:certificate/x\n",
            "ingress.enabled=true\ningress.hosts[0].host=\ningress.tls[0].secretName=site-tls\n"})
    void anIngressThatIsOffInternalAnnotatedOrWithoutRulesStaysClean(String text) {
        assertThat(on(text, "ingress.tls")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINIO_ENDPOINT=minio\nMINIO_PORT=9000\nMINIO_USE_SSL=false\n",
            "minio.address=minio:9000\nminio.useSSL=false\n",
            "hive.s3.endpoint=http://radosgw:7480\nhive.s3.ssl.enabled=false\n",
            "STORAGE_URL=http://localhost:9000/default\nSTORAGE_USE_SSL=false\n",
            "MinioSettings.Endpoint=minio-svc:9000\nMinioSettings.UseSSL=false\n"})
    void anObjectStoreSwitchBesideAnInternalEndpointIsAWarn(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " switches TLS off for an object store's client")
                .doesNotContain("minio:").doesNotContain("radosgw").doesNotContain("localhost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINIO_ENDPOINT=files.acme-corp.com\nMINIO_USE_SSL=false\n",
            "S3_ENDPOINT=172.17.0.1:9001\nS3_SECURE=0\n", "MINIO_USE_SSL=false\n",
            "GTS_STORAGE_S3_ENDPOINT=${GARAGE_HOST}:3900\nGTS_STORAGE_S3_USE_SSL=false\n"})
    void anObjectStoreSwitchBesideAPublicOrUnknownEndpointStaysANoGo(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(text, key)).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"play.filters.cors.allowedOrigins[0]=http://explorer.acme-corp.com\n",
            "APP_CORS_ALLOWED_ORIGINS=http://shop.acme-corp.top\n",
            "CSRF_TRUSTED_ORIGINS=http://acme-corp.nl,http://www.acme-corp.nl\n"})
    void aPlainHttpBrowserOriginOnAPublicNameIsAWarn(String text) {
        String key = text.substring(0, text.indexOf('='));
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " allows a browser origin in plain http")
                .doesNotContain("acme-corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CORS_ORIGINS=http://acme-corp.nl,https://www.acme-corp.nl\n",
            "DJANGO_CORS_ORIGIN_WHITELIST=http://acme-corp.nl,https://.acme-corp.nl\n",
            "cors.allowedOrigins[0]=http://acme-corp.com\ncors.allowedOrigins[1]=https://acme-corp.com\n",
            "fitnc.cors.allowed-origins[0]=http://fitnc-frontend.web.app\n",
            "CORS_ORIGINS=http://intranet.acme-corp.lan,http://10.0.0.7:8080\n",
            "CORS_ORIGINS=https://app.acme-corp.com\n", "CORS_ORIGINS=http://shop.example.com\n",
            "CORS_ORIGINS=*\n"})
    void anOriginListWithHttpsOrNoPublicPlainNameIsNoTlsFinding(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(on(text, key)).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    private static final String DRONE = "DRONE_GITHUB_CLIENT_ID=abc\nDRONE_RPC_SECRET=${RPC_SECRET}\n"
            + "DRONE_SERVER_PROTO=http\nDRONE_TLS_AUTOCERT=false\nAPP_NAME=ci\n";

    @ParameterizedTest
    @ValueSource(strings = {"DRONE_HOST=http://ci.acme-corp.ch\n", "DRONE_SERVER_URL=http://ci.acme-corp.ch:8000\n",
            "DRONE_URL=http://ci.acme-corp.ch/\n"})
    void theFilesOwnProductAddressInPlainHttpIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = on(DRONE + line, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " is the address of the product")
                .doesNotContain("acme-corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRONE_HOST=https://ci.acme-corp.ch\n", "DRONE_HOST=http://ci.example.com\n",
            "DRONE_HOST=http://ci.acme-corp.lan\n", "DRONE_GITEA_URL=http://git.acme-corp.ch\n",
            "KEYCLOAK_URL=http://sso.acme-corp.ch\n"})
    void anotherServicesOrASecureOrLocalAddressIsNoOwnAddressFinding(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(DRONE + line, key)).extracting(Finding::message)
                .noneMatch(message -> message.contains("address of the product"));
    }
}

package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.FortySixthPassPublishedTests.namesOnlyTheKey;
import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-seventh pass, published secrets: the host names a site answers to, set to the loopback host alone, are the
 * same evidence as a loopback {@code APP_URL} (the forty-fifth and forty-sixth passes' local-site evidence).
 * <ul>
 *   <li>the web server's {@code SERVER_NAME}, Django's {@code ALLOWED_HOSTS} and the first entry of an installer's
 *       list of trusted names ({@code trusted_domains[0]}, {@code General.trusted_hosts[0]}) on {@code localhost},
 *       a name under it, {@code 127.0.0.1} or {@code [::1]} (with a port, or a list of them only) raise a committed
 *       file's own secrets to a NO-GO and mark an uncommitted file's;</li>
 *   <li>a real name in the list ({@code example.org, localhost}), a later entry of an installer's list
 *       ({@code trusted_domains[1]=localhost}, a health check beside the real name), a service's name
 *       ({@code MAIL_SERVER_NAME}) or another product's host list ({@code CORS_ALLOWED_HOSTS}) says nothing; a
 *       provider's key beside the loopback name keeps its WARN;</li>
 *   <li>an identity provider's token introspection or user-info endpoint on the loopback host
 *       ({@code quarkus.oauth2.introspection-url}), or an identity provider's address on Docker Desktop's name for
 *       the developer's machine ({@code issuer-uri=http://host.docker.internal:8180/…}), is the loopback identity
 *       provider the thirty-fifth pass reads: the client secret registered with it is a NO-GO in a committed file;
 *       a database or another service on {@code host.docker.internal}, or a name that only starts so, says
 *       nothing;</li>
 *   <li>in a committed file beside a loopback site, a plain secret under a key that names no issued credential
 *       ({@code form_secret}, {@code macaroon_secret_key}, a bare {@code secret}, {@code General.salt}) is the
 *       setup's own too, a NO-GO; a key that names a provider's credential ({@code MAILER_API_KEY},
 *       {@code CLIENT_SECRET}, {@code WEBHOOK_SECRET}, {@code APP_SECRET}) keeps its WARN, and an uncommitted file's
 *       bare {@code secret} stays clean, as the forty-sixth pass pins.</li>
 * </ul>
 * Every finding names the key and holds no four characters of the value. The values are made up in the shapes the
 * rules read.
 */
class FortySeventhPassPublishedTests {

    /** 48 mixed letters and digits, as a key a setup script generated. */
    private static final String MIXED_48 = "Hq3Zt8Wn1Lc6Vb9Rm4Xk7Pd2Jf5Gs0Ya3Ue8Io1Tp6Nw9Qr4";
    /** 32 hex digits, as a database password from {@code openssl rand -hex 16}. */
    private static final String HEX_32 = "9c41e7a05b3d2f86c1e4a7b09d3f5a28";

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_NAME=localhost", "server_name=chat.lab.localhost",
        "ALLOWED_HOSTS=localhost, 127.0.0.1, [::1]", "DJANGO_ALLOWED_HOSTS=localhost 127.0.0.1",
        "trusted_domains[0]=files.localhost", "General.trusted_hosts[0]=localhost:9090",
        "ALLOWED_HOSTS=127.0.0.1:8000,localhost:8000"})
    void aComposeFilesOwnSecretBesideLoopbackHostNamesIsANoGo(String hosts) {
        String site = hosts.substring(0, hosts.indexOf('='));
        assertThat(findingsIn("notebook-compose.env", "DB_PASSWORD", hosts, "DB_PASSWORD=" + HEX_32))
                .singleElement().satisfies(finding -> namesOnlyTheKey(finding, HEX_32, site));
        assertThat(findingsIn("notebook-compose.env", "SECRET_KEY", hosts, "SECRET_KEY=" + MIXED_48))
                .singleElement().satisfies(finding -> namesOnlyTheKey(finding, MIXED_48, site));
    }

    @Test
    void anUncommittedFilesOwnSecretBesideALoopbackServerNameIsANoGo() {
        assertThat(findingsIn("notebook.env", "SECRET_KEY", "SERVER_NAME=localhost", "SECRET_KEY=" + MIXED_48))
                .singleElement().satisfies(finding -> namesOnlyTheKey(finding, MIXED_48, "SERVER_NAME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_NAME=notebook.example.org", "ALLOWED_HOSTS=notebook.example.org, localhost",
        "ALLOWED_HOSTS=localhost,*", "ALLOWED_HOSTS=localhost.example.org", "trusted_domains[1]=localhost",
        "MAIL_SERVER_NAME=localhost", "DB_SERVER_NAME=localhost", "CORS_ALLOWED_HOSTS=localhost",
        "SERVER_NAME=mylocalhost", "ALLOWED_HOSTS=localhost:http", "ALLOWED_HOSTS=127.0.0.10"})
    void aRealNameALaterEntryOrAServicesNameKeepsTheWarn(String hosts) {
        assertThat(findingsIn("notebook-compose.env", "DB_PASSWORD", hosts, "DB_PASSWORD=" + HEX_32))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void anUncommittedFilesOwnSecretBesideARealServerNameStaysClean() {
        assertThat(findingsIn("notebook.env", "SECRET_KEY", "SERVER_NAME=notebook.example.org",
                "SECRET_KEY=" + MIXED_48)).isEmpty();
    }

    @Test
    void aComposeFilesProviderKeyBesideALoopbackServerNameKeepsTheWarn() {
        assertThat(findingsIn("notebook-compose.env", "MAILER_API_KEY", "SERVER_NAME=localhost",
                "MAILER_API_KEY=" + MIXED_48)).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void loopbackHostListsHoldLoopbackEntriesOnly() {
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("localhost, 127.0.0.1, [::1]")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("[::1]:8000")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("localhost:9090")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("127.0.0.1 app.localhost")).isTrue();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("localhost,example.org")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("localhost:80a")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("127.0.0.12")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts("example.localhost")).isFalse();
        assertThat(SampleEvidence.Declarations.isLoopbackHosts(", ,")).isFalse();
    }

    /** 36 characters in a UUID's shape, as Keycloak prints a client secret. */
    private static final String CLIENT_SECRET = "5f0c2b8e-91d4-4a7e-b3c6-0e2d9f71a4b8";

    @ParameterizedTest
    @ValueSource(strings = {"quarkus.oauth2.introspection-url=http://localhost:8180/realms/shop/introspect",
        "security.oauth2.resource.user-info-uri=http://127.0.0.1:9000/userinfo",
        "spring.security.oauth2.client.provider.shop.issuer-uri=http://host.docker.internal:8180/realms/shop",
        "oidc.authority=https://host.docker.internal/realms/shop"})
    void aClientSecretBesideADevelopersIdentityProviderIsANoGo(String provider) {
        String site = provider.substring(0, provider.indexOf('='));
        assertThat(findingsIn("application.properties", "shop.oauth2.client-secret", provider,
                "shop.oauth2.client-secret=" + CLIENT_SECRET)).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("secrets.shared-default");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.message()).contains(site).doesNotContain(CLIENT_SECRET.substring(0, 8));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarkus.oauth2.introspection-url=https://sso.shop.example.org/realms/shop/introspect",
        "spring.datasource.url=jdbc:postgresql://host.docker.internal:5432/shop",
        "mail.server-url=http://host.docker.internal:1025",
        "spring.security.oauth2.client.provider.shop.issuer-uri=http://host.docker.internal.example.org/realms/shop"})
    void aRealIdentityProviderOrAServiceOnTheDockerHostKeepsTheWarn(String provider) {
        assertThat(findingsIn("application.properties", "shop.oauth2.client-secret", provider,
                "shop.oauth2.client-secret=" + CLIENT_SECRET)).extracting(Finding::severity)
                .containsExactly(Severity.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"form_secret", "macaroon_secret_key", "secret", "General.salt",
        "registration_shared_secret"})
    void aCommittedFilesPlainSecretBesideALoopbackSiteIsANoGo(String key) {
        assertThat(findingsIn("chat-compose.env", key, "SERVER_NAME=chat.localhost", key + "=" + MIXED_48))
                .singleElement().satisfies(finding -> namesOnlyTheKey(finding, MIXED_48, "SERVER_NAME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER_API_KEY", "CLIENT_SECRET", "WEBHOOK_SECRET", "APP_SECRET", "BOT_TOKEN_SECRET",
        "AWS_SECRET_ACCESS_KEY"})
    void aCommittedFilesIssuedCredentialBesideALoopbackSiteKeepsTheWarn(String key) {
        assertThat(findingsIn("chat-compose.env", key, "SERVER_NAME=chat.localhost", key + "=" + MIXED_48))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void aCommittedFilesPlainSecretBesideARealSiteKeepsTheWarn() {
        assertThat(findingsIn("chat-compose.env", "form_secret", "SERVER_NAME=chat.example.org",
                "form_secret=" + MIXED_48)).extracting(Finding::severity).containsExactly(Severity.WARN);
    }
}

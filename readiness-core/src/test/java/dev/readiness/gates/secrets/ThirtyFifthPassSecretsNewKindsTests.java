package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-fifth pass, kinds the corpus barely holds, each value beside the clean one that tempts it: identity
 * platforms (Keycloak's bootstrap admin, Authelia's and Ory's documented secrets), API gateways (Kong's declarative
 * credentials, whose JWT {@code key} is the issuer and not a secret; Tyk's sample secret; APISIX's {@code ${{VAR}}}
 * references), Spring Cloud suites ({@code {cipher}} values, Eureka's zone with credentials), Apereo CAS's static users and communication
 * platforms (BigBlueButton's documented salt, LiveKit's development key, coturn, Asterisk, Jitsi, Mattermost). Values
 * are flattened as a user feeds them to the CLI; random values were generated for this test.
 */
class ThirtyFifthPassSecretsNewKindsTests {

    private static List<String> findingsIn(String file, String lines, String key) {
        Settings settings = ApplicationConfig.builder().configText(file, lines.replace('|', '\n') + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "tyk.properties ~ secret=352d20ee67be67f6340b4c0605b044bc4 ~ secret ~ NO_GO secrets.published-default",
            "tyk.properties ~ node_secret=352d20ee67be67f6340b4c0605b044bc ~ node_secret ~ NO_GO secrets.published-default",
            "bigbluebutton.properties ~ securitySalt=330a8b08c3b4c61533e1d0c5ce1ac88f ~ securitySalt ~ NO_GO secrets.published-default",
            "kong.properties ~ consumers[0].keyauth_credentials[0].key=my-key ~ consumers[0].keyauth_credentials[0].key ~ NO_GO secrets.placeholder",
            "kong.properties ~ consumers[0].jwt_secrets[0].key=orders-issuer|consumers[0].jwt_secrets[0].secret=secret ~ consumers[0].jwt_secrets[0].secret ~ NO_GO secrets.placeholder",
            "keycloak.env ~ KC_BOOTSTRAP_ADMIN_USERNAME=admin|KC_BOOTSTRAP_ADMIN_PASSWORD=admin ~ KC_BOOTSTRAP_ADMIN_PASSWORD ~ NO_GO secrets.published-default",
            "kratos.properties ~ secrets.cookie[0]=PLEASE-CHANGE-ME-I-AM-VERY-INSECURE ~ secrets.cookie[0] ~ NO_GO secrets.published-default",
            "livekit.properties ~ keys.devkey=secret ~ keys.devkey ~ NO_GO secrets.placeholder",
            "turnserver.properties ~ static-auth-secret=north ~ static-auth-secret ~ NO_GO secrets.guessable",
            "manager.properties ~ admin.secret=amp111 ~ admin.secret ~ NO_GO secrets.guessable",
            "jitsi.env ~ JVB_AUTH_PASSWORD=passw0rd ~ JVB_AUTH_PASSWORD ~ NO_GO secrets.guessable",
            "config.properties ~ SqlSettings.DataSource=postgres://mmuser:mostest@db/mattermost?sslmode=require ~ SqlSettings.DataSource ~ NO_GO secrets.guessable",
            "cas.properties ~ cas.authn.accept.users=casuser::Mellon ~ cas.authn.accept.users ~ NO_GO secrets.published-default",
            "cas.properties ~ cas.authn.accept.users=ops::Qm7xT2vR9pLw4ZsK8nYb3HcE,toto::toto ~ cas.authn.accept.users ~ NO_GO secrets.guessable"})
    void aPublishedOrStandInSecretOfTheseKindsShouldStopProduction(String file, String lines, String key,
            String expected) {
        assertThat(findingsIn(file, lines, key)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "tyk.properties ~ secret=8d1f0b7c2e4a6935c1e7f3a9b5d2c8e4 ~ secret",
            "kong.properties ~ consumers[0].jwt_secrets[0].key=orders-service-issuer|consumers[0].jwt_secrets[0].secret=${ORDERS_JWT_SECRET} ~ consumers[0].jwt_secrets[0].key",
            "kong.properties ~ consumers[0].keyauth_credentials[0].key=${ORDERS_API_KEY} ~ consumers[0].keyauth_credentials[0].key",
            "apisix.properties ~ deployment.admin.admin_key[0].key=${{ADMIN_KEY}} ~ deployment.admin.admin_key[0].key",
            "config-repo.properties ~ spring.cloud.config.server.git.password={cipher}AQB3kq9Zl7xT2vR9pLw4ZsK8nYb3HcE ~ spring.cloud.config.server.git.password",
            "eureka.properties ~ eureka.client.service-url.defaultZone=http://${EUREKA_USER}:${EUREKA_PASSWORD}@eureka:8761/eureka/ ~ eureka.client.service-url.defaultZone",
            "proxy.env ~ OAUTH2_PROXY_COOKIE_SECRET=${COOKIE_SECRET} ~ OAUTH2_PROXY_COOKIE_SECRET",
            "realm.properties ~ identityProviders[0].config.clientSecret=${vault.google_secret} ~ identityProviders[0].config.clientSecret",
            "cas.properties ~ cas.authn.accept.users=${CAS_STATIC_USERS} ~ cas.authn.accept.users",
            "cas.properties ~ cas.authn.accept.users=ops::Qm7xT2vR9pLw4ZsK8nYb3HcE ~ cas.authn.accept.users",
            "cas.properties ~ cas.authn.accept.users=alice,bob ~ cas.authn.accept.users"})
    void anOwnValueOrAReferenceOfTheseKindsShouldStayClean(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).isEmpty();
    }
}

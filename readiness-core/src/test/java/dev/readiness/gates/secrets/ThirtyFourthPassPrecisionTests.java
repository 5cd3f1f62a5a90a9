package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fourth pass's precision rules, each with a catch and a tempting clean value: Stalwart's
 * {@code %{file:…}%} and {@code %{env:…}%} macros, a Docker client's TLS switch with no daemon across a network, a
 * blank the comment says to leave blank if unsure, and a keyword asking the product to generate a key.
 */
class ThirtyFourthPassPrecisionTests {

    /** The codes of the WARN and NO-GO findings on a key (an INFO is a note, not a problem). */
    static List<String> problems(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.code()).toList();
    }

    @Test
    void stalwartsMacrosShouldBeReadAsTheLookUpsTheyAre() {
        String config = """
                certificate.default.private-key=%{file:/opt/certs/mail.acme.io/key.pem}%
                certificate.default.cert=%{file:/opt/certs/mail.acme.io/cert.pem}%
                oauth.key=%{env:OAUTH_SECRET}%
                store.postgresql.password=%{env:PG_PASSWORD}%
                authentication.fallback-admin.secret=SECRET
                tracer.otel.key=%{cfg:oauth.key}%
                """;
        assertThat(problems("config.properties", config, "certificate.default.private-key")).isEmpty();
        assertThat(problems("config.properties", config, "oauth.key")).isEmpty();
        assertThat(problems("config.properties", config, "store.postgresql.password")).isEmpty();
        assertThat(problems("config.properties", config, "authentication.fallback-admin.secret")).isNotEmpty();
        assertThat(problems("config.properties", config, "tracer.otel.key")).isEmpty();
        // a macro of no known kind, or an unclosed one, is text, and a weak literal beside it is judged
        assertThat(problems("config.properties", "oauth.key=%{vault:oauth}%changeme\n", "oauth.key")).isNotEmpty();
    }

    @Test
    void aDockerClientsTlsSwitchWithoutANetworkDaemonShouldBeNoFinding() {
        String runner = """
                runners[0].url=https://gitlab.acme.io
                runners[0].executor=docker
                runners[0].docker.tls_verify=false
                runners[0].docker.image=alpine
                """;
        assertThat(problems("config.properties", runner, "runners[0].docker.tls_verify")).isEmpty();
        String socket = runner + "runners[0].docker.host=unix:///var/run/docker.sock\n";
        assertThat(problems("config.properties", socket, "runners[0].docker.tls_verify")).isEmpty();
        // a daemon across the network with verification off stays a finding
        String remote = runner + "runners[0].docker.host=tcp://docker.acme.io:2376\n";
        assertThat(problems("config.properties", remote, "runners[0].docker.tls_verify"))
                .containsExactly("sandbox.tls-unverified");
        // a section of another name is judged as before
        assertThat(problems("config.properties", "registry.tls_verify=false\n", "registry.tls_verify"))
                .containsExactly("sandbox.tls-unverified");
    }

    @Test
    void aBlankTheCommentSaysToLeaveBlankIfUnsureShouldBeAChoice() {
        String env = """
                # DOVECOT_MASTER_USER and DOVECOT_MASTER_PASS must both be provided.
                # LEAVE EMPTY IF UNSURE
                DOVECOT_MASTER_USER=
                # LEAVE EMPTY IF UNSURE
                DOVECOT_MASTER_PASS=
                # You can leave these blank if you're not logging in with GitHub.
                GH_CLIENT_SECRET=
                """;
        assertThat(problems("mailcow.conf.env", env, "DOVECOT_MASTER_PASS")).isEmpty();
        // another condition names a feature the service may need: the blank is still judged
        assertThat(problems("mailcow.conf.env", env, "GH_CLIENT_SECRET")).isNotEmpty();
    }

    @Test
    void aKeywordAskingTheProductToGenerateAKeyShouldBeAMode() {
        String zigbee = """
                mqtt.server=mqtt://mosquitto:1883
                advanced.log_level=info
                advanced.network_key=GENERATE
                verifier.jar.signing.key=GenerateRandom
                """;
        assertThat(problems("configuration.properties", zigbee, "advanced.network_key")).isEmpty();
        assertThat(problems("configuration.properties", zigbee, "verifier.jar.signing.key")).isEmpty();
        // a variable without a section, a password, lower case and a phrase stay placeholders
        assertThat(problems("prod.env", "SECRET_KEY=GENERATE\n", "SECRET_KEY")).isNotEmpty();
        assertThat(problems("config.properties", "admin.password=GENERATE\n", "admin.password")).isNotEmpty();
        assertThat(problems("config.properties", "app.signing.key=generate\n", "app.signing.key")).isNotEmpty();
        assertThat(problems("config.properties", "app.signing.key=GenerateMe\n", "app.signing.key")).isNotEmpty();
    }

    @Test
    void anOdooLoginLeftUnsetShouldBeNoDefaultPair() {
        String odoo = """
                db_host=False
                db_user=False
                db_password=False
                db_name=shop
                """;
        assertThat(problems("odoo.conf.properties", odoo, "db_password")).isEmpty();
        // a real user whose password is its name stays a default pair
        String same = """
                db_host=db.acme.io
                db_user=odoo
                db_password=odoo
                """;
        assertThat(problems("odoo.conf.properties", same, "db_password")).contains("database.default-credentials");
    }

    @Test
    void aSwitchChoosingAKindOfCredentialShouldBeNoSecret() {
        String netbird = """
                TURNConfig.TimeBasedCredentials=false
                TURNConfig.Credentials=false
                """;
        assertThat(problems("management.properties", netbird, "TURNConfig.TimeBasedCredentials")).isEmpty();
        // a switch word where the credentials themselves go stays a placeholder
        assertThat(problems("management.properties", netbird, "TURNConfig.Credentials")).isNotEmpty();
    }

    @Test
    void anOriginListWhoseOwnSwitchIsOffShouldBeNoFinding() {
        String emqx = """
                listener.ws.external.check_origin_enable=false
                listener.ws.external.check_origins=http://localhost:18083, http://127.0.0.1:18083
                listener.wss.external.check_origin_enable=true
                listener.wss.external.check_origins=https://localhost:8084, https://127.0.0.1:8084
                """;
        assertThat(problems("emqx.properties", emqx, "listener.ws.external.check_origins")).isEmpty();
        // switched on, the same list lets a developer's machine in
        assertThat(problems("emqx.properties", emqx, "listener.wss.external.check_origins")).isNotEmpty();
    }
}
